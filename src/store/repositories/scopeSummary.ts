import type { MetricCase } from '../../domain/metrics';
import { Prisma } from '../../generated/prisma/client';
import type { StoreReader } from '../read';
import { CASE_COLUMNS, EVENTS_OF_C, toCaseWithEvents, type CaseWithEvents, type RawCase } from './caseLists';
import { scopeSql, type CaseSetFilter } from './caseScope';
import { METRIC_CASE_COLUMNS } from './metricCaseColumns';

/** The days a /mycases summary is taken on, as YYYY-MM-DD. */
export interface ScopeSummaryDays {
  today: string;
  /** today + 7, + 15, + 30: "due within N days" means a deadline from today up to that day. */
  dueBy: readonly [string, string, string];
  /** Open cases due from today up to this day come back with their events, for the extension scan. */
  scanTo: string;
  /** Cases closed from this day on come back for the metric formulas, with every open case. */
  closedSince: string;
}

export interface ScopeSummaryFacts {
  open: number;
  overdue: number;
  dueWithin: [number, number, number];
  /** The scope's open cases and those closed since `closedSince`, as the domain's metric formulas read them. */
  metricCases: MetricCase[];
  /** The scope's open cases due from today to `scanTo`, with their events. */
  dueCases: CaseWithEvents[];
}

const METRIC_FIELDS = Object.keys(METRIC_CASE_COLUMNS);

/**
 * Each case as a JSON array of those columns rather than an object: a judge's year is some 500 cases,
 * and without the repeated keys there is less than half the text to build, send and parse. JSON writes
 * DATE as YYYY-MM-DD and numeric as a number, MetricCase's own types.
 */
const METRIC_CASE = Prisma.raw(`json_build_array(${METRIC_FIELDS.map((field) => `"${field}"`).join(', ')})`);

/** A plain loop: Object.fromEntries over a mapped array cost eight times as much for a judge's year. */
function metricCase(values: unknown[]): MetricCase {
  const fields: Record<string, unknown> = {};
  for (let index = 0; index < METRIC_FIELDS.length; index += 1) fields[METRIC_FIELDS[index] as string] = values[index];
  return fields as unknown as MetricCase;
}

interface SummaryRow {
  open: number;
  overdue: number;
  due0: number;
  due1: number;
  due2: number;
  metricCases: unknown[][];
  dueCases: RawCase[];
}

/**
 * Everything a /mycases summary needs from the store in one statement: the deadline counts, the cases
 * for the metric formulas (one pass over the scope's rows), and the cases the extension scan runs
 * through the engine with their events (an index range). One round trip per summary on either store.
 */
export async function readScopeSummary(
  db: StoreReader,
  filter: CaseSetFilter,
  days: ScopeSummaryDays,
): Promise<ScopeSummaryFacts> {
  const open = Prisma.sql`status = 'open'`;
  const today = Prisma.sql`${days.today}::date`;
  const [row] = await db.read<SummaryRow>(Prisma.sql`
    SELECT
      count(*) FILTER (WHERE ${open})::int AS open,
      count(*) FILTER (WHERE ${open} AND deadline < ${today})::int AS overdue,
      count(*) FILTER (WHERE ${open} AND deadline >= ${today} AND deadline <= ${days.dueBy[0]}::date)::int AS due0,
      count(*) FILTER (WHERE ${open} AND deadline >= ${today} AND deadline <= ${days.dueBy[1]}::date)::int AS due1,
      count(*) FILTER (WHERE ${open} AND deadline >= ${today} AND deadline <= ${days.dueBy[2]}::date)::int AS due2,
      coalesce(json_agg(${METRIC_CASE}), '[]') AS "metricCases",
      (SELECT coalesce(json_agg(due), '[]') FROM (
        SELECT ${CASE_COLUMNS}, ${EVENTS_OF_C} FROM "Case" c
        WHERE ${scopeSql(filter)} AND c.status = 'open' AND c.deadline >= ${today} AND c.deadline <= ${days.scanTo}::date
      ) AS due) AS "dueCases"
    FROM "Case"
    WHERE ${scopeSql(filter)} AND (${open} OR "closedOn" >= ${days.closedSince}::date)`);
  const summary = row as SummaryRow;
  return {
    open: summary.open,
    overdue: summary.overdue,
    dueWithin: [summary.due0, summary.due1, summary.due2],
    metricCases: summary.metricCases.map(metricCase),
    dueCases: summary.dueCases.map(toCaseWithEvents),
  };
}
