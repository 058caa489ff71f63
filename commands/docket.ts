import { z } from 'zod';
import { isIsoDate, isTimeOfDay } from '../src/domain/dates';
import { messages, userText, type Locale } from '../src/i18n';
import { dayIn } from '../src/services/clock';
import { LinkChangedError, PersonNotFoundError, type LinkChange } from '../src/services/identity';
import type { PreferencesPatch } from '../src/services/preferences';
import { emailAddress, slackMention, commandWords, word } from '../src/slack/args';
import { renderHome } from '../src/slack/home';
import type {
  ActionContext,
  ActionHandler,
  CommandContext,
  SlashCommand,
  ViewSubmissionContext,
  ViewSubmissionHandler,
  ViewSubmissionResult,
} from '../src/slack/handlerContract';
import type { SlackMessage } from '../src/slack/outbound';
import { escape, markdown, mention } from '../src/slack/views/blocks';
import { LINK_ACTIONS, linkConfirmation } from '../src/slack/views/link';
import { notice } from '../src/slack/views/notices';
import { SETTINGS_BLOCKS, SETTINGS_CALLBACK_ID, settingsModal, settingsSummary } from '../src/slack/views/settings';

/**
 * /docket — help, personal settings (language, daily reminder, pause, quiet hours) and, for
 * administrators, linking Slack users to people in the staff list.
 */

const time = z.string().refine(isTimeOfDay);
const off = word('off', '关', '关闭', '取消', 'none');
const settingsWord = word('settings', '设置');

const languageValue = z.union([
  word('zh', 'zh-cn', '中文', 'chinese').transform(() => 'zh-CN' as const),
  word('en', 'english', '英文', '英语').transform(() => 'en' as const),
  word('follow', 'auto', '跟随', '自动').transform(() => null),
]);

const quietHours = z
  .string()
  .transform((token) => token.split(/[-–—~～至]/))
  .pipe(z.tuple([time, time]))
  .transform(([start, end]) => ({ start, end }));

const docketArgs = z.union([
  z.tuple([]).transform(() => ({ kind: 'help' as const })),
  z.tuple([word('help', '帮助', '?', '？')]).transform(() => ({ kind: 'help' as const })),
  z.tuple([settingsWord]).transform(() => ({ kind: 'settings' as const })),
  z
    .tuple([settingsWord, word('language', 'lang', '语言'), languageValue])
    .transform(([, , locale]) => ({ kind: 'set' as const, patch: { locale } })),
  z
    .tuple([
      settingsWord,
      word('digest', 'daily', '提醒'),
      z.union([
        word('on', '开', '开启').transform(() => true),
        off.transform(() => false),
        time,
        // Back to the court's daily time, following it when it changes.
        word('court', 'follow', '跟随', '法院').transform(() => null),
      ]),
    ])
    .transform(([, , value]): { kind: 'set'; patch: PreferencesPatch } => ({
      kind: 'set',
      patch:
        typeof value === 'boolean'
          ? { dailyDigestEnabled: value }
          : { dailyDigestEnabled: true, dailyDigestTime: value },
    })),
  z
    .tuple([
      settingsWord,
      word('rules', '规章', '规章更新'),
      z.union([word('on', '开', '开启', '订阅').transform(() => true), off.transform(() => false)]),
    ])
    .transform(([, , optIn]) => ({ kind: 'set' as const, patch: { rulesDigestOptIn: optIn } })),
  z
    .tuple([
      settingsWord,
      word('snooze', 'pause', '暂停'),
      z.union([off.transform(() => null), z.string().refine(isIsoDate)]),
    ])
    .transform(([, , until]) => ({ kind: 'set' as const, patch: { snoozeUntil: until } })),
  z
    .tuple([settingsWord, word('quiet', '免打扰'), z.union([off.transform(() => null), quietHours])])
    .transform(([, , hours]) => ({ kind: 'set' as const, patch: { quietHours: hours } })),
  z
    .tuple([word('link', '绑定'), slackMention, emailAddress])
    .transform(([, slackUserId, email]) => ({ kind: 'link' as const, slackUserId, email })),
  z
    .tuple([word('unlink', '解绑'), slackMention])
    .transform(([, slackUserId]) => ({ kind: 'unlink' as const, slackUserId })),
]);

