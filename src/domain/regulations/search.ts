import type { AnalyzedQuery, QueryGroup } from './queryAnalysis';
import { analyzeQuery } from './queryAnalysis';
import type { ArticleReference } from './references';
import type { RegulationIndex } from './searchIndex';
import type { ScoredArticle } from './scoring';
import { RANKING, scoreArticles } from './scoring';
import { articleKey } from './searchIndex';
import type { Highlight, MatchSpan } from './snippet';
import { makeSnippet } from './snippet';
import { normalizeText } from './normalize';
import { parseArticleNumber } from './numerals';
import { tokenize } from './tokenize';
import type { Validity } from './validity';
import { citationsOf, citesByContent, citingArticles } from './citations';
import { definingArticles } from './definitions';
import { crimeArticles, withCrimeLift } from './crimeNames';
import { bareDocumentName } from './bareNames';
import { repealsMentioned } from './repeals';

export interface SearchOptions {
  readonly limit?: number;
  readonly offset?: number;
}

export interface SearchHit {
  readonly documentTitle: string;
  readonly docType: string;
  readonly versionDate: string | null;
  readonly current: boolean;
  /** 现行有效 | 已修改 | 已废止: shown with every hit. */
  readonly status: Validity;
  readonly articleNumber: string;
  readonly ordinal: number;
  readonly suffix: number;
  readonly chapter: string;
  readonly score: number;
  /**
   * `reference` when the query cited this article, `text` when it was found by its words, `citation` when only an
   * article found by them cites it (`citedIn`: 表见代理 finds the interpretation saying it, which cites
   * 民法典第一百七十二条).
   */
  readonly matchedBy: 'reference' | 'text' | 'citation';
  readonly citedIn?: { readonly documentTitle: string; readonly articleNumber: string };
  readonly snippet: string;
  /** Matched terms in `snippet`, for the caller to render (bold in Slack). */
  readonly spans: readonly MatchSpan[];
  readonly text: string;
}

/**
 * Said beside the hits: a citation naming a year of which the library holds no version (民诉法(2020), 治安管理处罚法
 * (2025) where only the 2012 text is imported) is answered with the version in force that year, and says so.
 */
interface VersionNote {
  readonly kind: 'version-in-force';
  readonly title: string;
  readonly year: number;
  /** The version answering instead. */
  readonly versionDate: string;
}

/**
 * Said beside the hits: the query names a law the library's texts say was repealed (合同法 违约金), whose articles the
 * library cannot hold; the hits are the rules in force.
 */
interface RepealNote {
  readonly kind: 'repealed-law';
  /** The repealed document, as the repealing text names it. */
  readonly title: string;
  /** The document in force that repealed it, and its article saying so. */
  readonly repealedBy: string;
  readonly article: string;
  readonly effectiveDate: string | undefined;
}

export type SearchNote = VersionNote | RepealNote;

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  readonly notes: readonly SearchNote[];
  /** All articles that matched, for paging. */
  readonly total: number;
  /** The query as searched: normalized and cut at MAX_QUERY_LENGTH. */
  readonly query: string;
  readonly truncated: boolean;
}

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

function prior(index: RegulationIndex, document: number, mentioned: ReadonlySet<number>): number {
  const doc = index.documents[document];
  if (!doc) return 0;
  // A superseded version answers only a citation that names it (民诉法(2021)第二百零三条): found by its words it
  // would repeat its successor's text, or outrank it.
  if (!doc.current) return 0;
  let p =
    doc.rank === 1
      ? index.weights.interpretationPrior
      : doc.rank === 2
        ? index.weights.regulationPrior
        : (RANKING.docTypePrior[doc.rank] ?? 1);
  if (doc.status === '已废止') p *= RANKING.repealedPrior;
  if (mentioned.has(document)) p *= 1 + RANKING.lawMentionBoost;
  return p;
}

