import type { Prisma, PrismaClient } from '../../generated/prisma/client';
import { toDbDate } from '../dbDate';

/**
 * What a case list shows, and nothing more: on the embedded store decoding the rows is most of the
 * cost. The judge is the filter and the team almost always the judge's, so their names are looked up
 * once by the caller instead of joined into every row, and the list stays one statement.
 */
const CASE_LIST_SELECT = {
  caseNumber: true,
  typeCode: true,
  cause: true,
  procedure: true,
  filedOn: true,
  closedOn: true,
  closeMethod: true,
  status: true,
  deadline: true,
  naturalDeadline: true,
  deadlineProvisional: true,
  extended: true,
  suspended: true,
  teamId: true,
} satisfies Prisma.CaseSelect;

export type CaseListRow = Prisma.CaseGetPayload<{ select: typeof CASE_LIST_SELECT }>;

export interface JudgeCasesQuery {
  judgeId: number;
  /** Only cases not yet closed. */
  openOnly?: boolean;
  /** Only open cases whose 审限 ended before this day (YYYY-MM-DD): the deadline day itself is still in time. */
  overdueBefore?: string;
  limit?: number;
}

/**
 * A judge's cases, open ones first, each group by 审限 (soonest first, cases without one last).
 *
 * The filter and the order are the (judgeId, status, deadline) index's own columns, so "my open cases
 * by deadline" is one index range scan however many cases the court holds; the id only breaks ties so
 * that both stores return the same order.
 */
export function findJudgeCases(prisma: PrismaClient, query: JudgeCasesQuery): Promise<CaseListRow[]> {
  const where: Prisma.CaseWhereInput = { judgeId: query.judgeId };
  if (query.openOnly || query.overdueBefore !== undefined) where.status = 'open';
  if (query.overdueBefore !== undefined) where.deadline = { lt: toDbDate(query.overdueBefore) };
  return prisma.case.findMany({
    where,
    select: CASE_LIST_SELECT,
    orderBy: [{ status: 'asc' }, { deadline: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    ...(query.limit !== undefined ? { take: query.limit } : {}),
  });
}
