import type { AliasTable } from './aliasTable';
import { buildAliasTable } from './aliasTable';
import type { DefinitionIndex } from './definitions';
import { buildDefinitionIndex } from './definitions';
import { docTypeRank } from './docTypes';
import { frontMatterDate } from './frontMatter';
import { normalizeText } from './normalize';
import type { CompiledVocabulary } from './queryAnalysis';
import { DEFAULT_VOCABULARY } from './queryAnalysis';
import { parseArticleNumber } from './numerals';
import type { CrimeNames } from './crimeNames';
import { compileCrimeNames } from './crimeNames';
import type { Postings } from './postingsBuilder';
import { PostingsBuilder } from './postingsBuilder';
import type { AskedEntry, AskedFieldName, RankingWeights, SearchModel } from './searchModel';
import { ASKED_FIELDS, DEFAULT_WEIGHTS, parseAskedTerms } from './searchModel';
import { findRepeats } from './repeats';
import { runSteps } from './steps';
import { forEachToken, tokenize } from './tokenize';
import type { TranslationTable } from './translation';
import { compileTranslation } from './translation';
import type { IsoDate, ParsedRegulationDocument } from './types';
import { chapterLabel } from './types';
import type { Validity } from './validity';
import { declaresRepealed, validityOf } from './validity';

/** One document as the store holds it (RegulationDocument with its RegulationArticle rows). */
export interface IndexableDocument {
  readonly title: string;
  readonly docType: string;
  readonly versionDate: IsoDate | null;
  readonly effectiveDate?: IsoDate | null;
  /** False for a superseded version of the title; defaults to true. */
  readonly current?: boolean;
  /** True when the document was repealed (every version); defaults to false. */
  readonly repealed?: boolean;
  /** See `IndexedDocument.numberingSince`; defaults to null. */
  readonly numberingSince?: IsoDate | null;
  readonly articles: readonly IndexableArticle[];
}

interface IndexableArticle {
  readonly number: string;
  readonly ordinal: number;
  readonly suffix: number;
  /** 编 / 章 / 节 path joined with " / " (as the store keeps it). */
  readonly chapter: string;
  readonly text: string;
}

interface IndexedDocument {
  readonly title: string;
  readonly docType: string;
  readonly versionDate: IsoDate | null;
  readonly effectiveDate: IsoDate | null;
  readonly current: boolean;
  readonly status: Validity;
  /** 0 for laws, then interpretations, then everything else: ties and priors follow the hierarchy of norms. */
  readonly rank: number;
  /**
   * Since when this version's article numbers hold: the adoption of the last revision or amendment that renumbered
   * the document or may have (its history lines, `numbering_since` in the shipped files); null when not known. A
   * text older than the library's oldest version of a document cites that version's articles only from this date.
   */
  readonly numberingSince: IsoDate | null;
}

interface IndexedArticle {
  readonly document: number;
  readonly number: string;
  readonly ordinal: number;
  readonly suffix: number;
  readonly chapter: string;
  readonly text: string;
  /** Index into `contexts`: the article's title-and-chapter context. */
  readonly context: number;
  /**
   * The first paragraph, normalized, when the article has more than one (else ''): it states what a long,
   * itemized article is about.
   */
  readonly lead: string;
  /** Token count of `lead` over the average article's. */
  readonly leadRelativeLength: number;
}

/**
 * What the index reads from the texts: the costly part of a build, and what a snapshot keeps
 * (`encodeTextIndex`), so that a restart loads it instead of building it again.
 */
export interface TextIndex {
  readonly documents: readonly IndexedDocument[];
  readonly articles: readonly IndexedArticle[];
  readonly postings: ReadonlyMap<string, Postings>;
  /** Article length over the average length, for BM25's length normalization. */
  readonly relativeLength: Float32Array;
  /** Bigram → the documents that use it, with how often: for telling which law a query is about. */
  readonly documentPostings: ReadonlyMap<string, DocumentPostings>;
  /** Each document's bigram count over the average document's. */
  readonly documentRelativeLength: Float32Array;
  /** The (document, chapter) of each context an article's `context` points at; its terms are derived from them. */
  readonly contextSources: ReadonlyArray<readonly [document: number, chapter: string]>;
}

