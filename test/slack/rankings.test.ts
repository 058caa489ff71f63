import type { ComparisonMode } from '../../src/domain/metrics';
import type { Store } from '../../src/store';
import { parseRankingsArgs } from '../../commands/rankings';
import { PEOPLE, type Fixture, type PersonKey } from '../support/court';
import { expectWithinSlackLimits, textOf, type SlackHarness } from '../support/slack';
import { testStoreKind } from '../support/store';
import { closeSlackCourt, openSlackCourt, targets2025 } from '../support/fixtureCourt';

describe(`/rankings (${testStoreKind})`, () => {
  let store: Store;
  let harness: SlackHarness;
  let fixture: Fixture;

  beforeAll(async () => {
    ({ store, fixture, harness } = await openSlackCourt(
      targets2025({ civil1: { closureRate: 90 }, civil2: { closureRate: 85 } }),
    ));
  });
  afterAll(() => closeSlackCourt({ store, harness }));

  /** Named metric by default: its full comparison lists every team, as the mode shows them. */
  async function rankingsIn(mode: ComparisonMode, who: PersonKey, text = '结案率'): Promise<string> {
    await store.prisma.court.update({ where: { id: fixture.courtId }, data: { comparisonMode: mode } });
    const result = await harness.command(PEOPLE[who].slack as string, '/rankings', text);
    expect(result.ack.status).toBe(200);
    expect(result.responses).toHaveLength(1);
    expectWithinSlackLimits(result.calls);
    return textOf(result.responses[0]);
  }

  it('by default compares last week (the weekly report’s 2025-W24) on the metrics with targets, one line each', async () => {
    const text = await rankingsIn('unranked', 'chen', '');
    expect(text).toContain('团队对比 · 2025年第24周');
    expect(text).toContain('2025年6月9日—2025年6月15日');
    // A year's 结案率 target says nothing of a week's (docs/digests.md): no target, the spread of the teams instead.
    expect(text).toContain('*结案率* 未设目标 · *民一庭* 0.00% · 各团队均为 0.00%');
    expect(text).not.toContain('平均审理天数');
    // The court's own figure against the week before and the same week of 2024, a rate's change in 个百分点.
    expect(text).toMatch(/全院 [\d.]+%（较上周 [▲▼＝][\d.]+个百分点 · 同比 [▲▼＝][\d.]+个百分点）/);
    // 口径 goes with one metric in full.
    expect(text).not.toContain('口径：');
    expect(await rankingsIn('unranked', 'chen', '结案率')).toContain('口径：');
  });

  describe('ranked', () => {
    it('administrators and team leads see ranks with the SPC no-ranking note', async () => {
      for (const who of ['wu', 'chen'] as const) {
        const text = await rankingsIn('ranked', who);
        expect(text).toMatch(/第1名/);
        expect(text).toContain('坚决杜绝排名排序');
        expect(text).toContain('民一庭');
        expect(text).toContain('民二庭');
      }
    });

    it('judges, assistants and clerks see their own team named and the others lettered, without ranks', async () => {
      for (const [who, own, other] of [
        ['wang', '民一庭', '民二庭'],
        ['sun', '民一庭', '民二庭'],
        ['zheng', '民二庭', '民一庭'],
      ] as const) {
        const text = await rankingsIn('ranked', who);
        expect(text).not.toMatch(/第\d名/);
        expect(text).toContain(own);
        expect(text).not.toContain(other);
        expect(text).toContain('团队A');
        expect(text).toContain('不显示名次');
      }
    });
  });

  it('unranked: everyone sees both teams named in their fixed order, without ranks or the ranking note', async () => {
    for (const who of ['wu', 'zhou', 'zhao'] as const) {
      const text = await rankingsIn('unranked', who);
      expect(text).not.toMatch(/第\d名/);
      expect(text).not.toContain('坚决杜绝排名排序');
      expect(text.indexOf('民一庭')).toBeGreaterThan(-1);
      expect(text.indexOf('民一庭')).toBeLessThan(text.indexOf('民二庭'));
    }
  });

  it('anonymized: a lead and their judges see their team named and the other lettered; administrators see both named', async () => {
    for (const who of ['zhou', 'zhao'] as const) {
      const text = await rankingsIn('anonymized', who);
      expect(text).toContain('民二庭');
      expect(text).not.toContain('民一庭');
      expect(text).toContain('团队A');
    }
    const admin = await rankingsIn('anonymized', 'wu');
    expect(admin).toContain('民一庭');
    expect(admin).toContain('民二庭');
    expect(admin).not.toContain('团队A');
  });

  it('compares last month, this year to date or any past period, on one metric named in Chinese or English', async () => {
    const month = await rankingsIn('unranked', 'wu', '上月 平均审理天数');
    expect(month).toContain('团队对比 · 2025年5月 · 平均审理天数');
    expect(month).toContain('*平均审理天数*');
    expect(month).not.toContain('*结案率*');
    const year = await rankingsIn('unranked', 'wu', '审限内结案率 今年');
    expect(year).toContain('团队对比 · 2025年');
    expect(year).toContain('2025年1月1日—2025年6月16日');
    const quarter = await rankingsIn('unranked', 'wu', '2025-Q1');
    expect(quarter).toContain('团队对比 · 2025年第1季度');
    expect(quarter).toContain('2025年1月1日—2025年3月31日');
    expect(quarter).toContain('较上季度');
    const past = await rankingsIn('unranked', 'wu', '2024年');
    expect(past).toContain('2024年1月1日—2024年12月31日');
    // 钱程's Slack is in English; his first request links him by e-mail.
    const english = textOf((await harness.command('U0QIAN009', '/rankings', 'last-month closure rate')).responses[0]);
    expect(english).toContain('Teams compared · 2025-05 · closure rate');
    expect(english).toContain('*closure rate*');
  });

  it('refuses a period that has not begun, saying so', async () => {
    const text = await rankingsIn('unranked', 'wu', '2026年');
    expect(text).toContain('2026 还没有开始');
  });

  it('the overview picks one metric in full from its menu', async () => {
    await store.prisma.court.update({ where: { id: fixture.courtId }, data: { comparisonMode: 'unranked' } });
    await store.prisma.teamTarget.create({
      data: { teamId: fixture.teams.civil1, metric: 'avgDays', periodKind: 'year', periodKey: '2025', value: 60 },
    });
    try {
      const overview = await harness.command(PEOPLE.wu.slack as string, '/rankings', '上月');
      const picked = await harness.select(
        PEOPLE.wu.slack as string,
        overview.responses[0],
        'rankings.metric',
        'avgDays',
      );
      const text = textOf(picked.responses[0]);
      expect(text).toContain('团队对比 · 2025年5月 · 平均审理天数');
      expect(text).toContain('口径：');
    } finally {
      await store.prisma.teamTarget.deleteMany({ where: { metric: 'avgDays' } });
    }
  });

  it('/rankings 分流 shows the court’s 繁简分流 against its range, with 环比 and 同比, to anyone in the court', async () => {
    // 民二庭 (速裁快审) took 2 of the 31 民初 cases filed this year; the default range is 60–70%.
    for (const who of ['wang', 'wu'] as const) {
      const text = await rankingsIn('unranked', who, '分流 今年');
      expect(text).toContain('繁简分流 · 2025年');
      expect(text).toContain('速裁快审团队收案占比 *6.45%*（2/31件；目标 60%—70% ⚠️ 低于区间）');
      expect(text).toContain('平均审理天数 速裁快审 — / 普通 144.0天');
      expect(text).toContain('导入的数据中没有诉前调解案件');
      expect(text).toContain('口径：民初案件');
    }
    // Last month by default; no other words.
    expect(await rankingsIn('unranked', 'wu', '分流')).toContain('繁简分流 · 2025年5月');
    expect(await rankingsIn('unranked', 'wu', '分流 结案率')).toContain('看不懂“结案率”');
  });

  it('answers help, and usage after a word it does not understand', async () => {
    expect(await rankingsIn('unranked', 'wang', '帮助')).toContain('/rankings 上月');
    const unknown = await rankingsIn('unranked', 'wang', '半年');
    expect(unknown).toContain('没有名为“半年”的指标');
    expect(unknown).toContain('/rankings 上月');
    expect(await rankingsIn('unranked', 'wang', '周 月')).toContain('看不懂“月”');
  });

  it('parses periods and metrics in either order, by key, Chinese or English name', () => {
    const today = '2025-06-16';
    const week = { kind: 'week', period: { key: '2025-W24', from: '2025-06-09', to: '2025-06-15' } };
    const month = { kind: 'month', period: { key: '2025-05', from: '2025-05-01', to: '2025-05-31' } };
    expect(parseRankingsArgs('', today)).toEqual({ ok: true, args: { kind: 'compare', period: week, metric: null } });
    expect(parseRankingsArgs('year', today)).toEqual({
      ok: true,
      args: {
        kind: 'compare',
        period: { kind: 'year', period: { key: '2025', from: '2025-01-01', to: today } },
        metric: null,
      },
    });
    expect(parseRankingsArgs('结案率 月', today)).toEqual({
      ok: true,
      args: { kind: 'compare', period: month, metric: 'closureRate' },
    });
    expect(parseRankingsArgs('Week avgDays', today)).toEqual({
      ok: true,
      args: { kind: 'compare', period: week, metric: 'avgDays' },
    });
    expect(parseRankingsArgs('　average days to close', today)).toEqual({
      ok: true,
      args: { kind: 'compare', period: week, metric: 'avgDays' },
    });
    expect(parseRankingsArgs('2024年 结案率', today)).toMatchObject({
      ok: true,
      args: { period: { kind: 'year', period: { key: '2024', to: '2024-12-31' } }, metric: 'closureRate' },
    });
    expect(parseRankingsArgs('help', today)).toEqual({ ok: true, args: { kind: 'help' } });
    expect(parseRankingsArgs('rate', today)).toEqual({ ok: false, problem: { kind: 'metric', metric: 'rate' } });
    expect(parseRankingsArgs('2025-Q4', today)).toEqual({ ok: false, problem: { kind: 'future', period: '2025-Q4' } });
  });
});
