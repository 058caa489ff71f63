import { EmptyExportError } from '../../../src/cmsExports/readers';
import { recomputeDeadlines } from '../../../src/services/caseRecords';
import { CaseImportService } from '../../../src/services/imports/caseImport';
import { EventImportService } from '../../../src/services/imports/eventImport';
import { PeopleImportService } from '../../../src/services/imports/peopleImport';
import type { Store } from '../../../src/store';
import { fixture, scratchDir } from '../../support/importFixtures';
import { createTestStore, emptyTestStore } from '../../support/store';

describe('importing the roster and case events', () => {
  let store: Store;
  const scratch = scratchDir();
  const options = { actor: 'test' };

  // One store for the file, emptied before each test.
  beforeAll(async () => {
    store = await createTestStore();
  });
  beforeEach(async () => {
    await emptyTestStore(store);
    await store.prisma.court.create({ data: { code: '内0291', name: '包头稀土高新技术产业开发区人民法院' } });
  });
  afterAll(async () => {
    await store?.close();
    scratch.cleanup();
  });

  it('imports the roster: roles from Chinese names, teams created from their kind, leads, inactive people', async () => {
    const summary = await new PeopleImportService({ store }).run(fixture('people.csv'), options);
    expect(summary.errors).toEqual([]);
    expect(summary).toMatchObject({ inserted: 12, rejected: 0 });
    const people = await store.prisma.person.findMany({ include: { team: true }, orderBy: { staffNo: 'asc' } });
    expect(people.map((p) => [p.staffNo, p.name, p.role, p.active])).toContainEqual(['0291002', '张敏', 'judge', true]);
    expect(people.find((p) => p.staffNo === '0291012')?.active).toBe(false);
    const team = await store.prisma.team.findFirstOrThrow({
      where: { name: '民商事审判团队' },
      include: { lead: true },
    });
    expect(team.lead?.name).toBe('赵丽华');
    expect((await new PeopleImportService({ store }).run(fixture('people.csv'), options)).unchanged).toBe(12);
  });

  it('a roster export holding only its header deactivates nobody, even with deactivateMissing', async () => {
    await new PeopleImportService({ store }).run(fixture('people.csv'), options);
    const headerOnly = scratch.file('roster-header.csv', '姓名,工号,角色,所属团队\n');
    await expect(
      new PeopleImportService({ store }).run(headerOnly, { ...options, deactivateMissing: true }),
    ).rejects.toThrow(EmptyExportError);
    expect(await store.prisma.person.count({ where: { active: true } })).toBe(11);
  });

  it('deactivates people who left, never deletes them, and reports changed fields', async () => {
    await new PeopleImportService({ store }).run(fixture('people.csv'), options);
    const roster = scratch.file('roster.csv', '姓名,工号,角色,所属团队\n张敏,0291002,法官助理,速裁快审一团队\n');
    const summary = await new PeopleImportService({ store }).run(roster, { ...options, deactivateMissing: true });
    expect(summary.changes.map((change) => [change.key, change.field.en, change.before, change.after])).toEqual([
      ['0291002', 'role', 'judge', 'assistant'],
    ]);
    expect(await store.prisma.person.count()).toBe(12);
    expect(await store.prisma.person.count({ where: { active: true } })).toBe(1);
  });

  it('keeps each person’s 职务 from the roster, so the 院长 who approves extensions is found by it', async () => {
    await new PeopleImportService({ store }).run(fixture('people.csv'), options);
    const roster = scratch.file(
      'titles.csv',
      '姓名,工号,角色,职务,所属团队\n李建国,0291001,庭长,副院长,速裁快审一团队\n张敏,0291002,员额法官,,速裁快审一团队\n',
    );
    const summary = await new PeopleImportService({ store }).run(roster, options);
    expect(summary.changes.map((change) => [change.key, change.field.zh, change.before, change.after])).toEqual([
      ['0291001', '职务', null, '副院长'],
    ]);
    const titles = await store.prisma.person.findMany({
      where: { staffNo: { in: ['0291001', '0291002'] } },
      orderBy: { staffNo: 'asc' },
    });
    expect(titles.map((person) => [person.name, person.role, person.title])).toEqual([
      ['李建国', 'team_lead', '副院长'],
      ['张敏', 'judge', null],
    ]);
    // A roster without the column leaves the titles as they are.
    await new PeopleImportService({ store }).run(fixture('people.csv'), options);
    expect((await store.prisma.person.findFirstOrThrow({ where: { staffNo: '0291001' } })).title).toBe('副院长');
  });

  it('rejects a team that does not exist without a kind, and an ambiguous name', async () => {
    await new PeopleImportService({ store }).run(fixture('people.csv'), options);
    const file = scratch.file('bad.csv', '姓名,角色,所属团队\n新人,法官,不存在团队\n王磊,法官,\n');
    const summary = await new PeopleImportService({ store }).run(file, options);
    expect(summary.errors.map((error) => [error.row, error.column])).toEqual([
      [2, '所属团队'],
      [3, '姓名'],
    ]);
    expect(summary.outcome).toBe('rejected');
  });

  it('imports case events idempotently by fingerprint and updates a corrected detail', async () => {
    await new PeopleImportService({ store }).run(fixture('people.csv'), options);
    await new CaseImportService({ store }).run(fixture('cases-utf8.csv'), options);
    const first = await new EventImportService({ store }).run(fixture('events.csv'), options);
    expect(first.errors).toEqual([]);
    expect(first).toMatchObject({ inserted: 6, updated: 0 });
    expect(await recomputeDeadlines(store)).toMatchObject({ updated: 0 }); // recomputed inside the import's transaction
    expect(await new EventImportService({ store }).run(fixture('events.csv'), options)).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 6,
    });
    const corrected = scratch.file(
      'corrected.csv',
      '案号,事件类型,开始日期,结束日期,原因\n（2024）内0291执1201号,中止,2025-01-10,2025-03-01,被执行人下落不明\n',
    );
    expect(await new EventImportService({ store }).run(corrected, options)).toMatchObject({ inserted: 0, updated: 1 });
    const extended = await store.prisma.case.findFirstOrThrow({
      where: { normalizedNumber: '（2024）内0291民初1002号' },
    });
    expect(extended.extended).toBe(true);
  });

  it('rejects events of unknown cases and events missing what their kind needs', async () => {
    await new PeopleImportService({ store }).run(fixture('people.csv'), options);
    await new CaseImportService({ store }).run(fixture('cases-utf8.csv'), options);
    const file = scratch.file(
      'events-bad.csv',
      '案号,事件类型,日期,延长期限\n（2024）内0291民初9999号,中止,2025-01-01,\n（2024）内0291民初1002号,延长审限,2025-02-20,\n',
    );
    const summary = await new EventImportService({ store }).run(file, options);
    expect(summary.errors.map((error) => [error.row, error.column, error.reason.en])).toEqual([
      [2, '案号', 'this court has no case （2024）内0291民初9999号; import the cases first'],
      [3, '延长期限', 'an extension needs its length'],
    ]);
    expect(await store.prisma.caseEvent.count()).toBe(0);
  });
});
