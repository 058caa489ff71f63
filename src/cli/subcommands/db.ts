import type { Command } from 'commander';
import type * as Actions from '../actions/db';

/** The implementation is loaded when the command runs, not when `docket` starts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/db');

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('the shared store: migrations and status');

  db.command('migrate')
    .description('apply pending migrations (safe to run any time, from several instances at once)')
    .option('--json', 'print the result as JSON')
    .action((options: { json?: boolean }) => actions().dbMigrate(options));

  db.command('status')
    .description('show where the store is and which migrations are pending')
    .option('--json', 'print the result as JSON')
    .action((options: { json?: boolean }) => actions().dbStatus(options));
}
