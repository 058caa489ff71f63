import type { Store } from '../../src/store';
import { parseTargetsArgs } from '../../commands/targets';
import { TARGETS_ACTIONS, TARGETS_CALLBACK_ID, targetBlockId } from '../../src/slack/views/targets';
import type { RecordedCall } from '../../src/devtools/localSlack/fakeSlackApi';
import { FIXTURE_TODAY, PEOPLE, type Fixture } from '../support/court';
import { expectWithinSlackLimits, textOf, type SlackHarness } from '../support/slack';
import { testStoreKind } from '../support/store';
import { closeSlackCourt, openSlackCourt, targets2025 } from '../support/fixtureCourt';

/** The parts of an opened modal the tests read. */
type OpenedView = {
  callback_id: string;
  private_metadata: string;
  blocks: Array<{ block_id?: string; hint?: { text: string }; element?: { initial_value?: string } }>;
};

function openedView(calls: readonly RecordedCall[]): OpenedView {
  const call = calls.find((candidate) => candidate.method === 'views.open');
  if (!call) throw new Error('no views.open');
  return call.args.view as OpenedView;
}

function field(view: OpenedView, metric: string) {
  return view.blocks.find((block) => block.block_id === targetBlockId(metric as never));
}

const fieldValues = (entries: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(entries).map(([metric, value]) => [
      targetBlockId(metric as never),
      { value: { type: 'plain_text_input', value } },
    ]),
  );

