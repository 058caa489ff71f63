import type { Locale } from '../locale';
import { digestsEn } from './en';
import { digestsZhCN, type DigestMessages } from './zh-CN';

export type { DigestMessages } from './zh-CN';

/** The digest part of the catalogue: daily, weekly and monthly messages and the failure report. */
export function digestMessages(locale: Locale): DigestMessages {
  return locale === 'en' ? digestsEn : digestsZhCN;
}
