import type { MetricDefinition } from '../definition';
import { ratio, without } from '../definition';
import { closedIn, filedIn, pendingAtStart } from '../selection';

/** 结案率: S-arith — two court bulletins check out as 结案 ÷ (旧存 + 新收) (domain.md §5.3). */
export const CLOSURE_RATE: MetricDefinition = {
  key: 'closureRate',
  nameZh: '结案率',
  nameEn: 'closure rate',
  unit: 'percent',
  direction: 'higher',
  describe: (policy) => ({
    zh: `本期结案数 ÷ (旧存 + 新收)；旧存为期初未结案件${without(policy.excludeTypeCodes).zh}`,
    en: `cases closed in the period ÷ (pending at its start + filed in it)${without(policy.excludeTypeCodes).en}`,
  }),
  compute: (cases, { period }) => {
    let closed = 0;
    let caseload = 0;
    for (const c of cases) {
      if (closedIn(c, period)) closed++;
      if (pendingAtStart(c, period) || filedIn(c, period)) caseload++;
    }
    return ratio('closureRate', closed, caseload, 'percent');
  },
};

export const CLOSED_TO_FILED_RATIO: MetricDefinition = {
  key: 'closedToFiledRatio',
  nameZh: '结收比',
  nameEn: 'closed-to-filed ratio',
  unit: 'percent',
  direction: 'higher',
  unbounded: true,
  describe: (policy) => ({
    zh: `本期结案数 ÷ 本期新收案件数${without(policy.excludeTypeCodes).zh}`,
    en: `cases closed ÷ cases filed in the period${without(policy.excludeTypeCodes).en}`,
  }),
  compute: (cases, { period }) => {
    let closed = 0;
    let filed = 0;
    for (const c of cases) {
      if (closedIn(c, period)) closed++;
      if (filedIn(c, period)) filed++;
    }
    return ratio('closedToFiledRatio', closed, filed, 'percent');
  },
};

export const PER_JUDGE_CLOSED: MetricDefinition = {
  key: 'perJudgeClosed',
  nameZh: '人均结案数',
  nameEn: 'cases closed per judge',
  unit: 'count',
  direction: 'higher',
  note: {
    zh: '最高人民法院2024年9月修订后的指标体系已不含此项',
    en: 'dropped from the SPC indicator system in September 2024',
  },
  describe: (policy) => ({
    zh: `本期结案数 ÷ 员额法官人数(未提供时为本期有结案的法官数)${without(policy.perJudge.excludeTypeCodes).zh}`,
    en: `cases closed ÷ judges (when not given, the judges who closed cases)${without(policy.perJudge.excludeTypeCodes).en}`,
  }),
  compute: (cases, { period, judgeCount }, policy) => {
    const excluded = new Set(policy.perJudge.excludeTypeCodes);
    const judges = new Set<number | string>();
    let closed = 0;
    for (const c of cases) {
      if (!closedIn(c, period) || excluded.has(c.typeCode)) continue;
      closed++;
      if (c.judgeId !== null) judges.add(c.judgeId);
    }
    return ratio('perJudgeClosed', closed, judgeCount ?? judges.size, 'count');
  },
};
