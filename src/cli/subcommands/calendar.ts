import type { Command } from 'commander';
import type * as Actions from '../actions/calendar';

/** The implementation is loaded when the command runs, not when `docket` starts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/calendar');

export function registerCalendarCommand(program: Command): void {
  const calendar = program
    .command('calendar')
    .description('official holiday calendars (国务院办公厅放假安排) used for 审限 roll-over');

  calendar
    .command('import <file>')
    .description(
      'load a year’s official arrangement from a JSON file (format: docs/deadlines.md) and recompute stored deadlines',
    )
    .option('--dry-run', 'validate the file and show what it contains, then write nothing')
    .option('--json', 'print the result as JSON')
    .action((file: string, flags: { dryRun?: boolean; json?: boolean }) => actions().calendarImport(file, flags));

  calendar
    .command('list')
    .description('show the years with an official arrangement and where each comes from')
    .option('--json', 'print the list as JSON')
    .action((flags: { json?: boolean }) => actions().calendarList(flags));
}
