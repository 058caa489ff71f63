import {
  compareTeams,
  computeMetrics,
  metricChange,
  METRICS,
  type Comparison,
  type ComparisonMode,
  type MetricCase,
  type MetricKey,
  type MetricPolicy,
  type MetricValue,
  type TargetStatus,
} from '../metrics';
import { metricShownFor } from '../metrics/applicability';
import type { TeamKindKey } from '../catalogues/teamKinds';
import type { ReportPeriod } from './periods';
import type { ReportPeriods } from './pastPeriods';
import { appliedTarget, targetFor, type TargetPeriodKind, type TargetRecord } from './targets';

/** One team's cases as the reports see them (Team.sortOrder order is kept by callers). */
export interface TeamCases {
  readonly teamId: number;
  readonly teamName: string;
  readonly cases: readonly MetricCase[];
  /** 员额法官人数 for 人均结案数, when known. */
  readonly judgeCount?: number;
  /** Team.kind as a known kind; null when the court set none the domain knows (counted as 普通). */
  readonly kind?: TeamKindKey | null;
}

/** The two counts a metric's value is computed from (a rate's numerator and denominator; an average's total days and closings). */
export interface MetricCounts {
  readonly numerator: number;
  readonly denominator: number;
}

export interface MetricLine {
  readonly key: MetricKey;
  readonly value: number | null;
  /** The counts behind `value`, `previous` and `lastYear` (null where that period was not computed). */
  readonly counts: MetricCounts | null;
  readonly previousCounts: MetricCounts | null;
  readonly lastYearCounts: MetricCounts | null;
  /** The same metric over the period before (last week's previous week). */
  readonly previous: number | null;
  /** value − previous by the domain's rule (metricChange: none for a ratio over a near-zero base). */
  readonly change: number | null;
  readonly yearToDate: number | null;
  /** 同比: the same metric over the same period a year before (null when not compared, or nothing to measure). */
  readonly lastYear: number | null;
  /** value − lastYear by the same rule as `change`. */
  readonly lastYearChange: number | null;
  /** The target `value` (this period's figure) is judged against, and `status` the verdict. */
  readonly target: number | null;
  /** The kind of period `target` was set for: a week's figure falls back to the year's target for levels. */
  readonly targetPeriodKind: TargetPeriodKind | null;
  readonly status: TargetStatus;
  /** The year's target, which `yearToDate` is judged against (`yearToDateStatus`). */
  readonly yearTarget: number | null;
  readonly yearToDateStatus: TargetStatus;
}

export interface TeamReport {
  readonly teamId: number | null;
  readonly teamName: string;
  /** The team's kind of work (null for the court as a whole, or a team of no known kind). */
  readonly kind: TeamKindKey | null;
  readonly lines: readonly MetricLine[];
}

function values(
  cases: readonly MetricCase[],
  period: ReportPeriod,
  policy: MetricPolicy,
  judgeCount: number | undefined,
): Map<MetricKey, MetricValue> {
  const context = judgeCount !== undefined ? { period, judgeCount } : { period };
  return new Map(computeMetrics(cases, context, policy).map((metric) => [metric.key, metric]));
}

function countsOf(metric: MetricValue | undefined): MetricCounts | null {
  return metric ? { numerator: metric.numerator, denominator: metric.denominator } : null;
}

/** Met or not against a target, by the metric's direction (the comparison module's rule). */
export function targetStatus(metric: MetricKey, value: number | null, target: number | null): TargetStatus {
  const [row] = compareTeams({ mode: 'unranked', metric, teams: [{ teamId: 0, teamName: '', value, target }] }).rows;
  return row?.status ?? 'no_data';
}

/**
 * Every metric for one team (or the whole court, teamId null): the period, the one before it, the
 * year to date, and the team's targets for the period and for the year.
 */
