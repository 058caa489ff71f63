import type { IsoDate } from '../domain/dates';
import type { ExtensionApplication } from '../domain/deadline';
import { addDays } from '../domain/digests';
import { computeMetric, type MetricCase, type MetricPolicy } from '../domain/metrics';
import type { StoreReader } from '../store/read';
import type { CaseSetFilter } from '../store/repositories/caseScope';
import { readScopeSummary } from '../store/repositories/scopeSummary';
import { EXTENSION_SCAN_DAYS, extensionApplications, type EngineContext } from './extensionScan';

export interface CaseSummary {
  asOf: IsoDate;
  open: number;
  /** Open cases whose 审限 ended before `asOf`. */
  overdue: number;
  /** Open cases due from `asOf` up to 7, 15 and 30 days on. */
  dueWithin: [number, number, number];
  /** Open cases whose extension application falls due within the domain's EXTENSION_NOTICE_DAYS. */
  extensionDue: number;
  /** Open cases still within their 审限 whose last day to apply for an extension has passed. */
  extensionPassed: number;
  /** The domain's 超12/18/36个月未结 counts on `asOf`, under the court's metric policy. */
  pendingOver: [number, number, number];
  closedThisMonth: number;
  closedThisYear: number;
  /** The domain's 平均审理天数 over this year's closed cases; null when none closed. */
  averageDaysClosedThisYear: number | null;
}

export interface SummaryContext extends EngineContext {
  metricPolicy: MetricPolicy;
}

/**
 * A set of cases' counts on `asOf`, from one statement: deadline counts in SQL, the extension flags by
 * the domain's engine, the metric counts by the domain's formulas under the court's 口径. /mycases and
 * the daily digest's court counts both come from here, so they always agree. The context may still be
 * loading: on a cold cache it is read alongside the statement rather than before it.
 */
export async function summarizeCases(
  db: StoreReader,
  filter: CaseSetFilter,
  asOf: IsoDate,
  context: SummaryContext | Promise<SummaryContext>,
): Promise<CaseSummary> {
  const [facts, { metricPolicy, ...engine }] = await Promise.all([
    readScopeSummary(db, filter, {
      today: asOf,
      dueBy: [addDays(asOf, 7), addDays(asOf, 15), addDays(asOf, 30)],
      scanTo: addDays(asOf, EXTENSION_SCAN_DAYS),
      closedSince: `${asOf.slice(0, 4)}-01-01`,
    }),
    context,
  ]);
  return {
    asOf,
    open: facts.open,
    overdue: facts.overdue,
    dueWithin: facts.dueWithin,
    ...extensionCounts(extensionApplications(facts.dueCases, asOf, engine)),
    ...metrics(facts.metricCases, asOf, metricPolicy),
  };
}

function extensionCounts(
  applications: ReadonlyMap<number, ExtensionApplication>,
): Pick<CaseSummary, 'extensionDue' | 'extensionPassed'> {
  let due = 0;
  let passed = 0;
  for (const application of applications.values()) {
    if (application.state === 'due') due++;
    else passed++;
  }
  return { extensionDue: due, extensionPassed: passed };
}

/**
 * Long-pending counts, cases closed this month and year, and average handling days, by the domain's
 * metric formulas and the court's 口径 (excluded types and close methods, how days are counted), from
 * the scope's open cases and the ones closed this year.
 */
function metrics(
  cases: readonly MetricCase[],
  asOf: IsoDate,
  policy: MetricPolicy,
): Pick<CaseSummary, 'pendingOver' | 'closedThisMonth' | 'closedThisYear' | 'averageDaysClosedThisYear'> {
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
