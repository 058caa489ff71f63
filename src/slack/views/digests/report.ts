import type { KnownBlock } from '@slack/types';
import {
  missedTargets,
  scopeOf,
  teamHighlights,
  type ReportAudience,
  type ReportView,
  type TeamReport,
} from '../../../domain/digests';
import { metricName, type Comparison, type MetricKey } from '../../../domain/metrics';
import { formatDate, type Locale } from '../../../i18n';
import { digestMessages } from '../../../i18n/digests';
import { reportsMessages } from '../../../i18n/reports';
import type { MonthlyReport } from '../../../services/digests/reportData';
import type { SlackMessage } from '../../blockKit';
import { actions, button, context, escape, header, markdown } from '../blocks';
import { changesText, changeText, periodName, targetText, valueText } from './figures';
import { diversionLines, diversionNotes } from './diversion';
import { sparkline, trendScale } from './sparkline';

export type { ReportAudience, ReportView } from '../../../domain/digests';

/** The buttons under a report: everything else it knows sits behind them (reportDetails.ts). */
export const REPORT_ACTIONS = { all: 'report.all', teams: 'report.teams' } as const;

/** What a report's buttons carry: which report, never who may see it (the handler decides that from the clicker). */
interface ReportReference {
  kind: 'weekly' | 'monthly';
  period: string;
}

/** What the monthly report adds to the weekly one: the report service's trends and long-pending cases. */
export type MonthlyExtras = Pick<
  MonthlyReport,
  'courtTrend' | 'trends' | 'longPending' | 'longPendingCount' | 'diversion'
>;

/** One metric's comparison as mrkdwn: its name, then a line per team (rank, team, value / target, met or not). */
export function comparisonText(locale: Locale, comparison: Comparison): string {
  const text = digestMessages(locale).report;
  const rows = comparison.rows.map((row) => {
    const label = escape(locale === 'en' ? row.labelEn : row.label);
    const rank = row.rank !== null ? `${text.rank(row.rank)} ` : '';
    const target = row.target === null ? '' : ` / ${valueText(locale, comparison.metric, row.target)}`;
    return `${rank}${row.viewer ? `*${label}*` : label}：${valueText(locale, comparison.metric, row.value)}${target} ${text.status[row.status]}`;
  });
  return `*${metricName(locale, comparison.metric)}*\n${rows.join('\n')}`;
}

function scopeName(view: ReportView, audience: ReportAudience): string {
  return audience.kind === 'team' ? scopeOf(view, audience).teamName : view.courtName;
}

function heading(locale: Locale, view: ReportView, scope: string): { title: string; fallback: string } {
  const text = reportsMessages(locale).digest;
  const period = periodName(locale, view.periodKind, view.periodKey);
  const title = view.kind === 'weekly' ? text.weeklyTitle(scope, period) : text.monthlyTitle(scope, period);
  return { title: title.slice(0, 150), fallback: escape(title) };
}

function rangeLine(locale: Locale, view: ReportView): string {
  const text = reportsMessages(locale);
  return text.digest.range(
    formatDate(locale, view.from),
    formatDate(locale, view.to),
    [text.change.previous[view.periodKind], ...(view.yearOnYear ? [text.change.lastYear] : [])].join(
      locale === 'en' ? ' and ' : '、',
    ),
  );
}

