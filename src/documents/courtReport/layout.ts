import {
  missedTargets,
  teamHighlights,
  type MetricLine,
  type ReportPeriodKind,
  type ReportView,
  type TeamReport,
} from '../../domain/digests';
import type { DiversionFigures } from '../../domain/diversion';
import { TEAM_KINDS } from '../../domain/catalogues';
import { formatMetricValue, metricDefinition, metricName, metricShownFor, type MetricKey } from '../../domain/metrics';
import type { IsoDate } from '../../domain/dates';
import type { Locale } from '../../i18n';
import { courtReportsMessages } from '../../i18n/courtReports';
import { reportsMessages } from '../../i18n/reports';
import type { DiversionReport } from '../../services/digests/diversionData';
import type { LongPendingAttention, MonthlyReport } from '../../services/digests/reportData';

/**
 * 周通报 and 月调度 as documents: what they say, in what order, laid out as plain data (headings,
 * paragraphs, tables of text) that docx.ts sets in Word and workbook.ts in Excel. Nothing here touches a
 * file, so what a court circulates is tested as text.
 */

/** What a report document is made from: the administrators' view of the digest and its long-pending counts. */
export interface CourtReportInput {
  kind: 'weekly' | 'monthly';
  /** The report as the court's administration reads it (teams named). */
  view: ReportView;
  longPending: LongPendingAttention;
  /** The monthly report's 繁简分流 and six-month trend. */
  monthly?: Pick<MonthlyReport, 'diversion' | 'courtTrend'>;
  /** The day the document is issued (its date line). */
  issuedOn: IsoDate;
}

export interface TableCell {
  text: string;
  /** Rows this cell spans downwards (the team name beside its metrics). */
  rowSpan?: number;
  align?: 'left' | 'center' | 'right';
}

export type DocumentBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | {
      kind: 'table';
      caption: string;
      /** Relative widths of the columns. */
      widths: number[];
      header: string[];
      /** A cell covered by a rowSpan above it is left out of its row. */
      rows: TableCell[][];
    }
  | { kind: 'chart'; caption: string };

export interface CourtReportLayout {
  courtName: string;
  /** 周通报 / 月调度. */
  kindName: string;
  title: string;
  titleLines: string[];
  range: string;
  addressee: string;
  blocks: DocumentBlock[];
  notes: string[];
  /** 注： — what the notes are headed by. */
  notesLabel: string;
  issuer: string;
  /** 包头…人民法院审判管理办公室: who signs it. */
  signature: string;
  /** 包头…人民法院周通报: the red line over the title. */
  issuingLine: string;
  issuedOn: string;
  /** Whether the period had anything to count: without, the document says so and leaves the tables out. */
  hasData: boolean;
}

/** 2026年6月29日 / June 29, 2026 — a document's date. */
export function documentDate(locale: Locale, iso: IsoDate): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (locale === 'en')
    return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(year as number, (month as number) - 1, day as number)),
    );
  return `${year}年${month}月${day}日`;
}

function value(locale: Locale, key: MetricKey, amount: number | null): string {
  return amount === null ? courtReportsMessages(locale).none : formatMetricValue(key, amount, locale);
}

/** A change's size in the metric's unit, rounded as its values are shown (2 places for rates, 1 for days). */
function changeSize(locale: Locale, key: MetricKey, amount: number): { size: string; zero: boolean } {
  const text = courtReportsMessages(locale).change;
  const unit = metricDefinition(key).unit;
  const size = Math.abs(amount);
  const rounded = unit === 'percent' ? size.toFixed(2) : unit === 'days' ? size.toFixed(1) : String(+size.toFixed(1));
  const unitText = unit === 'percent' ? text.pointsUnit : unit === 'days' ? text.daysUnit : text.countUnit;
  return { size: `${rounded}${unitText}`, zero: Number(rounded) === 0 };
}

/** 上升1.20个百分点 · 下降3.5天 · 持平: a change in the metric's own unit, as a document writes it. */
export function changeWords(locale: Locale, key: MetricKey, amount: number | null): string {
  const text = courtReportsMessages(locale).change;
  if (amount === null) return '';
  const { size, zero } = changeSize(locale, key, amount);
  if (zero) return text.flat;
  return amount > 0 ? text.up(size) : text.down(size);
}

