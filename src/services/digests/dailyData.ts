import { addDays } from '../../domain/digests';
import type { IsoDate } from '../../domain/dates';
import { computeDeadline, DeadlineInputError, deadlineStatus, resolveDeadlinePolicy } from '../../domain/deadline';
import type { Prisma } from '../../generated/prisma/client';
import type { Store } from '../../store';
import { fromDbDate, fromDbDateOrNull } from '../../store/dbDate';
import { countCases, type CaseCounts } from '../../store/repositories/caseSummary';
import { CaseRecordError, deadlineInputFor, loadCalendar } from '../caseRecords';
import { EXTENSION_NOTICE_DAYS, type CaseLine } from '../myCases';
import type { DigestPerson } from './people';

/** Deadlines within this many days are run through the engine for the extension-application date. */
const EXTENSION_SCAN_DAYS = 60;
export const DUE_SOON_DAYS = 7;

export interface DailyCase extends CaseLine {
  judgeId: number | null;
  teamId: number | null;
}

/** What one judge (or the judges an assistant works for) needs to act on today. */
export interface CaseSections {
  /** Overdue since the person's last daily digest (deadline on or after that day, before today). */
  newlyOverdue: DailyCase[];
  /** Overdue before that. */
  overdue: DailyCase[];
  /** Deadline from today to today + 7. */
  dueSoon: DailyCase[];
  /** The extension application falls due within the notice period; applyBy says by when. */
  extension: DailyCase[];
}

export interface TeamSection {
  teamName: string;
  judges: Array<{ judgeName: string; overdue: DailyCase[]; atRisk: DailyCase[] }>;
}

export interface CourtSection {
  courtName: string;
  counts: CaseCounts & { extensionDue: number };
  longestOverdue: DailyCase[];
}

export interface DailyDigestData {
  today: IsoDate;
  /** Several judges' cases (an assistant's): show whose each case is. */
  showJudge: boolean;
  personal: CaseSections | null;
  team: TeamSection | null;
  court: CourtSection | null;
}

const SELECT = {
  id: true,
  courtId: true,
  judgeId: true,
  teamId: true,
  caseNumber: true,
  cause: true,
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
  status: true,
  closedOn: true,
  deadline: true,
  deadlineProvisional: true,
  extended: true,
  suspended: true,
  judge: { select: { name: true } },
  events: {
    select: { kind: true, occurredOn: true, months: true, days: true, approvedBy: true, fromDate: true, toDate: true, reason: true, procedureFrom: true, procedureTo: true },
  },
} satisfies Prisma.CaseSelect;

type Row = Prisma.CaseGetPayload<{ select: typeof SELECT }>;

function isEmpty(sections: CaseSections): boolean {
  return sections.newlyOverdue.length + sections.overdue.length + sections.dueSoon.length + sections.extension.length === 0;
}

/**
 * A court's open cases that matter today, loaded once per daily run (one query), then cut per
 * recipient: a judge's own, an assistant's judges', a team lead's team, an administrator's court.
 */
export class DailyCourtData {
  private constructor(
    readonly today: IsoDate,
    private readonly courtName: string,
    private readonly cases: DailyCase[],
    private readonly counts: CaseCounts,
    private readonly teamNames: Map<number, string>,
  ) {}

  static async load(store: Store, courtId: number, today: IsoDate): Promise<DailyCourtData> {
    const prisma = store.prisma;
    const [court, rows, calendar, teams, counts] = await Promise.all([
      prisma.court.findUniqueOrThrow({ where: { id: courtId }, select: { name: true, deadlinePolicy: true } }),
      prisma.case.findMany({
        where: { courtId, status: 'open', deadline: { lte: new Date(`${addDays(today, EXTENSION_SCAN_DAYS)}T00:00:00Z`) } },
        select: SELECT,
        orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
      }),
      loadCalendar(store),
      prisma.team.findMany({ where: { courtId }, select: { id: true, name: true } }),
      countCases(prisma, { courtId }, summaryDays(today)),
    ]);
    const policy = resolveDeadlinePolicy(court.deadlinePolicy);
    const lines = rows.map((row): DailyCase => {
      const deadline = fromDbDateOrNull(row.deadline) as IsoDate;
      const status = deadlineStatus({ deadline }, today, calendar);
      return {
        id: row.id,
        caseNumber: row.caseNumber,
        cause: row.cause,
        procedure: row.procedure,
        filedOn: fromDbDate(row.filedOn),
        deadline,
        daysLeft: status.daysLeft,
        workingDaysLeft: status.workingDaysLeft,
        overdueDays: status.overdueDays,
        extended: row.extended,
        suspended: row.suspended,
        provisional: row.deadlineProvisional,
        judgeName: row.judge?.name ?? null,
        applyBy: status.overdueDays === 0 ? applyBy(row, today, calendar, policy) : null,
        judgeId: row.judgeId,
        teamId: row.teamId,
      };
    });
    return new DailyCourtData(today, court.name, lines, counts, new Map(teams.map((team) => [team.id, team.name])));
  }

