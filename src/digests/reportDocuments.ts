import { reportView, type ReportView } from '../domain/digests';
import type { IsoDate } from '../domain/dates';
import { renderCourtReport, type CourtReportFiles } from '../documents/courtReport';
import type { Locale } from '../i18n';
import { digestMessages } from '../i18n/digests';
import {
  ReportDataService,
  viewInput,
  type LongPendingAttention,
  type MetricsReport,
  type MonthlyReport,
} from '../services/digests/reportData';
import type { Store } from '../store';
import { teamChartSvg } from '../slack/charts/teamChart';

/** Renders an SVG chart to PNG (the run's renderer, which draws each distinct picture once). */
export type ChartRenderer = (svg: string) => Promise<Buffer>;

export type ReportDocumentsRequest =
  { kind: 'weekly'; report: MetricsReport } | { kind: 'monthly'; report: MonthlyReport };

/**
 * 周通报 or 月调度 as files, from the very report the digest was composed of: the administrators' view
 * (teams named), the long-pending cases counted by team and judge, and the chart the administrators get.
 * The scheduled digest and `docket report` both come here.
 */
export class ReportDocuments {
  private readonly byLocale = new Map<Locale, Promise<CourtReportFiles>>();
  private attention: Promise<LongPendingAttention> | null = null;
  readonly view: ReportView;

  constructor(
    private readonly store: Store,
    private readonly courtId: number,
    private readonly request: ReportDocumentsRequest,
    private readonly options: { issuedOn: IsoDate; render: ChartRenderer | null },
  ) {
    this.view = reportView(viewInput(request.report), request.kind, { kind: 'court' });
  }

  get kind(): 'weekly' | 'monthly' {
    return this.request.kind;
  }

  /** The files in a language, rendered once per run and language. */
  files(locale: Locale): Promise<CourtReportFiles> {
    const known = this.byLocale.get(locale);
    if (known) return known;
    const files = this.render(locale);
    this.byLocale.set(locale, files);
    return files;
  }

  private longPending() {
    if (this.request.kind === 'monthly') return Promise.resolve(this.request.report.longPendingAttention);
    this.attention ??= new ReportDataService({ store: this.store }).longPendingAttention(
      this.courtId,
      this.view.to,
      this.request.report.frame.policy,
    );
    return this.attention;
  }

  private async chart(locale: Locale): Promise<{ png: Buffer | null; failed?: boolean }> {
    const render = this.options.render;
    if (!render || this.view.comparisons.length === 0 || this.view.teams.length === 0) return { png: null };
    const text = digestMessages(locale).report;
    const title = text.chartTitle(this.view.periodKey);
    try {
      return { png: await render(teamChartSvg(locale, title, this.view.comparisons, text.chartLegend)) };
    } catch {
      // The document goes out without its picture, and says so.
      return { png: null, failed: true };
    }
  }

  private async render(locale: Locale): Promise<CourtReportFiles> {
    const [longPending, chart] = await Promise.all([this.longPending(), this.chart(locale)]);
    return renderCourtReport(
      locale,
      {
        kind: this.request.kind,
        view: this.view,
        longPending,
        ...(this.request.kind === 'monthly'
          ? { monthly: { diversion: this.request.report.diversion, courtTrend: this.request.report.courtTrend } }
          : {}),
        issuedOn: this.options.issuedOn,
      },
      chart,
    );
  }
}
