import { APPEAL_OUTCOMES, type AppealOutcomeKey } from '../../catalogues/appealOutcomes';
import { CLOSE_METHODS } from '../../catalogues/closeMethods';
import type { MetricCase, MetricPeriod } from '../caseRecord';
import type { MetricDefinition, MetricKey } from '../definition';
import { ratio } from '../definition';
import type { MetricPolicy } from '../policy';
import { closedIn } from '../selection';

function firstInstanceClosed(cases: readonly MetricCase[], period: MetricPeriod, policy: MetricPolicy): MetricCase[] {
  const firstInstance = new Set(policy.firstInstanceTypeCodes);
  return cases.filter((c) => firstInstance.has(c.typeCode) && closedIn(c, period));
}

const codes = (list: readonly string[]) => list.join('、');

export const SIMPLE_PROCEDURE_RATE: MetricDefinition = {
  key: 'simpleProcedureRate',
  nameZh: '一审简易程序适用率',
  nameEn: 'simple-procedure rate (first instance)',
  unit: 'percent',
  direction: 'higher',
  describe: ({ simpleProcedure }) => ({
    zh: `${codes(simpleProcedure.typeCodes)}案件中按简易程序${simpleProcedure.smallClaimsCountAsSimple ? '(含小额诉讼)' : '(不含小额诉讼)'}结案的 ÷ 其结案数；按结案时的程序计`,
    en: `${simpleProcedure.typeCodes.join(', ')} cases closed under the simple procedure (${simpleProcedure.smallClaimsCountAsSimple ? 'small claims included' : 'small claims excluded'}) ÷ all such closings; by the procedure at closing`,
  }),
  compute: (cases, { period }, { simpleProcedure }) => {
    const types = new Set(simpleProcedure.typeCodes);
    let simple = 0;
    let closed = 0;
    for (const c of cases) {
      if (!types.has(c.typeCode) || !closedIn(c, period)) continue;
      closed++;
      if (c.procedure === 'simple' || (simpleProcedure.smallClaimsCountAsSimple && c.procedure === 'small_claims'))
        simple++;
    }
    return ratio('simpleProcedureRate', simple, closed, 'percent');
  },
};

function reversal(
  key: MetricKey,
  nameZh: string,
  nameEn: string,
  outcomes: readonly AppealOutcomeKey[],
): MetricDefinition {
  const counted = new Set<string>(outcomes);
  const whatZh = outcomes.map((outcome) => APPEAL_OUTCOMES.get(outcome).zh).join('、');
  return {
    key,
    nameZh,
    nameEn,
    unit: 'percent',
    direction: 'lower',
    describe: (policy) => ({
      zh: `本期一审结案(${codes(policy.firstInstanceTypeCodes)})中被二审${whatZh}的 ÷ ${policy.reversal.denominator === 'firstInstanceClosed' ? '本期一审结案数' : '其中二审已审结的案件数'}；按一审结案期间归集，不区分改发原因`,
      en: `first-instance cases closed in the period that were ${outcomes.join(' or ')} on appeal ÷ ${policy.reversal.denominator === 'firstInstanceClosed' ? 'those first-instance closings' : 'those whose appeal was decided'}; whatever the reason`,
    }),
    compute: (cases, { period }, policy) => {
      const cohort = firstInstanceClosed(cases, period, policy);
      const reversed = cohort.filter((c) => c.appealOutcome !== null && counted.has(c.appealOutcome)).length;
      const base =
        policy.reversal.denominator === 'firstInstanceClosed'
          ? cohort.length
          : cohort.filter((c) => c.appealOutcome !== null).length;
      return ratio(key, reversed, base, 'percent');
    },
  };
}

export const REVERSAL_RATE = reversal('reversalRate', '发改率', 'amended or remanded on appeal', [
  'amended',
  'remanded',
]);
export const AMENDED_RATE = reversal('amendedRate', '改判率', 'amended on appeal', ['amended']);
export const REMANDED_RATE = reversal('remandedRate', '发回重审率', 'remanded on appeal', ['remanded']);

