import { reportView, type MetricLine, type TeamReport } from '../../src/domain/digests';
import { DEFAULT_METRIC_POLICY, METRICS, type MetricKey } from '../../src/domain/metrics';
import {
  changeCell,
  changeWords,
  courtReportLayout,
  documentDate,
  type CourtReportInput,
  type DocumentBlock,
} from '../../src/documents/courtReport/layout';

/** A metric line of one week: value against the week before, with the counts behind it. */
function line(key: MetricKey, value: number | null, previous: number | null, target: number | null = null): MetricLine {
  return {
    key,
    value,
    counts: value === null ? { numerator: 0, denominator: 0 } : { numerator: value, denominator: 100 },
    previousCounts: null,
    lastYearCounts: null,
    previous,
    change: value !== null && previous !== null ? value - previous : null,
    yearToDate: value,
    lastYear: null,
    lastYearChange: null,
    target,
    targetPeriodKind: target === null ? null : 'year',
    status: target === null ? 'no_target' : value === null ? 'no_data' : value >= target ? 'met' : 'not_met',
    yearTarget: target,
    yearToDateStatus: 'no_target',
  };
}

function team(teamId: number | null, teamName: string, closure: number | null, target: number | null): TeamReport {
  return {
    teamId,
    teamName,
    kind: teamId === 2 ? 'fast_track' : null,
    lines: METRICS.map(({ key }) => (key === 'closureRate' ? line(key, closure, 80, target) : line(key, null, null))),
  };
}

function input(closure: number | null): CourtReportInput {
  const teams = [team(1, '民一庭', closure, 90), team(2, '速裁庭', closure, 70)];
  return {
    kind: 'weekly',
    view: reportView(
      {
        courtName: '测试法院',
        mode: 'unranked',
        policy: DEFAULT_METRIC_POLICY,
        periods: {
          kind: 'week',
          current: { key: '2026-W26', from: '2026-06-22', to: '2026-06-28' },
          previous: { key: '2026-W25', from: '2026-06-15', to: '2026-06-21' },
          yearToDate: { key: '2026-YTD', from: '2026-01-01', to: '2026-06-28' },
        },
        teams,
        court: team(null, '测试法院', closure, null),
        headline: ['closureRate'],
      },
      'weekly',
      { kind: 'court' },
    ),
    longPending: {
      day: '2026-06-28',
      total: 3,
      byTeam: [
        { teamName: '速裁庭', count: 1, judges: [{ judgeName: '李华', count: 1 }] },
        { teamName: '民一庭', count: 2, judges: [{ judgeName: '王明', count: 2 }] },
      ],
    },
    issuedOn: '2026-06-29',
  };
}

const tables = (blocks: readonly DocumentBlock[]) =>
  blocks.filter((block): block is Extract<DocumentBlock, { kind: 'table' }> => block.kind === 'table');

describe('the 周通报 as a document', () => {
  test('a rate changes in 个百分点, days in days, and a change too small to show is 持平', () => {
    expect(changeWords('zh-CN', 'closureRate', 1.2)).toBe('上升1.20个百分点');
    expect(changeWords('zh-CN', 'avgDays', -3.46)).toBe('下降3.5天');
    expect(changeWords('zh-CN', 'closureRate', 0.001)).toBe('持平');
    expect(changeCell('zh-CN', 'closureRate', -1.02)).toBe('−1.02个百分点');
    expect(changeCell('zh-CN', 'pendingOver12Months', 1)).toBe('+1件');
    expect(changeCell('zh-CN', 'closureRate', null)).toBe('—');
    expect(changeWords('en', 'closureRate', 2)).toBe('up 2.00 percentage points');
  });

  test('is titled 关于…审判执行质效情况的通报, issued by the 审管办 with its date', () => {
    const layout = courtReportLayout('zh-CN', input(85), { chart: true });
    expect(layout.titleLines).toEqual(['关于2026年第26周', '审判执行质效情况的通报']);
    expect(layout.range).toBe('（2026年6月22日—2026年6月28日）');
    expect(layout.issuer).toBe('审判管理办公室');
    expect(layout.issuedOn).toBe(documentDate('zh-CN', '2026-06-29'));
    expect(layout.issuedOn).toBe('2026年6月29日');
  });

  test('each team is a row group against its targets; the team that missed is named with its figure', () => {
    const layout = courtReportLayout('zh-CN', input(85), { chart: true });
    const [court, teams, pending] = tables(layout.blocks);
    expect(court?.rows[0]?.map((cell) => cell.text)).toEqual(['结案率', '85.00%', '+5.00个百分点', '—', '85.00%']);
    expect(teams?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['民一庭', '结案率', '85.00%', '90.00%', '+5.00个百分点', '—', '未达标'],
      ['速裁庭', '结案率', '85.00%', '70.00%', '+5.00个百分点', '—', '达标'],
    ]);
    const text = layout.blocks.map((block) => ('text' in block ? block.text : '')).join('\n');
    expect(text).toContain('2个团队中有1个团队共1项指标未达目标。');
    expect(text).toContain('民一庭：结案率85.00%（目标90.00%）未达目标。');
    // Long-pending cases: counted, by team in the teams' fixed order, then judge.
    expect(text).toContain('全院超12个月未结案件3件');
    expect(pending?.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['民一庭', '2', '王明', '2'],
      ['速裁庭', '1', '李华', '1'],
    ]);
    expect(layout.blocks.at(-1)).toEqual({ kind: 'chart', caption: '图1\u3000各团队指标与目标对比' });
  });

  test('a team without a kind is counted as 普通, and a footnote says so', () => {
    const layout = courtReportLayout('zh-CN', input(85), { chart: false });
    expect(layout.notes).toContain('民一庭未设团队类型，按普通团队统计。');
    expect(layout.notes.join('')).not.toContain('速裁庭未设');
  });

  test('a period with nothing to count says so, with no metric tables and no chart', () => {
    const layout = courtReportLayout('zh-CN', input(null), { chart: true });
    expect(layout.hasData).toBe(false);
    expect(layout.blocks.map((block) => ('text' in block ? block.text : block.kind))).toContain(
      '2026年第26周全院没有可统计的案件（无新收、无结案、无未结），本期不作指标通报，各表从略。',
    );
    expect(tables(layout.blocks).map((table) => table.caption)).toEqual(['表1\u3000超12个月未结案件分布（件数）']);
    expect(layout.blocks.some((block) => block.kind === 'chart')).toBe(false);
  });

  test('a chart that failed to render is left out and said so', () => {
    const layout = courtReportLayout('zh-CN', input(85), { chart: false, chartFailed: true });
    expect(layout.notes).toContain('团队对比图未能生成，本期从略。');
  });
});
