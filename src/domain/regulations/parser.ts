import { splitFrontMatter, frontMatterDate } from './frontMatter';
import { HeadingLevel, isPlainHeadingLine, readHeading } from './headings';
import { CHINESE_NUMERAL_CHARS, parseArticleNumber } from './numerals';
import { normalizeText } from './normalize';
import type { ParsedRegulationDocument, RegulationArticle, RegulationDocumentMeta } from './types';

type RegulationParseErrorKind = 'invalid-front-matter' | 'no-title' | 'no-articles';

export interface RegulationParseError {
  readonly kind: RegulationParseErrorKind;
  /** One sentence for the person importing the file. */
  readonly reason: string;
}

export type RegulationParseResult =
  | { readonly ok: true; readonly value: ParsedRegulationDocument }
  | { readonly ok: false; readonly error: RegulationParseError };

export interface ParseOptions {
  /** Used when neither front matter nor a `# ` heading gives the title (e.g. the file name without extension). */
  readonly fallbackTitle?: string;
  /** Used when the front matter has no doc_type. */
  readonly defaultDocType?: string;
}

/**
 * An article line: 第X条 or 第X条之Y, then whitespace (ASCII or ideographic) or the end of the line. Requiring the
 * separator keeps body sentences that begin with a citation (第五十九条第三款规定…) inside their article.
 */
const ARTICLE_LINE = new RegExp(
  `^\\s*(第[${CHINESE_NUMERAL_CHARS}0-9０-９]+条(?:之[${CHINESE_NUMERAL_CHARS}0-9０-９]+)?)(?:[ \\t\\u3000]+|$)(.*)$`,
);
const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

interface OpenHeading {
  readonly text: string;
  readonly level: HeadingLevel;
}

class ArticleCollector {
  readonly articles: RegulationArticle[] = [];
  private path: OpenHeading[] = [];
  /** Markdown depth → level, learnt from labelled headings, to place unlabelled ones (附则, 一、管辖). */
  private readonly levelByDepth = new Map<number, HeadingLevel>();
  private current:
    { number: string; ordinal: number; suffix: number; chapterPath: string[]; lines: string[] } | undefined;

  heading(rawText: string, depth: number | undefined): void {
    this.flush();
    const heading = readHeading(rawText);
    let level = heading.level;
    if (level !== undefined && depth !== undefined) this.levelByDepth.set(depth, level);
    if (level === undefined)
      level = (depth !== undefined ? this.levelByDepth.get(depth) : undefined) ?? HeadingLevel.Chapter;
    this.path = [...this.path.filter((h) => h.level < level), { text: heading.text, level }];
  }

  article(number: string, firstLine: string): boolean {
    const parsed = parseArticleNumber(normalizeText(number));
    if (!parsed) return false;
    this.flush();
    this.current = {
      number,
      ...parsed,
      chapterPath: this.path.map((h) => h.text),
      lines: firstLine ? [firstLine] : [],
    };
    return true;
  }

  /** Returns false when no article is open, so the caller can treat the line as preamble. */
  line(text: string): boolean {
    if (!this.current) return false;
    this.current.lines.push(text);
    return true;
  }

  flush(): void {
    if (!this.current) return;
    const { lines, ...rest } = this.current;
    // Sources separate paragraphs (款) with blank lines; one newline per paragraph is enough.
    this.articles.push({
      ...rest,
      text: lines
        .map((l) => l.trim())
        .filter(Boolean)
        .join('\n'),
    });
    this.current = undefined;
  }
}

function documentMeta(
  fields: Readonly<Record<string, string>>,
  title: string,
  options: ParseOptions,
): RegulationDocumentMeta {
  const known = new Set(['title', 'doc_type', 'version_date', 'effective_date']);
  const extra = Object.fromEntries(Object.entries(fields).filter(([key]) => !known.has(key)));
  return {
    title,
    docType: fields.doc_type ?? options.defaultDocType ?? '',
    versionDate: frontMatterDate(fields.version_date),
    effectiveDate: frontMatterDate(fields.effective_date),
    extra,
  };
}

/**
 * Parses a law, interpretation or court rule written as Markdown or plain text into its articles.
 * Structure comes from the words of each line (第X条, 第X章 …), so the same parser reads both formats.
 */
export function parseRegulationDocument(text: string, options: ParseOptions = {}): RegulationParseResult {
  const front = splitFrontMatter(text);
  if (!front.ok) return { ok: false, error: { kind: 'invalid-front-matter', reason: front.reason } };
  const { fields, body } = front.value;

  let title = fields.title?.trim() || undefined;
  const collector = new ArticleCollector();
  const preamble: string[] = [];
  let seenStructure = false;

  for (const rawLine of body.split(/\r?\n/)) {
    const line = rawLine.replace(/[\u200b-\u200d\ufeff]/g, '').trimEnd();
    const markdown = MARKDOWN_HEADING.exec(line);
    if (markdown) {
      const headingText = markdown[2] ?? '';
      const depth = markdown[1]?.length ?? 1;
      // The first top-level heading before any structure is the document title, not a chapter.
      if (depth === 1 && !seenStructure && (title === undefined || readHeading(headingText).text === title)) {
        title ??= headingText.trim();
        continue;
      }
      collector.heading(headingText, depth);
      seenStructure = true;
      continue;
    }
    const article = ARTICLE_LINE.exec(line);
    if (article?.[1] && collector.article(article[1], (article[2] ?? '').trim())) {
      seenStructure = true;
      continue;
    }
    if (isPlainHeadingLine(line)) {
      collector.heading(line, undefined);
      seenStructure = true;
      continue;
    }
    if (collector.line(line) || seenStructure || !line.trim()) continue;
    // A plain-text file opens with its title line: short, not a sentence.
    if (title === undefined && preamble.length === 0 && line.trim().length <= 60 && !/[。；，：]/.test(line)) {
      title = line.trim();
      continue;
    }
    preamble.push(line.trim());
  }
  collector.flush();

  title ??= options.fallbackTitle?.trim() || undefined;
  if (!title)
    return {
      ok: false,
      error: { kind: 'no-title', reason: 'no title: add front matter `title:` or a `# title` line' },
    };
  if (collector.articles.length === 0) {
    return {
      ok: false,
      error: {
        kind: 'no-articles',
        reason: 'no articles found: no line starts with 第X条 followed by a space (e.g. "第一条 为了…")',
      },
    };
  }
  return {
    ok: true,
    value: {
      document: documentMeta(fields, title, options),
      preamble: preamble.join('\n'),
      articles: collector.articles,
    },
  };
}
