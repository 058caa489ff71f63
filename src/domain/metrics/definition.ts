import type { MetricCase, MetricContext } from './caseRecord';
import type { MetricPolicy } from './policy';

export type MetricKey =
  | 'closureRate'
  | 'closedToFiledRatio'
  | 'statutoryOnTimeRate'
  | 'onTimeRate'
  | 'avgDays'
  | 'simpleProcedureRate'
  | 'reversalRate'
  | 'amendedRate'
  | 'remandedRate'
  | 'acceptanceRate'
  | 'appealRate'
  | 'pendingOver12Months'
  | 'pendingOver18Months'
  | 'pendingOver36Months'
  | 'pendingOver12MonthsRatio'
  | 'perJudgeClosed'
  | 'mediationWithdrawalRate'
  | 'enforcementRecoveryRate'
  | 'actualExecutionRate';

/** percent: 0–100; days: calendar days; count: cases (人均结案数 may have decimals). */
export type MetricUnit = 'percent' | 'days' | 'count';
type MetricDirection = 'higher' | 'lower';

export interface MetricValue {
  readonly key: MetricKey;
  /** null when the denominator is 0 (nothing to measure). */
  readonly value: number | null;
  readonly numerator: number;
  readonly denominator: number;
}

export interface MetricText {
  readonly zh: string;
  readonly en: string;
}

export interface MetricDefinition {
  /** Stable: stored as TeamTarget.metric. */
  readonly key: MetricKey;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly unit: MetricUnit;
  readonly direction: MetricDirection;
  /**
   * A ratio of two counts that is no share of a whole (结收比 = 结案 ÷ 新收), so it can pass 100% and
   * swings wildly when its denominator is small; a rate (结案率, 审限内结案率 …) is a share, 0–100%.
   */
  readonly unbounded?: boolean;
  /** Standing of the formula or the indicator (e.g. dropped from the SPC system in 2024). */
  readonly note?: MetricText;
  /** The 口径 in one line, as the policy sets it, for display next to the number. */
  describe(policy: MetricPolicy): MetricText;
  /** `cases` are already filtered to the countable ones (see computeMetrics). */
  compute(cases: readonly MetricCase[], context: MetricContext, policy: MetricPolicy): MetricValue;
}

export function ratio(key: MetricKey, numerator: number, denominator: number, unit: MetricUnit): MetricValue {
  const scale = unit === 'percent' ? 100 : 1;
  return { key, numerator, denominator, value: denominator === 0 ? null : (numerator / denominator) * scale };
}

/** '，不含执保、执恢' — the type codes a formula leaves out, for its one-line 口径. */
export function without(codes: readonly string[]): MetricText {
  return codes.length === 0
    ? { zh: '', en: '' }
    : { zh: `，不含${codes.join('、')}案件`, en: `, excluding ${codes.join(', ')} cases` };
}