describe(`/targets (${testStoreKind})`, () => {
  let store: Store;
  let harness: SlackHarness;
  let fixture: Fixture;

  beforeAll(async () => {
    ({ store, fixture, harness } = await openSlackCourt(targets2025({ civil1: { closureRate: 90, avgDays: 60 } })));
  });
  afterAll(() => closeSlackCourt({ store, harness }));

  const targetsOf = (teamId: number) =>
    store.prisma.teamTarget.findMany({
      where: { teamId },
      orderBy: { id: 'asc' },
      select: { metric: true, periodKind: true, periodKey: true, value: true, setById: true },
    });

  it('refuses judges, assistants and clerks clearly, and opens nothing', async () => {
    for (const who of ['wang', 'sun', 'zheng'] as const) {
      const result = await harness.command(PEOPLE[who].slack, '/targets');
      expect(textOf(result.responses[0])).toContain('只有庭长（团队负责人）和管理员可以查看和设置团队目标');
      expect(result.calls.some((call) => call.method === 'views.open')).toBe(false);
    }
  });

  it("opens a team lead's own team for this year, with its targets in the fields", async () => {
    const result = await harness.command(PEOPLE.chen.slack, '/targets');
    expectWithinSlackLimits(result.calls);
    const view = openedView(result.calls);
    expect(view.callback_id).toBe(TARGETS_CALLBACK_ID);
    expect(textOf(view)).toContain('*民一庭* · 2025年目标');
    expect(field(view, 'closureRate')?.element?.initial_value).toBe('90');
    expect(field(view, 'avgDays')?.element?.initial_value).toBe('60');
    expect(field(view, 'onTimeRate')?.element?.initial_value).toBeUndefined();
    expect(JSON.parse(view.private_metadata)).toEqual({ t: fixture.teams.civil1, k: 'year', p: '2025' });
  });

  it('shows, for a month, what applies when a field is left empty', async () => {
    const view = openedView((await harness.command(PEOPLE.chen.slack, '/targets', '月')).calls);
    expect(textOf(view)).toContain('*民一庭* · 2025-06目标');
    expect(field(view, 'closureRate')?.element?.initial_value).toBeUndefined();
    // 结案率 depends on the period's length: the year's 90% does not carry over to a month.
    expect(field(view, 'closureRate')?.hint?.text).toBe('越高越好');
    expect(field(view, 'avgDays')?.hint?.text).toBe('越低越好 · 留空沿用：60.0天');
  });

  it('keeps a team lead to their own team', async () => {
    const named = await harness.command(PEOPLE.chen.slack, '/targets', '民二庭');
    expect(textOf(named.responses[0])).toContain('没有找到您可以设置目标的团队“民二庭”。可设置的团队：民一庭');
    // A window for another team (say, its metadata altered) is refused when saved, and nothing changes.
    const before = await targetsOf(fixture.teams.civil2);
    const forged = await harness.submitView(
      PEOPLE.chen.slack,
      TARGETS_CALLBACK_ID,
      fieldValues({ closureRate: '10' }),
      JSON.stringify({ t: fixture.teams.civil2, k: 'year', p: '2025' }),
    );
    expect(forged.ack.status).toBe(200);
    expect(textOf(forged.calls.find((call) => call.method === 'chat.postMessage')?.args)).toContain(
      '庭长只能查看和设置本团队的目标',
    );
    expect(await targetsOf(fixture.teams.civil2)).toEqual(before);
  });

  it('lets an administrator pick any team', async () => {
    const picked = await harness.command(PEOPLE.wu.slack, '/targets', '年');
    expect(textOf(picked.responses[0])).toContain('要设置哪个团队的2025年目标？');
    const opened = await harness.press(
      PEOPLE.wu.slack,
      picked.responses[0],
      TARGETS_ACTIONS.open,
      JSON.stringify({ t: fixture.teams.civil2, k: 'year', p: '2025' }),
    );
    expect(textOf(openedView(opened.calls))).toContain('*民二庭* · 2025年目标');
    expect(textOf(openedView((await harness.command(PEOPLE.wu.slack, '/targets', '民一庭 年 长期')).calls))).toContain(
      '*民一庭* · 每年（长期）目标',
    );
  });

  it('shows each invalid value on its field and saves nothing', async () => {
    const before = await targetsOf(fixture.teams.civil1);
    const audits = await store.prisma.auditLog.count({ where: { entity: 'TeamTarget' } });
    const result = await harness.submitView(
      PEOPLE.chen.slack,
      TARGETS_CALLBACK_ID,
      fieldValues({ closureRate: '120', avgDays: '0', pendingOver12Months: '-1', onTimeRate: 'abc', appealRate: '5' }),
      JSON.stringify({ t: fixture.teams.civil1, k: 'year', p: '2025' }),
    );
    expect(JSON.parse(result.ack.body)).toEqual({
      response_action: 'errors',
      errors: {
        [targetBlockId('closureRate')]: '比率目标须在 0 到 100（%）之间',
        [targetBlockId('avgDays')]: '天数目标须大于 0',
        [targetBlockId('pendingOver12Months')]: '件数目标不能为负数',
        [targetBlockId('onTimeRate')]: '请填写数字，如 95 或 95%',
      },
    });
    expect(await targetsOf(fixture.teams.civil1)).toEqual(before);
    expect(await store.prisma.auditLog.count({ where: { entity: 'TeamTarget' } })).toBe(audits);
  });

  it('saves changes as typed (95%, full-width digits), removes emptied ones, audit-logs each, and confirms by DM', async () => {
    const opened = openedView((await harness.command(PEOPLE.chen.slack, '/targets')).calls);
    const result = await harness.submitView(
      PEOPLE.chen.slack,
      TARGETS_CALLBACK_ID,
      // closureRate changes, avgDays is emptied, appealRate is new, every other field stays empty.
      fieldValues({ closureRate: '95%', avgDays: '', appealRate: '４．５' }),
      opened.private_metadata,
    );
    expect(result.ack.body).toBe('');
    expect(await targetsOf(fixture.teams.civil1)).toEqual([
      { metric: 'closureRate', periodKind: 'year', periodKey: '2025', value: 95, setById: fixture.people.chen },
      { metric: 'appealRate', periodKind: 'year', periodKey: '2025', value: 4.5, setById: fixture.people.chen },
    ]);
    const audits = await store.prisma.auditLog.findMany({
      where: { entity: 'TeamTarget' },
      orderBy: { id: 'asc' },
      select: { action: true, entityId: true, actorId: true, courtId: true, before: true, after: true },
    });
    const team = fixture.teams.civil1;
    expect(audits).toEqual([
      {
        action: 'team_target.set',
        entityId: `${team}:closureRate:year:2025`,
        actorId: fixture.people.chen,
        courtId: fixture.courtId,
        before: { value: 90 },
        after: { value: 95 },
      },
      {
        action: 'team_target.cleared',
        entityId: `${team}:avgDays:year:2025`,
        actorId: fixture.people.chen,
        courtId: fixture.courtId,
        before: { value: 60 },
        after: null,
      },
      {
        action: 'team_target.set',
        entityId: `${team}:appealRate:year:2025`,
        actorId: fixture.people.chen,
        courtId: fixture.courtId,
        before: null,
        after: { value: 4.5 },
      },
    ]);
    const confirmation = textOf(result.calls.find((call) => call.method === 'chat.postMessage')?.args);
    expect(confirmation).toContain('已保存 *民一庭* 的2025年目标');
    expect(confirmation).toContain('结案率：90.00% → 95.00%');
    expect(confirmation).toContain('平均审理天数：60.0天 → 未设');
    expectWithinSlackLimits(result.calls);
    // Saving the same values again changes and logs nothing.
    const again = await harness.submitView(
      PEOPLE.chen.slack,
      TARGETS_CALLBACK_ID,
      fieldValues({ closureRate: '95', appealRate: '4.5' }),
      opened.private_metadata,
    );
    expect(again.calls.some((call) => call.method === 'chat.postMessage')).toBe(false);
    expect(await store.prisma.auditLog.count({ where: { entity: 'TeamTarget' } })).toBe(3);
  });

  it('answers help, and usage after a period it does not understand', async () => {
    expect(textOf((await harness.command(PEOPLE.chen.slack, '/targets', '帮助')).responses[0])).toContain(
      '/targets 年 长期',
    );
    expect(textOf((await harness.command(PEOPLE.chen.slack, '/targets', '2025-13')).responses[0])).toContain(
      '期间有误：2025-13',
    );
    expect(textOf((await harness.command(PEOPLE.chen.slack, '/targets', '周 2025-07')).responses[0])).toContain(
      '看不懂“2025-07”',
    );
  });

  it('parses the period in any order, and the rest as a team name', () => {
    const open = (teamName: string | null, kind: string, key: string) => ({
      ok: true,
      args: { kind: 'open', teamName, period: { kind, key } },
    });
    expect(parseTargetsArgs('', FIXTURE_TODAY)).toEqual(open(null, 'year', '2025'));
    expect(parseTargetsArgs('week', FIXTURE_TODAY)).toEqual(open(null, 'week', '2025-W25'));
    expect(parseTargetsArgs('2025-7', FIXTURE_TODAY)).toEqual(open(null, 'month', '2025-07'));
    expect(parseTargetsArgs('民一庭 2025w30', FIXTURE_TODAY)).toEqual(open('民一庭', 'week', '2025-W30'));
    expect(parseTargetsArgs('standing month', FIXTURE_TODAY)).toEqual(open(null, 'month', '*'));
    expect(parseTargetsArgs('长期', FIXTURE_TODAY)).toEqual(open(null, 'year', '*'));
    expect(parseTargetsArgs('年 月', FIXTURE_TODAY)).toEqual({ ok: false, problem: { kind: 'word', word: '月' } });
  });
});
