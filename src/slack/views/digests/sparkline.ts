import { metricDefinition, type MetricKey } from '../../../domain/metrics';

const BARS = '▁▂▃▄▅▆▇█';

export interface TrendScale {
  readonly high: number;
}

/**
 * One scale for every trend of a metric, from zero: rates on 0–100 %, days and counts up to the largest
 * value any team shows. Scaling each line to its own range made a constant 0 a full bar and 99.5% → 100%
 * a full swing; on a common scale a flat line is flat and a small change looks small.
 */
export function trendScale(key: MetricKey, series: ReadonlyArray<ReadonlyArray<number | null>>): TrendScale {
  if (metricDefinition(key).unit === 'percent') return { high: 100 };
  const known = series.flat().filter((value): value is number => value !== null);
  return { high: Math.max(0, ...known) };
}

/** ▁▃▅█ on the scale; · for a month without a value. */
export function sparkline(values: ReadonlyArray<number | null>, scale: TrendScale): string {
  return values
    .map((value) => {
      if (value === null) return '·';
      if (scale.high <= 0) return BARS[0];
      const level = Math.round((Math.min(Math.max(value, 0), scale.high) / scale.high) * (BARS.length - 1));
      return BARS[level];
    })
    .join('');
}
