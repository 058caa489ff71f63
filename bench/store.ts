/**
 * `npm run bench:store`: seed time and on-disk size of the demo data at court scale (PGlite and
 * PostgreSQL) and region scale (PostgreSQL; PGlite with --with-pglite-region), and p50/p95 latency of
 * "a judge's open cases by 审限" (findJudgeCases) for the busiest judge: region scale on PostgreSQL,
 * court scale on PGlite. Targets (issue 2): region seed ≤ 10 min on PostgreSQL; the query ≤ 10 ms p95.
 *
 * It works in its own database (docket_bench on the PostgreSQL of DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres) and in a temporary PGlite directory; nothing else is touched.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { dayIn } from '../src/services/clock';
import { openStore, type Store } from '../src/store';
import { findJudgeCases } from '../src/store/repositories/cases';
import { freshDatabase } from './support/postgres';

const ROOT = path.resolve(__dirname, '..');
const BASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BENCH_DB = 'docket_bench';
const BENCH_URL = Object.assign(new URL(BASE_URL), { pathname: `/${BENCH_DB}` }).toString();
const AS_OF = dayIn(new Date());
const PGLITE_REGION_LIMIT_MINUTES = 40;
const QUERY_RUNS = 300;

interface SeedResult {
  seconds: number;
  cases: number;
  events: number;
}

/** Runs `docket seed demo` as a user would, in its own process; null if it did not finish in time. */
function seed(
  scale: 'court' | 'region',
  env: Record<string, string>,
  limitMinutes: number,
): Promise<SeedResult | null> {
  const args = [
    path.join(ROOT, 'bin/docket.js'),
    'seed',
    'demo',
    '--scale',
    scale,
    '--as-of',
    AS_OF,
    '--reset',
    '--json',
  ];
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  if (!('DATABASE_URL' in env)) delete childEnv.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    execFile(
      process.execPath,
      args,
      { env: childEnv, timeout: limitMinutes * 60_000, maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error?.killed) return resolve(null);
        if (error) return reject(new Error(`seed ${scale} failed: ${stderr || error.message}`));
        const report = JSON.parse(stdout) as { cases: number; events: number };
        resolve({ seconds: (performance.now() - started) / 1000, cases: report.cases, events: report.events });
      },
    );
  });
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: BASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function freshBenchDatabase(): Promise<void> {
  await freshDatabase(BASE_URL, BENCH_DB);
}

async function postgresSize(): Promise<number> {
  return withAdmin(async (admin) =>
    Number((await admin.query('SELECT pg_database_size($1) AS size', [BENCH_DB])).rows[0].size),
  );
}

function directorySize(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? directorySize(full) : fs.statSync(full).size;
  }
  return total;
}

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;

/** p50/p95 of findJudgeCases(open) for the judge with the most open cases, after a warm-up. */
async function judgeQueryLatency(store: Store): Promise<string> {
  const [top] = await store.prisma.case.groupBy({
    by: ['judgeId'],
    where: { status: 'open' },
    _count: { _all: true },
    orderBy: { _count: { judgeId: 'desc' } },
    take: 1,
  });
  const judgeId = top?.judgeId as number;
  const open = top?._count._all ?? 0;
  for (let i = 0; i < 30; i++) await findJudgeCases(store, { judgeId, openOnly: true });
  const times: number[] = [];
  for (let i = 0; i < QUERY_RUNS; i++) {
    const started = performance.now();
    await findJudgeCases(store, { judgeId, openOnly: true });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const plan = await store.withSql((session) =>
    session.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN SELECT id FROM "Case" WHERE "judgeId" = ${judgeId} AND status = 'open' ORDER BY status, deadline NULLS LAST, id`,
    ),
  );
  // "Index Scan using X", "Index Only Scan using X" or "Bitmap Index Scan on X".
  const index =
    plan
      .map((row) => row['QUERY PLAN'])
      .join(' ')
      .match(/Index (?:Only )?Scan (?:using|on) "?(\w+)"?/)?.[1] ?? 'no index';
  // The minimum is the query's own cost; the spread above it is mostly the machine's other work.
  return `busiest judge ${judgeId} (${open} open cases): p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, min ${(times[0] as number).toFixed(2)} ms over ${QUERY_RUNS} runs (${index})`;
}

function line(label: string, result: SeedResult | null, size: string, limitMinutes?: number): void {
  if (result === null) {
    console.log(`  ${label}: did not finish within ${limitMinutes} min (stopped)`);
    return;
  }
  const rate = Math.round(result.cases / result.seconds).toLocaleString('en-US');
  console.log(
    `  ${label}: ${result.seconds.toFixed(1)} s for ${result.cases.toLocaleString('en-US')} cases + ${result.events.toLocaleString('en-US')} events (${rate} cases/s), ${size} on disk`,
  );
}

async function main(): Promise<void> {
  const withPgliteRegion = process.argv.includes('--with-pglite-region');
  const pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-bench-'));
  // The machine may be shared: the load average says how much of it this run had.
  const load = (): string =>
    os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' ');
  console.log(
    `bench:store — as of ${AS_OF}, ${os.cpus().length} cores, Node ${process.version}, load average ${load()}`,
  );
  try {
    console.log('Seed (docket seed demo, in its own process, wall time including start-up):');
    const pgliteCourt = await seed('court', { DOCKET_DATA_DIR: pgliteDir }, 30);
    line('court scale, PGlite    ', pgliteCourt, mib(directorySize(pgliteDir)));
    await freshBenchDatabase();
    const postgresCourt = await seed('court', { DATABASE_URL: BENCH_URL }, 30);
    line('court scale, PostgreSQL', postgresCourt, mib(await postgresSize()));
    const postgresRegion = await seed('region', { DATABASE_URL: BENCH_URL }, 30);
    line('region scale, PostgreSQL', postgresRegion, mib(await postgresSize()));

    console.log("A judge's open cases by 审限 (findJudgeCases, after VACUUM ANALYZE, warm):");
    const pglite = await openStore({ dataDir: pgliteDir });
    try {
      await pglite.withSql((session) => session.exec('VACUUM ANALYZE "Case"'));
      console.log(`  PGlite, court scale: ${await judgeQueryLatency(pglite)}`);
    } finally {
      await pglite.close();
    }
    const postgres = await openStore({ databaseUrl: BENCH_URL });
    try {
      // After a bulk load autovacuum would otherwise run during the measurement: settle the table first.
      await postgres.withSql((session) => session.exec('VACUUM ANALYZE "Case"'));
      console.log(`  PostgreSQL, region scale: ${await judgeQueryLatency(postgres)}`);
    } finally {
      await postgres.close();
    }

    console.log(`Load average now: ${load()}`);
    if (withPgliteRegion) {
      const regionDir = path.join(pgliteDir, 'region');
      const pgliteRegion = await seed('region', { DOCKET_DATA_DIR: regionDir }, PGLITE_REGION_LIMIT_MINUTES);
      line(
        'region scale, PGlite    ',
        pgliteRegion,
        pgliteRegion === null ? '' : mib(directorySize(regionDir)),
        PGLITE_REGION_LIMIT_MINUTES,
      );
    } else {
      console.log('Region scale on PGlite: skipped (run with --with-pglite-region; it takes long).');
    }
  } finally {
    fs.rmSync(pgliteDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
