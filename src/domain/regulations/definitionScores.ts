import { bm25Idf, bm25Score, type Bm25 } from './bm25';
import type { DefinitionIndex } from './definitions';
import { namedDefinitions, termUsers } from './definitions';
import { termFrequency } from './postingsBuilder';
import type { RegulationIndex } from './searchIndex';
import { tokenize } from './tokenize';

/**
 * The ranking's use of the library's defined terms (definitions.ts): a query that names a term a law defines for
 * itself (家庭暴力, 反家庭暴力法第二条; 毒品, 刑法第三百五十七条) lifts the articles of that law — of its chapter, for a
 * term 本章所称 — that use the term: each gains the term's bigrams' BM25 in it, times `definedTermWeight`, in the units
 * of its text score (added as the translated words are). A term defined for one article (前款所称恶意透支) lends
 * nothing to others.
 */

const usersByIndex = new WeakMap<DefinitionIndex, Map<number, readonly number[]>>();
/** Keyed by the index's `articleDocuments`, which an index with other weights shares. */
const rangesByArticles = new WeakMap<Int32Array, Int32Array>();

/** Per document, its first article and the end of its articles (articles are in document order). */
function documentRanges(index: RegulationIndex): Int32Array {
  let ranges = rangesByArticles.get(index.articleDocuments);
  if (!ranges) {
    ranges = new Int32Array(index.documents.length * 2);
    const { articleDocuments } = index;
    for (let a = articleDocuments.length - 1; a >= 0; a--) ranges[2 * (articleDocuments[a] as number)] = a;
    for (let a = 0; a < articleDocuments.length; a++) ranges[2 * (articleDocuments[a] as number) + 1] = a + 1;
    rangesByArticles.set(index.articleDocuments, ranges);
  }
  return ranges;
}

/** `termUsers`, found once per definition and index: the same term is named by many queries. */
function usersOf(index: RegulationIndex, definition: number): readonly number[] {
  let cache = usersByIndex.get(index.definitions);
  if (!cache) usersByIndex.set(index.definitions, (cache = new Map()));
  let users = cache.get(definition);
  if (!users) {
    const ranges = documentRanges(index);
    const found = index.definitions.definitions[definition];
    users = found ? termUsers(index, found, (d) => [ranges[2 * d] as number, ranges[2 * d + 1] as number]) : [];
    cache.set(definition, users);
  }
  return users;
}

/** Adds the signal for a query as typed (normalized); `add` receives each article's share. */
export function addDefinedTermScores(
  index: RegulationIndex,
  queryText: string,
  bm25: Bm25,
  add: (article: number, score: number) => void,
): void {
  const weight = index.weights.definedTermWeight;
  if (weight <= 0) return;
  const n = index.articles.length;
  for (const definition of namedDefinitions(index.definitions, [queryText])) {
    const term = index.definitions.definitions[definition]?.term ?? '';
    const bigrams = tokenize(term)
      .filter((t) => t.term.length === 2)
      .map((t) => {
        const postings = index.postings.get(t.term);
        return { postings, idf: bm25Idf(n, postings?.articles.length ?? 0) };
      });
    for (const a of usersOf(index, definition)) {
      let score = 0;
      for (const { postings, idf } of bigrams) {
        const tf = postings ? termFrequency(postings, a) : 0;
        if (tf > 0) score += bm25Score(idf, tf, index.relativeLength[a] as number, bm25);
      }
      if (score > 0) add(a, weight * score);
    }
  }
}
