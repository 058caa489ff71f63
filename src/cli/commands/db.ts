import type { Command } from 'commander';
import { pendingMigrations } from '../../store/migrations';
import { withCliStore } from '../store';

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('the shared store: migrations and status');

  db.command('migrate')
    .description('apply pending migrations (safe to run any time, from several instances at once)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      await withCliStore(
        async (store) => {
          const report = await store.migrate();
          if (options.json) console.log(JSON.stringify({ store: store.location, ...report }));
          else if (report.applied.length === 0) console.log(`${store.location}: up to date (${report.alreadyApplied} migrations applied).`);
          else console.log(`${store.location}: applied ${report.applied.join(', ')}.`);
        },
        { migrate: false },
      );
    });

  db.command('status')
    .description('show where the store is and which migrations are pending')
    .option('--json', 'print the result as JSON')
    .action(async (options: { json?: boolean }) => {
      await withCliStore(
        async (store) => {
          const pending = await store.withSql((session) => pendingMigrations(session));
          if (options.json) console.log(JSON.stringify({ store: store.location, kind: store.kind, pending }));
          else console.log(`${store.location}: ${pending.length === 0 ? 'up to date' : `pending ${pending.join(', ')}`}.`);
        },
        { migrate: false },
      );
    });
}
