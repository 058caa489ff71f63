import type { KnownBlock } from '@slack/types';
import type { Comparison, MetricKey } from '../../../domain/metrics';
import {
  changeOf,
  formatMetricChange,
  formatMetricValue,
  metricDefinition,
  type MetricPolicy,
} from '../../../domain/metrics';
import type { MetricLine, TeamReport } from '../../../domain/digests';
import { formatDate, type Locale } from '../../../i18n';
import { digestMessages } from '../../../i18n/digests';
import type { MonthlyReport } from '../../../services/digests/reportData';
import type { SlackMessage } from '../../blockKit';
import { context, divider, escape, header, markdown } from '../blocks';
import { sparkline, trendScale } from './sparkline';

/**
 * Who reads a report: a team lead (their team, the comparison from their side), an administrator
 * (the court, teams named), or a channel (the court in aggregate: figures only, never a case).
 */
export type ReportAudience = { kind: 'team'; teamId: number } | { kind: 'court' } | { kind: 'channel' };

export interface ReportView {
  kind: 'weekly' | 'monthly';
  periodKey: string;
  from: string;
  to: string;
  courtName: string;
  policy: MetricPolicy;
  teams: readonly TeamReport[];
  court: TeamReport;
  headline: readonly MetricKey[];
  comparisons: readonly Comparison[];
}

/** What the monthly report adds to the weekly one: the report service's trends and long-pending cases, and targets met. */
export interface MonthlyExtras extends Pick<MonthlyReport, 'trends' | 'longPending' | 'longPendingCount'> {
  targetsMet: Array<{ teamName: string; met: number; targeted: number }>;
}

function metricName(locale: Locale, key: MetricKey): string {
  const definition = metricDefinition(key);
  return locale === 'en' ? definition.nameEn : definition.nameZh;
}

function value(locale: Locale, key: MetricKey, number: number | null): string {
  return formatMetricValue(key, number, locale);
}

/** The change on the period before: a rate in 个百分点, nothing for a ratio over a near-zero base (the domain's rule). */
function changeText(locale: Locale, line: MetricLine): string {
  return line.change === null
    ? ''
    : digestMessages(locale).report.change(formatMetricChange(changeOf(line.key, line.change), locale));
}

/**
 * One metric: this period's figure against the target set for its period, the year to date against the
 * year's target — each verdict beside its own figure, saying whose target it is — and its 口径.
 */
function metricBlock(locale: Locale, line: MetricLine, policy: MetricPolicy): KnownBlock {
  const text = digestMessages(locale).report;
  const definition = metricDefinition(line.key);
  const target =
    line.target === null || line.targetPeriodKind === null
      ? ''
      : text.target(line.targetPeriodKind, value(locale, line.key, line.target), text.status[line.status]);
  const yearTarget =
    line.yearTarget === null
      ? ''
      : text.target('year', value(locale, line.key, line.yearTarget), text.status[line.yearToDateStatus]);
  const described = definition.describe(policy);
  const note = definition.note ? `\n_${text.note(locale === 'en' ? definition.note.en : definition.note.zh)}_` : '';
  return markdown(
    `${text.metricLine(metricName(locale, line.key), value(locale, line.key, line.value), changeText(locale, line), target, value(locale, line.key, line.yearToDate), yearTarget)}\n_${text.definition(locale === 'en' ? described.en : described.zh)}_${note}`,
  );
}

/** One metric's comparison as mrkdwn: its name, then a line per team (rank, team, value / target, met or not). */
export function comparisonText(locale: Locale, comparison: Comparison): string {
  const text = digestMessages(locale).report;
  const rows = comparison.rows.map((row) => {
    const label = escape(locale === 'en' ? row.labelEn : row.label);
    const rank = row.rank !== null ? `${text.rank(row.rank)} ` : '';
    const target = row.target === null ? '' : ` / ${value(locale, comparison.metric, row.target)}`;
    return `${rank}${row.viewer ? `*${label}*` : label}：${value(locale, comparison.metric, row.value)}${target} ${text.status[row.status]}`;
  });
  return `*${metricName(locale, comparison.metric)}*\n${rows.join('\n')}`;
}

function comparisonBlocks(locale: Locale, comparisons: readonly Comparison[]): KnownBlock[] {
  const text = digestMessages(locale).report;
  const first = comparisons[0];
  if (!first) return [];
  const blocks: KnownBlock[] = [divider(), markdown(text.comparison), context(text.comparisonMode[first.mode])];
  if (first.mode === 'ranked') blocks.push(context(text.spcNote));
  for (const comparison of comparisons) blocks.push(markdown(comparisonText(locale, comparison)));
  return blocks;
}

