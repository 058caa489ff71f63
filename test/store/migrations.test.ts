import type { PGlite } from '@electric-sql/pglite';
import { applyMigrations, pendingMigrations, readMigrations, type SqlSession } from '../../src/store/migrations';
import { createSnapshotPglite, createTestStore, testStoreKind } from '../support/store';

function sessionOf(db: PGlite): SqlSession {
  return {
    query: async (sql, params) => (await db.query(sql, params)).rows as never,
    exec: async (script) => {
      await db.exec(script);
    },
  };
}

describe('migrations', () => {
  // One embedded database for these tests (from the migrated snapshot: initdb costs seconds); each test
  // starts from an empty schema, the migrations and their ledger dropped with it.
  let db: PGlite;
  let session: SqlSession;
  beforeAll(async () => {
    db = await createSnapshotPglite();
    session = sessionOf(db);
  });
  beforeEach(() => session.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;'));
  afterAll(() => db.close());

  it('apply every migration once and are a no-op the second time', async () => {
    const first = await applyMigrations(session);
    expect(first.applied).toEqual(readMigrations().map((migration) => migration.name));
    const second = await applyMigrations(session);
    expect(second.applied).toEqual([]);
    expect(await pendingMigrations(session)).toEqual([]);
  });

  it('roll a failing migration back completely and stop there', async () => {
    const broken = [
      { name: '001_ok', sql: 'CREATE TABLE a (id int);', checksum: 'x' },
      { name: '002_broken', sql: 'CREATE TABLE b (id int); SELECT * FROM missing_table;', checksum: 'y' },
      { name: '003_never', sql: 'CREATE TABLE c (id int);', checksum: 'z' },
    ];
    await expect(applyMigrations(session, broken)).rejects.toThrow(/002_broken failed and was rolled back/);
    const tables = await session.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('a','b','c')",
    );
    expect(tables.map((row) => row.name)).toEqual(['a']);
    expect(await pendingMigrations(session, broken)).toEqual(['002_broken', '003_never']);
  });

  it('refuse to run when an applied migration file was edited', async () => {
    await applyMigrations(session, [{ name: '001', sql: 'CREATE TABLE a (id int);', checksum: 'one' }]);
    await expect(
      applyMigrations(session, [{ name: '001', sql: 'CREATE TABLE a (id int);', checksum: 'two' }]),
    ).rejects.toThrow(/edited after it was applied/);
  });
});

describe(`a fresh test store (${testStoreKind})`, () => {
  it('is migrated and empty', async () => {
    const store = await createTestStore();
    try {
      expect(store.kind).toBe(testStoreKind);
      expect(await store.prisma.court.count()).toBe(0);
      expect(await store.withSql((session) => pendingMigrations(session))).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
