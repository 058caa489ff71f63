import { CaseNumberError, type CaseNumberErrorCode } from './errors';
import {
  courtLevelOf,
  MISTAKEN_PROVINCE_CODES,
  PROVINCE_CODES,
  SUPREME_COURT_CODE,
  type CourtLevel,
} from './courtCodes';
import { parseSuffix } from './suffix';
import { typeCodeInfo, type TypeCodeCategory } from './typeCodes';
import { toSimplified } from '../chineseScript';
import { legacyTypeCode, SPC_DEATH_PENALTY_REVIEW } from './legacyTypeCodes';

/** The first year of the 2016 案号 format (案号规定, in force 2016-01-01). */
const NEW_FORMAT_FIRST_YEAR = 2016;

export interface ParsedCaseNumber {
  /** Exactly what was given. */
  readonly input: string;
  /** The case's identity: full-width brackets, no spaces, no 之一 suffix. Idempotent under parsing. */
  readonly normalized: string;
  /** `normalized` plus the suffix, for showing the document's own number. */
  readonly full: string;
  readonly year: number;
  /** 法院代字 with its digits (京0105, 京01, 京, 最高法); for legacy numbers, the old abbreviation (海). */
  readonly courtCode: string;
  /** null for legacy numbers, whose court abbreviations follow no national scheme. */
  readonly courtLevel: CourtLevel | null;
  /** 专门审判代字, e.g. 知 (2018 amendment). */
  readonly specialCode: string | null;
  readonly typeCode: string;
  /**
   * The 2015 catalogue's code for this kind of case: the type code itself for current numbers, the
   * corresponding code for a legacy one (刑执 → 刑更, 民一初 → 民初), null for a legacy code Docket
   * cannot read (kept as written). Stored as the case's type code, so 审限 and metrics follow it.
   */
  readonly currentTypeCode: string | null;
  /** The category of `currentTypeCode`; null when there is none. */
  readonly typeCategory: TypeCodeCategory | null;
  readonly sequence: number;
  /** 之一, 之二 …; a "-1" suffix normalises to 之一. */
  readonly suffix: string | null;
  /** A pre-2016 "字第" number: recognised, but not a new-format number. */
  readonly legacy: boolean;
}

export interface CaseNumberOptions {
  /** Reject years after this one. The domain has no clock, so the caller says what "now" is. */
  readonly currentYear?: number;
  /** Type codes a court uses beyond the national catalogue (e.g. 诉前调确); accepted as-is. */
  readonly extraTypeCodes?: readonly string[];
  /** 专门审判代字 beyond 知. */
  readonly extraSpecialCodes?: readonly string[];
}

export type CaseNumberResult =
  { readonly ok: true; readonly value: ParsedCaseNumber } | { readonly ok: false; readonly error: CaseNumberError };

const SPECIAL_CODES: readonly string[] = ['知'];
const OPEN_BRACKETS = '(（〔[【';
const CLOSE_BRACKETS = ')）〕]】';

class Reject {
  constructor(
    readonly code: CaseNumberErrorCode,
    readonly zh: string,
    readonly en: string,
  ) {}
}

function isAsciiDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** Full-width digits and brackets become ASCII (NFKC), traditional forms simplified (執 → 执), and all whitespace goes. */
function clean(input: string): string {
  return toSimplified(input.normalize('NFKC').replace(/\s+/g, ''));
}

/** Parses a 案号 without throwing; the error, if any, is a CaseNumberError. */
export function tryParseCaseNumber(input: unknown, options: CaseNumberOptions = {}): CaseNumberResult {
  if (typeof input !== 'string') {
    // Describe, never stringify: an arbitrary object's toString could throw.
    return fail(`[${typeof input}]`, new Reject('not_a_string', '案号须为文本', 'a case number must be a string'));
  }
  const outcome = parseClean(clean(input), input, options);
  return outcome instanceof Reject ? fail(input, outcome) : { ok: true, value: outcome };
}