/** +1.02个百分点 · −13.0天 · 持平: a change as a table cell writes it, short. */
export function changeCell(locale: Locale, key: MetricKey, amount: number | null): string {
  const text = courtReportsMessages(locale);
  if (amount === null) return text.none;
  const { size, zero } = changeSize(locale, key, amount);
  if (zero) return text.change.flat;
  return text.change.signed(amount > 0 ? '+' : '−', size);
}

function targetCell(locale: Locale, line: MetricLine): string {
  if (line.target === null) return courtReportsMessages(locale).none;
  const target = formatMetricValue(line.key, line.target, locale);
  return line.targetPeriodKind ? courtReportsMessages(locale).targetCell[line.targetPeriodKind](target) : target;
}

/** The metrics a team's rows show: the court's headline and any it has a target for, of those that apply to its work. */
export function teamMetricLines(team: TeamReport, headline: readonly MetricKey[]): MetricLine[] {
  return team.lines.filter(
    (line) => (headline.includes(line.key) || line.target !== null) && metricShownFor(team.kind, line),
  );
}

/** Whether the period had anything to count: any case filed, closed or pending in it, court-wide. */
export function periodHasData(view: ReportView): boolean {
  const closure = view.court.lines.find((line) => line.key === 'closureRate');
  // 结案率's denominator is 旧存 + 新收: every case closed or pending in the period is one of them.
  return (closure?.counts?.denominator ?? 0) > 0;
}

function courtTable(locale: Locale, view: ReportView, number: number): DocumentBlock {
  const text = courtReportsMessages(locale);
  const lines = view.court.lines.filter((line) => view.headline.includes(line.key));
  return {
    kind: 'table',
    caption: text.tableCaption(number, text.tables.court),
    widths: [3.4, 1.8, 2.6, 2.6, 1.8],
    header: [
      text.columns.metric,
      text.columns.value,
      text.columns.previous[view.periodKind],
      text.columns.lastYear,
      text.columns.yearToDate,
    ],
    rows: lines.map((line) => [
      { text: metricName(locale, line.key) },
      { text: value(locale, line.key, line.value), align: 'right' },
      { text: changeCell(locale, line.key, line.change), align: 'right' },
      { text: view.yearOnYear ? changeCell(locale, line.key, line.lastYearChange) : text.none, align: 'right' },
      { text: value(locale, line.key, line.yearToDate), align: 'right' },
    ]),
  };
}

function courtSummary(locale: Locale, view: ReportView): string {
  const text = courtReportsMessages(locale);
  const previousLabel = reportsMessages(locale).change.previous[view.periodKind];
  const parts = view.court.lines
    .filter((line) => view.headline.includes(line.key) && line.value !== null)
    .map((line) => {
      const previous = changeWords(locale, line.key, line.change);
      const lastYear = view.yearOnYear ? changeWords(locale, line.key, line.lastYearChange) : '';
      return text.courtPart(
        metricName(locale, line.key),
        value(locale, line.key, line.value),
        text.changesPart(
          previous ? text.previousChange(previousLabel, previous) : '',
          lastYear ? text.lastYearChange(lastYear) : '',
        ),
      );
    });
  return text.courtSummary(parts.join(locale === 'en' ? '; ' : '；'));
}

