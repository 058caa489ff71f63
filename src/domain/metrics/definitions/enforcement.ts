import { CLOSE_METHODS } from '../../catalogues/closeMethods';
import type { MetricCase } from '../caseRecord';
import type { MetricDefinition } from '../definition';
import { ratio } from '../definition';
import { closedIn } from '../selection';

const codes = (list: readonly string[]) => list.join('、');

/** Closings that mean the whole claim was met, so an unrecorded recovery is taken as the full amount. */
const FULLY_PERFORMED = new Set(['executed', 'voluntary_performance']);

function recovered(c: MetricCase): number {
  if (c.recoveredAmount !== null) return c.recoveredAmount;
  return c.closeMethod !== null && FULLY_PERFORMED.has(c.closeMethod) ? (c.amount ?? 0) : 0;
}

export const ENFORCEMENT_RECOVERY_RATE: MetricDefinition = {
  key: 'enforcementRecoveryRate',
  nameZh: '执行到位率',
  nameEn: 'enforcement recovery rate',
  unit: 'percent',
  direction: 'higher',
  describe: ({ enforcement }) => ({
    zh: `本期执结(${codes(enforcement.typeCodes)})案件的执行到位金额之和 ÷ 其申请执行标的金额之和；执行完毕、自动履行而未录到位金额的按标的额计`,
    en: `amount recovered ÷ amount claimed, over ${enforcement.typeCodes.join(', ')} cases closed in the period; cases enforced in full or performed voluntarily without a recorded recovery count at their full amount`,
  }),
  compute: (cases, { period }, { enforcement }) => {
    const types = new Set(enforcement.typeCodes);
    let recoveredTotal = 0;
    let claimed = 0;
    for (const c of cases) {
      if (!types.has(c.typeCode) || !closedIn(c, period) || c.amount === null || c.amount <= 0) continue;
      claimed += c.amount;
      recoveredTotal += recovered(c);
    }
    return ratio('enforcementRecoveryRate', recoveredTotal, claimed, 'percent');
  },
};

export const ACTUAL_EXECUTION_RATE: MetricDefinition = {
  key: 'actualExecutionRate',
  nameZh: '实际执结率',
  nameEn: 'actually enforced rate',
  unit: 'percent',
  direction: 'higher',
  describe: ({ enforcement }) => ({
    zh: `本期执结案件中以${codes(enforcement.executedCloseMethods.map((key) => CLOSE_METHODS.get(key).zh))}结案的 ÷ 本期执结数(${codes(enforcement.typeCodes)})`,
    en: `enforcement closings by ${enforcement.executedCloseMethods.join(', ')} ÷ all enforcement closings (${enforcement.typeCodes.join(', ')})`,
  }),
  compute: (cases, { period }, { enforcement }) => {
    const types = new Set(enforcement.typeCodes);
    const executed = new Set<string>(enforcement.executedCloseMethods);
    let numerator = 0;
    let closed = 0;
    for (const c of cases) {
      if (!types.has(c.typeCode) || !closedIn(c, period)) continue;
      closed++;
      if (c.closeMethod !== null && executed.has(c.closeMethod)) numerator++;
    }
    return ratio('actualExecutionRate', numerator, closed, 'percent');
  },
};
