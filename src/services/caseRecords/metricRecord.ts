import type { MetricCase } from '../../domain/metrics';
import type { Case } from '../../generated/prisma/client';
import { fromDbDate, fromDbDateOrNull } from '../../store/dbDate';
import { METRIC_CASE_COLUMNS } from '../../store/repositories/metricCaseColumns';

/** Select exactly these to load a period's cases for the metric formulas in one query. */
export const METRIC_CASE_SELECT = METRIC_CASE_COLUMNS;

export type CaseMetricFacts = Pick<Case, keyof typeof METRIC_CASE_SELECT>;

/**
 * One stored case as the domain's metric formulas see it. A row the recompute has not reached since
 * baseDeadline was added has none, and the formulas fall back to counting an extended, stayed or
 * deducted case as outside the statutory limit (see MetricCase.baseDeadline).
 */
export function metricCaseFor(row: CaseMetricFacts): MetricCase {
  return {
    typeCode: row.typeCode,
    procedure: row.procedure,
    filedOn: fromDbDate(row.filedOn),
    closedOn: fromDbDateOrNull(row.closedOn),
    closeMethod: row.closeMethod,
    deadline: fromDbDateOrNull(row.deadline),
    baseDeadline: fromDbDateOrNull(row.baseDeadline),
    excludedDays: row.excludedDays,
    extended: row.extended,
    suspended: row.suspended,
    appealed: row.appealed,
    appealOutcome: row.appealOutcome,
    amount: row.amount === null ? null : row.amount.toNumber(),
    recoveredAmount: row.recoveredAmount === null ? null : row.recoveredAmount.toNumber(),
    judgeId: row.judgeId,
    teamId: row.teamId,
  };
}
