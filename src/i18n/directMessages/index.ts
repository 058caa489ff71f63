import type { Locale } from '../locale';
import { directMessagesEn } from './en';
import { directMessagesZhCN, type DirectMessagesMessages } from './zh-CN';

/** Questions asked in the Messages tab. */
export function directMessagesMessages(locale: Locale): DirectMessagesMessages {
  return locale === 'en' ? directMessagesEn : directMessagesZhCN;
}
