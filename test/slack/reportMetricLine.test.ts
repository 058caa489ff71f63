import { DEFAULT_METRIC_POLICY } from '../../src/domain/metrics';
import { weeklyReportMessage } from '../../src/slack/views/digests/report';

describe('the weekly report says each verdict beside its own figure', () => {
  it('本期 and 年内 each carry the target they are judged against, and changes of rates read 个百分点', () => {
    const line = {
      key: 'acceptanceRate' as const,
      value: 100,
      previous: 92.5,
      change: 7.5,
      yearToDate: 94.67,
      target: 95,
      targetPeriodKind: 'year' as const,
      status: 'met' as const,
      yearTarget: 95,
      yearToDateStatus: 'not_met' as const,
    };
    const team = { teamId: 1, teamName: '民一庭', kind: null, lines: [line] };
    const message = weeklyReportMessage(
      'zh-CN',
      {
        kind: 'weekly',
        periodKey: '2025-W25',
        from: '2025-06-16',
        to: '2025-06-22',
        courtName: '测试法院',
        policy: DEFAULT_METRIC_POLICY,
        teams: [team],
        court: { ...team, teamId: null, teamName: '测试法院' },
        headline: [],
        comparisons: [],
      },
      { kind: 'team', teamId: 1 },
    );
    const text = JSON.stringify(message.blocks);
    expect(text).toContain(
      '*服判息诉率* 本期 100.00%（较上期 ▲7.50个百分点）（年度目标 95.00% ✅ 达标） · 年内 94.67%（年度目标 95.00% ⚠️ 未达标）',
    );
  });
});