function teamsTable(locale: Locale, view: ReportView, number: number): DocumentBlock {
  const text = courtReportsMessages(locale);
  const rows: TableCell[][] = [];
  for (const team of view.teams) {
    const lines = teamMetricLines(team, view.headline);
    if (lines.length === 0) continue;
    lines.forEach((line, index) => {
      rows.push([
        ...(index === 0 ? [{ text: team.teamName, rowSpan: lines.length, align: 'center' as const }] : []),
        { text: metricName(locale, line.key) },
        { text: value(locale, line.key, line.value), align: 'right' },
        { text: targetCell(locale, line), align: 'right' },
        { text: changeCell(locale, line.key, line.change), align: 'right' },
        { text: view.yearOnYear ? changeCell(locale, line.key, line.lastYearChange) : text.none, align: 'right' },
        { text: text.status[line.status], align: 'center' },
      ]);
    });
  }
  return {
    kind: 'table',
    caption: text.tableCaption(number, text.tables.teams),
    widths: [1.9, 2.7, 1.9, 1.8, 2.7, 2.7, 1.5],
    header: [
      text.columns.team,
      text.columns.metric,
      text.columns.value,
      text.columns.target,
      text.columns.previous[view.periodKind],
      text.columns.lastYear,
      text.columns.status,
    ],
    rows,
  };
}

function changeParagraphs(locale: Locale, view: ReportView): string[] {
  const text = courtReportsMessages(locale);
  const names = (keys: readonly MetricKey[]) =>
    keys.map((key) => metricName(locale, key)).join(locale === 'en' ? ', ' : '、');
  const lines = view.teams.flatMap((team) => {
    const highlights = teamHighlights(team, view.headline);
    return [
      ...(highlights.newlyMissed.length > 0 ? [text.newlyMissed(team.teamName, names(highlights.newlyMissed))] : []),
      ...(highlights.newlyMet.length > 0 ? [text.newlyMet(team.teamName, names(highlights.newlyMet))] : []),
    ];
  });
  return lines.length > 0 ? lines : [text.noChanges];
}

function missedParagraphs(locale: Locale, view: ReportView): string[] {
  const text = courtReportsMessages(locale);
  const missed = missedTargets(view.comparisons);
  const byTeam = new Map<string, string[]>();
  for (const entry of missed.byMetric)
    for (const row of entry.rows) {
      const items = byTeam.get(row.label) ?? [];
      items.push(
        text.missedItem(
          metricName(locale, entry.metric),
          value(locale, entry.metric, row.value),
          row.target === null ? text.none : formatMetricValue(entry.metric, row.target, locale),
        ),
      );
      byTeam.set(row.label, items);
    }
  return [
    text.teamsSummary(missed.teams, view.teams.length, missed.items),
    ...[...byTeam].map(([team, items]) => text.missedTeam(team, items.join(locale === 'en' ? ', ' : '、'))),
  ];
}

/** Long-pending cases counted by team (in the teams' fixed order) and judge; never a case number. */
function longPendingTable(
  locale: Locale,
  view: ReportView,
  attention: LongPendingAttention,
  number: number,
): DocumentBlock {
  const text = courtReportsMessages(locale);
  const order = new Map(view.teams.map((team, index) => [team.teamName, index]));
  const position = (name: string | null) =>
    name === null ? Number.MAX_SAFE_INTEGER : (order.get(name) ?? view.teams.length);
  const collator = new Intl.Collator(locale === 'en' ? 'en' : 'zh-CN');
  const teams = [...attention.byTeam].sort(
    (a, b) => position(a.teamName) - position(b.teamName) || collator.compare(a.teamName ?? '', b.teamName ?? ''),
  );
  const rows: TableCell[][] = [];
  for (const team of teams) {
    const judges = [...team.judges].sort((a, b) => collator.compare(a.judgeName ?? '\uffff', b.judgeName ?? '\uffff'));
    judges.forEach((judge, index) => {
      rows.push([
        ...(index === 0
          ? [
              { text: team.teamName ?? text.unassignedTeam, rowSpan: judges.length, align: 'center' as const },
              { text: String(team.count), rowSpan: judges.length, align: 'center' as const },
            ]
          : []),
        { text: judge.judgeName ?? text.unassignedJudge },
        { text: String(judge.count), align: 'right' },
      ]);
    });
  }
  return {
    kind: 'table',
    caption: text.tableCaption(number, text.tables.attention),
    widths: [3, 1.5, 3, 1.5],
    header: [text.columns.team, text.columns.count, text.columns.judge, text.columns.count],
    rows,
  };
}

