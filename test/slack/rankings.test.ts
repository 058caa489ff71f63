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

  async function rankingsIn(mode: ComparisonMode, who: PersonKey, text = ''): Promise<string> {
    await store.prisma.court.update({ where: { id: fixture.courtId }, data: { comparisonMode: mode } });
    const result = await harness.command(PEOPLE[who].slack as string, '/rankings', text);
    expect(result.ack.status).toBe(200);
    expect(result.responses).toHaveLength(1);
    expectWithinSlackLimits(result.calls);
    return textOf(result.responses[0]);
  }

  it('by default compares last week (the weekly report’s 2025-W24) on the metrics with targets, each with its 口径', async () => {
    const text = await rankingsIn('unranked', 'chen');
    expect(text).toContain('团队对比 · 2025-W24');
    expect(text).toContain('2025年6月9日—2025年6月15日');
    expect(text).toContain('*结案率*');
    expect(text).toContain('口径：');
    expect(text).not.toContain('*平均审理天数*');
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

  it('compares last month or this year to date, on one metric named in Chinese or English', async () => {
    const month = await rankingsIn('unranked', 'wu', '月 平均审理天数');
    expect(month).toContain('2025-05（上月）');
    expect(month).toContain('*平均审理天数*');
    expect(month).not.toContain('*结案率*');
    const year = await rankingsIn('unranked', 'wu', '审限内结案率 年');
    expect(year).toContain('2025年（年内至今）');
    expect(year).toContain('2025年6月16日');
    // 钱程's Slack is in English; his first request links him by e-mail.
    const english = textOf((await harness.command('U0QIAN009', '/rankings', 'month closure rate')).responses[0]);
    expect(english).toContain('Teams compared · 2025-05 (last month)');
    expect(english).toContain('*closure rate*');
  });

  it('answers help, and usage after a word it does not understand', async () => {
    expect(await rankingsIn('unranked', 'wang', '帮助')).toContain('/rankings 月');
    const unknown = await rankingsIn('unranked', 'wang', '季度');
    expect(unknown).toContain('没有名为“季度”的指标');
    expect(unknown).toContain('/rankings 月');
    expect(await rankingsIn('unranked', 'wang', '周 月')).toContain('看不懂“月”');
  });

  it('parses periods and metrics in either order, by key, Chinese or English name', () => {
    expect(parseRankingsArgs('')).toEqual({ ok: true, args: { kind: 'compare', period: 'week', metric: null } });
    expect(parseRankingsArgs('year')).toEqual({ ok: true, args: { kind: 'compare', period: 'year', metric: null } });
    expect(parseRankingsArgs('结案率 月')).toEqual({
      ok: true,
      args: { kind: 'compare', period: 'month', metric: 'closureRate' },
    });
    expect(parseRankingsArgs('Week avgDays')).toEqual({
      ok: true,
      args: { kind: 'compare', period: 'week', metric: 'avgDays' },
    });
    expect(parseRankingsArgs('　average days to close')).toEqual({
      ok: true,
      args: { kind: 'compare', period: 'week', metric: 'avgDays' },
    });
    expect(parseRankingsArgs('help')).toEqual({ ok: true, args: { kind: 'help' } });
    expect(parseRankingsArgs('rate')).toEqual({ ok: false, problem: { kind: 'metric', metric: 'rate' } });
  });
});
