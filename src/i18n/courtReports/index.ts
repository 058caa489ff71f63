import type { Locale } from '../locale';
import { courtReportsEn } from './en';
import { courtReportsZhCN, type CourtReportsMessages } from './zh-CN';

export type { CourtReportsMessages } from './zh-CN';

/** 周通报 and 月调度 as Word documents and Excel workbooks. */
export function courtReportsMessages(locale: Locale): CourtReportsMessages {
  return locale === 'en' ? courtReportsEn : courtReportsZhCN;
}
