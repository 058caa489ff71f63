import { diversionFigures, type DiversionCase } from '../../../src/domain/diversion';
import { DEFAULT_METRIC_POLICY, resolveMetricPolicy } from '../../../src/domain/metrics';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };
const FAST = 1;
const CIVIL = 2;
const UNKNOWN_KIND = 3;

function civil(overrides: Partial<DiversionCase>): DiversionCase {
  return {
    typeCode: '民初',
    procedure: 'simple',
    filedOn: '2026-11-03',
    closedOn: null,
    closeMethod: null,
    deadline: null,
    extended: false,
    suspended: false,
    appealed: false,
    appealOutcome: null,
    amount: null,
    recoveredAmount: null,
    judgeId: null,
    teamId: FAST,
    convertedToOrdinary: false,
    ...overrides,
  };
}

const court = { fastTrackTeams: new Set([FAST]), preLitigationImported: false };

describe('繁简分流', () => {
  test('the 速裁快审 share of 新收 is set against the court’s range (default 60–70%)', () => {
    const cases = [
      ...Array.from({ length: 13 }, () => civil({ teamId: FAST })),
      ...Array.from({ length: 7 }, () => civil({ teamId: CIVIL, procedure: 'ordinary' })),
      // No team yet: left out of the share, counted apart.
      civil({ teamId: null }),
      // Filed in October, or not a 民初 case: not November's 新收 of the diverted cases.
      civil({ filedOn: '2026-10-31' }),
      civil({ typeCode: '执' }),
    ];
    const figures = diversionFigures(cases, NOVEMBER, DEFAULT_METRIC_POLICY, court);
    expect(figures.filed).toBe(20);
    expect(figures.filedFastTrack).toBe(13);
    expect(figures.fastTrackShare).toBe(65);
    expect(figures.shareStatus).toBe('within');
    expect(figures.filedUnassigned).toBe(1);
    const strict = resolveMetricPolicy({ diversion: { fastTrackShare: { min: 70, max: 80 } } });
    expect(diversionFigures(cases, NOVEMBER, strict, court).shareStatus).toBe('below');
  });

  test('a team of no known kind counts as 普通', () => {
    const figures = diversionFigures(
      [civil({ teamId: FAST }), civil({ teamId: UNKNOWN_KIND })],
      NOVEMBER,
      DEFAULT_METRIC_POLICY,
      court,
    );
    expect(figures.fastTrackShare).toBe(50);
  });

  test('简转普: of the month’s closings begun under 简易 or 小额, those turned into 普通', () => {
    const closed = { filedOn: '2026-09-01', closedOn: '2026-11-20' };
    const cases = [
      civil({ ...closed, procedure: 'simple' }),
      civil({ ...closed, procedure: 'small_claims' }),
      civil({ ...closed, procedure: 'ordinary', convertedToOrdinary: true, teamId: CIVIL }),
      // 普通 from the start: not in the base.
      civil({ ...closed, procedure: 'ordinary', teamId: CIVIL }),
      // Converted but closed in December: not November's.
      civil({ filedOn: '2026-09-01', closedOn: '2026-12-02', procedure: 'ordinary', convertedToOrdinary: true }),
    ];
    const figures = diversionFigures(cases, NOVEMBER, DEFAULT_METRIC_POLICY, court);
    expect(figures.simpleClosed).toBe(3);
    expect(figures.converted).toBe(1);
    expect(figures.conversionRate).toBeCloseTo(33.33, 2);
  });

  test('average days of each stream, counted as the court counts 平均审理天数', () => {
    const cases = [
      civil({ filedOn: '2026-11-01', closedOn: '2026-11-21', teamId: FAST }),
      civil({ filedOn: '2026-11-01', closedOn: '2026-11-11', teamId: FAST }),
      civil({ filedOn: '2026-08-02', closedOn: '2026-11-30', teamId: CIVIL, procedure: 'ordinary', excludedDays: 30 }),
    ];
    const figures = diversionFigures(cases, NOVEMBER, DEFAULT_METRIC_POLICY, court);
    expect(figures.averageDaysFastTrack).toBe(15);
    expect(figures.averageDaysOrdinary).toBe(120);
    const subtracting = resolveMetricPolicy({ averageDays: { subtractExcludedDays: true } });
    expect(diversionFigures(cases, NOVEMBER, subtracting, court).averageDaysOrdinary).toBe(90);
  });

  test('诉前调解 only where the imports carry it: how many settled and how many became lawsuits', () => {
    const mediation = (closeMethod: string | null) =>
      civil({ typeCode: '民诉前调', teamId: null, closedOn: closeMethod ? '2026-11-15' : null, closeMethod });
    const cases = [mediation('mediation'), mediation('mediation'), mediation('mediation_failed'), mediation(null)];
    expect(diversionFigures(cases, NOVEMBER, DEFAULT_METRIC_POLICY, court).preLitigation).toBeNull();
    const carried = diversionFigures(cases, NOVEMBER, DEFAULT_METRIC_POLICY, { ...court, preLitigationImported: true });
    expect(carried.preLitigation).toEqual({
      filed: 4,
      closed: 3,
      settled: 2,
      becameLawsuits: 1,
      lawsuitRate: (1 / 3) * 100,
    });
    // 诉前调解 cases are not 民初: they never enter the 速裁快审 share.
    expect(carried.filed).toBe(0);
  });
});
