import type { Locale } from '../locale';
import { reportsEn } from './en';
import { reportsZhCN, type ReportsMessages } from './zh-CN';

export type { ReportsMessages } from './zh-CN';

/** One-screen reports, their detail views and the /rankings overview. */
export function reportsMessages(locale: Locale): ReportsMessages {
  return locale === 'en' ? reportsEn : reportsZhCN;
}
