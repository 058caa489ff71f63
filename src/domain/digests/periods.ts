import {
  civilFromEpochDay,
  daysInMonth,
  epochDayFromCivil,
  toEpochDay,
  toIsoDate,
  weekdayOf,
  type IsoDate,
} from '../dates';

/**
 * The periods digests are about, as keys the ledger stores: a day (2026-11-26), an ISO week (2026-W48:
 * Monday to Sunday, the week containing the year's first Thursday is W01) or a month (2026-11).
 */
export interface ReportPeriod {
  readonly key: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export function dayPeriod(day: IsoDate): ReportPeriod {
  return { key: day, from: day, to: day };
}

export function isoWeekOf(day: IsoDate): ReportPeriod {
  const epoch = toEpochDay(day);
  const monday = epoch - ((weekdayOf(epoch) + 6) % 7);
  const thursday = monday + 3;
  const year = civilFromEpochDay(thursday).year;
  const week = Math.floor((thursday - epochDayFromCivil(year, 1, 1)) / 7) + 1;
  return { key: `${year}-W${pad(week)}`, from: toIsoDate(monday), to: toIsoDate(monday + 6) };
}

export function monthOf(day: IsoDate): ReportPeriod {
  const { year, month } = civilFromEpochDay(toEpochDay(day));
  return {
    key: `${year}-${pad(month)}`,
    from: toIsoDate(epochDayFromCivil(year, month, 1)),
    to: toIsoDate(epochDayFromCivil(year, month, daysInMonth(year, month))),
  };
}

export function yearOf(day: IsoDate): ReportPeriod {
  const year = day.slice(0, 4);
  return { key: year, from: `${year}-01-01`, to: `${year}-12-31` };
}

export function previousWeek(period: ReportPeriod): ReportPeriod {
  return isoWeekOf(toIsoDate(toEpochDay(period.from) - 7));
}

export function previousMonth(period: ReportPeriod): ReportPeriod {
  return monthOf(toIsoDate(toEpochDay(period.from) - 1));
}

/** The `count` months ending with `last`, oldest first (a monthly report's trend). */
export function monthsEndingWith(last: ReportPeriod, count: number): ReportPeriod[] {
  const months = [last];
  while (months.length < count) months.unshift(previousMonth(months[0] as ReportPeriod));
  return months;
}

/** From 1 January of the period's year to its last day. */
export function yearToDate(period: ReportPeriod): ReportPeriod {
  const year = period.to.slice(0, 4);
  return { key: `${year}-YTD-${period.to}`, from: `${year}-01-01`, to: period.to };
}

export function addDays(day: IsoDate, count: number): IsoDate {
  return toIsoDate(toEpochDay(day) + count);
}

/** Every day from `from` to `to`, inclusive. */
export function daysOf(period: { from: IsoDate; to: IsoDate }): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = toEpochDay(period.from); day <= toEpochDay(period.to); day++) days.push(toIsoDate(day));
  return days;
}
