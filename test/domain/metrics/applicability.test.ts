import { metricAppliesTo, metricShownFor } from '../../../src/domain/metrics/applicability';
import { teamComparisons, type MetricLine, type TeamReport } from '../../../src/domain/digests';
import { METRICS, type MetricKey } from '../../../src/domain/metrics';
import type { TeamKindKey } from '../../../src/domain/catalogues';

function line(key: MetricKey, value: number | null, target: number | null = null): MetricLine {
  return {
    key,
    value,
    counts: null,
    previousCounts: null,
    lastYearCounts: null,
    previous: null,
    change: null,
    yearToDate: null,
    lastYear: null,
    lastYearChange: null,
    target,
    targetPeriodKind: target === null ? null : 'year',
    status: 'no_target',
    yearTarget: target,
    yearToDateStatus: 'no_target',
  };
}

function team(teamId: number, teamName: string, kind: TeamKindKey | null, lines: MetricLine[]): TeamReport {
  return { teamId, teamName, kind, lines };
}

describe('the metrics that apply to a team’s kind of work', () => {
  test('an enforcement team is measured on 执行到位率, not on 简易程序适用率 or 服判息诉率', () => {
    expect(metricAppliesTo('enforcement', 'enforcementRecoveryRate')).toBe(true);
    expect(metricAppliesTo('enforcement', 'simpleProcedureRate')).toBe(false);
    expect(metricAppliesTo('enforcement', 'acceptanceRate')).toBe(false);
  });

  test('a 速裁快审 team is measured on 简易程序适用率, not on 执行到位率; a criminal team on neither', () => {
    expect(metricAppliesTo('fast_track', 'simpleProcedureRate')).toBe(true);
    expect(metricAppliesTo('fast_track', 'actualExecutionRate')).toBe(false);
    expect(metricAppliesTo('criminal', 'simpleProcedureRate')).toBe(false);
    expect(metricAppliesTo('criminal', 'acceptanceRate')).toBe(true);
  });

  test('every kind of team is measured on the timeliness metrics; a team of no known kind on everything', () => {
    for (const kind of [
      'fast_track',
      'complex',
      'enforcement',
      'criminal',
      'administrative',
      'filing',
      'general',
    ] as const)
      for (const key of ['closureRate', 'onTimeRate', 'avgDays', 'pendingOver12Months'] as const)
        expect(metricAppliesTo(kind, key)).toBe(true);
    expect(METRICS.every((metric) => metricAppliesTo(null, metric.key))).toBe(true);
  });

  test('a metric with neither a value nor a target is not shown: no "无数据 无数据"', () => {
    expect(metricShownFor('administrative', line('simpleProcedureRate', null))).toBe(false);
    expect(metricShownFor('administrative', line('simpleProcedureRate', 50))).toBe(true);
    // A target with nothing to measure against it is still worth saying.
    expect(metricShownFor('administrative', line('simpleProcedureRate', null, 60))).toBe(true);
  });
});

describe('the team comparison', () => {
  test('compares a metric among the teams it applies to only', () => {
    const reports = [
      team(1, '速裁快审一团队', 'fast_track', [line('simpleProcedureRate', 88.9, 95), line('avgDays', 61.5, 30)]),
      team(2, '刑事审判团队', 'criminal', [line('simpleProcedureRate', null), line('avgDays', 14.7, 25)]),
      team(3, '执行实施一团队', 'enforcement', [line('simpleProcedureRate', null, 95), line('avgDays', 108.2, 90)]),
    ];
    const [simple, days] = teamComparisons(reports, ['simpleProcedureRate', 'avgDays'], {
      mode: 'unranked',
      viewerTeamId: 1,
      seed: '2026-W49',
    });
    expect(simple?.rows.map((row) => row.label)).toEqual(['速裁快审一团队']);
    expect(days?.rows.map((row) => row.label)).toEqual(['速裁快审一团队', '刑事审判团队', '执行实施一团队']);
  });
});
