import { cmsCaseUrl } from '../../domain/cmsLink';
import { addDays } from '../../domain/digests';
import type { IsoDate } from '../../domain/dates';
import { resolveDeadlinePolicy } from '../../domain/deadline';
import { dataFreshness, type DataFreshness } from '../../domain/freshness';
import { resolveMetricPolicy } from '../../domain/metrics';
import type { Prisma } from '../../generated/prisma/client';
import type { Store } from '../../store';
import { fromDbDate } from '../../store/dbDate';
import { lastCaseImportDay } from '../../store/repositories/importRuns';
import { caseLine, type CaseLine } from '../caseLines';
import { loadCalendar } from '../caseRecords';
import { summarizeCases, type CaseSummary } from '../caseSummary';
import { EXTENSION_SCAN_DAYS, extensionApplications } from '../extensionScan';
import { snoozedCases } from '../reminders';
import type { DigestPerson } from './people';

const DUE_SOON_DAYS = 7;

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
  /** The extension application falls due within the notice period, or its last day has passed. */
  extension: DailyCase[];
}

export interface TeamSection {
  teamName: string;
  judges: Array<{ judgeName: string; overdue: DailyCase[]; atRisk: DailyCase[] }>;
}

export interface CourtSection {
  courtName: string;
  /** The court's counts exactly as /mycases shows them to an administrator. */
  counts: CaseSummary;
  longestOverdue: DailyCase[];
}

export interface DailyDigestData {
  today: IsoDate;
  /** When the court's cases were last imported: a digest built on stale data says so. */
  freshness: DataFreshness;
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
  extensionRequests: {
    where: { status: { in: ['pending', 'approved', 'entered'] } },
    select: { status: true, proposedDeadline: true },
    orderBy: { id: 'desc' },
    take: 1,
  },
  events: {
    select: {
      kind: true,
      occurredOn: true,
      months: true,
      days: true,
      approvedBy: true,
      fromDate: true,
      toDate: true,
      reason: true,
      procedureFrom: true,
      procedureTo: true,
    },
  },
} satisfies Prisma.CaseSelect;

function liveRequest(request: { status: string; proposedDeadline: Date } | undefined): DailyCase['extensionRequest'] {
  if (!request || (request.status !== 'pending' && request.status !== 'approved' && request.status !== 'entered'))
    return null;
  return { status: request.status, proposedDeadline: fromDbDate(request.proposedDeadline) };
}

