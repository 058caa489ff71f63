import { compareTeams, RANKING_NOTICE, type TeamMetric } from '../../../src/domain/metrics';

const teams: TeamMetric[] = [
  { teamId: 1, teamName: '速裁一团队', value: 92.5, target: 90 },
  { teamId: 2, teamName: '繁案团队', value: 71, target: 80 },
  { teamId: 3, teamName: '执行团队', value: 92.5, target: null },
  { teamId: 4, teamName: '刑事团队', value: null, target: 85 },
  { teamId: 5, teamName: '行政团队', value: 60, target: null },
];

describe('comparing teams on a metric', () => {
  it('unranked (the default the SPC 2024 guidance favours): fixed order, each against its own target or the band', () => {
    const result = compareTeams({ mode: 'unranked', metric: 'onTimeRate', teams, band: { min: 65 } });
    expect(result.rows.map((row) => [row.label, row.status, row.rank])).toEqual([
      ['速裁一团队', 'met', null],
      ['繁案团队', 'not_met', null],
      ['执行团队', 'met', null],
      ['刑事团队', 'no_data', null],
      ['行政团队', 'not_met', null],
    ]);
    expect(result.rows[1]?.gap).toBe(-9);
    expect(result.notice).toBeNull();
  });

  it('without a target or band a team is simply shown', () => {
    expect(compareTeams({ mode: 'unranked', metric: 'onTimeRate', teams }).rows[2]?.status).toBe('no_target');
  });

  it('ranked: best first by the metric’s direction, ties share a rank, no data last, with the SPC notice', () => {
    const result = compareTeams({ mode: 'ranked', metric: 'onTimeRate', teams });
    expect(result.rows.map((row) => [row.label, row.rank])).toEqual([
      ['速裁一团队', 1],
      ['执行团队', 1],
      ['繁案团队', 3],
      ['行政团队', 4],
      ['刑事团队', null],
    ]);
    expect(result.notice).toBe(RANKING_NOTICE);
    const lowerIsBetter = compareTeams({ mode: 'ranked', metric: 'avgDays', teams: teams.slice(0, 2) });
    expect(lowerIsBetter.rows[0]?.label).toBe('繁案团队');
    expect(compareTeams({ mode: 'unranked', metric: 'avgDays', teams: teams.slice(0, 2) }).rows[1]?.status).toBe('met'); // 71 days ≤ 80
  });

  it('anonymized: the viewer’s team named first, the others lettered without their ids', () => {
    const result = compareTeams({ mode: 'anonymized', metric: 'onTimeRate', teams, viewerTeamId: 2, seed: '2026-W48' });
    expect(result.rows[0]).toMatchObject({ label: '繁案团队', viewer: true, teamId: 2 });
    expect(result.rows.slice(1).map((row) => row.label)).toEqual(['团队A', '团队B', '团队C', '团队D']);
    expect(result.rows.slice(1).every((row) => row.teamId === null && row.rank === null)).toBe(true);
  });

  it('anonymized letters are deterministic for a seed and independent of input order', () => {
    const once = compareTeams({ mode: 'anonymized', metric: 'onTimeRate', teams, viewerTeamId: 2, seed: 'x' });
    const again = compareTeams({
      mode: 'anonymized',
      metric: 'onTimeRate',
      teams: [...teams].reverse(),
      viewerTeamId: 2,
      seed: 'x',
    });
    expect(again.rows.map((row) => [row.label, row.value])).toEqual(once.rows.map((row) => [row.label, row.value]));
  });
});
