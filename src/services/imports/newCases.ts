import { caseTypeCode } from '../../domain/caseNumber';
import type { HolidayCalendar } from '../../domain/calendar';
import type { IsoDate } from '../../domain/dates';
import { resolveDeadlinePolicy, type DeadlinePolicy } from '../../domain/deadline';
import type { CaseRecord } from '../../cmsExports/cases/caseRow';
import { bulkInsertReturning, type BulkColumn, type BulkTable } from '../../store/bulk';
import type { SqlSession } from '../../store/migrations';
import {
  deadlineColumns,
  deadlineFieldsFor,
  loadCalendarIn,
  type CaseDeadlineFacts,
  type DeadlineFields,
} from '../caseRecords';
import type { CaseColumn } from './caseColumns';

/** A case the court does not have yet, with its 审限 computed before it is written. */
export interface NewCase {
  readonly record: CaseRecord;
  readonly deadline: DeadlineFields;
}

export interface NewCaseProblem {
  readonly normalizedNumber: string;
  readonly field: string;
  readonly message: string;
}

/**
 * The 审限 columns of new cases, computed as the import reads them: a new case has no events yet, so
 * its row is written once, complete, instead of inserted and then rewritten by a recompute (on PGlite
 * each write of a case row costs about as much as reading, checking and staging it).
 */
export class NewCaseDeadlines {
  readonly problems: NewCaseProblem[] = [];

  private constructor(
    private readonly calendar: HolidayCalendar,
    private readonly policy: DeadlinePolicy,
    private readonly asOf: IsoDate,
  ) {}

  static async load(session: SqlSession, courtId: number, asOf: IsoDate): Promise<NewCaseDeadlines> {
    const [court] = await session.query<{ deadlinePolicy: unknown }>(
      'SELECT "deadlinePolicy" FROM "Court" WHERE id = $1',
      [courtId],
    );
    return new NewCaseDeadlines(await loadCalendarIn(session), resolveDeadlinePolicy(court?.deadlinePolicy), asOf);
  }

  of(record: CaseRecord): NewCase {
    const result = deadlineFieldsFor(factsOf(record), [], this.calendar, { policy: this.policy, asOf: this.asOf });
    if (!result.ok)
      this.problems.push({
        normalizedNumber: record.normalizedNumber,
        field: result.problem.field,
        message: result.problem.message,
      });
    return { record, deadline: result.fields };
  }
}

/** The facts exactly as the insert stores them: a column the file lacks takes the table's default. */
function factsOf(record: CaseRecord): CaseDeadlineFacts {
  return {
    id: 0,
    typeCode: caseTypeCode(record.number),
    procedure: record.procedure,
    filedOn: record.filedOn,
    startsOn: null,
    prosecution: record.prosecution ?? null,
    detained: record.detained ?? null,
    incidentalCivil: record.incidentalCivil ?? false,
    appealAgainst: record.appealAgainst ?? null,
    nonLitigation: record.nonLitigation ?? false,
    specialKind: record.specialKind ?? null,
    announcementEndsOn: record.announcementEndsOn || null,
  };
}

/** The Case columns a new case is written with: the file's columns, its 审限, and the timestamps. */
export function newCaseTable(courtId: number, columns: readonly CaseColumn[], now: Date): BulkTable<NewCase> {
  const stamp = now.toISOString();
  return {
    table: 'Case',
    columns: [
      { name: 'courtId', type: 'int', value: () => courtId },
      { name: 'normalizedNumber', type: 'text', value: (row) => row.record.normalizedNumber },
      ...columns.map((column): BulkColumn<NewCase> => ({
        name: column.name,
        type: column.type,
        enumType: column.enumType,
        value: (row) => column.value(row.record),
      })),
      ...deadlineColumns<NewCase>((row) => row.deadline),
      { name: 'createdAt', type: 'timestamp(3)', value: () => stamp },
      { name: 'updatedAt', type: 'timestamp(3)', value: () => stamp },
    ],
  };
}

export async function insertNewCases(
  session: SqlSession,
  table: BulkTable<NewCase>,
  rows: readonly NewCase[],
): Promise<number[]> {
  return (await bulkInsertReturning<NewCase, { id: number }>(session, table, rows, 'id')).map((row) => row.id);
}
