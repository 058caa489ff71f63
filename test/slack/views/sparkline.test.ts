import { sparkline, trendScale } from '../../../src/slack/views/digests/sparkline';

describe('six-month trends on a common scale', () => {
  test('a constant 0 is a flat line at the bottom, not a full bar', () => {
    const zeros = [0, 0, 0, 0, 0, 0];
    expect(sparkline(zeros, trendScale('pendingOver12Months', [zeros]))).toBe('▁▁▁▁▁▁');
  });

  test('99.5% → 100% is no swing: rates are drawn on 0–100 %', () => {
    const rates = [99.5, 99.5, 99.6, 99.8, 99.9, 100];
    expect(new Set(sparkline(rates, trendScale('onTimeRate', [rates]))).size).toBe(1);
    // …while a rate that really moves, moves.
    expect(sparkline([20, 40, 60, 80, 100, 100], trendScale('onTimeRate', []))).toBe('▂▄▅▇██');
  });

  test('days share one scale across teams: a team at 30 days is drawn lower than a team at 120', () => {
    const fast = [30, 30, 30, 30, 30, 30];
    const slow = [120, 118, 121, 119, 120, 120];
    const scale = trendScale('avgDays', [fast, slow]);
    expect(sparkline(fast, scale)).toBe('▃▃▃▃▃▃');
    expect(sparkline(slow, scale)).toBe('██████');
  });

  test('a month without a value is a dot', () => {
    expect(sparkline([null, 50, null], trendScale('closureRate', []))).toBe('·▅·');
  });
});
