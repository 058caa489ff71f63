import type { HolidayCalendar } from '../domain/calendar';
import { tryParseCaseNumber } from '../domain/caseNumber';
import { toEpochDay, toIsoDate, type IsoDate } from '../domain/dates';
import { computeMetric, resolveMetricPolicy, type MetricCase, type MetricPolicy } from '../domain/metrics';
import { computeDeadline, DeadlineInputError, deadlineStatus, resolveDeadlinePolicy, type DeadlineOutcome, type DeadlinePolicy } from '../domain/deadline';
import type { Store } from '../store';
import { fromDbDate, fromDbDateOrNull } from '../store/dbDate';
import { findCaseById, findCaseByNumber, findOpenCasePage, type CaseRow, type CaseWithEvents, type DeadlineRange } from '../store/repositories/caseLists';
import { readScopeSummary } from '../store/repositories/scopeSummary';
import { canSeeCase, caseFilter, scopeKey, type CaseScope } from './access';
import { CaseRecordError, deadlineInputFor, loadCalendar } from './caseRecords';
import type { Viewer } from './identity';
import { courtDataVersion, type ReadCache } from './readCache';

/** Which open cases a list shows. "urgent" is overdue plus due within 30 days, soonest first. */
export type CaseFilter = { kind: 'urgent' } | { kind: 'overdue' } | { kind: 'dueWithin'; days: number } | { kind: 'all' };

export interface CaseSummary {
  asOf: IsoDate;
  open: number;
  /** Open cases whose 审限 ended before `asOf`. */
  overdue: number;
  /** Open cases due from `asOf` up to 7, 15 and 30 days on. */
  dueWithin: [number, number, number];
  /** Open cases whose extension application falls due within EXTENSION_NOTICE_DAYS. */
  extensionDue: number;
  /** The domain's 超12/18/36个月未结 counts on `asOf`, under the court's metric policy. */
  pendingOver: [number, number, number];
  closedThisMonth: number;
  closedThisYear: number;
  /** The domain's 平均审理天数 over this year's closed cases; null when none closed. */
  averageDaysClosedThisYear: number | null;
}

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
  /** The last day to apply for an extension, when that day is within EXTENSION_NOTICE_DAYS. */
  applyBy: IsoDate | null;
}

export interface CasePage {
  filter: CaseFilter;
  /** 0-based. */
  page: number;
  pages: number;
  total: number;
  lines: CaseLine[];
}

export interface CaseDetail {
  line: CaseLine;
  status: 'open' | 'closed';
  closedOn: IsoDate | null;
  judgeName: string | null;
  /** The domain's breakdown with citations, or why it could not be computed. */
  deadline: { kind: 'outcome'; outcome: DeadlineOutcome } | { kind: 'problem'; field: string; zh: string; en: string };
}

export type ScopeTitle = { kind: 'self' | 'assigned' } | { kind: 'judge'; name: string } | { kind: 'team'; name: string } | { kind: 'court'; name: string };

/**
 * A case is flagged for an extension application when the apply-by date the domain computes falls
 * within this many days from today (the law asks for the application 15 days before expiry, so this
 * gives a judge about two weeks' notice).
 */
export const EXTENSION_NOTICE_DAYS = 15;
/** Only cases due within this many days are run through the engine for the extension flag: applications fall due weeks, not months, before expiry. */
const EXTENSION_SCAN_DAYS = 60;
const URGENT_DAYS = 30;
export const PAGE_SIZE = 10;

/** Summaries and pages: short, and keyed by the data version, so imports show at once anyway. */
const LIST_TTL_SECONDS = 30;
const NAMES_TTL_SECONDS = 600;
const CALENDAR_TTL_SECONDS = 600;

function plusDays(day: IsoDate, days: number): IsoDate {
  return toIsoDate(toEpochDay(day) + days);
}

/** The case lists and summaries behind /mycases, App Home and 详情, always within a scope from access.ts. */
export class MyCasesService {
  constructor(private readonly deps: { store: Store; cache: ReadCache }) {}

  private get prisma() {
    return this.deps.store.prisma;
  }

  async title(scope: CaseScope): Promise<ScopeTitle> {
    switch (scope.kind) {
      case 'judges': {
        if (scope.label !== 'judge') return { kind: scope.label };
        const judge = await this.prisma.person.findUniqueOrThrow({ where: { id: scope.judgeIds[0] as number }, select: { name: true } });
        return { kind: 'judge', name: judge.name };
      }
      case 'team':
        return { kind: 'team', name: scope.teamName };
      case 'court': {
        const court = await this.prisma.court.findUniqueOrThrow({ where: { id: scope.courtId }, select: { name: true } });
        return { kind: 'court', name: court.name };
      }
    }
  }

