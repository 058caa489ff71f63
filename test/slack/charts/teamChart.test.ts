import fc from 'fast-check';
import type { Comparison, MetricKey } from '../../../src/domain/metrics';
import { teamChartSvg, valueBaseline } from '../../../src/slack/charts/teamChart';
import { digestMessages } from '../../../src/i18n/digests';

function chart(
  teams: readonly string[],
  metrics: readonly MetricKey[] = ['closureRate', 'avgDays'],
  viewerFirst = true,
): string {
  const comparisons: Comparison[] = metrics.map((metric) => ({
    mode: 'unranked',
    metric,
    notice: null,
    rows: teams.map((label, t) => ({
      label,
      labelEn: `Team ${t + 1}`,
      teamId: t + 1,
      viewer: viewerFirst && t === 0,
      value: 100,
      target: 90,
      targetPeriodKind: 'year',
      change: null,
      lastYearChange: null,
      status: 'met',
      gap: null,
      rank: null,
    })),
  }));
  return teamChartSvg('zh-CN', '2025-W24 团队指标', comparisons, digestMessages('zh-CN').report.chartLegend);
}

interface Label {
  x: number;
  y: number;
  text: string;
  slant: number | null;
}

/** The team labels under the bars: 12-px text set at the axis, upright or slanted. */
function labels(svg: string): Label[] {
  return [
    ...svg.matchAll(
      /<text x="([\d.]+)" y="([\d.]+)" font-size="12" text-anchor="(?:middle|end)"(?: transform="rotate\((-?\d+) [^"]+\)")?[^>]*>([^<]*)<\/text>/g,
    ),
  ].map((match) => ({
    x: Number(match[1]),
    y: Number(match[2]),
    slant: match[3] === undefined ? null : -Number(match[3]),
    text: match[4] as string,
  }));
}

const svgHeight = (svg: string) => Number(/height="(\d+)"/.exec(svg)?.[1]);

describe('the weekly team chart', () => {
  test('a few short team names stand upright under their bars', () => {
    const svg = chart(['一团队', '二团队', '三团队']);
    expect(labels(svg).map((label) => label.slant)).toEqual(Array(6).fill(null));
  });

  test('a court’s ten long team names are slanted so that neighbours do not overlap, and the panels grow to hold them', () => {
    const teams = [
      '速裁快审一团队',
      '速裁快审二团队',
      '速裁快审三团队',
      '民商事审判一团队',
      '民商事审判二团队',
      '行政与综合审判团队',
      '刑事审判团队',
      '执行实施一团队',
      '执行实施二团队',
      '执行裁决与保全团队',
    ];
    const upright = chart(teams.slice(0, 3).map((_, index) => `T${index}`));
    const svg = chart(teams);
    const set = labels(svg);
    expect(set).toHaveLength(20);
    expect(set.every((label) => label.slant === 40)).toBe(true);
    const firstPanel = set.slice(0, 10);
    const spacing = (firstPanel[1] as Label).x - (firstPanel[0] as Label).x;
    // Parallel slanted lines of text: their distance apart must exceed the 12-px type.
    expect(spacing * Math.sin((40 * Math.PI) / 180)).toBeGreaterThan(12);
    // The longest name (9 Han characters, ~108 px) drops ~70 px below the axis: the chart is taller than with upright labels by at least that.
    const drop = 9 * 12 * Math.sin((40 * Math.PI) / 180);
    expect(svgHeight(svg) - svgHeight(upright)).toBeGreaterThanOrEqual(drop - 30);
    expect(Math.max(...set.map((label) => label.y)) + drop).toBeLessThanOrEqual(svgHeight(svg));
    // …and leftwards as far: the first label of each row of panels still starts inside the picture.
    expect((set[0] as Label).x - 9 * 12 * Math.cos((40 * Math.PI) / 180)).toBeGreaterThanOrEqual(0);
  });
});

describe('values, targets and the legend', () => {
  test('a value is never struck through by its target tick, and never sits inside its bar (any bar, any tick)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 300 }),
        fc.option(fc.integer({ min: 20, max: 300 }), { nil: null }),
        fc.constantFrom(9, 11),
        (barTop, targetY, size) => {
          const baseline = valueBaseline(barTop, targetY, size);
          expect(baseline).toBeLessThanOrEqual(barTop - 4);
          // The text occupies [baseline − size, baseline]; the 3-px tick [targetY − 1.5, targetY + 1.5].
          if (targetY !== null) expect(targetY + 2 < baseline - size || targetY - 2 > baseline).toBe(true);
        },
      ),
    );
  });

  test('a value just under its target is set above the tick, not under it (88.89% against 95%)', () => {
    const svg = teamChartSvg(
      'zh-CN',
      '2026-W49',
      [
        {
          mode: 'unranked',
          metric: 'simpleProcedureRate',
          notice: null,
          rows: [
            {
              label: '一团队',
              labelEn: 'T1',
              teamId: 1,
              viewer: true,
              value: 88.89,
              targetPeriodKind: 'year',
              change: null,
              lastYearChange: null,
              target: 95,
              status: 'not_met',
              gap: -6.11,
              rank: null,
            },
          ],
        },
      ],
      digestMessages('zh-CN').report.chartLegend,
    );
    // The last red line is the panel's tick (the first is the legend's swatch).
    const ticks = [...svg.matchAll(/<line x1="[\d.]+" y1="([\d.]+)"[^>]*stroke="#D62728"/g)].map((match) =>
      Number(match[1]),
    );
    const tick = ticks[ticks.length - 1] as number;
    const value = Number(/<text x="[\d.]+" y="([\d.]+)"[^>]*>88\.89%<\/text>/.exec(svg)?.[1]);
    expect(value).toBeLessThan(tick - 2);
  });

  test('the legend names the orange bar (the reader’s team), the blue bars and the red target line', () => {
    const legend = digestMessages('zh-CN').report.chartLegend;
    const lead = chart(['一团队', '二团队']);
    expect(lead).toContain(`>${legend.viewer}</text>`);
    expect(lead).toContain(`>${legend.otherTeams}</text>`);
    expect(lead).toContain(`>${legend.target}</text>`);
    // An administrator's chart marks no team of theirs: no orange swatch, "各团队" instead of "其他团队".
    const court = chart(['一团队', '二团队'], ['closureRate'], false);
    expect(court).not.toContain('#F58518');
    expect(court).toContain(`>${legend.teams}</text>`);
    expect(court).not.toContain(`>${legend.viewer}</text>`);
  });
});
