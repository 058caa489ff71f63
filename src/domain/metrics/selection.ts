import { addMonths } from '../dates/period';
import { toEpochDay, toIsoDate, type IsoDate } from '../dates/epochDay';
import type { MetricCase, MetricPeriod } from './caseRecord';
import type { MetricPolicy } from './policy';

/** The case sets the formulas are built from. ISO dates compare correctly as strings. */

/** Cases the court counts at all: not of an excluded type, not closed in a way that voids the case (销案). */
export function countable<C extends MetricCase>(cases: readonly C[], policy: MetricPolicy): C[] {
  const types = new Set(policy.excludeTypeCodes);
  const voiding = new Set<string>(policy.excludeCloseMethods);
  return cases.filter((c) => !types.has(c.typeCode) && (c.closeMethod === null || !voiding.has(c.closeMethod)));
}

export function closedIn(c: MetricCase, period: MetricPeriod): boolean {
  return c.closedOn !== null && c.closedOn >= period.from && c.closedOn <= period.to;
}

/** 新收: filed in the period. */
export function filedIn(c: MetricCase, period: MetricPeriod): boolean {
  return c.filedOn >= period.from && c.filedOn <= period.to;
}

/** 旧存: filed before the period and still open when it began. */
export function pendingAtStart(c: MetricCase, period: MetricPeriod): boolean {
  return c.filedOn < period.from && (c.closedOn === null || c.closedOn >= period.from);
}

/** Open at the end of `day`. */
export function pendingOn(c: MetricCase, day: IsoDate): boolean {
  return c.filedOn <= day && (c.closedOn === null || c.closedOn > day);
}

/** Pending for more than `months` months on `day` (超12个月未结 …), months counted as 民法典 §202 does. */
export function pendingLongerThan(c: MetricCase, day: IsoDate, months: number): boolean {
  return pendingOn(c, day) && toIsoDate(addMonths(toEpochDay(c.filedOn), months, 'civil')) < day;
}

export function handlingDays(
  c: MetricCase & { closedOn: IsoDate },
  subtractExcluded: boolean,
  includeFilingDay: boolean,
): number {
  const days = toEpochDay(c.closedOn) - toEpochDay(c.filedOn) + (includeFilingDay ? 1 : 0);
  return subtractExcluded ? Math.max(0, days - (c.excludedDays ?? 0)) : days;
}

export function isClosed(c: MetricCase): c is MetricCase & { closedOn: IsoDate } {
  return c.closedOn !== null;
}