  /**
   * The scope's counts on `asOf`, from one statement: deadline counts in SQL, the extension flags by
   * the domain's engine, the metric counts by the domain's formulas. Cached briefly under the court's
   * data version, so an import shows at once.
   */
  async summary(scope: CaseScope, asOf: IsoDate): Promise<CaseSummary> {
    const version = await this.dataVersion(scope.courtId);
    return this.deps.cache.wrap(`summary:${scopeKey(scope)}:${asOf}:${version}`, LIST_TTL_SECONDS, async () => {
      const [facts, context, policy] = await Promise.all([
        readScopeSummary(this.deps.store, caseFilter(scope), {
          today: asOf,
          dueBy: [plusDays(asOf, 7), plusDays(asOf, 15), plusDays(asOf, 30)],
          scanTo: plusDays(asOf, EXTENSION_SCAN_DAYS),
          closedSince: `${asOf.slice(0, 4)}-01-01`,
        }),
        this.engineContext(scope.courtId),
        this.metricPolicy(scope.courtId),
      ]);
      return {
        asOf,
        open: facts.open,
        overdue: facts.overdue,
        dueWithin: facts.dueWithin,
        extensionDue: this.applyByDates(facts.dueCases, asOf, context).size,
        ...metrics(facts.metricCases, asOf, policy),
      };
    });
  }

  /** One page of a filtered list, cached like the summary (paging back and forth costs nothing). */
  async page(scope: CaseScope, filter: CaseFilter, page: number, asOf: IsoDate): Promise<CasePage> {
    const version = await this.dataVersion(scope.courtId);
    const filterKey = filter.kind === 'dueWithin' ? `due${filter.days}` : filter.kind;
    return this.deps.cache.wrap(`page:${scopeKey(scope)}:${filterKey}:${page}:${asOf}:${version}`, LIST_TTL_SECONDS, async () => {
      const found = await findOpenCasePage(this.deps.store, caseFilter(scope), this.deadlineRange(filter, asOf), { size: PAGE_SIZE, index: page });
      const rows = found.rows;
      const [context, names] = await Promise.all([this.engineContext(scope.courtId), this.judgeNames(scope.courtId)]);
      const applyBy = this.applyByDates(rows, asOf, context);
      const pages = Math.max(1, Math.ceil(found.total / PAGE_SIZE));
      return { filter, page: found.index, pages, total: found.total, lines: rows.map((row) => this.line(row, asOf, context, names, applyBy.get(row.id) ?? null)) };
    });
  }

  /** One case by id (a 详情 button), or null when it does not exist or the viewer may not see it. */
  async detailById(viewer: Viewer, caseId: number, asOf: IsoDate): Promise<CaseDetail | null> {
    const row = await findCaseById(this.deps.store, caseId);
    return row && canSeeCase(viewer, row) ? this.detail(row, asOf) : null;
  }

  /**
   * One case by its 案号 as typed: invalid numbers come back with the parser's reason; an unknown
   * case and a case the viewer may not see look the same, so nothing leaks about other judges' cases.
   */
  async detailByNumber(viewer: Viewer, text: string, asOf: IsoDate): Promise<{ ok: true; detail: CaseDetail | null } | { ok: false; zh: string; en: string }> {
    const parsed = tryParseCaseNumber(text, { currentYear: Number(asOf.slice(0, 4)) });
    if (!parsed.ok) return { ok: false, zh: parsed.error.messageZh, en: parsed.error.messageEn };
    const row = await findCaseByNumber(this.deps.store, viewer.courtId, parsed.value.normalized);
    return { ok: true, detail: row && canSeeCase(viewer, row) ? await this.detail(row, asOf) : null };
  }

  private async detail(row: CaseWithEvents, asOf: IsoDate): Promise<CaseDetail> {
    const [context, names] = await Promise.all([this.engineContext(row.courtId), this.judgeNames(row.courtId)]);
    let deadline: CaseDetail['deadline'];
    try {
      deadline = { kind: 'outcome', outcome: computeDeadline(deadlineInputFor(row, row.events, asOf), context.calendar, { policy: context.policy }) };
    } catch (error) {
      if (error instanceof DeadlineInputError) deadline = { kind: 'problem', field: error.field, zh: error.messageZh, en: error.messageEn };
      else if (error instanceof CaseRecordError) deadline = { kind: 'problem', field: error.field, zh: error.message, en: error.message };
      else throw error;
    }
    const applyBy = this.applyByDates([row], asOf, context);
    const line = this.line(row, asOf, context, names, applyBy.get(row.id) ?? null);
    return { line, status: row.status, closedOn: fromDbDateOrNull(row.closedOn), judgeName: line.judgeName, deadline };
  }

  private deadlineRange(filter: CaseFilter, asOf: IsoDate): DeadlineRange {
    switch (filter.kind) {
      case 'urgent':
        return { to: plusDays(asOf, URGENT_DAYS) };
      case 'overdue':
        return { before: asOf };
      case 'dueWithin':
        return { from: asOf, to: plusDays(asOf, filter.days) };
      case 'all':
        return {};
    }
  }

