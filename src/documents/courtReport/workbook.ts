import type ExcelJS from 'exceljs';
import { metricDefinition, metricName, type MetricKey } from '../../domain/metrics';
import type { Locale } from '../../i18n';
import { courtReportsMessages } from '../../i18n/courtReports';
import { reportsMessages } from '../../i18n/reports';
import type { MetricCounts, MetricLine } from '../../domain/digests';
import {
  diversionRows,
  periodHasData,
  teamKindName,
  teamMetricLines,
  type CourtReportInput,
  type CourtReportLayout,
} from './layout';

/**
 * The report's tables as an Excel workbook, one sheet per table, with the raw counts behind every rate
 * (numerator and denominator of the period, the period before and a year before), so the 审管办 can check
 * a figure or build its own. Numbers are stored as numbers; text columns as text.
 */

type Cell = string | number | null;

export interface SheetLayout {
  name: string;
  header: string[];
  rows: Cell[][];
  /** Column widths in characters. */
  widths: number[];
}

const round = (value: number | null, digits: number): number | null =>
  value === null ? null : Number(value.toFixed(digits));

function digitsOf(key: MetricKey): number {
  return metricDefinition(key).unit === 'percent' ? 2 : 1;
}

function counts(of: MetricCounts | null): [Cell, Cell] {
  return of ? [of.numerator, of.denominator] : [null, null];
}

function unitOf(locale: Locale, key: MetricKey): string {
  return courtReportsMessages(locale).units[metricDefinition(key).unit];
}

function changeUnit(locale: Locale, key: MetricKey): string {
  const unit = metricDefinition(key).unit;
  return unit === 'percent' ? courtReportsMessages(locale).units.points : courtReportsMessages(locale).units[unit];
}

/** The columns every metric row shares: value, counts, then the period before and a year before with their counts and changes. */
function metricCells(line: MetricLine, withLastYear: boolean): Cell[] {
  const digits = digitsOf(line.key);
  return [
    round(line.value, digits),
    ...counts(line.counts),
    round(line.previous, digits),
    ...counts(line.previousCounts),
    round(line.change, digits),
    ...(withLastYear
      ? [round(line.lastYear, digits), ...counts(line.lastYearCounts), round(line.lastYearChange, digits)]
      : [null, null, null, null]),
  ];
}

function metricHeader(locale: Locale): string[] {
  const text = courtReportsMessages(locale);
  return [
    text.columns.value,
    text.sheetColumns.numerator,
    text.sheetColumns.denominator,
    text.sheetColumns.previousValue,
    text.sheetColumns.previousNumerator,
    text.sheetColumns.previousDenominator,
    text.sheetColumns.change,
    text.sheetColumns.lastYearValue,
    text.sheetColumns.lastYearNumerator,
    text.sheetColumns.lastYearDenominator,
    text.sheetColumns.lastYearChange,
  ];
}

