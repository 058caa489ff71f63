import { Prisma, type CaseEventKind, type CaseStatus } from '../../generated/prisma/client';
import { toDbDate } from '../dbDate';
import type { StoreReader } from '../read';
import { scopeSql, type CaseSetFilter } from './caseScope';

/**
 * The case lists behind /mycases, on the hot read path (store.read): one statement per list (rows,
 * total and the events the 审限 engine needs together), one per case looked up. The shapes match the
 * Prisma models' (dates as UTC-midnight Dates), so the domain mapping (services/caseRecords) takes
 * them as they are.
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
  /** The case's latest 延长审限 request not refused (asked, approved, or entered in the CMS), with the 审限 it gives. */
  extensionRequest: LiveExtensionRequest | null;
}

export interface LiveExtensionRequest {
  status: 'pending' | 'approved' | 'entered';
  /** YYYY-MM-DD */
  proposedDeadline: string;
}

interface EventRow {
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

/** A case with its events in the order they happened, for the 审限 engine. */
export interface CaseWithEvents extends CaseRow {
  events: EventRow[];
}

/** Open cases whose 审限 falls in a range (each bound optional; `before` excludes its day). */
export interface DeadlineRange {
  before?: string;
  from?: string;
  to?: string;
}

export const CASE_COLUMNS = Prisma.sql`c.id, c."courtId", c."judgeId", c."teamId", c."caseNumber", c.cause, c."typeCode", c.procedure,
  c."filedOn", c."startsOn", c.prosecution, c.detained, c."incidentalCivil", c."appealAgainst", c."nonLitigation", c."specialKind",
  c."announcementEndsOn", c.status, c."closedOn", c.deadline, c."deadlineProvisional", c.extended, c.suspended`;

/** The events of the case `c`, oldest first, as one JSON array: a page's or a case's events cost no extra round trip. */
export const EVENTS_OF_C = Prisma.sql`(SELECT coalesce(json_agg(json_build_object('caseId', e."caseId", 'kind', e.kind, 'occurredOn', e."occurredOn",
    'months', e.months, 'days', e.days, 'approvedBy', e."approvedBy", 'fromDate', e."fromDate", 'toDate', e."toDate", 'reason', e.reason,
    'procedureFrom', e."procedureFrom", 'procedureTo', e."procedureTo") ORDER BY e."occurredOn", e.id), '[]')
  FROM "CaseEvent" e WHERE e."caseId" = c.id) AS events`;

/** The case's latest 延长审限 request not refused, if any, as JSON: one indexed look-up per row, in the same statement. */
const EXTENSION_REQUEST_OF_C = Prisma.sql`(SELECT json_build_object('status', r.status, 'proposedDeadline', r."proposedDeadline")
  FROM "ExtensionRequest" r WHERE r."caseId" = c.id AND r.status IN ('pending', 'approved', 'entered') ORDER BY r.id DESC LIMIT 1) AS "extensionRequest"`;

/** Rows as store.read and JSON give them: dates as YYYY-MM-DD text. */
type Raw<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};
export type RawCase = Raw<CaseRow> & { events: Array<Raw<EventRow>> };

function date(value: string | null): Date | null {
  return value === null ? null : toDbDate(value);
}

function toEventRow(raw: Raw<EventRow>): EventRow {
  return { ...raw, occurredOn: toDbDate(raw.occurredOn), fromDate: date(raw.fromDate), toDate: date(raw.toDate) };
}

export function toCaseWithEvents({ events, ...raw }: RawCase): CaseWithEvents {
  return {
    ...raw,
    filedOn: toDbDate(raw.filedOn),
    startsOn: date(raw.startsOn),
    announcementEndsOn: date(raw.announcementEndsOn),
    closedOn: date(raw.closedOn),
    deadline: date(raw.deadline),
    events: events.map(toEventRow),
  };
}

function rangeSql(range: DeadlineRange): Prisma.Sql {
  const parts = [Prisma.sql`c.status = 'open'`];
  if (range.before !== undefined) parts.push(Prisma.sql`c.deadline < ${range.before}::date`);
  if (range.from !== undefined) parts.push(Prisma.sql`c.deadline >= ${range.from}::date`);
  if (range.to !== undefined) parts.push(Prisma.sql`c.deadline <= ${range.to}::date`);
  return Prisma.join(parts, ' AND ');
}

/**
 * One page of open cases by 审限 (soonest first, none last) with their events, and the total, in one
 * statement. A page past the end (the list shrank since the button was drawn) comes back as the last page.
 */
export async function findOpenCasePage(
  db: StoreReader,
  filter: CaseSetFilter,
  range: DeadlineRange,
  page: { size: number; index: number },
): Promise<{ rows: CaseWithEvents[]; total: number; index: number }> {
  const where = Prisma.sql`${scopeSql(filter)} AND ${rangeSql(range)}`;
  // The count is an uncorrelated subquery, computed once; for one judge the page itself reads only its rows in index order.
  const query = (index: number) =>
    db.read<RawCase & { total: number }>(Prisma.sql`
      SELECT ${CASE_COLUMNS}, ${EVENTS_OF_C}, ${EXTENSION_REQUEST_OF_C}, (SELECT count(*) FROM "Case" c WHERE ${where})::int AS total
      FROM "Case" c WHERE ${where}
      ORDER BY c.deadline ASC NULLS LAST, c.id ASC
      LIMIT ${page.size} OFFSET ${index * page.size}`);
  let index = Math.max(0, page.index);
  let raw = await query(index);
  if (raw.length === 0 && index > 0) {
    const [counted] = await db.read<{ total: number }>(
      Prisma.sql`SELECT count(*)::int AS total FROM "Case" c WHERE ${where}`,
    );
    index = Math.max(0, Math.ceil((counted?.total ?? 0) / page.size) - 1);
    raw = await query(index);
  }
  const total = raw[0]?.total ?? 0;
  return { rows: raw.map(({ total: _total, ...row }) => toCaseWithEvents(row)), total, index };
}

export async function findCaseById(db: StoreReader, id: number): Promise<CaseWithEvents | null> {
  const [raw] = await db.read<RawCase>(
    Prisma.sql`SELECT ${CASE_COLUMNS}, ${EVENTS_OF_C}, ${EXTENSION_REQUEST_OF_C} FROM "Case" c WHERE c.id = ${id}`,
  );
  return raw ? toCaseWithEvents(raw) : null;
}

export async function findCaseByNumber(
  db: StoreReader,
  courtId: number,
  normalizedNumber: string,
): Promise<CaseWithEvents | null> {
  const [raw] = await db.read<RawCase>(
    Prisma.sql`SELECT ${CASE_COLUMNS}, ${EVENTS_OF_C}, ${EXTENSION_REQUEST_OF_C}
                 FROM "Case" c WHERE c."courtId" = ${courtId} AND c."normalizedNumber" = ${normalizedNumber}`,
  );
  return raw ? toCaseWithEvents(raw) : null;
}