  private line(row: CaseRow, asOf: IsoDate, context: EngineContext, names: ReadonlyMap<number, string>, applyBy: IsoDate | null): CaseLine {
    const deadline = fromDbDateOrNull(row.deadline);
    const status = row.status === 'open' && deadline !== null ? deadlineStatus({ deadline }, asOf, context.calendar) : null;
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
      judgeName: row.judgeId === null ? null : (names.get(row.judgeId) ?? null),
      applyBy,
    };
  }

  /**
   * The apply-by date of the next extension for the cases whose date falls within the notice
   * period. Only open cases due within EXTENSION_SCAN_DAYS can qualify, so only they are run
   * through the domain's engine.
   */
  private applyByDates(rows: readonly CaseWithEvents[], asOf: IsoDate, context: EngineContext): Map<number, IsoDate> {
    const horizon = plusDays(asOf, EXTENSION_SCAN_DAYS);
    const candidates = rows.filter((row) => {
      const deadline = fromDbDateOrNull(row.deadline);
      return row.status === 'open' && deadline !== null && deadline >= asOf && deadline <= horizon;
    });
    const dates = new Map<number, IsoDate>();
    const noticeEnds = plusDays(asOf, EXTENSION_NOTICE_DAYS);
    for (const row of candidates) {
      try {
        const outcome = computeDeadline(deadlineInputFor(row, row.events, asOf), context.calendar, { policy: context.policy, explain: false });
        const applyBy = outcome.kind === 'deadline' ? outcome.extensionWindow?.applyBy : undefined;
        if (applyBy !== undefined && applyBy >= asOf && applyBy <= noticeEnds) dates.set(row.id, applyBy);
      } catch (error) {
        if (!(error instanceof DeadlineInputError || error instanceof CaseRecordError)) throw error;
      }
    }
    return dates;
  }

  private metricPolicy(courtId: number): Promise<MetricPolicy> {
    return this.deps.cache.wrap(`metric-policy:${courtId}`, CALENDAR_TTL_SECONDS, async () => {
      const court = await this.prisma.court.findUniqueOrThrow({ where: { id: courtId }, select: { metricPolicy: true } });
      return resolveMetricPolicy(court.metricPolicy);
    });
  }

  /** Names of the court's people by id, for "承办 …" on lines: one query per court and data version instead of a join per list. */
  private async judgeNames(courtId: number): Promise<ReadonlyMap<number, string>> {
    const version = await this.dataVersion(courtId);
    return this.deps.cache.wrap(`names:${courtId}:${version}`, NAMES_TTL_SECONDS, async () => {
      const people = await this.prisma.person.findMany({ where: { courtId }, select: { id: true, name: true } });
      return new Map(people.map((person) => [person.id, person.name]));
    });
  }

  private dataVersion(courtId: number): Promise<number> {
    return courtDataVersion(this.deps.cache, this.prisma, courtId);
  }

  private async engineContext(courtId: number): Promise<EngineContext> {
    const [calendar, policy] = await Promise.all([
      this.deps.cache.wrap('calendar', CALENDAR_TTL_SECONDS, () => loadCalendar(this.deps.store)),
      this.deps.cache.wrap(`deadline-policy:${courtId}`, CALENDAR_TTL_SECONDS, async () => {
        const court = await this.prisma.court.findUniqueOrThrow({ where: { id: courtId }, select: { deadlinePolicy: true } });
        return resolveDeadlinePolicy(court.deadlinePolicy);
      }),
    ]);
    return { calendar, policy };
  }
}

/**
 * Long-pending counts, cases closed this month and year, and average handling days, by the domain's
 * metric formulas and the court's 口径 (excluded types and close methods, how days are counted), from
 * the scope's open cases and the ones closed this year.
 */
function metrics(cases: readonly MetricCase[], asOf: IsoDate, policy: MetricPolicy): Pick<CaseSummary, 'pendingOver' | 'closedThisMonth' | 'closedThisYear' | 'averageDaysClosedThisYear'> {
  const yearStart = `${asOf.slice(0, 4)}-01-01`;
  const onDay = { period: { from: asOf, to: asOf } };
  const thisYear = computeMetric('avgDays', cases, { period: { from: yearStart, to: asOf } }, policy);
  const thisMonth = computeMetric('avgDays', cases, { period: { from: `${asOf.slice(0, 7)}-01`, to: asOf } }, policy);
  return {
    pendingOver: [
      computeMetric('pendingOver12Months', cases, onDay, policy).numerator,
      computeMetric('pendingOver18Months', cases, onDay, policy).numerator,
      computeMetric('pendingOver36Months', cases, onDay, policy).numerator,
    ],
    // The average's denominator is the number of (countable) cases closed in its period.
    closedThisYear: thisYear.denominator,
    closedThisMonth: thisMonth.denominator,
    averageDaysClosedThisYear: thisYear.value,
  };
}

interface EngineContext {
  calendar: HolidayCalendar;
  policy: DeadlinePolicy;
}
