import type { HolidayCalendar } from '../calendar';
import { toEpochDay, type IsoDate } from '../dates';
import type { DeadlineResult } from './result';

export interface DeadlineStatus {
  /** Calendar days from `asOf` to the deadline; 0 on the last day and after it. */
  readonly daysLeft: number;
  /** Working days after `asOf` up to and including the deadline. */
  readonly workingDaysLeft: number;
  /** Calendar days past the deadline; 0 until then. */
  readonly overdueDays: number;
}

/** Where a case stands against its 审限 on a given day (the legal, rolled deadline). */
export function deadlineStatus(
  result: Pick<DeadlineResult, 'deadline'>,
  asOf: IsoDate,
  calendar: HolidayCalendar,
): DeadlineStatus {
  const today = toEpochDay(asOf);
  const deadline = toEpochDay(result.deadline);
  return {
    daysLeft: Math.max(0, deadline - today),
    workingDaysLeft: calendar.workingDaysBetween(today, deadline),
    overdueDays: Math.max(0, today - deadline),
  };
}