/** An in-process inverted index over character unigrams and bigrams, rebuilt from the store at start-up. */
export interface RegulationIndex extends TextIndex {
  /** Terms of each distinct (document title, chapter) pair; see `contextTerms`. */
  readonly contexts: ContextTerms;
  readonly aliases: AliasTable;
  /** `${document}:${ordinal}:${suffix}` → article index. */
  readonly byNumber: ReadonlyMap<string, number>;
  /**
   * Each article's document, beside `articles`: a search reads it for every article it visits, and reaching it
   * through the article objects scattered on the heap was a third of the first stage's time.
   */
  readonly articleDocuments: Int32Array;
  /** Per article, the first article of the same provision under another title, or -1 (see `findRepeats`). */
  readonly repeatOf: Int32Array;
  /** The learned "how people asked" fields (see `SearchModel.asked`). */
  readonly asked: Readonly<Record<AskedFieldName, AskedField>>;
  readonly weights: RankingWeights;
  /** The learned mapping from people's words to statutory words (`SearchModel.translation`). */
  readonly translation: TranslationTable;
  /** The lay-to-statutory vocabulary queries are read with. */
  readonly vocabulary: CompiledVocabulary;
  /** Per document, how much the courts apply it (`SearchModel.cited`), log-scaled to 0–1. */
  readonly citedDocuments: Float32Array;
  /** Per article, the same. */
  readonly citedArticles: Float32Array;
  /** The terms the texts define for themselves (本法所称重伤，是指…), see `definitions.ts`. */
  readonly definitions: DefinitionIndex;
  /** The names of crimes, each citing its 刑法 articles. */
  readonly crimeNames: CrimeNames;
}

export interface DocumentPostings {
  readonly documents: Int32Array;
  readonly frequencies: Float32Array;
}

/**
 * Document-level postings of the bigrams, summed from the article postings (articles are in document order).
 * Two passes per list into exact-size typed arrays: growing JS arrays here was a quarter of a full build.
 */
function documentLevel(
  postings: ReadonlyMap<string, Postings>,
  articleDocument: Int32Array,
  documentCount: number,
): { documentPostings: Map<string, DocumentPostings>; documentRelativeLength: Float32Array } {
  const documentPostings = new Map<string, DocumentPostings>();
  const lengths = new Float64Array(documentCount);
  for (const [term, list] of postings) {
    if (term.length !== 2) continue;
    const { articles, frequencies: tfs } = list;
    let distinct = 0;
    let previous = -1;
    for (let i = 0; i < articles.length; i++) {
      const document = articleDocument[articles[i] as number] as number;
      if (document !== previous) distinct++;
      previous = document;
    }
    const documents = new Int32Array(distinct);
    const frequencies = new Float32Array(distinct);
    let at = -1;
    previous = -1;
    for (let i = 0; i < articles.length; i++) {
      const document = articleDocument[articles[i] as number] as number;
      const tf = tfs[i] as number;
      lengths[document] = (lengths[document] as number) + tf;
      if (document !== previous) documents[++at] = document;
      frequencies[at] = (frequencies[at] as number) + tf;
      previous = document;
    }
    documentPostings.set(term, { documents, frequencies });
  }
  const average = lengths.reduce((sum, l) => sum + l, 0) / (documentCount || 1);
  return { documentPostings, documentRelativeLength: Float32Array.from(lengths, (l) => l / (average || 1)) };
}

interface AskedField {
  /** Term → the articles whose field has it, in article order, with the term's weight there. */
  readonly postings: { get(term: string): AskedPostings | undefined };
  /** Term → its inverse document frequency among the field's articles. */
  readonly idf: { get(term: string): number | undefined };
  /** The idf given to a query term the field does not know. */
  readonly unknownIdf: number;
  /** Article → Euclidean norm of its field vector. */
  readonly norms: ReadonlyMap<number, number>;
}

interface AskedPostings {
  readonly articles: Int32Array;
  readonly weights: Float32Array;
}

/**
 * The terms of each context (`contextTerms`), each derived when first asked for: a search reads those of the contexts
 * its candidates are in, and deriving all of them up front (7,020 for the full library: about 0.15 s of CPU on a
 * loaded machine) was a fifth of completing an index after a start.
 */
