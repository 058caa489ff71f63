import {
  computeMetric,
  computeMetrics,
  DEFAULT_METRIC_POLICY,
  formatMetricValue,
  METRICS,
  metricDefinition,
  resolveMetricPolicy,
  type MetricCase,
  type MetricContext,
  type MetricKey,
} from '../../../src/domain/metrics';

function aCase(overrides: Partial<MetricCase>): MetricCase {
  return {
    typeCode: '民初',
    procedure: 'ordinary',
    filedOn: '2025-01-01',
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
    teamId: null,
    ...overrides,
  };
}

const half2025 = { period: { from: '2025-01-01', to: '2025-06-30' } };

/** A small court, every figure below worked out by hand. */
const court: MetricCase[] = [
  aCase({
    procedure: 'simple',
    filedOn: '2024-12-01',
    closedOn: '2025-02-01',
    closeMethod: 'judgment',
    deadline: '2025-03-03',
    judgeId: 1,
  }),
  aCase({
    filedOn: '2025-01-10',
    closedOn: '2025-05-10',
    closeMethod: 'mediation',
    deadline: '2025-07-10',
    judgeId: 1,
  }),
  aCase({
    procedure: 'small_claims',
    filedOn: '2025-02-01',
    closedOn: '2025-04-15',
    closeMethod: 'judgment',
    deadline: '2025-04-01',
    judgeId: 1,
  }),
  aCase({ filedOn: '2025-03-01', deadline: '2025-09-01', judgeId: 1 }),
  aCase({ filedOn: '2023-05-01', deadline: '2024-05-01', judgeId: 1 }),
  aCase({ filedOn: '2022-01-15', deadline: '2022-07-15', judgeId: 1 }),
  aCase({
    filedOn: '2024-09-01',
    closedOn: '2025-03-20',
    closeMethod: 'judgment',
    deadline: '2025-06-15',
    baseDeadline: '2025-03-03',
    extended: true,
    appealed: true,
    appealOutcome: 'amended',
    judgeId: 1,
  }),
  aCase({
    procedure: 'simple',
    filedOn: '2025-01-05',
    closedOn: '2025-03-05',
    closeMethod: 'withdrawal_permitted',
    deadline: '2025-04-07',
    judgeId: 1,
  }),
  aCase({
    typeCode: '民特',
    procedure: 'special',
    filedOn: '2025-04-01',
    closedOn: '2025-04-20',
    closeMethod: 'judgment',
    deadline: '2025-05-06',
    judgeId: 1,
  }),
  aCase({
    typeCode: '执',
    procedure: 'enforcement',
    filedOn: '2025-01-02',
    closedOn: '2025-05-01',
    closeMethod: 'executed',
    deadline: '2025-07-02',
    amount: 100000,
    judgeId: 2,
  }),
  aCase({
    typeCode: '执',
    procedure: 'enforcement',
    filedOn: '2024-10-01',
    closedOn: '2025-03-01',
    closeMethod: 'terminated_this_round',
    deadline: '2025-04-01',
    amount: 200000,
    recoveredAmount: 50000,
    judgeId: 2,
  }),
  aCase({
    typeCode: '执',
    procedure: 'enforcement',
    filedOn: '2025-02-01',
    closedOn: '2025-06-01',
    closeMethod: 'voluntary_performance',
    deadline: '2025-08-01',
    amount: 50000,
    recoveredAmount: 50000,
    judgeId: 2,
  }),
  aCase({
    typeCode: '刑初',
    filedOn: '2025-02-10',
    closedOn: '2025-04-08',
    closeMethod: 'judgment',
    deadline: '2025-04-10',
    appealed: true,
    appealOutcome: 'upheld',
    judgeId: 3,
  }),
  aCase({
    typeCode: '执保',
    procedure: 'enforcement',
    filedOn: '2025-02-02',
    closedOn: '2025-02-03',
    closeMethod: 'executed',
    judgeId: 2,
  }),
  aCase({
    filedOn: '2025-01-20',
    closedOn: '2025-02-20',
    closeMethod: 'cancelled',
    deadline: '2025-07-21',
    judgeId: 1,
  }),
  aCase({
    typeCode: '行初',
    filedOn: '2025-01-06',
    closedOn: '2025-06-20',
    closeMethod: 'judgment',
    deadline: '2025-07-07',
    appealed: true,
    appealOutcome: 'remanded',
    judgeId: 3,
  }),
];

const valueOf = (key: MetricKey, cases = court, policy = DEFAULT_METRIC_POLICY, context: MetricContext = half2025) =>
  computeMetric(key, cases, context, policy).value;

