import year2022 from './data/2022.json';
import year2023 from './data/2023.json';
import year2024 from './data/2024.json';
import year2025 from './data/2025.json';
import year2026 from './data/2026.json';
import { validateCalendarFile } from './calendarFile';
import type { CalendarYearData } from './calendarYear';
import { HolidayCalendar } from './holidayCalendar';

/**
 * The official arrangements shipped with Docket: 2024–2026 as verified in domain.md §6; 2022–2023 from
 * the notices as quoted by chinese-days 1.5.7, so that deadlines of older cases still roll correctly
 * (each file's note says so). They go through the same validator as an imported file, so a typo in
 * the bundled data fails loudly at start-up instead of shifting deadlines.
 */
function load(file: unknown): CalendarYearData {
  const result = validateCalendarFile(file);
  if (!result.ok)
    throw new Error(
      `Bundled holiday calendar is invalid: ${result.errors.map((e) => `${e.path}: ${e.en}`).join('; ')}`,
    );
  return result.year;
}

export const BUNDLED_CALENDAR_YEARS: readonly CalendarYearData[] = [
  year2022,
  year2023,
  year2024,
  year2025,
  year2026,
].map(load);

/** The bundled years plus years a court imported; an imported year replaces the bundled one. */
export function buildHolidayCalendar(importedYears: readonly CalendarYearData[] = []): HolidayCalendar {
  return HolidayCalendar.fromYears([...BUNDLED_CALENDAR_YEARS, ...importedYears]);
}
