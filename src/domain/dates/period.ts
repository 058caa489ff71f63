import {
  civilFromEpochDay as importedCivilFromEpochDay,
  daysInMonth as importedDaysInMonth,
  epochDayFromCivil as importedEpochDayFromCivil,
  type EpochDay,
} from './epochDay';

// Imported functions called several times per computation are bound once here: the CommonJS
// transform (tsx/esbuild, swc) turns every call of an import into two property getters, which cost
// this hot path about a third of its throughput (bench/domain.ts).
const civilFromEpochDay = importedCivilFromEpochDay;
const daysInMonth = importedDaysInMonth;
const epochDayFromCivil = importedEpochDayFromCivil;
// Likewise Math's functions: in a Jest sandbox every lookup of a global goes through the vm context's interceptor.
const { floor, min } = Math;

/** A length of time as the law states it: months and days (一个半月 = 1 month + 15 days, 刑诉法解释 §202). */
export interface Period {
  readonly months: number;
  readonly days: number;
}

/**
 * How a month is counted.
 * - `civil`: 民法典 §202 — the corresponding day of the target month, or its last day when there is none.
 * - `criminal`: 刑诉法解释 §202 — as civil, except that a period starting on a month's last day ends on
 *   the target month's last day (2024-02-29 + 2 months = 04-30, where civil counting gives 04-29).
 */
export type MonthRule = 'civil' | 'criminal';

/** `from` is the day the period starts from (itself not counted); the result is the period's last day. */
export function addMonths(from: EpochDay, months: number, rule: MonthRule): EpochDay {
  if (months === 0) return from;
  const { year, month, day } = civilFromEpochDay(from);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  const targetLength = daysInMonth(targetYear, targetMonth);
  const startsOnMonthEnd = day === daysInMonth(year, month);
  const targetDay = rule === 'criminal' && startsOnMonthEnd ? targetLength : min(day, targetLength);
  return epochDayFromCivil(targetYear, targetMonth, targetDay);
}

/** Whole months first, then days: the order 刑诉法解释 §202 implies for 一个半月. */
export function addPeriod(from: EpochDay, period: Period, rule: MonthRule): EpochDay {
  return addMonths(from, period.months, rule) + period.days;
}

export function sumPeriods(a: Period, b: Period): Period {
  return { months: a.months + b.months, days: a.days + b.days };
}

export function formatPeriodZh(period: Period): string {
  if (period.months > 0 && period.days === 15) return period.months === 1 ? '一个半月' : `${period.months}个半月`;
  const parts: string[] = [];
  if (period.months > 0) parts.push(`${period.months}个月`);
  if (period.days > 0 || period.months === 0) parts.push(`${period.days}日`);
  return parts.join('');
}

export function formatPeriodEn(period: Period): string {
  const parts: string[] = [];
  if (period.months > 0) parts.push(`${period.months} month${period.months === 1 ? '' : 's'}`);
  if (period.days > 0 || period.months === 0) parts.push(`${period.days} day${period.days === 1 ? '' : 's'}`);
  return parts.join(' + ');
}

export const months = (count: number): Period => ({ months: count, days: 0 });
export const days = (count: number): Period => ({ months: 0, days: count });
