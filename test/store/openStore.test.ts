import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openStore, StoreUnavailableError } from '../../src/store';
import { readMigrations } from '../../src/store/migrations';

describe('the embedded store', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-store-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('refuses a second owner of its data directory with a sentence saying what to do', async () => {
    const first = await openStore({ dataDir });
    try {
      const second = openStore({ dataDir });
      await expect(second).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(second).rejects.toThrow(/in use by another Docket process \(pid \d+\).*DOCKET_DATA_DIR/);
    } finally {
      await first.close();
    }
    const reopened = await openStore({ dataDir });
    await reopened.close();
  }, 120_000); // creating an on-disk PGlite twice takes seconds, more on a loaded 2-core machine

  it('says which directory cannot be written', async () => {
    const blocker = path.join(dataDir, 'a-file');
    fs.writeFileSync(blocker, '');
    await expect(openStore({ dataDir: path.join(blocker, 'data') })).rejects.toThrow(
      /cannot write to the data directory .*DOCKET_DATA_DIR/,
    );
  });
});

describe('PostgreSQL connection problems', () => {
  it('explain a refused connection and how to start PostgreSQL', async () => {
    await expect(openStore({ databaseUrl: 'postgres://postgres@127.0.0.1:1/docket' })).rejects.toThrow(
      /refused the connection: start PostgreSQL/,
    );
  });
});

const baseUrl = process.env.DATABASE_URL;
const onPostgres = baseUrl ? describe : describe.skip;
if (!baseUrl) console.info('PostgreSQL-only store tests skipped: DATABASE_URL is not set');

onPostgres('several instances starting at once on one PostgreSQL', () => {
  const name = `docket_race_${process.pid}`;
  const admin = () => new pg.Client({ connectionString: baseUrl });

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
  });
  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });

  it('apply each migration exactly once', async () => {
    const url = new URL(baseUrl!);
    url.pathname = `/${name}`;
    const stores = await Promise.all([1, 2, 3, 4].map(() => openStore({ databaseUrl: url.toString() })));
    const rows = await stores[0]!.withSql((session) =>
      session.query<{ migration_name: string }>(
        'SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name',
      ),
    );
    expect(rows.map((row) => row.migration_name)).toEqual(readMigrations().map((migration) => migration.name));
    await Promise.all(stores.map((store) => store.close()));
  });
});
