import type { Locale } from '../../i18n';
import { caseActionsMessages } from '../../i18n/caseActions';
import { escape } from './blocks';

/** 「在办案系统中打开」 as a Slack link, or nothing when the court set no CMS link template. */
export function cmsLink(locale: Locale, url: string | null | undefined): string | null {
  if (!url) return null;
  return `<${escape(url)}|${caseActionsMessages(locale).openInCms}>`;
}
