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
  /** The year of the version the citation names (民诉法(2021)第二百零三条, 民诉法2021年版第…), if it names one. */
  readonly versionYear: number | undefined;
  /** A name that reads as a law's (…法, …条例, …解释) but is none in the index: the citation cites nothing. */
  readonly unknownLaw: string | undefined;
}

/** Words before 第X条 shaped like a document's name: what a citation of a law Docket does not have looks like. */
const LAW_SHAPED_NAME = /[\p{Script=Han}《》〈〉()]{1,16}?(?:法|条例|解释|规定|办法|规则|细则)》?\s*$/u;

/**
 * A version written between the law's name and the article: (2021), （2021年）, (2021年修正), 〔2021〕, 2021年版,
 * 2021年修正本. Read backwards from the article number, so it is anchored at the end.
 */
const VERSION_BEFORE =
  /(?:[(〔[【]\s*((?:19|20)\d{2})\s*年?\s*(?:版|修正|修订|修正本|修订本)?\s*[)〕\]】]|((?:19|20)\d{2})\s*年?\s*(?:版|修正本|修订本|修正|修订))\s*$/;

/** The version marker ending at `end`, if any: its start and year. */
function versionBefore(text: string, end: number): { start: number; year: number } | undefined {
  const m = VERSION_BEFORE.exec(text.slice(Math.max(0, end - 16), end));
  if (!m) return undefined;
  return { start: end - m[0].length, year: Number(m[1] ?? m[2]) };
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
    // 民诉法2021年版第…: the year of a version, not an article.
    if (!articleMark && /^\s*年/.test(text.slice(start + m[0].length))) continue;
    const version = versionBefore(text, start);
    const law = aliasEndingAt(aliases, text, version ? version.start : start);
    // A year with no law name before it is a date, not a version.
    const versionYear = law ? version?.year : undefined;
    // "3条" alone is a count, not a citation; "第164条", "民法典1079条" and "民诉法164" are citations. Without
    // 条, only a law name followed by 第 or by digits counts, so 刑法三百 and 第三百 stay words.
    const cited = articleMark ? Boolean(law || ordinalMark) : Boolean(law && (ordinalMark || /^[0-9]+$/.test(digits)));
    if (!cited) continue;
    const unknown = law ? undefined : LAW_SHAPED_NAME.exec(text.slice(Math.max(0, start - 16), start));
    references.push({
      start: law ? law.start : unknown ? start - unknown[0].length : start,
      end: start + m[0].length,
      ordinal,
      suffix,
      lawAlias: law?.alias,
      lawTargets: law?.targets ?? [],
      versionYear,
      unknownLaw: unknown?.[0].replace(/[《》\s]/g, ''),
    });
  }
  return references;
}
