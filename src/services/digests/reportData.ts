import {
  comparedPeriods,
  courtCases,
  headlineMetrics,
  metricReport,
  monthsEndingWith,
  type ReportPeriod,
  type ReportPeriods,
  isTargetPeriodKind,
  type ReportViewInput,
  type TargetRecord,
  type TeamCases,
  type TeamReport,
} from '../../domain/digests';
import {
  computeMetrics,
  longPendingCases,
  monthsPending,
  resolveMetricPolicy,
  type ComparisonMode,
  type MetricCase,
  type MetricKey,
  type MetricPolicy,
} from '../../domain/metrics';
import type { IsoDate } from '../../domain/dates';
import { teamKindFromName } from '../../domain/catalogues';
import type { Store } from '../../store';
import { METRIC_CASE_SELECT, metricCaseFor } from '../caseRecords/metricRecord';
import { DiversionDataService, type DiversionReport } from './diversionData';

interface CourtFrame {
  courtId: number;
  courtName: string;
  mode: ComparisonMode;
  policy: MetricPolicy;
  teams: TeamCases[];
  /** Cases without a team still count for the court as a whole. */
  unassigned: MetricCase[];
  targets: TargetRecord[];
}

export interface MetricsReport {
  frame: Omit<CourtFrame, 'teams' | 'unassigned'>;
  periods: ReportPeriods;
  teams: TeamReport[];
  court: TeamReport;
  headline: MetricKey[];
}

function buildReport(frame: CourtFrame, periods: ReportPeriods): MetricsReport {
  const teams = frame.teams.map((team) => metricReport(team, periods, frame.targets, frame.policy));
  const court = metricReport(
    {
      teamId: null,
      teamName: frame.courtName,
      cases: [...frame.teams.flatMap((team) => team.cases), ...frame.unassigned],
    },
    periods,
    frame.targets,
    frame.policy,
  );
  const { teams: _teams, unassigned: _unassigned, ...rest } = frame;
  return { frame: rest, periods, teams, court, headline: headlineMetrics(frame.targets) };
}

function earliest(...days: IsoDate[]): IsoDate {
  return days.reduce((a, b) => (a < b ? a : b));
}

/** The first day any of the periods needs: cases closed before it count in none of them. */
function firstDay(periods: ReportPeriods, ...more: IsoDate[]): IsoDate {
  return earliest(
    periods.current.from,
    periods.previous.from,
    periods.yearToDate.from,
    ...(periods.lastYear ? [periods.lastYear.from] : []),
    ...more,
  );
}

/** What the reports take from the store: whether to compare with the same period last year (同比) too. */
export interface ReportOptions {
  lastYear?: boolean;
}

/** What a report view is built from (src/domain/digests/reportView.ts). */
export function viewInput(report: MetricsReport): ReportViewInput {
  return {
    courtName: report.frame.courtName,
    mode: report.frame.mode,
    policy: report.frame.policy,
    periods: report.periods,
    teams: report.teams,
    court: report.court,
    headline: report.headline,
  };
}

interface TrendPoint {
  month: string;
  value: number | null;
}

export interface MonthlyReport extends MetricsReport {
  /** The court's headline metrics over the last six months, oldest first. */
  courtTrend: Array<{ key: MetricKey; points: TrendPoint[] }>;
  /** Per team (Team.sortOrder), per headline metric: the last six months, oldest first. */
  trends: Array<{ teamName: string; metrics: Array<{ key: MetricKey; points: TrendPoint[] }> }>;
  longPending: Array<{
    caseNumber: string;
    judgeName: string | null;
    teamName: string | null;
    filedOn: IsoDate;
    months: number;
  }>;
  longPendingCount: number;
  /** The same long-pending cases counted by team and judge (for documents meant for circulation: counts, never cases). */
  longPendingAttention: LongPendingAttention;
  /** 繁简分流 of the month, against the month before and the same month a year before. */
  diversion: DiversionReport;
}

const TREND_MONTHS = 6;

/** 超12个月未结 on a day, counted per team and per judge within it (teams and judges by name; null: none assigned). */
export interface LongPendingAttention {
  day: IsoDate;
  total: number;
  byTeam: Array<{ teamName: string | null; count: number; judges: Array<{ judgeName: string | null; count: number }> }>;
}

function attentionOf(
  cases: ReadonlyArray<{ teamName: string | null; judgeName: string | null }>,
  day: IsoDate,
): LongPendingAttention {
  const teams = new Map<string | null, Map<string | null, number>>();
  for (const row of cases) {
    const judges = teams.get(row.teamName) ?? new Map<string | null, number>();
    judges.set(row.judgeName, (judges.get(row.judgeName) ?? 0) + 1);
    teams.set(row.teamName, judges);
  }
  return {
    day,
    total: cases.length,
    byTeam: [...teams].map(([teamName, judges]) => ({
      teamName,
      count: [...judges.values()].reduce((sum, count) => sum + count, 0),
      judges: [...judges].map(([judgeName, count]) => ({ judgeName, count })),
    })),
  };
}

const LONG_PENDING_LISTED = 10;
const LONG_PENDING_MONTHS = 12;

/**
 * The weekly and monthly reports' data (the digests, `docket report`, 详情 of a report): every team's
 * metrics over the compared periods, the trends, the long-pending cases and 繁简分流.
 */
export class ReportDataService {
  private readonly diversion: DiversionDataService;

  constructor(private readonly deps: { store: Store }) {
    this.diversion = new DiversionDataService(deps);
  }

  /** Every team's metrics over given periods (the weekly report's, or any /rankings asks for). */
  async metrics(courtId: number, periods: ReportPeriods): Promise<MetricsReport> {
    return buildReport(await this.loadFrame(courtId, firstDay(periods)), periods);
  }

