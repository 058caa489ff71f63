import type { HolidayCalendar } from '../calendar';
import { toEpochDay, type IsoDate } from '../dates';

/**
 * How current a court's case data is: Docket knows cases only through the nightly export of the court's
 * 审判流程管理系统, so a judge reading a 审限 needs to know when that export last arrived.
 */
export type DataFreshness =
  | { readonly kind: 'never' }
  | { readonly kind: 'current'; readonly importedOn: IsoDate }
  | { readonly kind: 'stale'; readonly importedOn: IsoDate; readonly missedWorkingDays: number };

/**
 * Stale once a whole working day has passed since the day of the last committed case import. Days off
 * do not count — a court that exports on working days only is current on Monday with Friday's import —
 * and the official calendar decides which days those are (调休 Saturdays are working days).
 */
export function dataFreshness(lastImportOn: IsoDate | null, today: IsoDate, calendar: HolidayCalendar): DataFreshness {
  if (lastImportOn === null) return { kind: 'never' };
  const missedWorkingDays = calendar.workingDaysBetween(toEpochDay(lastImportOn), toEpochDay(today) - 1);
  return missedWorkingDays > 0
    ? { kind: 'stale', importedOn: lastImportOn, missedWorkingDays }
    : { kind: 'current', importedOn: lastImportOn };
}