export function metricReport(
  team: TeamCases | { teamId: null; teamName: string; cases: readonly MetricCase[]; judgeCount?: number; kind?: null },
  periods: ReportPeriods,
  targets: readonly TargetRecord[],
  policy: MetricPolicy,
): TeamReport {
  const current = values(team.cases, periods.current, policy, team.judgeCount);
  const previous = values(team.cases, periods.previous, policy, team.judgeCount);
  const ytd = values(team.cases, periods.yearToDate, policy, team.judgeCount);
  const lastYear = periods.lastYear ? values(team.cases, periods.lastYear, policy, team.judgeCount) : null;
  const year = periods.current.to.slice(0, 4);
  const lines = METRICS.map(({ key }): MetricLine => {
    const now = current.get(key);
    const then = previous.get(key);
    const value = now?.value ?? null;
    const before = then?.value ?? null;
    const yearToDate = ytd.get(key)?.value ?? null;
    const target =
      team.teamId === null
        ? null
        : appliedTarget(targets, team.teamId, key, { kind: periods.kind, key: periods.current.key, year });
    const yearTarget =
      team.teamId === null ? null : targetFor(targets, team.teamId, key, { kind: 'year', key: year, year });
    const denominators = now && then ? { current: now.denominator, base: then.denominator } : undefined;
    const aYearBefore = lastYear?.get(key);
    const lastYearValue = aYearBefore?.value ?? null;
    const lastYearBase = now && aYearBefore ? { current: now.denominator, base: aYearBefore.denominator } : undefined;
    return {
      key,
      value,
      counts: countsOf(now),
      previousCounts: countsOf(then),
      lastYearCounts: countsOf(aYearBefore),
      previous: before,
      change: metricChange(key, value, before, denominators)?.amount ?? null,
      yearToDate,
      lastYear: lastYearValue,
      lastYearChange: metricChange(key, value, lastYearValue, lastYearBase)?.amount ?? null,
      target: target?.value ?? null,
      targetPeriodKind: target?.periodKind ?? null,
      status: targetStatus(key, value, target?.value ?? null),
      yearTarget,
      yearToDateStatus: targetStatus(key, yearToDate, yearTarget),
    };
  });
  return { teamId: team.teamId, teamName: team.teamName, kind: team.kind ?? null, lines };
}

/** The court's cases as one set, for court-wide (management channel) figures. */
export function courtCases(teams: readonly TeamCases[], unassigned: readonly MetricCase[]): MetricCase[] {
  return [...teams.flatMap((team) => team.cases), ...unassigned];
}

/**
 * The metrics a report leads with: those the court set targets for (in catalogue order), else the
 * SPC's named timeliness indicators; at most `limit`.
 */
export function headlineMetrics(targets: readonly TargetRecord[], limit = 6): MetricKey[] {
  const targeted = new Set(targets.map((target) => target.metric));
  const chosen = METRICS.map((metric) => metric.key).filter((key) => targeted.has(key));
  const keys =
    chosen.length > 0 ? chosen : (['closureRate', 'onTimeRate', 'avgDays', 'pendingOver12MonthsRatio'] as MetricKey[]);
  return keys.slice(0, limit);
}

/** The team comparison for each metric, in the court's mode, among the teams the metric applies to. */
export function teamComparisons(
  reports: readonly TeamReport[],
  metrics: readonly MetricKey[],
  request: { mode: ComparisonMode; viewerTeamId: number | null; seed: string },
): Comparison[] {
  return metrics.map((metric) =>
    compareTeams({
      mode: request.mode,
      metric,
      viewerTeamId: request.viewerTeamId,
      seed: request.seed,
      teams: reports.flatMap((report) => {
        const line = report.lines.find((candidate) => candidate.key === metric);
        if (!line || !metricShownFor(report.kind, line)) return [];
        return [
          {
            teamId: report.teamId ?? 0,
            teamName: report.teamName,
            value: line.value,
            target: line.target,
            targetPeriodKind: line.targetPeriodKind,
            change: line.change,
            lastYearChange: line.lastYearChange,
          },
        ];
      }),
    }),
  );
}
