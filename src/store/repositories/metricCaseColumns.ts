import type { MetricCase } from '../../domain/metrics';
import type { Prisma } from '../../generated/prisma/client';

/**
 * The Case columns the domain's metric formulas read, each the MetricCase field of the same name. The
 * reports load them through Prisma and the /mycases summary as raw SQL; one list keeps the two computing
 * the same metrics, and a field added to MetricCase does not compile until it is listed here too.
 */
export const METRIC_CASE_COLUMNS = {
  typeCode: true,
  procedure: true,
  filedOn: true,
  closedOn: true,
  closeMethod: true,
  deadline: true,
  baseDeadline: true,
  excludedDays: true,
  extended: true,
  suspended: true,
  appealed: true,
  appealOutcome: true,
  amount: true,
  recoveredAmount: true,
  judgeId: true,
  teamId: true,
} as const satisfies Record<keyof MetricCase, true> & Prisma.CaseSelect;
