import { toEpochDay, toIsoDate, type IsoDate } from '../dates';
import type { DeadlineOutcome } from './result';

/**
 * 延长审限规定 §1 / 刑诉法解释 §210: an extension is applied for no later than 15 days before the 审限
 * expires, and the approver decides no later than 5 days before.
 */
export const EXTENSION_APPLY_DAYS_BEFORE_EXPIRY = 15;
export const EXTENSION_DECIDE_DAYS_BEFORE_EXPIRY = 5;

/**
 * A case is flagged for an extension application once its apply-by date is this many days away or
 * fewer: as long as the law's own lead time, which gives a judge about two weeks' notice.
 */
const EXTENSION_NOTICE_DAYS = EXTENSION_APPLY_DAYS_BEFORE_EXPIRY;

/**
 * Where a case stands against the date to apply for its next extension, on `asOf`: the application
 * falls due within the notice period, or its last day has passed (and perhaps the approver's too).
 * null when neither, or the law sets no such date. A case past its 审限 has passed it as well; lists
 * mark such a case overdue instead, and count as passed only cases whose 审限 still runs.
 */
export type ExtensionApplication =
  | { readonly state: 'due'; readonly applyBy: IsoDate; readonly decideBy: IsoDate }
  | {
      readonly state: 'passed';
      readonly applyBy: IsoDate;
      readonly decideBy: IsoDate;
      /** The approver's last day (5 days before expiry) has passed too. */
      readonly decisionPassed: boolean;
    };

export function extensionApplicationOn(outcome: DeadlineOutcome, asOf: IsoDate): ExtensionApplication | null {
  const window = outcome.kind === 'deadline' ? outcome.extensionWindow : null;
  if (window === null) return null;
  const { applyBy, decideBy } = window;
  if (applyBy < asOf) return { state: 'passed', applyBy, decideBy, decisionPassed: decideBy < asOf };
  return applyBy <= toIsoDate(toEpochDay(asOf) + EXTENSION_NOTICE_DAYS) ? { state: 'due', applyBy, decideBy } : null;
}
