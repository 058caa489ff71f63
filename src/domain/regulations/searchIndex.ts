import type { AliasTable } from './aliasTable';
import { buildAliasTable } from './aliasTable';
import { docTypeRank } from './docTypes';
import { normalizeText } from './normalize';
import type { Postings } from './postingsBuilder';
import { PostingsBuilder } from './postingsBuilder';
import { forEachToken, tokenize } from './tokenize';
import type { IsoDate, ParsedRuleDocument } from './types';
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
  readonly articles: readonly IndexableArticle[];
}

export interface IndexableArticle {
  readonly number: string;
  readonly ordinal: number;
  readonly suffix: number;
  /** 编 / 章 / 节 path joined with " / " (as the store keeps it). */
  readonly chapter: string;
  readonly text: string;
}

export interface IndexedDocument {
  readonly title: string;
  readonly docType: string;
  readonly versionDate: IsoDate | null;
  readonly effectiveDate: IsoDate | null;
  readonly current: boolean;
  readonly status: Validity;
  /** 0 for laws, then interpretations, then everything else: ties and priors follow the hierarchy of norms. */
  readonly rank: number;
}

export interface IndexedArticle {
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

/** An in-process inverted index over character unigrams and bigrams, rebuilt from the store at start-up. */
export interface RuleIndex {
  readonly documents: readonly IndexedDocument[];
  readonly articles: readonly IndexedArticle[];
  readonly postings: ReadonlyMap<string, Postings>;
  /** Article length over the average length, for BM25's length normalization. */
  readonly relativeLength: Float32Array;
  /** Terms of each distinct (document title, chapter) pair; see `contextTerms`. */
  readonly contexts: readonly ReadonlySet<string>[];
  readonly aliases: AliasTable;
  /** `${document}:${ordinal}:${suffix}` → article index. */
  readonly byNumber: ReadonlyMap<string, number>;
}

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
export function toIndexable(parsed: ParsedRuleDocument, current = true): IndexableDocument {
  const { document } = parsed;
  return {
    title: document.title,
    docType: document.docType,
    versionDate: document.versionDate,
    effectiveDate: document.effectiveDate,
    current,
    repealed: declaresRepealed(document.extra.status),
    articles: parsed.articles.map((a) => ({ ...a, chapter: chapterLabel(a.chapterPath) })),
  };
}

export function buildIndex(input: readonly IndexableDocument[]): RuleIndex {
  const documents: IndexedDocument[] = input.map((d) => ({
    title: d.title,
    docType: d.docType,
    versionDate: d.versionDate,
    effectiveDate: d.effectiveDate ?? null,
    current: d.current ?? true,
    status: validityOf({ current: d.current ?? true, repealed: d.repealed ?? false }),
    rank: docTypeRank(d.docType),
  }));
  const articles: IndexedArticle[] = [];
  const contexts: Set<string>[] = [];
  const contextIds = new Map<string, number>();
  const byNumber = new Map<string, number>();
  const builder = new PostingsBuilder();
  const lengths: number[] = [];

  input.forEach((doc, documentIndex) => {
    for (const article of doc.articles) {
      const contextKey = `${documentIndex}\u0000${article.chapter}`;
      let context = contextIds.get(contextKey);
      if (context === undefined) {
        context = contexts.length;
        contexts.push(contextTerms(doc.title, article.chapter));
        contextIds.set(contextKey, context);
      }
      const articleIndex = articles.length;
      const normalized = normalizeText(article.text);
      const newline = normalized.indexOf('\n');
      const lead = newline < 0 ? '' : normalized.slice(0, newline);
      let leadTokens = 0;
      forEachToken(lead, () => leadTokens++);
      articles.push({
        document: documentIndex,
        number: article.number,
        ordinal: article.ordinal,
        suffix: article.suffix,
        chapter: article.chapter,
        text: article.text,
        context,
        lead,
        leadRelativeLength: leadTokens,
      });
      const key = articleKey(documentIndex, article.ordinal, article.suffix);
      if (!byNumber.has(key)) byNumber.set(key, articleIndex);

      lengths.push(builder.add(normalized));
    }
  });

  const postings = builder.finish();
  const average = lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 1;
  const relativeLength = Float32Array.from(lengths, (l) => l / (average || 1));
  const withLeads = articles.map((a) => ({ ...a, leadRelativeLength: a.leadRelativeLength / (average || 1) }));
  const aliases = buildAliasTable(documents.map((d) => d.title));
  return { documents, articles: withLeads, postings, relativeLength, contexts, aliases, byNumber };
}
