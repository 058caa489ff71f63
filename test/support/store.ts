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

/**
 * The shared buffers of a test's in-memory store. PostgreSQL zeroes them when it starts, which at the product's
 * 32 MB took about a tenth of a second of CPU per store, and the suite opens hundreds; a test's few rows fit in 8 MB.
 */
const TEST_SHARED_BUFFERS = '8MB';
const testStartParams = () => [...PGlite.defaultStartParams, '-c', `shared_buffers=${TEST_SHARED_BUFFERS}`];

async function createPgliteTestStore(): Promise<Store> {
  snapshot ??= loadOrBuildSnapshot();
  return openStore({ memory: { snapshot: await snapshot, sharedBuffers: TEST_SHARED_BUFFERS } });
}

/**
 * An in-memory PGlite database, not a Store, started from the migrated snapshot: for tests of the SQL
 * underneath the store, at a fraction of what initdb (`PGlite.create()`) costs.
 */
export async function createSnapshotPglite(): Promise<PGlite> {
  snapshot ??= loadOrBuildSnapshot();
  return PGlite.create({ loadDataDir: await snapshot, startParams: testStartParams() });
}

/**
 * A data directory holding a migrated embedded store, as a previous `docket serve` leaves it. Opening
 * it skips initdb, which blocks the event loop for seconds, many more on a busy machine.
 * The store keeps its database in <dir>/pgdata (src/store/client.ts).
 */
export async function createMigratedDataDir(prefix: string): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  snapshot ??= loadOrBuildSnapshot();
  const db = await PGlite.create(path.join(dataDir, 'pgdata'), {
    loadDataDir: await snapshot,
    startParams: testStartParams(),
  });
  await db.close();
  return dataDir;
}

async function loadOrBuildSnapshot(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `docket-test-snapshot-${migrationsDigest}-${SNAPSHOT_FORMAT}.tar`);
  if (fs.existsSync(file)) return new Blob([fs.readFileSync(file)]);
  const db = await PGlite.create();
  await applyMigrations({
    query: async (sql, params) => (await db.query(sql, params)).rows as never,
    exec: async (script) => {
      await db.exec(script);
    },
  });
  // Every test file unpacks the snapshot, so it keeps only what a store uses: the one database (the
  // store never creates another, so the template databases go) and the WAL from a checkpoint taken in
  // a fresh segment (the segment before it is removed, the zeroes after it trimmed by trimWalSegments).
  await db.exec("UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')");
  await db.exec('DROP DATABASE template0');
  await db.exec('DROP DATABASE template1');
  await db.exec('SET wal_recycle = off');
  await db.query('SELECT pg_switch_wal()');
  await db.exec('CHECKPOINT');
  const dump = await db.dumpDataDir('none');
  await db.close();
  const bytes = trimWalSegments(Buffer.from(await dump.arrayBuffer()));
  // Written under a temporary name and renamed, so parallel Jest workers never read half a file.
  const partial = `${file}.${process.pid}`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, file);
  return new Blob([bytes]);
}

/** Bumped when what loadOrBuildSnapshot keeps changes, so a snapshot left in the temporary directory is rebuilt. */
const SNAPSHOT_FORMAT = 'v2';
const TAR_BLOCK = 512;
const WAL_PAGE = 8192;

/**
 * A WAL segment is written at its full size, zeroes past the last record. PostgreSQL reads up to the
 * first page that holds no record and writes on from there, so a segment cut one page past its last
 * record starts the same; the file grows again as the store writes.
 */
function trimWalSegments(tar: Buffer): Buffer {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset + TAR_BLOCK <= tar.length) {
    const header = Buffer.from(tar.subarray(offset, offset + TAR_BLOCK));
    if (header.every((byte) => byte === 0)) {
      parts.push(tar.subarray(offset));
      break;
    }
    const name = header.toString('latin1', 0, 100).replace(/\0.*$/s, '');
    const size = parseInt(header.toString('latin1', 124, 136).replace(/\0.*$/s, '').trim() || '0', 8);
    const start = offset + TAR_BLOCK;
    let data = tar.subarray(start, start + size);
    if (/pg_wal\/[0-9A-F]{24}$/.test(name)) {
      let end = data.length;
      while (end > 0 && data[end - 1] === 0) end--;
      data = data.subarray(0, Math.min(data.length, (Math.ceil(end / WAL_PAGE) + 1) * WAL_PAGE));
      header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124, 12, 'latin1');
      header.fill(' ', 148, 156);
      const checksum = header.reduce((sum, byte) => sum + byte, 0);
      header.write(`${checksum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
    }
    parts.push(header, data, Buffer.alloc((TAR_BLOCK - (data.length % TAR_BLOCK)) % TAR_BLOCK));
    offset = start + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK;
  }
  return Buffer.concat(parts);
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
