import type { HomeView, KnownBlock } from '@slack/types';
import type { DataFreshness } from '../../domain/freshness';
import { messages, type Locale } from '../../i18n';
import { actions, button, clip, context, divider, escape, header, markdown } from './blocks';
import type { CaseLine } from '../../services/caseLines';
import type { CaseSummary } from '../../services/caseSummary';
import type { ShownPreferences } from '../../services/preferences';
import type { ScopeTitle } from '../../services/myCases';
import { asOfBlocks, caseLineBlock, scopeTitle, summaryBlocks } from './mycases';
import { preferenceLines } from './settings';
import type { ReminderEntry } from '../../services/reminders';
import { remindersHomeBlocks } from './caseActions';

export const HOME_ACTIONS = {
  toggleDaily: 'home.daily.toggle',
  toggleRules: 'home.rules.toggle',
  settings: 'home.settings',
} as const;

export interface HomeInput {
  name: string;
  /** Whose cases `main` holds: the view the person's role has (/mycases opens on the same). */
  title: ScopeTitle;
  main: { summary: CaseSummary; urgent: CaseLine[] };
  /** When the court's cases were last imported, as /mycases says it. */
  freshness: DataFreshness;
  /** An administrator's or lead's own caseload, when they carry one. */
  own?: CaseSummary;
  preferences: ShownPreferences;
  /** The person's reminders to come and snoozes running (「提醒我」, 「本案暂不提醒」), each with 取消. */
  reminders?: readonly ReminderEntry[];
}

/** App Home: the view the person's role has (court, team, own cases), their own caseload too, reminders, help. */
export function homeView(locale: Locale, input: HomeInput): HomeView {
  const text = messages(locale);
  const wide = input.title.kind === 'team' || input.title.kind === 'court';
  const blocks: KnownBlock[] = [
    header(text.home.title),
    markdown(text.home.welcome(escape(clip(input.name, 60)))),
    ...(wide ? [markdown(`*${escape(clip(scopeTitle(locale, input.title), 150))}*`)] : []),
    ...asOfBlocks(locale, input.main.summary.asOf, input.freshness),
    ...summaryBlocks(locale, input.main.summary),
  ];
  if (input.main.urgent.length > 0) {
    blocks.push(markdown(`*${text.home.urgentTitle}*`));
    for (const line of input.main.urgent) blocks.push(caseLineBlock(locale, line, { showJudge: wide }));
  }
  blocks.push(context(text.home.moreCases));
  if (input.own) {
    blocks.push(divider(), header(clip(text.mycases.title.self, 150)), ...summaryBlocks(locale, input.own));
  }
  blocks.push(divider(), ...remindersHomeBlocks(locale, input.reminders ?? []));
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
