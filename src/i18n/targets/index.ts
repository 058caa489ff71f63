import type { Locale } from '../locale';
import { targetsEn } from './en';
import { targetsZhCN, type TargetsMessages } from './zh-CN';

export type { TargetsMessages } from './zh-CN';

/** The /targets part of the catalogue. */
export function targetsMessages(locale: Locale): TargetsMessages {
  return locale === 'en' ? targetsEn : targetsZhCN;
}
