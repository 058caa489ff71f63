import type { AnalyzedQuery, QueryGroup } from './queryAnalysis';
import { analyzeQuery } from './queryAnalysis';
import type { ArticleReference } from './references';
import type { RuleIndex } from './searchIndex';
import { BM25_K1, articleKey } from './searchIndex';
import type { MatchSpan } from './snippet';
import { makeSnippet } from './snippet';
import { TopK } from './topK';
import { tokenize } from './tokenize';

export interface SearchOptions {
  readonly limit?: number;
  readonly offset?: number;
}

export interface SearchHit {
  readonly documentTitle: string;
  readonly docType: string;
  readonly versionDate: string | null;
  readonly current: boolean;
  readonly articleNumber: string;
  readonly ordinal: number;
  readonly suffix: number;
  readonly chapter: string;
  readonly score: number;
  /** `reference` when the query cited this article, `text` when it was found by its words. */
  readonly matchedBy: 'reference' | 'text';
  readonly snippet: string;
  /** Matched terms in `snippet`, for the caller to render (bold in Slack). */
  readonly spans: readonly MatchSpan[];
  readonly text: string;
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** All articles that matched, for paging. */
  readonly total: number;
  /** The query as searched: normalized and cut at MAX_QUERY_LENGTH. */
  readonly query: string;
  readonly truncated: boolean;
}

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

/**
 * Ranking signals beyond BM25, each measured on the judged dev queries (see `npm run eval:search`).
 * - unigramWeight: single characters match too loosely to count as much as bigrams.
 * - contextWeight: a concept found only in the law's title or the article's chapter (a 行政 question answered by
 *   an article of 行政诉讼法 that never says 行政) earns this share of what finding it in the text would.
 * - lawMentionBoost: a law named in the query is very likely the one wanted.
 * - docTypePrior: a statute outranks the interpretation that restates it; superseded versions rank lower.
 */
export const RANKING = {
  unigramWeight: 0.5,
  contextWeight: 0.6,
  lawMentionBoost: 1.0,
  docTypePrior: [1, 0.9, 0.9, 0.9] as readonly number[],
  supersededPrior: 0.7,
} as const;

interface TermWeight {
  readonly term: string;
  readonly weight: number;
  readonly idf: number;
}

interface PreparedAlternative {
  readonly weight: number;
  readonly terms: readonly TermWeight[];
  /** Σ weight · idf over the terms: the score of a one-occurrence match in an average-length article. */
  readonly mass: number;
}

interface PreparedGroup {
  readonly alternatives: readonly PreparedAlternative[];
  readonly importance: number;
}

