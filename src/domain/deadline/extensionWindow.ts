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
export const EXTENSION_NOTICE_DAYS = EXTENSION_APPLY_DAYS_BEFORE_EXPIRY;

/** The last day to apply for the next extension, when it falls from `asOf` to the end of the notice period; else null. */
export function extensionApplyByDue(outcome: DeadlineOutcome, asOf: IsoDate): IsoDate | null {
  const applyBy = outcome.kind === 'deadline' ? outcome.extensionWindow?.applyBy : undefined;
  if (applyBy === undefined) return null;
  return applyBy >= asOf && applyBy <= toIsoDate(toEpochDay(asOf) + EXTENSION_NOTICE_DAYS) ? applyBy : null;
}
