import { CronExpressionParser } from 'cron-parser';
import { DateTime } from 'luxon';
import { addDays, type ReportPeriod } from '../../domain/digests';
import type { IsoDate } from '../../domain/dates';
import { dayIn } from '../clock';

/** A schedule's cron read in the court's time zone: which days it names, and at what time of day. */
export interface CronDay {
  day: IsoDate;
  /** Minutes after midnight of its first firing that day. */
  minute: number;
}

export function isValidCron(cron: string): boolean {
  try {
    CronExpressionParser.parse(cron, { tz: 'Asia/Shanghai' });
    return cron.trim().split(/\s+/).length === 5;
  } catch {
    return false;
  }
}

function startOfDay(day: IsoDate, timeZone: string): Date {
  return DateTime.fromISO(day, { zone: timeZone }).startOf('day').toJSDate();
}

/** The minute of the day an instant falls on, in a time zone. */
export function minuteIn(instant: Date, timeZone: string): number {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return local.hour * 60 + local.minute;
}

/** The instant `minute` minutes after the start of `day` (minutes past 1440 fall on the next day). */
export function instantAt(day: IsoDate, minute: number, timeZone: string): Date {
  return DateTime.fromISO(addDays(day, Math.floor(minute / 1440)), { zone: timeZone })
    .startOf('day')
    .plus({ minutes: minute % 1440 })
    .toJSDate();
}

/**
 * Answers by schedule and range. The scheduler asks every minute for every court's schedules, most of
 * them the same defaults over the same week or month, and cron-parser steps through time-zone-aware
 * dates day by day: at region scale that was seconds of CPU a minute, blocking requests meanwhile.
 */
const answered = new Map<string, readonly CronDay[]>();
const ANSWERS_KEPT = 512;

/** The days in `range` the cron fires on, each with its first firing minute. */
export function cronDays(cron: string, timeZone: string, range: Pick<ReportPeriod, 'from' | 'to'>): readonly CronDay[] {
  const key = `${cron}|${timeZone}|${range.from}|${range.to}`;
  const known = answered.get(key);
  if (known !== undefined) return known;
  if (answered.size >= ANSWERS_KEPT) answered.clear();
  const days = Object.freeze(firingDays(cron, timeZone, range));
  answered.set(key, days);
  return days;
}

function firingDays(cron: string, timeZone: string, range: Pick<ReportPeriod, 'from' | 'to'>): CronDay[] {
  const days: CronDay[] = [];
  const end = startOfDay(addDays(range.to, 1), timeZone);
  // Start a moment before midnight: cron-parser yields occurrences strictly after currentDate.
  let from = new Date(startOfDay(range.from, timeZone).getTime() - 1);
  for (;;) {
    const expression = CronExpressionParser.parse(cron, { currentDate: from, endDate: end, tz: timeZone });
    if (!expression.hasNext()) return days;
    const next = expression.next().toDate();
    if (next >= end) return days;
    const day = dayIn(next, timeZone);
    days.push({ day, minute: minuteIn(next, timeZone) });
    from = new Date(startOfDay(addDays(day, 1), timeZone).getTime() - 1);
  }
}