function scopeOf(view: ReportView, audience: ReportAudience): { name: string; report: TeamReport } {
  if (audience.kind === 'team') {
    const team = view.teams.find((candidate) => candidate.teamId === audience.teamId);
    if (team) return { name: team.teamName, report: team };
  }
  return { name: view.courtName, report: view.court };
}

function title(locale: Locale, view: ReportView, scope: string): { title: string; fallback: string } {
  const text = digestMessages(locale).report;
  return view.kind === 'weekly'
    ? { title: text.weeklyTitle(scope, view.periodKey), fallback: text.weeklyFallback(scope, view.periodKey) }
    : { title: text.monthlyTitle(scope, view.periodKey), fallback: text.monthlyFallback(scope, view.periodKey) };
}

/** The weekly report: every metric with its 口径, then the team comparison in the court's mode. */
export function weeklyReportMessage(locale: Locale, view: ReportView, audience: ReportAudience): SlackMessage {
  const text = digestMessages(locale).report;
  const scope = scopeOf(view, audience);
  const heading = title(locale, view, scope.name);
  const blocks: KnownBlock[] = [
    header(heading.title.slice(0, 150)),
    context(text.weekRange(formatDate(locale, view.from), formatDate(locale, view.to))),
    ...scope.report.lines.map((line) => metricBlock(locale, line, view.policy)),
    ...(view.teams.length > 0 ? comparisonBlocks(locale, view.comparisons) : [context(text.noTeams)]),
  ];
  if (audience.kind === 'channel') blocks.push(context(text.aggregatesOnly));
  return { text: escape(heading.fallback), blocks };
}

/** The monthly report: headline metrics per team for the month, six-month trends, targets met, long-pending cases. */
export function monthlyReportMessage(
  locale: Locale,
  view: ReportView,
  extras: MonthlyExtras,
  audience: ReportAudience,
): SlackMessage {
  const text = digestMessages(locale).report;
  const heading = title(locale, view, view.courtName);
  const headline = (report: TeamReport) =>
    report.lines
      .filter((line) => view.headline.includes(line.key))
      .map(
        (line) =>
          `${metricName(locale, line.key)} ${value(locale, line.key, line.value)}${line.target === null ? '' : ` ${text.status[line.status]}`}`,
      )
      .join(' · ');
  const blocks: KnownBlock[] = [
    header(heading.title.slice(0, 150)),
    context(text.weekRange(formatDate(locale, view.from), formatDate(locale, view.to))),
    markdown(`*${escape(view.courtName)}*\n${headline(view.court)}`),
    ...view.teams.map((team) => markdown(`*${escape(team.teamName)}*\n${headline(team)}`)),
  ];
  const scales = new Map(
    view.headline.map((key) => [
      key,
      trendScale(
        key,
        extras.trends.map((team) =>
          (team.metrics.find((metric) => metric.key === key)?.points ?? []).map((point) => point.value),
        ),
      ),
    ]),
  );
  const trendLines = extras.trends.flatMap((team) =>
    team.metrics.map((metric) => {
      const last = metric.points[metric.points.length - 1]?.value ?? null;
      const scale = scales.get(metric.key) ?? trendScale(metric.key, []);
      return text.trendLine(
        escape(team.teamName),
        metricName(locale, metric.key),
        `${sparkline(
          metric.points.map((point) => point.value),
          scale,
        )} ${value(locale, metric.key, last)}`,
      );
    }),
  );
  if (trendLines.length > 0) blocks.push(divider(), markdown([text.trend, ...trendLines].join('\n').slice(0, 2900)));
  if (extras.targetsMet.length > 0)
    blocks.push(
      markdown(
        [
          text.targetsMet,
          ...extras.targetsMet.map((team) => text.targetsMetLine(escape(team.teamName), team.met, team.targeted)),
        ].join('\n'),
      ),
    );
  const longPending = [text.longPending(extras.longPendingCount)];
  // Case numbers stay out of channels: a channel sees the count only.
  if (audience.kind !== 'channel')
    longPending.push(
      ...extras.longPending.map((row) =>
        text.longPendingLine(escape(row.caseNumber), escape(row.judgeName ?? '—'), row.months),
      ),
    );
  blocks.push(markdown(longPending.join('\n')));
  blocks.push(...(view.teams.length > 0 ? comparisonBlocks(locale, view.comparisons) : []));
  if (audience.kind === 'channel') blocks.push(context(text.aggregatesOnly));
  return { text: escape(heading.fallback), blocks };
}
