import type { MetricCase, MetricPeriod, MetricPolicy } from '../metrics';
import { closedIn, countable, filedIn, handlingDays, isClosed } from '../metrics/selection';

/**
 * 繁简分流 as the model court runs it (court-report-2023: "两次分流"): first 诉前调解 takes disputes before
 * they become lawsuits, then the lawsuits are split — 60–70% of them to the 速裁快审 teams, the rest
 * tried in full. Each figure below is one 口径, written out in docs/digests.md.
 */

/** A case as 繁简分流 sees it: the metric facts, and whether a 简易 (or 小额) procedure was turned into 普通. */
export interface DiversionCase extends MetricCase {
  readonly convertedToOrdinary: boolean;
}

/** Which kind of team handles a case: 速裁快审, another (普通, including teams of no known kind), or none. */
type Stream = 'fastTrack' | 'ordinary';

export interface DiversionFigures {
  /** 新收 of the diverted type codes (民初 by default) with a team. */
  readonly filed: number;
  readonly filedFastTrack: number;
  /** filedFastTrack ÷ filed, in percent; null without 新收. */
  readonly fastTrackShare: number | null;
  readonly shareTarget: { readonly min: number; readonly max: number };
  readonly shareStatus: 'within' | 'below' | 'above' | 'no_data';
  /** 新收 of those type codes no team was assigned: left out of the share. */
  readonly filedUnassigned: number;
  /** Closings under 简易 or 小额, or turned from them into 普通 (简转普's base). */
  readonly simpleClosed: number;
  readonly converted: number;
  /** converted ÷ simpleClosed, in percent. */
  readonly conversionRate: number | null;
  readonly closedFastTrack: number;
  readonly closedOrdinary: number;
  /** 平均审理天数 of each stream's closings, as the court's 平均审理天数 counts days. */
  readonly averageDaysFastTrack: number | null;
  readonly averageDaysOrdinary: number | null;
  /** 诉前调解, when the court's imports carry such cases (of its type codes, at any time); else null. */
  readonly preLitigation: PreLitigationFigures | null;
}

interface PreLitigationFigures {
  readonly filed: number;
  readonly closed: number;
  /** Closed by a mediation agreement (结案方式 调解). */
  readonly settled: number;
  /** Closed because mediation failed and the dispute went on as a lawsuit (结案方式 调解不成转立案). */
  readonly becameLawsuits: number;
  /** becameLawsuits ÷ closed, in percent. */
  readonly lawsuitRate: number | null;
}

const percent = (part: number, whole: number): number | null => (whole === 0 ? null : (part / whole) * 100);

const average = (days: readonly number[]): number | null =>
  days.length === 0 ? null : days.reduce((sum, value) => sum + value, 0) / days.length;

/**
 * The 繁简分流 figures of a period. `fastTrackTeams` are the teams whose kind is 速裁快审; every other team
 * (a team of no known kind included, as the report footnotes) counts as 普通.
 */
export function diversionFigures(
  cases: readonly DiversionCase[],
  period: MetricPeriod,
  policy: MetricPolicy,
  court: {
    readonly fastTrackTeams: ReadonlySet<number | string>;
    /** Whether the court's imports carry 诉前调解 cases at all (any period). */
    readonly preLitigationImported: boolean;
  },
): DiversionFigures {
  const fastTrackTeams = court.fastTrackTeams;
  const { diversion, averageDays } = policy;
  const types = new Set(diversion.typeCodes);
  const diverted = countable(cases, policy).filter((c) => types.has(c.typeCode)) as DiversionCase[];
  const stream = (c: MetricCase): Stream =>
    c.teamId !== null && fastTrackTeams.has(c.teamId) ? 'fastTrack' : 'ordinary';

  const filed = diverted.filter((c) => filedIn(c, period));
  const assigned = filed.filter((c) => c.teamId !== null);
  const filedFastTrack = assigned.filter((c) => stream(c) === 'fastTrack').length;
  const fastTrackShare = percent(filedFastTrack, assigned.length);

  const closed = diverted.filter((c): c is DiversionCase & { closedOn: string } => isClosed(c) && closedIn(c, period));
  const simpleOrConverted = closed.filter(
    (c) => c.procedure === 'simple' || c.procedure === 'small_claims' || c.convertedToOrdinary,
  );
  const converted = simpleOrConverted.filter((c) => c.convertedToOrdinary).length;
  const days = (which: Stream) =>
    closed
      .filter((c) => c.teamId !== null && stream(c) === which)
      .map((c) => handlingDays(c, averageDays.subtractExcludedDays, averageDays.includeFilingDay));
  const fastDays = days('fastTrack');
  const ordinaryDays = days('ordinary');

  return {
    filed: assigned.length,
    filedFastTrack,
    fastTrackShare,
    shareTarget: diversion.fastTrackShare,
    shareStatus: shareStatus(fastTrackShare, diversion.fastTrackShare),
    filedUnassigned: filed.length - assigned.length,
    simpleClosed: simpleOrConverted.length,
    converted,
    conversionRate: percent(converted, simpleOrConverted.length),
    closedFastTrack: fastDays.length,
    closedOrdinary: ordinaryDays.length,
    averageDaysFastTrack: average(fastDays),
    averageDaysOrdinary: average(ordinaryDays),
    preLitigation: court.preLitigationImported ? preLitigationFigures(cases, period, policy) : null,
  };
}

function shareStatus(
  share: number | null,
  target: { readonly min: number; readonly max: number },
): DiversionFigures['shareStatus'] {
  if (share === null) return 'no_data';
  if (share < target.min) return 'below';
  if (share > target.max) return 'above';
  return 'within';
}

/** 诉前调解 (asked only of a court whose imports carry it, so one without is told so rather than shown zeros). */
function preLitigationFigures(
  cases: readonly DiversionCase[],
  period: MetricPeriod,
  policy: MetricPolicy,
): PreLitigationFigures {
  const types = new Set(policy.diversion.preLitigationTypeCodes);
  const mediations = cases.filter((c) => types.has(c.typeCode));
  const closed = mediations.filter((c) => closedIn(c, period));
  const becameLawsuits = closed.filter((c) => c.closeMethod === 'mediation_failed').length;
  return {
    filed: mediations.filter((c) => filedIn(c, period)).length,
    closed: closed.length,
    settled: closed.filter((c) => c.closeMethod === 'mediation').length,
    becameLawsuits,
    lawsuitRate: percent(becameLawsuits, closed.length),
  };
}
