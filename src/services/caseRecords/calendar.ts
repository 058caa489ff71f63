import {
  buildHolidayCalendar,
  validateCalendarYear,
  type CalendarYearData,
  type HolidayCalendar,
} from '../../domain/calendar';
import type { Store } from '../../store';
import type { SqlSession } from '../../store/migrations';

interface StoredYear {
  year: number;
  source: string;
  holidays: string[];
  workdays: string[];
}

/**
 * The holiday calendar the 审限 engine uses: the years bundled with Docket plus the years a court
 * imported into the CalendarYear table (`docket calendar import`), an imported year replacing the
 * bundled one. Stored years are checked again, so a hand-edited row fails here, not as a wrong deadline.
 */
export async function loadCalendar(store: Store): Promise<HolidayCalendar> {
  return calendarOf(await store.prisma.calendarYear.findMany({ orderBy: { year: 'asc' } }));
}

/** loadCalendar on a raw session, e.g. inside an import's transaction where Prisma cannot be used. */
export async function loadCalendarIn(session: SqlSession): Promise<HolidayCalendar> {
  return calendarOf(
    await session.query<StoredYear>('SELECT year, source, holidays, workdays FROM "CalendarYear" ORDER BY year'),
  );
}

function calendarOf(rows: readonly StoredYear[]): HolidayCalendar {
  const imported: CalendarYearData[] = rows.map((row) => {
    const result = validateCalendarYear({
      year: row.year,
      source: row.source,
      holidays: row.holidays,
      workdays: row.workdays,
    });
    if (!result.ok) {
      const problems = result.errors.map((e) => `${e.path}: ${e.en}`).join('; ');
      throw new Error(
        `The stored holiday calendar for ${row.year} is invalid (${problems}); re-import it with docket calendar import.`,
      );
    }
    return result.year;
  });
  return buildHolidayCalendar(imported);
}
