import { metricDefinition } from './catalogue';
import type { MetricKey } from './definition';

/**
 * How a metric moved between two periods, in the metric's own unit: a rate moves in 个百分点 (95% → 97% is
 * +2 个百分点, never "+2%" nor "+2.1%"), days in days, counts in cases.
 */
export interface MetricChange {
  readonly amount: number;
  readonly unit: 'points' | 'days' | 'count';
}

/**
 * Below this many cases in either period's denominator, a ratio that is no share of a whole (结收比)
 * says more about the few cases than about the work, and its change is not shown at all: a holiday
 * week with 1 新收 and 16 结案 reads 1600%, and "▲1568.70" of anything misleads.
 */
const MIN_RATIO_BASE = 10;

/**
 * The change from `base` to `current`, or null when there is nothing to compare — a value missing, or
 * an unbounded ratio (MetricDefinition.unbounded) whose denominators, required for it, are near zero.
 */
export function metricChange(
  key: MetricKey,
  current: number | null,
  base: number | null,
  denominators?: { readonly current: number; readonly base: number },
): MetricChange | null {
  if (current === null || base === null) return null;
  if (metricDefinition(key).unbounded === true) {
    if (denominators === undefined || Math.min(denominators.current, denominators.base) < MIN_RATIO_BASE) return null;
  }
  return changeOf(key, current - base);
}

/** An amount of change of a metric, in the unit it moves in. */
export function changeOf(key: MetricKey, amount: number): MetricChange {
  const unit = metricDefinition(key).unit;
  return { amount, unit: unit === 'percent' ? 'points' : unit };
}

/** ▲2.00个百分点 · ▼3.5天 · ＝0 — the change as people read it (a rate never as "%"). */
export function formatMetricChange(change: MetricChange, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const arrow = change.amount > 0 ? '▲' : change.amount < 0 ? '▼' : '＝';
  const size = Math.abs(change.amount);
  switch (change.unit) {
    case 'points':
      return locale === 'zh-CN' ? `${arrow}${size.toFixed(2)}个百分点` : `${arrow}${size.toFixed(2)} percentage points`;
    case 'days':
      return locale === 'zh-CN' ? `${arrow}${size.toFixed(1)}天` : `${arrow}${size.toFixed(1)} days`;
    default:
      return `${arrow}${Number.isInteger(size) ? String(size) : size.toFixed(1)}`;
  }
}
