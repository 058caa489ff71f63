import type { IsoDate } from '../domain/dates';
import {
  isoWeekOf,
  monthOf,
  previousMonth,
  previousWeek,
  teamComparisons,
  yearOf,
  yearToDate,
  type ReportPeriods,
} from '../domain/digests';
import type { Comparison, ComparisonMode, MetricKey, MetricPolicy } from '../domain/metrics';
import type { Store } from '../store';
import { comparisonViewFor, type ComparisonView } from './access';
import { metricsReport } from './digests/reportData';
import type { Viewer } from './identity';

export type RankingPeriod = 'week' | 'month' | 'year';

export interface Rankings {
  periodKind: RankingPeriod;
  period: { key: string; from: IsoDate; to: IsoDate };
  courtMode: ComparisonMode;
  view: ComparisonView;
  policy: MetricPolicy;
  teamCount: number;
  comparisons: Comparison[];
}

/**
 * What /rankings compares: the last complete week or month, as the weekly and monthly reports do (so
 * the numbers match the report people already have), or this year up to today.
 */
export function rankingPeriods(kind: RankingPeriod, today: IsoDate): ReportPeriods {
  switch (kind) {
    case 'week': {
      const week = previousWeek(isoWeekOf(today));
      return { kind: 'week', current: week, previous: previousWeek(week), yearToDate: yearToDate(week) };
    }
    case 'month': {
      const month = previousMonth(monthOf(today));
      return { kind: 'month', current: month, previous: previousMonth(month), yearToDate: yearToDate(month) };
    }
    case 'year': {
      // Keyed by the year, so the year's targets apply to it.
      const year = { ...yearOf(today), to: today };
      return {
        kind: 'year',
        current: year,
        previous: yearOf(`${Number(today.slice(0, 4)) - 1}-01-01`),
        yearToDate: year,
      };
    }
  }
}

/** /rankings: the team comparison of the reports, on demand. */
export class RankingsService {
  constructor(private readonly deps: { store: Store }) {}

  /**
   * The team comparison on demand: the viewer's court, the metric asked for (else the headline metrics of
   * the reports), from the side and in the mode the viewer's role allows (src/services/access.ts). The
   * letters of the anonymized view are seeded by the period, as in the report on the same period.
   */
  async compare(
    viewer: Viewer,
    request: { period: RankingPeriod; metric: MetricKey | null; today: IsoDate },
  ): Promise<Rankings> {
    const periods = rankingPeriods(request.period, request.today);
    const report = await metricsReport(this.deps.store, viewer.courtId, periods);
    const view = comparisonViewFor(viewer, report.frame.mode);
    const metrics = request.metric ? [request.metric] : report.headline;
    const { key, from, to } = periods.current;
    return {
      periodKind: request.period,
      period: { key, from, to },
      courtMode: report.frame.mode,
      view,
      policy: report.frame.policy,
      teamCount: report.teams.length,
      comparisons: teamComparisons(report.teams, metrics, {
        mode: view.mode,
        viewerTeamId: view.viewerTeamId,
        seed: key,
      }),
    };
  }
}
