import type { HolidayCalendar } from '../domain/calendar';
import type { IsoDate } from '../domain/dates';
import { deadlineStatus, type ExtensionApplication } from '../domain/deadline';
import type { CaseStatus } from '../generated/prisma/client';
import { fromDbDate, fromDbDateOrNull } from '../store/dbDate';
import type { CaseRow, LiveExtensionRequest } from '../store/repositories/caseLists';

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
  /** The next extension's application falls due soon, or its last day has passed (the domain's extensionApplicationOn). */
  extension: ExtensionApplication | null;
  /** The case in the court's case-management system, when the court set a link template. */
  cmsUrl?: string | null;
  /** 延长申请中 / 已批准（待录入系统）, with the 审限 it would give. */
  extensionRequest?: LiveExtensionRequest | null;
}

export type LineCase = Pick<
  CaseRow,
  | 'id'
  | 'caseNumber'
  | 'cause'
  | 'procedure'
  | 'filedOn'
  | 'deadline'
  | 'status'
  | 'extended'
  | 'suspended'
  | 'deadlineProvisional'
>;

/** Where a case stands against its 审限 on `asOf`; all null for a closed case or one the law sets no 审限 for. */
export interface Standing {
  daysLeft: number | null;
  workingDaysLeft: number | null;
  overdueDays: number | null;
}

export function standingOn(
  row: { status: CaseStatus; deadline: IsoDate | null },
  asOf: IsoDate,
  calendar: HolidayCalendar,
): Standing {
  if (row.status !== 'open' || row.deadline === null)
    return { daysLeft: null, workingDaysLeft: null, overdueDays: null };
  return deadlineStatus({ deadline: row.deadline }, asOf, calendar);
}

/** A stored case as a line, with where it stands on `asOf`. */
export function caseLine(
  row: LineCase,
  asOf: IsoDate,
  calendar: HolidayCalendar,
  judgeName: string | null,
  extension: ExtensionApplication | null,
): CaseLine {
  const deadline = fromDbDateOrNull(row.deadline);
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    cause: row.cause,
    procedure: row.procedure,
    filedOn: fromDbDate(row.filedOn),
    deadline,
    ...standingOn({ status: row.status, deadline }, asOf, calendar),
    extended: row.extended,
    suspended: row.suspended,
    provisional: row.deadlineProvisional,
    judgeName,
    extension,
  };
}
