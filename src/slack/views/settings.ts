import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import { formatDate, messages, type Locale } from '../../i18n';
import type { ShownPreferences } from '../../services/preferences';
import { markdown, plain } from './blocks';

export const SETTINGS_CALLBACK_ID = 'docket.settings';

/** block_id → the field it holds; the action_id inside every input block is "value". */
export const SETTINGS_BLOCKS = {
  language: 'language',
  daily: 'daily',
  dailyTime: 'dailyTime',
  snoozeUntil: 'snoozeUntil',
  quietStart: 'quietStart',
  quietEnd: 'quietEnd',
  rulesDigest: 'rulesDigest',
} as const;

function option(text: string, value: string): PlainTextOption {
  return { text: plain(text), value };
}

export function settingsModal(locale: Locale, current: ShownPreferences): ModalView {
  const text = messages(locale).settings;
  const languages = [
    option(text.languageFollow, 'follow'),
    option(text.languageZh, 'zh-CN'),
    option(text.languageEn, 'en'),
  ];
  const dailyOptions = [option(messages(locale).common.on, 'on'), option(messages(locale).common.off, 'off')];
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.language,
      label: plain(text.language),
      element: {
        type: 'static_select',
        action_id: 'value',
        options: languages,
        initial_option: languages[current.locale === null ? 0 : current.locale === 'zh-CN' ? 1 : 2],
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.daily,
      label: plain(text.daily),
      element: {
        type: 'radio_buttons',
        action_id: 'value',
        options: dailyOptions,
        initial_option: dailyOptions[current.dailyDigestEnabled ? 0 : 1],
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.dailyTime,
      label: plain(text.dailyTime),
      element: {
        type: 'timepicker',
        action_id: 'value',
        initial_time: current.dailyDigestTime ?? current.courtDailyTime,
      },
      ...(current.dailyDigestTime === null ? { hint: plain(text.dailyTimeCourt(current.courtDailyTime)) } : {}),
    },
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.snoozeUntil,
      optional: true,
      label: plain(text.snoozeUntil),
      element: {
        type: 'datepicker',
        action_id: 'value',
        ...(current.snoozeUntil ? { initial_date: current.snoozeUntil } : {}),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.quietStart,
      optional: true,
      label: plain(text.quietStart),
      element: {
        type: 'timepicker',
        action_id: 'value',
        ...(current.quietHours ? { initial_time: current.quietHours.start } : {}),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.quietEnd,
      optional: true,
      label: plain(text.quietEnd),
      element: {
        type: 'timepicker',
        action_id: 'value',
        ...(current.quietHours ? { initial_time: current.quietHours.end } : {}),
      },
    },
    {
      type: 'input',
      block_id: SETTINGS_BLOCKS.rulesDigest,
      label: plain(text.rulesDigest),
      element: {
        type: 'radio_buttons',
        action_id: 'value',
        options: dailyOptions,
        initial_option: dailyOptions[current.rulesDigestOptIn ? 0 : 1],
      },
    },
  ];
  return {
    type: 'modal',
    callback_id: SETTINGS_CALLBACK_ID,
    title: plain(text.title),
    submit: plain(messages(locale).common.save),
    close: plain(messages(locale).common.close),
    blocks,
  };
}

/** The settings as lines of text (Home tab, text replies). */
export function preferenceLines(locale: Locale, current: ShownPreferences, slackLanguage: Locale): string[] {
  const text = messages(locale);
  const language = current.locale
    ? text.languages[current.locale]
    : text.home.languageFollow(text.languages[slackLanguage]);
  return [
    text.home.language(language),
    text.home.daily(
      !current.dailyDigestEnabled
        ? text.home.dailyOff
        : current.dailyDigestTime === null
          ? text.home.dailyOnCourt(current.courtDailyTime)
          : text.home.dailyOn(current.dailyDigestTime),
    ),
    text.home.snooze(current.snoozeUntil ? formatDate(locale, current.snoozeUntil) : text.common.none),
    text.home.quietHours(
      current.quietHours ? `${current.quietHours.start}–${current.quietHours.end}` : text.common.none,
    ),
    text.home.rulesDigest(current.rulesDigestOptIn ? text.home.rulesDigestOn : text.home.rulesDigestOff),
  ];
}

export function settingsSummary(locale: Locale, current: ShownPreferences, slackLanguage: Locale): KnownBlock[] {
  return [markdown(messages(locale).settings.summary(preferenceLines(locale, current, slackLanguage).join('\n')))];
}