function usageFor(locale: Locale, tokens: string[]): string {
  const text = messages(locale);
  const first = tokens[0]?.toLowerCase() ?? '';
  if (['link', '绑定'].includes(first)) return text.docket.linkUsage;
  if (['unlink', '解绑'].includes(first)) return text.docket.unlinkUsage;
  if (['settings', '设置'].includes(first)) return text.settings.usage;
  return text.docket.badArgument(userText(tokens[0] ?? ''));
}

async function run(context: CommandContext): Promise<void> {
  const { actor, services } = context;
  const locale = actor.locale;
  const text = messages(locale);
  const tokens = commandWords(context.text);
  const parsed = docketArgs.safeParse(tokens);
  if (!parsed.success) {
    await context.reply(notice(usageFor(locale, tokens)));
    return;
  }
  const args = parsed.data;
  switch (args.kind) {
    case 'help':
      await context.reply(notice(text.docket.help));
      return;
    case 'settings': {
      const current = await services.preferences.get(actor.viewer.personId);
      await context.outbound.openView(context.triggerId, settingsModal(locale, current));
      return;
    }
    case 'set': {
      const patch = args.patch as PreferencesPatch;
      if (patch.snoozeUntil && patch.snoozeUntil < dayIn(services.clock.now(), services.timeZone)) {
        await context.reply(notice(text.settings.snoozePast));
        return;
      }
      const updated = await services.preferences.update(actor.viewer.personId, actor.viewer.slackUserId, patch);
      // Confirmed in the language now in force: the one just chosen, or Slack's after 跟随 (follow).
      const shownIn = (await context.actorNow()).locale;
      const saved = messages(shownIn).settings.saved;
      await context.reply({ text: saved, blocks: [markdown(saved), ...settingsSummary(shownIn, updated, shownIn)] });
      return;
    }
    case 'link':
      await context.reply(await linkAnswer(context, args.slackUserId, args.email));
      return;
    case 'unlink':
      try {
        const person = await services.identity.unlink(actor.viewer, args.slackUserId);
        await context.reply(notice(text.docket.unlinked(mention(args.slackUserId), person.name)));
      } catch (error) {
        if (!(error instanceof PersonNotFoundError)) throw error;
        await context.reply(notice(text.docket.noPersonWithSlack(mention(args.slackUserId))));
      }
      return;
  }
}

export const docket: SlashCommand = { command: '/docket', run };

function linkedNotice(locale: Locale, change: LinkChange): SlackMessage {
  const text = messages(locale).docket;
  const user = mention(change.slackUserId);
  const name = escape(change.person.name);
  const previous = change.person.slackUserId;
  return notice(previous ? text.relinked(user, name, mention(previous)) : text.linked(user, name));
}

/**
 * `/docket link @user email`: links at once when nothing is replaced; a Slack user Slack does not have, or an
 * address nobody has, is refused; replacing the person's link or the Slack id's holder is asked first.
 */
async function linkAnswer(context: CommandContext, slackUserId: string, email: string): Promise<SlackMessage> {
  const { actor, services } = context;
  const text = messages(actor.locale).docket;
  const plan = await services.identity.planLink(actor.viewer, slackUserId, email);
  switch (plan.kind) {
    case 'unknown_slack_user':
      return notice(text.noSlackUser(plan.slackUserId));
    case 'unknown_email':
      return notice(text.noPersonWithEmail(userText(plan.email)));
    case 'already':
      return notice(text.alreadyLinked(mention(plan.slackUserId), escape(plan.person.name)));
    case 'link': {
      const change: LinkChange = { slackUserId: plan.slackUserId, person: plan.person, holder: plan.holder };
      if (plan.person.slackUserId !== null || plan.holder !== null)
        return linkConfirmation(actor.locale, change, JSON.stringify(change));
      await services.identity.link(actor.viewer, change);
      return linkedNotice(actor.locale, change);
    }
  }
}

/** What 确认更换 carries: the planned change, checked again against the store when pressed. */
const linkChange = z.object({
  slackUserId: z.string().regex(/^[UW][A-Z0-9]+$/),
  person: z.object({ id: z.number().int(), name: z.string(), slackUserId: z.string().nullable() }),
  holder: z.object({ id: z.number().int(), name: z.string() }).nullable(),
});

