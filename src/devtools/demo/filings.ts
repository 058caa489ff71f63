import type { HolidayCalendar } from '../../domain/calendar';
import { civilFromEpochDay, epochDayFromCivil, type EpochDay } from '../../domain/dates';
import type { Random } from './random';

/**
 * How many cases are filed on each working day. Courts file on working days only; intake dips around
 * 春节 and October, and most courts slow filing in the second half of December (年底控制收案) so that the
 * year's 结案率 holds — one reason a basic court closes ~98% of a year's caseload within the year.
 */
const MONTH_WEIGHT = [0.95, 0.75, 1.12, 1.05, 1.0, 1.08, 1.02, 0.98, 1.05, 0.9, 1.08, 1.05];
const LATE_DECEMBER_WEIGHT = 0.2;

function dayWeight(day: EpochDay): number {
  const { month, day: dayOfMonth } = civilFromEpochDay(day);
  return month === 12 && dayOfMonth > 15 ? LATE_DECEMBER_WEIGHT : (MONTH_WEIGHT[month - 1] as number);
}

export interface FilingPlan {
  /** Cases filed in a full year, before seasonality. */
  readonly yearlyVolume: (year: number) => number;
}

/** [day, number of cases filed that day] for every working day from `first` to `last`, both included. */
export function* filingDays(
  random: Random,
  calendar: HolidayCalendar,
  first: EpochDay,
  last: EpochDay,
  plan: FilingPlan,
): Generator<readonly [EpochDay, number]> {
  const weightPerYear = new Map<number, number>();
  const yearWeight = (year: number): number => {
    let total = weightPerYear.get(year);
    if (total === undefined) {
      total = 0;
      for (let day = epochDayFromCivil(year, 1, 1); day <= epochDayFromCivil(year, 12, 31); day++) {
        if (!calendar.isRestDay(day)) total += dayWeight(day);
      }
      weightPerYear.set(year, total);
    }
    return total;
  };
  for (let day = first; day <= last; day++) {
    if (calendar.isRestDay(day)) continue;
    const year = civilFromEpochDay(day).year;
    const rate = (plan.yearlyVolume(year) * dayWeight(day)) / yearWeight(year);
    yield [day, poisson(random, rate)];
  }
}

/** Knuth's method: fine for the daily rates here (tens of cases). */
function poisson(random: Random, mean: number): number {
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random.next();
  while (product > limit) {
    count++;
    product *= random.next();
  }
  return count;
}
