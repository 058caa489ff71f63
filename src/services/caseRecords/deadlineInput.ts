import type { DeadlineInput, ExcludedPeriodInput } from '../../domain/deadline';
import type { IsoDate } from '../../domain/dates';
import { APPEALS_AGAINST, PROCEDURES, PROSECUTIONS, SPECIAL_KINDS, type ProcedureKey } from '../../domain/procedures';
import type { CaseEventKind } from '../../generated/prisma/client';

/**
 * What the 审限 depends on in a stored case: its type, its filing day and the facts the domain's rules
 * ask for (FactKey). Dates are `YYYY-MM-DD` as the domain takes them, so the raw-SQL paths that read
 * them as text (recompute, import) hand them over as they are, without a round trip through Date.
 */
export interface CaseDeadlineFacts {
  readonly id: number;
  readonly typeCode: string;
  readonly procedure: string;
  readonly filedOn: IsoDate;
  readonly startsOn: IsoDate | null;
  readonly prosecution: string | null;
  readonly detained: boolean | null;
  readonly incidentalCivil: boolean;
  readonly appealAgainst: string | null;
  readonly nonLitigation: boolean;
  readonly specialKind: string | null;
  readonly announcementEndsOn: IsoDate | null;
}

/** What the 审限 depends on in a stored case event, dates as `YYYY-MM-DD`. */
export interface CaseEventFacts {
  readonly kind: CaseEventKind;
  readonly occurredOn: IsoDate;
  readonly months: number | null;
  readonly days: number | null;
  readonly approvedBy: string | null;
  readonly fromDate: IsoDate | null;
  readonly toDate: IsoDate | null;
  readonly reason: string | null;
  readonly procedureFrom: string | null;
  readonly procedureTo: string | null;
}

/** A stored value outside the domain's vocabulary: the row was written without validation. */
export class CaseRecordError extends Error {
  override name = 'CaseRecordError';
  constructor(
    readonly caseId: number,
    readonly field: string,
    message: string,
  ) {
    super(`case ${caseId}, ${field}: ${message}`);
  }
}

function key<Key extends string>(
  catalogue: { isKey(value: unknown): value is Key },
  value: string | null,
  caseId: number,
  field: string,
): Key | null {
  if (value === null) return null;
  if (!catalogue.isKey(value)) throw new CaseRecordError(caseId, field, `"${value}" is not a known key`);
  return value;
}

/**
 * The domain's deadline input for one stored case and its events.
 *
 * Events become the engine's inputs: extensions as approved (with their approval day), excluded
 * periods as recorded, and each 中止 (suspension) as an excluded period with reason 中止, ended by its
 * own `toDate` or by the next resumption event; a stay still in force at `asOf` is counted up to
 * `asOf`, so such a case's deadline moves every day. Appeal events do not affect the 审限.
 */
export function deadlineInputFor(
  row: CaseDeadlineFacts,
  events: readonly CaseEventFacts[],
  asOf?: IsoDate,
): DeadlineInput {
  const ordered = [...events].sort(byOccurrence);
  const extensions = ordered
    .filter((event) => event.kind === 'extension')
    .map((event) => ({ months: event.months, days: event.days, approvedBy: event.approvedBy, on: event.occurredOn }));
  const conversions = ordered
    .filter((event) => event.kind === 'conversion')
    .map((event, index) => {
      const to = key<ProcedureKey>(PROCEDURES, event.procedureTo, row.id, `conversions[${index}].procedureTo`);
      if (to === null)
        throw new CaseRecordError(
          row.id,
          `conversions[${index}].procedureTo`,
          'a conversion needs the procedure it converts to',
        );
      return {
        on: event.occurredOn,
        to,
        from: key<ProcedureKey>(PROCEDURES, event.procedureFrom, row.id, `conversions[${index}].procedureFrom`),
      };
    });
  return {
    typeCode: row.typeCode,
    procedure: key(PROCEDURES, row.procedure, row.id, 'procedure'),
    filedOn: row.filedOn,
    startsOn: row.startsOn,
    prosecution: key(PROSECUTIONS, row.prosecution, row.id, 'prosecution'),
    detained: row.detained,
    incidentalCivil: row.incidentalCivil,
    appealAgainst: key(APPEALS_AGAINST, row.appealAgainst, row.id, 'appealAgainst'),
    nonLitigation: row.nonLitigation,
    specialKind: key(SPECIAL_KINDS, row.specialKind, row.id, 'specialKind'),
    announcementEndsOn: row.announcementEndsOn,
    extensions,
    excludedPeriods: excludedPeriods(ordered),
    conversions,
    asOf: asOf ?? null,
  };
}

function excludedPeriods(ordered: readonly CaseEventFacts[]): ExcludedPeriodInput[] {
  const periods: ExcludedPeriodInput[] = [];
  let openStay: { from: IsoDate; reason: string } | null = null;
  for (const event of ordered) {
    if (event.kind === 'excluded_period') {
      periods.push({ from: event.fromDate ?? event.occurredOn, to: event.toDate, reason: event.reason });
    } else if (event.kind === 'suspension') {
      const from = event.fromDate ?? event.occurredOn;
      const reason = stayReason(event.reason);
      if (event.toDate !== null) periods.push({ from, to: event.toDate, reason });
      else openStay = { from, reason };
    } else if (event.kind === 'resumption' && openStay !== null) {
      periods.push({ ...openStay, to: event.fromDate ?? event.occurredOn });
      openStay = null;
    }
  }
  if (openStay !== null) periods.push({ ...openStay, to: null });
  return periods;
}

/** The engine recognises a stay by the word 中止; the recorded ground (e.g. 等待另案审理结果) is kept after it. */
function stayReason(reason: string | null): string {
  return reason === null || reason.includes('中止') ? (reason ?? '中止') : `中止(${reason})`;
}

/** Whether a stay (中止) is in force: a suspension without an end and without a later resumption. */
export function isSuspended(events: readonly CaseEventFacts[]): boolean {
  return excludedPeriods(
    events.filter((event) => event.kind === 'suspension' || event.kind === 'resumption').sort(byOccurrence),
  ).some((period) => period.to === null);
}

/** ISO dates sort as text; the sort is stable, so events of one day keep their stored order. */
function byOccurrence(a: CaseEventFacts, b: CaseEventFacts): number {
  return a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0;
}
