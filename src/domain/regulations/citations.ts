import type { LawTerms } from './citationMatch';
import { citingContext, contextScores, lawTerms, readCitation, sentenceAround } from './citationMatch';
import { normalizeText } from './normalize';
import type { ArticleReference } from './references';
import { findArticleReferences } from './references';
import type { RegulationIndex } from './searchIndex';
import { articleKey } from './searchIndex';
import { runSteps } from './steps';

/**
 * Which articles an article cites, and which interpretations cite it: read from the texts themselves
 * (民事诉讼法第一百二十二条、第一百二十三条, 本解释第九十条, 《中华人民共和国民法典》第五百八十四条).
 *
 * A citation means the version of the cited document in force when the citing text was made: 民诉解释 (2022)
 * cites 民诉法 by its 2021 numbering, and that is the text it reaches.
 */

/** Between two citations of one list (…第一百二十二条、第一百二十三条), only these: the law carries over. */
const LIST_GAP = /^[\s、，,和及与或至以及]*$/;
/** 本法第X条, 本解释第X条: the citing document's own article, said outright. */
const OWN_DOCUMENT = /本(?:法|解释|规定|条例|办法|规则|决定|细则|意见|纪要|通知|批复|答复|安排)\s*$/;
/** A name that reads as a document's but is this one's: 依照本法, 本解释, 本实施条例 (as `findArticleReferences` cut it). */
const OWN_NAME = /本\p{Script=Han}{0,4}?(?:法|解释|规定|条例|办法|规则|决定|细则|意见|纪要|通知|批复|答复|安排)$/u;
/** Where a sentence ends: a law named before it no longer governs a bare 第X条 after it. */
const SENTENCE_END = /[。；;]/;

/** What a citation reaches: the cited version, and whether its article numbers are the ones the citing text meant. */
interface Reached {
  readonly document: number;
  /** False when the version in force at the citing text's date is not in the library and may be numbered otherwise. */
  readonly known: boolean;
}

/**
 * Of one title's versions among `targets`, the one in force on `date` (the newest not after it), else its oldest;
 * of several titles the name may mean, the first in index order with such a version. The oldest is the cited one
 * only as far as its numbering goes back: its `numberingSince` (the last change that renumbered or may have
 * renumbered it) not after `date`; otherwise the citation is not known to mean its articles.
 */
function versionInForce(index: RegulationIndex, targets: readonly number[], date: string | null): Reached | undefined {
  let best: number | undefined;
  let bestDate = '';
  let oldest: number | undefined;
  for (const d of targets) {
    const doc = index.documents[d];
    if (!doc) continue;
    const versionDate = doc.versionDate ?? '';
    if (oldest === undefined || versionDate < (index.documents[oldest]?.versionDate ?? '')) oldest = d;
    if ((date === null || versionDate <= date) && versionDate >= bestDate) {
      best = d;
      bestDate = versionDate;
    }
  }
  if (best !== undefined) return { document: best, known: true };
  if (oldest === undefined) return undefined;
  const since = index.documents[oldest]?.numberingSince ?? null;
  return { document: oldest, known: date !== null && since !== null && since <= date };
}

/** One article's citation of another, as `citationsOf` reads it. */
export interface Citation {
  readonly article: number;
  /**
   * False when the citing text is older than every version of the cited document the library holds and that
   * version's numbering is not known to go back to it (行政诉讼证据规定 (2002) citing 行政诉讼法, held from 2017 only,
   * renumbered in 2014): its article of that number may be another.
   */
  readonly known: boolean;
  /**
   * True when `known` only because the citing sentence's words match this article clearly better than any other of
   * the cited version (citationMatch.ts): its numbering is not known to go back to the citing text.
   */
  readonly byContent?: boolean;
}

/** One place in an article's (normalized) text that cites another article: `start`–`end`, law name included. */
export interface CitationSite extends Citation {
  readonly start: number;
  readonly end: number;
}

/** A document's articles (their indexes, in order) and their terms, for reading citations by content. */
interface CitedVersion {
  readonly articles: readonly number[];
  readonly terms: LawTerms;
}

/** Per index: each document's articles, and the `CitedVersion` of the documents read so far. */
const citedVersions = new WeakMap<RegulationIndex, { byDocument: number[][]; read: Map<number, CitedVersion> }>();

