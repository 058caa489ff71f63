import { FIXTURE_TODAY, seedCourt, SLACK_USERS } from '../support/court';
import { createTestStore } from '../support/store';
import { DigestScheduler } from '../../src/digests/boss';
import { FakeSlackApi } from '../../src/devtools/localSlack/fakeSlackApi';
import { openStore, type Store } from '../../src/store';
import { ManualClock, postsByChannel, quietLogger, runnerFor } from './support';

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Every expected occasion has its run row, done: a queued job not yet picked up has no row at all. */
async function allRunsDone(store: Store, expected: number): Promise<boolean> {
  const runs = await store.prisma.digestRun.findMany();
  return runs.length >= expected && runs.every((run) => run.status === 'done');
}

describe('the job system on the store (pg-boss)', () => {
  let slack: FakeSlackApi;
  beforeEach(async () => {
    slack = new FakeSlackApi({ users: SLACK_USERS });
    await slack.start();
  });
  afterEach(async () => {
    await slack.stop();
  });

  test('on the embedded store: starting queues the due digests and the worker in the same process sends them', async () => {
    const store = await createTestStore();
    try {
      await seedCourt(store);
      const clock = new ManualClock(`${FIXTURE_TODAY}T08:30:00+08:00`);
      let reminderRuns = 0;
      const runner = runnerFor(store, slack, clock);
      const due = (await runner.dueRuns()).length;
      expect(due).toBeGreaterThan(0);
      const scheduler = new DigestScheduler({
        store,
        runner,
        // The tick also sends due reminders; one that fails must not stop the digests.
        reminders: {
          sendDue: async () => {
            reminderRuns += 1;
            throw new Error('reminders down');
          },
        },
        logger: quietLogger(),
        pollSeconds: 0.5,
      });
      expect(scheduler.health()).toEqual({ ok: false, detail: 'not started' });
      const starting = scheduler.start();
      // The server listens before pg-boss is up: /healthz must not call it broken meanwhile.
      expect(scheduler.health()).toEqual({ ok: true, detail: 'starting' });
      await starting;
      try {
        expect(scheduler.health()).toEqual({ ok: true, detail: expect.stringMatching(/^running/) });
        // The due digests were queued at start (a restarted process does not wait for the minute);
        // the tick sends the due reminders.
        await scheduler.tick();
        expect(reminderRuns).toBeGreaterThanOrEqual(1);
        await until(() => allRunsDone(store, due));
        expect(await scheduler.tick()).toBe(0);
        expect(scheduler.health().ok).toBe(true);
        for (const [, count] of postsByChannel(slack)) expect(count).toBe(1);
        expect(postsByChannel(slack).size).toBeGreaterThan(3);
      } finally {
        await scheduler.stop();
      }
    } finally {
      await store.close();
    }
  }, 120_000);

  const onPostgres = process.env.DATABASE_URL ? test : test.skip;
  if (!process.env.DATABASE_URL) console.log('two workers on one PostgreSQL: skipped (set DATABASE_URL to run it)');

  onPostgres(
    'two app instances on one PostgreSQL, ticking together, send each digest once',
    async () => {
      const first = await createTestStore();
      const second = await openStore({ databaseUrl: first.databaseUrl as string, migrate: false });
      const clock = new ManualClock(`${FIXTURE_TODAY}T08:30:00+08:00`);
      let due = 0;
      const schedulers = [first, second].map(
        (store) =>
          new DigestScheduler({
            store,
            runner: runnerFor(store, slack, clock),
            logger: quietLogger(),
            pollSeconds: 0.5,
          }),
      );
      try {
        await seedCourt(first);
        due = (await runnerFor(first, slack, clock).dueRuns()).length;
        for (const scheduler of schedulers) await scheduler.start();
        await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
        await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
        await until(() => allRunsDone(first, due));
        const posts = postsByChannel(slack);
        expect(posts.size).toBeGreaterThan(3);
        for (const [, count] of posts) expect(count).toBe(1);
      } finally {
        for (const scheduler of schedulers) await scheduler.stop();
        await second.close();
        await first.close();
      }
    },
    120_000,
  );
});
