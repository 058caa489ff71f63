import { DEFAULT_METRIC_POLICY } from '../../src/domain/metrics';
import { reportView } from '../../src/domain/digests';
import { renderBlocks } from '../../src/devtools/console/render';
import { weeklyReportMessage } from '../../src/slack/views/digests/report';
import { allMetricsModal } from '../../src/slack/views/digests/reportDetails';

describe('the weekly report says each verdict beside its own figure', () => {
  const line = {
    key: 'acceptanceRate' as const,
    value: 100,
    counts: { numerator: 1, denominator: 1 },
    previousCounts: { numerator: 37, denominator: 40 },
    lastYearCounts: null,
    previous: 92.5,
    change: 7.5,
    yearToDate: 94.67,
    lastYear: null,
    lastYearChange: null,
    target: 95,
    targetPeriodKind: 'year' as const,
    status: 'met' as const,
    yearTarget: 95,
    yearToDateStatus: 'not_met' as const,
  };
  const team = { teamId: 1, teamName: '民一庭', kind: null, lines: [line] };
  const view = reportView(
    {
      courtName: '测试法院',
      mode: 'unranked',
      policy: DEFAULT_METRIC_POLICY,
      periods: {
        kind: 'week',
        current: { key: '2025-W25', from: '2025-06-16', to: '2025-06-22' },
        previous: { key: '2025-W24', from: '2025-06-09', to: '2025-06-15' },
        yearToDate: { key: '2025-YTD-2025-06-22', from: '2025-01-01', to: '2025-06-22' },
      },
      teams: [team],
      court: { ...team, teamId: null, teamName: '测试法院' },
      headline: ['acceptanceRate'],
    },
    'weekly',
    { kind: 'team', teamId: 1 },
  );

  it('本期 and 年内 each carry the target they are judged against, and changes of rates read 个百分点', () => {
    const all = renderBlocks(allMetricsModal('zh-CN', view, { kind: 'team', teamId: 1 }).blocks).lines.join('\n');
    expect(all).toContain(
      '服判息诉率 100.00% · 较上周 ▲7.50个百分点 · 年度目标 95.00% ✅ 达标 · 年内 94.67%（年度目标 95.00% ⚠️ 未达标）',
    );
  });

  it('the message counts the week’s figure as met against the year’s target it was judged by', () => {
    const text = renderBlocks(weeklyReportMessage('zh-CN', view, { kind: 'team', teamId: 1 }).blocks ?? []).lines.join(
      '\n',
    );
    expect(text).toContain('达标 1 项：服判息诉率 100.00%');
    expect(text).not.toContain('94.67%');
  });
});
