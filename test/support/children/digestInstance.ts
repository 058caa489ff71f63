/**
 * One Docket instance's digest side — the store, the outbound module and the pg-boss scheduler with
 * its runner, wired as `docket serve` wires them (src/slack/serve.ts) — for tests and benches that
 * kill it with SIGKILL mid-send. Run by spawnTs (test/support/processes.ts). Only the clock differs: it reads
 * DOCKET_TEST_CLOCK, `<instant>@<epoch ms>`, as "it was <instant> at <epoch ms>", so a restarted
 * instance goes on in the same minute of the same day. Everything else comes from the environment:
 * DATABASE_URL or DOCKET_DATA_DIR, SLACK_API_URL, SLACK_BOT_TOKEN, and optionally
 * DOCKET_TEST_RECOVERY (JSON: RecoveryTimings and leaseMs) to shorten the recovery timings.
 * It logs JSON lines on stdout, and `run started <pid>` when its runner takes a digest run.
 */
import { raiseWasmTieringBudget } from '../../../src/cli/wasmTiering';
import { readEnv } from '../../../src/config/env';
import { DigestScheduler, RECOVERY, type RecoveryTimings } from '../../../src/digests/boss';
import { DigestRunner } from '../../../src/digests/runner';
import { createLogger } from '../../../src/observability/logger';
import { Metrics } from '../../../src/observability/metrics';
import type { Clock } from '../../../src/services/clock';
import { createWebClient } from '../../../src/slack/client';
import { Outbound } from '../../../src/slack/outbound';
import { openStore, storeOptionsFromEnv } from '../../../src/store';

async function main(): Promise<void> {
  // As every docket process does first (src/cli/main.ts), before the store compiles PostgreSQL.
  raiseWasmTieringBudget();
  const env = readEnv();
  const [instant, at] = (process.env.DOCKET_TEST_CLOCK ?? '').split('@');
  const offset = new Date(instant as string).getTime() - Number(at);
  if (!Number.isFinite(offset)) throw new Error('DOCKET_TEST_CLOCK must be <ISO instant>@<epoch ms>');
  const clock: Clock = { now: () => new Date(Date.now() + offset) };
  const tuning = JSON.parse(process.env.DOCKET_TEST_RECOVERY ?? '{}') as Partial<RecoveryTimings> & {
    leaseMs?: number;
  };
  const logger = createLogger({ level: 'info' });
  const store = await openStore({ ...storeOptionsFromEnv(env), log: (message) => logger.warn(message) });
  const outbound = new Outbound({
    client: createWebClient({ token: env.SLACK_BOT_TOKEN as string, slackApiUrl: env.SLACK_API_URL }),
    logger,
    metrics: new Metrics(),
  });
  const runner = new DigestRunner({
    store,
    outbound,
    clock,
    logger,
    charts: false,
    ...(tuning.leaseMs ? { leaseMs: tuning.leaseMs } : {}),
  });
  const run = runner.run.bind(runner);
  runner.run = (...args) => {
    process.stdout.write(`run started ${process.pid}\n`);
    return run(...args);
  };
  const { leaseMs: _leaseMs, ...timings } = tuning;
  const scheduler = new DigestScheduler({
    store,
    runner,
    logger,
    pollSeconds: 0.5,
    recovery: { ...RECOVERY, ...timings },
  });
  await scheduler.start();
  process.stdout.write(`ready ${process.pid}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(3);
});
