import type { IsoDate } from '../../domain/dates';
import { resolveDeadlinePolicy, type DeadlinePolicy } from '../../domain/deadline';
import type { Prisma } from '../../generated/prisma/client';
import type { Store } from '../../store';
import { bulkUpdate, type BulkTable } from '../../store/bulk';
import { fromDbDateOrNull } from '../../store/dbDate';
import { dayIn } from '../clock';
import { loadCalendar } from './calendar';
import { deadlineFieldsFor, type DeadlineFields, type DeadlineProblem } from './deadlineFields';

export interface RecomputeOptions {
  /** Only these cases (e.g. the ones an import touched); all cases when absent. */
  caseIds?: readonly number[];
  courtId?: number;
  /** Only cases under a running stay, whose deadline moves every day (the daily refresh). */
  suspendedOnly?: boolean;
  /** The day running stays are counted up to; today in Asia/Shanghai by default. */
  asOf?: IsoDate;
  batchSize?: number;
}

export interface RecomputeReport {
  examined: number;
  updated: number;
  /** Cases the engine could not compute; their deadline columns are cleared. */
  problems: DeadlineProblem[];
}

const FACTS = {
  id: true,
  courtId: true,
  typeCode: true,
  procedure: true,
  filedOn: true,
  startsOn: true,
  prosecution: true,
  detained: true,
  incidentalCivil: true,
  appealAgainst: true,
  nonLitigation: true,
  specialKind: true,
  announcementEndsOn: true,
  deadline: true,
  naturalDeadline: true,
  baseDeadline: true,
  excludedDays: true,
  deadlineProvisional: true,
  extended: true,
  suspended: true,
  events: {
    select: { kind: true, occurredOn: true, months: true, days: true, approvedBy: true, fromDate: true, toDate: true, reason: true, procedureFrom: true, procedureTo: true },
  },
} satisfies Prisma.CaseSelect;

type Update = DeadlineFields & { id: number };

const DEADLINE_COLUMNS: BulkTable<Update> = {
  table: 'Case',
  columns: [
    { name: 'id', type: 'int', value: (row) => row.id },
    { name: 'deadline', type: 'date', value: (row) => row.deadline },
    { name: 'naturalDeadline', type: 'date', value: (row) => row.naturalDeadline },
    { name: 'baseDeadline', type: 'date', value: (row) => row.baseDeadline },
    { name: 'excludedDays', type: 'int', value: (row) => row.excludedDays },
    { name: 'deadlineProvisional', type: 'bool', value: (row) => row.deadlineProvisional },
    { name: 'extended', type: 'bool', value: (row) => row.extended },
    { name: 'suspended', type: 'bool', value: (row) => row.suspended },
  ],
};

/**
 * Recomputes the denormalised 审限 columns (deadline, naturalDeadline, baseDeadline, excludedDays,
 * deadlineProvisional, extended, suspended) from each case's facts and events, with its court's deadline policy and the holiday
 * calendar in the store. Call it after writing cases or events, after importing a calendar year,
 * after changing a court's policy, and daily for suspended cases. Only rows whose values change are
 * written, so running it again is cheap and changes nothing.
 */
export async function recomputeDeadlines(store: Store, options: RecomputeOptions = {}): Promise<RecomputeReport> {
  const calendar = await loadCalendar(store);
  const policies = await courtPolicies(store);
  const asOf = options.asOf ?? dayIn(new Date());
  const batchSize = options.batchSize ?? 2000;
  const where: Prisma.CaseWhereInput = {};
  if (options.courtId !== undefined) where.courtId = options.courtId;
  if (options.suspendedOnly) where.suspended = true;

  const report: RecomputeReport = { examined: 0, updated: 0, problems: [] };
  for await (const rows of batches(store, where, options.caseIds, batchSize)) {
    const changed: Update[] = [];
    for (const row of rows) {
      const result = deadlineFieldsFor(row, row.events, calendar, { policy: policies.get(row.courtId), asOf });
      if (!result.ok) report.problems.push(result.problem);
      if (differs(row, result.fields)) changed.push({ id: row.id, ...result.fields });
    }
    if (changed.length > 0) await store.withSql((session) => bulkUpdate(session, DEADLINE_COLUMNS, changed));
    report.examined += rows.length;
    report.updated += changed.length;
  }
  return report;
}

type FactsRow = Prisma.CaseGetPayload<{ select: typeof FACTS }>;

/**
 * The cases in id order, a batch at a time: the given ids a slice at a time (so a large import never
 * sends its whole id list with every query), otherwise by keyset pagination over the table.
 */
async function* batches(store: Store, where: Prisma.CaseWhereInput, caseIds: readonly number[] | undefined, batchSize: number): AsyncGenerator<FactsRow[]> {
  const page = (id: Prisma.IntFilter) => store.prisma.case.findMany({ where: { ...where, id }, select: FACTS, orderBy: { id: 'asc' }, take: batchSize });
  if (caseIds !== undefined) {
    const ids = [...new Set(caseIds)].sort((a, b) => a - b);
    for (let start = 0; start < ids.length; start += batchSize) yield await page({ in: ids.slice(start, start + batchSize) });
    return;
  }
  for (let after = 0; ; ) {
    const rows = await page({ gt: after });
    if (rows.length === 0) return;
    yield rows;
    after = (rows[rows.length - 1] as FactsRow).id;
  }
}

async function courtPolicies(store: Store): Promise<Map<number, DeadlinePolicy>> {
  const courts = await store.prisma.court.findMany({ select: { id: true, code: true, deadlinePolicy: true } });
  return new Map(
    courts.map((court) => {
      try {
        return [court.id, resolveDeadlinePolicy(court.deadlinePolicy)];
      } catch (error) {
        throw new Error(`Court ${court.code} has an invalid deadline policy: ${(error as Error).message}`);
      }
    }),
  );
}

function differs(
  row: { deadline: Date | null; naturalDeadline: Date | null; baseDeadline: Date | null; excludedDays: number | null; deadlineProvisional: boolean; extended: boolean; suspended: boolean },
  fields: DeadlineFields,
): boolean {
  return (
    fromDbDateOrNull(row.deadline) !== fields.deadline ||
    fromDbDateOrNull(row.naturalDeadline) !== fields.naturalDeadline ||
    fromDbDateOrNull(row.baseDeadline) !== fields.baseDeadline ||
    row.excludedDays !== fields.excludedDays ||
    row.deadlineProvisional !== fields.deadlineProvisional ||
    row.extended !== fields.extended ||
    row.suspended !== fields.suspended
  );
}
