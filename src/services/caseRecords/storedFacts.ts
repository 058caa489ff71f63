import type { IsoDate } from '../../domain/dates';
import type { CaseEventKind } from '../../generated/prisma/client';
import type { SqlSession } from '../../store/migrations';
import type { DeadlineFields } from './deadlineFields';
import type { CaseDeadlineFacts, CaseEventFacts } from './deadlineInput';

/** A stored case with its events and its 审限 columns as they are now, ready for the engine. */
export interface StoredCase {
  readonly facts: CaseDeadlineFacts;
  readonly courtId: number;
  readonly events: readonly CaseEventFacts[];
  readonly stored: DeadlineFields;
}

export interface CaseSelection {
  readonly courtId?: number;
  readonly suspendedOnly?: boolean;
}

// Each batch comes back as one JSON text of arrays: decoding thousands of rows value by value costs
// more than the statement on PGlite, and JSON.parse is the fastest decoder either driver offers.
const CASE_VALUES = `c.id, c."courtId", c."typeCode", c.procedure, c."filedOn", c."startsOn", c.prosecution, c.detained,
  c."incidentalCivil", c."appealAgainst", c."nonLitigation", c."specialKind", c."announcementEndsOn",
  c.deadline, c."naturalDeadline", c."baseDeadline", c."excludedDays", c."deadlineProvisional", c.extended, c.suspended`;
const EVENT_VALUES = `kind, "occurredOn", months, days, "approvedBy", "fromDate", "toDate", reason, "procedureFrom", "procedureTo"`;

type Day = IsoDate | null;
type EventTuple = [
  CaseEventKind,
  IsoDate,
  number | null,
  number | null,
  string | null,
  Day,
  Day,
  string | null,
  string | null,
  string | null,
];
type CaseTuple = [
  id: number,
  courtId: number,
  typeCode: string,
  procedure: string,
  filedOn: IsoDate,
  startsOn: Day,
  prosecution: string | null,
  detained: boolean | null,
  incidentalCivil: boolean,
  appealAgainst: string | null,
  nonLitigation: boolean,
  specialKind: string | null,
  announcementEndsOn: Day,
  deadline: Day,
  naturalDeadline: Day,
  baseDeadline: Day,
  excludedDays: number | null,
  deadlineProvisional: boolean,
  extended: boolean,
  suspended: boolean,
  events: EventTuple[] | null,
];

/**
 * The cases chosen by `where` (the alias `c` is the Case table) with their events, in id order: the
 * events of the whole batch are aggregated in one grouped scan rather than looked up case by case.
 */
async function readBatch(
  session: SqlSession,
  where: string,
  params: unknown[],
  limit: number | null,
): Promise<StoredCase[]> {
  const rows = await session.query<{ batch: string }>(
    `WITH c AS (SELECT ${CASE_VALUES} FROM "Case" c WHERE ${where} ORDER BY c.id ${limit === null ? '' : `LIMIT ${limit}`}),
          e AS (SELECT "caseId", json_agg(json_build_array(${EVENT_VALUES}) ORDER BY "occurredOn", id) AS events
                  FROM "CaseEvent" WHERE "caseId" IN (SELECT id FROM c) GROUP BY "caseId")
     SELECT coalesce(json_agg(json_build_array(${CASE_VALUES}, e.events) ORDER BY c.id), '[]')::text AS batch
       FROM c LEFT JOIN e ON e."caseId" = c.id`,
    params,
  );
  return (JSON.parse(rows[0]?.batch ?? '[]') as CaseTuple[]).map(storedCase);
}

function storedCase(tuple: CaseTuple): StoredCase {
  const [
    id,
    courtId,
    typeCode,
    procedure,
    filedOn,
    startsOn,
    prosecution,
    detained,
    incidentalCivil,
    appealAgainst,
    nonLitigation,
    specialKind,
    announcementEndsOn,
  ] = tuple;
  const [
    ,
    ,
    ,
    ,
    ,
    ,
    ,
    ,
    ,
    ,
    ,
    ,
    ,
    deadline,
    naturalDeadline,
    baseDeadline,
    excludedDays,
    deadlineProvisional,
    extended,
    suspended,
    events,
  ] = tuple;
  return {
    courtId,
    facts: {
      id,
      typeCode,
      procedure,
      filedOn,
      startsOn,
      prosecution,
      detained,
      incidentalCivil,
      appealAgainst,
      nonLitigation,
      specialKind,
      announcementEndsOn,
    },
    events: events === null ? [] : events.map(storedEvent),
    stored: { deadline, naturalDeadline, baseDeadline, excludedDays, deadlineProvisional, extended, suspended },
  };
}

function storedEvent([
  kind,
  occurredOn,
  months,
  days,
  approvedBy,
  fromDate,
  toDate,
  reason,
  procedureFrom,
  procedureTo,
]: EventTuple): CaseEventFacts {
  return { kind, occurredOn, months, days, approvedBy, fromDate, toDate, reason, procedureFrom, procedureTo };
}

function conditions(selection: CaseSelection, params: unknown[]): string[] {
  const where: string[] = [];
  if (selection.courtId !== undefined) {
    params.push(selection.courtId);
    where.push(`c."courtId" = $${params.length}`);
  }
  if (selection.suspendedOnly) where.push('c.suspended');
  return where;
}

/**
 * The selected cases a batch at a time: the given ids a slice at a time (so a large import never
 * sends its whole id list with every statement), otherwise by keyset pagination over the table. The
 * next batch is asked for before this one is handed out, so on PostgreSQL the server builds it while
 * the engine computes this one.
 */
export async function* storedCases(
  session: SqlSession,
  selection: CaseSelection,
  caseIds: readonly number[] | undefined,
  batchSize: number,
): AsyncGenerator<StoredCase[]> {
  const read = batchReader(session, selection, caseIds, batchSize);
  let next = read(null);
  try {
    for (;;) {
      const batch = await next;
      if (batch === null) return;
      next = read(batch);
      yield batch;
    }
  } finally {
    await next.catch(() => undefined); // an abandoned read must not outlive the caller's transaction
  }
}

/** A function from the previous batch (null at first) to the next one, or null when there is none. */
function batchReader(
  session: SqlSession,
  selection: CaseSelection,
  caseIds: readonly number[] | undefined,
  batchSize: number,
) {
  if (caseIds !== undefined) {
    const ids = [...new Set(caseIds)].sort((a, b) => a - b);
    let start = 0;
    return async (): Promise<StoredCase[] | null> => {
      if (start >= ids.length) return null;
      const params: unknown[] = [`{${ids.slice(start, start + batchSize).join(',')}}`];
      start += batchSize;
      return readBatch(
        session,
        ['c.id = ANY($1::int[])', ...conditions(selection, params)].join(' AND '),
        params,
        null,
      );
    };
  }
  return async (previous: StoredCase[] | null): Promise<StoredCase[] | null> => {
    const params: unknown[] = [previous === null ? 0 : (previous[previous.length - 1] as StoredCase).facts.id];
    const batch = await readBatch(
      session,
      ['c.id > $1', ...conditions(selection, params)].join(' AND '),
      params,
      batchSize,
    );
    return batch.length === 0 ? null : batch;
  };
}
