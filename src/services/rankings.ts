import type { IsoDate } from '../domain/dates';
import {
  comparedPeriods,
  teamComparisons,
  type KindedPeriod,
  type MetricLine,
  type ReportPeriodKind,
} from '../domain/digests';
import type { Comparison, ComparisonMode, MetricKey, MetricPolicy } from '../domain/metrics';
import type { Store } from '../store';
import { comparisonViewFor, type ComparisonView } from './access';
import { DiversionDataService, type DiversionReport } from './digests/diversionData';
import { ReportDataService } from './digests/reportData';
import type { Viewer } from './identity';

export interface Rankings {
  period: { kind: ReportPeriodKind; key: string; from: IsoDate; to: IsoDate };
  courtMode: ComparisonMode;
  view: ComparisonView;
  policy: MetricPolicy;
  teamCount: number;
  comparisons: Comparison[];
  /** The court as a whole on each compared metric, with 环比 and 同比. */
  court: MetricLine[];
  /** Whether one metric was asked for (its full comparison) or the headline ones (the overview). */
  single: boolean;
}

/** /rankings: the team comparison of the reports, on demand, for any period. */
export class RankingsService {
  private readonly reports: ReportDataService;
  private readonly diversions: DiversionDataService;

  constructor(deps: { store: Store }) {
    this.reports = new ReportDataService(deps);
    this.diversions = new DiversionDataService(deps);
  }

  /**
   * The team comparison over a period (the last week, a past month, a quarter, a year so far…) against
   * the period before and the same period a year before: the metric asked for, else the headline metrics
   * of the reports, from the side and in the mode the viewer's role allows (src/services/access.ts). The
   * letters of the anonymized view are seeded by the period, as in the report on the same period.
   */
  async compare(viewer: Viewer, request: { period: KindedPeriod; metric: MetricKey | null }): Promise<Rankings> {
    const periods = comparedPeriods(request.period, { lastYear: true });
    const report = await this.reports.metrics(viewer.courtId, periods);
    const view = comparisonViewFor(viewer, report.frame.mode);
    const metrics = request.metric ? [request.metric] : report.headline;
    const { key, from, to } = periods.current;
    return {
      period: { kind: periods.kind, key, from, to },
      courtMode: report.frame.mode,
      view,
      policy: report.frame.policy,
      teamCount: report.teams.length,
      comparisons: teamComparisons(report.teams, metrics, {
        mode: view.mode,
        viewerTeamId: view.viewerTeamId,
        seed: key,
      }),
      court: metrics.flatMap((metric) => report.court.lines.filter((line) => line.key === metric)),
      single: request.metric !== null,
    };
  }

  /** 繁简分流 is aggregate figures of the whole court: anyone in it may see them. */
  async diversion(viewer: Viewer, period: KindedPeriod): Promise<DiversionRankings> {
    const periods = comparedPeriods(period, { lastYear: true });
    const { key, from, to } = periods.current;
    return {
      period: { kind: periods.kind, key, from, to },
      diversion: await this.diversions.report(viewer.courtId, periods),
    };
  }
}

/** /rankings 分流: the court's 繁简分流 over a period, against the period before and a year before. */
export interface DiversionRankings {
  period: { kind: ReportPeriodKind; key: string; from: IsoDate; to: IsoDate };
  diversion: DiversionReport;
}
