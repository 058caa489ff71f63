import type { AliasTable } from './aliasTable';
import { aliasEndingAt } from './aliasTable';
import { CHINESE_NUMERAL_CHARS, chineseToNumber } from './numerals';
import { shortNameAround, shortNameEndingAt } from './shortNames';

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
  /**
   * The citation names the version before the one in force (旧公司法, 原《公司法》, 修订前的《公司法》,
   * 修改前的民事诉讼法), as judgments of cases that span an amendment cite it.
   */
  readonly previousVersion?: boolean;
  /** A name that reads as a law's (…法, …条例, …解释) but is none in the index: the citation cites nothing. */
  readonly unknownLaw: string | undefined;
}

/**
 * Words before 第X条 shaped like a document's name, with its ordinal if it has one (刑法修正案(十一)): what a citation of
 * a law Docket does not have looks like.
 */
const LAW_SHAPED_NAME =
  /[\p{Script=Han}《》〈〉()]{1,16}?(?:法|条例|解释|规定|办法|规则|细则|修正案|决定|意见|纪要|通知|批复|答复|安排)(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]{1,3})?》?\s*$/u;

/**
 * A version written between the law's name and the article: (2021), （2021年）, (2021年修正), 〔2021〕, 2021年版,
 * 2021年修正本. Read backwards from the article number, so it is anchored at the end.
 */
const VERSION_BEFORE =
  /(?:[(〔[【]\s*((?:19|20)\d{2})\s*年?\s*(?:版|修正|修订|修正本|修订本)?\s*[)〕\]】]|((?:19|20)\d{2})\s*年?\s*(?:版|修正本|修订本|修正|修订))\s*$/;

/** A version written before the law's name: 2017年民事诉讼法, 2017年修正的《民事诉讼法》, 2012年版民诉法. */
const VERSION_BEFORE_NAME = /((?:19|20)\d{2})\s*年\s*(?:版|修正|修订)?\s*(?:的)?\s*《?$/;

/** A version written before the law's name as the one before the version in force: 旧公司法, 修订前的《公司法》. */
const PREVIOUS_BEFORE_NAME = /(?:旧|原|(?:修订|修改|修正)前的?)\s*$/;

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

/**
 * The paragraphs and items a citation names after its article (第一千零七十九条第二款第（五）项, 第六十七条第一款、第三款):
 * parts of that article, not articles.
 */
export const PARAGRAPHS_AND_ITEMS = '(?:[、和及]?第[（(]?[〇零一二三四五六七八九十百0-9]+[)）]?[款项目])*';

/**
 * Between two citations of one list (民法典第577、584条; 刑法第六十七条第三款、第五十二条, as judgments write it) or the
 * ends of a range (第一百二十二条至第一百二十四条).
 */
const LIST_GAP = new RegExp(`^${PARAGRAPHS_AND_ITEMS}\\s*(?:[、，,和及与或]|以及|至|到|[-—~～])?\\s*$`, 'u');
const RANGE_GAP = /至|到|[-—~～]/;
/** A range of more articles than this is not spelled out: the two ends are cited. */
const MAX_RANGE = 20;

export interface ReferenceOptions {
  /**
   * A query's lists and ranges: an article after a citation and a list gap is that law's (民法典第577、584条: 584
   * is 民法典's), and a range cites the articles between its ends. Statutes' texts keep their own rules
   * (`citedBy`), so the cross-references do not change with this.
   */
  readonly listsAndRanges?: boolean;
  /**
   * Also read a short name no alias matches right before 第X条 (精神损害赔偿解释第一条; see shortNames.ts): for what
   * people type, not for the library's own texts, which name what they cite in full.
   */
  readonly shortNames?: boolean;
}

