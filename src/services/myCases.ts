import type { HolidayCalendar } from '../domain/calendar';
import { expandShortCaseNumber, tryParseCaseNumber } from '../domain/caseNumber';
import { cmsCaseUrl } from '../domain/cmsLink';
import type { IsoDate } from '../domain/dates';
import {
  computeDeadline,
  DeadlineInputError,
  extensionApplicationOn,
  resolveDeadlinePolicy,
  type DeadlineOutcome,
  type ExtensionApplication,
} from '../domain/deadline';
import { addDays } from '../domain/digests';
import { dataFreshness, type DataFreshness } from '../domain/freshness';
import { resolveMetricPolicy, type MetricPolicy } from '../domain/metrics';
import type { Store } from '../store';
import { fromDbDateOrNull } from '../store/dbDate';
import {
  findCaseById,
  findCaseByNumber,
  findOpenCasePage,
  type CaseRow,
  type CaseWithEvents,
  type DeadlineRange,
} from '../store/repositories/caseLists';
import { lastCaseImportDay } from '../store/repositories/importRuns';
import { canSeeCase, caseFilter, scopeKey, type CaseScope } from './access';
import { caseLine, type CaseLine } from './caseLines';
import { caseDeadlineFacts, caseEventFacts, CaseRecordError, deadlineInputFor, loadCalendar } from './caseRecords';
import { summarizeCases, type CaseSummary, type SummaryContext } from './caseSummary';
import { extensionApplications, type EngineContext } from './extensionScan';
import type { Viewer } from './identity';
import { courtDataVersion, type ReadCache } from './readCache';

/** Which open cases a list shows. "urgent" is overdue plus due within 30 days, soonest first. */
export type CaseFilter =
  | { kind: 'urgent' }
  | { kind: 'overdue' }
  | { kind: 'dueWithin'; days: number }
  /** 逾期 and N天 asked together: what is overdue, and what falls due within N days. */
  | { kind: 'overdueOrDueWithin'; days: number }
  | { kind: 'all' };

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

export type ScopeTitle =
  | { kind: 'self' | 'assigned' }
  | { kind: 'judge'; name: string }
  | { kind: 'team'; name: string }
  | { kind: 'court'; name: string };

const URGENT_DAYS = 30;
const PAGE_SIZE = 10;