function isEmpty(sections: CaseSections): boolean {
  return (
    sections.newlyOverdue.length + sections.overdue.length + sections.dueSoon.length + sections.extension.length === 0
  );
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
    private readonly counts: CaseSummary,
    private readonly teamNames: Map<number, string>,
    private readonly freshness: DataFreshness,
    /** Cases each person asked to leave out for now (「本案暂不提醒」), by person id. */
    private readonly snoozed: ReadonlyMap<number, ReadonlySet<number>>,
  ) {}

  static async load(store: Store, courtId: number, today: IsoDate): Promise<DailyCourtData> {
    const prisma = store.prisma;
    const [court, rows, calendar, teams, lastImportOn, snoozed] = await Promise.all([
      prisma.court.findUniqueOrThrow({
        where: { id: courtId },
        select: { name: true, deadlinePolicy: true, metricPolicy: true, cmsUrlTemplate: true },
      }),
      prisma.case.findMany({
        where: {
          courtId,
          status: 'open',
          deadline: { lte: new Date(`${addDays(today, EXTENSION_SCAN_DAYS)}T00:00:00Z`) },
        },
        select: SELECT,
        orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
      }),
      loadCalendar(store),
      prisma.team.findMany({ where: { courtId }, select: { id: true, name: true } }),
      lastCaseImportDay(store, courtId),
      snoozedCases(prisma, courtId, today),
    ]);
    const engine = { calendar, policy: resolveDeadlinePolicy(court.deadlinePolicy) };
    const counts = await summarizeCases(store, { courtId }, today, {
      ...engine,
      metricPolicy: resolveMetricPolicy(court.metricPolicy),
    });
    const applications = extensionApplications(rows, today, engine);
    const lines = rows.map((row): DailyCase => ({
      ...caseLine(row, today, calendar, row.judge?.name ?? null, applications.get(row.id) ?? null),
      cmsUrl: cmsCaseUrl(court.cmsUrlTemplate, row.caseNumber),
      extensionRequest: liveRequest(row.extensionRequests[0]),
      judgeId: row.judgeId,
      teamId: row.teamId,
    }));
    return new DailyCourtData(
      today,
      court.name,
      lines,
      counts,
      new Map(teams.map((team) => [team.id, team.name])),
      dataFreshness(lastImportOn, today, calendar),
      snoozed,
    );
  }

  /** The person's digest, or null when there is nothing to tell them (no news). */
  forPerson(person: DigestPerson, lastDigestDay: IsoDate | null): DailyDigestData | null {
    const judgeIds =
      person.role === 'assistant' || person.role === 'clerk' ? person.assignedJudgeIds : [person.personId];
    const hidden = this.snoozed.get(person.personId);
    const cases = hidden ? this.cases.filter((line) => !hidden.has(line.id)) : this.cases;
    const personal = this.sections(
      cases.filter((line) => line.judgeId !== null && judgeIds.includes(line.judgeId)),
      lastDigestDay,
    );
    const team = person.role === 'team_lead' && person.ledTeamId !== null ? this.team(person.ledTeamId, cases) : null;
    const court = person.role === 'admin' ? this.court() : null;
    const data: DailyDigestData = {
      today: this.today,
      freshness: this.freshness,
      showJudge: judgeIds.length > 1,
      personal: isEmpty(personal) ? null : personal,
      team: team && team.judges.length > 0 ? team : null,
      court:
        court &&
        (court.counts.overdue > 0 ||
          court.counts.dueWithin[0] > 0 ||
          court.counts.extensionDue > 0 ||
          court.counts.extensionPassed > 0)
          ? court
          : null,
    };
    // An administrator, who sees to the imports, hears of stale data even on a day with nothing else to say.
    const staleForAdmin = person.role === 'admin' && this.freshness.kind === 'stale';
    return data.personal || data.team || data.court || staleForAdmin ? data : null;
  }

  /** An empty digest ("nothing due today"), for courts that send one anyway (Court.sendEmptyDaily). */
  empty(): DailyDigestData {
    return { today: this.today, freshness: this.freshness, showJudge: false, personal: null, team: null, court: null };
  }

  private sections(lines: DailyCase[], lastDigestDay: IsoDate | null): CaseSections {
    const since = lastDigestDay ?? addDays(this.today, -1);
    const overdueLines = lines.filter((line) => (line.overdueDays ?? 0) > 0);
    return {
      newlyOverdue: overdueLines.filter((line) => (line.deadline as IsoDate) >= since),
      overdue: overdueLines.filter((line) => (line.deadline as IsoDate) < since),
      dueSoon: lines.filter(
        (line) => line.overdueDays === 0 && (line.deadline as IsoDate) <= addDays(this.today, DUE_SOON_DAYS),
      ),
      extension: lines.filter((line) => line.extension !== null),
    };
  }

  private team(teamId: number, cases: readonly DailyCase[]): TeamSection {
    const byJudge = new Map<string, { judgeName: string; overdue: DailyCase[]; atRisk: DailyCase[] }>();
    for (const line of cases) {
      if (line.teamId !== teamId) continue;
      const overdue = (line.overdueDays ?? 0) > 0;
      const atRisk =
        !overdue && ((line.deadline as IsoDate) <= addDays(this.today, DUE_SOON_DAYS) || line.extension !== null);
      if (!overdue && !atRisk) continue;
      const name = line.judgeName ?? '—';
      const entry = byJudge.get(name) ?? { judgeName: name, overdue: [], atRisk: [] };
      (overdue ? entry.overdue : entry.atRisk).push(line);
      byJudge.set(name, entry);
    }
    const judges = [...byJudge.values()].sort(
      (a, b) =>
        b.overdue.length - a.overdue.length ||
        b.atRisk.length - a.atRisk.length ||
        a.judgeName.localeCompare(b.judgeName, 'zh-CN'),
    );
    return { teamName: this.teamNames.get(teamId) ?? '', judges };
  }

  private court(): CourtSection {
    const overdue = this.cases
      .filter((line) => (line.overdueDays ?? 0) > 0)
      .sort((a, b) => (b.overdueDays ?? 0) - (a.overdueDays ?? 0));
    return {
      courtName: this.courtName,
      counts: this.counts,
      longestOverdue: overdue.slice(0, 10),
    };
  }
}
