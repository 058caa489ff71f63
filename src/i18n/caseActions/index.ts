import type { Locale } from '../locale';
import { caseActionsEn } from './en';
import { caseActionsZhCN, type CaseActionsMessages } from './zh-CN';

export type { CaseActionsMessages } from './zh-CN';

/** Acting on a case from Slack: the CMS link, reminders, snoozes, the 延长审限 request and approval. */
export function caseActionsMessages(locale: Locale): CaseActionsMessages {
  return locale === 'en' ? caseActionsEn : caseActionsZhCN;
}
