import { toIsoDate as importedToIsoDate, tryEpochDay as importedTryEpochDay, type EpochDay } from '../dates/epochDay';
import type { CaseCategory } from '../procedures';
import { DeadlineInputError } from './errors';
import { classifyExclusion } from './exclusionReasons';
import type { DeadlineInput } from './input';
import type { DeadlinePolicy } from './policy';
import { line as importedLine, warn, type Trail } from './trail';

// Imported functions called several times per computation are bound once here: the CommonJS
// transform (tsx/esbuild, swc) turns every call of an import into two property getters, which cost
// this hot path about a third of its throughput (bench/domain.ts).
const toIsoDate = importedToIsoDate;
const tryEpochDay = importedTryEpochDay;
const line = importedLine;

/**
 * Days not counted in the 审限 (扣除审限, domain.md §2). Each period covers the half-open day range
 * [from, to) — or [from, to] when the court counts inclusively — and overlapping periods count once,
 * so adding a period can never shorten the total. Days before the counting start are ignored.
 */
export function countExcludedDays(
  input: DeadlineInput,
  category: CaseCategory,
  start: EpochDay,
  counting: DeadlinePolicy['excludedDayCount'],
  trail: Trail,
): { days: number; open: boolean } {
  const periods = input.excludedPeriods ?? [];
  if (periods.length === 0) return { days: 0, open: false };
  const ranges: [number, number][] = [];
  let open = false;
  let separateTotal = 0;
  periods.forEach((period, index) => {
    const field = `excludedPeriods[${index}]`;
    const from = tryEpochDay(period.from);
    if (from === null)
      throw new DeadlineInputError(`${field}.from`, '须为有效日期(YYYY-MM-DD)', 'must be a valid date (YYYY-MM-DD)');
    let to: EpochDay | null;
    if (period.to === null) {
      to = input.asOf == null ? null : tryEpochDay(input.asOf);
      if (to === null)
        throw new DeadlineInputError(
          `${field}.to`,
          '期间尚未结束时须提供asOf以计算至该日',
          'a period still running needs asOf to be counted up to',
        );
      open = true;
    } else {
      to = tryEpochDay(period.to);
      if (to === null)
        throw new DeadlineInputError(`${field}.to`, '须为有效日期(YYYY-MM-DD)', 'must be a valid date (YYYY-MM-DD)');
    }
    if (to < from) throw new DeadlineInputError(`${field}.to`, '结束日早于开始日', '"to" is before "from"');
    const rangeEnd = counting === 'inclusive' ? to + 1 : to;
    const rangeStart = Math.max(from, start);
    const days = Math.max(0, rangeEnd - rangeStart);
    separateTotal += days;
    if (days > 0) ranges.push([rangeStart, rangeEnd]);
    check(trail, period.reason, category, from, to, days, period.to === null, counting);
    if (rangeEnd <= start) {
      warn(
        trail,
        'exclusion_before_start',
        `扣除期间${period.from}至${period.to ?? ''}在起算日之前，不影响审限`,
        `the excluded period from ${period.from} ends before counting starts and changes nothing`,
      );
    }
  });
  const days = unionLength(ranges);
  if (days < separateTotal) {
    if (trail.explain)
      line(
        trail,
        'exclusion_overlap',
        '扣除期间有重叠，重叠的日子只计一次',
        'the excluded periods overlap; overlapping days count once',
      );
  }
  return { days, open };
}

function check(
  trail: Trail,
  reason: string | null | undefined,
  category: CaseCategory,
  from: EpochDay,
  to: EpochDay,
  days: number,
  running: boolean,
  counting: DeadlinePolicy['excludedDayCount'],
): void {
  const ground = classifyExclusion(reason, category);
  if (trail.explain) {
    const until = running ? `${toIsoDate(to)}(尚未结束，计至该日)` : toIsoDate(to);
    const untilEn = running ? `${toIsoDate(to)} (still running, counted to this day)` : toIsoDate(to);
    const method = counting === 'inclusive' ? '首尾两日均计入' : '按终止日减起始日计算';
    const methodEn = counting === 'inclusive' ? 'both ends counted' : 'end minus start';
    line(
      trail,
      'exclusion',
      `扣除${ground.zh}：${toIsoDate(from)}至${until}，计${days}日(${method})`,
      `excluded (${ground.en}): ${toIsoDate(from)} to ${untilEn}, ${days} days (${methodEn})`,
      ground.citations,
    );
  }
  if (!ground.recognised) {
    warn(
      trail,
      'exclusion_unrecognised',
      `未找到“${ground.zh}”在此类案件中不计入审限的依据，请核对`,
      `no source found for not counting "${ground.en}" in this kind of case; please check`,
    );
  }
  if (ground.maxDays !== undefined && days > ground.maxDays) {
    warn(
      trail,
      'exclusion_too_long',
      `${ground.zh}最多不计入${ground.maxDays}日，此处为${days}日`,
      `${ground.en} may exclude at most ${ground.maxDays} days; ${days} given`,
    );
  }
}

function unionLength(ranges: [number, number][]): number {
  ranges.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let currentStart = Number.NEGATIVE_INFINITY;
  let currentEnd = Number.NEGATIVE_INFINITY;
  for (const [rangeStart, rangeEnd] of ranges) {
    if (rangeStart > currentEnd) {
      if (currentEnd > currentStart) total += currentEnd - currentStart;
      currentStart = rangeStart;
      currentEnd = rangeEnd;
    } else if (rangeEnd > currentEnd) {
      currentEnd = rangeEnd;
    }
  }
  if (currentEnd > currentStart) total += currentEnd - currentStart;
  return total;
}
