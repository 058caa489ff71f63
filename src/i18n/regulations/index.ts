import type { Locale } from '../locale';
import { rulesEn } from './en';
import { rulesZhCN, type RulesMessages } from './zh-CN';

export type { RulesMessages } from './zh-CN';

/** The rules part of the catalogue: /rule and the 规章更新 digest. */
export function ruleMessages(locale: Locale): RulesMessages {
  return locale === 'en' ? rulesEn : rulesZhCN;
}
