import { FIXTURE_TODAY, PEOPLE, caseNumberOf, type Fixture } from '../support/court';
import { openFixtureCourt } from '../support/fixtureCourt';
import { forgetImportRuns, recordImportRun } from '../support/importFixtures';
import { textOf } from '../support/slack';
import { Prisma } from '../../src/generated/prisma/client';
import type { FaultySlackApi } from '../support/faultySlack';
import { AccessService } from '../../src/services/access';
import { DailyCourtData } from '../../src/services/digests/dailyData';
import { DigestPeopleService } from '../../src/services/digests/people';
import { MyCasesService } from '../../src/services/myCases';
import { ReadCache } from '../../src/services/readCache';
import type { Store } from '../../src/store';
import { freshDigestSlack, ManualClock, postsByChannel, runnerFor, tick } from './support';

describe('daily digests on Monday 2025-06-16 in the fixture court', () => {
  let store: Store;
  let fixture: Fixture;
  let slack: FaultySlackApi;

  // Seeding the fixture court is the slow part: once per file, with the digest tables emptied per test.
  beforeAll(async () => {
    ({ store, fixture } = await openFixtureCourt());
  });

  afterAll(async () => {
    await store?.close();
  });

  beforeEach(async () => {
    slack = await freshDigestSlack(store);
  });

  afterEach(async () => {
    await slack.stop();
  });

  test('nothing is due before 08:30; at 08:30 each judge with news gets one DM, with a ⋯ menu (详情 …) per case', async () => {
    const clock = new ManualClock(`${FIXTURE_TODAY}T08:29:00+08:00`);
    const runner = runnerFor(store, slack, clock);
    expect(await runner.dueRuns()).toEqual([]);
    clock.set(`${FIXTURE_TODAY}T08:30:00+08:00`);
    const [summary] = await tick(runner);
    expect(summary?.failed).toEqual([]);
    const posts = postsByChannel(slack);
    expect(posts.get(`D${PEOPLE.li.slack}`)).toBe(1);
    const toLi = slack.messagesIn(`D${PEOPLE.li.slack}`)[0];
    expect(textOf(toLi)).toContain('金融借款合同纠纷');
    expect(JSON.stringify(toLi?.blocks)).toContain('"action_id":"case.menu"');
    // No judge's DM carries another judge's cases.
    expect(textOf(slack.messagesIn(`D${PEOPLE.zhao.slack}`)[0])).not.toContain(caseNumberOf(201));
    // A second tick the same morning sends nothing more.
    await tick(runner);
    expect(postsByChannel(slack)).toEqual(posts);
  });

  test('the administrator gets court-wide counts and the longest-overdue cases; the team lead the team by judge', async () => {
    const clock = new ManualClock(`${FIXTURE_TODAY}T08:30:00+08:00`);
    await tick(runnerFor(store, slack, clock));
    const admin = textOf(slack.messagesIn(`D${PEOPLE.wu.slack}`)[0]);
    expect(admin).toContain('全院概况');
    const lead = textOf(slack.messagesIn(`D${PEOPLE.chen.slack}`)[0]);
    expect(lead).toContain('民一庭');
    expect(lead).toContain(PEOPLE.li.name);
    expect(lead).not.toContain(PEOPLE.zhao.name);
  });

  test("the administrator's court counts are the ones /mycases shows for the whole court, under the court's 口径", async () => {
    // A 口径 that counts the filing day: a plain SQL average of (closedOn − filedOn) would be a day short.
    await store.prisma.court.update({
      where: { id: fixture.courtId },
      data: { metricPolicy: { averageDays: { includeFilingDay: true } } },
    });
    try {
      const [admin] = await new DigestPeopleService({ prisma: store.prisma }).recipients(fixture.courtId, ['admin']);
      const daily = await DailyCourtData.load(store, fixture.courtId, FIXTURE_TODAY);
      const counts = daily.forPerson(admin as NonNullable<typeof admin>, null)?.court?.counts;
      // The administrator's /mycases 全院: the court scope as access resolution gives it to them.
      const viewer = { ...(admin as NonNullable<typeof admin>), courtId: fixture.courtId, courtCode: '内0291' };
      const court = await new AccessService({ prisma: store.prisma }).scope(
        { ...viewer, slackUserId: viewer.slackUserId ?? '', localePreference: null },
        { kind: 'team' },
      );
      expect(court.kind).toBe('court');
      const mycases = await new MyCasesService({ store, cache: new ReadCache() }).summary(court, FIXTURE_TODAY);
      expect(counts).toEqual(mycases);
      // The fixture has cases of every kind the digest counts, so the comparison is not of zeros.
      expect(mycases.overdue).toBeGreaterThan(0);
      expect(mycases.extensionDue).toBeGreaterThan(0);
      expect(mycases.pendingOver[0]).toBeGreaterThan(0);
      expect(mycases.averageDaysClosedThisYear).toBe(145); // 105: filed 2025-01-10, closed 2025-06-03, both days counted
    } finally {
      await store.prisma.court.update({ where: { id: fixture.courtId }, data: { metricPolicy: Prisma.DbNull } });
    }
  });

  test('when the nightly case import has stopped, every digest says so first', async () => {
    // The last case import that wrote data ran on Wednesday night: Thursday and Friday passed without one.
    await recordImportRun(store, fixture.courtId, '2025-06-10T18:30:00Z');
    try {
      await tick(runnerFor(store, slack, new ManualClock(`${FIXTURE_TODAY}T08:30:00+08:00`)));
      const warning = '⚠️ 案件数据已有 2 个工作日未更新（最近一次导入于 2025年6月11日）';
      expect(textOf(slack.messagesIn(`D${PEOPLE.li.slack}`)[0])).toContain(warning);
      expect(textOf(slack.messagesIn(`D${PEOPLE.wu.slack}`)[0])).toContain(warning);

      expect((await DailyCourtData.load(store, fixture.courtId, '2025-06-17')).empty().freshness).toEqual({
        kind: 'stale',
        importedOn: '2025-06-11',
        missedWorkingDays: 3,
      });
    } finally {
      await forgetImportRuns(store);
    }
  });

  test('an administrator hears of a stopped import even on a day with nothing else to tell; a judge does not get an empty DM for it', async () => {
    const quiet = await store.prisma.court.create({ data: { code: '内0292', name: '另一基层法院' } });
    const admin = await store.prisma.person.create({
      data: { courtId: quiet.id, name: '管理员', role: 'admin', slackUserId: 'U0QUIETAD' },
    });
    const judge = await store.prisma.person.create({
      data: { courtId: quiet.id, name: '法官', role: 'judge', slackUserId: 'U0QUIETJU' },
    });
    try {
      await recordImportRun(store, quiet.id, '2025-06-10T18:30:00Z');
      const people = await new DigestPeopleService({ prisma: store.prisma }).recipients(quiet.id, ['admin', 'judge']);
      const daily = await DailyCourtData.load(store, quiet.id, FIXTURE_TODAY);
      const toAdmin = daily.forPerson(
        people.find((person) => person.personId === admin.id) as (typeof people)[number],
        null,
      );
      expect(toAdmin).toMatchObject({
        personal: null,
        team: null,
        court: null,
        freshness: { kind: 'stale', missedWorkingDays: 2 },
      });
      expect(
        daily.forPerson(people.find((person) => person.personId === judge.id) as (typeof people)[number], null),
      ).toBeNull();
    } finally {
      await forgetImportRuns(store);
      await store.prisma.person.deleteMany({ where: { courtId: quiet.id } });
      await store.prisma.court.delete({ where: { id: quiet.id } });
    }
  });

  test('opt-out, snooze and quiet hours are honoured; a later personal time defers the run', async () => {
    await store.prisma.userPreference.create({ data: { personId: fixture.people.li, dailyDigestEnabled: false } });
    await store.prisma.userPreference.create({
      data: { personId: fixture.people.wang, snoozeUntil: new Date(`${FIXTURE_TODAY}T00:00:00Z`) },
    });
    await store.prisma.userPreference.create({
      data: { personId: fixture.people.zhao, quietHoursStart: '08:00', quietHoursEnd: '10:00' },
    });
    const clock = new ManualClock(`${FIXTURE_TODAY}T08:30:00+08:00`);
    const runner = runnerFor(store, slack, clock);
    const [summary] = await tick(runner);
    expect(summary?.skipped).toMatchObject({ opted_out: 1, snoozed: 1 });
    expect(summary?.nextAt?.toISOString()).toBe('2025-06-16T02:00:00.000Z');
    const posts = postsByChannel(slack);
    expect(posts.has(`D${PEOPLE.li.slack}`)).toBe(false);
    expect(posts.has(`D${PEOPLE.wang.slack}`)).toBe(false);
    expect(posts.has(`D${PEOPLE.zhao.slack}`)).toBe(false);
    clock.set(`${FIXTURE_TODAY}T09:59:00+08:00`);
    expect((await runner.dueRuns()).map((run) => run.kind)).not.toContain('daily');
    clock.set(`${FIXTURE_TODAY}T10:00:00+08:00`);
    await tick(runner);
    expect(postsByChannel(slack).get(`D${PEOPLE.zhao.slack}`)).toBe(1);
    expect(postsByChannel(slack).has(`D${PEOPLE.li.slack}`)).toBe(false);
  });

  test('a crash between posting and recording: the restarted run updates the message instead of posting again', async () => {
    const clock = new ManualClock(`${FIXTURE_TODAY}T08:30:00+08:00`);
    const crashFor = `daily/${FIXTURE_TODAY}/person:${fixture.people.li}`;
    const crashing = runnerFor(store, slack, clock, {
      afterPost: (key) => {
        if (key === crashFor) throw new Error('killed');
      },
    });
    await expect(tick(crashing)).rejects.toThrow('killed');
    expect(postsByChannel(slack).get(`D${PEOPLE.li.slack}`)).toBe(1);
    // A new process, after the dead sender's lease ran out.
    clock.advance(16 * 60 * 1000);
    const restarted = runnerFor(store, slack, clock);
    await tick(restarted);
    expect(postsByChannel(slack).get(`D${PEOPLE.li.slack}`)).toBe(1);
    expect(slack.callsTo('chat.update').filter((call) => call.args.channel === `D${PEOPLE.li.slack}`)).toHaveLength(1);
    expect(slack.messagesIn(`D${PEOPLE.li.slack}`)).toHaveLength(1);
    const row = await store.prisma.digestDelivery.findFirstOrThrow({
      where: { recipientKey: `person:${fixture.people.li}` },
    });
    expect(row).toMatchObject({ status: 'posted', attempts: 2 });
    // Everyone the crash interrupted still got exactly one digest.
    for (const [channel, count] of postsByChannel(slack)) expect([channel, count]).toEqual([channel, 1]);
  });

  test('a 429 storm: Retry-After is waited out (on the test clock) and every digest arrives once', async () => {
    slack.fail('chat.postMessage', { status: 429, retryAfterSeconds: 3 }, 4);
    const clock = new ManualClock(`${FIXTURE_TODAY}T08:30:00+08:00`);
    const [summary] = await tick(runnerFor(store, slack, clock));
    expect(summary?.failed).toEqual([]);
    expect(slack.callsTo('chat.postMessage').filter((call) => call.status === 429)).toHaveLength(4);
    for (const [, count] of postsByChannel(slack)) expect(count).toBe(1);
  });

  test('persistent failures are reported to the administrators in one message, never dropped', async () => {
    slack.fail('conversations.open', { error: 'channel_not_found' }, 1);
    const clock = new ManualClock(`${FIXTURE_TODAY}T08:30:00+08:00`);
    const [summary] = await tick(runnerFor(store, slack, clock));
    expect(summary?.failed).toHaveLength(1);
    const report = slack
      .messagesIn(`D${PEOPLE.wu.slack}`)
      .map((message) => textOf(message))
      .find((text) => text.includes('未能发出'));
    expect(report).toContain(summary?.failed[0]?.recipient);
    const failedRow = await store.prisma.digestDelivery.findFirstOrThrow({ where: { status: 'failed' } });
    expect(failedRow.lastError).toBe('channel_not_found');
  });
});
