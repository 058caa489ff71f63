import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openStore, type Store } from '../../src/store';
import { applyMigrations, readMigrations } from '../../src/store/migrations';

/**
 * A fresh, migrated, empty store for one test. The suite runs unchanged on both stores:
 * with DATABASE_URL it gets its own PostgreSQL database cloned from a migrated template,
 * otherwise an in-memory PGlite loaded from a migrated snapshot, a fraction of initdb and the migrations.
 */
export async function createTestStore(): Promise<Store> {
  const url = process.env.DATABASE_URL;
  return url ? createPostgresTestStore(url) : createPgliteTestStore();
}

/**
 * Empties a store as a fresh one is (no rows, identities from 1; the migrations seed nothing), for suites
 * whose tests each need an empty store: one TRUNCATE instead of opening a store per test.
 */
export async function emptyTestStore(store: Store): Promise<void> {
  await store.withSql(async (session) => {
    const tables = await session.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'",
    );
    await session.exec(`TRUNCATE ${tables.map((table) => `"${table.name}"`).join(', ')} RESTART IDENTITY CASCADE`);
  });
}

export const testStoreKind = process.env.DATABASE_URL ? 'postgres' : 'pglite';

const migrationsDigest = createHash('sha256')
  .update(
    readMigrations()
      .map((migration) => migration.checksum)
      .join(),
  )
  .digest('hex')
  .slice(0, 12);

let snapshot: Promise<Blob> | undefined;

async function createPgliteTestStore(): Promise<Store> {
  snapshot ??= loadOrBuildSnapshot();
  return openStore({ memory: { snapshot: await snapshot } });
}

/**
 * A data directory holding a migrated embedded store, as a previous `docket serve` leaves it. Opening
 * it skips initdb, which blocks the event loop for seconds, many more on a busy machine.
 * The store keeps its database in <dir>/pgdata (src/store/client.ts).
 */
export async function createMigratedDataDir(prefix: string): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  snapshot ??= loadOrBuildSnapshot();
  const db = await PGlite.create(path.join(dataDir, 'pgdata'), { loadDataDir: await snapshot });
  await db.close();
  return dataDir;
}

async function loadOrBuildSnapshot(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `docket-test-snapshot-${migrationsDigest}.tar`);
  if (fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
  const db = await PGlite.create();
  await applyMigrations({
    query: async (sql, params) => (await db.query(sql, params)).rows as never,
    exec: async (script) => {
      await db.exec(script);
    },
  });
  const dump = await db.dumpDataDir('none');
  await db.close();
  const bytes = Buffer.from(await dump.arrayBuffer());
  // Written under a temporary name and renamed, so parallel Jest workers never read half a file.
  const partial = `${file}.${process.pid}`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, file);
  return new Blob([bytes]);
}

let databaseCounter = 0;

async function createPostgresTestStore(baseUrl: string): Promise<Store> {
  const template = `docket_template_${migrationsDigest}`;
  await ensureTemplate(baseUrl, template);
  const name = `docket_t_${process.pid}_${Date.now().toString(36)}_${databaseCounter++}`;
  await withAdmin(baseUrl, (admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ databaseUrl: url.toString(), migrate: false });
  const close = store.close;
  return {
    ...store,
    close: async () => {
      await close();
      await withAdmin(baseUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function ensureTemplate(baseUrl: string, template: string): Promise<void> {
  await withAdmin(baseUrl, async (admin) => {
    // Serialise template creation across parallel Jest workers.
    await admin.query('SELECT pg_advisory_lock(4242001)');
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (exists.rowCount) return;
      await admin.query(`CREATE DATABASE "${template}"`);
      const url = new URL(baseUrl);
      url.pathname = `/${template}`;
      const store = await openStore({ databaseUrl: url.toString() });
      await store.close();
    } finally {
      await admin.query('SELECT pg_advisory_unlock(4242001)');
    }
  });
}

async function withAdmin<T>(baseUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