/** Ranks higher score first; ties go to the higher norm, then title, then article order: stable across runs. */
function compareRanked(index: RegulationIndex) {
  return (x: ScoredArticle, y: ScoredArticle): number => {
    if (x.score !== y.score) return y.score - x.score;
    const ax = index.articles[x.a];
    const ay = index.articles[y.a];
    const dx = index.documents[ax?.document ?? 0];
    const dy = index.documents[ay?.document ?? 0];
    if (dx && dy && dx !== dy) {
      if (dx.current !== dy.current) return dx.current ? -1 : 1;
      // A name two documents share (行诉解释) means the one in force before the repealed one.
      if ((dx.status === '已废止') !== (dy.status === '已废止')) return dx.status === '已废止' ? 1 : -1;
      if (dx.rank !== dy.rank) return dx.rank - dy.rank;
      if (dx.title !== dy.title) return dx.title < dy.title ? -1 : 1;
      if (dx.versionDate !== dy.versionDate) return (dx.versionDate ?? '') > (dy.versionDate ?? '') ? -1 : 1;
    }
    if (ax && ay && ax.ordinal !== ay.ordinal) return ax.ordinal - ay.ordinal;
    if (ax && ay && ax.suffix !== ay.suffix) return ax.suffix - ay.suffix;
    return x.a - y.a;
  };
}

/**
 * The articles a citation points at. With a law named, the version it names — 民诉法(2021) is the version of
 * 2021, or else the one in force during 2021 — or without a version the one in force; without a law, the article
 * of every law in force.
 */
function resolveReference(index: RegulationIndex, ref: ArticleReference, mentioned: ReadonlySet<number>): number[] {
  if (ref.unknownLaw !== undefined) return [];
  // A bare 第X条 beside a law the query names elsewhere (第二百六十四条 刑法) is that law's article.
  if (ref.lawTargets.length === 0 && mentioned.size > 0) {
    const own = resolveReference(index, { ...ref, lawTargets: [...mentioned] }, new Set());
    if (own.length > 0) return own;
  }
  const named = ref.lawTargets.length > 0 ? [...ref.lawTargets] : index.documents.map((_, i) => i);
  const documents =
    ref.versionYear !== undefined
      ? versionOfYear(index, named, ref.versionYear)
      : ref.previousVersion
        ? versionBeforeCurrent(index, named)
        : named.filter((d) => index.documents[d]?.current);
  const found = documents
    .map((d) => index.byNumber.get(articleKey(d, ref.ordinal, ref.suffix)))
    .filter((a): a is number => a !== undefined);
  const compare = compareRanked(index);
  return found.sort((x, y) => compare({ a: x, score: 0 }, { a: y, score: 0 }));
}

/**
 * Of each title among `documents`, the version before the one in force (the newest of the others), or the one in
 * force where the library holds no older version.
 */
function versionBeforeCurrent(index: RegulationIndex, documents: readonly number[]): number[] {
  const byTitle = new Map<string, { current?: number; before?: number }>();
  for (const d of documents) {
    const doc = index.documents[d];
    if (!doc) continue;
    const versions = byTitle.get(doc.title) ?? {};
    if (doc.current) versions.current = d;
    else if (
      versions.before === undefined ||
      (doc.versionDate ?? '') > (index.documents[versions.before]?.versionDate ?? '')
    )
      versions.before = d;
    byTitle.set(doc.title, versions);
  }
  return [...byTitle.values()].flatMap(({ current, before }) => {
    const d = before ?? current;
    return d === undefined ? [] : [d];
  });
}

/**
 * Of each title among `documents`, the version dated in `year`, else the newest dated before it ends (the one in
 * force then). A title with no version that old has none.
 */
export function versionOfYear(index: RegulationIndex, documents: readonly number[], year: number): number[] {
  const byTitle = new Map<string, Array<{ d: number; date: string }>>();
  for (const d of documents) {
    const doc = index.documents[d];
    if (!doc?.versionDate || doc.versionDate > `${year}-12-31`) continue;
    byTitle.set(doc.title, [...(byTitle.get(doc.title) ?? []), { d, date: doc.versionDate }]);
  }
  return [...byTitle.values()].map((versions) => {
    const sorted = versions.sort((x, y) => (x.date < y.date ? -1 : 1));
    // Within the year, its first version: a citation of 2021 means the text of 2021, not a later re-issue.
    const ofYear = sorted.find((v) => v.date.startsWith(`${year}-`));
    return (ofYear ?? sorted[sorted.length - 1])?.d as number;
  });
}

