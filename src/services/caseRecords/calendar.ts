import { buildHolidayCalendar, validateCalendarYear, type CalendarYearData, type HolidayCalendar } from '../../domain/calendar';
import type { Store } from '../../store';

/**
 * The holiday calendar the 审限 engine uses: the years bundled with Docket plus the years a court
 * imported into the CalendarYear table (`docket calendar import`), an imported year replacing the
 * bundled one. Stored years are checked again, so a hand-edited row fails here, not as a wrong deadline.
 */
export async function loadCalendar(store: Store): Promise<HolidayCalendar> {
  const rows = await store.prisma.calendarYear.findMany({ orderBy: { year: 'asc' } });
  const imported: CalendarYearData[] = rows.map((row) => {
    const result = validateCalendarYear({ year: row.year, source: row.source, holidays: row.holidays, workdays: row.workdays });
    if (!result.ok) {
      throw new Error(`The stored holiday calendar for ${row.year} is invalid (${result.errors.map((e) => `${e.path}: ${e.en}`).join('; ')}); re-import it with docket calendar import.`);
    }
    return result.year;
  });
  return buildHolidayCalendar(imported);
}
