import fs from 'node:fs';
import { SchedulesService } from '../../src/services/digests/schedules';
import { openStore, type Store } from '../../src/store';
import { docketInProcess, embeddedStoreEnv } from '../support/cli';
import { FIXTURE_TODAY, PEOPLE, seedCourt, type Fixture } from '../support/court';
import type { FaultySlackApi } from '../support/faultySlack';
import { openFixtureCourt } from '../support/fixtureCourt';
import { createMigratedDataDir } from '../support/store';
import { freshDigestSlack, ManualClock, postsByChannel, runnerFor, tick } from './support';

/**
 * Whose time a daily digest keeps: the court's daily schedule, unless a person chose a time of their own.
 * (Every person used to carry 08:30 as "their" time, so a court moving its digest to 06:00 still sent it
 * at 08:30.)
 */
describe('whose time the daily digest of Monday 2025-06-16 keeps', () => {
  let store: Store;
  let fixture: Fixture;
  let slack: FaultySlackApi;

  beforeAll(async () => {
    ({ store, fixture } = await openFixtureCourt());
    await store.prisma.court.update({ where: { id: fixture.courtId }, data: { sendEmptyDaily: true } });
  });
  afterAll(async () => {
    await store.prisma.court.update({ where: { id: fixture.courtId }, data: { sendEmptyDaily: false } });
    await store?.close();
  });
  beforeEach(async () => {
    slack = await freshDigestSlack(store);
  });
  afterEach(async () => {
    await slack.stop();
  });

  test('the court moves it to 06:00: it comes at 06:00 to everyone without a time of their own, at 09:15 to 李华 who chose 09:15', async () => {
    await new SchedulesService({ prisma: store.prisma }).set(fixture.courtId, 'daily', { cron: '0 6 * * *' }, 'test');
    await store.prisma.userPreference.create({ data: { personId: fixture.people.li, dailyDigestTime: '09:15' } });
    const clock = new ManualClock(`${FIXTURE_TODAY}T05:59:00+08:00`);
    const runner = runnerFor(store, slack, clock);
    expect(await runner.dueRuns()).toEqual([]);
    clock.set(`${FIXTURE_TODAY}T06:00:00+08:00`);
    const [summary] = await tick(runner);
    expect(postsByChannel(slack).get(`D${PEOPLE.wang.slack}`)).toBe(1);
    expect(postsByChannel(slack).has(`D${PEOPLE.li.slack}`)).toBe(false);
    expect(summary?.nextAt?.toISOString()).toBe('2025-06-16T01:15:00.000Z');
    clock.set(`${FIXTURE_TODAY}T09:15:00+08:00`);
    await tick(runner);
    expect(postsByChannel(slack).get(`D${PEOPLE.li.slack}`)).toBe(1);
  });

  test('a time someone chose before the court’s 08:30 applies too: 07:00 for 赵强, 08:30 for the others', async () => {
    await store.prisma.userPreference.create({ data: { personId: fixture.people.zhao, dailyDigestTime: '07:00' } });
    const clock = new ManualClock(`${FIXTURE_TODAY}T06:59:00+08:00`);
    const runner = runnerFor(store, slack, clock);
    expect(await runner.dueRuns()).toEqual([]);
    clock.set(`${FIXTURE_TODAY}T07:00:00+08:00`);
    await tick(runner);
    expect([...postsByChannel(slack).keys()]).toEqual([`D${PEOPLE.zhao.slack}`]);
    clock.set(`${FIXTURE_TODAY}T08:30:00+08:00`);
    await tick(runner);
    expect(postsByChannel(slack).get(`D${PEOPLE.wang.slack}`)).toBe(1);
    expect(postsByChannel(slack).get(`D${PEOPLE.zhao.slack}`)).toBe(1);
  });
});

test('docket schedule list says whose time the daily digest keeps', async () => {
  const dataDir = await createMigratedDataDir('docket-schedule-list-');
  try {
    const store = await openStore({ dataDir, migrate: false });
    try {
      const { people } = await seedCourt(store);
      await store.prisma.userPreference.createMany({
        data: [
          { personId: people.li, dailyDigestTime: '07:00' },
          { personId: people.zhao, dailyDigestTime: '10:15' },
          // Chose a time, then turned the digest off: theirs applies to nobody.
          { personId: people.wang, dailyDigestTime: '09:00', dailyDigestEnabled: false },
        ],
      });
    } finally {
      await store.close();
    }
    const env = embeddedStoreEnv(dataDir);
    expect((await docketInProcess(['schedule', 'set', 'daily', '--cron', '0 6 * * *'], env)).code).toBe(0);
    const listed = await docketInProcess(['schedule', 'list'], env);
    expect(listed.stdout).toContain(
      "daily: the court's time 06:00 applies to 5 people; 2 people have chosen their own time (07:00–10:15), which applies to them instead.",
    );
    const json = JSON.parse((await docketInProcess(['schedule', 'list', '--json'], env)).stdout) as {
      kind: string;
      times?: object;
    }[];
    expect(json.find((row) => row.kind === 'daily')?.times).toEqual({
      courtTime: '06:00',
      followingCourt: 5,
      ownTime: 2,
      earliestOwn: '07:00',
      latestOwn: '10:15',
    });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  // A store opened by the test and three in-process CLI runs, each opening the on-disk store: slow on a busy machine.
}, 120_000);
