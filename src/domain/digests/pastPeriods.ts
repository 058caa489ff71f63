import { epochDayFromCivil, toEpochDay, toIsoDate, weekdayOf, type IsoDate } from '../dates';
import { isoWeekOf, monthOf, previousMonth, previousWeek, yearOf, yearToDate, type ReportPeriod } from './periods';

/** The kinds of period a report or /rankings can be about. */
export type ReportPeriodKind = 'week' | 'month' | 'quarter' | 'year';

/** Every period a report compares. */
export interface ReportPeriods {
  readonly kind: ReportPeriodKind;
  readonly current: ReportPeriod;
  readonly previous: ReportPeriod;
  readonly yearToDate: ReportPeriod;
  /** 同比: the same period a year before, when the report compares with it. */
  readonly lastYear?: ReportPeriod;
}

/** A period of a kind; `to` may be cut short at today for a period still running (本月, 今年). */
export interface KindedPeriod {
  readonly kind: ReportPeriodKind;
  readonly period: ReportPeriod;
}

const pad = (value: number): string => String(value).padStart(2, '0');

export function quarterOf(day: IsoDate): ReportPeriod {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  const firstMonth = (quarter - 1) * 3 + 1;
  return {
    key: `${year}-Q${quarter}`,
    from: `${year}-${pad(firstMonth)}-01`,
    to: monthOf(`${year}-${pad(firstMonth + 2)}-01`).to,
  };
}

function periodOf(kind: ReportPeriodKind, day: IsoDate): ReportPeriod {
  switch (kind) {
    case 'week':
      return isoWeekOf(day);
    case 'month':
      return monthOf(day);
    case 'quarter':
      return quarterOf(day);
    case 'year':
      return yearOf(day);
  }
}

const dayBefore = (day: IsoDate): IsoDate => toIsoDate(toEpochDay(day) - 1);

/** The whole period before (环比's base): the week, month, quarter or year before this one. */
export function previousOf(kind: ReportPeriodKind, period: ReportPeriod): ReportPeriod {
  switch (kind) {
    case 'week':
      return previousWeek(period);
    case 'month':
      return previousMonth(period);
    default:
      return periodOf(kind, dayBefore(period.from));
  }
}

/** The same day a year earlier; 29 February falls back to the 28th. */
function aYearBefore(day: IsoDate): IsoDate {
  const year = Number(day.slice(0, 4)) - 1;
  const month = Number(day.slice(5, 7));
  const dayOfMonth = Number(day.slice(8, 10));
  const last = Number(monthOf(`${year}-${pad(month)}-01`).to.slice(8, 10));
  return toIsoDate(epochDayFromCivil(year, month, Math.min(dayOfMonth, last)));
}

/**
 * 同比's base: the same period a year before — the same ISO week number (week 53 of a year that has
 * one compares with the last week of the year before), month, quarter or year; a period cut short at
 * today is compared with the same stretch a year before (1 January to the same day).
 */
export function sameTimeLastYear(kind: ReportPeriodKind, period: ReportPeriod): ReportPeriod {
  if (kind === 'week') {
    const year = Number(period.key.slice(0, 4)) - 1;
    const week = Number(period.key.slice(6));
    const candidate = weekByNumber(year, week) ?? weekByNumber(year, 52);
    return candidate as ReportPeriod;
  }
  const whole = periodOf(kind, aYearBefore(period.from));
  return isWhole(kind, period) ? whole : { key: whole.key, from: whole.from, to: aYearBefore(period.to) };
}

function isWhole(kind: ReportPeriodKind, period: ReportPeriod): boolean {
  return periodOf(kind, period.from).to === period.to;
}

function weekByNumber(year: number, week: number): ReportPeriod | null {
  // ISO week 1 holds 4 January.
  const fourth = toEpochDay(`${year}-01-04`);
  const monday = fourth - ((weekdayOf(fourth) + 6) % 7) + (week - 1) * 7;
  const period = isoWeekOf(toIsoDate(monday));
  return period.key === `${year}-W${pad(week)}` ? period : null;
}

/** 2026-W49, 2026-11, 2026-Q3 or 2026 back to its period; null for anything else (or a week 53 a year lacks). */
export function periodByKey(key: string): KindedPeriod | null {
  let match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (match) {
    const week = weekByNumber(Number(match[1]), Number(match[2]));
    return week ? { kind: 'week', period: week } : null;
  }
  match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (match) return { kind: 'month', period: monthOf(`${key}-01`) };
  match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (match) return { kind: 'quarter', period: quarterOf(`${match[1]}-${pad((Number(match[2]) - 1) * 3 + 1)}-01`) };
  match = /^(\d{4})$/.exec(key);
  if (match) return { kind: 'year', period: yearOf(`${key}-01-01`) };
  return null;
}