/** The workbook's sheets, as data: the court's metrics, the teams', long-pending counts, 繁简分流 and trend (monthly), notes. */
export function workbookSheets(locale: Locale, input: CourtReportInput, layout: CourtReportLayout): SheetLayout[] {
  const text = courtReportsMessages(locale);
  const { view } = input;
  const definition = (key: MetricKey) => {
    const described = metricDefinition(key).describe(view.policy);
    return locale === 'en' ? described.en : described.zh;
  };
  const sheets: SheetLayout[] = [];
  const hasData = periodHasData(view);
  const empty = (name: string, header: string[]): SheetLayout => ({
    name,
    header,
    rows: [[text.noDataSheet]],
    widths: header.map(() => 14),
  });
  const courtHeader = [
    text.columns.metric,
    text.sheetColumns.unit,
    text.sheetColumns.changeUnit,
    ...metricHeader(locale),
    text.columns.yearToDate,
    text.sheetColumns.definition,
  ];
  sheets.push(
    hasData
      ? {
          name: text.sheets.court,
          header: courtHeader,
          rows: view.court.lines.map((line) => [
            metricName(locale, line.key),
            unitOf(locale, line.key),
            changeUnit(locale, line.key),
            ...metricCells(line, view.yearOnYear),
            round(line.yearToDate, digitsOf(line.key)),
            definition(line.key),
          ]),
          widths: [18, 6, 10, ...metricHeader(locale).map(() => 11), 11, 60],
        }
      : empty(text.sheets.court, courtHeader),
  );
  const teamHeader = [
    text.columns.team,
    text.sheetColumns.teamKind,
    text.columns.metric,
    text.sheetColumns.unit,
    text.sheetColumns.changeUnit,
    text.columns.target,
    text.sheetColumns.targetKind,
    text.columns.status,
    ...metricHeader(locale),
  ];
  sheets.push(
    hasData && view.teams.length > 0
      ? {
          name: text.sheets.teams,
          header: teamHeader,
          rows: view.teams.flatMap((team) =>
            // Every metric that applies to the team's kind of work, not only the headline the document shows.
            teamMetricLines(
              team,
              view.court.lines.map((line) => line.key),
            ).map((line) => [
              team.teamName,
              teamKindName(locale, team),
              metricName(locale, line.key),
              unitOf(locale, line.key),
              changeUnit(locale, line.key),
              line.target,
              line.targetPeriodKind ? text.targetKind[line.targetPeriodKind] : null,
              text.status[line.status],
              ...metricCells(line, view.yearOnYear),
            ]),
          ),
          widths: [16, 12, 18, 6, 10, 9, 9, 9, ...metricHeader(locale).map(() => 11)],
        }
      : empty(text.sheets.teams, teamHeader),
  );
  sheets.push({
    name: text.sheets.attention,
    header: [text.columns.team, text.columns.judge, text.columns.count],
    rows:
      input.longPending.total === 0
        ? [[text.longPending(layout.issuedOn, 0)]]
        : input.longPending.byTeam.flatMap((team) =>
            team.judges.map((judge) => [
              team.teamName ?? text.unassignedTeam,
              judge.judgeName ?? text.unassignedJudge,
              judge.count,
            ]),
          ),
    widths: [18, 14, 8],
  });
  if (input.monthly) {
    const { diversion, courtTrend } = input.monthly;
    sheets.push({
      name: text.sheets.diversion,
      header: [
        text.columns.item,
        text.columns.current,
        text.columns.previous[view.periodKind],
        text.columns.aYearBefore,
      ],
      rows: [
        ...diversionRows(locale, diversion).map((row) => [
          row.label,
          ...row.raw.map((raw) => (raw === null ? null : round(raw, 2))),
        ]),
        [
          text.diversion.shareTarget,
          text.diversion.shareRange(diversion.current.shareTarget.min, diversion.current.shareTarget.max),
          null,
          null,
        ],
      ],
      widths: [36, 12, 12, 12],
    });
    const months = courtTrend[0]?.points.map((point) => point.month) ?? [];
    sheets.push({
      name: text.sheets.trend,
      header: [
        text.columns.metric,
        text.sheetColumns.unit,
        ...months.map((month) => reportsMessages(locale).period.month(month)),
      ],
      rows: courtTrend.map((metric) => [
        metricName(locale, metric.key),
        unitOf(locale, metric.key),
        ...metric.points.map((point) => round(point.value, digitsOf(metric.key))),
      ]),
      widths: [18, 6, ...months.map(() => 11)],
    });
  }
  sheets.push({
    name: text.sheets.notes,
    header: [layout.title],
    rows: [
      [layout.range],
      [`${layout.signature} ${layout.issuedOn}`],
      ...layout.notes.map((note, index) => [`${index + 1}. ${note}`]),
    ],
    widths: [120],
  });
  return sheets;
}

/** The sheets as an .xlsx file. exceljs is loaded on first use (docs/importing.md: its memory), after the UTF-8 fix its readers need. */
export async function renderWorkbook(
  sheets: readonly SheetLayout[],
  meta: { title: string; creator: string },
): Promise<Buffer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../cmsExports/readers/exceljsUtf8');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Excel = require('exceljs') as typeof ExcelJS;
  const workbook = new Excel.Workbook();
  workbook.creator = meta.creator;
  workbook.title = meta.title;
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.header.map((header, index) => ({ header, width: sheet.widths[index] ?? 12 }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
