import type { KnownBlock } from '@slack/types';
import { metricDefinition } from '../../domain/metrics';
import { formatDate, type Locale } from '../../i18n';
import { digestMessages } from '../../i18n/digests';
import { rankingsMessages } from '../../i18n/rankings';
import type { Rankings } from '../../services/rankings';
import type { SlackMessage } from '../blockKit';
import { context, header, markdown } from './blocks';
import { comparisonText } from './digests/report';
import { notice } from './notices';

/** Each metric's comparison with its 口径; the SPC's note wherever ranks are shown. */
export function rankingsMessage(locale: Locale, input: Rankings): SlackMessage {
  const text = rankingsMessages(locale);
  const report = digestMessages(locale).report;
  const title = text.title[input.periodKind](input.period.key);
  const blocks: KnownBlock[] = [
    header(title),
    context(
      text.range(
        formatDate(locale, input.period.from),
        formatDate(locale, input.period.to),
        report.comparisonMode[input.view.mode],
      ),
    ),
  ];
  if (input.view.mode === 'ranked') blocks.push(context(report.spcNote));
  if (input.view.audience === 'member' && input.courtMode === 'ranked') blocks.push(context(text.memberNoRanks));
  if (input.teamCount === 0) {
    blocks.push(markdown(text.noTeams));
  } else {
    for (const comparison of input.comparisons) {
      const described = metricDefinition(comparison.metric).describe(input.policy);
      blocks.push(
        markdown(comparisonText(locale, comparison)),
        context(text.definition(locale === 'en' ? described.en : described.zh)),
      );
    }
  }
  blocks.push(context(text.more));
  return { text: text.fallback(input.period.key), blocks };
}

/** How to use /rankings, after what was not understood. */
export function rankingsUsage(locale: Locale, problem?: string): SlackMessage {
  const usage = rankingsMessages(locale).usage;
  return notice(problem ? `${problem}\n\n${usage}` : usage);
}