/** A team's figures, lead first: what changed against its target, what missed it, then what met it in one line. */
function teamSection(locale: Locale, view: ReportView, team: TeamReport): string {
  const text = reportsMessages(locale).digest;
  const highlights = teamHighlights(team, view.headline);
  if (highlights.empty) return text.empty;
  const names = (keys: readonly MetricKey[]) => keys.map((key) => metricName(locale, key)).join('、');
  const lines: string[] = [];
  if (highlights.newlyMissed.length > 0) lines.push(text.newlyMissed(names(highlights.newlyMissed)));
  if (highlights.newlyMet.length > 0) lines.push(text.newlyMet(names(highlights.newlyMet)));
  if (highlights.missed.length > 0) {
    lines.push(text.missed(highlights.missed.length));
    for (const line of highlights.missed)
      lines.push(
        text.missedLine(
          metricName(locale, line.key),
          valueText(locale, line.key, line.value),
          line.target === null || line.targetPeriodKind === null
            ? ''
            : targetText(locale, line.key, line.target, line.targetPeriodKind),
          changesText(locale, line, view.periodKind, view.yearOnYear),
        ),
      );
  }
  if (highlights.met.length > 0)
    lines.push(
      text.met(
        highlights.met.length,
        highlights.met
          .map((line) => `${metricName(locale, line.key)} ${valueText(locale, line.key, line.value)}`)
          .join(' · '),
      ),
    );
  else if (highlights.missed.length === 0 && highlights.untargeted.length === 0 && highlights.unmeasured.length === 0)
    lines.push(text.allMet);
  if (highlights.unmeasured.length > 0)
    lines.push(text.unmeasured(names(highlights.unmeasured.map((line) => line.key))));
  if (highlights.untargeted.length > 0)
    lines.push(
      text.untargeted(
        highlights.untargeted
          .map((line) =>
            text.valueWithChange(
              metricName(locale, line.key),
              valueText(locale, line.key, line.value),
              changeText(locale, line.key, line.change),
            ),
          )
          .join(' · '),
      ),
    );
  return lines.join('\n');
}

/** The court's headline figures, each with its changes. */
function courtSection(locale: Locale, view: ReportView, trends: ReadonlyMap<MetricKey, string> = new Map()): string {
  const text = reportsMessages(locale).digest;
  const lines = view.court.lines
    .filter((line) => view.headline.includes(line.key) && line.value !== null)
    .map((line) =>
      text.courtLine(
        metricName(locale, line.key),
        valueText(locale, line.key, line.value),
        trends.get(line.key) ?? '',
        changesText(locale, line, view.periodKind, view.yearOnYear),
      ),
    );
  return [text.court, ...(lines.length > 0 ? lines : [text.empty])].join('\n');
}

/** Which teams missed which target, as the comparison names or letters them. */
function missedSection(locale: Locale, view: ReportView): string {
  const text = reportsMessages(locale).digest;
  const missed = missedTargets(view.comparisons);
  if (missed.items === 0) return text.noneMissed;
  return [
    text.teamsMissed(missed.teams, view.teams.length, missed.items),
    ...missed.byMetric.map((entry) => {
      // Targets set for one kind of period are named once, after the metric; mixed kinds are named per team.
      const kinds = new Set(entry.rows.map((row) => row.targetPeriodKind));
      const shared = kinds.size === 1 ? [...kinds][0] : null;
      const rows = entry.rows.map((row) =>
        text.teamValue(
          escape(locale === 'en' ? row.labelEn : row.label),
          valueText(locale, entry.metric, row.value),
          row.target === null
            ? ''
            : shared || row.targetPeriodKind === null
              ? valueText(locale, entry.metric, row.target)
              : targetText(locale, entry.metric, row.target, row.targetPeriodKind),
        ),
      );
      const name = metricName(locale, entry.metric);
      return text.teamsMissedLine(
        shared ? text.targetKindOf(name, reportsMessages(locale).targetKind[shared]) : name,
        rows.join(locale === 'en' ? ', ' : '、'),
      );
    }),
  ].join('\n');
}

function buttons(locale: Locale, view: ReportView): KnownBlock {
  const text = reportsMessages(locale).digest.buttons;
  const value = JSON.stringify({ kind: view.kind, period: view.periodKey } satisfies ReportReference);
  return actions(button(text.all, REPORT_ACTIONS.all, value), button(text.teams, REPORT_ACTIONS.teams, value));
}