/** Finds article citations in normalized query text (full-width digits already folded to ASCII). */
export function findArticleReferences(
  text: string,
  aliases: AliasTable,
  options: ReferenceOptions = {},
): ArticleReference[] {
  const references: ArticleReference[] = [];
  for (const m of text.matchAll(CITATION)) {
    const [, ordinalMark, digits = '', articleMark, suffixDigits] = m;
    const ordinal = toNumber(digits);
    const suffix = suffixDigits === undefined ? 0 : toNumber(suffixDigits);
    if (ordinal === undefined || ordinal === 0 || suffix === undefined) continue;
    const start = m.index;
    // 民诉法2021年版第…: the year of a version, not an article; 民法典第一编, 民诉法第十三章: a part, not an article.
    if (!articleMark && /^\s*(?:年|分?编|章|节|部分)/.test(text.slice(start + m[0].length))) continue;
    const version = versionBefore(text, start);
    const nameEnd = version ? version.start : start;
    const previous = references[references.length - 1];
    const exact = aliasEndingAt(aliases, text, nameEnd);
    const from = previous?.end ?? 0;
    const law =
      options.shortNames && ordinalMark && articleMark
        ? exact
          ? (shortNameAround(aliases, text, nameEnd, from, exact) ?? exact)
          : shortNameEndingAt(aliases, text, nameEnd, from)
        : exact;
    // Only with 条: 民法典第1079条第三款 is one citation, its 第三 no article.
    const listed =
      options.listsAndRanges && articleMark && !law && previous && previous.lawTargets.length > 0
        ? LIST_GAP.test(text.slice(previous.end, start))
        : false;
    // A year with no law name before it is a date, not a version.
    const versionAhead = law && !version ? versionBeforeName(text, law.start) : undefined;
    const versionYear = law ? (version?.year ?? versionAhead?.year) : listed ? previous?.versionYear : undefined;
    const previousAhead =
      law && versionYear === undefined
        ? PREVIOUS_BEFORE_NAME.exec(text.slice(Math.max(0, law.start - 4), law.start))
        : undefined;
    const previousVersion = law ? Boolean(previousAhead) : listed && previous?.previousVersion === true;
    // "3条" alone is a count, not a citation; "第164条", "民法典1079条" and "民诉法164" are citations. Without
    // 条, only a law name followed by 第 or by digits counts, so 刑法三百 and 第三百 stay words.
    const named = Boolean(law) || listed;
    const cited = articleMark
      ? named || Boolean(ordinalMark)
      : named && Boolean(ordinalMark || /^[0-9]+$/.test(digits));
    if (!cited) continue;
    const unknown = named ? undefined : LAW_SHAPED_NAME.exec(text.slice(Math.max(0, start - 16), start));
    const reference: ArticleReference = {
      start: law
        ? (versionAhead?.start ?? law.start - (previousAhead?.[0].length ?? 0))
        : unknown
          ? start - unknown[0].length
          : start,
      end: start + m[0].length,
      ordinal,
      suffix,
      lawAlias: law ? law.alias : listed ? previous?.lawAlias : undefined,
      lawTargets: law ? law.targets : listed ? (previous?.lawTargets ?? []) : [],
      versionYear,
      ...(previousVersion ? { previousVersion } : {}),
      unknownLaw: unknown?.[0].replace(/[《》\s]/g, ''),
    };
    if (listed && previous && RANGE_GAP.test(text.slice(previous.end, start)))
      references.push(...between(previous, reference));
    references.push(reference);
  }
  return references;
}

function versionBeforeName(text: string, nameStart: number): { start: number; year: number } | undefined {
  const m = VERSION_BEFORE_NAME.exec(text.slice(Math.max(0, nameStart - 12), nameStart));
  return m ? { start: nameStart - m[0].length, year: Number(m[1]) } : undefined;
}

/** The articles strictly between the two ends of a range (第122条至第124条 → 第123条), when they are few. */
function between(from: ArticleReference, to: ArticleReference): ArticleReference[] {
  if (from.suffix !== 0 || to.suffix !== 0 || to.ordinal - from.ordinal > MAX_RANGE) return [];
  const inner: ArticleReference[] = [];
  for (let ordinal = from.ordinal + 1; ordinal < to.ordinal; ordinal++)
    inner.push({ ...to, start: from.end, end: from.end, ordinal });
  return inner;
}
