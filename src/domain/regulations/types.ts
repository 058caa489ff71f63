/** Plain data shared by the regulation parser, the index and its callers (the store import, the CLI, `/rule`). */

/** `YYYY-MM-DD`, Asia/Shanghai. */
export type IsoDate = string;

/** 法律 | 司法解释 | 行政法规 | 本院规定 … — open-ended: a court's own rules bring their own kinds. */
export type DocType = string;

export interface RegulationDocumentMeta {
  readonly title: string;
  readonly docType: DocType;
  readonly versionDate: IsoDate | null;
  readonly effectiveDate: IsoDate | null;
  /** Front-matter fields the parser does not interpret (category, source …), kept as strings. */
  readonly extra: Readonly<Record<string, string>>;
}

export interface RegulationArticle {
  /** Exactly as written: 第一百三十三条之一. */
  readonly number: string;
  readonly ordinal: number;
  /** 之Y → Y; 0 when absent. */
  readonly suffix: number;
  /** Headings above the article, outermost first: ['第二编 审判程序', '第十三章 简易程序']. */
  readonly chapterPath: readonly string[];
  readonly text: string;
}

export interface ParsedRegulationDocument {
  readonly document: RegulationDocumentMeta;
  /** Text between the title and the first article or heading (history lines, preamble). */
  readonly preamble: string;
  readonly articles: readonly RegulationArticle[];
}

/** The store keeps the chapter path as one string; this is the one place that joins it. */
const CHAPTER_SEPARATOR = ' / ';

export function chapterLabel(path: readonly string[]): string {
  return path.join(CHAPTER_SEPARATOR);
}
