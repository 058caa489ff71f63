import type { FakeSlackApi } from '../../src/devtools/localSlack/fakeSlackApi';
import type { RecoveryTimings } from '../../src/digests/boss';
import type { Store } from '../../src/store';
import { FIXTURE_TODAY, seedCourt } from './court';
import { spawnTs, type Spawned } from './processes';

/**
 * A digest run whose sending process is killed with SIGKILL mid-send, on real processes (used by
 * test/digests/recovery.test.ts and `npm run bench:recovery`). The fixture court's daily digest of
 * Monday 2025-06-16, 08:30, goes to every linked person (Court.sendEmptyDaily) plus `extra` clerks;
 * the fake Slack lets `postsPerSecond` posts a second through (429 and Retry-After beyond), and the
 * sender is killed after a burst of that many, waiting out a Retry-After: half-way through its run. On PostgreSQL
 * two instances run and the sending one is killed; on the embedded store the one instance is killed and restarted
 * at once, as a supervisor does.
 */
export const KILL_DAY_START = `${FIXTURE_TODAY}T08:30:00+08:00`;
const INSTANCE = 'test/support/children/digestInstance.ts';

export interface KillOptions {
  /** The instance that sends is killed once this many digests have been posted. */
  killAfterPosts: number;
  /** Give up waiting for the last recipient after this long. */
  timeoutMs: number;
  /** The fake Slack's workspace limit: this many posts at once, then this many a second (429 beyond). */
  postsPerSecond: number;
  /** Shorter recovery timings (tests); production's when absent. */
  recovery?: Partial<RecoveryTimings> & { leaseMs?: number };
}

export interface KillOutcome {
  recipients: number;
  /** Recipients posted to before the kill took effect. */
  servedBeforeKill: number;
  /** From the kill to the first post to the last recipient served; null if someone was never served. */
  killToLastServedMs: number | null;
  /** Embedded store: from the kill to the restarted instance's scheduler running. */
  restartReadyMs: number | null;
  /** Recipients posted to more than once. */
  duplicates: string[];
  /** Recipients never posted to. */
  missing: string[];
  /** The instances' output, for a failure message. */
  output: string;
}

/** The fixture court, its daily digest sent even when empty, and `extra` clerks: the Slack ids of everyone it goes to. */
export async function seedKillCourt(store: Store, slack: FakeSlackApi, extra: number): Promise<string[]> {
  const fixture = await seedCourt(store);
  await store.prisma.court.update({ where: { id: fixture.courtId }, data: { sendEmptyDaily: true } });
  for (let index = 1; index <= extra; index++) {
    const id = `U0CLERK${String(index).padStart(3, '0')}`;
    slack.addUser({ id, name: `书记员${index}`, locale: 'zh-CN' });
    await store.prisma.person.create({
      data: { courtId: fixture.courtId, name: `书记员${index}`, role: 'clerk', slackUserId: id },
    });
  }
  const linked = await store.prisma.person.findMany({
    where: { courtId: fixture.courtId, slackUserId: { not: null } },
    select: { slackUserId: true },
  });
  return linked.map((person) => person.slackUserId as string);
}

/**
 * Kills the sending instance half-way through the run; resolves once every recipient is served (or `timeoutMs` ran
 * out: `missing` says who) and a live instance recorded the run done, then kills them all. Rejects if the run is not
 * recorded done within 30 s of the last recipient served.
 */
