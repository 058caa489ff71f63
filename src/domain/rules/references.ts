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
// 第 is optional (民法典1079条); 条 is not, or any number in a query would look like a citation.
const CITATION = new RegExp(`(第\\s*)?(${NUMBER})\\s*条(?:\\s*之\\s*(${NUMBER}))?`, 'g');

function toNumber(text: string): number | undefined {
  return /^[0-9]+$/.test(text) ? Number(text) : chineseToNumber(text);
}

/** Finds article citations in normalized query text (full-width digits already folded to ASCII). */
export function findArticleReferences(text: string, aliases: AliasTable): ArticleReference[] {
  const references: ArticleReference[] = [];
  for (const m of text.matchAll(CITATION)) {
    const ordinal = toNumber(m[2] ?? '');
    const suffix = m[3] === undefined ? 0 : toNumber(m[3]);
    if (ordinal === undefined || ordinal === 0 || suffix === undefined) continue;
    const start = m.index;
    const law = aliasEndingAt(aliases, text, start);
    // Without 第 and without a law name, "3条" is more likely a count ("三条规定") than a citation.
    if (!law && !m[1]) continue;
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
