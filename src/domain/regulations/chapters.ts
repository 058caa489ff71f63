import { bm25Idf, bm25Score, type Bm25 } from './bm25';
import type { RegulationIndex } from './searchIndex';

/**
 * Which chapter a query is about: BM25 of its bigrams over each chapter's articles taken together (a chapter is
 * a context: one document's articles under one heading path), relative to the best chapter (0–1). A chapter is a
 * subject (第二十一章 保管合同, 第九章 饲养动物损害责任): an article of it that never uses the question's words
 * (保管物毁损、灭失的) is likelier to answer than one elsewhere that uses them in passing, because its neighbours
 * use them (寄存人, 保管物). The same reasoning as the law a query is about, one level down.
 */

interface ChapterLengths {
  /** Per context, its articles' lengths summed, relative to the average context's. */
  readonly relative: Float64Array;
  /** Per article, its context: a typed array, because a search reads it once per posting. */
  readonly contextOf: Int32Array;
  /** Per context, a term's occurrences while one term is counted; zero between terms. */
  readonly frequencies: Float64Array;
}

const lengthsByIndex = new WeakMap<RegulationIndex, ChapterLengths>();

function chapterLengths(index: RegulationIndex): ChapterLengths {
  let lengths = lengthsByIndex.get(index);
  if (!lengths) {
    const sums = new Float64Array(index.contexts.length);
    const contextOf = new Int32Array(index.articles.length);
    index.articles.forEach((article, a) => {
      contextOf[a] = article.context;
      sums[article.context] = (sums[article.context] as number) + (index.relativeLength[a] as number);
    });
    let total = 0;
    for (const s of sums) total += s;
    const average = total / (sums.length || 1) || 1;
    lengths = { relative: sums.map((s) => s / average), contextOf, frequencies: new Float64Array(sums.length) };
    lengthsByIndex.set(index, lengths);
  }
  return lengths;
}

/** Per article, the context (chapter) it belongs to. */
export function articleContexts(index: RegulationIndex): Int32Array {
  return chapterLengths(index).contextOf;
}

/** Per context 1 + weight · (its score / the best), or undefined when the weight is 0 or nothing matched. */
export function chapterScores(
  index: RegulationIndex,
  queryTerms: readonly string[],
  weight: number,
  bm25: Bm25,
): Float64Array | undefined {
  if (weight <= 0 || index.contexts.length < 2) return undefined;
  const { relative, contextOf, frequencies } = chapterLengths(index);
  const n = index.contexts.length;
  const limit = bm25.selectiveShare * index.articles.length;
  const scores = new Float64Array(n);
  const touched: number[] = [];
  let any = false;
  for (const term of new Set(queryTerms)) {
    const postings = index.postings.get(term);
    if (!postings || postings.articles.length > limit) continue;
    const { articles, frequencies: tfs } = postings;
    for (let i = 0; i < articles.length; i++) {
      const context = contextOf[articles[i] as number] as number;
      if (frequencies[context] === 0) touched.push(context);
      frequencies[context] = (frequencies[context] as number) + (tfs[i] as number);
    }
    const df = touched.length;
    const idf = bm25Idf(n, df);
    for (const c of touched) {
      scores[c] = (scores[c] as number) + bm25Score(idf, frequencies[c] as number, relative[c] as number, bm25);
      frequencies[c] = 0;
    }
    any ||= df > 0;
    touched.length = 0;
  }
  if (!any) return undefined;
  let best = 0;
  for (const s of scores) if (s > best) best = s;
  if (best <= 0) return undefined;
  for (let c = 0; c < n; c++) scores[c] = 1 + (weight * (scores[c] as number)) / best;
  return scores;
}
