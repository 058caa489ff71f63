import type { TeamKindKey } from '../catalogues/teamKinds';
import type { MetricKey } from './definition';

/**
 * Which metrics describe a team's kind of work. A 执行 team closes no 民初 cases, so its 简易程序适用率
 * and 服判息诉率 are not "no data" but meaningless; a 速裁快审 team enforces nothing. Reports show each
 * team only what applies to it.
 */
const TIMELINESS: readonly MetricKey[] = [
  'closureRate',
  'closedToFiledRatio',
  'statutoryOnTimeRate',
  'onTimeRate',
  'avgDays',
  'pendingOver12Months',
  'pendingOver18Months',
  'pendingOver36Months',
  'pendingOver12MonthsRatio',
  'perJudgeClosed',
];
/** Measured on first-instance closings (民初, 刑初, 行初 by default). */
const FIRST_INSTANCE: readonly MetricKey[] = [
  'appealRate',
  'acceptanceRate',
  'reversalRate',
  'amendedRate',
  'remandedRate',
];
const CIVIL: readonly MetricKey[] = ['simpleProcedureRate', 'mediationWithdrawalRate'];
const ENFORCEMENT: readonly MetricKey[] = ['enforcementRecoveryRate', 'actualExecutionRate'];

const BY_KIND: Record<TeamKindKey, ReadonlySet<MetricKey>> = {
  fast_track: new Set([...TIMELINESS, ...CIVIL, ...FIRST_INSTANCE]),
  complex: new Set([...TIMELINESS, ...CIVIL, ...FIRST_INSTANCE]),
  criminal: new Set([...TIMELINESS, ...FIRST_INSTANCE]),
  // 行政与综合 teams usually take some civil cases too; a metric with neither value nor target is not shown.
  administrative: new Set([...TIMELINESS, ...CIVIL, ...FIRST_INSTANCE]),
  enforcement: new Set([...TIMELINESS, ...ENFORCEMENT]),
  // 立案 teams handle 诉前调解, 司法确认 and other quick civil matters.
  filing: new Set([...TIMELINESS, ...CIVIL]),
  general: new Set([...TIMELINESS, ...CIVIL, ...FIRST_INSTANCE, ...ENFORCEMENT]),
};

/** A team of no known kind (null) is measured on everything. */
export function metricAppliesTo(kind: TeamKindKey | null, metric: MetricKey): boolean {
  return kind === null || BY_KIND[kind].has(metric);
}

/**
 * Whether a report shows a metric for a team: it applies to the team's kind of work, and the team has
 * either a value for it this period or a target to miss. A metric with neither says nothing.
 */
export function metricShownFor(
  kind: TeamKindKey | null,
  line: { readonly key: MetricKey; readonly value: number | null; readonly target: number | null },
): boolean {
  return metricAppliesTo(kind, line.key) && (line.value !== null || line.target !== null);
}