/** The type code a case is stored and judged by: the current one a legacy code corresponds to, else as written. */
export function caseTypeCode(number: ParsedCaseNumber): string {
  return number.currentTypeCode ?? number.typeCode;
}

/** Parses a 案号; throws CaseNumberError (and nothing else) when it is not valid. */
export function parseCaseNumber(input: unknown, options: CaseNumberOptions = {}): ParsedCaseNumber {
  const result = tryParseCaseNumber(input, options);
  if (!result.ok) throw result.error;
  return result.value;
}

/** The canonical form of a 案号 (see ParsedCaseNumber.normalized); throws CaseNumberError. */
export function normalizeCaseNumber(input: unknown, options: CaseNumberOptions = {}): string {
  return parseCaseNumber(input, options).normalized;
}

export type CourtCodeResult =
  | { readonly ok: true; readonly code: string; readonly level: CourtLevel }
  | { readonly ok: false; readonly error: CaseNumberError };

/**
 * A 法院代字 on its own (内0291, 京01, 京, 最高法), as a court registers itself: the same rules as the
 * court part of a 案号, so every case number the court files carries exactly this code.
 */
export function tryParseCourtCode(input: string): CourtCodeResult {
  const text = clean(input);
  if (text === '' || isAsciiDigit(text[0]))
    return {
      ok: false,
      error: new CaseNumberError(
        'missing_court_code',
        '缺少法院代字（如 内0291）',
        'the court code is missing (e.g. 内0291)',
        input,
      ),
    };
  const court = readCourt(text);
  if (court instanceof Reject) return { ok: false, error: new CaseNumberError(court.code, court.zh, court.en, input) };
  if (court.end !== text.length) {
    const rest = text.slice(court.end);
    return {
      ok: false,
      error: new CaseNumberError(
        'trailing_text',
        `法院代字“${court.code}”后多出“${rest}”`,
        `unexpected "${rest}" after court code "${court.code}"`,
        input,
      ),
    };
  }
  return { ok: true, code: court.code, level: court.level };
}

function fail(input: string, reject: Reject): CaseNumberResult {
  return { ok: false, error: new CaseNumberError(reject.code, reject.zh, reject.en, input) };
}

function parseClean(text: string, input: string, options: CaseNumberOptions): ParsedCaseNumber | Reject {
  if (text === '') return new Reject('empty', '案号为空', 'the case number is empty');
  const year = readYear(text);
  if (year instanceof Reject) return year;
  const body = text.slice(year.end);
  if (year.value < NEW_FORMAT_FIRST_YEAR) {
    if (body.includes('字第')) return parseLegacy(body, year.value, input);
    const review = SPC_DEATH_PENALTY_REVIEW.exec(body);
    if (review !== null) return parseDeathPenaltyReview(review, year.value, input);
    return new Reject(
      'year_before_new_format',
      `年份${year.value}早于2016年：现行案号格式自2016年1月1日起施行，此前的案号应为“字第”格式`,
      `year ${year.value} is before 2016: the current format took effect on 2016-01-01 (earlier numbers use "字第")`,
    );
  }
  const future = checkFutureYear(year.value, options);
  if (future !== null) return future;
  if (/[字第]/.test(body)) return writtenWithZiDi(body, year.value, input, options);

  const court = readCourt(body);
  if (court instanceof Reject) return court;
  const rest = body.slice(court.end);
  const codeEnd = indexOfSequence(rest);
  const codes = readCodes(rest.slice(0, codeEnd), options);
  if (codes instanceof Reject) return codes;
  const tail = readSequenceAndSuffix(rest.slice(codeEnd), codes.typeCode);
  if (tail instanceof Reject) return tail;

  const sequenceText = codes.typeCode === '刑核' ? String(tail.sequence).padStart(8, '0') : String(tail.sequence);
  const normalized = `（${year.value}）${court.code}${codes.specialCode ?? ''}${codes.typeCode}${sequenceText}号`;
  return {
    input,
    normalized,
    full: normalized + (tail.suffix ?? ''),
    year: year.value,
    courtCode: court.code,
    courtLevel: court.level,
    specialCode: codes.specialCode,
    typeCode: codes.typeCode,
    currentTypeCode: codes.typeCode,
    typeCategory: typeCodeInfo(codes.typeCode)?.category ?? null,
    sequence: tail.sequence,
    suffix: tail.suffix,
    legacy: false,
  };
}

