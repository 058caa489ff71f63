import type { KnownBlock, ModalView } from '@slack/types';
import { formatMetricValue, metricDefinition, type MetricKey } from '../../domain/metrics';
import type { Locale } from '../../i18n';
import { targetsMessages } from '../../i18n/targets';
import type { TargetPeriod, TargetSheet } from '../../services/targets';
import type { SlackMessage } from '../blockKit';
import { button, context, escape, markdown, plain } from './blocks';
import { notice } from './notices';

export const TARGETS_CALLBACK_ID = 'targets.save';
export const TARGETS_ACTIONS = { open: 'targets.open' } as const;

/** The input block of a metric's field; its element's action_id is "value". */
export function targetBlockId(metric: MetricKey): string {
  return `target.${metric}`;
}

function periodLabel(locale: Locale, period: TargetPeriod): string {
  return targetsMessages(locale).period[period.kind](period.key);
}

function metricName(locale: Locale, metric: MetricKey): string {
  const definition = metricDefinition(metric);
  return locale === 'en' ? definition.nameEn : definition.nameZh;
}

/** A number as a person typed it: 95, not 95.00%. */
function fieldValue(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Every metric as a field holding the period's own target, with the one that applies when it is left empty. */
export function targetsModal(locale: Locale, sheet: TargetSheet, privateMetadata: string): ModalView {
  const text = targetsMessages(locale);
  const period = periodLabel(locale, sheet.period);
  const blocks: KnownBlock[] = [markdown(text.heading(escape(sheet.team.name), period)), context(text.explain)];
  for (const row of sheet.rows) {
    const definition = metricDefinition(row.metric);
    blocks.push({
      type: 'input',
      block_id: targetBlockId(row.metric),
      optional: true,
      label: plain(text.label(metricName(locale, row.metric), definition.unit)),
      hint: plain(
        text.hint(
          definition.direction,
          row.value === null && row.inherited !== null ? formatMetricValue(row.metric, row.inherited, locale) : null,
        ),
      ),
      element: {
        type: 'plain_text_input',
        action_id: 'value',
        ...(row.value !== null ? { initial_value: fieldValue(row.value) } : {}),
      },
    });
  }
  return {
    type: 'modal',
    callback_id: TARGETS_CALLBACK_ID,
    private_metadata: privateMetadata,
    title: plain(text.modalTitle),
    submit: plain(text.save),
    close: plain(text.cancel),
    blocks,
  };
}

/** For an administrator with several teams: one button per team, each opening that team's targets. */
export function targetTeamPicker(
  locale: Locale,
  teams: ReadonlyArray<{ id: number; name: string }>,
  period: TargetPeriod,
  value: (teamId: number) => string,
): SlackMessage {
  const text = targetsMessages(locale);
  const question = text.pickTeam(periodLabel(locale, period));
  if (teams.length === 0) return notice(text.noTeams);
  return {
    text: question,
    blocks: [
      markdown(question),
      ...teams.map((team) =>
        markdown(`*${escape(team.name)}*`, button(text.open, TARGETS_ACTIONS.open, value(team.id))),
      ),
    ],
  };
}

/** What was saved, metric by metric, before → after. */
export function targetsSavedMessage(
  locale: Locale,
  team: string,
  period: TargetPeriod,
  applied: ReadonlyArray<{ metric: MetricKey; before: number | null; after: number | null }>,
): SlackMessage {
  const text = targetsMessages(locale);
  const shown = (metric: MetricKey, value: number | null) =>
    value === null ? text.none : formatMetricValue(metric, value, locale);
  const lines = applied.map((change) =>
    text.changeLine(
      metricName(locale, change.metric),
      shown(change.metric, change.before),
      shown(change.metric, change.after),
    ),
  );
  return notice(text.saved(escape(team), periodLabel(locale, period), lines.join('\n')));
}

export function targetsUsage(locale: Locale, problem?: string): SlackMessage {
  const usage = targetsMessages(locale).usage;
  return notice(problem ? `${problem}\n\n${usage}` : usage);
}