async function confirmLink(context: ActionContext): Promise<void> {
  const text = messages(context.actor.locale).docket;
  let change: LinkChange;
  try {
    change = linkChange.parse(JSON.parse(context.value ?? ''));
  } catch {
    await context.reply(notice(text.linkChanged), { replaceOriginal: true });
    return;
  }
  try {
    await context.services.identity.link(context.actor.viewer, change);
  } catch (error) {
    if (!(error instanceof LinkChangedError)) throw error;
    await context.reply(notice(text.linkChanged), { replaceOriginal: true });
    return;
  }
  await context.reply(linkedNotice(context.actor.locale, change), { replaceOriginal: true });
}

async function cancelLink(context: ActionContext): Promise<void> {
  await context.reply(notice(messages(context.actor.locale).docket.linkCancelled), { replaceOriginal: true });
}

export const docketActions: ActionHandler[] = [
  { actionId: LINK_ACTIONS.confirm, run: confirmLink },
  { actionId: LINK_ACTIONS.cancel, run: cancelLink },
];

function picked(context: ViewSubmissionContext, block: string): string | null {
  const state = context.values[block]?.value;
  return state?.selected_option?.value ?? state?.selected_time ?? state?.selected_date ?? state?.value ?? null;
}

/** The settings modal's Save: validated here so errors show next to the fields. */
async function saveSettings(context: ViewSubmissionContext): Promise<ViewSubmissionResult> {
  const { actor, services } = context;
  const text = messages(actor.locale).settings;
  const language = picked(context, SETTINGS_BLOCKS.language);
  const quietStart = picked(context, SETTINGS_BLOCKS.quietStart);
  const quietEnd = picked(context, SETTINGS_BLOCKS.quietEnd);
  const snoozeUntil = picked(context, SETTINGS_BLOCKS.snoozeUntil);
  const rulesDigest = picked(context, SETTINGS_BLOCKS.rulesDigest);
  const dailyTime = picked(context, SETTINGS_BLOCKS.dailyTime);
  const errors: Record<string, string> = {};
  // Slack's pickers cannot send these, but a forged or replayed payload can: refuse it next to its field.
  for (const [block, value] of [
    [SETTINGS_BLOCKS.dailyTime, dailyTime],
    [SETTINGS_BLOCKS.quietStart, quietStart],
    [SETTINGS_BLOCKS.quietEnd, quietEnd],
  ] as const) {
    if (value !== null && !isTimeOfDay(value)) errors[block] = text.notATime(value);
  }
  if (snoozeUntil !== null && !isIsoDate(snoozeUntil)) errors[SETTINGS_BLOCKS.snoozeUntil] = text.notADate(snoozeUntil);
  if (language !== null && !['zh-CN', 'en', 'follow'].includes(language))
    errors[SETTINGS_BLOCKS.language] = text.notAChoice(language);
  if (Object.keys(errors).length > 0) return { errors };
  if ((quietStart === null) !== (quietEnd === null))
    errors[quietStart === null ? SETTINGS_BLOCKS.quietStart : SETTINGS_BLOCKS.quietEnd] = text.quietBothOrNeither;
  else if (quietStart !== null && quietStart === quietEnd) errors[SETTINGS_BLOCKS.quietEnd] = text.quietSame;
  if (snoozeUntil !== null && snoozeUntil < dayIn(services.clock.now(), services.timeZone))
    errors[SETTINGS_BLOCKS.snoozeUntil] = text.snoozePast;
  if (Object.keys(errors).length > 0) return { errors };
  // The time picker shows the court's time to someone who has none of their own: left as it was, it stays
  // the court's (and follows it), not a time of their own.
  const current = await services.preferences.get(actor.viewer.personId);
  const ownTime = current.dailyDigestTime === null && dailyTime === current.courtDailyTime ? null : dailyTime;
  await services.preferences.update(actor.viewer.personId, actor.viewer.slackUserId, {
    locale: language === 'zh-CN' || language === 'en' ? language : null,
    dailyDigestEnabled: picked(context, SETTINGS_BLOCKS.daily) !== 'off',
    ...(ownTime !== null ? { dailyDigestTime: ownTime } : {}),
    snoozeUntil,
    quietHours: quietStart !== null && quietEnd !== null ? { start: quietStart, end: quietEnd } : null,
    ...(rulesDigest !== null ? { rulesDigestOptIn: rulesDigest === 'on' } : {}),
  });
  // The settings show on App Home too; refresh it so it does not contradict what was just saved.
  return { close: true, after: async (fresh) => fresh.outbound.publishHome(context.userId, await renderHome(fresh)) };
}

export const docketViews: ViewSubmissionHandler[] = [{ callbackId: SETTINGS_CALLBACK_ID, run: saveSettings }];