  /** The weekly report on an ISO week: that week, the week before it, the year to its end and, if asked, the same week last year. */
  weekly(courtId: number, week: ReportPeriod, options: ReportOptions = {}): Promise<MetricsReport> {
    return this.metrics(courtId, comparedPeriods({ kind: 'week', period: week }, options));
  }

  /** The monthly report on a month: that month, the month before, the year to date, a six-month trend and the long-pending cases. */
  async monthly(courtId: number, month: ReportPeriod, options: ReportOptions = {}): Promise<MonthlyReport> {
    const periods = comparedPeriods({ kind: 'month', period: month }, options);
    const months = monthsEndingWith(month, TREND_MONTHS);
    const frame = await this.loadFrame(courtId, firstDay(periods, (months[0] as ReportPeriod).from));
    const report = buildReport(frame, periods);
    const trendOf = (cases: readonly MetricCase[]) =>
      report.headline.map((key) => ({
        key,
        points: months.map((period) => ({
          month: period.key,
          value: computeMetrics(cases, { period }, frame.policy, [key])[0]?.value ?? null,
        })),
      }));
    const trends = frame.teams.map((team) => ({ teamName: team.teamName, metrics: trendOf(team.cases) }));
    const courtTrend = trendOf(courtCases(frame.teams, frame.unassigned));
    const [longPending, diversion] = await Promise.all([
      this.longPendingOn(courtId, month.to, frame.policy),
      this.diversion.report(courtId, periods),
    ]);
    return {
      ...report,
      courtTrend,
      trends,
      diversion,
      longPendingCount: longPending.length,
      longPendingAttention: attentionOf(longPending, month.to),
      longPending: longPending.slice(0, LONG_PENDING_LISTED).map((row) => ({
        caseNumber: row.caseNumber,
        judgeName: row.judgeName,
        teamName: row.teamName,
        filedOn: row.filedOn,
        months: monthsPending(row.filedOn, month.to),
      })),
    };
  }

  /** The weekly documents' count of long-pending cases on the week's last day, as the monthly report counts them. */
  async longPendingAttention(courtId: number, day: IsoDate, policy: MetricPolicy): Promise<LongPendingAttention> {
    return attentionOf(await this.longPendingOn(courtId, day, policy), day);
  }

  /** Every case that can count in a period starting on or after `since`: open ones and those closed since. */
  private async loadFrame(courtId: number, since: IsoDate): Promise<CourtFrame> {
    const prisma = this.deps.store.prisma;
    const [court, teams, rows, targets, judges] = await Promise.all([
      prisma.court.findUniqueOrThrow({
        where: { id: courtId },
        select: { name: true, comparisonMode: true, metricPolicy: true },
      }),
      prisma.team.findMany({
        where: { courtId, active: true },
        select: { id: true, name: true, kind: true },
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      }),
      prisma.case.findMany({
        where: { courtId, OR: [{ closedOn: null }, { closedOn: { gte: new Date(`${since}T00:00:00Z`) } }] },
        select: METRIC_CASE_SELECT,
      }),
      prisma.teamTarget.findMany({
        where: { team: { courtId } },
        select: { teamId: true, metric: true, periodKind: true, periodKey: true, value: true },
      }),
      prisma.person.groupBy({
        by: ['teamId'],
        where: { courtId, active: true, role: { in: ['judge', 'team_lead'] } },
        _count: { _all: true },
      }),
    ]);
    const byTeam = new Map<number, MetricCase[]>(teams.map((team) => [team.id, []]));
    const unassigned: MetricCase[] = [];
    for (const row of rows) {
      const metricCase = metricCaseFor(row);
      const bucket = row.teamId === null ? undefined : byTeam.get(row.teamId);
      (bucket ?? unassigned).push(metricCase);
    }
    const judgeCounts = new Map(judges.map((group) => [group.teamId, group._count._all]));
    return {
      courtId,
      courtName: court.name,
      mode: court.comparisonMode,
      policy: resolveMetricPolicy(court.metricPolicy),
      teams: teams.map((team) => {
        const judgeCount = judgeCounts.get(team.id);
        return {
          teamId: team.id,
          teamName: team.name,
          kind: teamKindFromName(team.kind),
          cases: byTeam.get(team.id) ?? [],
          ...(judgeCount ? { judgeCount } : {}),
        };
      }),
      unassigned,
      targets: targets.flatMap((target) =>
        isTargetPeriodKind(target.periodKind) ? [{ ...target, periodKind: target.periodKind }] : [],
      ),
    };
  }

  /**
   * 超12个月未结 on `day` by the domain's one definition (longPendingCases: the court's 口径, excluded types
   * and 销案 left out), the same count /mycases gives. SQL only narrows the rows: open on `day` and filed
   * no later than a year before it, a superset of the cases the domain keeps.
   */
  private async longPendingOn(courtId: number, day: IsoDate, policy: MetricPolicy) {
    const yearBefore = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
    const rows = await this.deps.store.prisma.case.findMany({
      where: {
        courtId,
        filedOn: { lte: new Date(`${yearBefore}T00:00:00Z`) },
        OR: [{ closedOn: null }, { closedOn: { gt: new Date(`${day}T00:00:00Z`) } }],
      },
      select: {
        ...METRIC_CASE_SELECT,
        id: true,
        caseNumber: true,
        judge: { select: { name: true } },
        team: { select: { name: true } },
      },
      orderBy: { id: 'asc' },
    });
    const cases = rows.map((row) => ({
      ...metricCaseFor(row),
      caseNumber: row.caseNumber,
      judgeName: row.judge?.name ?? null,
      teamName: row.team?.name ?? null,
    }));
    return longPendingCases(cases, day, LONG_PENDING_MONTHS, policy);
  }
}
