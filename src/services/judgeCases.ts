import type { IsoDate } from '../domain/dates';
import type { CaseStatus } from '../generated/prisma/client';
import type { Store } from '../store';
import { findJudgeCases, findTeamNames } from '../store/repositories/cases';
import { standingOn } from './caseLines';
import { loadCalendarIn } from './caseRecords';
import { toPersonListItem, type PeopleService, type PersonListItem } from './people';

/** One case as `docket cases list --json` prints it: a stable, camelCase contract for scripts. */
export interface CaseListItem {
  caseNumber: string;
  typeCode: string;
  cause: string;
  /** Procedure key from the domain catalogue (ordinary, simple, small_claims …). */
  procedure: string;
  status: CaseStatus;
  filedOn: IsoDate;
  closedOn: IsoDate | null;
  closeMethod: string | null;
  /** The legal 审限 (rolled past rest days); null when the law sets none. */
  deadline: IsoDate | null;
  /** The 审限 before holiday roll-over: the date to act by. */
  naturalDeadline: IsoDate | null;
  deadlineProvisional: boolean;
  /** Open cases only: calendar days from the as-of day to the deadline (0 on the day and after it). */
  daysLeft: number | null;
  workingDaysLeft: number | null;
  overdueDays: number | null;
  extended: boolean;
  suspended: boolean;
  judge: string;
  judgeSlackUserId: string | null;
  team: string | null;
}

export interface JudgeCasesRequest {
  /** The judge's Slack user id or e-mail address. */
  judge: string;
  openOnly?: boolean;
  overdueOnly?: boolean;
  limit?: number;
  asOf: IsoDate;
}

export interface JudgeCases {
  judge: PersonListItem;
  asOf: IsoDate;
  cases: CaseListItem[];
}

/** `docket cases list`: a judge's cases as an operator or a script reads them. */
export class JudgeCasesService {
  constructor(private readonly deps: { store: Store; people: PeopleService }) {}

  /**
   * A judge's cases, open ones first by 审限, with where each open case stands on the as-of day.
   * Every statement runs on the driver (`store.read`, the calendar on a raw session), never through Prisma:
   * instantiating its query compiler would cost more than the whole command otherwise (docs/importing.md, Memory).
   */
  async list(request: JudgeCasesRequest): Promise<JudgeCases> {
    const { store, people } = this.deps;
    const judge = await people.findJudge(request.judge);
    const [rows, calendar] = await Promise.all([
      findJudgeCases(store, {
        judgeId: judge.id,
        openOnly: request.openOnly,
        ...(request.overdueOnly ? { overdueBefore: request.asOf } : {}),
        limit: request.limit,
      }),
      store.withSql(loadCalendarIn),
    ]);
    const teams = await findTeamNames(store, [
      ...new Set(rows.map((row) => row.teamId).filter((id): id is number => id !== null)),
    ]);
    const cases = rows.map((row): CaseListItem => ({
      caseNumber: row.caseNumber,
      typeCode: row.typeCode,
      cause: row.cause,
      procedure: row.procedure,
      status: row.status,
      filedOn: row.filedOn,
      closedOn: row.closedOn,
      closeMethod: row.closeMethod,
      deadline: row.deadline,
      naturalDeadline: row.naturalDeadline,
      deadlineProvisional: row.deadlineProvisional,
      ...standingOn(row, request.asOf, calendar),
      extended: row.extended,
      suspended: row.suspended,
      judge: judge.name,
      judgeSlackUserId: judge.slackUserId,
      team: row.teamId === null ? null : (teams.get(row.teamId) ?? null),
    }));
    return { judge: toPersonListItem(judge), asOf: request.asOf, cases };
  }
}
