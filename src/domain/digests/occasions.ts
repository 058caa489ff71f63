import type { HolidayCalendar } from '../calendar';
import { toEpochDay, toIsoDate, type IsoDate } from '../dates';
import { dayPeriod, isoWeekOf, monthOf, previousMonth, previousWeek, type ReportPeriod } from './periods';

/** The digests Docket sends (DigestKind in the store); `rules` is the weekly 规章更新 of the rules issue. */
export type DigestKind = 'daily' | 'weekly' | 'monthly' | 'rules';

export const DIGEST_KINDS: readonly DigestKind[] = ['daily', 'weekly', 'monthly', 'rules'];

/**
 * When a digest goes out. A schedule's cron names its days (every day at 08:30, Monday 09:00, the 1st
 * at 09:00); the official calendar decides:
 * - daily: only on working days, 调休 Saturdays and Sundays included; a rest day has no daily digest;
 * - weekly, rules: once per ISO week, on the first working day on or after the cron's first day in
 *   that week (Monday 2025-10-06 is 国庆: the weekly report goes on Thursday 10-09);
 * - monthly: once per month, on the first working day on or after the cron's first day in the month
 *   (the 1st → the month's first working day).
 * A cycle whose cron days are all followed only by rest days has no digest.
 */
export interface Occasion {
  readonly kind: DigestKind;
  /** The send cycle: the day, the ISO week or the month the digest goes out in. */
  readonly cycle: ReportPeriod;
  /** The working day it goes out. */
  readonly sendDay: IsoDate;
  /** What it reports on, and the ledger's period: the day (daily), last week (weekly), last month (monthly), this week (rules). */
  readonly period: ReportPeriod;
}

export function cycleOf(kind: DigestKind, day: IsoDate): ReportPeriod {
  switch (kind) {
    case 'daily':
      return dayPeriod(day);
    case 'weekly':
    case 'rules':
      return isoWeekOf(day);
    case 'monthly':
      return monthOf(day);
  }
}

function reportedPeriod(kind: DigestKind, cycle: ReportPeriod): ReportPeriod {
  switch (kind) {
    case 'daily':
    case 'rules':
      return cycle;
    case 'weekly':
      return previousWeek(cycle);
    case 'monthly':
      return previousMonth(cycle);
  }
}

/**
 * The occasion of the cycle containing `day`, given the cycle's cron days (ascending), or null when
 * the cycle has none. `day` only picks the cycle: callers compare `sendDay` with today.
 */
export function occasionIn(
  kind: DigestKind,
  day: IsoDate,
  cronDays: readonly IsoDate[],
  calendar: HolidayCalendar,
): Occasion | null {
  const cycle = cycleOf(kind, day);
  const first = cronDays.find((candidate) => candidate >= cycle.from && candidate <= cycle.to);
  if (first === undefined) return null;
  const sendDay =
    kind === 'daily'
      ? calendar.isRestDay(toEpochDay(first))
        ? null
        : first
      : firstWorkingDayFrom(first, cycle.to, calendar);
  return sendDay === null ? null : { kind, cycle, sendDay, period: reportedPeriod(kind, cycle) };
}

function firstWorkingDayFrom(from: IsoDate, last: IsoDate, calendar: HolidayCalendar): IsoDate | null {
  const day = calendar.rollForward(toEpochDay(from));
  return day <= toEpochDay(last) ? toIsoDate(day) : null;
}