/** Every period a report compares: the period itself, the one before, the year to its end and, when asked, last year's. */
export function comparedPeriods(chosen: KindedPeriod, options: { lastYear?: boolean } = {}): ReportPeriods {
  const { kind, period } = chosen;
  return {
    kind,
    current: period,
    previous: previousOf(kind, periodOf(kind, period.from)),
    // A year's own figure is its year to date; keyed by the year, so the year's targets apply to it.
    yearToDate: kind === 'year' ? period : yearToDate(period),
    ...(options.lastYear ? { lastYear: sameTimeLastYear(kind, period) } : {}),
  };
}

/** Why a period asked for cannot be reported on: it has not begun. */
export type PeriodProblem = { kind: 'future'; key: string } | { kind: 'unknown'; text: string };

/**
 * A period as people type it, relative to today: 上周 / 上月 / 上季度 / 去年 (the last complete one), 本周 /
 * 本月 / 本季度 / 今年 (so far, to today), or one named: 2025年, 2026年11月, 2026年第3季度, 2026年第48周, and the
 * keys themselves (2026-W48, 2026-11, 2026-Q3, 2026). A named period still running ends today.
 */
export function periodFromText(
  text: string,
  today: IsoDate,
): { ok: true; period: KindedPeriod } | { ok: false; problem: PeriodProblem } {
  const word = text.trim().toLowerCase();
  const relative = RELATIVE[word];
  if (relative) {
    const [kind, last] = relative;
    const running = periodOf(kind, today);
    const period = last ? previousOf(kind, running) : { ...running, to: today };
    return { ok: true, period: { kind, period } };
  }
  const key = keyFromWords(word);
  const named = key === null ? null : periodByKey(key);
  if (!named) return { ok: false, problem: { kind: 'unknown', text } };
  if (named.period.from > today) return { ok: false, problem: { kind: 'future', key: named.period.key } };
  const to = named.period.to > today ? today : named.period.to;
  return { ok: true, period: { kind: named.kind, period: { ...named.period, to } } };
}

const RELATIVE: Record<string, readonly [ReportPeriodKind, boolean]> = {
  上周: ['week', true],
  周: ['week', true],
  week: ['week', true],
  weekly: ['week', true],
  周报: ['week', true],
  'last-week': ['week', true],
  本周: ['week', false],
  上月: ['month', true],
  月: ['month', true],
  month: ['month', true],
  monthly: ['month', true],
  月报: ['month', true],
  'last-month': ['month', true],
  本月: ['month', false],
  上季度: ['quarter', true],
  季度: ['quarter', true],
  quarter: ['quarter', true],
  'last-quarter': ['quarter', true],
  本季度: ['quarter', false],
  去年: ['year', true],
  上年: ['year', true],
  'last-year': ['year', true],
  今年: ['year', false],
  本年: ['year', false],
  年: ['year', false],
  year: ['year', false],
  yearly: ['year', false],
  年度: ['year', false],
  ytd: ['year', false],
};

const QUARTER_NUMERALS: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 1: '1', 2: '2', 3: '3', 4: '4' };

/** 2026年11月 → 2026-11, 2026年第3季度 / 2026年三季度 → 2026-Q3, 2026年第48周 → 2026-W48, 2025年 → 2025; keys pass through. */
function keyFromWords(word: string): string | null {
  const squashed = word.replace(/\s+/g, '').toUpperCase();
  let match = /^(\d{4})年(\d{1,2})月(份)?$/.exec(squashed);
  if (match) return `${match[1]}-${pad(Number(match[2]))}`;
  match = /^(\d{4})年第?([一二三四1-4])季度?$/.exec(squashed);
  if (match) return `${match[1]}-Q${QUARTER_NUMERALS[match[2] as string]}`;
  match = /^(\d{4})年第(\d{1,2})周$/.exec(squashed);
  if (match) return `${match[1]}-W${pad(Number(match[2]))}`;
  match = /^(\d{4})年(度)?$/.exec(squashed);
  if (match) return match[1] as string;
  match = /^(\d{4})-?W(\d{1,2})$/.exec(squashed);
  if (match) return `${match[1]}-W${pad(Number(match[2]))}`;
  match = /^(\d{4})-?Q([1-4])$/.exec(squashed);
  if (match) return `${match[1]}-Q${match[2]}`;
  match = /^(\d{4})-(\d{1,2})$/.exec(squashed);
  if (match) return `${match[1]}-${pad(Number(match[2]))}`;
  return /^\d{4}$/.test(squashed) ? squashed : null;
}
