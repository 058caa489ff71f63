import { PROCEDURES } from '../../domain/procedures';
import { formatDate, messages, type Locale } from '../../i18n';
import type { CaseLine } from '../../services/caseLines';
import { extensionsMessages } from '../../i18n/extensions';

export function procedureName(locale: Locale, key: string): string {
  if (!PROCEDURES.isKey(key)) return key || messages(locale).procedures.unknown;
  const entry = PROCEDURES.get(key);
  return locale === 'en' ? entry.en : entry.zh;
}

/** 🔴 past deadline / due today / N days left, or "no deadline". */
export function standing(locale: Locale, line: CaseLine): string {
  const text = messages(locale).mycases.line;
  if (line.deadline === null) return text.noDeadline;
  if (line.overdueDays !== null && line.overdueDays > 0) return text.overdue(line.overdueDays);
  if (line.daysLeft === 0) return text.lastDay;
  const days = line.daysLeft ?? 0;
  const marker = days <= 7 ? '🟠' : days <= 30 ? '🟡' : '🟢';
  return `${marker} ${text.daysLeft(days, line.workingDaysLeft ?? 0)}`;
}

/** Extension due, passed or requested, extended, suspended, provisional: the marks that change what a judge must do. */
export function marks(locale: Locale, line: CaseLine): string[] {
  const text = messages(locale).mycases.line;
  const request = line.extensionRequest;
  // An extension entered in the CMS is history: the next step's window shows again, and it says 已录入 in place of 已延长.
  const live = request && request.status !== 'entered' ? request : null;
  return [
    ...(live
      ? [extensionRequestMark(locale, live)]
      : line.extension === null
        ? []
        : [
            (line.extension.state === 'due' ? text.extensionWindow : text.extensionPassed)(
              formatDate(locale, line.extension.applyBy),
            ),
          ]),
    ...(request?.status === 'entered' ? [extensionRequestMark(locale, request)] : line.extended ? [text.extended] : []),
    ...(line.suspended ? [text.suspended] : []),
    ...(line.provisional ? [text.provisional] : []),
  ];
}

type LiveExtensionRequest = NonNullable<CaseLine['extensionRequest']>;

/** 延长申请中 / 已批准（待录入系统） / 已录入系统, with the 审限 the extension gives. */
function extensionRequestMark(locale: Locale, request: LiveExtensionRequest): string {
  const text = extensionsMessages(locale).mark;
  const proposed = formatDate(locale, request.proposedDeadline);
  return text[request.status](proposed);
}

/** 详情's 审限 with a request in play: the current date and the would-be one. */
export function deadlineWithRequest(
  locale: Locale,
  current: string,
  request: LiveExtensionRequest & { status: 'pending' | 'approved' },
): string {
  return extensionsMessages(locale).deadlineBoth(
    formatDate(locale, current),
    formatDate(locale, request.proposedDeadline),
    request.status,
  );
}