const percentText = (amount: number | null, none: string): string => (amount === null ? none : `${amount.toFixed(2)}%`);
const daysText = (locale: Locale, amount: number | null, none: string): string =>
  amount === null ? none : locale === 'en' ? `${amount.toFixed(1)} days` : `${amount.toFixed(1)}天`;

/** 繁简分流 as rows of (label, this period, the period before, a year before) — the same rows in Word and Excel. */
export function diversionRows(
  locale: Locale,
  report: DiversionReport,
): Array<{ label: string; values: Array<string>; raw: Array<number | null> }> {
  const text = courtReportsMessages(locale).diversion;
  const none = courtReportsMessages(locale).none;
  const periods: Array<DiversionFigures | null> = [report.current, report.previous, report.lastYear];
  const row = (
    label: string,
    of: (figures: DiversionFigures) => number | null,
    show: (amount: number | null) => string,
  ) => ({
    label,
    raw: periods.map((figures) => (figures ? of(figures) : null)),
    values: periods.map((figures) => (figures ? show(of(figures)) : none)),
  });
  const count = (amount: number | null) => (amount === null ? none : String(amount));
  const percent = (amount: number | null) => percentText(amount, none);
  const days = (amount: number | null) => daysText(locale, amount, none);
  const rows = [
    ...(report.fastTrackTeams.length > 0
      ? [
          row(text.filed, (f) => f.filed, count),
          row(text.filedFastTrack, (f) => f.filedFastTrack, count),
          row(text.share, (f) => f.fastTrackShare, percent),
        ]
      : []),
    row(text.filedUnassigned, (f) => f.filedUnassigned, count),
    row(text.simpleClosed, (f) => f.simpleClosed, count),
    row(text.converted, (f) => f.converted, count),
    row(text.conversionRate, (f) => f.conversionRate, percent),
    row(text.closedFastTrack, (f) => f.closedFastTrack, count),
    row(text.daysFastTrack, (f) => f.averageDaysFastTrack, days),
    row(text.closedOrdinary, (f) => f.closedOrdinary, count),
    row(text.daysOrdinary, (f) => f.averageDaysOrdinary, days),
  ];
  if (report.current.preLitigation)
    rows.push(
      row(text.preFiled, (f) => f.preLitigation?.filed ?? null, count),
      row(text.preClosed, (f) => f.preLitigation?.closed ?? null, count),
      row(text.preSettled, (f) => f.preLitigation?.settled ?? null, count),
      row(text.preLawsuits, (f) => f.preLitigation?.becameLawsuits ?? null, count),
      row(text.preRate, (f) => f.preLitigation?.lawsuitRate ?? null, percent),
    );
  return rows;
}

function diversionBlocks(
  locale: Locale,
  report: DiversionReport,
  periodKind: ReportPeriodKind,
  number: number,
): DocumentBlock[] {
  const text = courtReportsMessages(locale);
  const figures = report.current;
  const lead =
    report.fastTrackTeams.length === 0
      ? text.diversion.noFastTrack
      : text.diversion.summary(
          percentText(figures.fastTrackShare, text.none),
          figures.shareTarget.min,
          figures.shareTarget.max,
          text.diversion.shareStatus[figures.shareStatus],
        );
  return [
    { kind: 'paragraph', text: lead },
    {
      kind: 'table',
      caption: text.tableCaption(number, text.tables.diversion),
      widths: [4.4, 2, 2, 2],
      header: [text.columns.item, text.columns.current, text.columns.previous[periodKind], text.columns.aYearBefore],
      rows: diversionRows(locale, report).map((row) => [
        { text: row.label },
        ...row.values.map((cell) => ({ text: cell, align: 'right' as const })),
      ]),
    },
  ];
}

