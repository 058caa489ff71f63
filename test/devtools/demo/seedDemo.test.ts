import { recomputeDeadlines } from '../../../src/services/caseRecords';
import { seedDemo, StoreNotEmptyError } from '../../../src/devtools/demo/seedDemo';
import type { Store } from '../../../src/store';
import { createTestStore } from '../../support/store';

const OPTIONS = { scale: 'tiny', seed: 3, asOf: '2026-06-30', reset: false } as const;

/** Every row the seed writes, minus nothing: ids and timestamps included, so equality means byte-identical data. */
async function dump(store: Store): Promise<unknown> {
  return store.withSql(async (session) => {
    const tables = ['Court', 'Team', 'Person', 'JudgeAssignment', 'Case', 'CaseEvent', 'TeamTarget', 'Schedule'];
    const result: Record<string, unknown[]> = {};
    for (const table of tables) result[table] = await session.query(`SELECT * FROM "${table}" ORDER BY 1, 2`);
    return result;
  });
}

describe('docket seed demo on the store', () => {
  let store: Store;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(() => store.close());

  it('writes the court, its people and cases, with the 审限 columns a recompute would write', async () => {
    const report = await seedDemo(store, OPTIONS);
    expect(report).toMatchObject({ courts: 1, teams: 9, people: 42 });
    expect(report.cases).toBeGreaterThan(600);
    expect(await store.prisma.case.count()).toBe(report.cases);
    expect(await store.prisma.caseEvent.count()).toBe(report.events);
    expect(await recomputeDeadlines(store, { asOf: OPTIONS.asOf })).toMatchObject({
      examined: report.cases,
      updated: 0,
      problems: [],
    });
    // New rows after the seed get fresh ids.
    const court = await store.prisma.court.create({ data: { code: '内0102', name: '另一法院' } });
    expect(court.id).toBe(2);
    await store.prisma.court.delete({ where: { id: court.id } });
  });

  it('refuses to seed a store that already holds court data, and leaves it as it was', async () => {
    const before = await dump(store);
    await expect(seedDemo(store, { ...OPTIONS, seed: 4 })).rejects.toBeInstanceOf(StoreNotEmptyError);
    await expect(seedDemo(store, { ...OPTIONS, seed: 4 })).rejects.toThrow(
      /already holds 1 court\(s\), 42 people .*--reset/,
    );
    expect(await dump(store)).toEqual(before);
  });

  it('with reset, replaces the data; the same options give identical rows', async () => {
    const before = await dump(store);
    await seedDemo(store, { ...OPTIONS, seed: 4, reset: true });
    expect(await dump(store)).not.toEqual(before);
    await seedDemo(store, { ...OPTIONS, reset: true });
    expect(await dump(store)).toEqual(before);
  });
});
