import { PEOPLE, seedCourt, SLACK_USERS, type Fixture } from '../support/court';
import { openFixtureCourt, targets2025 } from '../support/fixtureCourt';
import { createTestStore } from '../support/store';
import { textOf } from '../support/slack';
import { FakeSlackApi } from '../../src/devtools/localSlack/fakeSlackApi';
import type { Store } from '../../src/store';
import { freshDigestSlack, ManualClock, postsByChannel, runnerFor, tick } from './support';

const MANAGEMENT = 'C0MANAGE1';

describe('weekly and monthly reports', () => {
  let store: Store;
  let fixture: Fixture;
  let slack: FakeSlackApi;

  beforeAll(async () => {
    ({ store, fixture } = await openFixtureCourt(async (seeded, ids) => {
      await seeded.prisma.court.update({ where: { id: ids.courtId }, data: { managementChannelId: MANAGEMENT } });
      await targets2025({ civil1: { closureRate: 90, avgDays: 60 }, civil2: { closureRate: 85 } })(seeded, ids);
    }));
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

  async function weeklyIn(mode: 'ranked' | 'unranked' | 'anonymized') {
    await store.prisma.court.update({ where: { id: fixture.courtId }, data: { comparisonMode: mode } });
    const clock = new ManualClock('2025-06-16T09:00:00+08:00');
    await tick(runnerFor(store, slack, clock, { charts: true }));
    return {
      lead: textOf(slack.messagesIn(`D${PEOPLE.chen.slack}`).find((message) => textOf(message).includes('周报'))),
      channel: slack
        .messagesIn(MANAGEMENT)
        .map((message) => textOf(message))
        .join('\n'),
      channelPayload: JSON.stringify(slack.messagesIn(MANAGEMENT)),
    };
  }

  test('the weekly report gives every metric with its 口径 and the week-over-week change; a chart goes into its thread', async () => {
    const { lead } = await weeklyIn('unranked');
    expect(lead).toContain('2025-W24');
    expect(lead).toContain('结案率');
    expect(lead).toContain('口径：');
    expect(lead).toContain('较上期');
    const threadFiles = slack.messagesIn(`D${PEOPLE.chen.slack}`).flatMap((message) => message.files ?? []);
    expect(threadFiles.map((file) => file.name)).toEqual([`docket-weekly-2025-W24-person-${fixture.people.chen}.png`]);
  });

  test('ranked: teams get ranks and the SPC no-ranking note', async () => {
    const { lead } = await weeklyIn('ranked');
    expect(lead).toMatch(/第1名/);
    expect(lead).toContain('坚决杜绝排名排序');
  });

  test('unranked: no ranks, both teams named in their fixed order', async () => {
    const { lead } = await weeklyIn('unranked');
    expect(lead).not.toMatch(/第\d名/);
    expect(lead.indexOf('民一庭')).toBeLessThan(lead.lastIndexOf('民二庭'));
  });

  test('anonymized: the lead’s own team is named, the other lettered', async () => {
    const { lead, channel } = await weeklyIn('anonymized');
    const comparison = lead.slice(lead.indexOf('团队对比'));
    expect(comparison).toContain('民一庭');
    expect(comparison).not.toContain('民二庭');
    expect(comparison).toContain('团队A');
    expect(channel.slice(channel.indexOf('团队对比'))).not.toContain('民一庭');
  });

  test('the management channel gets aggregates only: no case numbers, no party names', async () => {
    const { channelPayload } = await weeklyIn('unranked');
    expect(channelPayload).toContain('结案率');
    const cases = await store.prisma.case.findMany({ select: { caseNumber: true, parties: true } });
    for (const row of cases) {
      expect(channelPayload).not.toContain(row.caseNumber);
      for (const party of (row.parties ?? '').split(/\s*诉\s*/)) if (party) expect(channelPayload).not.toContain(party);
    }
    // The monthly report too (July's first working day, 07-01), which lists long-pending cases to administrators only.
    const clock = new ManualClock('2025-07-01T09:00:00+08:00');
    await tick(runnerFor(store, slack, clock));
    const monthly = JSON.stringify(slack.messagesIn(MANAGEMENT).filter((message) => textOf(message).includes('月报')));
    expect(monthly).toContain('超12个月未结案件');
    for (const row of cases) expect(monthly).not.toContain(row.caseNumber);
    const admin = slack
      .messagesIn(`D${PEOPLE.wu.slack}`)
      .map((message) => textOf(message))
      .find((text) => text.includes('月报'));
    expect(admin).toContain('近6个月走势');
  });
});

describe('a fortnight with the 2025 国庆 holiday, killed mid-run and restarted', () => {
  test('the right digests reach the right people on the right days, each exactly once', async () => {
    const store = await createTestStore();
    const slack = new FakeSlackApi({ users: SLACK_USERS });
    await slack.start();
    try {
      const fixture = await seedCourt(store);
      await store.prisma.court.update({
        where: { id: fixture.courtId },
        data: { managementChannelId: MANAGEMENT, sendEmptyDaily: true },
      });
      // Docket was already running the week before: that week's report went out on Monday 09-22.
      await store.prisma.digestRun.create({
        data: { courtId: fixture.courtId, kind: 'weekly', period: '2025-W38', sendDay: '2025-09-22', status: 'done' },
      });
      const clock = new ManualClock('2025-09-28T00:00:00+08:00');
      let crashed = false;
      let runner = runnerFor(store, slack, clock, {
        afterPost: (key) => {
          if (!crashed && key.startsWith('daily/2025-10-09/')) {
            crashed = true;
            throw new Error('killed');
          }
        },
      });
      const sentOn = new Map<string, Set<string>>();
      const before = () =>
        slack.callsTo('chat.postMessage').filter((call) => call.status === 200 && !call.error).length;
      // Every 30 minutes from 08:00 to 18:00, each day of the fortnight.
      for (let day = 0; day < 15; day++) {
        for (let slot = 0; slot <= 20; slot++) {
          const date = new Date(Date.UTC(2025, 8, 28 + day, 0, 0) + slot * 30 * 60_000);
          clock.set(date.toISOString());
          const posted = before();
          try {
            await tick(runner);
          } catch (error) {
            if ((error as Error).message !== 'killed') throw error;
            runner = runnerFor(store, slack, clock);
          }
          if (before() > posted) {
            const iso = new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
            for (const call of slack.callsTo('chat.postMessage').slice(posted)) {
              const metadata = call.args.metadata as { event_payload?: { key?: string } } | undefined;
              const kind = metadata?.event_payload?.key?.split('/')[0] ?? 'other';
              sentOn.set(kind, (sentOn.get(kind) ?? new Set()).add(iso));
            }
          }
        }
      }
      expect(crashed).toBe(true);
      expect([...(sentOn.get('daily') ?? [])].sort()).toEqual([
        '2025-09-28',
        '2025-09-29',
        '2025-09-30',
        '2025-10-09',
        '2025-10-10',
        '2025-10-11',
      ]);
      expect([...(sentOn.get('weekly') ?? [])].sort()).toEqual(['2025-09-29', '2025-10-09']);
      expect([...(sentOn.get('monthly') ?? [])].sort()).toEqual(['2025-10-09']);
      const keys = slack
        .callsTo('chat.postMessage')
        .filter((call) => call.status === 200 && !call.error)
        .map((call) => (call.args.metadata as { event_payload: { key: string } }).event_payload.key);
      expect(new Set(keys).size).toBe(keys.length);
      const ledger = await store.prisma.digestDelivery.findMany({
        where: { NOT: { recipientKey: { endsWith: '#chart' } } },
      });
      expect(ledger.every((row) => row.status === 'posted')).toBe(true);
      expect(ledger.filter((row) => row.kind === 'daily' && row.personId === fixture.people.wang)).toHaveLength(6);
      expect(postsByChannel(slack).get(MANAGEMENT)).toBe(3);
    } finally {
      await slack.stop();
      await store.close();
    }
  }, 300_000);
});
