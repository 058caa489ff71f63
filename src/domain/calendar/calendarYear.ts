import type { IsoDate } from '../dates';

/**
 * One year of the official holiday arrangement, flattened: the shape the store keeps in its
 * `CalendarYear` table (year, source, holidays[], workdays[]) and the shape the calendar is built from.
 */
export interface CalendarYearData {
  readonly year: number;
  /** The 国务院办公厅 notice (title and, where known, number) the dates come from. */
  readonly source: string;
  /** Official rest days (放假日), including weekend days inside a holiday block; sorted. */
  readonly holidays: readonly IsoDate[];
  /** Make-up working days (调休上班日): weekend days that are working days; sorted. */
  readonly workdays: readonly IsoDate[];
}

export interface CalendarProblem {
  /** Where in the file: `holidays[2].to`, `workdays[0].date`, `year` … */
  readonly path: string;
  readonly zh: string;
  readonly en: string;
}

export type CalendarValidation =
  | { readonly ok: true; readonly year: CalendarYearData; readonly warnings: readonly CalendarProblem[] }
  | { readonly ok: false; readonly errors: readonly CalendarProblem[] };
