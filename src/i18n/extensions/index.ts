import type { Locale } from '../locale';
import { extensionsEn } from './en';
import { extensionsZhCN, type ExtensionsMessages } from './zh-CN';

export type { ExtensionsMessages } from './zh-CN';
export { periodZh } from './zh-CN';

/** 申请延长审限, its approval, the outcome and the 审批表. */
export function extensionsMessages(locale: Locale): ExtensionsMessages {
  return locale === 'en' ? extensionsEn : extensionsZhCN;
}
