/**
 * Dense ids for index terms, looked up by character codes so that building the index allocates no string per
 * token. A bigram's key is its two UTF-16 codes in one 32-bit number, found in an open-addressing table of typed
 * arrays: a Map per first character, the previous layout, was the slowest step of a full-library build.
 */
export class TermIds {
  readonly terms: string[] = [];
  private readonly unigrams = new Int32Array(0x10000).fill(-1);
  /** Bigram keys (first << 16 | second, never 0: a bigram's second code is not 0) and their ids; 0 = empty slot. */
  private keys = new Uint32Array(1 << 16);
  private ids = new Int32Array(1 << 16);
  /** 32 − log2(table size): a Fibonacci hash takes the product's top bits, which depend on every bit of the key. */
  private shift = 16;
  private bigramCount = 0;
  private readonly words = new Map<string, number>();

  /** Id of the unigram `first` (second = 0) or of the bigram `first` + `second`. */
  han(first: number, second: number): number {
    if (second === 0) {
      let id = this.unigrams[first] as number;
      if (id < 0) this.unigrams[first] = id = this.add(String.fromCharCode(first));
      return id;
    }
    const key = ((first << 16) | second) >>> 0;
    const mask = this.keys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const found = this.keys[slot] as number;
      if (found === key) return this.ids[slot] as number;
      if (found === 0) break;
      slot = (slot + 1) & mask;
    }
    const id = this.add(String.fromCharCode(first, second));
    this.keys[slot] = key;
    this.ids[slot] = id;
    // Kept at most half full, so a probe ends after a slot or two.
    if (++this.bigramCount * 2 > this.keys.length) this.grow();
    return id;
  }

  word(word: string): number {
    let id = this.words.get(word);
    if (id === undefined) this.words.set(word, (id = this.add(word)));
    return id;
  }

  private add(term: string): number {
    this.terms.push(term);
    return this.terms.length - 1;
  }

  private grow(): void {
    const keys = this.keys;
    const ids = this.ids;
    this.keys = new Uint32Array(keys.length * 2);
    this.ids = new Int32Array(keys.length * 2);
    this.shift--;
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      if (key === 0) continue;
      let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.ids[slot] = ids[i] as number;
    }
  }
}
