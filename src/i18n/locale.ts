/** The languages Docket speaks. Chinese is the court's working language and the default. */
export type Locale = 'zh-CN' | 'en';

const DEFAULT_LOCALE: Locale = 'zh-CN';

function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

/** Slack reports locales like en-US, en-GB, zh-CN, zh-TW, ja-JP: English ones map to en, the rest to Chinese. */
export function localeFromSlack(slackLocale: string | null | undefined): Locale {
  return slackLocale?.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LOCALE;
}

/** The person's own setting wins; without one, Docket follows their Slack locale. */
export function resolveLocale(preference: string | null | undefined, slackLocale?: string | null): Locale {
  return isLocale(preference) ? preference : localeFromSlack(slackLocale);
}
