import type { HolidayCalendar } from '../domain/calendar';
import type { IsoDate } from '../domain/dates';
import { deadlineStatus } from '../domain/deadline';
import { fromDbDate, fromDbDateOrNull } from '../store/dbDate';
import type { CaseRow } from '../store/repositories/caseLists';

/** One case in a list: what a judge needs to see at a glance. */
export interface CaseLine {
  id: number;
  caseNumber: string;
  cause: string;
  procedure: string;
  filedOn: IsoDate;
  deadline: IsoDate | null;
  daysLeft: number | null;
  workingDaysLeft: number | null;
  overdueDays: number | null;
  extended: boolean;
  suspended: boolean;
  provisional: boolean;
  judgeName: string | null;
  /** The last day to apply for an extension, when that day is within the domain's EXTENSION_NOTICE_DAYS. */
  applyBy: IsoDate | null;
}

export type LineCase = Pick<CaseRow, 'id' | 'caseNumber' | 'cause' | 'procedure' | 'filedOn' | 'deadline' | 'status' | 'extended' | 'suspended' | 'deadlineProvisional'>;

/** A stored case as a line, with where it stands on `asOf` (open cases with a 审限 only). */
export function caseLine(row: LineCase, asOf: IsoDate, calendar: HolidayCalendar, judgeName: string | null, applyBy: IsoDate | null): CaseLine {
  const deadline = fromDbDateOrNull(row.deadline);
  const status = row.status === 'open' && deadline !== null ? deadlineStatus({ deadline }, asOf, calendar) : null;
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    cause: row.cause,
    procedure: row.procedure,
    filedOn: fromDbDate(row.filedOn),
    deadline,
    daysLeft: status?.daysLeft ?? null,
    workingDaysLeft: status?.workingDaysLeft ?? null,
    overdueDays: status?.overdueDays ?? null,
    extended: row.extended,
    suspended: row.suspended,
    provisional: row.deadlineProvisional,
    judgeName,
    applyBy,
  };
}