/**
 * A 2016-or-later number written the old way (民初字第1234号, 民初第1234号): say exactly that, with the
 * number as it should be written when the rest of it is sound.
 */
function writtenWithZiDi(body: string, year: number, input: string, options: CaseNumberOptions): Reject {
  const rewritten = `（${year}）${body.replace(/字第|字|第(?=\d)/g, '')}`;
  const parsed = /[字第]/.test(rewritten.slice(6)) ? null : parseClean(rewritten, input, options);
  const correct = parsed === null || parsed instanceof Reject ? null : parsed.full;
  return new Reject(
    'legacy_format_after_2015',
    correct === null
      ? `2016年起的案号不写“字”和“第”（“字第”是2016年以前的旧式案号），${year}年的案件应写作如“（${year}）京0105民初1234号”`
      : `2016年起的案号不写“字”和“第”（“字第”是2016年以前的旧式案号）：应写作“${correct}”`,
    correct === null
      ? `numbers from 2016 on are written without 字 and 第 (字第 is the pre-2016 format), e.g. （${year}）京0105民初1234号`
      : `numbers from 2016 on are written without 字 and 第 (字第 is the pre-2016 format): write "${correct}"`,
  );
}

function readYear(text: string): { value: number; end: number } | Reject {
  const first = text[0] as string;
  if (!OPEN_BRACKETS.includes(first)) {
    return isAsciiDigit(first)
      ? new Reject(
          'year_not_bracketed',
          '年份须写在括号内，如“（2024）”',
          'the year must be in brackets, e.g. （2024）',
        )
      : new Reject(
          'missing_open_bracket',
          '案号须以括号括起的年份开头，如“（2024）”',
          'a case number starts with the year in brackets, e.g. （2024）',
        );
  }
  let end = 1;
  while (end < text.length && !CLOSE_BRACKETS.includes(text[end] as string)) end++;
  if (end === text.length)
    return new Reject('missing_close_bracket', '年份缺少右括号', 'the year has no closing bracket');
  const yearText = text.slice(1, end);
  if (!/^\d{4}$/.test(yearText)) {
    return new Reject(
      'year_not_four_digits',
      `年份须为四位数字，实为 "${yearText}"`,
      `the year must be four digits, got "${yearText}"`,
    );
  }
  return { value: Number(yearText), end: end + 1 };
}

function checkFutureYear(year: number, options: CaseNumberOptions): Reject | null {
  if (options.currentYear === undefined || year <= options.currentYear) return null;
  return new Reject(
    'year_in_future',
    `年份${year}晚于当前年份${options.currentYear}`,
    `year ${year} is after the current year ${options.currentYear}`,
  );
}

