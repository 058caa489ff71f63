import { en } from './catalog/en';
import { zhCN, type Messages } from './catalog/zh-CN';
import type { Locale } from './locale';

export { formatDate, formatNumber } from './format';
export { localeFromSlack, resolveLocale, type Locale } from './locale';
export type { Messages } from './catalog/zh-CN';
export { escapeMrkdwn, typedText, userText } from './userText';

const CATALOGUE: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** Every user-facing message in one language. */
export function messages(locale: Locale): Messages {
  return CATALOGUE[locale];
}
