import { Prisma } from '../../generated/prisma/client';

/** Which cases a list or summary covers: a court, narrowed to some judges or one team. */
export interface CaseSetFilter {
  courtId: number;
  judgeIds?: readonly number[];
  teamId?: number;
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
