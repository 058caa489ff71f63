import type { IndexableDocument } from '../../src/domain/regulations/searchIndex';
import type { RankedArticle } from './metrics';

/**
 * Plain character-bigram BM25 over article texts (k1 1.2, b 0.75), no vocabulary, no titles or headings: the
 * baseline Docket's search must beat. Kept apart from the product code on purpose, so that no change to the
 * product moves it.
 */
export class BigramBm25 {
  private readonly postings = new Map<string, { articles: number[]; tf: number[] }>();
  private readonly lengths: number[] = [];
  private readonly keys: RankedArticle[] = [];
  private readonly averageLength: number;

  constructor(documents: readonly IndexableDocument[]) {
    for (const doc of documents) {
      for (const article of doc.articles) {
        const a = this.keys.length;
        this.keys.push({ law: doc.title, article: article.number });
        const counts = countBigrams(article.text);
        let length = 0;
        for (const [bigram, tf] of counts) {
          length += tf;
          let list = this.postings.get(bigram);
          if (!list) this.postings.set(bigram, (list = { articles: [], tf: [] }));
          list.articles.push(a);
          list.tf.push(tf);
        }
        this.lengths.push(length);
      }
    }
    this.averageLength = this.lengths.reduce((s, l) => s + l, 0) / (this.lengths.length || 1);
  }

  search(query: string, limit: number): RankedArticle[] {
    const n = this.keys.length;
    const scores = new Map<number, number>();
    for (const [bigram, qtf] of countBigrams(query)) {
      const list = this.postings.get(bigram);
      if (!list) continue;
      const df = list.articles.length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let i = 0; i < list.articles.length; i++) {
        const a = list.articles[i] as number;
        const tf = list.tf[i] as number;
        const norm = 1.2 * (0.25 + (0.75 * (this.lengths[a] as number)) / this.averageLength);
        scores.set(a, (scores.get(a) ?? 0) + (qtf * idf * tf * 2.2) / (tf + norm));
      }
    }
    return [...scores]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, limit)
      .map(([a]) => this.keys[a] as RankedArticle);
  }
}

function countBigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const han = /\p{Script=Han}/u;
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    if (han.test(pair[0] as string) && han.test(pair[1] as string)) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}