class ContextTerms {
  private readonly derived: Array<ReadonlySet<string> | undefined>;

  constructor(
    private readonly documents: readonly IndexedDocument[],
    private readonly sources: TextIndex['contextSources'],
  ) {
    this.derived = new Array<ReadonlySet<string> | undefined>(sources.length);
  }

  get length(): number {
    return this.sources.length;
  }

  /** The terms of `context`; none for a context the index does not have. */
  of(context: number): ReadonlySet<string> {
    const derived = this.derived[context];
    if (derived) return derived;
    const source = this.sources[context];
    if (!source) return NO_TERMS;
    const terms = contextTerms(this.documents[source[0]]?.title ?? '', source[1]);
    this.derived[context] = terms;
    return terms;
  }
}

const NO_TERMS: ReadonlySet<string> = new Set();

/** Words every title carries (中华人民共和国, 最高人民法院关于 …) say nothing about an article's subject. */
function contextTerms(title: string, chapter: string): Set<string> {
  const subject = normalizeText(title).replace(
    /中华人民共和国|最高人民法院关于|人民法院|若干问题|适用法律|适用|的|《|》/g,
    ' ',
  );
  const headings = normalizeText(chapter).replace(
    /第[〇零一二三四五六七八九十百千]+(?:分编|编|章|节)|[一二三四五六七八九十]+、/g,
    ' ',
  );
  return new Set(tokenize(`${subject} ${headings}`).map((t) => t.term));
}

export function articleKey(document: number, ordinal: number, suffix: number): string {
  return `${document}:${ordinal}:${suffix}`;
}

/** Turns parser output into the index's input shape (what the store import will also produce). */
export function toIndexable(parsed: ParsedRegulationDocument, current = true): IndexableDocument {
  const { document } = parsed;
  return {
    title: document.title,
    docType: document.docType,
    versionDate: document.versionDate,
    effectiveDate: document.effectiveDate,
    current,
    repealed: declaresRepealed(document.extra.status),
    numberingSince: frontMatterDate(document.extra.numbering_since),
    articles: parsed.articles.map((a) => ({ ...a, chapter: chapterLabel(a.chapterPath) })),
  };
}

/**
 * An asked field attaches to the current version of the titled document (a superseded one keeps only its text):
 * the training questions were checked against the current numbering.
 */
function buildAskedField(
  entries: readonly AskedEntry[],
  documents: readonly IndexedDocument[],
  byNumber: ReadonlyMap<string, number>,
): AskedField {
  const currentByTitle = new Map<string, number>();
  documents.forEach((doc, i) => {
    if (doc.current || !currentByTitle.has(doc.title)) currentByTitle.set(doc.title, i);
  });
  const lists = new Map<string, { articles: number[]; weights: number[] }>();
  const squares = new Map<number, number>();
  for (const [title, number, terms] of entries) {
    const document = currentByTitle.get(title);
    const parsed = parseArticleNumber(number);
    if (document === undefined || !parsed) continue;
    const article = byNumber.get(articleKey(document, parsed.ordinal, parsed.suffix));
    if (article === undefined || squares.has(article)) continue;
    let square = 0;
    for (const [term, weight] of parseAskedTerms(terms)) {
      let list = lists.get(term);
      if (!list) lists.set(term, (list = { articles: [], weights: [] }));
      list.articles.push(article);
      list.weights.push(weight);
      square += weight * weight;
    }
    squares.set(article, square);
  }
  const fieldArticles = Math.max(1, squares.size);
  // Each term's postings sorted, and its idf, when a search first asks for them: a query asks for a few dozen of the
  // field's tens of thousands of terms, and making them all at once was most of completing an index after a start.
  const sorted = new Map<string, AskedPostings>();
  const postings = {
    get: (term: string): AskedPostings | undefined => {
      let found = sorted.get(term);
      const list = found ? undefined : lists.get(term);
      if (list) sorted.set(term, (found = inArticleOrder(list.articles, list.weights)));
      return found;
    },
  };
  const idf = {
    get: (term: string): number | undefined => {
      const list = lists.get(term);
      return list && Math.log((fieldArticles + 1) / list.articles.length);
    },
  };
  const norms = new Map([...squares].map(([a, square]) => [a, Math.sqrt(square)]));
  return { postings, idf, unknownIdf: Math.log(fieldArticles + 1), norms };
}

