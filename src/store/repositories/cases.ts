import { Prisma, type CaseStatus, type PrismaClient } from '../../generated/prisma/client';

/**
 * One row of a judge's case list: what the list shows and nothing more, dates as `YYYY-MM-DD`. The
 * judge is the filter and the team almost always the judge's, so their names are looked up once by the
 * caller instead of joined into every row.
 */
export interface CaseListRow {
  caseNumber: string;
  typeCode: string;
  cause: string;
  procedure: string;
  status: CaseStatus;
  filedOn: string;
  closedOn: string | null;
  closeMethod: string | null;
  deadline: string | null;
  naturalDeadline: string | null;
  deadlineProvisional: boolean;
  extended: boolean;
  suspended: boolean;
  teamId: number | null;
}

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
 * by deadline" is one index range scan however many cases the store holds; the id only breaks ties so
 * that both stores return the same order. Plain SQL, with dates as text, because this runs on every
 * `cases list` and decoding the rows through Prisma's model layer costs more than the statement itself.
 */
export async function findJudgeCases(prisma: PrismaClient, query: JudgeCasesQuery): Promise<CaseListRow[]> {
  // Qualified, because the select list gives status and the dates text aliases of the same names.
  const conditions = [Prisma.sql`"judgeId" = ${query.judgeId}`];
  if (query.openOnly || query.overdueBefore !== undefined) conditions.push(Prisma.sql`"Case".status = 'open'`);
  if (query.overdueBefore !== undefined) conditions.push(Prisma.sql`"Case".deadline < ${query.overdueBefore}::date`);
  const limit = query.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${query.limit}`;
  return prisma.$queryRaw<CaseListRow[]>`
    SELECT "caseNumber", "typeCode", cause, procedure, status::text AS status, "filedOn"::text AS "filedOn",
      "closedOn"::text AS "closedOn", "closeMethod", deadline::text AS deadline, "naturalDeadline"::text AS "naturalDeadline",
      "deadlineProvisional", extended, suspended, "teamId"
    FROM "Case" WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY "Case".status ASC, "Case".deadline ASC NULLS LAST, "Case".id ASC ${limit}`;
}
