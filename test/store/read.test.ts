import { Prisma } from '../../src/generated/prisma/client';
import { isStoreUnavailable } from '../../src/services/errors';
import type { Store } from '../../src/store';
import { createTestStore, testStoreKind } from '../support/store';

describe(`hot reads outside Prisma (store.read, ${testStoreKind})`, () => {
  let store: Store;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(() => store.close());

  it('return the same values on either store: dates as YYYY-MM-DD text, counts as numbers, numeric as text, json parsed', async () => {
    const rows = await store.read<Record<string, unknown>>(Prisma.sql`
      SELECT '2024-08-31'::date AS "filedOn", NULL::date AS "closedOn", count(*) AS cases, 12.50::numeric(12, 2) AS amount,
        2.5::float8 AS ratio, true AS extended, '{"a":[1,"二"]}'::json AS facts, ARRAY[3, 1]::int[] AS ids
      FROM generate_series(1, 3)`);
    expect(rows).toEqual([
      {
        filedOn: '2024-08-31',
        closedOn: null,
        cases: 3,
        amount: '12.50',
        ratio: 2.5,
        extended: true,
        facts: { a: [1, '二'] },
        ids: [3, 1],
      },
    ]);
  });

  it('send values as parameters, never as SQL text, arrays included', async () => {
    const awkward = `王'明"; DROP TABLE "Court"; --`;
    const rows = await store.read<{ echoed: string; hit: boolean }>(
      Prisma.sql`SELECT ${awkward}::text AS echoed, ${2}::int = ANY(${[1, 2]}::int[]) AS hit`,
    );
    expect(rows).toEqual([{ echoed: awkward, hit: true }]);
    expect(await store.prisma.court.count()).toBe(0);
  });

  it('see what Prisma wrote, and Prisma what it reads', async () => {
    const court = await store.prisma.court.create({
      data: { code: '内0291', name: '包头稀土高新技术产业开发区人民法院' },
    });
    const [row] = await store.read<{ name: string; dataVersion: number }>(
      Prisma.sql`SELECT name, "dataVersion" FROM "Court" WHERE id = ${court.id}`,
    );
    expect(row).toEqual({ name: court.name, dataVersion: court.dataVersion });
  });
});

describe(`a hot read on a closed store (${testStoreKind})`, () => {
  it('fails as the store being unavailable, so the user is told Docket is unavailable', async () => {
    const store = await createTestStore();
    await store.close();
    const failure = await store.read(Prisma.sql`SELECT 1`).catch((error: unknown) => error);
    expect(isStoreUnavailable(failure)).toBe(true);
  });
});