export async function killMidSend(
  where: { databaseUrl: string } | { dataDir: string },
  slack: FakeSlackApi,
  recipients: string[],
  options: KillOptions,
): Promise<KillOutcome> {
  const firstPost = new Map<string, number>();
  const posts = new Map<string, number>();
  const onCall = (call: {
    method: string;
    status: number;
    error?: string;
    args: Record<string, unknown>;
    at: number;
  }) => {
    if (call.method !== 'chat.postMessage' || call.status !== 200 || call.error) return;
    const user = String(call.args.channel).replace(/^D/, '');
    posts.set(user, (posts.get(user) ?? 0) + 1);
    if (!firstPost.has(user)) firstPost.set(user, call.at);
  };
  slack.on('call', onCall);
  slack.rateLimits = { workspaceBucket: { burst: options.postsPerSecond, perSecond: options.postsPerSecond } };
  const env = {
    ...process.env,
    ...('databaseUrl' in where
      ? { DATABASE_URL: where.databaseUrl, DOCKET_DATA_DIR: '' }
      : { DATABASE_URL: '', DOCKET_DATA_DIR: where.dataDir }),
    SLACK_API_URL: slack.apiUrl,
    SLACK_BOT_TOKEN: slack.botToken,
    DOCKET_TEST_CLOCK: `${KILL_DAY_START}@${Date.now()}`,
    DOCKET_TEST_RECOVERY: JSON.stringify(options.recovery ?? {}),
  };
  const instances: Spawned[] = [];
  const start = async () => {
    const instance = await spawnTs(INSTANCE, [], env);
    instances.push(instance);
    return instance;
  };
  try {
    await start();
    const second = 'databaseUrl' in where ? await start() : null;
    await Promise.all(instances.map((instance) => instance.waitFor(/ready \d+/, 120_000)));
    const sender = await Promise.race(
      instances.map((instance) => instance.waitFor(/run started/, 60_000).then(() => instance)),
    );
    await until(() => firstPost.size >= options.killAfterPosts, 120_000);
    await sender.kill9();
    const killedAt = Date.now();
    const servedBeforeKill = [...firstPost.values()].filter((at) => at <= killedAt).length;
    let restartReadyMs: number | null = null;
    if (!second) {
      const restarted = await start();
      await restarted.waitFor(/ready \d+/, 120_000);
      restartReadyMs = Date.now() - killedAt;
    }
    const served = () => recipients.every((id) => firstPost.has(id));
    // Someone never served is reported in `missing` (the callers expect it empty), not thrown.
    const allServed = await until(served, options.timeoutMs).then(
      () => true,
      () => false,
    );
    // The last post comes before the run records itself done, and every instance is killed below: wait until a
    // live instance says it recorded the run done (its log comes after the store has it), or fail saying so.
    if (allServed) await runFinished(instances, sender, FINISH_TIMEOUT_MS);
    // Anything sent twice would come soon after the last first post: the runs finish within a second or two.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const missing = recipients.filter((id) => !firstPost.has(id));
    return {
      recipients: recipients.length,
      servedBeforeKill,
      killToLastServedMs: missing.length > 0 ? null : Math.max(...firstPost.values()) - killedAt,
      restartReadyMs,
      duplicates: [...posts].filter(([, count]) => count > 1).map(([id]) => id),
      missing,
      output: outputOf(instances),
    };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${outputOf(instances)}`);
  } finally {
    slack.off('call', onCall);
    await Promise.all(instances.map((instance) => instance.kill9()));
  }
}

/** What the runner logs once it has recorded the daily run done with nothing left for later (src/digests/runner.ts). */
const RUN_DONE = /"run":\{"kind":"daily"[^\n]*"nextAt":null,"msg":"digest run finished"/;
/** From the last recipient served to the run recorded done: well under a second on a quiet machine. */
const FINISH_TIMEOUT_MS = 30_000;

async function runFinished(instances: Spawned[], killed: Spawned, timeoutMs: number): Promise<void> {
  const survivors = instances.filter((instance) => instance !== killed);
  try {
    await Promise.any(survivors.map((instance) => instance.waitFor(RUN_DONE, timeoutMs)));
  } catch {
    const states = survivors.map(
      (instance) =>
        `instance ${instances.indexOf(instance) + 1} ${instance.child.exitCode === null && instance.child.signalCode === null ? 'still running' : 'exited'}`,
    );
    throw new Error(
      `every recipient was served, but the daily run was not recorded done within ${timeoutMs} ms: no live instance ` +
        `logged "digest run finished" with "nextAt":null (${states.join(', ')})`,
    );
  }
}

function outputOf(instances: Spawned[]): string {
  return instances.map((instance, index) => `--- instance ${index + 1}\n${instance.output()}`).join('\n');
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