/**
 * A term's articles and weights sorted by article, ties in the order given (a stable sort). Most lists hold a few
 * entries: an insertion sort of typed arrays, without the index array and comparator closure per term that made
 * this most of completing an index.
 */
function inArticleOrder(articleList: readonly number[], weightList: readonly number[]): AskedPostings {
  const articles = Int32Array.from(articleList);
  const weights = Float32Array.from(weightList);
  for (let i = 1; i < articles.length; i++) {
    const article = articles[i] as number;
    const weight = weights[i] as number;
    let j = i - 1;
    for (; j >= 0 && (articles[j] as number) > article; j--) {
      articles[j + 1] = articles[j] as number;
      weights[j + 1] = weights[j] as number;
    }
    articles[j + 1] = article;
    weights[j + 1] = weight;
  }
  return { articles, weights };
}

/** log(1 + count) over the largest such value: a handful of citations counts, thousands do not swamp the rest. */
function logShare(count: number, max: number): number {
  return max > 0 ? Math.log1p(count) / Math.log1p(max) : 0;
}

/** The model's citation counts as per-document and per-article shares; every version of a title shares them. */
function citationShares(
  cited: SearchModel['cited'],
  documents: readonly IndexedDocument[],
  articleCount: number,
  byNumber: ReadonlyMap<string, number>,
): { citedDocuments: Float32Array; citedArticles: Float32Array } {
  const citedDocuments = new Float32Array(documents.length);
  const citedArticles = new Float32Array(articleCount);
  if (!cited) return { citedDocuments, citedArticles };
  const versions = new Map<string, number[]>();
  documents.forEach((doc, i) => versions.set(doc.title, [...(versions.get(doc.title) ?? []), i]));
  const maxDocument = Math.max(0, ...cited.documents.map(([, n]) => n));
  for (const [title, n] of cited.documents)
    for (const d of versions.get(title) ?? []) citedDocuments[d] = logShare(n, maxDocument);
  const maxArticle = Math.max(0, ...cited.articles.map(([, , n]) => n));
  for (const [title, number, n] of cited.articles) {
    const parsed = parseArticleNumber(number);
    if (!parsed) continue;
    for (const d of versions.get(title) ?? []) {
      const a = byNumber.get(articleKey(d, parsed.ordinal, parsed.suffix));
      if (a !== undefined) citedArticles[a] = logShare(n, maxArticle);
    }
  }
  return { citedDocuments, citedArticles };
}

/**
 * Reads the texts document by document: documents, articles and their postings (the costly part; see
 * `TextIndex`). A caller that must stay responsive (a server) can pause between documents.
 */
export class TextIndexBuilder {
  private readonly documents: IndexedDocument[] = [];
  private readonly unscaled: IndexedArticle[] = [];
  private readonly contextSources: Array<readonly [number, string]> = [];
  private readonly contextIds = new Map<string, number>();
  private readonly postings = new PostingsBuilder();
  private readonly lengths: number[] = [];
  private readonly articleDocument: number[] = [];
  private leadTokens = 0;
  private readonly onLeadToken = (): void => {
    this.leadTokens++;
  };

  add(d: IndexableDocument): void {
    const documentIndex = this.documents.length;
    this.documents.push({
      title: d.title,
      docType: d.docType,
      versionDate: d.versionDate,
      effectiveDate: d.effectiveDate ?? null,
      current: d.current ?? true,
      status: validityOf({ current: d.current ?? true, repealed: d.repealed ?? false }),
      rank: docTypeRank(d.docType),
      numberingSince: d.numberingSince ?? null,
    });
    for (const article of d.articles) {
      const contextKey = `${documentIndex}\u0000${article.chapter}`;
      let context = this.contextIds.get(contextKey);
      if (context === undefined) {
        context = this.contextSources.length;
        this.contextSources.push([documentIndex, article.chapter]);
        this.contextIds.set(contextKey, context);
      }
      const normalized = normalizeText(article.text);
      const newline = normalized.indexOf('\n');
      const lead = newline < 0 ? '' : normalized.slice(0, newline);
      this.leadTokens = 0;
      forEachToken(lead, this.onLeadToken);
      this.articleDocument.push(documentIndex);
      this.lengths.push(this.postings.add(normalized));
      this.unscaled.push({
        document: documentIndex,
        number: article.number,
        ordinal: article.ordinal,
        suffix: article.suffix,
        chapter: article.chapter,
        text: article.text,
        context,
        lead,
        leadRelativeLength: this.leadTokens,
      });
    }
  }

