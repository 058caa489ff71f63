import fs from 'node:fs';
import { readEnv, resolveDataDir } from '../../config/env';
import { buildHolidayCalendar, type HolidayCalendar } from '../../domain/calendar';
import { loadCalendar } from '../../services/caseRecords';
import { withCliStore } from '../store';

export interface CliCalendar {
  readonly calendar: HolidayCalendar;
  readonly years: readonly number[];
}

function bundled(): CliCalendar {
  const calendar = buildHolidayCalendar();
  return { calendar, years: calendar.years().map((year) => year.year) };
}

/** A store exists to read from: PostgreSQL is configured, or the embedded store's directory is there. */
function storeConfigured(): boolean {
  try {
    const env = readEnv();
    return env.DATABASE_URL !== undefined || fs.existsSync(resolveDataDir(env));
  } catch {
    return false;
  }
}

/**
 * The holiday calendar for a one-off CLI computation: the bundled years plus the years the court
 * imported, like the app uses. Never creates a store; when the store cannot be read (e.g. the server
 * holds the embedded store's lock) it says so on stderr and uses the bundled years, whose results
 * are marked provisional where a year is missing.
 */
export async function cliCalendar(options: { bundledOnly: boolean }): Promise<CliCalendar> {
  if (options.bundledOnly || !storeConfigured()) return bundled();
  try {
    const calendar = await withCliStore((store) => loadCalendar(store), { migrate: false });
    return { calendar, years: calendar.years().map((year) => year.year) };
  } catch (error) {
    console.error(
      `docket: warning: cannot read imported holiday calendars (${(error as Error).message}); using the bundled years only.`,
    );
    return bundled();
  }
}