/** Footnotes: teams of no known kind, the SPC's note when ranked, and what a channel never gets. */
function footnotes(
  locale: Locale,
  view: ReportView,
  audience: ReportAudience,
  chart: boolean,
  more: readonly string[] = [],
): KnownBlock[] {
  const text = reportsMessages(locale).digest;
  const notes: string[] = [...more];
  const teams = audience.kind === 'team' ? [scopeOf(view, audience)] : view.teams;
  const unknown = teams.filter((team) => team.kind === null).map((team) => escape(team.teamName));
  if (unknown.length > 0) notes.push(text.teamKindUnknown(unknown.join('、')));
  if (view.comparisons[0]?.mode === 'ranked') notes.push(digestMessages(locale).report.spcNote);
  if (chart) notes.push(text.chartInThread);
  if (audience.kind === 'channel') notes.push(digestMessages(locale).report.aggregatesOnly);
  return notes.length > 0 ? [context(...notes)] : [];
}

function leadBlocks(
  locale: Locale,
  view: ReportView,
  audience: ReportAudience,
  trends?: ReadonlyMap<MetricKey, string>,
): KnownBlock[] {
  if (audience.kind === 'team') return [markdown(teamSection(locale, view, scopeOf(view, audience)))];
  if (view.teams.length === 0)
    return [markdown(courtSection(locale, view, trends)), context(digestMessages(locale).report.noTeams)];
  return [markdown(courtSection(locale, view, trends)), markdown(missedSection(locale, view))];
}

/** The court's six-month trend of each headline metric as a sparkline on the metric's common scale. */
function courtTrends(extras: MonthlyExtras): Map<MetricKey, string> {
  return new Map(
    extras.courtTrend
      .filter((metric) => metric.points.some((point) => point.value !== null))
      .map((metric) => {
        const values = metric.points.map((point) => point.value);
        return [metric.key, sparkline(values, trendScale(metric.key, [values]))];
      }),
  );
}

/**
 * The weekly report in one phone screen: what changed and what missed its target first (a lead's own
 * team; for the court, its figures and the teams below target), the rest behind two buttons.
 */
export function weeklyReportMessage(
  locale: Locale,
  view: ReportView,
  audience: ReportAudience,
  options: { chart?: boolean; notes?: readonly string[] } = {},
): SlackMessage {
  const title = heading(locale, view, scopeName(view, audience));
  const blocks: KnownBlock[] = [
    header(title.title),
    context(rangeLine(locale, view)),
    ...leadBlocks(locale, view, audience),
    buttons(locale, view),
    ...footnotes(locale, view, audience, options.chart ?? false, options.notes),
  ];
  return { text: title.fallback, blocks };
}

/** The monthly report: as the weekly, with the long-pending count and the court's six-month trend. */
export function monthlyReportMessage(
  locale: Locale,
  view: ReportView,
  extras: MonthlyExtras,
  audience: ReportAudience,
  options: { notes?: readonly string[] } = {},
): SlackMessage {
  const text = reportsMessages(locale).digest;
  const title = heading(locale, view, scopeName(view, audience));
  const court = audience.kind !== 'team';
  const trends = court ? courtTrends(extras) : undefined;
  const blocks: KnownBlock[] = [
    header(title.title),
    context(rangeLine(locale, view)),
    ...leadBlocks(locale, view, audience, trends),
  ];
  if (court) {
    // The count is the headline's own line when 超12个月未结 is among the headline metrics.
    const longPending = view.headline.includes('pendingOver12Months')
      ? []
      : [text.longPending(extras.longPendingCount)];
    blocks.push(
      markdown(
        [
          reportsMessages(locale).diversion.title,
          ...diversionLines(locale, extras.diversion, view.periodKind),
          ...longPending,
        ].join('\n'),
      ),
    );
  }
  const months = extras.courtTrend[0]?.points.length ?? 0;
  const notes = [
    ...(options.notes ?? []),
    ...(court
      ? [...(trends && trends.size > 0 ? [text.trendNote(months)] : []), ...diversionNotes(locale, extras.diversion)]
      : []),
  ];
  blocks.push(buttons(locale, view), ...footnotes(locale, view, audience, false, notes));
  return { text: title.fallback, blocks };
}
