import { caseNumberOf, PEOPLE, seedCourt, SLACK_USERS, type Fixture, type PersonKey } from '../support/court';
import { closeSlackCourt, openSlackCourt, targets2025 } from '../support/fixtureCourt';
import { createTestStore } from '../support/store';
import { buttonsIn, expectWithinSlackLimits, textOf, type SlackHarness, type SlackPayload } from '../support/slack';
import { FakeSlackApi } from '../../src/devtools/localSlack/fakeSlackApi';
import type { Store } from '../../src/store';
import { freshDigestSlack, ManualClock, postsByChannel, runnerFor, tick } from './support';

const MANAGEMENT = 'C0MANAGE1';

describe('weekly and monthly reports', () => {
  let store: Store;
  let fixture: Fixture;
  let harness: SlackHarness;
  let slack: FakeSlackApi;

  beforeAll(async () => {
    ({ store, fixture, harness } = await openSlackCourt(async (seeded, ids) => {
      await seeded.prisma.court.update({ where: { id: ids.courtId }, data: { managementChannelId: MANAGEMENT } });
      await targets2025({ civil1: { closureRate: 90, avgDays: 60 }, civil2: { closureRate: 85 } })(seeded, ids);
    }));
  });
  afterAll(() => closeSlackCourt({ store, harness }));
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
    const leadMessage = slack.messagesIn(`D${PEOPLE.chen.slack}`).find((message) => textOf(message).includes('周报'));
    return {
      leadMessage,
      lead: textOf(leadMessage),
      channelMessage: slack.messagesIn(MANAGEMENT)[0],
      channel: slack
        .messagesIn(MANAGEMENT)
        .map((message) => textOf(message))
        .join('\n'),
      channelPayload: JSON.stringify(slack.messagesIn(MANAGEMENT)),
    };
  }

  /** What a button under a report opens, for the person who presses it. */
  async function pressed(who: PersonKey, message: unknown, actionId: string): Promise<string> {
    const result = await harness.press(PEOPLE[who].slack as string, message as SlackPayload, actionId);
    const opened = result.calls.find((call) => call.method === 'views.open');
    expect(opened).toBeDefined();
    expectWithinSlackLimits(result.calls);
    return textOf(opened?.args.view as SlackPayload);
  }

  test('a team lead’s weekly report fits one phone screen: what changed and what missed its target first, a chart in its thread', async () => {
    const { lead, leadMessage } = await weeklyIn('unranked');
    expect(lead).toContain('民一庭 · 周报 · 2025年第24周');
    expect(lead).toContain('变化为较上周、同比');
    // 民一庭's yearly 平均审理天数 target applies to the week, which closed nothing of theirs; a year's 结案率
    // target does not apply to a week (docs/digests.md), so 结案率 is shown with its change only.
    expect(lead).toContain('本期无可计算的案件：平均审理天数');
    expect(lead).toMatch(/未设目标：结案率 [\d.]+%（[▲▼＝][\d.]+个百分点）/);
    expect(lead).not.toContain('无数据');
    expect(lead).not.toContain('口径：');
    expect(leadMessage?.blocks?.length).toBeLessThanOrEqual(6);
    expect(lead.split('\n').length).toBeLessThanOrEqual(14);
    expect(buttonsIn(leadMessage?.blocks ?? []).map((button) => button.actionId)).toEqual([
      'report.all',
      'report.teams',
    ]);
    const threadFiles = slack.messagesIn(`D${PEOPLE.chen.slack}`).flatMap((message) => message.files ?? []);
    expect(threadFiles.map((file) => file.name)).toEqual([`docket-weekly-2025-W24-person-${fixture.people.chen}.png`]);
  });

  test('behind 全部指标与口径: every metric of the team with its changes, year to date and 口径', async () => {
    const { leadMessage } = await weeklyIn('unranked');
    const all = await pressed('chen', leadMessage, 'report.all');
    expect(all).toContain('民一庭');
    expect(all).toContain('结案率');
    expect(all).toContain('年内');
    expect(all).toContain('口径：');
    expect(all).not.toContain('无数据 无数据');
  });

  test('ranked: the 团队对比 button shows ranks with the SPC no-ranking note, which the message carries too', async () => {
    const { lead, leadMessage } = await weeklyIn('ranked');
    expect(lead).toContain('坚决杜绝排名排序');
    const teams = await pressed('chen', leadMessage, 'report.teams');
    expect(teams).toMatch(/第1名/);
    expect(teams).toContain('坚决杜绝排名排序');
  });

  test('unranked: no ranks, both teams named in their fixed order', async () => {
    const { leadMessage } = await weeklyIn('unranked');
    const teams = await pressed('chen', leadMessage, 'report.teams');
    expect(teams).not.toMatch(/第\d名/);
    expect(teams.indexOf('民一庭')).toBeGreaterThan(-1);
    expect(teams.indexOf('民一庭')).toBeLessThan(teams.lastIndexOf('民二庭'));
  });

  test('anonymized: the lead’s own team is named, the other lettered — also for a judge pressing the channel’s button', async () => {
    const { leadMessage, channel, channelMessage } = await weeklyIn('anonymized');
    const teams = await pressed('chen', leadMessage, 'report.teams');
    expect(teams).toContain('民一庭');
    expect(teams).not.toContain('民二庭');
    expect(teams).toContain('团队A');
    expect(channel).not.toContain('民一庭');
    const judge = await pressed('wang', channelMessage, 'report.teams');
    expect(judge).not.toContain('民一庭');
    expect(judge).not.toContain('民二庭');
  });

  test('the management channel gets aggregates only: no case numbers, no party names', async () => {
    const { channelPayload } = await weeklyIn('unranked');
    expect(channelPayload).toContain('结案率');
    const cases = await store.prisma.case.findMany({ select: { caseNumber: true, parties: true } });
    for (const row of cases) {
      expect(channelPayload).not.toContain(row.caseNumber);
      for (const party of (row.parties ?? '').split(/\s*诉\s*/)) if (party) expect(channelPayload).not.toContain(party);
    }
    // The monthly report too (July's first working day, 07-01): long-pending cases are counted, never listed.
    const clock = new ManualClock('2025-07-01T09:00:00+08:00');
    await tick(runnerFor(store, slack, clock));
    const monthly = JSON.stringify(slack.messagesIn(MANAGEMENT).filter((message) => textOf(message).includes('月报')));
    expect(monthly).toContain('超12个月未结案件');
    for (const row of cases) expect(monthly).not.toContain(row.caseNumber);
    const adminMessage = slack.messagesIn(`D${PEOPLE.wu.slack}`).find((message) => textOf(message).includes('月报'));
    expect(textOf(adminMessage)).toContain('近6个月走势');
    expect(textOf(adminMessage)).toContain('同比');
    // 繁简分流 (民二庭 is the fixture's 速裁快审 team): its share of June's 新收 against the court's range.
    expect(textOf(adminMessage)).toContain('繁简分流');
    expect(textOf(adminMessage)).toContain('速裁快审团队收案占比');
    // An administrator finds the oldest of them behind 团队对比, never in the message.
    for (const row of cases) expect(textOf(adminMessage)).not.toContain(row.caseNumber);
    const teams = await pressed('wu', adminMessage, 'report.teams');
    expect(teams).toContain(caseNumberOf(106));
    expect(teams).toContain('各团队近6个月走势');
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
