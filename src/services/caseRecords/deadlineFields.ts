import type { HolidayCalendar } from '../../domain/calendar';
import type { IsoDate } from '../../domain/dates';
import type { BulkColumn } from '../../store/bulk';
import {
  computeDeadline,
  DeadlineInputError,
  DEFAULT_DEADLINE_POLICY,
  type DeadlinePolicy,
} from '../../domain/deadline';
import {
  CaseRecordError,
  deadlineInputFor,
  isSuspended,
  type CaseDeadlineFacts,
  type CaseEventFacts,
} from './deadlineInput';

/** The denormalised 审限 columns of a Case row, dates as `YYYY-MM-DD`. */
export interface DeadlineFields {
  deadline: IsoDate | null;
  naturalDeadline: IsoDate | null;
  /** The statutory 审限 without extensions or exclusions (法定正常审限). */
  baseDeadline: IsoDate | null;
  /** Days excluded from the 审限; null when the case has none. */
  excludedDays: number | null;
  deadlineProvisional: boolean;
  extended: boolean;
  suspended: boolean;
}

/**
 * The 审限 columns for a bulk write, read from wherever a row keeps its DeadlineFields: every writer of
 * Case rows (recompute, import, demo seed) writes the same set, so a new column is added here once.
 */
export function deadlineColumns<Row>(fieldsOf: (row: Row) => DeadlineFields): BulkColumn<Row>[] {
  return [
    { name: 'deadline', type: 'date', value: (row) => fieldsOf(row).deadline },
    { name: 'naturalDeadline', type: 'date', value: (row) => fieldsOf(row).naturalDeadline },
    { name: 'baseDeadline', type: 'date', value: (row) => fieldsOf(row).baseDeadline },
    { name: 'excludedDays', type: 'int', value: (row) => fieldsOf(row).excludedDays },
    { name: 'deadlineProvisional', type: 'bool', value: (row) => fieldsOf(row).deadlineProvisional },
    { name: 'extended', type: 'bool', value: (row) => fieldsOf(row).extended },
    { name: 'suspended', type: 'bool', value: (row) => fieldsOf(row).suspended },
  ];
}

export interface DeadlineProblem {
  caseId: number;
  field: string;
  message: string;
}

export type DeadlineFieldsResult =
  { ok: true; fields: DeadlineFields } | { ok: false; fields: DeadlineFields; problem: DeadlineProblem };

export interface DeadlineFieldsOptions {
  policy?: DeadlinePolicy;
  /** The day a running stay is counted up to; needed only for suspended cases. */
  asOf?: IsoDate;
}

/**
 * Runs the domain's 审限 engine for one stored case. A case the engine cannot compute (a fact it needs
 * is missing or contradictory) gets empty deadline columns and a problem naming the field, so one bad
 * row never stops a recompute of thousands.
 */
export function deadlineFieldsFor(
  row: CaseDeadlineFacts,
  events: readonly CaseEventFacts[],
  calendar: HolidayCalendar,
  options: DeadlineFieldsOptions = {},
): DeadlineFieldsResult {
  const flags = { extended: events.some((event) => event.kind === 'extension'), suspended: isSuspended(events) };
  const empty: DeadlineFields = {
    deadline: null,
    naturalDeadline: null,
    baseDeadline: null,
    excludedDays: null,
    deadlineProvisional: false,
    ...flags,
  };
  try {
    const outcome = computeDeadline(deadlineInputFor(row, events, options.asOf), calendar, {
      policy: options.policy ?? DEFAULT_DEADLINE_POLICY,
      explain: false,
    });
    if (outcome.kind === 'none') return { ok: true, fields: empty };
    return {
      ok: true,
      fields: {
        deadline: outcome.deadline,
        naturalDeadline: outcome.naturalDeadline,
        baseDeadline: outcome.baseDeadline,
        excludedDays: outcome.excludedDays,
        deadlineProvisional: outcome.provisional,
        ...flags,
      },
    };
  } catch (error) {
    const problem = (field: string, message: string): DeadlineFieldsResult => ({
      ok: false,
      fields: empty,
      problem: { caseId: row.id, field, message },
    });
    if (error instanceof DeadlineInputError) return problem(error.field, error.messageEn);
    if (error instanceof CaseRecordError) return problem(error.field, error.message);
    throw error;
  }
}
