import { renderAsync } from '@resvg/resvg-js';
import type { Comparison, MetricKey } from '../../src/domain/metrics';
import { seedCourt } from '../support/court';
import { createTestStore } from '../support/store';
import { fullFontFile, renderOptions, renderPng } from '../../src/slack/charts/png';
import { teamChartSvg } from '../../src/slack/charts/teamChart';
import { digestMessages } from '../../src/i18n/digests';
import { FakeSlackApi } from '../../src/devtools/localSlack/fakeSlackApi';
import { ManualClock, runnerFor } from './support';

const TEAMS = ['速裁快审一团队', '民商事审判团队', '行政与综合审判团队', '刑事审判团队', '执行裁决与保全团队'];

/** A weekly chart as an administrator gets it: a panel per metric, a bar per team, labelled with the teams' names. */
function weeklyChart(metrics: readonly MetricKey[]): string {
  const comparisons: Comparison[] = metrics.map((metric, m) => ({
    mode: 'unranked',
    metric,
    notice: null,
    rows: TEAMS.map((label, t) => ({
      label,
      labelEn: `Team ${t + 1}`,
      teamId: t + 1,
      viewer: false,
      value: 40 + ((m * 17 + t * 11) % 55) + 0.5,
      target: 85,
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

describe('the weekly report chart', () => {
  test('with Chinese team names, is drawn pixel for pixel as with the whole Noto Sans SC, its glyphs present', async () => {
    // renderPng gives resvg the font cut down to the picture's characters; the whole font is the reference.
    const svg = weeklyChart(['closureRate', 'avgDays', 'pendingOver12Months']);
    const png = await renderPng(svg);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(Number(/width="(\d+)"/.exec(svg)?.[1])); // IHDR: width, height
    expect(png.readUInt32BE(20)).toBe(Number(/height="(\d+)"/.exec(svg)?.[1]));
    const whole = (await renderAsync(svg, renderOptions(fullFontFile()))).asPng();
    expect(png.equals(whole)).toBe(true);
    // …and the labels are there: without its text the picture differs.
    const withoutText = (
      await renderAsync(svg.replace(/<text[^>]*>[^<]*<\/text>/g, ''), renderOptions(fullFontFile()))
    ).asPng();
    expect(whole.equals(withoutText)).toBe(false);
  });

  test('a label in characters no earlier chart used gets its glyphs too', async () => {
    await renderPng(weeklyChart(['closureRate']));
    const svg = weeklyChart(['closureRate']).replace('刑事审判团队', '少年家事审判团队');
    const whole = (await renderAsync(svg, renderOptions(fullFontFile()))).asPng();
    expect((await renderPng(svg)).equals(whole)).toBe(true);
  });

  test('is rasterised off the event loop: Slack requests sharing the process are answered while it renders', async () => {
    // Rasterising a chart full of Chinese labels takes some milliseconds even with the font cut to its characters.
    const labels = Array.from(
      { length: 12 },
      (_, index) => `<text x="10" y="${20 + index * 15}" font-size="12">速裁快审团队${index} 结案率 92.5%</text>`,
    ).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="640" font-family="Noto Sans Hans">${labels}</svg>`;
    let turns = 0;
    let rendering = true;
    const turn = (): void => {
      if (!rendering) return;
      turns += 1;
      setImmediate(turn);
    };
    const png = renderPng(svg);
    setImmediate(turn);
    const data = await png;
    rendering = false;
    expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(turns).toBeGreaterThan(10);
  });

  test('the same picture is rendered once per run: administrators share one, a team lead gets their own team highlighted', async () => {
    const store = await createTestStore();
    try {
      const fixture = await seedCourt(store);
      await store.prisma.teamTarget.create({
        data: { teamId: fixture.teams.civil1, metric: 'closureRate', periodKind: 'year', periodKey: '2025', value: 90 },
      });
      const second = await store.prisma.person.create({
        data: {
          courtId: fixture.courtId,
          name: '冯敏',
          role: 'admin',
          slackUserId: 'U0FENG010',
          email: 'feng@court.example',
        },
      });
      const runner = runnerFor(store, new FakeSlackApi(), new ManualClock('2025-06-16T09:00:00+08:00'), {
        charts: true,
      });
      const request = await runner.occasionFor(fixture.courtId, 'weekly', '2025-06-16');
      if (!request) throw new Error('the weekly report goes out on Monday 2025-06-16');
      const { digests } = await runner.plan(request, { only: null, charts: true });
      const admins = digests.filter((digest) => digest.personId === fixture.people.wu || digest.personId === second.id);
      const lead = digests.find((digest) => digest.personId === fixture.people.chen);
      expect(admins).toHaveLength(2);
      expect(admins[0]?.chart?.data).toBeInstanceOf(Buffer);
      expect(admins[1]?.chart?.data).toBe(admins[0]?.chart?.data);
      expect(admins.map((digest) => digest.chart?.filename)).toEqual([
        `docket-weekly-2025-W24-person-${fixture.people.wu}.png`,
        `docket-weekly-2025-W24-person-${second.id}.png`,
      ]);
      // The lead's picture marks their team (a different SVG), so it is a render of its own.
      expect(lead?.chart?.data).toBeInstanceOf(Buffer);
      expect(lead?.chart?.data).not.toBe(admins[0]?.chart?.data);
    } finally {
      await store.close();
    }
  });
});
