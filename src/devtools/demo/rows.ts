import type { CaseEventKind, CaseStatus, DigestKind, Role } from '../../generated/prisma/client';

/**
 * The demo data as plain rows, shaped like the tables they are written to. Dates are `YYYY-MM-DD`
 * and money is a decimal string, as the bulk writer sends them. Ids are assigned by the generator,
 * which is what makes the same seed give byte-identical stores.
 */
export interface CourtRow {
  id: number;
  code: string;
  name: string;
  managementChannelId: string;
  rulesChannelId: string;
}

export interface TeamRow {
  id: number;
  courtId: number;
  name: string;
  kind: string;
  leadId: number | null;
  sortOrder: number;
}

export interface PersonRow {
  id: number;
  courtId: number;
  name: string;
  staffNo: string;
  email: string;
  slackUserId: string;
  role: Role;
  teamId: number | null;
  /** 职务: the court's 院长 approves 延长审限 requests (Court.extensionApproverTitle). */
  title: string | null;
}

export interface AssignmentRow {
  assistantId: number;
  judgeId: number;
}

export interface CaseRow {
  id: number;
  courtId: number;
  caseNumber: string;
  normalizedNumber: string;
  year: number;
  courtCode: string;
  typeCode: string;
  sequence: number;
  cause: string;
  procedure: string;
  prosecution: string | null;
  detained: boolean | null;
  incidentalCivil: boolean;
  nonLitigation: boolean;
  appealAgainst: string | null;
  specialKind: string | null;
  announcementEndsOn: string | null;
  startsOn: string | null;
  filedOn: string;
  closedOn: string | null;
  closeMethod: string | null;
  status: CaseStatus;
  judgeId: number;
  teamId: number;
  amount: string | null;
  recoveredAmount: string | null;
  parties: string;
  appealed: boolean;
  appealOutcome: string | null;
  deadline: string | null;
  naturalDeadline: string | null;
  baseDeadline: string | null;
  excludedDays: number | null;
  deadlineProvisional: boolean;
  extended: boolean;
  suspended: boolean;
}

export interface EventRow {
  id: number;
  caseId: number;
  kind: CaseEventKind;
  occurredOn: string;
  months: number | null;
  days: number | null;
  approvedBy: string | null;
  fromDate: string | null;
  toDate: string | null;
  reason: string | null;
  procedureFrom: string | null;
  procedureTo: string | null;
  outcome: string | null;
  fingerprint: string;
}

export interface TargetRow {
  id: number;
  teamId: number;
  metric: string;
  periodKind: string;
  periodKey: string;
  value: number;
  setById: number;
}

export interface ScheduleRow {
  id: number;
  courtId: number;
  kind: DigestKind;
  cron: string;
  recipients: string;
}

/** One generated court: everything written for it, in foreign-key order. */
export interface CourtData {
  court: CourtRow;
  teams: TeamRow[];
  people: PersonRow[];
  assignments: AssignmentRow[];
  cases: CaseRow[];
  events: EventRow[];
  targets: TargetRow[];
  schedules: ScheduleRow[];
}

/** Next free id per table, carried from court to court so a region's ids never collide. */
export class IdCounters {
  court = 0;
  team = 0;
  person = 0;
  case = 0;
  event = 0;
  target = 0;
  schedule = 0;
}