  finish(): TextIndex {
    const { documents, lengths, contextSources } = this;
    const postings = this.postings.finish();
    const average = lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 1;
    const relativeLength = Float32Array.from(lengths, (l) => l / (average || 1));
    const articles = this.unscaled.map((a) => ({ ...a, leadRelativeLength: a.leadRelativeLength / (average || 1) }));
    const { documentPostings, documentRelativeLength } = documentLevel(
      postings,
      Int32Array.from(this.articleDocument),
      documents.length,
    );
    return { documents, articles, postings, relativeLength, documentPostings, documentRelativeLength, contextSources };
  }
}

export function buildTextIndex(input: readonly IndexableDocument[]): TextIndex {
  const builder = new TextIndexBuilder();
  for (const document of input) builder.add(document);
  return builder.finish();
}

/**
 * The rest of the index, derived from the text index and the search model in a fraction of a build: what a
 * snapshot does not keep, so that a new model or vocabulary needs no new snapshot.
 */
export function completeIndex(text: TextIndex, model?: SearchModel, aliases?: AliasTable): RegulationIndex {
  return runSteps(completeIndexSteps(text, model, aliases));
}

/**
 * `completeIndex` in steps: it pauses (yields) between its parts, so that a server completing an index can answer
 * other requests in between. `prebuiltAliases`, when given, must be `buildAliasTable` of the same documents' titles and
 * repealed flags in the same order: a caller that already built it (to read a query's citations) need not build it
 * again.
 */
export function* completeIndexSteps(
  text: TextIndex,
  model?: SearchModel,
  prebuiltAliases?: AliasTable,
): Generator<void, RegulationIndex> {
  const { documents, articles } = text;
  const contexts = new ContextTerms(documents, text.contextSources);
  const byNumber = new Map<string, number>();
  const articleDocuments = Int32Array.from(articles, (article) => article.document);
  articles.forEach((article, i) => {
    const key = articleKey(article.document, article.ordinal, article.suffix);
    if (!byNumber.has(key)) byNumber.set(key, i);
  });
  yield;
  const repeatOf = findRepeats(text);
  yield;
  const aliases =
    prebuiltAliases ??
    buildAliasTable(
      documents.map((d) => d.title),
      documents.map((d) => d.status === '已废止'),
    );
  const asked: Partial<Record<AskedFieldName, AskedField>> = {};
  for (const name of ASKED_FIELDS) {
    yield;
    asked[name] = buildAskedField(model?.asked[name] ?? [], documents, byNumber);
  }
  yield;
  const definitions = buildDefinitionIndex(text);
  const crimeNames = compileCrimeNames(model?.crimeNames, documents, (document, ordinal, suffix) =>
    byNumber.get(articleKey(document, ordinal, suffix)),
  );
  yield;
  const weights = { ...DEFAULT_WEIGHTS, ...model?.weights };
  const { citedDocuments, citedArticles } = citationShares(model?.cited, documents, articles.length, byNumber);
  return {
    ...text,
    contexts,
    aliases,
    byNumber,
    articleDocuments,
    repeatOf,
    asked: asked as Record<AskedFieldName, AskedField>,
    weights,
    translation: compileTranslation(model?.translation),
    vocabulary: DEFAULT_VOCABULARY,
    citedDocuments,
    citedArticles,
    definitions,
    crimeNames,
  };
}

/** `aliases`: see `prebuiltAliases` in `completeIndexSteps`. */
export function buildIndex(
  input: readonly IndexableDocument[],
  model?: SearchModel,
  aliases?: AliasTable,
): RegulationIndex {
  return completeIndex(buildTextIndex(input), model, aliases);
}