/** The user's own words are marked piecewise (bigrams); vocabulary wordings only where they occur whole. */
function highlightOf(groups: readonly QueryGroup[]): Highlight {
  const phrases: string[] = [];
  const bigrams = new Set<string>();
  for (const group of groups) {
    for (const alt of group.alternatives) {
      if (alt.text === group.source && group.alternatives.length === 1) {
        for (const t of tokenize(alt.text)) if (t.term.length > 1) bigrams.add(t.term);
        if ([...alt.text].length === 1) phrases.push(alt.text);
      } else {
        phrases.push(alt.text);
      }
    }
  }
  return { phrases, bigrams };
}

function articleName(index: RegulationIndex, a: number): NonNullable<SearchHit['citedIn']> {
  const article = index.articles[a];
  const doc = article ? index.documents[article.document] : undefined;
  if (!article || !doc) throw new Error(`article ${a} is not in the index`);
  return { documentTitle: doc.title, articleNumber: article.number };
}

function toHit(
  index: RegulationIndex,
  articleIndex: number,
  score: number,
  matchedBy: SearchHit['matchedBy'],
  highlight: Highlight,
): SearchHit {
  const article = index.articles[articleIndex];
  const doc = article ? index.documents[article.document] : undefined;
  if (!article || !doc) throw new Error(`article ${articleIndex} is not in the index`);
  const snippet = makeSnippet(article.text, highlight);
  return {
    documentTitle: doc.title,
    docType: doc.docType,
    versionDate: doc.versionDate,
    current: doc.current,
    status: doc.status,
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

/**
 * How many first-stage candidates the exact second stage re-scores for a page ending at `end`: whole steps of
 * `rerankDepth`, so that the pages of /rule (下一组) within one step are slices of one ranked list.
 */
function rerankDepth(end: number): number {
  return RANKING.rerankDepth * Math.max(1, Math.ceil(end / RANKING.rerankDepth));
}

function clampPaging(options: SearchOptions): { limit: number; offset: number } {
  const limit = Number.isFinite(options.limit)
    ? Math.max(0, Math.min(MAX_LIMIT, Math.floor(options.limit ?? DEFAULT_LIMIT)))
    : DEFAULT_LIMIT;
  const offset = Number.isFinite(options.offset) ? Math.max(0, Math.floor(options.offset ?? 0)) : 0;
  return { limit, offset };
}

/**
 * A repealed document (已废止) never outranks one in force: found by its words it stays in the list, marked, after
 * every article in force — unless the query names it (婚姻法解释二 …), when it is what was asked for. The library
 * does not say which document replaced which, so no ranking short of this keeps it below its successor.
 */
function inForceFirst(
  index: RegulationIndex,
  scored: readonly ScoredArticle[],
  mentioned: ReadonlySet<number>,
): ScoredArticle[] {
  const repealed = (s: ScoredArticle): boolean => {
    const document = index.articles[s.a]?.document ?? -1;
    return index.documents[document]?.status === '已废止' && !mentioned.has(document);
  };
  const inForce = scored.filter((s) => !repealed(s));
  const floor = inForce[inForce.length - 1]?.score ?? Infinity;
  // Scores stay non-increasing down the list, as callers show them.
  return [...inForce, ...scored.filter(repealed).map((s) => ({ a: s.a, score: Math.min(s.score, floor) }))];
}

/**
 * The same provision under two titles (repeats.ts) is shown once, under the title that ranks first; the others were
 * re-scored beside it without taking a candidate's place (scoreArticles).
 */
function withoutRepeats(index: RegulationIndex, ranked: readonly ScoredArticle[]): ScoredArticle[] {
  const seen = new Set<number>();
  return ranked.filter(({ a }) => {
    const first = index.repeatOf[a] ?? -1;
    if (first < 0) return true;
    if (seen.has(first)) return false;
    seen.add(first);
    return true;
  });
}

/** For each citation naming a year no version of its law is dated in, the version that answers instead. */
function versionNotes(index: RegulationIndex, references: readonly ArticleReference[]): VersionNote[] {
  const notes = new Map<string, VersionNote>();
  for (const { versionYear: year, lawTargets } of references) {
    if (year === undefined) continue;
    for (const d of versionOfYear(index, lawTargets, year)) {
      const doc = index.documents[d];
      if (!doc?.versionDate || doc.versionDate.startsWith(`${year}-`)) continue;
      notes.set(`${doc.title}\u0000${year}`, {
        kind: 'version-in-force',
        title: doc.title,
        year,
        versionDate: doc.versionDate,
      });
    }
  }
  return [...notes.values()];
}

function repealNotes(index: RegulationIndex, text: string): RepealNote[] {
  return repealsMentioned(index, text).flatMap(({ title, repealedBy, article, effectiveDate }) => {
    const successor = index.documents[repealedBy];
    const saying = index.articles[article];
    return successor && saying
      ? [{ kind: 'repealed-law' as const, title, repealedBy: successor.title, article: saying.number, effectiveDate }]
      : [];
  });
}

/** Ranked articles for a query. Never throws on user input: nonsense yields no hits. */
export function search(index: RegulationIndex, query: string, options: SearchOptions = {}): SearchResult {
  const { limit, offset } = clampPaging(options);
  const analyzed: AnalyzedQuery = analyzeQuery(typeof query === 'string' ? query : '', index.aliases, index.vocabulary);
  const highlight = highlightOf(analyzed.groups);

  const mentioned = new Set(analyzed.mentionedLaws.flatMap((m) => m.targets));
  const cited: number[] = [];
  for (const ref of analyzed.references)
    for (const a of resolveReference(index, ref, mentioned)) if (!cited.includes(a)) cited.push(a);
  // A citation without a law name matches that article of every law; keep only the best few.
  const referenced = analyzed.references.some((r) => r.lawTargets.length > 0) ? cited : cited.slice(0, DEFAULT_LIMIT);

  const { scored, matched, citedIn } = scoreArticles(
    index,
    analyzed.groups,
    (document) => prior(index, document, mentioned),
    // A cited article is listed once, as cited, above the articles found by their words.
    new Set(referenced),
    compareRanked(index),
    rerankDepth(offset + limit),
    // Not the citations' own words: 公司法解释三第十三条 names 公司法's defined term 公司, and cites, nothing more.
    analyzed.words,
  );
  const crimes = withCrimeLift(
    withoutRepeats(index, inForceFirst(index, scored, mentioned)),
    crimeArticles(index.crimeNames, analyzed.text).filter((a) => !referenced.includes(a)),
    index.weights.crimeNameWeight,
  );
  const ordered = crimes.ranked;
  const best = ordered[0]?.score ?? 0;
  // Cited articles lead, above any article found by its words.
  const ranked: ScoredArticle[] = [
    ...referenced.map((a, i) => ({ a, score: best + referenced.length - i })),
    ...ordered,
  ];
  const notes = [...versionNotes(index, analyzed.references), ...repealNotes(index, analyzed.text)];
  // A name of a document the library lacks, unless the articles found say it as a phrase (会议纪要 is a term).
  const name = bareDocumentName(analyzed);
  if (
    name &&
    !ranked.slice(0, DEFAULT_LIMIT).some(({ a }) => normalizeText(index.articles[a]?.text ?? '').includes(name))
  )
    return { hits: [], notes, total: 0, query: analyzed.text, truncated: analyzed.truncated };
  const hits = ranked.slice(offset, offset + limit).map(({ a, score }, i) => {
    if (i + offset < referenced.length) return toHit(index, a, score, 'reference', highlight);
    const citing = citedIn?.get(a);
    if (citing === undefined) return toHit(index, a, score, 'text', highlight);
    return { ...toHit(index, a, score, 'citation', highlight), citedIn: articleName(index, citing) };
  });
  const total = referenced.length + matched + crimes.added;
  return { hits, notes, total, query: analyzed.text, truncated: analyzed.truncated };
}

/** The article a citation such as 民诉法第一百六十四条 names, or undefined when it names none in the index. */
export function lookupArticle(index: RegulationIndex, citation: string): SearchHit | undefined {
  const analyzed = analyzeQuery(citation, index.aliases);
  const ref = analyzed.references.find((r) => r.lawTargets.length > 0);
  const article = ref ? resolveReference(index, ref, new Set())[0] : undefined;
  return article === undefined ? undefined : toHit(index, article, 0, 'reference', { phrases: [], bigrams: new Set() });
}

function findArticle(
  index: RegulationIndex,
  title: string,
  articleNumber: string,
  versionDate?: string | null,
): number | undefined {
  const parsed = parseArticleNumber(normalizeText(articleNumber));
  if (!parsed) return undefined;
  const documents = index.documents
    .map((doc, i) => ({ doc, i }))
    .filter(
      ({ doc }) => doc.title === title && (versionDate === undefined ? doc.current : doc.versionDate === versionDate),
    );
  for (const { i } of documents) {
    const article = index.byNumber.get(articleKey(i, parsed.ordinal, parsed.suffix));
    if (article !== undefined) return article;
  }
  return undefined;
}

const NO_HIGHLIGHT: Highlight = { phrases: [], bigrams: new Set() };

/**
 * One article by its document title and number as written (for a "full article" button on a hit). Without
 * `versionDate` the current version is meant.
 */
export function getArticle(
  index: RegulationIndex,
  title: string,
  articleNumber: string,
  versionDate?: string | null,
): SearchHit | undefined {
  const article = findArticle(index, title, articleNumber, versionDate);
  return article === undefined ? undefined : toHit(index, article, 0, 'reference', NO_HIGHLIGHT);
}

export interface RelatedArticles {
  /** The articles its text cites, in the versions in force when it was made. */
  readonly cites: readonly SearchHit[];
  /**
   * Citations it makes of a document by a version the library lacks (older than every one held) whose numbering
   * may have changed since: the held version's article of that number, not listed in `cites` since it may be another.
   */
  readonly uncertain: readonly SearchHit[];
  /** Articles of interpretations in force that cite it. */
  readonly citedBy: readonly SearchHit[];
  /**
   * Positions in `cites` and in `citedBy` of the citations known only because the citing sentence's words match the
   * article clearly best (`Citation.byContent`): made before every version held, its numbering not known to go back.
   */
  readonly byContent?: { readonly cites: readonly number[]; readonly citedBy: readonly number[] };
  /** The articles of its own document defining terms it uses (本法所称重伤，是指…), see definitions.ts. */
  readonly definitions: readonly SearchHit[];
}

/**
 * What an article cites, which interpretations cite it (see citations.ts) and which articles define the terms it uses,
 * at most `limit` of each.
 */
export function relatedArticles(
  index: RegulationIndex,
  title: string,
  articleNumber: string,
  versionDate?: string | null,
  limit = 10,
): RelatedArticles | undefined {
  const article = findArticle(index, title, articleNumber, versionDate);
  if (article === undefined) return undefined;
  const hits = (articles: readonly number[]) =>
    articles.slice(0, limit).map((a) => toHit(index, a, 0, 'reference', NO_HIGHLIGHT));
  const citations = citationsOf(index, article, { byContent: true });
  const cites = citations.filter((c) => c.known).slice(0, limit);
  const citedBy = citingArticles(index, article).slice(0, limit);
  const positions = <T>(list: readonly T[], read: (item: T) => boolean) =>
    list.flatMap((item, i) => (read(item) ? [i] : []));
  return {
    cites: hits(cites.map((c) => c.article)),
    uncertain: hits(citations.filter((c) => !c.known).map((c) => c.article)),
    citedBy: hits(citedBy),
    byContent: {
      cites: positions(cites, (c) => c.byContent === true),
      citedBy: positions(citedBy, (citing) => citesByContent(index, article, citing)),
    },
    definitions: hits(definingArticles(index, index.definitions, article, title)),
  };
}
