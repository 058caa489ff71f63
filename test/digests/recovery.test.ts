import fs from 'node:fs';
import { FakeSlackApi } from '../../src/devtools/localSlack/fakeSlackApi';
import { DEFAULT_LEASE_MS } from '../../src/digests/delivery';
import { openStore } from '../../src/store';
import { claimDelivery } from '../../src/store/repositories/digestLedger';
import { FIXTURE_TODAY, PEOPLE, SLACK_USERS, seedCourt } from '../support/court';
import { killMidSend, seedKillCourt } from '../support/killedSender';
import { createMigratedDataDir, createTestStore, testStoreKind } from '../support/store';
import { ManualClock, postsByChannel, runnerFor, tick } from './support';

/**
 * A digest run survives its sender being killed with SIGKILL mid-send, on real processes: every
 * recipient gets exactly one digest, soon. The timings are the production ones on the embedded store
 * (its restarted process takes over on start); on PostgreSQL the heartbeat and lease are shortened
 * (10 s heartbeat, pg-boss's least; 1 s supervision; 10 s claim lease) so the test takes seconds —
 * `npm run bench:recovery` measures the production timings on both stores.
 */
const EXTRA_CLERKS = 6;
const KILL = { killAfterPosts: 3, postsPerSecond: 3, timeoutMs: 120_000 };

let slack: FakeSlackApi;
beforeEach(async () => {
  slack = new FakeSlackApi({ users: SLACK_USERS });
  await slack.start();
});
afterEach(() => slack.stop());

const onPostgres = testStoreKind === 'postgres' ? test : test.skip;
const onEmbedded = testStoreKind === 'pglite' ? test : test.skip;

onPostgres(
  'two instances on PostgreSQL, the sending one killed mid-send: the other finishes the run, each digest once',
  async () => {
    const store = await createTestStore();
    try {
      const recipients = await seedKillCourt(store, slack, EXTRA_CLERKS);
      const outcome = await killMidSend({ databaseUrl: store.databaseUrl as string }, slack, recipients, {
        ...KILL,
        recovery: { heartbeatSeconds: 10, superviseSeconds: 1, retryDelaySeconds: 1, leaseMs: 10_000 },
      });
      expect({ missing: outcome.missing, duplicates: outcome.duplicates }).toEqual({ missing: [], duplicates: [] });
      expect(outcome.servedBeforeKill).toBeLessThan(recipients.length);
      // The survivor took the run over: a second instance started it.
      expect(outcome.output.match(/run started/g)?.length).toBeGreaterThanOrEqual(2);
      const runs = await store.prisma.digestRun.findMany({ where: { kind: 'daily' } });
      expect(runs.map((run) => run.status)).toEqual(['done']);
    } finally {
      await store.close();
    }
  },
  180_000,
);

onEmbedded(
  'the embedded store: serve killed mid-send and restarted at once finishes the run by itself, each digest once',
  async () => {
    const dataDir = await createMigratedDataDir('docket-digest-kill-');
    try {
      const store = await openStore({ dataDir, migrate: false });
      const recipients = await seedKillCourt(store, slack, EXTRA_CLERKS).finally(() => store.close());
      const outcome = await killMidSend({ dataDir }, slack, recipients, KILL);
      expect({ missing: outcome.missing, duplicates: outcome.duplicates }).toEqual({ missing: [], duplicates: [] });
      expect(outcome.servedBeforeKill).toBeLessThan(recipients.length);
      expect(outcome.output).toContain('took over the lock on the data directory');
      expect(outcome.output).toContain('took over the digest runs a stopped process left unfinished');
      // The last instance was killed too: its lock is taken over (quietly) to read what it did.
      const after = await openStore({ dataDir, migrate: false, log: () => undefined });
      try {
        const runs = await after.prisma.digestRun.findMany({ where: { kind: 'daily' } });
        expect(runs.map((run) => run.status)).toEqual(['done']);
      } finally {
        await after.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
  180_000,
);

test('a run that meets a recipient a dead sender still holds waits out its claim, then sends that digest once', async () => {
  const store = await createTestStore();
  try {
    const { people } = await seedCourt(store);
    const clock = new ManualClock(`${FIXTURE_TODAY}T08:30:00+08:00`);
    // A sender claimed 李华's digest a moment ago and was killed before posting it.
    await claimDelivery(store.prisma, {
      kind: 'daily',
      period: FIXTURE_TODAY,
      recipientKey: `person:${people.li}`,
      personId: people.li,
      now: clock.now(),
      leaseMs: DEFAULT_LEASE_MS,
    });
    const slept: number[] = [];
    const runner = runnerFor(store, slack, clock, {
      sleep: async (ms) => {
        slept.push(ms);
        clock.advance(ms);
      },
    });
    const [summary] = await tick(runner);
    expect(slept).toEqual([DEFAULT_LEASE_MS + 1000]);
    expect(postsByChannel(slack).get(`D${PEOPLE.li.slack}`)).toBe(1);
    expect(summary?.nextAt).toBeNull();
    const run = await store.prisma.digestRun.findFirstOrThrow({ where: { kind: 'daily' } });
    expect(run.status).toBe('done');
  } finally {
    await store.close();
  }
});

test('a second job for an occasion the first job finished sends nothing and leaves the run done, as it was', async () => {
  const store = await createTestStore();
  try {
    await seedCourt(store);
    const clock = new ManualClock(`${FIXTURE_TODAY}T08:30:00+08:00`);
    const runner = runnerFor(store, slack, clock);
    const [request] = await runner.dueRuns();
    if (!request) throw new Error('the fixture court has no digest due at 08:30');
    // A restarted process queues the occasion again beside the dead process's job, which pg-boss retries.
    expect(await runner.runQueued(request)).toMatchObject({ nextAt: null });
    const finished = await store.prisma.digestRun.findFirstOrThrow({ where: { kind: request.kind } });
    const posts = slack.calls.length;
    clock.advance(60_000);
    const started: unknown[] = [];
    const run = runner.run.bind(runner);
    runner.run = (...args) => {
      started.push(args[0]);
      return run(...args);
    };
    expect(await runner.runQueued(request)).toBeNull();
    expect(started).toEqual([]);
    expect(slack.calls.length).toBe(posts);
    expect(await store.prisma.digestRun.findFirstOrThrow({ where: { kind: request.kind } })).toEqual(finished);
  } finally {
    await store.close();
  }
});
