import type { Comparison, ComparisonMode, ComparisonRow, MetricKey, MetricPolicy } from '../metrics';
import { metricShownFor } from '../metrics/applicability';
import type { ReportPeriodKind, ReportPeriods } from './pastPeriods';
import { targetStatus, teamComparisons, type MetricLine, type TeamReport } from './teamReport';

/**
 * Who reads a report: a team lead (their team, the comparison from their side), an administrator
 * (the court, teams named), or a channel (the court in aggregate: figures only, never a case).
 */
export type ReportAudience = { kind: 'team'; teamId: number } | { kind: 'court' } | { kind: 'channel' };

/** A weekly or monthly report as one audience reads it: the figures, and the team comparison in the mode that audience gets. */
export interface ReportView {
  kind: 'weekly' | 'monthly';
  periodKind: ReportPeriodKind;
  periodKey: string;
  from: string;
  to: string;
  courtName: string;
  policy: MetricPolicy;
  teams: readonly TeamReport[];
  court: TeamReport;
  headline: readonly MetricKey[];
  comparisons: readonly Comparison[];
  /** Whether 同比 figures were computed (MetricLine.lastYear). */
  yearOnYear: boolean;
}

export interface ReportViewInput {
  courtName: string;
  mode: ComparisonMode;
  policy: MetricPolicy;
  periods: ReportPeriods;
  teams: readonly TeamReport[];
  court: TeamReport;
  headline: readonly MetricKey[];
}

/** Administrators see the teams by name: anonymizing them from the court's own administration hides nothing. */
function modeFor(mode: ComparisonMode, audience: ReportAudience): ComparisonMode {
  return audience.kind === 'court' && mode === 'anonymized' ? 'unranked' : mode;
}

/** The view of a report for an audience; the anonymized letters are seeded by the period, so every message of it letters alike. */
export function reportView(report: ReportViewInput, kind: 'weekly' | 'monthly', audience: ReportAudience): ReportView {
  const seed = report.periods.current.key;
  return {
    kind,
    periodKind: report.periods.kind,
    periodKey: seed,
    from: report.periods.current.from,
    to: report.periods.current.to,
    courtName: report.courtName,
    policy: report.policy,
    teams: report.teams,
    court: report.court,
    headline: report.headline,
    comparisons: teamComparisons(report.teams, report.headline, {
      mode: modeFor(report.mode, audience),
      viewerTeamId: audience.kind === 'team' ? audience.teamId : null,
      seed,
    }),
    yearOnYear: report.periods.lastYear !== undefined,
  };
}

/** The report an audience is about: the lead's team, else the court. */
export function scopeOf(view: ReportView, audience: ReportAudience): TeamReport {
  if (audience.kind === 'team') {
    const team = view.teams.find((candidate) => candidate.teamId === audience.teamId);
    if (team) return team;
  }
  return view.court;
}

/** What a team's report leads with: what changed against its target, what missed it, and the rest in one line. */
export interface TeamHighlights {
  /** Targeted metrics below their target, in catalogue order. */
  readonly missed: readonly MetricLine[];
  /** Of the missed ones, those that met the same target the period before. */
  readonly newlyMissed: readonly MetricKey[];
  /** Met now, missed the period before. */
  readonly newlyMet: readonly MetricKey[];
  readonly met: readonly MetricLine[];
  /** Headline metrics the team has no target for, with their value and change. */
  readonly untargeted: readonly MetricLine[];
  /** Targeted metrics with nothing to measure this period (no closing for an average, say). */
  readonly unmeasured: readonly MetricLine[];
  /** Nothing to measure this period: no case filed, closed or pending in any headline metric. */
  readonly empty: boolean;
}

/**
 * A team's headline: the court's headline metrics and any other metric the team has a target for, of
 * those that apply to its kind of work — split into missed, met and untargeted, with the changes of
 * status since the period before (against the same target).
 */
export function teamHighlights(report: TeamReport, headline: readonly MetricKey[]): TeamHighlights {
  const lines = report.lines.filter(
    (line) => (headline.includes(line.key) || line.target !== null) && metricShownFor(report.kind, line),
  );
  const targeted = lines.filter((line) => line.status === 'met' || line.status === 'not_met');
  const before = (line: MetricLine) => targetStatus(line.key, line.previous, line.target);
  const missed = targeted.filter((line) => line.status === 'not_met');
  const met = targeted.filter((line) => line.status === 'met');
  return {
    missed,
    newlyMissed: missed.filter((line) => before(line) === 'met').map((line) => line.key),
    newlyMet: met.filter((line) => before(line) === 'not_met').map((line) => line.key),
    met,
    untargeted: lines.filter((line) => line.target === null && line.value !== null),
    unmeasured: lines.filter((line) => line.target !== null && line.value === null),
    empty: lines.every((line) => line.value === null),
  };
}

/** For the court's report: per headline metric, the teams (as the comparison labels them) that missed their target. */
export interface MissedTargets {
  readonly metric: MetricKey;
  readonly rows: readonly ComparisonRow[];
}

export function missedTargets(comparisons: readonly Comparison[]): {
  byMetric: MissedTargets[];
  teams: number;
  items: number;
} {
  const byMetric = comparisons
    .map((comparison) => ({
      metric: comparison.metric,
      rows: comparison.rows.filter((row) => row.status === 'not_met'),
    }))
    .filter((entry) => entry.rows.length > 0);
  const teams = new Set(byMetric.flatMap((entry) => entry.rows.map((row) => row.label)));
  return { byMetric, teams: teams.size, items: byMetric.reduce((sum, entry) => sum + entry.rows.length, 0) };
}
