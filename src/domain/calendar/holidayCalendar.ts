import { epochDayFromCivil, isWeekend as importedIsWeekend, toEpochDay, yearOfEpochDay, type EpochDay } from '../dates';
import type { CalendarYearData } from './calendarYear';
import { holidayMeasuresEdition, statutoryHolidays, type HolidayMeasuresEdition } from './statutoryHolidays';

// Imported functions called several times per computation are bound once here: the CommonJS
// transform (tsx/esbuild, swc) turns every call of an import into two property getters, which cost
// this hot path about a third of its throughput (bench/domain.ts).
const isWeekend = importedIsWeekend;

const REST = 1;
const KNOWN = 2;
const HOLIDAY = 4;

/** Why a day is not a working day: an official 放假日, or an ordinary weekend. */
export type RestKind = 'holiday' | 'weekend';

export interface CalendarYearSummary {
  readonly year: number;
  readonly source: string;
  readonly holidayCount: number;
  readonly workdayCount: number;
}

/**
 * Rest days and working days under the official arrangement. A rest day is an official 放假日, or a
 * Saturday or Sunday that is not a 调休上班日. A year whose notice is not loaded rests on weekends and
 * on the statutory holidays of 《全国年节及纪念日放假办法》 (statutoryHolidays.ts); its in-lieu days and
 * 调休 are unknown, and callers learn that through `isKnown` so they can mark results provisional.
 *
 * Lookups are one typed-array read inside the loaded years: the calendar is built once and queried in
 * the engine's hot loop. Other years are computed on first use and kept.
 */
export class HolidayCalendar {
  private readonly first: EpochDay;
  private readonly flags: Uint8Array;
  private readonly byYear: ReadonlyMap<number, CalendarYearData>;
  private readonly statutoryByYear = new Map<number, ReadonlySet<EpochDay>>();

  private constructor(years: readonly CalendarYearData[]) {
    this.byYear = new Map(years.map((data) => [data.year, data]));
    const loaded = [...this.byYear.keys()].sort((a, b) => a - b);
    const firstYear = loaded[0];
    const lastYear = loaded[loaded.length - 1];
    if (firstYear === undefined || lastYear === undefined) {
      this.first = 0;
      this.flags = new Uint8Array(0);
      return;
    }
    this.first = epochDayFromCivil(firstYear, 1, 1);
    const last = epochDayFromCivil(lastYear, 12, 31);
    this.flags = new Uint8Array(last - this.first + 1);
    for (let day = this.first; day <= last; day++) this.flags[day - this.first] = isWeekend(day) ? REST : 0;
    for (let year = firstYear; year <= lastYear; year++) {
      if (this.byYear.has(year)) continue;
      for (const day of this.statutoryRestDays(year)) this.flags[day - this.first] = REST | HOLIDAY;
    }
    for (const data of this.byYear.values()) {
      const yearStart = epochDayFromCivil(data.year, 1, 1) - this.first;
      const yearEnd = epochDayFromCivil(data.year, 12, 31) - this.first;
      for (let index = yearStart; index <= yearEnd; index++) this.flags[index] = (this.flags[index] as number) | KNOWN;
      for (const date of data.holidays) this.flags[toEpochDay(date) - this.first] = REST | KNOWN | HOLIDAY;
      for (const date of data.workdays) this.flags[toEpochDay(date) - this.first] = KNOWN;
    }
  }

  /** Later entries replace earlier ones for the same year (an imported year overrides the bundled one). */
  static fromYears(years: readonly CalendarYearData[]): HolidayCalendar {
    return new HolidayCalendar(years);
  }

  isRestDay(day: EpochDay): boolean {
    const index = day - this.first;
    if (index < 0 || index >= this.flags.length) return isWeekend(day) || this.isStatutoryOutside(day);
    return ((this.flags[index] as number) & REST) === REST;
  }

  /** null for a working day (including a 调休上班日). */
  restKind(day: EpochDay): RestKind | null {
    if (!this.isRestDay(day)) return null;
    const index = day - this.first;
    const holiday =
      index >= 0 && index < this.flags.length
        ? ((this.flags[index] as number) & HOLIDAY) === HOLIDAY
        : this.isStatutoryOutside(day);
    return holiday ? 'holiday' : 'weekend';
  }

  /**
   * Which revision of 《全国年节及纪念日放假办法》 gives the rest days of a year without its notice;
   * null when the notice is loaded, or for a year before the 2013 revision (weekends only). The engine asks
   * this of every provisional 审限, so it names the edition without computing the year's lunar dates.
   */
  statutoryEdition(year: number): HolidayMeasuresEdition | null {
    return this.byYear.has(year) ? null : holidayMeasuresEdition(year);
  }

  private isStatutoryOutside(day: EpochDay): boolean {
    return this.statutoryRestDays(yearOfEpochDay(day)).has(day);
  }

  private statutoryRestDays(year: number): ReadonlySet<EpochDay> {
    let days = this.statutoryByYear.get(year);
    if (days === undefined) {
      const holidays = statutoryHolidays(year)?.holidays ?? [];
      days = new Set(holidays.flatMap((holiday) => holiday.dates.map(toEpochDay)));
      this.statutoryByYear.set(year, days);
    }
    return days;
  }

  /** A weekend day that the official arrangement makes a working day. */
  isMakeUpWorkday(day: EpochDay): boolean {
    return isWeekend(day) && this.isKnown(day) && !this.isRestDay(day);
  }

  /** Whether the official arrangement for this day's year is loaded. */
  isKnown(day: EpochDay): boolean {
    const index = day - this.first;
    return index >= 0 && index < this.flags.length && ((this.flags[index] as number) & KNOWN) === KNOWN;
  }

  hasYear(year: number): boolean {
    return this.byYear.has(year);
  }

  /** The day itself if it is a working day, else the first working day after it (民诉法 §85 para 3). */
  rollForward(day: EpochDay): EpochDay {
    let result = day;
    while (this.isRestDay(result)) result++;
    return result;
  }

  /** Working days d with from < d ≤ to (0 when to ≤ from). */
  workingDaysBetween(from: EpochDay, to: EpochDay): number {
    let count = 0;
    for (let day = from + 1; day <= to; day++) if (!this.isRestDay(day)) count++;
    return count;
  }

  /** Years this calendar has official data for, in order. */
  years(): readonly CalendarYearSummary[] {
    return [...this.byYear.values()]
      .sort((a, b) => a.year - b.year)
      .map((data) => ({
        year: data.year,
        source: data.source,
        holidayCount: data.holidays.length,
        workdayCount: data.workdays.length,
      }));
  }
}