/** Footnotes: teams of no known kind counted as 普通, no ranking, 口径, what is left out. */
function notesOf(locale: Locale, input: CourtReportInput, chartFailed: boolean): string[] {
  const text = courtReportsMessages(locale);
  const separator = locale === 'en' ? ', ' : '、';
  const unknown = input.view.teams.filter((team) => team.kind === null).map((team) => team.teamName);
  const diversion = input.monthly?.diversion;
  return [
    text.notes.definitions,
    ...(input.view.teams.length > 0 ? [text.notes.targets] : []),
    text.notes.noRanking,
    ...(unknown.length > 0 ? [text.notes.teamKindUnknown(unknown.join(separator))] : []),
    ...(diversion ? [text.notes.diversionDefinition(diversion.typeCodes.join(separator))] : []),
    ...(diversion && diversion.current.preLitigation === null
      ? [text.diversion.noPreLitigation(diversion.preLitigationTypeCodes.join(separator))]
      : []),
    ...(chartFailed ? [text.notes.chartMissing] : []),
  ];
}

/**
 * The document of a weekly or monthly report: title, period, the court's figures, each team against its
 * targets with 环比 and 同比, what changed, who needs attention (long-pending cases counted, not listed),
 * 繁简分流 in the monthly one, and the chart. A period with nothing to count says so instead of tables.
 */
export function courtReportLayout(
  locale: Locale,
  input: CourtReportInput,
  options: { chart: boolean; chartFailed?: boolean },
): CourtReportLayout {
  const text = courtReportsMessages(locale);
  const { view } = input;
  const period = reportsMessages(locale).period[view.periodKind](view.periodKey);
  const from = documentDate(locale, view.from);
  const to = documentDate(locale, view.to);
  const kindName = text.kind[input.kind];
  const hasData = periodHasData(view);
  const blocks: DocumentBlock[] = [{ kind: 'paragraph', text: text.opening(kindName, period, from, to) }];
  let section = 0;
  let table = 0;
  const heading = (title: string) => {
    blocks.push({
      kind: 'heading',
      text: `${text.ordinals[section] ?? section + 1}${locale === 'en' ? '. ' : '、'}${title}`,
    });
    section += 1;
  };
  if (!hasData) blocks.push({ kind: 'paragraph', text: text.noData(period) });
  else {
    heading(text.sections.court);
    blocks.push({ kind: 'paragraph', text: courtSummary(locale, view) }, courtTable(locale, view, ++table));
    heading(text.sections.teams);
    if (view.teams.length === 0) blocks.push({ kind: 'paragraph', text: text.noTeams });
    else {
      blocks.push(...missedParagraphs(locale, view).map((line) => ({ kind: 'paragraph' as const, text: line })));
      blocks.push(teamsTable(locale, view, ++table));
      heading(text.sections.changes);
      blocks.push(...changeParagraphs(locale, view).map((line) => ({ kind: 'paragraph' as const, text: line })));
    }
  }
  heading(text.sections.attention);
  blocks.push({
    kind: 'paragraph',
    text: text.longPending(documentDate(locale, input.longPending.day), input.longPending.total),
  });
  if (input.longPending.total > 0) blocks.push(longPendingTable(locale, view, input.longPending, ++table));
  if (input.monthly) {
    heading(text.sections.diversion);
    blocks.push(...diversionBlocks(locale, input.monthly.diversion, view.periodKind, ++table));
  }
  const chart = options.chart && hasData && view.comparisons.length > 0 && view.teams.length > 0;
  if (chart) {
    heading(text.sections.chart);
    blocks.push({ kind: 'chart', caption: text.figureCaption(1, text.sections.chart) });
  }
  return {
    courtName: view.courtName,
    kindName,
    title: text.title(period),
    titleLines: text.titleLines(period),
    range: text.range(from, to),
    addressee: text.addressee,
    blocks,
    notes: notesOf(locale, input, options.chartFailed ?? false),
    notesLabel: text.notes.label,
    issuer: text.issuer,
    signature: text.signature(view.courtName, text.issuer),
    issuingLine: text.issuingLine(view.courtName, kindName),
    issuedOn: documentDate(locale, input.issuedOn),
    hasData,
  };
}

/** A team kind as the workbook names it. */
export function teamKindName(locale: Locale, team: TeamReport): string {
  if (team.kind === null) return courtReportsMessages(locale).teamKind.unknown;
  const entry = TEAM_KINDS.get(team.kind);
  return locale === 'en' ? entry.en : entry.zh;
}