  /** The person's digest, or null when there is nothing to tell them (no news). */
  forPerson(person: DigestPerson, lastDigestDay: IsoDate | null): DailyDigestData | null {
    const judgeIds = person.role === 'assistant' || person.role === 'clerk' ? person.assignedJudgeIds : [person.personId];
    const personal = this.sections(this.cases.filter((line) => line.judgeId !== null && judgeIds.includes(line.judgeId)), lastDigestDay);
    const team = person.role === 'team_lead' && person.ledTeamId !== null ? this.team(person.ledTeamId) : null;
    const court = person.role === 'admin' ? this.court() : null;
    const data: DailyDigestData = {
      today: this.today,
      showJudge: judgeIds.length > 1,
      personal: isEmpty(personal) ? null : personal,
      team: team && team.judges.length > 0 ? team : null,
      court: court && (court.counts.overdue > 0 || court.counts.dueWithin[0] > 0 || court.counts.extensionDue > 0) ? court : null,
    };
    return data.personal || data.team || data.court ? data : null;
  }

  /** An empty digest ("nothing due today"), for courts that send one anyway (Court.sendEmptyDaily). */
  empty(): DailyDigestData {
    return { today: this.today, showJudge: false, personal: null, team: null, court: null };
  }

  private sections(lines: DailyCase[], lastDigestDay: IsoDate | null): CaseSections {
    const since = lastDigestDay ?? addDays(this.today, -1);
    const overdueLines = lines.filter((line) => (line.overdueDays ?? 0) > 0);
    return {
      newlyOverdue: overdueLines.filter((line) => (line.deadline as IsoDate) >= since),
      overdue: overdueLines.filter((line) => (line.deadline as IsoDate) < since),
      dueSoon: lines.filter((line) => line.overdueDays === 0 && (line.deadline as IsoDate) <= addDays(this.today, DUE_SOON_DAYS)),
      extension: lines.filter((line) => line.applyBy !== null),
    };
  }

  private team(teamId: number): TeamSection {
    const byJudge = new Map<string, { judgeName: string; overdue: DailyCase[]; atRisk: DailyCase[] }>();
    for (const line of this.cases) {
      if (line.teamId !== teamId) continue;
      const overdue = (line.overdueDays ?? 0) > 0;
      const atRisk = !overdue && ((line.deadline as IsoDate) <= addDays(this.today, DUE_SOON_DAYS) || line.applyBy !== null);
      if (!overdue && !atRisk) continue;
      const name = line.judgeName ?? '—';
      const entry = byJudge.get(name) ?? { judgeName: name, overdue: [], atRisk: [] };
      (overdue ? entry.overdue : entry.atRisk).push(line);
      byJudge.set(name, entry);
    }
    const judges = [...byJudge.values()].sort((a, b) => b.overdue.length - a.overdue.length || b.atRisk.length - a.atRisk.length || a.judgeName.localeCompare(b.judgeName, 'zh-CN'));
    return { teamName: this.teamNames.get(teamId) ?? '', judges };
  }

  private court(): CourtSection {
    const overdue = this.cases.filter((line) => (line.overdueDays ?? 0) > 0).sort((a, b) => (b.overdueDays ?? 0) - (a.overdueDays ?? 0));
    return {
      courtName: this.courtName,
      counts: { ...this.counts, extensionDue: this.cases.filter((line) => line.applyBy !== null).length },
      longestOverdue: overdue.slice(0, 10),
    };
  }
}

function applyBy(row: Row, today: IsoDate, calendar: Awaited<ReturnType<typeof loadCalendar>>, policy: ReturnType<typeof resolveDeadlinePolicy>): IsoDate | null {
  try {
    const outcome = computeDeadline(deadlineInputFor(row, row.events, today), calendar, { policy, explain: false });
    const date = outcome.kind === 'deadline' ? outcome.extensionWindow?.applyBy : undefined;
    return date !== undefined && date >= today && date <= addDays(today, EXTENSION_NOTICE_DAYS) ? date : null;
  } catch (error) {
    if (error instanceof DeadlineInputError || error instanceof CaseRecordError) return null;
    throw error;
  }
}

function summaryDays(today: IsoDate) {
  const monthsBefore = (months: number) => {
    const [year, month, day] = today.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1 - months, 1));
    const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
  };
  return {
    today,
    dueBy: [addDays(today, 7), addDays(today, 15), addDays(today, 30)] as const,
    filedBefore: [monthsBefore(12), monthsBefore(18), monthsBefore(36)] as const,
    monthStart: `${today.slice(0, 7)}-01`,
    yearStart: `${today.slice(0, 4)}-01-01`,
  };
}