describe('结案率 against the published court bulletins (domain.md §5.3)', () => {
  function bulletinCourt(oldStock: number, filed: number, closed: number): MetricCase[] {
    const cases: MetricCase[] = [];
    for (let index = 0; index < oldStock; index++)
      cases.push(aCase({ filedOn: '2023-06-01', closedOn: index < closed ? '2024-06-01' : null }));
    for (let index = 0; index < filed; index++)
      cases.push(aCase({ filedOn: '2024-03-01', closedOn: oldStock + index < closed ? '2024-09-01' : null }));
    return cases;
  }
  const year2024 = { period: { from: '2024-01-01', to: '2024-12-31' } };

  it('700 closed of 343 旧存 + 536 新收 is 79.64%', () => {
    const result = computeMetric('closureRate', bulletinCourt(343, 536, 700), year2024);
    expect(result).toMatchObject({ numerator: 700, denominator: 879 });
    expect(formatMetricValue('closureRate', result.value)).toBe('79.64%');
  });

  it('1456 closed of 1304 旧存 + 2577 新收 is 37.52%', () => {
    const result = computeMetric('closureRate', bulletinCourt(1304, 2577, 1456), year2024);
    expect(result).toMatchObject({ numerator: 1456, denominator: 3881 });
    expect(formatMetricValue('closureRate', result.value)).toBe('37.52%');
  });
});

describe('a small court in the first half of 2025, worked out by hand', () => {
  it('结案率: 12 closed ÷ (5 旧存 + 10 新收) = 80%; the 销案 case counts nowhere', () => {
    expect(computeMetric('closureRate', court, half2025)).toMatchObject({ numerator: 12, denominator: 15, value: 80 });
    expect(valueOf('closureRate', court, resolveMetricPolicy({ excludeCloseMethods: [] }))).toBeCloseTo(81.25);
  });

  it('结收比: 12 ÷ 10 = 120%', () => {
    expect(valueOf('closedToFiledRatio')).toBeCloseTo(120);
  });

  it('审限内结案率: 10 of the 11 closings with a 审限 (the 小额 case closed late; 执保 has none)', () => {
    expect(computeMetric('onTimeRate', court, half2025)).toMatchObject({ numerator: 10, denominator: 11 });
    expect(
      computeMetric('onTimeRate', court, half2025, resolveMetricPolicy({ casesWithoutDeadline: 'onTime' })),
    ).toMatchObject({ numerator: 11, denominator: 12 });
  });

  it('法定审限内结案率: 9 of 11 — the extended case closed after its statutory limit', () => {
    expect(computeMetric('statutoryOnTimeRate', court, half2025)).toMatchObject({ numerator: 9, denominator: 11 });
  });

  it('法定审限内结案率 without a stored base deadline counts an extended case as outside it', () => {
    const extended = aCase({ filedOn: '2025-01-01', closedOn: '2025-02-01', deadline: '2025-12-01', extended: true });
    const plain = aCase({ filedOn: '2025-01-01', closedOn: '2025-02-01', deadline: '2025-07-01' });
    expect(computeMetric('statutoryOnTimeRate', [extended, plain], half2025)).toMatchObject({
      numerator: 1,
      denominator: 2,
    });
  });

  it('平均审理天数: 1146 days over 12 closings = 95.5, or +1 per case when the filing day counts', () => {
    expect(computeMetric('avgDays', court, half2025)).toMatchObject({ numerator: 1146, denominator: 12, value: 95.5 });
    expect(valueOf('avgDays', court, resolveMetricPolicy({ averageDays: { includeFilingDay: true } }))).toBeCloseTo(
      96.5,
    );
    expect(formatMetricValue('avgDays', 95.5)).toBe('95.5天');
  });

  it('平均审理天数 may subtract excluded days', () => {
    const cases = [aCase({ filedOn: '2025-01-01', closedOn: '2025-03-02', excludedDays: 20 })];
    expect(valueOf('avgDays', cases, resolveMetricPolicy({ averageDays: { subtractExcludedDays: true } }))).toBe(40);
  });

  it('长期未结 at 2025-06-30: two cases over 12 and 18 months, one over 36; two of the three pending cases', () => {
    expect(valueOf('pendingOver12Months')).toBe(2);
    expect(valueOf('pendingOver18Months')).toBe(2);
    expect(valueOf('pendingOver36Months')).toBe(1);
    expect(valueOf('pendingOver12MonthsRatio')).toBeCloseTo(66.667, 2);
  });

  it('一审简易程序适用率: 3 of 5 民初 closings with 小额 counted as 简易, 2 of 5 without', () => {
    expect(valueOf('simpleProcedureRate')).toBeCloseTo(60);
    expect(
      valueOf(
        'simpleProcedureRate',
        court,
        resolveMetricPolicy({ simpleProcedure: { smallClaimsCountAsSimple: false } }),
      ),
    ).toBeCloseTo(40);
  });

  it('调解撤诉率: 调解 and 准予撤诉 in 5 civil closings = 40%', () => {
    expect(computeMetric('mediationWithdrawalRate', court, half2025)).toMatchObject({ numerator: 2, denominator: 5 });
  });

  it('一审上诉率: 3 appealed of 4 appealable first-instance closings (75%), or of all 7 (42.86%)', () => {
    expect(computeMetric('appealRate', court, half2025)).toMatchObject({ numerator: 3, denominator: 4, value: 75 });
    expect(valueOf('appealRate', court, resolveMetricPolicy({ appealRate: { denominator: 'allClosed' } }))).toBeCloseTo(
      42.857,
      2,
    );
  });

  it('服判息诉率: (7 − 3) ÷ 7', () => {
    expect(valueOf('acceptanceRate')).toBeCloseTo(57.143, 2);
  });

  it('发改率 = 改判 + 发回重审 over 7 first-instance closings; over the 3 decided appeals when configured', () => {
    expect(computeMetric('reversalRate', court, half2025)).toMatchObject({ numerator: 2, denominator: 7 });
    expect(computeMetric('amendedRate', court, half2025)).toMatchObject({ numerator: 1, denominator: 7 });
    expect(computeMetric('remandedRate', court, half2025)).toMatchObject({ numerator: 1, denominator: 7 });
    expect(
      valueOf('reversalRate', court, resolveMetricPolicy({ reversal: { denominator: 'appealsDecided' } })),
    ).toBeCloseTo(66.667, 2);
  });

  it('人均结案数: 11 closings (执保 left out) by 3 judges, or by the 4 judges the court reports', () => {
    expect(valueOf('perJudgeClosed')).toBeCloseTo(3.667, 3);
    expect(valueOf('perJudgeClosed', court, DEFAULT_METRIC_POLICY, { ...half2025, judgeCount: 4 })).toBe(2.75);
  });

  it('执行到位率: 200,000 recovered of 350,000 claimed (执行完毕 without a recorded amount counts in full)', () => {
    expect(computeMetric('enforcementRecoveryRate', court, half2025)).toMatchObject({
      numerator: 200000,
      denominator: 350000,
    });
  });

  it('实际执结率: 执行完毕 and 自动履行 of 3 enforcement closings; 终本 is not', () => {
    expect(computeMetric('actualExecutionRate', court, half2025)).toMatchObject({ numerator: 2, denominator: 3 });
    expect(
      computeMetric(
        'actualExecutionRate',
        court,
        half2025,
        resolveMetricPolicy({ enforcement: { executedCloseMethods: ['executed'] } }),
      ),
    ).toMatchObject({ numerator: 1 });
  });

  it('a metric with nothing to measure has no value rather than 0%', () => {
    expect(computeMetric('closureRate', [], half2025).value).toBeNull();
    expect(formatMetricValue('closureRate', null)).toBe('无数据');
  });

  it('excluded type codes leave every metric', () => {
    expect(
      computeMetric('closureRate', court, half2025, resolveMetricPolicy({ excludeTypeCodes: ['执', '执保'] })),
    ).toMatchObject({ numerator: 8, denominator: 11 });
  });
});