function readCourt(body: string): { code: string; level: CourtLevel; end: number } | Reject {
  if (body.startsWith(SUPREME_COURT_CODE))
    return { code: SUPREME_COURT_CODE, level: 'supreme', end: SUPREME_COURT_CODE.length };
  const head = body[0];
  if (head === undefined || isAsciiDigit(head)) {
    return new Reject('missing_court_code', '年份后缺少法院代字', 'the court code is missing after the year');
  }
  const mistaken = MISTAKEN_PROVINCE_CODES.get(head);
  if (mistaken !== undefined) {
    return new Reject(
      'wrong_court_abbreviation',
      `法院代字“${head}”无效：${mistaken.province}的法院代字为“${mistaken.code}”`,
      `court code "${head}" is invalid: courts in ${mistaken.province} use "${mistaken.code}"`,
    );
  }
  if (!PROVINCE_CODES.has(head)) {
    return new Reject('unknown_court_code', `未知法院代字“${head}”`, `unknown court code "${head}"`);
  }
  let end = 1;
  while (isAsciiDigit(body[end])) end++;
  const digits = body.slice(1, end);
  if (digits.length !== 0 && digits.length !== 2 && digits.length !== 4) {
    return new Reject(
      'court_digits_length',
      `法院代字的数字须为2位(中级法院)或4位(基层法院)，实为${digits.length}位“${digits}”`,
      `court code digits must be 2 (intermediate court) or 4 (basic court), got ${digits.length} ("${digits}")`,
    );
  }
  return { code: head + digits, level: courtLevelOf(digits), end };
}

function indexOfSequence(rest: string): number {
  let end = 0;
  while (end < rest.length && !isAsciiDigit(rest[end]) && rest[end] !== '号') end++;
  return end;
}

/**
 * The whole run of characters between the court code and the number must be one catalogue code
 * (optionally after a 专门审判代字): matching the entire run is longest-match by construction, and it
 * lets the error name the unknown code exactly as written (未知类型代字 "执初").
 */
function readCodes(run: string, options: CaseNumberOptions): { specialCode: string | null; typeCode: string } | Reject {
  if (run === '') return new Reject('missing_type_code', '缺少类型代字', 'the case type code is missing');
  if (isTypeCode(run, options)) return { specialCode: null, typeCode: run };
  const specialCodes = [...SPECIAL_CODES, ...(options.extraSpecialCodes ?? [])];
  const special = specialCodes.find((code) => run.startsWith(code) && isTypeCode(run.slice(code.length), options));
  if (special !== undefined) return { specialCode: special, typeCode: run.slice(special.length) };
  if (run === '司救') {
    return new Reject(
      'judicial_aid_without_suffix',
      '“司救”须带案件类别后缀(司救刑、司救民、司救行、司救赔、司救执、司救访、司救他)',
      '"司救" needs a category suffix (司救刑, 司救民, 司救行, 司救赔, 司救执, 司救访, 司救他)',
    );
  }
  return new Reject('unknown_type_code', `未知类型代字 "${run}"`, `unknown case type code "${run}"`);
}

function isTypeCode(code: string, options: CaseNumberOptions): boolean {
  return typeCodeInfo(code) !== undefined || (options.extraTypeCodes?.includes(code) ?? false);
}

function readSequenceAndSuffix(tail: string, typeCode: string): { sequence: number; suffix: string | null } | Reject {
  let end = 0;
  while (isAsciiDigit(tail[end])) end++;
  const digits = tail.slice(0, end);
  if (digits === '') return new Reject('missing_sequence', '缺少案件编号', 'the case sequence number is missing');
  const after = tail.slice(end);
  if (!after.startsWith('号')) {
    return after === ''
      ? new Reject('missing_hao', '案号须以“号”结尾', 'a case number ends with "号"')
      : new Reject(
          'trailing_text',
          `案件编号后有无法识别的内容“${after}”`,
          `unrecognised text after the sequence number: "${after}"`,
        );
  }
  if (typeCode === '刑核') {
    if (digits.length !== 8) {
      return new Reject(
        'criminal_review_sequence',
        `刑核案件编号须为8位数字，实为${digits.length}位`,
        `刑核 numbers have 8 digits, got ${digits.length}`,
      );
    }
  } else if (/^0+$/.test(digits)) {
    return new Reject(
      'sequence_zero',
      '案件编号须为从1开始的自然数',
      'the sequence number must be a natural number starting at 1',
    );
  } else if (digits.startsWith('0')) {
    return new Reject(
      'sequence_leading_zero',
      `案件编号不得以0开头(“${digits}”)`,
      `the sequence number must not start with 0 ("${digits}")`,
    );
  }
  const suffix = parseSuffix(after.slice(1));
  if (suffix === undefined) {
    return new Reject(
      'trailing_text',
      `“号”后有无法识别的内容“${after.slice(1)}”`,
      `unrecognised text after "号": "${after.slice(1)}"`,
    );
  }
  return { sequence: Number(digits), suffix };
}

