import type { ReportPeriodKind, TargetPeriodKind } from '../../../domain/digests';
import { changeOf, formatMetricChange, formatMetricValue, type MetricKey } from '../../../domain/metrics';
import type { Locale } from '../../../i18n';
import { reportsMessages } from '../../../i18n/reports';

/** The words and numbers every report view shares: values, and changes in the metric's own unit. */

export function valueText(locale: Locale, key: MetricKey, value: number | null): string {
  return formatMetricValue(key, value, locale);
}

/** ▲1.20个百分点 · ▼3.2天 — a change the domain computed (MetricLine.change); empty when it gave none. */
export function changeText(locale: Locale, key: MetricKey, amount: number | null): string {
  return amount === null ? '' : formatMetricChange(changeOf(key, amount), locale);
}

/** 较上周 ▲1.20个百分点 · 同比 ▼0.50个百分点 — the parts there are. */
export function changesText(
  locale: Locale,
  line: { key: MetricKey; change: number | null; lastYearChange: number | null },
  periodKind: ReportPeriodKind,
  withLastYear: boolean,
): string {
  const text = reportsMessages(locale).change;
  const parts: string[] = [];
  const previous = changeText(locale, line.key, line.change);
  if (previous) parts.push(`${text.previous[periodKind]} ${previous}`);
  const lastYear = withLastYear ? changeText(locale, line.key, line.lastYearChange) : '';
  if (lastYear) parts.push(`${text.lastYear} ${lastYear}`);
  return parts.join(' · ');
}

/** 年度目标 95.00% — a target named by the kind of period it was set for. */
export function targetText(locale: Locale, key: MetricKey, value: number, periodKind: TargetPeriodKind): string {
  return reportsMessages(locale).targetOf[periodKind](valueText(locale, key, value));
}

/** A period for people: 2026年第49周, 2026年11月, 2026年第3季度, 2025年. */
export function periodName(locale: Locale, kind: ReportPeriodKind, key: string): string {
  return reportsMessages(locale).period[kind](key);
}
