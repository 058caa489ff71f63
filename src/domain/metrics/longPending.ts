import type { IsoDate } from '../dates';
import type { MetricCase } from './caseRecord';
import type { MetricPolicy } from './policy';
import { countable, pendingLongerThan } from './selection';

/**
 * 长期未结 (超12 / 18 / 36个月未结), one definition for every place that counts or lists them — the
 * /mycases summary, the daily digest's court counts, the metric lines and the monthly report's list:
 * cases the court counts at all (countable: not of an excluded type, not 销案) that are still open at
 * the end of `day` and were filed more than `months` months before it. Oldest first.
 */
export function longPendingCases<C extends MetricCase>(
  cases: readonly C[],
  day: IsoDate,
  months: number,
  policy: MetricPolicy,
): C[] {
  return countable(cases, policy)
    .filter((c) => pendingLongerThan(c, day, months))
    .sort((a, b) => (a.filedOn < b.filedOn ? -1 : a.filedOn > b.filedOn ? 1 : 0));
}

/** Whole months a case filed on `filedOn` has been pending on `day` ("已 14 个月"). */
export function monthsPending(filedOn: IsoDate, day: IsoDate): number {
  const months =
    (Number(day.slice(0, 4)) - Number(filedOn.slice(0, 4))) * 12 +
    Number(day.slice(5, 7)) -
    Number(filedOn.slice(5, 7));
  return day.slice(8) < filedOn.slice(8) ? months - 1 : months;
}
