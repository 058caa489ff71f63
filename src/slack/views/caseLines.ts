import { PROCEDURES } from '../../domain/procedures';
import { formatDate, messages, type Locale } from '../../i18n';
import type { CaseLine } from '../../services/caseLines';

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

/** Extension due or its date passed, extended, suspended, provisional: the marks that change what a judge must do. */
export function marks(locale: Locale, line: CaseLine): string[] {
  const text = messages(locale).mycases.line;
  return [
    ...(line.extension === null
      ? []
      : [
          (line.extension.state === 'due' ? text.extensionWindow : text.extensionPassed)(
            formatDate(locale, line.extension.applyBy),
          ),
        ]),
    ...(line.extended ? [text.extended] : []),
    ...(line.suspended ? [text.suspended] : []),
    ...(line.provisional ? [text.provisional] : []),
  ];
}
