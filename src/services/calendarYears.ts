import { BUNDLED_CALENDAR_YEARS, type CalendarYearData } from '../domain/calendar';
import type { Store } from '../store';

export interface SavedCalendarYear {
  readonly year: number;
  /** What the import replaced: a year imported earlier, the bundled data, or nothing. */
  readonly replaced: 'imported' | 'bundled' | 'none';
}

export interface CalendarYearListing {
  readonly year: number;
  readonly source: string;
  readonly holidayCount: number;
  readonly workdayCount: number;
  /** Where the data in force comes from: imported into the store, or shipped with Docket. */
  readonly origin: 'imported' | 'bundled';
  /** Set for an imported year that replaces the bundled one. */
  readonly replacesBundled: boolean;
  readonly importedAt: Date | null;
}

/** The official holiday arrangements: the ones shipped with Docket and the ones a court imported (`docket calendar`). */
export class CalendarYearsService {
  constructor(private readonly deps: { store: Store }) {}

  /**
   * Stores an official holiday arrangement a court imported (already validated by the domain) in the
   * CalendarYear table, replacing an earlier import of that year, and records who did it.
   */
  save(data: CalendarYearData, actorLabel: string): Promise<SavedCalendarYear> {
    return this.deps.store.prisma.$transaction(async (tx) => {
      const before = await tx.calendarYear.findUnique({ where: { year: data.year } });
      const values = { source: data.source, holidays: [...data.holidays], workdays: [...data.workdays] };
      await tx.calendarYear.upsert({
        where: { year: data.year },
        create: { year: data.year, ...values },
        update: { ...values, importedAt: new Date() },
      });
      await tx.auditLog.create({
        data: {
          actorLabel,
          action: 'calendar.import',
          entity: 'CalendarYear',
          entityId: String(data.year),
          ...(before === null
            ? {}
            : { before: { source: before.source, holidays: before.holidays, workdays: before.workdays } }),
          after: values,
        },
      });
      const bundled = BUNDLED_CALENDAR_YEARS.some((year) => year.year === data.year);
      return { year: data.year, replaced: before !== null ? 'imported' : bundled ? 'bundled' : 'none' };
    });
  }

  /** Every year with an official arrangement, the imported one winning over the bundled one. */
  async list(): Promise<CalendarYearListing[]> {
    const rows = await this.deps.store.prisma.calendarYear.findMany({ orderBy: { year: 'asc' } });
    const imported = new Map(rows.map((row) => [row.year, row]));
    const bundledYears = new Set(BUNDLED_CALENDAR_YEARS.map((year) => year.year));
    const listing: CalendarYearListing[] = rows.map((row) => ({
      year: row.year,
      source: row.source,
      holidayCount: row.holidays.length,
      workdayCount: row.workdays.length,
      origin: 'imported',
      replacesBundled: bundledYears.has(row.year),
      importedAt: row.importedAt,
    }));
    for (const year of BUNDLED_CALENDAR_YEARS) {
      if (imported.has(year.year)) continue;
      listing.push({
        year: year.year,
        source: year.source,
        holidayCount: year.holidays.length,
        workdayCount: year.workdays.length,
        origin: 'bundled',
        replacesBundled: false,
        importedAt: null,
      });
    }
    return listing.sort((a, b) => a.year - b.year);
  }
}
