import { pendingMigrations } from '../../store/migrations';
import { withCliStore } from '../store';

/** `docket db migrate`. */
export async function dbMigrate(options: { json?: boolean }): Promise<void> {
  await withCliStore(
    async (store) => {
      const report = await store.migrate();
      if (options.json) console.log(JSON.stringify({ store: store.location, ...report }));
      else if (report.applied.length === 0)
        console.log(`${store.location}: up to date (${report.alreadyApplied} migrations applied).`);
      else console.log(`${store.location}: applied ${report.applied.join(', ')}.`);
    },
    { migrate: false },
  );
}

/** `docket db status`. */
export async function dbStatus(options: { json?: boolean }): Promise<void> {
  await withCliStore(
    async (store) => {
      const pending = await store.withSql((session) => pendingMigrations(session));
      if (options.json) console.log(JSON.stringify({ store: store.location, kind: store.kind, pending }));
      else console.log(`${store.location}: ${pending.length === 0 ? 'up to date' : `pending ${pending.join(', ')}`}.`);
    },
    { migrate: false },
  );
}
