import type { IsoDate } from '../domain/dates';

/** Where "now" comes from: the system clock in production, a fixed instant in tests, the console and benches. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(instant: Date | string): Clock {
  const fixed = new Date(instant);
  return { now: () => new Date(fixed) };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day it is in a time zone (the court's, Asia/Shanghai by default) at an instant. */
export function dayIn(instant: Date, timeZone = 'Asia/Shanghai'): IsoDate {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}
