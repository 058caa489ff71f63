import { TermIds } from './termIds';
import { forEachTokenCode } from './tokenize';

/** The articles that contain a term, in article order, with the term's frequency in each. */
export interface Postings {
  readonly articles: Int32Array;
  readonly frequencies: Uint16Array;
}

function grown(array: Int32Array, needed: number): Int32Array {
  if (needed <= array.length) return array;
  const bigger = new Int32Array(Math.max(needed, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** How often article `a` holds the term of `postings` (0 if not): a binary search of its sorted article list. */
export function termFrequency(postings: Postings, a: number): number {
  const { articles, frequencies } = postings;
  let low = 0;
  let high = articles.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = articles[mid] as number;
    if (value === a) return frequencies[mid] as number;
    if (value < a) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}

/**
 * Builds postings article by article in flat typed arrays: (term id, frequency) pairs per article, then one
 * counting pass into per-term arrays. Per-term JS arrays grown by push made a 100k-article build mostly
 * garbage collection.
 */
export class PostingsBuilder {
  private readonly ids = new TermIds();
  private counts: Int32Array = new Int32Array(1 << 16);
  private documentFrequency: Int32Array = new Int32Array(1 << 16);
  private readonly counted: number[] = [];
  private pairs: Int32Array = new Int32Array(1 << 20);
  private pairLength = 0;
  private readonly articleEnds: number[] = [];
  private tokens = 0;

  private readonly countHan = (first: number, second: number): void => this.count(this.ids.han(first, second));
  private readonly countWord = (word: string): void => this.count(this.ids.word(word));

  /** Adds the next article (articles are numbered in the order added); returns its token count. */
  add(normalized: string): number {
    this.tokens = 0;
    forEachTokenCode(normalized, this.countHan, this.countWord);
    this.pairs = grown(this.pairs, this.pairLength + 2 * this.counted.length);
    for (const id of this.counted) {
      this.pairs[this.pairLength++] = id;
      this.pairs[this.pairLength++] = Math.min(this.counts[id] as number, 0xffff);
      this.documentFrequency[id] = (this.documentFrequency[id] as number) + 1;
      this.counts[id] = 0;
    }
    this.counted.length = 0;
    this.articleEnds.push(this.pairLength);
    return this.tokens;
  }

  finish(): Map<string, Postings> {
    const terms = this.ids.terms;
    const lists = terms.map((_, id) => {
      const df = this.documentFrequency[id] as number;
      return { articles: new Int32Array(df), frequencies: new Uint16Array(df) };
    });
    const filled = new Int32Array(terms.length);
    let start = 0;
    this.articleEnds.forEach((end, article) => {
      for (let i = start; i < end; i += 2) {
        const id = this.pairs[i] as number;
        const list = lists[id] as Postings;
        const at = filled[id] as number;
        list.articles[at] = article;
        list.frequencies[at] = this.pairs[i + 1] as number;
        filled[id] = at + 1;
      }
      start = end;
    });
    return new Map(terms.map((term, id) => [term, lists[id] as Postings]));
  }

  private count(id: number): void {
    this.tokens++;
    if (id >= this.counts.length) {
      this.counts = grown(this.counts, id + 1);
      this.documentFrequency = grown(this.documentFrequency, id + 1);
    }
    if (this.counts[id] === 0) this.counted.push(id);
    this.counts[id] = (this.counts[id] as number) + 1;
  }
}
