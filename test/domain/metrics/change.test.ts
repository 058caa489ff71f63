import { isoWeekOf, metricReport, previousWeek, yearToDate, type ReportPeriods } from '../../../src/domain/digests';
import { DEFAULT_METRIC_POLICY, formatMetricChange, metricChange, type MetricCase } from '../../../src/domain/metrics';

describe('how a change of a metric is said (item 4)', () => {
  it('a rate that fell from 87.51% to 80.00% fell by 7.51 个百分点, not by 7.51%', () => {
    const change = metricChange('closureRate', 80, 87.51);
    expect(change).toEqual({ amount: expect.closeTo(-7.51, 6), unit: 'points' });
    expect(formatMetricChange(change!)).toBe('▼7.51个百分点');
    expect(formatMetricChange(change!, 'en')).toBe('▼7.51 percentage points');
  });

  it('结收比 over a week with 1 新收 (1600%) shows no change at all; over ordinary weeks it moves in 个百分点', () => {
    expect(metricChange('closedToFiledRatio', 1600, 31.25, { current: 1, base: 16 })).toBeNull();
    expect(metricChange('closedToFiledRatio', 1600, 31.25)).toBeNull(); // no denominators: never guessed
    expect(metricChange('closedToFiledRatio', 110, 95, { current: 20, base: 40 })).toEqual({
      amount: 15,
      unit: 'points',
    });
  });

  it('days move in days, counts in cases', () => {
    expect(formatMetricChange(metricChange('avgDays', 40.5, 43)!)).toBe('▼2.5天');
    expect(formatMetricChange(metricChange('pendingOver12Months', 7, 5)!)).toBe('▲2');
  });
});

describe('each figure is judged against the target of its own period (item 5)', () => {
  const week = isoWeekOf('2025-06-16');
  const periods: ReportPeriods = {
    kind: 'week',
    current: week,
    previous: previousWeek(week),
    yearToDate: yearToDate(week),
  };
  const closed = (closedOn: string, appealed: boolean): MetricCase => ({
    typeCode: '民初',
    procedure: 'ordinary',
    filedOn: '2025-01-02',
    closedOn,
    closeMethod: 'judgment',
    deadline: '2025-07-02',
    extended: false,
    suspended: false,
    appealed,
    appealOutcome: null,
    amount: null,
    recoveredAmount: null,
    judgeId: 1,
    teamId: 1,
  });
  // Year to date: 75 first-instance judgments, 4 appealed → 服判息诉率 94.67%; this week 5 of them, none appealed → 100%.
  const cases = [
    ...Array.from({ length: 70 }, (_, index) => closed('2025-03-10', index < 4)),
    ...Array.from({ length: 5 }, () => closed('2025-06-17', false)),
  ];
  const targets = [{ teamId: 1, metric: 'acceptanceRate', periodKind: 'year' as const, periodKey: '2025', value: 95 }];

  it('the week’s 100% meets the year’s 95% (the only target set), while the year to date, 94.67%, does not', () => {
    const report = metricReport({ teamId: 1, teamName: '民一庭', cases }, periods, targets, DEFAULT_METRIC_POLICY);
    const line = report.lines.find((candidate) => candidate.key === 'acceptanceRate');
    expect(line).toMatchObject({
      value: 100,
      target: 95,
      targetPeriodKind: 'year',
      status: 'met',
      yearToDate: expect.closeTo(94.67, 2),
      yearTarget: 95,
      yearToDateStatus: 'not_met',
    });
  });

  it('a target set for the week is the week’s, and the year to date still answers to the year’s', () => {
    const withWeekly = [
      ...targets,
      { teamId: 1, metric: 'acceptanceRate', periodKind: 'week' as const, periodKey: '*', value: 99 },
    ];
    const report = metricReport({ teamId: 1, teamName: '民一庭', cases }, periods, withWeekly, DEFAULT_METRIC_POLICY);
    expect(report.lines.find((candidate) => candidate.key === 'acceptanceRate')).toMatchObject({
      target: 99,
      targetPeriodKind: 'week',
      yearTarget: 95,
    });
  });
});
