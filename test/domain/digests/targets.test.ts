import { periodKeyProblem, targetFor, targetProblem, type TargetRecord } from '../../../src/domain/digests';

describe('target values', () => {
  test('a rate is 0–100 (%), days are positive, counts are not negative', () => {
    expect(targetProblem('closureRate', 95)).toBeNull();
    expect(targetProblem('closureRate', 101)?.zh).toContain('0 到 100');
    expect(targetProblem('avgDays', 0)?.en).toContain('positive');
    expect(targetProblem('pendingOver12Months', 0)).toBeNull();
    expect(targetProblem('pendingOver12Months', -1)).not.toBeNull();
  });
  test('period keys match their kind', () => {
    expect(periodKeyProblem('week', '2026-W48')).toBeNull();
    expect(periodKeyProblem('week', '2026-11')).not.toBeNull();
    expect(periodKeyProblem('month', '*')).toBeNull();
    expect(periodKeyProblem('year', '2026')).toBeNull();
  });
});

describe('which target applies', () => {
  const targets: TargetRecord[] = [
    { teamId: 1, metric: 'closureRate', periodKind: 'year', periodKey: '2026', value: 95 },
    { teamId: 1, metric: 'closureRate', periodKind: 'week', periodKey: '2026-W48', value: 20 },
    { teamId: 1, metric: 'perJudgeClosed', periodKind: 'year', periodKey: '2026', value: 300 },
    { teamId: 1, metric: 'onTimeRate', periodKind: 'year', periodKey: '2026', value: 98 },
    { teamId: 1, metric: 'avgDays', periodKind: 'month', periodKey: '*', value: 60 },
  ];
  const week = (key: string) => ({ kind: 'week' as const, key, year: '2026' });
  test('the period’s own target first, then the standing one, then the year’s', () => {
    expect(targetFor(targets, 1, 'closureRate', week('2026-W48'))).toBe(20);
    expect(targetFor(targets, 1, 'onTimeRate', week('2026-W47'))).toBe(98);
    expect(targetFor(targets, 1, 'avgDays', { kind: 'month', key: '2026-03', year: '2026' })).toBe(60);
  });
  test('a yearly count of closed cases, or a yearly 结案率, is not a weekly target', () => {
    expect(targetFor(targets, 1, 'perJudgeClosed', week('2026-W48'))).toBeNull();
    // 结案率 sets a week's closings against the whole pending stock: a week's is far below a year's by nature.
    expect(targetFor(targets, 1, 'closureRate', week('2026-W47'))).toBeNull();
    expect(targetFor(targets, 1, 'closureRate', { kind: 'year', key: '2026', year: '2026' })).toBe(95);
    expect(targetFor(targets, 2, 'closureRate', week('2026-W48'))).toBeNull();
  });
});
