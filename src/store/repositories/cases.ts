import { Prisma, type CaseStatus } from '../../generated/prisma/client';
import type { StoreReader } from '../read';

/**
 * One row of a judge's case list: what the list shows and nothing more, dates as `YYYY-MM-DD` (as JSON
 * writes DATE columns). The
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
 * that both stores return the same order. The rows come back as one JSON array: decoding a few hundred
 * rows value by value (most of all in PGlite, and again in Prisma) cost several times the statement.
 * It runs on the driver (`store.read`), so `docket cases list` never instantiates Prisma's query compiler.
 */
export async function findJudgeCases(db: StoreReader, query: JudgeCasesQuery): Promise<CaseListRow[]> {
  const conditions = [Prisma.sql`"judgeId" = ${query.judgeId}`];
  if (query.openOnly || query.overdueBefore !== undefined) conditions.push(Prisma.sql`status = 'open'`);
  if (query.overdueBefore !== undefined) conditions.push(Prisma.sql`deadline < ${query.overdueBefore}::date`);
  const limit = query.limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${query.limit}`;
  const [result] = await db.read<{ rows: string }>(Prisma.sql`
    SELECT coalesce(json_agg(listed ORDER BY listed.position), '[]')::text AS rows FROM (
      SELECT "caseNumber", "typeCode", cause, procedure, status, "filedOn", "closedOn", "closeMethod", deadline,
        "naturalDeadline", "deadlineProvisional", extended, suspended, "teamId",
        row_number() OVER (ORDER BY status ASC, deadline ASC NULLS LAST, id ASC) AS position
      FROM "Case" WHERE ${Prisma.join(conditions, ' AND ')}
      ORDER BY status ASC, deadline ASC NULLS LAST, id ASC ${limit}
    ) AS listed`);
  return JSON.parse(result?.rows ?? '[]') as CaseListRow[];
}

/** The names of these teams, by id (the ones a judge's case list shows). */
export async function findTeamNames(db: StoreReader, teamIds: readonly number[]): Promise<Map<number, string>> {
  if (teamIds.length === 0) return new Map();
  const rows = await db.read<{ id: number; name: string }>(
    Prisma.sql`SELECT id, name FROM "Team" WHERE id = ANY(${[...teamIds]}::int[])`,
  );
  return new Map(rows.map((team) => [team.id, team.name]));
}
