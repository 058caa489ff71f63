import type { MetricCase } from '../caseRecord';
import type { MetricDefinition, MetricKey } from '../definition';
import { ratio, without } from '../definition';
import { closedIn, handlingDays, isClosed, pendingLongerThan, pendingOn } from '../selection';

/**
 * The statutory (正常) 审限: the base limit without extensions or exclusions. A 2012 court notice says
 * extended, stayed and deducted cases depress 法定正常审限内结案率, which is what the fallback does.
 */
function statutoryDeadline(c: MetricCase): string | null {
  if (c.baseDeadline !== undefined && c.baseDeadline !== null) return c.baseDeadline;
  const abnormal = c.extended || c.suspended || (c.excludedDays ?? 0) > 0;
  return abnormal ? null : c.deadline;
}

export const STATUTORY_ON_TIME_RATE: MetricDefinition = {
  key: 'statutoryOnTimeRate',
  nameZh: '法定审限内结案率',
  nameEn: 'closed within the statutory limit',
  unit: 'percent',
  direction: 'higher',
  describe: (policy) => ({
    zh: `在法定(正常)审限内结案的案件 ÷ 有审限的结案数；不计延长和扣除，延长、中止或扣除审限的案件按未在法定审限内结案计${without(policy.excludeTypeCodes).zh}`,
    en: `closed within the base limit (no extensions or exclusions) ÷ closed cases that have a limit; extended, stayed or deducted cases count as outside it${without(policy.excludeTypeCodes).en}`,
  }),
  compute: (cases, { period }, policy) => {
    let within = 0;
    let closed = 0;
    for (const c of cases) {
      if (!closedIn(c, period)) continue;
      if (c.deadline === null) {
        if (policy.casesWithoutDeadline === 'onTime') {
          within++;
          closed++;
        }
        continue;
      }
      closed++;
      const limit = statutoryDeadline(c);
      if (limit !== null && (c.closedOn as string) <= limit) within++;
    }
    return ratio('statutoryOnTimeRate', within, closed, 'percent');
  },
};

export const ON_TIME_RATE: MetricDefinition = {
  key: 'onTimeRate',
  nameZh: '审限内结案率',
  nameEn: 'closed within the time limit',
  unit: 'percent',
  direction: 'higher',
  describe: (policy) => ({
    zh: `结案日不晚于审限(含经批准的延长和扣除)的案件 ÷ 结案数；${policy.casesWithoutDeadline === 'exclude' ? '无审限的案件不计' : '无审限的案件按审限内计'}${without(policy.excludeTypeCodes).zh}`,
    en: `closed on or before the time limit (approved extensions and exclusions included) ÷ closed; cases without a limit ${policy.casesWithoutDeadline === 'exclude' ? 'are left out' : 'count as on time'}${without(policy.excludeTypeCodes).en}`,
  }),
  compute: (cases, { period }, policy) => {
    let within = 0;
    let closed = 0;
    for (const c of cases) {
      if (!closedIn(c, period)) continue;
      if (c.deadline === null && policy.casesWithoutDeadline === 'exclude') continue;
      closed++;
      if (c.deadline === null || (c.closedOn as string) <= c.deadline) within++;
    }
    return ratio('onTimeRate', within, closed, 'percent');
  },
};

export const AVERAGE_DAYS: MetricDefinition = {
  key: 'avgDays',
  nameZh: '平均审理天数',
  nameEn: 'average days to close',
  unit: 'days',
  direction: 'lower',
  describe: ({ averageDays, excludeTypeCodes }) => ({
    zh: `Σ(结案日 − 立案日${averageDays.includeFilingDay ? ' + 1' : ''}${averageDays.subtractExcludedDays ? ' − 扣除审限天数' : ''}) ÷ 本期结案数，按自然日计${without(excludeTypeCodes).zh}`,
    en: `Σ(closing day − filing day${averageDays.includeFilingDay ? ' + 1' : ''}${averageDays.subtractExcludedDays ? ' − excluded days' : ''}) ÷ cases closed, in calendar days${without(excludeTypeCodes).en}`,
  }),
  compute: (cases, { period }, policy) => {
    let total = 0;
    let closed = 0;
    for (const c of cases) {
      if (!isClosed(c) || !closedIn(c, period)) continue;
      closed++;
      total += handlingDays(c, policy.averageDays.subtractExcludedDays, policy.averageDays.includeFilingDay);
    }
    return ratio('avgDays', total, closed, 'days');
  },
};

function longPending(key: MetricKey, months: number): MetricDefinition {
  return {
    key,
    nameZh: `超${months}个月未结案件数`,
    nameEn: `cases pending over ${months} months`,
    unit: 'count',
    direction: 'lower',
    describe: (policy) => ({
      zh: `统计截止日(期末)仍未结、立案已超过${months}个月的案件数；延长、扣除的期间不减除${without(policy.excludeTypeCodes).zh}`,
      en: `cases still open at the end of the period and filed more than ${months} months before it; extended or excluded time is not subtracted${without(policy.excludeTypeCodes).en}`,
    }),
    compute: (cases, { period }) => {
      let count = 0;
      for (const c of cases) if (pendingLongerThan(c, period.to, months)) count++;
      return { key, value: count, numerator: count, denominator: 1 };
    },
  };
}

export const PENDING_OVER_12_MONTHS = longPending('pendingOver12Months', 12);
export const PENDING_OVER_18_MONTHS = longPending('pendingOver18Months', 18);
export const PENDING_OVER_36_MONTHS = longPending('pendingOver36Months', 36);

export const PENDING_OVER_12_MONTHS_RATIO: MetricDefinition = {
  key: 'pendingOver12MonthsRatio',
  nameZh: '超12个月未结案件比',
  nameEn: 'share of pending cases over 12 months',
  unit: 'percent',
  direction: 'lower',
  describe: (policy) => ({
    zh: `期末立案超过12个月的未结案件 ÷ 期末全部未结案件${without(policy.excludeTypeCodes).zh}`,
    en: `cases open at the end of the period and filed over 12 months before ÷ all cases open then${without(policy.excludeTypeCodes).en}`,
  }),
  compute: (cases, { period }) => {
    let old = 0;
    let pending = 0;
    for (const c of cases) {
      if (!pendingOn(c, period.to)) continue;
      pending++;
      if (pendingLongerThan(c, period.to, 12)) old++;
    }
    return ratio('pendingOver12MonthsRatio', old, pending, 'percent');
  },
};
