import { CourtSettingsError, CourtsService } from '../../src/services/courts';
import { PeopleImportService } from '../../src/services/imports/peopleImport';
import type { Store } from '../../src/store';
import { fixture } from '../support/importFixtures';
import { createTestStore, emptyTestStore } from '../support/store';

const NAME = '包头稀土高新技术产业开发区人民法院';

async function refusal(promise: Promise<unknown>): Promise<{ zh: string; en: string }> {
  const error: unknown = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(CourtSettingsError);
  return (error as CourtSettingsError).reason;
}

describe('a court registering itself before its first import', () => {
  let store: Store;
  let courts: CourtsService;
  // One store for the file, emptied before each test.
  beforeAll(async () => {
    store = await createTestStore();
    courts = new CourtsService({ prisma: store.prisma });
  });
  beforeEach(() => emptyTestStore(store));
  afterAll(() => store?.close());

  it('is registered by its 法院代字, written as its 案号 write it, and audit-logged', async () => {
    const court = await courts.add({ code: ' 内０２９１ ', name: NAME }, 'cli:it');
    expect(court).toMatchObject({
      code: '内0291',
      name: NAME,
      timeZone: 'Asia/Shanghai',
      comparisonMode: 'unranked',
      managementChannelId: null,
    });
    expect(await courts.list()).toEqual([
      expect.objectContaining({ code: '内0291', teams: 0, people: 0, openCases: 0 }),
    ]);
    const audit = await store.prisma.auditLog.findMany({ where: { entity: 'Court' } });
    expect(audit).toEqual([
      expect.objectContaining({ action: 'court.created', entityId: '内0291', actorLabel: 'cli:it', before: null }),
    ]);
  });

  it('refuses what is not a court code, a blank name, and a code already registered, changing nothing', async () => {
    expect((await refusal(courts.add({ code: '蒙0291', name: NAME }, 'cli:it'))).zh).toContain(
      '内蒙古自治区的法院代字为“内”',
    );
    expect((await refusal(courts.add({ code: '内0291民初', name: NAME }, 'cli:it'))).en).toContain('unexpected "民初"');
    expect((await refusal(courts.add({ code: '内0291', name: '  ' }, 'cli:it'))).en).toContain('needs a name');
    await courts.add({ code: '内0291', name: NAME }, 'cli:it');
    expect((await refusal(courts.add({ code: '内0291', name: '另一个法院' }, 'cli:it'))).zh).toContain(
      `已登记为「${NAME}」`,
    );
    expect(await courts.list()).toEqual([expect.objectContaining({ code: '内0291', name: NAME })]);
  });

  it('links its cases into its case-management system once given a URL template, and "none" removes the link', async () => {
    await courts.add({ code: '内0291', name: NAME }, 'cli:it');
    const template = 'https://cms.court.example/case?ah={caseNumber}';
    expect(await courts.update('内0291', { cmsUrlTemplate: ` ${template} ` }, 'cli:it')).toMatchObject({
      cmsUrlTemplate: template,
    });
    const refused = await refusal(
      courts.update('内0291', { cmsUrlTemplate: 'https://cms.court.example/case' }, 'cli:it'),
    );
    expect(refused.zh).toContain('办案系统网址无效：网址模板须包含 {caseNumber}');
    expect(refused.en).toContain('must contain {caseNumber}');
    expect((await courts.list())[0]?.cmsUrlTemplate).toBe(template);
    expect(await courts.update('内0291', { cmsUrlTemplate: null }, 'cli:it')).toMatchObject({
      cmsUrlTemplate: null,
    });
    const audit = await store.prisma.auditLog.findMany({ where: { action: 'court.updated' }, orderBy: { id: 'asc' } });
    expect(audit.map((row) => (row.after as { cmsUrlTemplate: string | null }).cmsUrlTemplate)).toEqual([
      template,
      null,
    ]);
  });

  it('names the roster 职务 whose holder approves 延长审限 (院长 unless the court designates another)', async () => {
    await courts.add({ code: '内0291', name: NAME }, 'cli:it');
    expect((await courts.list())[0]?.extensionApproverTitle).toBe('院长');
    expect(await courts.update('内0291', { extensionApproverTitle: ' 分管副院长 ' }, 'cli:it')).toMatchObject({
      extensionApproverTitle: '分管副院长',
    });
    expect((await refusal(courts.update('内0291', { extensionApproverTitle: '  ' }, 'cli:it'))).en).toContain(
      'extensionApproverTitle',
    );
    const audit = await store.prisma.auditLog.findFirstOrThrow({ where: { action: 'court.updated' } });
    expect(audit.before).toMatchObject({ extensionApproverTitle: '院长' });
    expect(audit.after).toMatchObject({ extensionApproverTitle: '分管副院长' });
  });

  it('takes its roster next, and its list shows the teams and people imported', async () => {
    await courts.add({ code: '内0291', name: NAME }, 'cli:it');
    const summary = await new PeopleImportService({ store }).run(fixture('people.csv'), { actor: 'test' });
    expect(summary.rejected).toBe(0);
    const [court] = await courts.list();
    expect(court?.people).toBeGreaterThan(0);
    expect(court?.teams).toBeGreaterThan(0);
  });

  it('changes its name, comparison mode and digest channels, audit-logged, and moves its data version so caches refresh', async () => {
    await courts.add({ code: '内0291', name: '稀土高新区法院' }, 'cli:it');
    const before = await store.prisma.court.findUniqueOrThrow({ where: { code: '内0291' } });
    const after = await courts.update(
      '内0291',
      { name: NAME, comparisonMode: 'anonymized', managementChannelId: 'C0MANAGE1', sendEmptyDaily: true },
      'cli:it',
    );
    expect(after).toMatchObject({
      name: NAME,
      comparisonMode: 'anonymized',
      managementChannelId: 'C0MANAGE1',
      rulesChannelId: null,
      sendEmptyDaily: true,
    });
    const stored = await store.prisma.court.findUniqueOrThrow({ where: { code: '内0291' } });
    expect(stored.dataVersion).toBe(before.dataVersion + 1);
    const audit = await store.prisma.auditLog.findFirstOrThrow({ where: { action: 'court.updated' } });
    expect(audit).toMatchObject({
      before: expect.objectContaining({ name: '稀土高新区法院', comparisonMode: 'unranked' }),
      after: expect.objectContaining({ name: NAME, comparisonMode: 'anonymized' }),
    });

    const cleared = await courts.update('内0291', { managementChannelId: null }, 'cli:it');
    expect(cleared.managementChannelId).toBeNull();
  });

  it('refuses a channel that is not a Slack channel id and an unknown court, changing nothing', async () => {
    await courts.add({ code: '内0291', name: NAME }, 'cli:it');
    expect((await refusal(courts.update('内0291', { rulesChannelId: '#rules' }, 'cli:it'))).en).toContain(
      'a Slack channel id such as C0123ABCD',
    );
    expect((await refusal(courts.update('京0105', { name: '朝阳区人民法院' }, 'cli:it'))).zh).toContain(
      '找不到法院代字为「京0105」的法院',
    );
    expect(await store.prisma.court.findUniqueOrThrow({ where: { code: '内0291' } })).toMatchObject({
      rulesChannelId: null,
      dataVersion: 0,
    });
    expect(await store.prisma.auditLog.count({ where: { action: 'court.updated' } })).toBe(0);
  });
});
