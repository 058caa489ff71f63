/**
 * `npm run bench:recompute`: a full 审限 recompute over BENCH_CASES cases (default 200k): the demo court
 * seeded, then copied under new case numbers (events too) until it holds that many. Timed twice on
 * PostgreSQL (its own database docket_bench_recompute) and on an in-memory PGlite: once with every
 * row's deadline columns cleared (every row is written, as after a calendar change), once again
 * (nothing changes: read and compute only). Prints cases/s by wall clock and by the process's CPU time,
 * which the shared machine's load disturbs less. Target: ≥ 30k cases/s on PostgreSQL.
 */
import { recomputeDeadlines } from '../src/services/caseRecords';
import { seedDemo } from '../src/devtools/demo/seedDemo';
import { openStore, type Store } from '../src/store';
import { freshDatabase } from './support/postgres';

const CASES = Number(process.env.BENCH_CASES ?? 200_000);
const POSTGRES = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'docket_bench_recompute';
const AS_OF = '2026-06-30';

function resetDatabase(): Promise<string> {
  return freshDatabase(POSTGRES, DATABASE);
}

/** Copies the seeded cases and their events under new ids and case numbers until there are CASES. */
async function grow(store: Store): Promise<number> {
  return store.withSql(async (session) => {
    const [{ seeded, top }] = (await session.query<{ seeded: number; top: number }>(
      'SELECT count(*)::int AS seeded, max(id) AS top FROM "Case"',
    )) as [{ seeded: number; top: number }];
    const copies = Math.max(0, Math.ceil(CASES / seeded) - 1);
    const columns = (
      await session.query<{ name: string }>(
        `SELECT quote_ident(column_name) AS name FROM information_schema.columns
         WHERE table_name = 'Case' AND column_name NOT IN ('id', 'normalizedNumber') ORDER BY ordinal_position`,
      )
    ).map((row) => row.name);
    const eventColumns = (
      await session.query<{ name: string }>(
        `SELECT quote_ident(column_name) AS name FROM information_schema.columns
         WHERE table_name = 'CaseEvent' AND column_name NOT IN ('id', 'caseId') ORDER BY ordinal_position`,
      )
    ).map((row) => row.name);
    const [{ eventTop }] = (await session.query<{ eventTop: number }>(
      'SELECT coalesce(max(id), 0) AS "eventTop" FROM "CaseEvent"',
    )) as [{ eventTop: number }];
    for (let copy = 1; copy <= copies; copy++) {
      await session.query(
        `INSERT INTO "Case" (id, "normalizedNumber", ${columns.join(', ')})
         SELECT id + $1, "normalizedNumber" || '-' || $2, ${columns.join(', ')} FROM "Case" WHERE id <= $3`,
        [copy * top, copy, top],
      );
      await session.query(
        `INSERT INTO "CaseEvent" (id, "caseId", ${eventColumns.join(', ')})
         SELECT id + $1, "caseId" + $2, ${eventColumns.join(', ')} FROM "CaseEvent" WHERE id <= $3`,
        [copy * eventTop, copy * top, eventTop],
      );
    }
    await session.exec('VACUUM ANALYZE "Case"');
    await session.exec('VACUUM ANALYZE "CaseEvent"');
    const [{ cases }] = (await session.query<{ cases: number }>('SELECT count(*)::int AS cases FROM "Case"')) as [
      { cases: number },
    ];
    return cases;
  });
}

async function timed(label: string, cases: number, run: () => Promise<{ updated: number }>): Promise<void> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(
    `  ${label.padEnd(26)} ${seconds.toFixed(1).padStart(6)} s  ${String(Math.round(cases / seconds)).padStart(7)} cases/s  ` +
      `(process CPU ${cpuSeconds.toFixed(1)} s, ${Math.round(cases / cpuSeconds)} cases/CPU-s; ${report.updated} written)`,
  );
}

async function bench(name: string, store: Store): Promise<void> {
  await seedDemo(store, { scale: 'court', seed: 1, asOf: AS_OF, reset: false });
  const cases = await grow(store);
  await store.withSql(async (session) => {
    await session.exec(
      'UPDATE "Case" SET deadline = NULL, "naturalDeadline" = NULL, "baseDeadline" = NULL, "excludedDays" = NULL',
    );
    await session.exec('VACUUM ANALYZE "Case"');
  });
  console.log(`${name}: ${cases} cases`);
  await timed('every row changes', cases, () => recomputeDeadlines(store, { asOf: AS_OF }));
  await timed('nothing changes', cases, () => recomputeDeadlines(store, { asOf: AS_OF }));
}

async function main(): Promise<void> {
  const stores = (process.env.BENCH_STORES ?? 'postgres,pglite').split(',');
  for (const kind of stores) {
    const store = await openStore(kind === 'postgres' ? { databaseUrl: await resetDatabase() } : { memory: {} });
    try {
      await bench(kind === 'postgres' ? 'PostgreSQL' : 'PGlite (in memory)', store);
    } finally {
      await store.close();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