function citedVersion(index: RegulationIndex, document: number): CitedVersion {
  let cache = citedVersions.get(index);
  if (!cache) {
    const byDocument: number[][] = index.documents.map(() => []);
    index.articles.forEach((article, a) => byDocument[article.document]?.push(a));
    cache = { byDocument, read: new Map() };
    citedVersions.set(index, cache);
  }
  let version = cache.read.get(document);
  if (!version) {
    const articles = cache.byDocument[document] ?? [];
    version = { articles, terms: lawTerms(articles.map((a) => normalizeText(index.articles[a]?.text ?? ''))) };
    cache.read.set(document, version);
  }
  return version;
}

/**
 * Whether the citing sentence at `site` says the cited article is the one meant (`readCitation`): the cited
 * version's article of that number matches its words clearly better than every other article of that version but
 * the others the sentence cites.
 */
function readByContent(index: RegulationIndex, text: string, sites: readonly CitationSite[], site: CitationSite) {
  const document = index.articles[site.article]?.document ?? -1;
  const version = citedVersion(index, document);
  const sentence = sentenceAround(text, site).from;
  const coCited = sites
    .filter((s) => s.article !== site.article && index.articles[s.article]?.document === document)
    .filter((s) => sentenceAround(text, s).from === sentence)
    .map((s) => version.articles.indexOf(s.article));
  const scores = contextScores(version.terms, citingContext(text, sites, site));
  return readCitation(scores, version.articles.indexOf(site.article), coCited).kind === 'same';
}

/**
 * The citations in the text of article `a`, in order, without repeats and without itself. With `byContent`, a
 * citation not known by numbering is known where its sentence's words say it means that article (`Citation.byContent`).
 */
export function citationsOf(index: RegulationIndex, a: number, options: { byContent?: boolean } = {}): Citation[] {
  const cited: Citation[] = [];
  const text = normalizeText(index.articles[a]?.text ?? '');
  const sites = sitesIn(index, a, text);
  for (const site of sites) {
    const at = cited.findIndex((c) => c.article === site.article);
    if (at >= 0 && cited[at]?.known) continue;
    const byContent = !site.known && options.byContent === true && readByContent(index, text, sites, site);
    const citation: Citation = byContent
      ? { article: site.article, known: true, byContent: true }
      : { article: site.article, known: site.known };
    if (at < 0) cited.push(citation);
    else if (byContent) cited[at] = citation;
  }
  return cited;
}

/** Every place the text of article `a` (normalized) cites another article, in order, repeats included. */
export function citationSitesOf(index: RegulationIndex, a: number): CitationSite[] {
  return sitesIn(index, a, normalizeText(index.articles[a]?.text ?? ''));
}

/** `citationSitesOf`, given the article's normalized text (which `citationsOf` also reads sentences of). */
function sitesIn(index: RegulationIndex, a: number, text: string): CitationSite[] {
  const article = index.articles[a];
  const own = article ? index.documents[article.document] : undefined;
  if (!article || !own) return [];
  const cited: CitationSite[] = [];
  // `reached` undefined: a document the library does not have (《中华人民共和国刑法修正案（十一）》第一条), whose
  // articles — and those of a list after it — are no article of this one.
  let previous: { ref: ArticleReference; reached: Reached | undefined } | undefined;
  const self: Reached = { document: article.document, known: true };
  for (const ref of findArticleReferences(text, index.aliases)) {
    let reached: Reached | undefined;
    if (ref.lawTargets.length > 0) reached = versionInForce(index, ref.lawTargets, own.versionDate);
    else if (ref.unknownLaw !== undefined) reached = OWN_NAME.test(ref.unknownLaw) ? self : undefined;
    else if (previous && LIST_GAP.test(text.slice(previous.ref.end, ref.start))) reached = previous.reached;
    // An interpretation says 本解释第X条 of its own articles; its bare 第X条 after a law it names in the same
    // sentence (符合民事诉讼法第一百二十二条的规定，且不属于第一百二十七条规定情形) is that law's.
    else if (
      previous &&
      previous.reached?.document !== article.document &&
      own.docType === '司法解释' &&
      !OWN_DOCUMENT.test(text.slice(Math.max(0, ref.start - 4), ref.start)) &&
      !SENTENCE_END.test(text.slice(previous.ref.end, ref.start))
    )
      reached = previous.reached;
    // In a law, a bare 第X条 (依照第X条, 本法第X条) is its own article.
    else reached = self;
    previous = { ref, reached };
    if (reached === undefined) continue;
    const target = index.byNumber.get(articleKey(reached.document, ref.ordinal, ref.suffix));
    if (target !== undefined && target !== a)
      cited.push({ article: target, known: reached.known, start: ref.start, end: ref.end });
  }
  return cited;
}