export const ACCEPTANCE_RATE: MetricDefinition = {
  key: 'acceptanceRate',
  nameZh: '服判息诉率',
  nameEn: 'judgments accepted without appeal',
  unit: 'percent',
  direction: 'higher',
  describe: (policy) => ({
    zh: `(本期一审结案数 − 其中上诉的) ÷ 本期一审结案数(${codes(policy.firstInstanceTypeCodes)})；不减申请再审`,
    en: `(first-instance closings − those appealed) ÷ first-instance closings (${policy.firstInstanceTypeCodes.join(', ')}); retrial applications not subtracted`,
  }),
  compute: (cases, { period }, policy) => {
    const cohort = firstInstanceClosed(cases, period, policy);
    const accepted = cohort.filter((c) => !c.appealed).length;
    return ratio('acceptanceRate', accepted, cohort.length, 'percent');
  },
};

/** 小额诉讼 is final (民诉法 §165) and 特别程序 judgments are not appealable (民诉法 §185). */
const UNAPPEALABLE_PROCEDURES = new Set(['small_claims', 'special']);

function appealable(c: MetricCase): boolean {
  if (c.appealed) return true;
  if (c.procedure !== null && UNAPPEALABLE_PROCEDURES.has(c.procedure)) return false;
  const method =
    c.closeMethod === null || !CLOSE_METHODS.isKey(c.closeMethod) ? null : CLOSE_METHODS.get(c.closeMethod);
  return method === null || method.appealable;
}

export const APPEAL_RATE: MetricDefinition = {
  key: 'appealRate',
  nameZh: '一审上诉率',
  nameEn: 'appeal rate (first instance)',
  unit: 'percent',
  direction: 'lower',
  describe: (policy) => ({
    zh:
      policy.appealRate.denominator === 'appealable'
        ? `本期一审结案中上诉的 ÷ 其中可上诉的(不含调解、撤诉、小额诉讼、特别程序等不可上诉的结案)`
        : `本期一审结案中上诉的 ÷ 本期一审结案数`,
    en:
      policy.appealRate.denominator === 'appealable'
        ? 'first-instance closings appealed ÷ those that could be appealed (not mediation, withdrawal, small claims, special procedure …)'
        : 'first-instance closings appealed ÷ all first-instance closings',
  }),
  compute: (cases, { period }, policy) => {
    const cohort = firstInstanceClosed(cases, period, policy);
    const base = policy.appealRate.denominator === 'appealable' ? cohort.filter(appealable) : cohort;
    return ratio('appealRate', base.filter((c) => c.appealed).length, base.length, 'percent');
  },
};

/** 民诉法解释 §143: cases under these procedures may not be mediated. */
const UNMEDIABLE_PROCEDURES = new Set(['special', 'payment_order', 'public_notice']);

function mediatedOrWithdrawn(c: MetricCase): boolean {
  if (c.closeMethod === null || !CLOSE_METHODS.isKey(c.closeMethod)) return false;
  const method = CLOSE_METHODS.get(c.closeMethod);
  return method.mediation || method.withdrawal;
}

export const MEDIATION_WITHDRAWAL_RATE: MetricDefinition = {
  key: 'mediationWithdrawalRate',
  nameZh: '调解撤诉率',
  nameEn: 'mediation and withdrawal rate',
  unit: 'percent',
  direction: 'higher',
  describe: ({ mediation }) => ({
    zh: `${codes(mediation.typeCodes)}案件中以调解、撤诉(含撤回上诉)结案的 ÷ ${mediation.denominator === 'mediable' ? '可调解的结案数(不含特别程序、督促、公示催告)' : '结案数'}`,
    en: `${mediation.typeCodes.join(', ')} cases closed by mediation or withdrawal (appeals withdrawn included) ÷ ${mediation.denominator === 'mediable' ? 'closings that could be mediated (not special, payment-order or public-notice procedures)' : 'all closings'}`,
  }),
  compute: (cases, { period }, { mediation }) => {
    const types = new Set(mediation.typeCodes);
    let numerator = 0;
    let denominator = 0;
    for (const c of cases) {
      if (!types.has(c.typeCode) || !closedIn(c, period)) continue;
      if (mediation.denominator === 'mediable' && c.procedure !== null && UNMEDIABLE_PROCEDURES.has(c.procedure))
        continue;
      denominator++;
      if (mediatedOrWithdrawn(c)) numerator++;
    }
    return ratio('mediationWithdrawalRate', numerator, denominator, 'percent');
  },
};
