import type { AliasTable } from './aliasTable';
import { aliasEndingAt } from './aliasTable';
import { CHINESE_NUMERAL_CHARS, chineseToNumber } from './numerals';

/** A citation of one article found in a query: 民诉法第一百六十四条, 民法典1079条, 刑诉法 208 条, 第133条之一. */
export interface ArticleReference {
  readonly start: number;
  readonly end: number;
  readonly ordinal: number;
  readonly suffix: number;
  /** The law name as written, when the citation names one. */
  readonly lawAlias: string | undefined;
  /** Indexes of the documents the name may mean; empty when no law is named. */
  readonly lawTargets: readonly number[];
}

const NUMBER = `[0-9]+|[${CHINESE_NUMERAL_CHARS}]+`;
const CITATION = new RegExp(`(第\\s*)?(${NUMBER})\\s*(条)?(?:\\s*之\\s*(${NUMBER}))?`, 'g');

function toNumber(text: string): number | undefined {
  return /^[0-9]+$/.test(text) ? Number(text) : chineseToNumber(text);
}

/** Finds article citations in normalized query text (full-width digits already folded to ASCII). */
export function findArticleReferences(text: string, aliases: AliasTable): ArticleReference[] {
  const references: ArticleReference[] = [];
  for (const m of text.matchAll(CITATION)) {
    const [, ordinalMark, digits = '', articleMark, suffixDigits] = m;
    const ordinal = toNumber(digits);
    const suffix = suffixDigits === undefined ? 0 : toNumber(suffixDigits);
    if (ordinal === undefined || ordinal === 0 || suffix === undefined) continue;
    const start = m.index;
    const law = aliasEndingAt(aliases, text, start);
    // "3条" alone is a count, not a citation; "第164条", "民法典1079条" and "民诉法164" are citations. Without
    // 条, only a law name followed by 第 or by digits counts, so 刑法三百 and 第三百 stay words.
    const cited = articleMark ? Boolean(law || ordinalMark) : Boolean(law && (ordinalMark || /^[0-9]+$/.test(digits)));
    if (!cited) continue;
    references.push({
      start: law ? law.start : start,
      end: start + m[0].length,
      ordinal,
      suffix,
      lawAlias: law?.alias,
      lawTargets: law?.targets ?? [],
    });
  }
  return references;
}
