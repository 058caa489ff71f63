import {
  isoWeekOf,
  monthOf,
  periodByKey,
  reportView,
  type ReportAudience,
  type ReportView,
} from '../../domain/digests';
import type { Store } from '../../store';
import { reportAudienceFor } from '../access';
import type { Viewer } from '../identity';
import { ReportDataService, viewInput, type MonthlyReport } from './reportData';

export interface ReportDetails {
  view: ReportView;
  audience: ReportAudience;
  /** The monthly report's trends and long-pending cases; null for a weekly report. */
  monthly: MonthlyReport | null;
}

/** What sits behind a weekly or monthly digest's buttons, computed again for whoever presses them. */
export class ReportDetailsService {
  private readonly reports: ReportDataService;

  constructor(deps: { store: Store }) {
    this.reports = new ReportDataService(deps);
  }

  /** The report a button names, as the viewer may see it; null when the button names no such report. */
  async details(
    viewer: Viewer,
    reference: { kind: 'weekly' | 'monthly'; period: string },
  ): Promise<ReportDetails | null> {
    const found = periodByKey(reference.period);
    if (!found || found.kind !== (reference.kind === 'weekly' ? 'week' : 'month')) return null;
    const audience = reportAudienceFor(viewer);
    if (reference.kind === 'weekly') {
      const report = await this.reports.weekly(viewer.courtId, isoWeekOf(found.period.from), {
        lastYear: true,
      });
      return { view: reportView(viewInput(report), 'weekly', audience), audience, monthly: null };
    }
    const report = await this.reports.monthly(viewer.courtId, monthOf(found.period.from), { lastYear: true });
    return { view: reportView(viewInput(report), 'monthly', audience), audience, monthly: report };
  }
}
