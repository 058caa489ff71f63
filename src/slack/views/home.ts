import type { HomeView, KnownBlock } from '@slack/types';
import type { DataFreshness } from '../../domain/freshness';
import { messages, type Locale } from '../../i18n';
import { actions, button, clip, context, divider, escape, header, markdown } from './blocks';
import type { CaseLine } from '../../services/caseLines';
import type { CaseSummary } from '../../services/caseSummary';
import type { Preferences } from '../../services/preferences';
import { asOfBlocks, caseLineBlock, summaryBlocks } from './mycases';
import { preferenceLines } from './settings';

export const HOME_ACTIONS = {
  toggleDaily: 'home.daily.toggle',
  toggleRules: 'home.rules.toggle',
  settings: 'home.settings',
} as const;

export interface HomeInput {
  name: string;
  own: { summary: CaseSummary; urgent: CaseLine[] };
  /** When the court's cases were last imported, as /mycases says it. */
  freshness: DataFreshness;
  /** A team lead's team, or the whole court for an administrator. */
  wider?: { kind: 'team' | 'court'; name: string; summary: CaseSummary };
  preferences: Preferences;
}

/** App Home: the personal dashboard, the team (or court) view for leads and admins, reminders, help. */
export function homeView(locale: Locale, input: HomeInput): HomeView {
  const text = messages(locale);
  const blocks: KnownBlock[] = [
    header(text.home.title),
    markdown(text.home.welcome(escape(clip(input.name, 60)))),
    ...asOfBlocks(locale, input.own.summary.asOf, input.freshness),
    ...summaryBlocks(locale, input.own.summary),
  ];
  if (input.own.urgent.length > 0) {
    blocks.push(markdown(`*${text.home.urgentTitle}*`));
    for (const line of input.own.urgent) blocks.push(caseLineBlock(locale, line, { showJudge: false }));
  }
  blocks.push(context(text.home.moreCases));
  if (input.wider) {
    blocks.push(
      divider(),
      header(clip(input.wider.kind === 'team' ? text.home.teamTitle(input.wider.name) : text.home.courtTitle, 150)),
      ...summaryBlocks(locale, input.wider.summary),
    );
  }
  const daily = input.preferences.dailyDigestEnabled;
  const rules = input.preferences.rulesDigestOptIn;
  blocks.push(
    divider(),
    header(text.home.preferencesTitle),
    markdown(preferenceLines(locale, input.preferences, locale).join('\n')),
    actions(
      button(daily ? text.home.turnDailyOff : text.home.turnDailyOn, HOME_ACTIONS.toggleDaily, daily ? 'off' : 'on'),
      button(
        rules ? text.home.unsubscribeRules : text.home.subscribeRules,
        HOME_ACTIONS.toggleRules,
        rules ? 'off' : 'on',
      ),
      button(text.home.moreSettings, HOME_ACTIONS.settings),
    ),
    divider(),
    header(text.home.helpTitle),
    markdown(text.docket.help),
  );
  return { type: 'home', blocks };
}
