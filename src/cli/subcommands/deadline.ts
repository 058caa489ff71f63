import type { Command } from 'commander';
import type * as Actions from '../actions/deadline';

/** The implementation is loaded when the command runs, not when `docket` starts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/deadline');

export function registerDeadlineCommand(program: Command): void {
  program
    .command('deadline')
    .description(
      'compute one case’s 审限 from a JSON object (stdin or --input) and print it as JSON — see docs/deadlines.md',
    )
    .option('--input <file>', 'read the JSON object from this file instead of stdin')
    .option('--policy <file>', 'JSON file of deadline conventions overriding the defaults (docs/deadlines.md)')
    .option(
      '--bundled-calendar',
      'use only the holiday calendars shipped with Docket, not the years imported into the store',
    )
    .action((flags: Actions.DeadlineFlags) => actions().deadlineAction(flags));
}
