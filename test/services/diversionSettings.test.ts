import { seedCourt, type Fixture } from '../support/court';
import { createTestStore } from '../support/store';
import type { Store } from '../../src/store';
import { DiversionSettingsService, parseShareRange } from '../../src/services/diversionSettings';
import { CourtSettingsError } from '../../src/services/courts';
import { resolveMetricPolicy } from '../../src/domain/metrics';

describe('what the court sets for 繁简分流', () => {
  let store: Store;
  let fixture: Fixture;
  let settings: DiversionSettingsService;
  beforeAll(async () => {
    store = await createTestStore();
    fixture = await seedCourt(store);
    settings = new DiversionSettingsService({ prisma: store.prisma });
  });
  afterAll(async () => {
    await store?.close();
  });

  test('a team set to 速裁快审 is listed as such; the change is audit-logged and moves the data version', async () => {
    const before = await store.prisma.court.findUniqueOrThrow({ where: { id: fixture.courtId } });
    await settings.setTeamKind(fixture.courtId, '民一庭', '速裁', 'cli:test');
    const teams = await settings.listTeams(fixture.courtId);
    expect(teams.find((team) => team.name === '民一庭')).toMatchObject({ kind: '速裁快审', fastTrack: true });
    const audit = await store.prisma.auditLog.findFirst({ where: { action: 'team.kind_set' } });
    expect(audit?.after).toEqual({ kind: 'fast_track' });
    const after = await store.prisma.court.findUniqueOrThrow({ where: { id: fixture.courtId } });
    expect(after.dataVersion).toBeGreaterThan(before.dataVersion);
    await settings.setTeamKind(fixture.courtId, '民一庭', '繁案', 'cli:test');
  });

  test('an unknown kind or team is refused with the kinds there are', async () => {
    await expect(settings.setTeamKind(fixture.courtId, '民一庭', '普通审判', 'cli:test')).rejects.toThrow(
      CourtSettingsError,
    );
    await expect(settings.setTeamKind(fixture.courtId, '民三庭', '速裁快审', 'cli:test')).rejects.toThrow(
      /no team called/,
    );
  });

  test('a team whose stored kind Docket does not know is listed as such (counted as 普通)', async () => {
    await store.prisma.team.update({ where: { id: fixture.teams.civil2 }, data: { kind: '特色团队' } });
    const teams = await settings.listTeams(fixture.courtId);
    expect(teams.find((team) => team.name === '民二庭')).toMatchObject({ kind: '特色团队', kindKnown: false });
    await store.prisma.team.update({ where: { id: fixture.teams.civil2 }, data: { kind: '速裁快审' } });
  });

  test('the share range is kept in the court’s 口径 beside its other overrides', async () => {
    await store.prisma.court.update({
      where: { id: fixture.courtId },
      data: { metricPolicy: { averageDays: { subtractExcludedDays: true } } },
    });
    await settings.setFastTrackShare(fixture.courtId, { min: 65, max: 75 }, 'cli:test');
    const court = await store.prisma.court.findUniqueOrThrow({ where: { id: fixture.courtId } });
    const policy = resolveMetricPolicy(court.metricPolicy);
    expect(policy.diversion.fastTrackShare).toEqual({ min: 65, max: 75 });
    expect(policy.averageDays.subtractExcludedDays).toBe(true);
    await store.prisma.court.update({ where: { id: fixture.courtId }, data: { metricPolicy: {} } });
  });

  test('a range reads 60-70, 60%–70% or 60至70; a reversed or out-of-range one is refused', () => {
    expect(parseShareRange('60-70')).toEqual({ min: 60, max: 70 });
    expect(parseShareRange('60%–70%')).toEqual({ min: 60, max: 70 });
    expect(parseShareRange('60至70')).toEqual({ min: 60, max: 70 });
    expect(parseShareRange('70-60')).toBeNull();
    expect(parseShareRange('60-170')).toBeNull();
    expect(parseShareRange('sixty')).toBeNull();
  });
});
