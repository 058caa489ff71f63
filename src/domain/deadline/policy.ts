import { z } from 'zod';

/**
 * Conventions where the law is unclear (domain.md §8, docs/deadlines.md). Each court may override
 * them (Court.deadlinePolicy); the defaults are the ones the worked examples use and, where the
 * sources disagree, the choice that gives the earlier date.
 */
const deadlinePolicySchema = z.strictObject({
  /** U1: roll a last day that is a rest day forward to the next working day (民诉法 §85). */
  holidayRollover: z.boolean().default(true),
  /** U2: no roll-over while a criminal defendant is in custody (刑诉法 §105). */
  detainedNoRollover: z.boolean().default(true),
  /** U3: criminal months run month-end to month-end (刑诉法解释 §202). */
  criminalMonthEnd: z.boolean().default(true),
  /**
   * U4: how extensions add up. `natural`: each is added to the previous unadjusted end; `rolled`: to
   * the previous end after holiday roll-over; `fromStart`: all lengths are added to the start at once.
   */
  extensionChaining: z.enum(['natural', 'rolled', 'fromStart']).default('natural'),
  /** U5: an excluded period from A to B counts B − A days (`endMinusStart`) or B − A + 1 (`inclusive`). */
  excludedDayCount: z.enum(['endMinusStart', 'inclusive']).default('endMinusStart'),
  /** U6: use 审限规定(2000) lengths where the statute names no length (e.g. 上级法院 +3 months). */
  provisions2000Lengths: z.boolean().default(true),
  /** U7: 行政二审 counts from 立案 (行诉法解释 §50) or from receipt of the appeal (行诉法 §88). */
  administrativeAppealStart: z.enum(['filing', 'appealReceived']).default('filing'),
  /** A fact the rule needs is missing: assume the value giving the earlier date (and say so), or reject. */
  unknownFacts: z.enum(['conservative', 'reject']).default('conservative'),
});

export type DeadlinePolicy = z.output<typeof deadlinePolicySchema>;

export const DEFAULT_DEADLINE_POLICY: DeadlinePolicy = deadlinePolicySchema.parse({});

/** A court's stored overrides (Court.deadlinePolicy JSON) merged over the defaults; throws a ZodError when invalid. */
export function resolveDeadlinePolicy(overrides: unknown): DeadlinePolicy {
  return deadlinePolicySchema.parse(overrides ?? {});
}