interface Reverse {
  /** Cited article → the articles of interpretations in force that cite it, where `Citation.known`. */
  readonly known: ReadonlyMap<number, readonly number[]>;
  /** Of `known`, the (cited, citing) pairs known by the citing sentence's words only (`Citation.byContent`). */
  readonly byContent: ReadonlySet<string>;
  /** The same with the citations not known to mean it too. */
  readonly all: ReadonlyMap<number, readonly number[]>;
}

/** Built once per index: ahead of time in steps (`prepareCitingArticles`), else at first use. */
const citingInterpretations = new WeakMap<RegulationIndex, Reverse>();
/** A build under way, shared by the steps and a first use that comes before they end. */
const reverseBuilds = new WeakMap<RegulationIndex, Generator<void, Reverse>>();
/** Interpretation articles read per step: tens of milliseconds of CPU. */
const CITING_ARTICLES_PER_STEP = 250;

const wording = (text: string): string => text.replace(/\s+/g, '');

/**
 * The same article in the version in force when an amendment left its number and words alone: what an
 * interpretation said of 民诉法(2021)第一百二十二条 it says of the 2023 text too.
 */
function unchangedInCurrent(
  index: RegulationIndex,
  currentOf: ReadonlyMap<string, number>,
  a: number,
): number | undefined {
  const article = index.articles[a];
  const doc = article ? index.documents[article.document] : undefined;
  if (!article || !doc || doc.current) return undefined;
  const current = currentOf.get(doc.title);
  const same =
    current === undefined ? undefined : index.byNumber.get(articleKey(current, article.ordinal, article.suffix));
  const sameArticle = same === undefined ? undefined : index.articles[same];
  return sameArticle && wording(sameArticle.text) === wording(article.text) ? same : undefined;
}

function* reverseCitationSteps(index: RegulationIndex): Generator<void, Reverse> {
  const known = new Map<number, number[]>();
  const all = new Map<number, number[]>();
  const byContent = new Set<string>();
  const currentOf = new Map<string, number>();
  index.documents.forEach((doc, d) => {
    if (doc.current) currentOf.set(doc.title, d);
  });
  const add = (built: Map<number, number[]>, target: number, citing: number) => {
    const list = built.get(target) ?? [];
    if (!list.includes(citing)) list.push(citing);
    built.set(target, list);
  };
  let read = 0;
  for (let a = 0; a < index.articles.length; a++) {
    const document = index.articles[a]?.document ?? -1;
    const doc = index.documents[document];
    if (!doc || doc.docType !== '司法解释' || !doc.current || doc.status === '已废止') continue;
    for (const { article: target, known: sure, byContent: matched } of citationsOf(index, a, { byContent: true })) {
      if (index.articles[target]?.document === document) continue;
      const successor = unchangedInCurrent(index, currentOf, target);
      for (const built of sure ? [known, all] : [all]) {
        add(built, target, a);
        if (successor !== undefined) add(built, successor, a);
      }
      if (matched) for (const t of successor === undefined ? [target] : [target, successor]) byContent.add(`${t}:${a}`);
    }
    if (++read % CITING_ARTICLES_PER_STEP === 0) yield;
  }
  const reverse = { known, byContent, all };
  citingInterpretations.set(index, reverse);
  reverseBuilds.delete(index);
  return reverse;
}

function reverseBuild(index: RegulationIndex): Generator<void, Reverse> {
  let build = reverseBuilds.get(index);
  if (!build) {
    build = reverseCitationSteps(index);
    reverseBuilds.set(index, build);
  }
  return build;
}

function reverseCitations(index: RegulationIndex): Reverse {
  return citingInterpretations.get(index) ?? runSteps(reverseBuild(index));
}

/**
 * Reads which interpretations cite each article (`citingArticles`) ahead of its first use, in steps: about a second
 * of CPU for the national library, which the first article a server shows would otherwise wait for.
 */
export function* prepareCitingArticles(index: RegulationIndex): Generator<void, void> {
  const build = reverseBuild(index);
  while (!citingInterpretations.has(index) && !build.next().done) yield;
}

/**
 * Articles of interpretations in force that cite article `a` (the version they cite), where the citation is known to
 * mean it; with `uncertain`, also those made before every version the library holds and not known to (`Citation`).
 */
export function citingArticles(index: RegulationIndex, a: number, uncertain = false): readonly number[] {
  return (uncertain ? reverseCitations(index).all : reverseCitations(index).known).get(a) ?? [];
}

/** Whether interpretation article `citing` is among `citingArticles(index, a)` only by what its sentence says (`Citation.byContent`). */
export function citesByContent(index: RegulationIndex, a: number, citing: number): boolean {
  return reverseCitations(index).byContent.has(`${a}:${citing}`);
}
