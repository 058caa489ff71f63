import {
  reportView,
  teamHighlights,
  type MetricLine,
  type ReportPeriods,
  type TeamReport,
} from '../../../src/domain/digests';
import type { TeamKindKey } from '../../../src/domain/catalogues';
import { DEFAULT_METRIC_POLICY, METRICS, type MetricKey } from '../../../src/domain/metrics';
import { renderBlocks } from '../../../src/devtools/console/render';
import { weeklyReportMessage } from '../../../src/slack/views/digests/report';
import { allMetricsModal } from '../../../src/slack/views/digests/reportDetails';

const PERIODS: ReportPeriods = {
  kind: 'week',
  current: { key: '2026-W49', from: '2026-11-30', to: '2026-12-06' },
  previous: { key: '2026-W48', from: '2026-11-23', to: '2026-11-29' },
  yearToDate: { key: '2026-YTD-2026-12-06', from: '2026-01-01', to: '2026-12-06' },
  lastYear: { key: '2025-W49', from: '2025-12-01', to: '2025-12-07' },
};

const HEADLINE: MetricKey[] = [
  'closureRate',
  'onTimeRate',
  'avgDays',
  'pendingOver12Months',
  'simpleProcedureRate',
  'acceptanceRate',
];

function line(key: MetricKey, value: number | null, previous: number | null, target: number | null): MetricLine {
  const higher = key !== 'avgDays' && key !== 'pendingOver12Months';
  const met = (v: number | null) => v !== null && target !== null && (higher ? v >= target : v <= target);
  return {
    key,
    value,
    counts: null,
    previousCounts: null,
    lastYearCounts: null,
    previous,
    change: value !== null && previous !== null ? value - previous : null,
    yearToDate: value,
    lastYear: previous,
    lastYearChange: value !== null && previous !== null ? value - previous : null,
    target,
    targetPeriodKind: target === null ? null : 'year',
    status: target === null ? 'no_target' : value === null ? 'no_data' : met(value) ? 'met' : 'not_met',
    yearTarget: target,
    yearToDateStatus: 'no_target',
  };
}

/** A team whose every metric has a value: enforcement teams get no 民初 figures, as in a court's data. */
function team(teamId: number, teamName: string, kind: TeamKindKey): TeamReport {
  const civil = kind !== 'enforcement' && kind !== 'criminal';
  return {
    teamId,
    teamName,
    kind,
    lines: METRICS.map(({ key }) => {
      if (key === 'simpleProcedureRate') return line(key, civil ? 88.89 : null, civil ? 100 : null, civil ? 95 : null);
      if (key === 'avgDays') return line(key, 61.5, 45.1, 30);
      if (key === 'onTimeRate') return line(key, 100, 100, 99);
      if (key === 'acceptanceRate')
        return line(key, kind === 'enforcement' ? null : 100, 96, kind === 'enforcement' ? null : 95);
      if (key === 'pendingOver12Months') return line(key, 0, 0, 0);
      if (key === 'enforcementRecoveryRate' || key === 'actualExecutionRate')
        return line(key, kind === 'enforcement' ? 40 : null, 38, null);
      return line(key, 12.5, 10.1, null);
    }),
  };
}

const TEAMS: TeamReport[] = [
  team(1, '速裁快审一团队', 'fast_track'),
  team(2, '速裁快审二团队', 'fast_track'),
  team(3, '速裁快审三团队', 'fast_track'),
  team(4, '民商事审判团队', 'complex'),
  team(5, '行政与综合审判团队', 'administrative'),
  team(6, '刑事审判团队', 'criminal'),
  team(7, '执行实施一团队', 'enforcement'),
  team(8, '执行实施二团队', 'enforcement'),
  team(9, '执行裁决与保全团队', 'enforcement'),
];

const input = {
  courtName: '包头稀土高新技术产业开发区人民法院',
  mode: 'unranked' as const,
  policy: DEFAULT_METRIC_POLICY,
  periods: PERIODS,
  teams: TEAMS,
  court: { ...team(0, '全院', 'general'), teamId: null, kind: null },
  headline: HEADLINE,
};

describe('a weekly report on a phone', () => {
  test('a 速裁快审 lead reads their team in one screen: the change of status first, then what missed, then what met', () => {
    const message = weeklyReportMessage('zh-CN', reportView(input, 'weekly', { kind: 'team', teamId: 1 }), {
      kind: 'team',
      teamId: 1,
    });
    const lines = renderBlocks(message.blocks ?? []).lines.filter((text) => text.trim() !== '');
    expect(message.blocks?.length).toBeLessThanOrEqual(6);
    expect(lines.length).toBeLessThanOrEqual(12);
    const text = lines.join('\n');
    expect(text.indexOf('新未达标：一审简易程序适用率')).toBeLessThan(text.indexOf('未达标 2 项'));
    expect(text).toContain('• 平均审理天数 61.5天（年度目标 30.0天）较上周 ▲16.4天 · 同比 ▲16.4天');
    expect(text).toContain('较上周 ▼11.11个百分点');
    expect(text).not.toMatch(/▲[\d.]+%|▼[\d.]+%/);
  });

  test('an enforcement lead is not shown 简易程序适用率 or 服判息诉率, nor "无数据"', () => {
    const view = reportView(input, 'weekly', { kind: 'team', teamId: 7 });
    const text = renderBlocks(weeklyReportMessage('zh-CN', view, { kind: 'team', teamId: 7 }).blocks ?? []).lines.join(
      '\n',
    );
    expect(text).not.toContain('简易程序');
    expect(text).not.toContain('服判息诉率');
    expect(text).not.toContain('无数据');
    const all = renderBlocks(allMetricsModal('zh-CN', view, { kind: 'team', teamId: 7 }).blocks).lines.join('\n');
    expect(all).toContain('执行到位率');
    expect(all).not.toContain('简易程序');
    expect(all).not.toContain('无数据');
  });

  test('the court’s report names the teams below target by metric, in a screen and a half at most', () => {
    const message = weeklyReportMessage('zh-CN', reportView(input, 'weekly', { kind: 'court' }), { kind: 'court' });
    const lines = renderBlocks(message.blocks ?? []).lines.filter((text) => text.trim() !== '');
    expect(lines.length).toBeLessThanOrEqual(18);
    const text = lines.join('\n');
    expect(text).toContain('• 一审简易程序适用率（年度目标）：速裁快审一团队 88.89%（95.00%）');
    expect(text).not.toMatch(/一审简易程序适用率：[^\n]*执行/);
  });
});

describe('what a team report leads with', () => {
  test('status changes are judged against the same target: 100% → 88.89% against 95% is newly missed', () => {
    const highlights = teamHighlights(TEAMS[0] as TeamReport, HEADLINE);
    expect(highlights.newlyMissed).toEqual(['simpleProcedureRate']);
    expect(highlights.missed.map((entry) => entry.key)).toEqual(['avgDays', 'simpleProcedureRate']);
    expect(highlights.met.map((entry) => entry.key)).toEqual(['onTimeRate', 'pendingOver12Months', 'acceptanceRate']);
    expect(highlights.untargeted.map((entry) => entry.key)).toEqual(['closureRate']);
  });
});
