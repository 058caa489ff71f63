import type { Store } from '../../src/store';
import { bulkInsert, bulkUpdate, bulkTable } from '../../src/store/bulk';
import { createTestStore } from '../support/store';

interface Row {
  id: number;
  code: string;
  name: string;
  comparison: string;
}

const COURTS = bulkTable<Row>('Court', [
  { name: 'id', type: 'int', value: (row) => row.id },
  { name: 'code', type: 'text', value: (row) => row.code },
  { name: 'name', type: 'text', value: (row) => row.name },
  { name: 'comparisonMode', type: 'text', enumType: 'ComparisonMode', value: (row) => row.comparison },
  { name: 'updatedAt', type: 'timestamp(3)', value: () => '2026-01-01T00:00:00.000Z' },
]);

describe('bulk writes through unnest', () => {
  let store: Store;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(() => store.close());

  it('insert text with quotes, braces, backslashes and commas unchanged, and cast enum columns', async () => {
    const awkward = '包头"稀土",{高新}\\区 NULL';
    const rows: Row[] = Array.from({ length: 25 }, (_, index) => ({
      id: index + 1,
      code: `内${1000 + index}`,
      name: index === 3 ? awkward : `法院${index}`,
      comparison: index % 2 ? 'ranked' : 'unranked',
    }));
    await store.withSql((session) => bulkInsert(session, COURTS, rows, 10));
    const stored = await store.prisma.court.findMany({ orderBy: { id: 'asc' } });
    expect(stored).toHaveLength(25);
    expect(stored[3]?.name).toBe(awkward);
    expect(stored[1]?.comparisonMode).toBe('ranked');
  });

  it('update only the rows named by the key column', async () => {
    const update = bulkTable<{ id: number; name: string }>('Court', [
      { name: 'id', type: 'int', value: (row) => row.id },
      { name: 'name', type: 'text', value: (row) => row.name },
    ]);
    await store.withSql((session) =>
      bulkUpdate(session, update, [
        { id: 2, name: '二' },
        { id: 5, name: '五' },
      ]),
    );
    const names = (await store.prisma.court.findMany({ where: { id: { in: [1, 2, 5] } }, orderBy: { id: 'asc' } })).map(
      (court) => court.name,
    );
    expect(names).toEqual(['法院0', '二', '五']);
  });
});
