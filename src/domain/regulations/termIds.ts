/**
 * Dense ids for index terms, looked up by character codes so that building the index allocates no string per
 * token. Keys that are pairs of codes exceed small integers, and a Map over such numbers was the slowest step
 * of a build; a table per first character keeps every key small.
 */
export class TermIds {
  readonly terms: string[] = [];
  private readonly unigrams = new Int32Array(0x10000).fill(-1);
  private readonly bigrams: Array<Map<number, number> | undefined> = [];
  private readonly words = new Map<string, number>();

  /** Id of the unigram `first` (second = 0) or of the bigram `first` + `second`. */
  han(first: number, second: number): number {
    if (second === 0) {
      let id = this.unigrams[first] as number;
      if (id < 0) this.unigrams[first] = id = this.add(String.fromCharCode(first));
      return id;
    }
    let table = this.bigrams[first];
    if (!table) this.bigrams[first] = table = new Map();
    let id = table.get(second);
    if (id === undefined) table.set(second, (id = this.add(String.fromCharCode(first, second))));
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
}
