import os from 'node:os';
import { validateCalendarFile } from '../../domain/calendar';
import { recomputeDeadlines } from '../../services/caseRecords';
import { CalendarYearsService } from '../../services/calendarYears';
import { parseJson, readInputText } from '../deadline/readInput';
import { ExitCode } from '../errors';
import { withCliStore } from '../store';

/** `docket calendar import <file>`. */
export async function calendarImport(file: string, flags: { dryRun?: boolean; json?: boolean }): Promise<void> {
  const validation = validateCalendarFile(parseJson(await readInputText(file), file));
  if (!validation.ok) {
    if (flags.json) console.log(JSON.stringify({ ok: false, errors: validation.errors }, null, 2));
    else for (const error of validation.errors) console.error(`${file}: ${error.path}: ${error.zh} (${error.en})`);
    process.exitCode = ExitCode.dataProblems;
    return;
  }
  const { year, warnings } = validation;
  if (!flags.json) for (const warning of warnings) console.error(`${file}: warning: ${warning.path}: ${warning.zh}`);
  if (flags.dryRun) {
    const summary = {
      ok: true,
      dryRun: true,
      year: year.year,
      source: year.source,
      holidays: year.holidays.length,
      workdays: year.workdays.length,
      warnings,
    };
    console.log(
      flags.json
        ? JSON.stringify(summary, null, 2)
        : `${year.year}: ${year.holidays.length} rest days, ${year.workdays.length} make-up working days — valid, nothing written (dry run).`,
    );
    return;
  }
  await withCliStore(async (store) => {
    const saved = await new CalendarYearsService({ store }).save(year, `cli:${os.userInfo().username}`);
    const recomputed = await recomputeDeadlines(store);
    if (flags.json) {
      console.log(
        JSON.stringify(
          {
            ok: true,
            year: year.year,
            source: year.source,
            replaced: saved.replaced,
            recomputed: { examined: recomputed.examined, updated: recomputed.updated },
            warnings,
          },
          null,
          2,
        ),
      );
      return;
    }
    const replaced = { imported: ', replacing the earlier import', bundled: ', replacing the bundled data', none: '' }[
      saved.replaced
    ];
    console.log(
      `${year.year}: ${year.holidays.length} rest days, ${year.workdays.length} make-up working days from ${year.source}${replaced}.`,
    );
    console.log(`Recomputed deadlines: ${recomputed.updated} of ${recomputed.examined} cases changed.`);
  });
}

/** `docket calendar list`. */
export async function calendarList(flags: { json?: boolean }): Promise<void> {
  await withCliStore(async (store) => {
    const years = await new CalendarYearsService({ store }).list();
    if (flags.json) {
      console.log(JSON.stringify(years, null, 2));
      return;
    }
    for (const entry of years) {
      const origin =
        entry.origin === 'bundled' ? 'bundled' : entry.replacesBundled ? 'imported (replaces bundled)' : 'imported';
      console.log(
        `${entry.year}  ${String(entry.holidayCount).padStart(3)} rest days  ${String(entry.workdayCount).padStart(2)} make-up days  ${origin.padEnd(27)}  ${entry.source}`,
      );
    }
    const next = (years[years.length - 1]?.year ?? new Date().getFullYear()) + 1;
    console.log(
      `Deadlines in ${next} and later are provisional until its notice is imported: they rest on weekends and the statutory holidays of the Measures on National Holidays; days in lieu and make-up working days are unknown.`,
    );
  });
}
