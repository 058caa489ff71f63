import { metricDefinition, type MetricKey, type MetricText } from '../metrics';

/** TeamTarget in plain data: a value for a metric over a kind of period, for one key or standing ('*'). */
export interface TargetRecord {
  readonly teamId: number;
  readonly metric: string;
  readonly periodKind: TargetPeriodKind;
  readonly periodKey: string;
  readonly value: number;
}

export type TargetPeriodKind = 'week' | 'month' | 'year';

const TARGET_PERIOD_KINDS: ReadonlySet<string> = new Set<TargetPeriodKind>(['week', 'month', 'year']);

/** A stored period kind is one targets can have (TeamTarget.periodKind is text in the store). */
export function isTargetPeriodKind(kind: string): kind is TargetPeriodKind {
  return TARGET_PERIOD_KINDS.has(kind);
}

/** 2026-W48, 2026-11, 2026, or '*' for a standing target. */
const PERIOD_KEY: Record<TargetPeriodKind, RegExp> = {
  week: /^(\d{4}-W(0[1-9]|[1-4]\d|5[0-3])|\*)$/,
  month: /^(\d{4}-(0[1-9]|1[0-2])|\*)$/,
  year: /^(\d{4}|\*)$/,
};

/**
 * Metrics whose value depends on the length of the period, so a year's target says nothing about a week
 * or a month: cases closed per judge grow with it, and 结案率 = 结案 ÷ (旧存 + 新收) sets one period's
 * closings against the whole pending stock (domain.md §5: 79.64% for one bulletin's period, 37.52% for
 * another's), so a month's 结案率 is far below a year's by its nature. Other rates, averages and pending
 * counts are levels: a year's target is also the week's and the month's unless a shorter one is set.
 */
const PERIOD_DEPENDENT: ReadonlySet<MetricKey> = new Set(['perJudgeClosed', 'closureRate']);

/** Why a target value cannot be stored, or null: a rate is 0–100 (%), days are positive, counts not negative. */
export function targetProblem(metric: MetricKey, value: number): MetricText | null {
  if (!Number.isFinite(value)) return { zh: '目标值须为数字', en: 'the target must be a number' };
  switch (metricDefinition(metric).unit) {
    case 'percent':
      return value >= 0 && value <= 100
        ? null
        : { zh: '比率目标须在 0 到 100（%）之间', en: 'a rate target must be between 0 and 100 (%)' };
    case 'days':
      return value > 0 ? null : { zh: '天数目标须大于 0', en: 'a target in days must be positive' };
    case 'count':
      return value >= 0 ? null : { zh: '件数目标不能为负数', en: 'a count target cannot be negative' };
  }
}

export function periodKeyProblem(kind: TargetPeriodKind, key: string): MetricText | null {
  return PERIOD_KEY[kind].test(key)
    ? null
    : {
        zh: `期间格式应为 ${example(kind)} 或 *（长期）`,
        en: `the period must look like ${example(kind)}, or * for a standing target`,
      };
}

function example(kind: TargetPeriodKind): string {
  return kind === 'week' ? '2026-W48' : kind === 'month' ? '2026-11' : '2026';
}

/**
 * A team's target for a metric over a period: the target for that very period, else the standing one
 * of its kind, else (for levels, not period-dependent metrics) this year's, else the standing yearly one.
 * No target is set per quarter: a quarter takes a level's yearly target only.
 */
export function targetFor(
  targets: readonly TargetRecord[],
  teamId: number,
  metric: MetricKey,
  period: { kind: TargetPeriodKind | 'quarter'; key: string; year: string },
): number | null {
  return appliedTarget(targets, teamId, metric, period)?.value ?? null;
}

/** The target a figure is judged against and the kind of period it was set for (a week's figure may meet the year's). */
export interface AppliedTarget {
  readonly value: number;
  readonly periodKind: TargetPeriodKind;
}

/** targetFor, saying which kind of period the target that applies was set for. */
export function appliedTarget(
  targets: readonly TargetRecord[],
  teamId: number,
  metric: MetricKey,
  period: { kind: TargetPeriodKind | 'quarter'; key: string; year: string },
): AppliedTarget | null {
  const own = targets.filter((target) => target.teamId === teamId && target.metric === metric);
  const find = (kind: TargetPeriodKind | 'quarter', key: string) =>
    own.find((target) => target.periodKind === kind && target.periodKey === key);
  const candidates = [find(period.kind, period.key), find(period.kind, '*')];
  if (period.kind !== 'year' && !PERIOD_DEPENDENT.has(metric))
    candidates.push(find('year', period.year), find('year', '*'));
  const found = candidates.find((target) => target !== undefined);
  return found === undefined ? null : { value: found.value, periodKind: found.periodKind };
}
