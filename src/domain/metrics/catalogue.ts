import type { MetricCase, MetricContext } from './caseRecord';
import type { MetricDefinition, MetricKey, MetricValue } from './definition';
import { ACTUAL_EXECUTION_RATE, ENFORCEMENT_RECOVERY_RATE } from './definitions/enforcement';
import {
  ACCEPTANCE_RATE,
  AMENDED_RATE,
  APPEAL_RATE,
  MEDIATION_WITHDRAWAL_RATE,
  REMANDED_RATE,
  REVERSAL_RATE,
  SIMPLE_PROCEDURE_RATE,
} from './definitions/quality';
import {
  AVERAGE_DAYS,
  ON_TIME_RATE,
  PENDING_OVER_12_MONTHS,
  PENDING_OVER_12_MONTHS_RATIO,
  PENDING_OVER_18_MONTHS,
  PENDING_OVER_36_MONTHS,
  STATUTORY_ON_TIME_RATE,
} from './definitions/timeliness';
import { CLOSED_TO_FILED_RATIO, CLOSURE_RATE, PER_JUDGE_CLOSED } from './definitions/volume';
import { DEFAULT_METRIC_POLICY, type MetricPolicy } from './policy';
import { countable } from './selection';

/** Every metric, in the order reports show them. */
export const METRICS: readonly MetricDefinition[] = [
  CLOSURE_RATE,
  CLOSED_TO_FILED_RATIO,
  STATUTORY_ON_TIME_RATE,
  ON_TIME_RATE,
  AVERAGE_DAYS,
  PENDING_OVER_12_MONTHS,
  PENDING_OVER_18_MONTHS,
  PENDING_OVER_36_MONTHS,
  PENDING_OVER_12_MONTHS_RATIO,
  SIMPLE_PROCEDURE_RATE,
  MEDIATION_WITHDRAWAL_RATE,
  APPEAL_RATE,
  ACCEPTANCE_RATE,
  REVERSAL_RATE,
  AMENDED_RATE,
  REMANDED_RATE,
  PER_JUDGE_CLOSED,
  ENFORCEMENT_RECOVERY_RATE,
  ACTUAL_EXECUTION_RATE,
];

const BY_KEY: ReadonlyMap<string, MetricDefinition> = new Map(METRICS.map((metric) => [metric.key, metric]));

export function isMetricKey(value: unknown): value is MetricKey {
  return typeof value === 'string' && BY_KEY.has(value);
}

export function metricDefinition(key: MetricKey): MetricDefinition {
  return BY_KEY.get(key) as MetricDefinition;
}

/** One metric over a court's (or a team's, or a judge's) cases in a period. */
export function computeMetric(
  key: MetricKey,
  cases: readonly MetricCase[],
  context: MetricContext,
  policy: MetricPolicy = DEFAULT_METRIC_POLICY,
): MetricValue {
  return metricDefinition(key).compute(countable(cases, policy), context, policy);
}

/** The chosen metrics (all by default) over the same cases, filtered once. */
export function computeMetrics(
  cases: readonly MetricCase[],
  context: MetricContext,
  policy: MetricPolicy = DEFAULT_METRIC_POLICY,
  keys: readonly MetricKey[] = METRICS.map((metric) => metric.key),
): MetricValue[] {
  const counted = countable(cases, policy);
  return keys.map((key) => metricDefinition(key).compute(counted, context, policy));
}

/** The metric's name in the reader's language: 结案率 / Closure rate. */
export function metricName(locale: 'zh-CN' | 'en', key: MetricKey): string {
  const definition = metricDefinition(key);
  return locale === 'en' ? definition.nameEn : definition.nameZh;
}

/** 79.64% · 87.3天 · 12 — for display; null values read 无数据 / n/a. */
export function formatMetricValue(key: MetricKey, value: number | null, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  if (value === null) return locale === 'zh-CN' ? '无数据' : 'n/a';
  switch (metricDefinition(key).unit) {
    case 'percent':
      return `${value.toFixed(2)}%`;
    case 'days':
      return locale === 'zh-CN' ? `${value.toFixed(1)}天` : `${value.toFixed(1)} days`;
    default:
      return Number.isInteger(value) ? String(value) : value.toFixed(1);
  }
}
