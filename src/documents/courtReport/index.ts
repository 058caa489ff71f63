import type { Locale } from '../../i18n';
import { courtReportsMessages } from '../../i18n/courtReports';
import { renderReportDocx } from './docx';
import { courtReportLayout, type CourtReportInput } from './layout';
import { renderWorkbook, workbookSheets } from './workbook';

export type { CourtReportInput } from './layout';

/** A rendered file: what Slack names and titles it, and its bytes. */
export interface ReportFile {
  filename: string;
  title: string;
  data: Buffer;
}

export interface CourtReportFiles {
  docx: ReportFile;
  xlsx: ReportFile;
}

/**
 * 周通报 or 月调度 as a Word document and an Excel workbook, from the report the digest is made of.
 * `chart` is the team chart's PNG (null: none; `chartFailed` when one was meant to be there).
 */
export async function renderCourtReport(
  locale: Locale,
  input: CourtReportInput,
  chart: { png: Buffer | null; failed?: boolean },
): Promise<CourtReportFiles> {
  const text = courtReportsMessages(locale);
  const layout = courtReportLayout(locale, input, { chart: chart.png !== null, chartFailed: chart.failed ?? false });
  const kind = text.kind[input.kind];
  const period = input.view.periodKey;
  const creator = layout.signature;
  const [docx, xlsx] = await Promise.all([
    renderReportDocx(layout, chart.png),
    renderWorkbook(workbookSheets(locale, input, layout), { title: layout.title, creator }),
  ]);
  return {
    docx: { filename: text.files.docx(kind, period), title: text.files.docxTitle(layout.title), data: docx },
    xlsx: { filename: text.files.xlsx(kind, period), title: text.files.xlsxTitle(kind, period), data: xlsx },
  };
}
