import type { Case, CaseEvent } from '../../generated/prisma/client';
import { fromDbDate, fromDbDateOrNull } from '../../store/dbDate';
import type { CaseDeadlineFacts, CaseEventFacts } from './deadlineInput';

/** The same facts as Prisma models (and the case-list repositories) give them: dates as UTC-midnight Dates. */
export type CaseDeadlineRow = Pick<Case, keyof CaseDeadlineFacts>;
export type CaseEventRow = Pick<CaseEvent, keyof CaseEventFacts>;

/** For callers that read cases as Prisma rows: their dates cross into ISO here, once. */
export function caseDeadlineFacts(row: CaseDeadlineRow): CaseDeadlineFacts {
  return {
    id: row.id,
    typeCode: row.typeCode,
    procedure: row.procedure,
    filedOn: fromDbDate(row.filedOn),
    startsOn: fromDbDateOrNull(row.startsOn),
    prosecution: row.prosecution,
    detained: row.detained,
    incidentalCivil: row.incidentalCivil,
    appealAgainst: row.appealAgainst,
    nonLitigation: row.nonLitigation,
    specialKind: row.specialKind,
    announcementEndsOn: fromDbDateOrNull(row.announcementEndsOn),
  };
}

export function caseEventFacts(event: CaseEventRow): CaseEventFacts {
  return {
    kind: event.kind,
    occurredOn: fromDbDate(event.occurredOn),
    months: event.months,
    days: event.days,
    approvedBy: event.approvedBy,
    fromDate: fromDbDateOrNull(event.fromDate),
    toDate: fromDbDateOrNull(event.toDate),
    reason: event.reason,
    procedureFrom: event.procedureFrom,
    procedureTo: event.procedureTo,
  };
}
