import type { KnownBlock, ModalView } from '@slack/types';
import { scopeOf, type ReportAudience, type ReportView } from '../../../domain/digests';
import { metricDefinition, metricName, metricShownFor } from '../../../domain/metrics';
import { formatDate, type Locale } from '../../../i18n';
import { digestMessages } from '../../../i18n/digests';
import { reportsMessages } from '../../../i18n/reports';
import { context, escape, markdown, plain } from '../blocks';
import { changesText, periodName, targetText, valueText } from './figures';
import { comparisonText, type MonthlyExtras } from './report';
import { sparkline, trendScale } from './sparkline';

/** Slack's limit on a modal's blocks. */
const MODAL_BLOCKS = 100;
/** Slack's limit on a section's text. */
const SECTION_TEXT = 3000;

function modal(title: string, closeText: string, blocks: KnownBlock[]): ModalView {
  return {
    type: 'modal',
    callback_id: 'report.details',
    title: plain(title.slice(0, 24)),
    close: plain(closeText),
    blocks: blocks.slice(0, MODAL_BLOCKS),
  };
}

function scopeLine(locale: Locale, view: ReportView, audience: ReportAudience): string {
  const name = audience.kind === 'team' ? scopeOf(view, audience).teamName : view.courtName;
  return reportsMessages(locale).details.scope(
    escape(name),
    periodName(locale, view.periodKind, view.periodKey),
    formatDate(locale, view.from),
    formatDate(locale, view.to),
  );
}

/** Behind 全部指标与口径: every metric that applies to the scope, with its changes, year to date, target and 口径. */
export function allMetricsModal(locale: Locale, view: ReportView, audience: ReportAudience): ModalView {
  const text = reportsMessages(locale).details;
  const status = digestMessages(locale).report.status;
  const report = audience.kind === 'team' ? scopeOf(view, audience) : view.court;
  const lines = report.lines.filter((line) =>
    report.teamId === null ? line.value !== null || line.yearToDate !== null : metricShownFor(report.kind, line),
  );
  const blocks: KnownBlock[] = [context(scopeLine(locale, view, audience))];
  if (lines.length === 0) blocks.push(markdown(text.noMetrics));
  for (const line of lines) {
    // Each verdict beside the figure it was computed for, naming whose target it is.
    const parts = [
      changesText(locale, line, view.periodKind, view.yearOnYear),
      line.target === null || line.targetPeriodKind === null
        ? ''
        : text.target(targetText(locale, line.key, line.target, line.targetPeriodKind), status[line.status]),
      text.yearToDate(
        valueText(locale, line.key, line.yearToDate),
        line.yearTarget === null
          ? ''
          : text.target(targetText(locale, line.key, line.yearTarget, 'year'), status[line.yearToDateStatus]),
      ),
    ].filter((part) => part !== '');
    const definition = metricDefinition(line.key);
    const described = definition.describe(view.policy);
    blocks.push(
      markdown(text.line(metricName(locale, line.key), valueText(locale, line.key, line.value), parts.join(' · '))),
      context(
        text.definition(locale === 'en' ? described.en : described.zh),
        ...(definition.note ? [text.note(locale === 'en' ? definition.note.en : definition.note.zh)] : []),
      ),
    );
  }
  return modal(text.titleAll[view.kind], text.close, blocks);
}

/** Behind 团队对比: each headline metric compared across teams; a month adds each team's trend, and administrators the oldest long-pending cases. */
export function teamsModal(
  locale: Locale,
  view: ReportView,
  audience: ReportAudience,
  extras: MonthlyExtras | null,
): ModalView {
  const text = reportsMessages(locale).details;
  const report = digestMessages(locale).report;
  const blocks: KnownBlock[] = [context(scopeLine(locale, view, audience))];
  const first = view.comparisons[0];
  if (!first || view.teams.length === 0) blocks.push(markdown(report.noTeams));
  else {
    blocks.push(context(report.comparisonMode[first.mode]));
    if (first.mode === 'ranked') blocks.push(context(report.spcNote));
    for (const comparison of view.comparisons)
      if (comparison.rows.length > 0) blocks.push(markdown(comparisonText(locale, comparison).slice(0, SECTION_TEXT)));
  }
  if (extras && audience.kind !== 'channel') {
    const months = extras.trends[0]?.metrics[0]?.points.length ?? 0;
    const lines = view.headline.flatMap((key) => {
      const series = extras.trends.map((team) => ({
        team: team.teamName,
        values: (team.metrics.find((metric) => metric.key === key)?.points ?? []).map((point) => point.value),
      }));
      const scale = trendScale(
        key,
        series.map((entry) => entry.values),
      );
      return series
        .filter((entry) => entry.values.some((value) => value !== null))
        .map((entry) =>
          text.trendLine(
            escape(entry.team),
            metricName(locale, key),
            sparkline(entry.values, scale),
            valueText(locale, key, entry.values[entry.values.length - 1] ?? null),
          ),
        );
    });
    if (lines.length > 0) blocks.push(...chunks([text.trends(months), ...lines]).map((chunk) => markdown(chunk)));
    // Case numbers only to administrators, and only here: a message may be forwarded, a modal is not.
    if (audience.kind === 'court' && extras.longPending.length > 0)
      blocks.push(
        markdown(
          [
            text.longPendingOldest(extras.longPendingCount, extras.longPending.length),
            ...extras.longPending.map((row) =>
              text.longPendingLine(escape(row.caseNumber), escape(row.judgeName ?? '—'), row.months),
            ),
          ].join('\n'),
        ),
      );
  }
  return modal(text.titleTeams[view.kind], text.close, blocks);
}

/** Lines joined into sections each within Slack's section limit. */
function chunks(lines: readonly string[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + 1 + line.length > SECTION_TEXT) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push(current);
  return out;
}
