/**
 * `npm run bench:recovery` — issue 17's numbers: what a crash costs, on both stores, with the
 * production timings (src/digests/boss.ts RECOVERY, src/digests/delivery.ts DEFAULT_LEASE_MS).
 *
 * 1. A digest run whose sender is killed with SIGKILL half-way (test/support/killedSender.ts): the fixture
 *    court's daily digest to BENCH_RECIPIENTS people (the fixture's 8 linked people plus clerks), through
 *    the real scheduler (pg-boss), runner, outbound module and delivery ledger in child processes,
 *    against the fake Slack Web API letting 3 posts a second through (429 and Retry-After beyond). The
 *    sender is killed after BENCH_KILL_AFTER posts.
 *    - PostgreSQL (its own database, docket_bench_recovery): two instances; the sending one is killed, the
 *      other carries on.
 *    - Embedded store (a data directory under the system's temporary directory): one instance, killed and restarted at once.
 *    Reported: from the kill to the first post to the last recipient served, duplicates (recipients posted
 *    to twice) and missing (never posted to), and on the embedded store the restart's time to a running
 *    scheduler. Targets: every recipient within 90 s of the kill, 0 duplicates, 0 missing.
 * 2. `docket serve` (bin/docket.js, as a supervisor runs it) killed with SIGKILL and started again at
 *    once: from the kill to /healthz answering ok. Target: 5 s.
 * Each scenario runs BENCH_REPEAT times (default 3). Exits 1 when a target is missed.
 *
 * BENCH_STORES=pglite,postgres  BENCH_REPEAT=3  BENCH_RECIPIENTS=20  BENCH_KILL_AFTER=5
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/docket_bench_recovery)
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { FakeSlackApi } from '../src/devtools/localSlack/fakeSlackApi';
import { openStore, type OpenStoreOptions } from '../src/store';
import { killMidSend, seedKillCourt, type KillOutcome } from '../test/support/killedSender';
import { spawnDocket } from '../test/support/processes';
import { createMigratedDataDir } from '../test/support/store';
import { ensureOwnDatabase } from './support/postgres';

const env = (name: string, fallback: string): string => process.env[name] ?? fallback;
const STORES = env('BENCH_STORES', 'pglite,postgres').split(',').filter(Boolean);
const REPEAT = Number(env('BENCH_REPEAT', '3'));
const RECIPIENTS = Number(env('BENCH_RECIPIENTS', '20'));
const KILL_AFTER = Number(env('BENCH_KILL_AFTER', '5'));
const DATABASE_URL = env('BENCH_DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/docket_bench_recovery');
const FIXTURE_LINKED = 8;
const TARGET_SERVED_MS = 90_000;
const TARGET_HEALTHY_MS = 5_000;

const loadAverage = (): string => (os.loadavg()[0] as number).toFixed(1);
const seconds = (ms: number | null): string => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`);

type Store = 'pglite' | 'postgres';

/** A fresh store of the kind, migrated: its open options. */
async function freshStore(
  kind: Store,
): Promise<{ where: { databaseUrl: string } | { dataDir: string }; open: OpenStoreOptions; cleanup(): void }> {
  if (kind === 'postgres') {
    await ensureOwnDatabase(DATABASE_URL, { fresh: true });
    return { where: { databaseUrl: DATABASE_URL }, open: { databaseUrl: DATABASE_URL }, cleanup: () => undefined };
  }
  const dataDir = await createMigratedDataDir('docket-bench-recovery-');
  return {
    where: { dataDir },
    open: { dataDir, migrate: false, log: () => undefined },
    cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function killedDigest(kind: Store): Promise<KillOutcome> {
  const slack = new FakeSlackApi();
  await slack.start();
  const fresh = await freshStore(kind);
  try {
    const store = await openStore(fresh.open);
    const recipients = await seedKillCourt(store, slack, Math.max(0, RECIPIENTS - FIXTURE_LINKED)).finally(() =>
      store.close(),
    );
    return await killMidSend(fresh.where, slack, recipients, {
      killAfterPosts: KILL_AFTER,
      postsPerSecond: 3,
      timeoutMs: 300_000,
    });
  } finally {
    await slack.stop();
    fresh.cleanup();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function healthy(port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    return response.ok && ((await response.json()) as { ok?: boolean }).ok === true;
  } catch {
    return false;
  }
}

async function untilHealthy(port: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await healthy(port))) {
    if (Date.now() - started > timeoutMs) throw new Error(`no healthy /healthz on port ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

/** User + system CPU seconds a process has used so far (Linux /proc; null elsewhere). */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * `docket serve` killed with SIGKILL and started again at once: ms from the kill to /healthz ok, and the
 * CPU the new process used to get there (on a busy machine the wall time mostly counts waiting for a core).
 */
async function servedAfterKill(kind: Store): Promise<{ ms: number; cpu: number | null }> {
  const slack = new FakeSlackApi();
  await slack.start();
  const fresh = await freshStore(kind);
  const port = await freePort();
  const serveEnv = {
    ...process.env,
    ...('databaseUrl' in fresh.where
      ? { DATABASE_URL: fresh.where.databaseUrl, DOCKET_DATA_DIR: '' }
      : { DATABASE_URL: '', DOCKET_DATA_DIR: fresh.where.dataDir }),
    SLACK_BOT_TOKEN: slack.botToken,
    SLACK_SIGNING_SECRET: 'bench-recovery',
    SLACK_APP_TOKEN: '',
    SLACK_API_URL: slack.apiUrl,
    PORT: String(port),
    LOG_LEVEL: 'warn',
  };
  const first = spawnDocket(['serve'], serveEnv);
  let second: ReturnType<typeof spawnDocket> | undefined;
  try {
    await untilHealthy(port, 180_000);
    await first.kill9();
    const killedAt = Date.now();
    second = spawnDocket(['serve'], serveEnv);
    await untilHealthy(port, 180_000);
    return { ms: Date.now() - killedAt, cpu: cpuSeconds(second.child.pid) };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${first.output()}\n${second?.output() ?? ''}`);
  } finally {
    await first.kill9();
    await second?.kill9();
    await slack.stop();
    fresh.cleanup();
  }
}

async function main(): Promise<void> {
  console.log(
    `bench:recovery — ${RECIPIENTS} recipients, sender killed after ${KILL_AFTER} posts, ${REPEAT} run(s) per store, production timings`,
  );
  const misses: string[] = [];
  for (const kind of STORES as Store[]) {
    console.log(
      `\n${kind === 'pglite' ? 'Embedded store (PGlite): killed and restarted at once' : 'PostgreSQL: two instances, the sender killed'}`,
    );
    console.log('  run | served before kill | kill → last served | restart ready | duplicates | missing | load');
    for (let run = 1; run <= REPEAT; run++) {
      const outcome = await killedDigest(kind);
      console.log(
        [
          `  ${run}  `,
          `${outcome.servedBeforeKill}/${outcome.recipients}`,
          seconds(outcome.killToLastServedMs),
          seconds(outcome.restartReadyMs),
          outcome.duplicates.length,
          outcome.missing.length,
          loadAverage(),
        ].join(' | '),
      );
      if (outcome.missing.length > 0) misses.push(`${kind} run ${run}: ${outcome.missing.length} never served`);
      if (outcome.duplicates.length > 0) misses.push(`${kind} run ${run}: ${outcome.duplicates.length} served twice`);
      if (outcome.killToLastServedMs !== null && outcome.killToLastServedMs > TARGET_SERVED_MS)
        misses.push(`${kind} run ${run}: last recipient served ${seconds(outcome.killToLastServedMs)} after the kill`);
    }
    console.log(`\n  docket serve killed with SIGKILL and started again at once (${kind})`);
    console.log('  run | kill → /healthz ok | CPU of the restart | load');
    for (let run = 1; run <= REPEAT; run++) {
      const { ms, cpu } = await servedAfterKill(kind);
      console.log(`  ${run}   | ${seconds(ms)} | ${cpu === null ? '—' : `${cpu.toFixed(1)} s`} | ${loadAverage()}`);
      if (ms > TARGET_HEALTHY_MS) misses.push(`${kind} serve run ${run}: healthy ${seconds(ms)} after the kill`);
    }
  }
  console.log(
    misses.length === 0
      ? '\nall targets met: every recipient within 90 s, 0 duplicates, 0 missing, healthy within 5 s'
      : `\ntargets missed:\n  ${misses.join('\n  ')}`,
  );
  process.exitCode = misses.length === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