function idf(index: RuleIndex, term: string): number {
  const df = index.postings.get(term)?.articles.length ?? 0;
  const n = index.articles.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function prepareGroup(index: RuleIndex, group: QueryGroup): PreparedGroup {
  const alternatives = group.alternatives.map((alt): PreparedAlternative => {
    const seen = new Set<string>();
    const terms: TermWeight[] = [];
    for (const { term } of tokenize(alt.text)) {
      if (seen.has(term)) continue;
      seen.add(term);
      const isUnigram = term.length === 1;
      terms.push({ term, weight: isUnigram ? RANKING.unigramWeight : 1, idf: idf(index, term) });
    }
    const mass = terms.reduce((sum, t) => sum + t.weight * t.idf, 0);
    return { weight: alt.weight, terms, mass };
  });
  const importance = Math.max(0, ...alternatives.map((a) => a.weight * a.mass));
  return { alternatives, importance };
}

/** One reusable accumulator per index: a search touches few articles, so only those are reset. */
const accumulators = new WeakMap<RuleIndex, Float64Array>();

function accumulatorFor(index: RuleIndex): Float64Array {
  let buffer = accumulators.get(index);
  if (!buffer) accumulators.set(index, (buffer = new Float64Array(index.articles.length)));
  return buffer;
}

/** BM25 of the group's best alternative, for every article that contains any of its terms. */
function groupTextScores(index: RuleIndex, group: PreparedGroup): Map<number, number> {
  const accumulator = accumulatorFor(index);
  const touched: number[] = [];
  const best = new Map<number, number>();
  for (const alternative of group.alternatives) {
    for (const { term, weight, idf: termIdf } of alternative.terms) {
      const postings = index.postings.get(term);
      if (!postings) continue;
      const factor = alternative.weight * weight * termIdf * (BM25_K1 + 1);
      const { articles, frequencies } = postings;
      for (let i = 0; i < articles.length; i++) {
        const a = articles[i] as number;
        const tf = frequencies[i] as number;
        const before = accumulator[a] as number;
        if (before === 0) touched.push(a);
        accumulator[a] = before + (factor * tf) / (tf + (index.lengthNorm[a] as number));
      }
    }
    for (const a of touched) {
      const score = accumulator[a] as number;
      if (score > (best.get(a) ?? 0)) best.set(a, score);
      accumulator[a] = 0;
    }
    touched.length = 0;
  }
  return best;
}

/** Share of the alternative's term mass present in an article's title-and-chapter context. */
function contextCoverage(alt: PreparedAlternative, context: ReadonlySet<string>): number {
  if (alt.mass <= 0) return 0;
  let found = 0;
  for (const t of alt.terms) if (context.has(t.term)) found += t.weight * t.idf;
  return found / alt.mass;
}

/**
 * Σ over query concepts of max(text score, context score). Taking the maximum lets the title or chapter stand in
 * for a concept the article's words lack, without counting it twice where they have it.
 */
function scoreGroups(index: RuleIndex, groups: readonly PreparedGroup[]): Map<number, number> {
  const textScores = groups.map((group) => groupTextScores(index, group));
  const contextScores = groups.map(() => new Map<number, number>());
  const scores = new Map<number, number>();
  for (const perArticle of textScores) {
    for (const a of perArticle.keys()) {
      if (scores.has(a)) continue;
      const contextId = index.articles[a]?.context ?? -1;
      const context = index.contexts[contextId];
      let score = 0;
      groups.forEach((group, g) => {
        const cache = contextScores[g] as Map<number, number>;
        let fromContext = cache.get(contextId);
        if (fromContext === undefined) {
          const coverage = context ? Math.max(0, ...group.alternatives.map((alt) => alt.weight * contextCoverage(alt, context))) : 0;
          fromContext = RANKING.contextWeight * coverage * group.importance;
          cache.set(contextId, fromContext);
        }
        score += Math.max(textScores[g]?.get(a) ?? 0, fromContext);
      });
      scores.set(a, score);
    }
  }
  return scores;
}

function prior(index: RuleIndex, articleIndex: number, mentioned: ReadonlySet<number>): number {
  const article = index.articles[articleIndex];
  const doc = article ? index.documents[article.document] : undefined;
  if (!doc) return 0;
  let p = RANKING.docTypePrior[doc.rank] ?? 1;
  if (!doc.current) p *= RANKING.supersededPrior;
  if (mentioned.has(article?.document ?? -1)) p *= 1 + RANKING.lawMentionBoost;
  return p;
}

/** Ranks higher score first; ties go to the higher norm, then title, then article order: stable across runs. */
function compareRanked(index: RuleIndex) {
  return (x: { a: number; score: number }, y: { a: number; score: number }): number => {
    if (x.score !== y.score) return y.score - x.score;
    const ax = index.articles[x.a];
    const ay = index.articles[y.a];
    const dx = index.documents[ax?.document ?? 0];
    const dy = index.documents[ay?.document ?? 0];
    if (dx && dy && dx !== dy) {
      if (dx.current !== dy.current) return dx.current ? -1 : 1;
      if (dx.rank !== dy.rank) return dx.rank - dy.rank;
      if (dx.title !== dy.title) return dx.title < dy.title ? -1 : 1;
      if (dx.versionDate !== dy.versionDate) return (dx.versionDate ?? '') > (dy.versionDate ?? '') ? -1 : 1;
    }
    if (ax && ay && ax.ordinal !== ay.ordinal) return ax.ordinal - ay.ordinal;
    if (ax && ay && ax.suffix !== ay.suffix) return ax.suffix - ay.suffix;
    return x.a - y.a;
  };
}

/** The articles a citation points at: current versions of the named law first; without a law, every law's. */
function resolveReference(index: RuleIndex, ref: ArticleReference): number[] {
  const documents = ref.lawTargets.length > 0 ? [...ref.lawTargets] : index.documents.map((_, i) => i);
  const found = documents
    .map((d) => index.byNumber.get(articleKey(d, ref.ordinal, ref.suffix)))
    .filter((a): a is number => a !== undefined);
  const compare = compareRanked(index);
  return found.sort((x, y) => compare({ a: x, score: 0 }, { a: y, score: 0 }));
}

function highlightTerms(groups: readonly QueryGroup[]): Set<string> {
  const terms = new Set<string>();
  for (const group of groups) {
    for (const alt of group.alternatives) {
      const tokens = tokenize(alt.text);
      // Single characters are highlighted only when they are the whole concept (狗), not as parts of words.
      for (const t of tokens) if (t.term.length > 1 || tokens.length === 1) terms.add(t.term);
    }
  }
  return terms;
}

function toHit(index: RuleIndex, articleIndex: number, score: number, matchedBy: SearchHit['matchedBy'], highlight: ReadonlySet<string>): SearchHit {
  const article = index.articles[articleIndex];
  const doc = article ? index.documents[article.document] : undefined;
  if (!article || !doc) throw new Error(`article ${articleIndex} is not in the index`);
  const snippet = makeSnippet(article.text, highlight);
  return {
    documentTitle: doc.title,
    docType: doc.docType,
    versionDate: doc.versionDate,
    current: doc.current,
    articleNumber: article.number,
    ordinal: article.ordinal,
    suffix: article.suffix,
    chapter: article.chapter,
    score: Math.round(score * 1000) / 1000,
    matchedBy,
    snippet: snippet.text,
    spans: snippet.spans,
    text: article.text,
  };
}

function clampPaging(options: SearchOptions): { limit: number; offset: number } {
  const limit = Number.isFinite(options.limit) ? Math.max(0, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT))) : DEFAULT_LIMIT;
  const offset = Number.isFinite(options.offset) ? Math.max(0, Math.floor(options.offset ?? 0)) : 0;
  return { limit, offset };
}

