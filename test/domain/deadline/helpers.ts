import { buildHolidayCalendar } from '../../../src/domain/calendar';
import {
  computeDeadline,
  DEFAULT_DEADLINE_POLICY,
  type DeadlineInput,
  type DeadlineOutcome,
  type DeadlinePolicy,
  type DeadlineResult,
} from '../../../src/domain/deadline';

export const calendar = buildHolidayCalendar();

export function outcomeOf(input: DeadlineInput, policy: Partial<DeadlinePolicy> = {}): DeadlineOutcome {
  return computeDeadline(input, calendar, { policy: { ...DEFAULT_DEADLINE_POLICY, ...policy } });
}

/** The computed 审限 of a case that has one. */
export function deadlineOf(input: DeadlineInput, policy: Partial<DeadlinePolicy> = {}): DeadlineResult {
  const outcome = outcomeOf(input, policy);
  if (outcome.kind !== 'deadline') throw new Error(`expected a deadline, got none: ${outcome.reasonEn}`);
  return outcome;
}

export function basisKeys(result: DeadlineOutcome): string[] {
  return result.basis.map((line) => line.key);
}

export function warningCodes(result: DeadlineOutcome): string[] {
  return result.warnings.map((warning) => warning.code);
}
