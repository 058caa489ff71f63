import { seedCourt } from '../support/court';
import { createTestStore } from '../support/store';
import { renderPng } from '../../src/slack/charts/png';
import { FakeSlackApi } from '../../src/slack/local/fakeSlackApi';
import { ManualClock, runnerFor } from './support';

describe('the weekly report chart', () => {
  test('is rasterised off the event loop: Slack requests sharing the process are answered while it renders', async () => {
    // resvg reads the font for every glyph it draws: a chart full of Chinese labels takes a while.
    const labels = Array.from({ length: 12 }, (_, index) => `<text x="10" y="${20 + index * 15}" font-size="12">速裁快审团队${index} 结案率 92.5%</text>`).join('');
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
      await store.prisma.teamTarget.create({ data: { teamId: fixture.teams.civil1, metric: 'closureRate', periodKind: 'year', periodKey: '2025', value: 90 } });
      const second = await store.prisma.person.create({ data: { courtId: fixture.courtId, name: '冯敏', role: 'admin', slackUserId: 'U0FENG010', email: 'feng@court.example' } });
      const runner = runnerFor(store, new FakeSlackApi(), new ManualClock('2025-06-16T09:00:00+08:00'), { charts: true });
      const request = await runner.occasionFor(fixture.courtId, 'weekly', '2025-06-16');
      if (!request) throw new Error('the weekly report goes out on Monday 2025-06-16');
      const { digests } = await runner.plan(request, { only: null, charts: true });
      const admins = digests.filter((digest) => digest.personId === fixture.people.wu || digest.personId === second.id);
      const lead = digests.find((digest) => digest.personId === fixture.people.chen);
      expect(admins).toHaveLength(2);
      expect(admins[0]?.chart?.data).toBeInstanceOf(Buffer);
      expect(admins[1]?.chart?.data).toBe(admins[0]?.chart?.data);
      expect(admins.map((digest) => digest.chart?.filename)).toEqual([`docket-weekly-2025-W24-person-${fixture.people.wu}.png`, `docket-weekly-2025-W24-person-${second.id}.png`]);
      // The lead's picture marks their team (a different SVG), so it is a render of its own.
      expect(lead?.chart?.data).toBeInstanceOf(Buffer);
      expect(lead?.chart?.data).not.toBe(admins[0]?.chart?.data);
    } finally {
      await store.close();
    }
  });
});
