import { Prisma, type PrismaClient } from '../../generated/prisma/client';

/** Which cases to count: a court, narrowed to some judges or one team. */
export interface CaseSetFilter {
  courtId: number;
  judgeIds?: readonly number[];
  teamId?: number;
}

/** The days the counts are relative to, as YYYY-MM-DD. */
export interface SummaryDays {
  today: string;
  /** today + 7, + 15, + 30: "due within N days" means a deadline from today up to that day. */
  dueBy: readonly [string, string, string];
  /** Filed before these days: pending over 12, 18, 36 months. */
  filedBefore: readonly [string, string, string];
  monthStart: string;
  yearStart: string;
}

export interface CaseCounts {
  open: number;
  overdue: number;
  dueWithin: [number, number, number];
  /**
   * pendingOver, closedThis* and averageDays* are plain SQL approximations of the domain's metric
   * formulas, kept for the daily digest's court counts; /mycases takes these from the domain
   * (src/domain/metrics) under the court's 口径 instead (MyCasesService.metrics).
   */
  pendingOver: [number, number, number];
  closedThisMonth: number;
  closedThisYear: number;
  /** Mean of (closedOn − filedOn) in days over this year's closed cases; null when none closed. */
  averageDaysClosedThisYear: number | null;
}

/**
 * Judge and team ids are unique across courts, so those filters stand alone (the caller resolved them
 * within the court): adding the court makes PostgreSQL AND a judge's few hundred rows with the court's
 * tens of thousands (a BitmapAnd). One judge is compared with `=`, not `= ANY`: then the
 * (judgeId, status, deadline) index hands over rows in deadline order and a page reads only its own.
 */
export function scopeSql(filter: CaseSetFilter): Prisma.Sql {
  if (filter.judgeIds?.length === 1) return Prisma.sql`"judgeId" = ${filter.judgeIds[0]}`;
  if (filter.judgeIds !== undefined) return Prisma.sql`"judgeId" = ANY(${[...filter.judgeIds]}::int[])`;
  if (filter.teamId !== undefined) return Prisma.sql`"teamId" = ${filter.teamId}`;
  return Prisma.sql`"courtId" = ${filter.courtId}`;
}

interface CountsRow {
  open: number;
  overdue: number;
  due0: number;
  due1: number;
  due2: number;
  pending0: number;
  pending1: number;
  pending2: number;
  closed_month: number;
  closed_year: number;
  average_days: number | null;
}

/**
 * All the counts of a case summary in one statement (FILTER clauses over one scan of the scope's
 * rows), so a summary costs one round trip on either store.
 */
export async function countCases(prisma: PrismaClient, filter: CaseSetFilter, days: SummaryDays): Promise<CaseCounts> {
  const open = Prisma.sql`status = 'open'`;
  const closed = Prisma.sql`status = 'closed'`;
  const today = Prisma.sql`${days.today}::date`;
  const rows = await prisma.$queryRaw<CountsRow[]>`
    SELECT
      count(*) FILTER (WHERE ${open})::int AS open,
      count(*) FILTER (WHERE ${open} AND deadline < ${today})::int AS overdue,
      count(*) FILTER (WHERE ${open} AND deadline >= ${today} AND deadline <= ${days.dueBy[0]}::date)::int AS due0,
      count(*) FILTER (WHERE ${open} AND deadline >= ${today} AND deadline <= ${days.dueBy[1]}::date)::int AS due1,
      count(*) FILTER (WHERE ${open} AND deadline >= ${today} AND deadline <= ${days.dueBy[2]}::date)::int AS due2,
      count(*) FILTER (WHERE ${open} AND "filedOn" < ${days.filedBefore[0]}::date)::int AS pending0,
      count(*) FILTER (WHERE ${open} AND "filedOn" < ${days.filedBefore[1]}::date)::int AS pending1,
      count(*) FILTER (WHERE ${open} AND "filedOn" < ${days.filedBefore[2]}::date)::int AS pending2,
      count(*) FILTER (WHERE ${closed} AND "closedOn" >= ${days.monthStart}::date AND "closedOn" <= ${today})::int AS closed_month,
      count(*) FILTER (WHERE ${closed} AND "closedOn" >= ${days.yearStart}::date AND "closedOn" <= ${today})::int AS closed_year,
      (avg("closedOn" - "filedOn") FILTER (WHERE ${closed} AND "closedOn" >= ${days.yearStart}::date AND "closedOn" <= ${today}))::float8 AS average_days
    FROM "Case"
    WHERE ${scopeSql(filter)}`;
  const row = rows[0] as CountsRow;
  return {
    open: row.open,
    overdue: row.overdue,
    dueWithin: [row.due0, row.due1, row.due2],
    pendingOver: [row.pending0, row.pending1, row.pending2],
    closedThisMonth: row.closed_month,
    closedThisYear: row.closed_year,
    averageDaysClosedThisYear: row.average_days === null ? null : Number(row.average_days),
  };
}
