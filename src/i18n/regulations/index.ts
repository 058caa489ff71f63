import type { Locale } from '../locale';
import { regulationsEn } from './en';
import { regulationsZhCN, type RegulationsMessages } from './zh-CN';

export type { RegulationsMessages } from './zh-CN';

/** The regulations part of the catalogue: /rule and the 规章更新 digest. */
export function regulationsMessages(locale: Locale): RegulationsMessages {
  return locale === 'en' ? regulationsEn : regulationsZhCN;
}