/** Ranked articles for a query. Never throws on user input: nonsense yields no hits. */
export function search(index: RuleIndex, query: string, options: SearchOptions = {}): SearchResult {
  const { limit, offset } = clampPaging(options);
  const analyzed: AnalyzedQuery = analyzeQuery(typeof query === 'string' ? query : '', index.aliases);
  const highlight = highlightTerms(analyzed.groups);

  const cited: number[] = [];
  for (const ref of analyzed.references) for (const a of resolveReference(index, ref)) if (!cited.includes(a)) cited.push(a);
  // A citation without a law name matches that article of every law; keep only the best few.
  const referenced = analyzed.references.some((r) => r.lawTargets.length > 0) ? cited : cited.slice(0, DEFAULT_LIMIT);

  const mentioned = new Set(analyzed.mentionedLaws.flatMap((m) => m.targets));
  const groups = analyzed.groups.map((g) => prepareGroup(index, g));
  const scores = scoreGroups(index, groups);
  const citedSet = new Set(referenced);
  const compare = compareRanked(index);
  const top = new TopK<{ a: number; score: number }>(offset + limit, compare);
  let total = referenced.length;
  let best = 0;
  for (const [a, raw] of scores) {
    if (citedSet.has(a)) continue;
    const score = raw * prior(index, a, mentioned);
    if (score <= 0) continue;
    total++;
    best = Math.max(best, score);
    top.offer({ a, score });
  }
  // Cited articles lead, above any article found by its words.
  const ranked = [...referenced.map((a, i) => ({ a, score: best + referenced.length - i })), ...top.sorted()];
  const hits = ranked
    .slice(offset, offset + limit)
    .map(({ a, score }, i) => toHit(index, a, score, i + offset < referenced.length ? 'reference' : 'text', highlight));
  return { hits, total, query: analyzed.text, truncated: analyzed.truncated };
}

/** The article a citation such as 民诉法第一百六十四条 names, or undefined when it names none in the index. */
export function lookupArticle(index: RuleIndex, citation: string): SearchHit | undefined {
  const analyzed = analyzeQuery(citation, index.aliases);
  const ref = analyzed.references.find((r) => r.lawTargets.length > 0);
  const article = ref ? resolveReference(index, ref)[0] : undefined;
  return article === undefined ? undefined : toHit(index, article, 0, 'reference', new Set());
}