/** Summaries and pages: short, and keyed by the data version, so imports show at once anyway. */
const LIST_TTL_SECONDS = 30;
const NAMES_TTL_SECONDS = 600;
const CALENDAR_TTL_SECONDS = 600;
/** An import that changed nothing moves no data version, so the day of the last import is re-read now and then. */
const LAST_IMPORT_TTL_SECONDS = 300;

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
        const judge = await this.prisma.person.findUniqueOrThrow({
          where: { id: scope.judgeIds[0] as number },
          select: { name: true },
        });
        return { kind: 'judge', name: judge.name };
      }
      case 'team':
        return { kind: 'team', name: scope.teamName };
      case 'court': {
        const court = await this.prisma.court.findUniqueOrThrow({
          where: { id: scope.courtId },
          select: { name: true },
        });
        return { kind: 'court', name: court.name };
      }
    }
  }

  /** The scope's counts on `asOf` (see summarizeCases), cached briefly under the court's data version, so an import shows at once. */
  async summary(scope: CaseScope, asOf: IsoDate): Promise<CaseSummary> {
    const version = await this.dataVersion(scope.courtId);
    return this.deps.cache.wrap(`summary:${scopeKey(scope)}:${asOf}:${version}`, LIST_TTL_SECONDS, () =>
      summarizeCases(this.deps.store, caseFilter(scope), asOf, this.summaryContext(scope.courtId)),
    );
  }

  /** How current the court's case data is on `today`: when its last case export was imported (src/domain/freshness). */
  async freshness(courtId: number, today: IsoDate): Promise<DataFreshness> {
    const version = await this.dataVersion(courtId);
    const [lastImportOn, { calendar }] = await Promise.all([
      this.deps.cache.wrap(`last-case-import:${courtId}:${version}`, LAST_IMPORT_TTL_SECONDS, () =>
        lastCaseImportDay(this.deps.store, courtId),
      ),
      this.engineContext(courtId),
    ]);
    return dataFreshness(lastImportOn, today, calendar);
  }

  /** One page of a filtered list, cached like the summary (paging back and forth costs nothing). */
  async page(scope: CaseScope, filter: CaseFilter, page: number, asOf: IsoDate): Promise<CasePage> {
    const version = await this.dataVersion(scope.courtId);
    const filterKey = 'days' in filter ? `${filter.kind}${filter.days}` : filter.kind;
    return this.deps.cache.wrap(
      `page:${scopeKey(scope)}:${filterKey}:${page}:${asOf}:${version}`,
      LIST_TTL_SECONDS,
      async () => {
        const found = await findOpenCasePage(this.deps.store, caseFilter(scope), this.deadlineRange(filter, asOf), {
          size: PAGE_SIZE,
          index: page,
        });
        const rows = found.rows;
        const [context, names, cms] = await Promise.all([
          this.engineContext(scope.courtId),
          this.judgeNames(scope.courtId),
          this.cmsTemplate(scope.courtId),
        ]);
        const applications = extensionApplications(rows, asOf, context);
        const pages = Math.max(1, Math.ceil(found.total / PAGE_SIZE));
        return {
          filter,
          page: found.index,
          pages,
          total: found.total,
          lines: rows.map((row) => this.line(row, asOf, context, names, applications, cms)),
        };
      },
    );
  }

  /** One case by id (a 详情 button), or null when it does not exist or the viewer may not see it. */
  async detailById(viewer: Viewer, caseId: number, asOf: IsoDate): Promise<CaseDetail | null> {
    const row = await findCaseById(this.deps.store, caseId);
    return row && canSeeCase(viewer, row) ? this.detail(row, asOf) : null;
  }

  /**
   * One case by its 案号 as typed — in full, or short (2026执569) for a case of the viewer's own court: invalid
   * numbers come back with the parser's reason; an unknown case and a case the viewer may not see look the same,
   * so nothing leaks about other judges' cases.
   */
  async detailByNumber(
    viewer: Viewer,
    text: string,
    asOf: IsoDate,
  ): Promise<{ ok: true; detail: CaseDetail | null } | { ok: false; zh: string; en: string }> {
    const options = { currentYear: Number(asOf.slice(0, 4)) };
    let parsed = tryParseCaseNumber(text, options);
    const expanded = parsed.ok ? null : expandShortCaseNumber(text, viewer.courtCode);
    if (expanded) parsed = tryParseCaseNumber(expanded, options);
    if (!parsed.ok) return { ok: false, zh: parsed.error.messageZh, en: parsed.error.messageEn };
    const row = await findCaseByNumber(this.deps.store, viewer.courtId, parsed.value.normalized);
    return { ok: true, detail: row && canSeeCase(viewer, row) ? await this.detail(row, asOf) : null };
  }

  private async detail(row: CaseWithEvents, asOf: IsoDate): Promise<CaseDetail> {
    const [context, names, cms] = await Promise.all([
      this.engineContext(row.courtId),
      this.judgeNames(row.courtId),
      this.cmsTemplate(row.courtId),
    ]);
    let deadline: CaseDetail['deadline'];
    let extension: ExtensionApplication | null = null;
    try {
      const input = deadlineInputFor(caseDeadlineFacts(row), row.events.map(caseEventFacts), asOf);
      const outcome = computeDeadline(input, context.calendar, { policy: context.policy });
      deadline = { kind: 'outcome', outcome };
      if (row.status === 'open') extension = extensionApplicationOn(outcome, asOf);
    } catch (error) {
      if (error instanceof DeadlineInputError)
        deadline = { kind: 'problem', field: error.field, zh: error.messageZh, en: error.messageEn };
      else if (error instanceof CaseRecordError)
        deadline = { kind: 'problem', field: error.field, zh: error.message, en: error.message };
      else throw error;
    }
    const line = this.line(row, asOf, context, names, new Map(extension === null ? [] : [[row.id, extension]]), cms);
    return { line, status: row.status, closedOn: fromDbDateOrNull(row.closedOn), judgeName: line.judgeName, deadline };
  }

  private deadlineRange(filter: CaseFilter, asOf: IsoDate): DeadlineRange {
    switch (filter.kind) {
      case 'urgent':
        return { to: addDays(asOf, URGENT_DAYS) };
      case 'overdue':
        return { before: asOf };
      case 'dueWithin':
        return { from: asOf, to: addDays(asOf, filter.days) };
      case 'overdueOrDueWithin':
        return { to: addDays(asOf, filter.days) };
      case 'all':
        return {};
    }
  }

  private line(
    row: CaseRow,
    asOf: IsoDate,
    context: EngineContext,
    names: ReadonlyMap<number, string>,
    applications: ReadonlyMap<number, ExtensionApplication>,
    cmsTemplate: string | null,
  ): CaseLine {
    const judgeName = row.judgeId === null ? null : (names.get(row.judgeId) ?? null);
    return {
      ...caseLine(row, asOf, context.calendar, judgeName, applications.get(row.id) ?? null),
      cmsUrl: cmsCaseUrl(cmsTemplate, row.caseNumber),
      extensionRequest: row.extensionRequest,
    };
  }

  /** The court's CMS link template, under its data version: `docket court set --cms-url` moves it. */
  private async cmsTemplate(courtId: number): Promise<string | null> {
    const version = await this.dataVersion(courtId);
    return this.deps.cache.wrap(`cms-url:${courtId}:${version}`, NAMES_TTL_SECONDS, async () => {
      const court = await this.prisma.court.findUniqueOrThrow({
        where: { id: courtId },
        select: { cmsUrlTemplate: true },
      });
      return court.cmsUrlTemplate;
    });
  }

  private async summaryContext(courtId: number): Promise<SummaryContext> {
    const [engine, metricPolicy] = await Promise.all([this.engineContext(courtId), this.metricPolicy(courtId)]);
    return { ...engine, metricPolicy };
  }

  private metricPolicy(courtId: number): Promise<MetricPolicy> {
    return this.deps.cache.wrap(`metric-policy:${courtId}`, CALENDAR_TTL_SECONDS, async () => {
      const court = await this.prisma.court.findUniqueOrThrow({
        where: { id: courtId },
        select: { metricPolicy: true },
      });
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

  /** The official holiday calendar (bundled and imported years), cached. */
  calendar(): Promise<HolidayCalendar> {
    return this.deps.cache.wrap('calendar', CALENDAR_TTL_SECONDS, () => loadCalendar(this.deps.store));
  }

  /** The calendar and the court's deadline policy: what the 审限 engine needs besides the case. */
  async engineContext(courtId: number): Promise<EngineContext> {
    const [calendar, policy] = await Promise.all([
      this.calendar(),
      this.deps.cache.wrap(`deadline-policy:${courtId}`, CALENDAR_TTL_SECONDS, async () => {
        const court = await this.prisma.court.findUniqueOrThrow({
          where: { id: courtId },
          select: { deadlinePolicy: true },
        });
        return resolveDeadlinePolicy(court.deadlinePolicy);
      }),
    ]);
    return { calendar, policy };
  }
}
