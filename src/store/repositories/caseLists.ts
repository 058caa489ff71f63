import { Prisma, type CaseEventKind, type CaseStatus, type PrismaClient } from '../../generated/prisma/client';
import { toDbDate } from '../dbDate';
import { scopeSql, type CaseSetFilter } from './caseSummary';

/**
 * The case lists behind /mycases in plain SQL: one statement per list (rows and total together), and
 * one for the events of the cases the 审限 engine must see. These run on every request, and Prisma's
 * model queries cost several times the CPU of the statement itself; the shapes match the Prisma
 * models', so the domain mapping (services/caseRecords) takes them as they are.
 */

export interface CaseRow {
  id: number;
  courtId: number;
  judgeId: number | null;
  teamId: number | null;
  caseNumber: string;
  cause: string;
  typeCode: string;
  procedure: string;
  filedOn: Date;
  startsOn: Date | null;
  prosecution: string | null;
  detained: boolean | null;
  incidentalCivil: boolean;
  appealAgainst: string | null;
  nonLitigation: boolean;
  specialKind: string | null;
  announcementEndsOn: Date | null;
  status: CaseStatus;
  closedOn: Date | null;
  deadline: Date | null;
  deadlineProvisional: boolean;
  extended: boolean;
  suspended: boolean;
}

export interface EventRow {
  caseId: number;
  kind: CaseEventKind;
  occurredOn: Date;
  months: number | null;
  days: number | null;
  approvedBy: string | null;
  fromDate: Date | null;
  toDate: Date | null;
  reason: string | null;
  procedureFrom: string | null;
  procedureTo: string | null;
}

/** Open cases whose 审限 falls in a range (each bound optional; `before` excludes its day). */
export interface DeadlineRange {
  before?: string;
  from?: string;
  to?: string;
}

// Dates travel as text and become UTC-midnight Dates here, exactly as Prisma returns DATE columns,
// so the result is the same on PGlite and PostgreSQL whatever their drivers do with dates.
const CASE_COLUMNS = Prisma.sql`id, "courtId", "judgeId", "teamId", "caseNumber", cause, "typeCode", procedure,
  "filedOn"::text AS "filedOn", "startsOn"::text AS "startsOn", prosecution, detained, "incidentalCivil",
  "appealAgainst", "nonLitigation", "specialKind", "announcementEndsOn"::text AS "announcementEndsOn",
  status::text AS status, "closedOn"::text AS "closedOn", deadline::text AS deadline, "deadlineProvisional", extended, suspended`;

type Raw<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

function date(value: string | null): Date | null {
  return value === null ? null : toDbDate(value);
}

function toCaseRow(raw: Raw<CaseRow>): CaseRow {
  return {
    ...raw,
    filedOn: toDbDate(raw.filedOn),
    startsOn: date(raw.startsOn),
    announcementEndsOn: date(raw.announcementEndsOn),
    closedOn: date(raw.closedOn),
    deadline: date(raw.deadline),
  };
}

function rangeSql(range: DeadlineRange): Prisma.Sql {
  const parts = [Prisma.sql`status = 'open'`];
  if (range.before !== undefined) parts.push(Prisma.sql`deadline < ${range.before}::date`);
  if (range.from !== undefined) parts.push(Prisma.sql`deadline >= ${range.from}::date`);
  if (range.to !== undefined) parts.push(Prisma.sql`deadline <= ${range.to}::date`);
  return Prisma.join(parts, ' AND ');
}

/**
 * One page of open cases by 审限 (soonest first, none last) and the total, in one statement. A page
 * past the end (the list shrank since the button was drawn) comes back as the last page.
 */
export async function findOpenCasePage(
  prisma: PrismaClient,
  filter: CaseSetFilter,
  range: DeadlineRange,
  page: { size: number; index: number },
): Promise<{ rows: CaseRow[]; total: number; index: number }> {
  const query = (index: number) => prisma.$queryRaw<Array<Raw<CaseRow> & { total: bigint | number }>>`
    SELECT ${CASE_COLUMNS}, count(*) OVER () AS total
    FROM "Case" WHERE ${scopeSql(filter)} AND ${rangeSql(range)}
    ORDER BY deadline ASC NULLS LAST, id ASC
    LIMIT ${page.size} OFFSET ${index * page.size}`;
  let index = Math.max(0, page.index);
  let raw = await query(index);
  if (raw.length === 0 && index > 0) {
    const [counted] = await prisma.$queryRaw<Array<{ total: bigint | number }>>`SELECT count(*) AS total FROM "Case" WHERE ${scopeSql(filter)} AND ${rangeSql(range)}`;
    index = Math.max(0, Math.ceil(Number(counted?.total ?? 0) / page.size) - 1);
    raw = await query(index);
  }
  const total = Number(raw[0]?.total ?? 0);
  return { rows: raw.map(({ total: _total, ...row }) => toCaseRow(row)), total, index };
}

/** Every open case of the scope due in a range (for the extension-application scan). */
export async function findOpenCasesDue(prisma: PrismaClient, filter: CaseSetFilter, range: DeadlineRange): Promise<CaseRow[]> {
  const raw = await prisma.$queryRaw<Array<Raw<CaseRow>>>`SELECT ${CASE_COLUMNS} FROM "Case" WHERE ${scopeSql(filter)} AND ${rangeSql(range)}`;
  return raw.map(toCaseRow);
}

export async function findCaseById(prisma: PrismaClient, id: number): Promise<CaseRow | null> {
  const [raw] = await prisma.$queryRaw<Array<Raw<CaseRow>>>`SELECT ${CASE_COLUMNS} FROM "Case" WHERE id = ${id}`;
  return raw ? toCaseRow(raw) : null;
}

export async function findCaseByNumber(prisma: PrismaClient, courtId: number, normalizedNumber: string): Promise<CaseRow | null> {
  const [raw] = await prisma.$queryRaw<Array<Raw<CaseRow>>>`SELECT ${CASE_COLUMNS} FROM "Case" WHERE "courtId" = ${courtId} AND "normalizedNumber" = ${normalizedNumber}`;
  return raw ? toCaseRow(raw) : null;
}

/** The events of some cases, in the order they happened. */
export async function findEvents(prisma: PrismaClient, caseIds: readonly number[]): Promise<EventRow[]> {
  if (caseIds.length === 0) return [];
  const raw = await prisma.$queryRaw<Array<Raw<EventRow>>>`
    SELECT "caseId", kind::text AS kind, "occurredOn"::text AS "occurredOn", months, days, "approvedBy",
      "fromDate"::text AS "fromDate", "toDate"::text AS "toDate", reason, "procedureFrom", "procedureTo"
    FROM "CaseEvent" WHERE "caseId" = ANY(${[...caseIds]}::int[])
    ORDER BY "caseId", "occurredOn", id`;
  return raw.map((event) => ({ ...event, occurredOn: toDbDate(event.occurredOn), fromDate: date(event.fromDate), toDate: date(event.toDate) }));
}