function parseLegacy(body: string, year: number, input: string): ParsedCaseNumber | Reject {
  if (year >= NEW_FORMAT_FIRST_YEAR) {
    return new Reject(
      'legacy_format_after_2015',
      `“字第”是2016年以前的旧式案号，${year}年的案件应使用现行格式(如“民初1234号”)`,
      `"字第" is the pre-2016 format; a ${year} case must use the current format (e.g. 民初1234号)`,
    );
  }
  const match = /^(.+)字第(\d+)号(.*)$/.exec(body);
  if (match === null) return new Reject('missing_hao', '旧式案号须为“…字第N号”', 'a legacy number reads "…字第N号"');
  const [, head = '', digits = '', after = ''] = match;
  const split = splitLegacyHead(head);
  const sequence = Number(digits);
  if (sequence === 0)
    return new Reject(
      'sequence_zero',
      '案件编号须为从1开始的自然数',
      'the sequence number must be a natural number starting at 1',
    );
  const suffix = parseSuffix(after);
  if (suffix === undefined) {
    return new Reject('trailing_text', `“号”后有无法识别的内容“${after}”`, `unrecognised text after "号": "${after}"`);
  }
  return legacyNumber(input, year, split, sequence, `${split.typeCode}字第${sequence}号`, suffix);
}

function legacyNumber(
  input: string,
  year: number,
  split: LegacyHead,
  sequence: number,
  written: string,
  suffix: string | null,
): ParsedCaseNumber {
  const normalized = `（${year}）${split.court}${written}`;
  return {
    input,
    normalized,
    full: normalized + (suffix ?? ''),
    year,
    courtCode: split.court,
    // Before 2016 only the SPC's numbers carried no court abbreviation: （2015）民申字第2633号.
    courtLevel: split.court === '' && split.current !== null ? 'supreme' : null,
    specialCode: null,
    typeCode: split.typeCode,
    currentTypeCode: split.current,
    typeCategory: split.current === null ? null : (typeCodeInfo(split.current)?.category ?? null),
    sequence,
    suffix,
    legacy: true,
  };
}

/** （2010）刑五复66820039号: an SPC 死刑复核 number, which had neither court abbreviation nor 字第. */
function parseDeathPenaltyReview(match: RegExpExecArray, year: number, input: string): ParsedCaseNumber | Reject {
  const [, typeCode = '', digits = '', after = ''] = match;
  const suffix = parseSuffix(after);
  if (suffix === undefined)
    return new Reject('trailing_text', `“号”后有无法识别的内容“${after}”`, `unrecognised text after "号": "${after}"`);
  const split = { court: '', typeCode, current: '刑核' };
  return legacyNumber(input, year, split, Number(digits), `${typeCode}${digits}号`, suffix);
}

interface LegacyHead {
  readonly court: string;
  readonly typeCode: string;
  readonly current: string | null;
}

/**
 * Legacy court abbreviations were local (海, 杭, 一中, 沪高), and the SPC's numbers had none, so the type
 * code is the longest tail that reads as a catalogue code or an old one (杭刑执 is 杭 + 刑执, not 杭刑 + 执).
 * A head with no such tail is a local code Docket does not know: kept whole, as written.
 */
function splitLegacyHead(head: string): LegacyHead {
  for (let start = 0; start < head.length; start++) {
    const typeCode = head.slice(start);
    const current = typeCodeInfo(typeCode)?.code ?? legacyTypeCode(typeCode)?.current;
    if (current !== undefined) return { court: head.slice(0, start), typeCode, current };
  }
  return { court: '', typeCode: head, current: null };
}
