import type { KnownBlock, StaticSelect } from '@slack/types';
import { metricDefinition, metricName, type Comparison, type ComparisonRow } from '../../domain/metrics';
import { formatDate, type Locale } from '../../i18n';
import { digestMessages } from '../../i18n/digests';
import { rankingsMessages } from '../../i18n/rankings';
import { reportsMessages } from '../../i18n/reports';
import type { Rankings } from '../../services/rankings';
import type { SlackMessage } from '../blockKit';
import { context, escape, header, markdown, plain } from './blocks';
import { changesText, periodName, targetText, valueText } from './digests/figures';
import { notice } from './notices';

export const RANKINGS_ACTIONS = { metric: 'rankings.metric' } as const;

const label = (locale: Locale, row: ComparisonRow): string => {
  const name = escape(locale === 'en' ? row.labelEn : row.label);
  return row.viewer ? `*${name}*` : name;
};

const list = (locale: Locale, items: string[]): string => items.join(locale === 'en' ? ', ' : '、');

/** One line per metric: how many teams met their target and which did not — or, without targets, every team's value. */
function overviewLine(locale: Locale, input: Rankings, comparison: Comparison): string {
  const text = reportsMessages(locale).rankings;
  const key = comparison.metric;
  const name = metricName(locale, key);
  const targeted = comparison.rows.filter((row) => row.status === 'met' || row.status === 'not_met');
  let line: string;
  if (comparison.mode === 'ranked') {
    const rows = comparison.rows
      .filter((row) => row.value !== null)
      .map((row) =>
        text.rankedRow(
          digestMessages(locale).report.rank(row.rank ?? 0),
          label(locale, row),
          valueText(locale, key, row.value),
        ),
      );
    line = `*${name}*${text.allTeams(rows.join(' · '))}`;
  } else if (targeted.length > 0) {
    const missed = targeted
      .filter((row) => row.status === 'not_met')
      .map((row) =>
        text.rowWithTarget(
          label(locale, row),
          valueText(locale, key, row.value),
          row.target === null || row.targetPeriodKind === null
            ? ''
            : targetText(locale, key, row.target, row.targetPeriodKind),
        ),
      );
    line =
      text.targeted(name, targeted.length - missed.length, targeted.length) +
      (missed.length > 0 ? text.missedList(list(locale, missed)) : '');
  } else {
    // Without targets, the spread across teams (and the reader's own team) says enough; the menu shows each.
    const values = comparison.rows.flatMap((row) => (row.value === null ? [] : [row.value]));
    const own = comparison.rows.find((row) => row.viewer && row.value !== null);
    line = text.untargeted(name);
    if (own) line += text.allTeams(text.rowValue(label(locale, own), valueText(locale, key, own.value)));
    const [low, high] = [Math.min(...values), Math.max(...values)];
    if (values.length > 1)
      line +=
        low === high
          ? text.allAt(valueText(locale, key, low))
          : text.spread(valueText(locale, key, low), valueText(locale, key, high));
  }
  const court = input.court.find((candidate) => candidate.key === key);
  if (court && court.value !== null)
    line += text.court(valueText(locale, key, court.value), changesText(locale, court, input.period.kind, true));
  return line;
}

/** One metric in full: every team's value, target and changes, the court's, and the 口径. */
function singleBlocks(locale: Locale, input: Rankings, comparison: Comparison): KnownBlock[] {
  const text = reportsMessages(locale).rankings;
  const status = digestMessages(locale).report.status;
  const key = comparison.metric;
  const rows = comparison.rows.map((row) => {
    const rank = row.rank !== null ? `${digestMessages(locale).report.rank(row.rank)} ` : '';
    const parts = [
      row.target === null ? '' : status[row.status],
      changesText(locale, { key, ...row }, input.period.kind, true),
    ].filter((part) => part !== '');
    return `${rank}${text.teamLine(
      label(locale, row),
      valueText(locale, key, row.value),
      row.target === null || row.targetPeriodKind === null
        ? ''
        : targetText(locale, key, row.target, row.targetPeriodKind),
      parts.join(' · '),
    )}`;
  });
  const court = input.court.find((candidate) => candidate.key === key);
  const described = metricDefinition(key).describe(input.policy);
  return [
    markdown([`*${metricName(locale, key)}*`, ...rows].join('\n').slice(0, 3000)),
    ...(court && court.value !== null
      ? [
          context(
            text
              .court(valueText(locale, key, court.value), changesText(locale, court, input.period.kind, true))
              .replace(/^ · /, ''),
          ),
        ]
      : []),
    context(rankingsMessages(locale).definition(locale === 'en' ? described.en : described.zh)),
  ];
}

function metricPicker(locale: Locale, input: Rankings): KnownBlock {
  const select: StaticSelect = {
    type: 'static_select',
    action_id: RANKINGS_ACTIONS.metric,
    placeholder: plain(reportsMessages(locale).rankings.pickMetric),
    options: input.comparisons.map((comparison) => ({
      text: plain(metricName(locale, comparison.metric).slice(0, 75)),
      value: JSON.stringify({ period: input.period.key, metric: comparison.metric }),
    })),
  };
  return { type: 'actions', elements: [select] };
}

/**
 * /rankings in one screen: the headline metrics one line each (who missed their target, or every team's
 * value where there is none; the court with 环比 and 同比), a menu for one metric in full, and the SPC's
 * note wherever ranks are shown. `/rankings 结案率` shows that metric in full with its 口径.
 */
export function rankingsMessage(locale: Locale, input: Rankings): SlackMessage {
  const text = reportsMessages(locale).rankings;
  const report = digestMessages(locale).report;
  const period = periodName(locale, input.period.kind, input.period.key);
  const single = input.single ? input.comparisons[0] : undefined;
  const title = single ? `${text.title(period)} · ${metricName(locale, single.metric)}` : text.title(period);
  const blocks: KnownBlock[] = [
    header(title.slice(0, 150)),
    context(
      text.range(
        formatDate(locale, input.period.from),
        formatDate(locale, input.period.to),
        report.comparisonMode[input.view.mode],
      ),
    ),
  ];
  if (input.view.mode === 'ranked') blocks.push(context(report.spcNote));
  if (input.view.audience === 'member' && input.courtMode === 'ranked')
    blocks.push(context(rankingsMessages(locale).memberNoRanks));
  if (input.teamCount === 0) blocks.push(markdown(rankingsMessages(locale).noTeams));
  else if (single) blocks.push(...singleBlocks(locale, input, single));
  else {
    blocks.push(
      markdown(
        input.comparisons
          .map((comparison) => overviewLine(locale, input, comparison))
          .join('\n')
          .slice(0, 3000),
      ),
    );
    if (input.comparisons.length > 1) blocks.push(metricPicker(locale, input));
  }
  blocks.push(context(text.more));
  return { text: rankingsMessages(locale).fallback(input.period.key), blocks };
}

/** How to use /rankings, after what was not understood. */
export function rankingsUsage(locale: Locale, problem?: string): SlackMessage {
  const usage = rankingsMessages(locale).usage;
  return notice(problem ? `${problem}\n\n${usage}` : usage);
}
