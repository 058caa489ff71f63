/**
 * Regulation look-up: parse laws and court rules into articles, index them in process, search them in Chinese.
 *
 * - `parseRegulationDocument(text, options)` → `{ ok, value: { document, preamble, articles } }` or a typed error.
 * - `buildIndex(documents)` → `RegulationIndex`, from the store's documents with their articles (`toIndexable` adapts
 *   parser output). Rebuild it at start-up and after an import; it is immutable once built.
 * - `search(index, query, { limit, offset })` → ranked hits with title, article number, chapter, score,
 *   snippet and match spans; cited articles (民诉法第一百六十四条) first. Never throws on user input.
 * - `lookupArticle(index, citation)` → the one article a citation names, or undefined.
 * - `getArticle(index, title, number, versionDate?)` → one article by title and number (e.g. for a modal).
 * - `suggestAlternatives(index, query)` → what to offer when a query found nothing.
 * - `diffArticles(previous, next)` → amended, added and repealed articles between two versions of a document.
 */
export type { ParsedRegulationDocument } from './types';
export { chapterLabel } from './types';
export type { RegulationParseError } from './parser';
export { parseRegulationDocument } from './parser';
export { frontMatterDate } from './frontMatter';
export { historyDates } from './history';
export type { IndexableDocument, RegulationIndex } from './searchIndex';
export { buildIndex, toIndexable } from './searchIndex';
export type { SearchOptions, SearchHit, SearchResult, RelatedArticles, SearchNote } from './search';
export { search, getArticle, relatedArticles } from './search';
export type { MatchSpan } from './snippet';
export { diffArticles } from './changes';
export { docTypeRank, inferDocType } from './docTypes';
export { VALIDITIES, declaresRepealed } from './validity';
export type { RegulationSuggestion } from './suggestions';
export { suggestAlternatives } from './suggestions';