describe('every metric describes itself', () => {
  it('has a stable key, names, a unit, a direction and a one-line 口径 in Chinese and English', () => {
    expect(METRICS).toHaveLength(19);
    for (const metric of METRICS) {
      expect(metric.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(metric.nameEn).toMatch(/[a-z]/);
      expect(['percent', 'days', 'count']).toContain(metric.unit);
      expect(['higher', 'lower']).toContain(metric.direction);
      const line = metric.describe(DEFAULT_METRIC_POLICY);
      expect(line.zh.length).toBeGreaterThan(8);
      expect(line.en.length).toBeGreaterThan(8);
      expect(line.zh).not.toContain('\n');
    }
  });

  it('follows the policy in its description', () => {
    const policy = resolveMetricPolicy({ simpleProcedure: { smallClaimsCountAsSimple: false } });
    expect(metricDefinition('simpleProcedureRate').describe(policy).zh).toContain('不含小额诉讼');
    expect(metricDefinition('simpleProcedureRate').describe(DEFAULT_METRIC_POLICY).zh).toContain('含小额诉讼');
  });

  it('computes all metrics at once, in catalogue order', () => {
    expect(computeMetrics(court, half2025).map((value) => value.key)).toEqual(METRICS.map((metric) => metric.key));
  });

  it('rejects unknown policy settings and close methods', () => {
    expect(() => resolveMetricPolicy({ smallClaims: true })).toThrow();
    expect(() => resolveMetricPolicy({ excludeCloseMethods: ['销案'] })).toThrow();
  });
});
