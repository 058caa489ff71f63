import type { HolidayCalendar } from '../../domain/calendar';
import { toIsoDate, type EpochDay, type IsoDate } from '../../domain/dates';
import type { CaseEventKind } from '../../generated/prisma/client';
import {
  deadlineFieldsFor,
  type CaseDeadlineFacts,
  type CaseEventFacts,
  type DeadlineFields,
} from '../../services/caseRecords';
import type { CaseFacts } from './caseMix';

/** A case while it is being generated: days as epoch days, events in the order they happened. */
export interface DraftEvent {
  kind: CaseEventKind;
  on: EpochDay;
  months?: number;
  days?: number;
  approvedBy?: string;
  from?: EpochDay;
  /** null: still running on the as-of day. */
  to?: EpochDay | null;
  reason?: string;
  procedureFrom?: string;
  procedureTo?: string;
  outcome?: string;
}

export interface DraftCase {
  /** Generation order, which breaks ties between cases filed the same day when numbering. */
  order: number;
  facts: CaseFacts;
  filedOn: EpochDay;
  startsOn: EpochDay | null;
  announcementEndsOn: EpochDay | null;
  closedOn: EpochDay | null;
  closeMethod: string | null;
  judgeId: number;
  teamId: number;
  recovered: number | null;
  appealed: boolean;
  appealOutcome: string | null;
  events: DraftEvent[];
  /** The 审限 columns as of the as-of day, once the case has been lived. */
  deadline: DeadlineFields | null;
}

const iso = (day: EpochDay | null | undefined): IsoDate | null =>
  day === null || day === undefined ? null : toIsoDate(day);

/**
 * The 审限 columns for a draft, through the same mapping the store uses for real cases
 * (services/caseRecords), so the demo data's deadlines are exactly what a recompute would write.
 */
export function draftDeadline(
  draft: DraftCase,
  events: readonly DraftEvent[],
  calendar: HolidayCalendar,
  asOf: EpochDay,
): DeadlineFields {
  const facts: CaseDeadlineFacts = {
    id: draft.order,
    typeCode: draft.facts.typeCode,
    procedure: draft.facts.procedure,
    filedOn: toIsoDate(draft.filedOn),
    startsOn: iso(draft.startsOn),
    prosecution: draft.facts.prosecution,
    detained: draft.facts.detained,
    incidentalCivil: draft.facts.incidentalCivil,
    appealAgainst: null,
    nonLitigation: draft.facts.nonLitigation,
    specialKind: draft.facts.specialKind,
    announcementEndsOn: iso(draft.announcementEndsOn),
  };
  const result = deadlineFieldsFor(facts, events.map(eventFacts), calendar, { asOf: toIsoDate(asOf) });
  if (!result.ok)
    throw new Error(
      `demo case ${draft.facts.typeCode}/${draft.facts.procedure}: ${result.problem.field}: ${result.problem.message}`,
    );
  return result.fields;
}

function eventFacts(event: DraftEvent): CaseEventFacts {
  return {
    kind: event.kind,
    occurredOn: toIsoDate(event.on),
    months: event.months ?? null,
    days: event.days ?? null,
    approvedBy: event.approvedBy ?? null,
    fromDate: iso(event.from),
    toDate: iso(event.to),
    reason: event.reason ?? null,
    procedureFrom: event.procedureFrom ?? null,
    procedureTo: event.procedureTo ?? null,
  };
}
