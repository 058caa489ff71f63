import path from 'node:path';
import type * as PgliteModule from '@electric-sql/pglite';
import type { PGlite } from '@electric-sql/pglite';
import type * as AdapterPgModule from '@prisma/adapter-pg';
import pg from 'pg';
import type * as PgliteAdapterModule from 'pglite-prisma-adapter';
import type * as GeneratedClient from '../generated/prisma/client';
import type { PrismaClient } from '../generated/prisma/client';
import { pgliteByteStream, postgresByteStream, type ByteStreamReader } from './byteStream';
import { lockDataDir } from './dataDirLock';
import { describePostgresConnectError, StoreUnavailableError } from './errors';
import { applyMigrations, type MigrationReport, type SqlSession } from './migrations';
import { pgliteReader, postgresReader, type StoreReader } from './read';

type StoreKind = 'pglite' | 'postgres';

export interface Store extends StoreReader, ByteStreamReader {
  kind: StoreKind;
  prisma: PrismaClient;
  /** For logs and health checks: "embedded PGlite at …" or "PostgreSQL at host:port/db". */
  location: string;
  /** The embedded database itself, for pg-boss's PGlite backend; absent on PostgreSQL. */
  pglite?: PGlite;
  /** The PostgreSQL URL, for pg-boss and bulk loaders; absent on PGlite. */
  databaseUrl?: string;
  /** Raw SQL outside Prisma: migrations and bulk loads. */
  withSql<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  migrate(): Promise<MigrationReport>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** postgres://… selects PostgreSQL; otherwise the embedded PGlite store is used. */
  databaseUrl?: string;
  /** Where PGlite keeps its data (and lock); ignored on PostgreSQL. */
  dataDir?: string;
  /**
   * An in-memory PGlite (tests), optionally started from a dumped, already-migrated snapshot. `sharedBuffers`
   * (a PostgreSQL size, default as on disk) lets a test suite that opens hundreds of small stores skip zeroing
   * a cache its few rows never fill.
   */
  memory?: { snapshot?: Blob; sharedBuffers?: string };
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** Where to say that the lock of a dead process on the data directory was taken over (default: stderr). */
  log?: (message: string) => void;
}

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const store = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options);
  if (options.migrate !== false) {
    try {
      await store.migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
  }
  return store;
}

/**
 * PGlite's default shared_buffers (four times this) is zeroed at start-up and so is resident from the first query:
 * most of an embedded store's memory. A court's working set is far smaller.
 */
const pgliteStartParams = (defaults: readonly string[], sharedBuffers = '32MB'): string[] => [
  ...defaults,
  '-c',
  `shared_buffers=${sharedBuffers}`,
];

/**
 * PGlite and its Prisma adapter are loaded only when the embedded store is opened, so a PostgreSQL
 * process never loads them. Through import(), which loads their ES module builds as they are: tsx
 * rewrites every CommonJS file that contains an import() (PGlite's is half a megabyte), which costs
 * memory and start-up time. (Jest turns this import() into a require.)
 */
async function loadPglite(): Promise<{
  PGlite: typeof PgliteModule.PGlite;
  PrismaPGlite: typeof PgliteAdapterModule.PrismaPGlite;
}> {
  // The ES module builds are typed apart from the CommonJS ones (PGlite's private fields), but are the same API.
  const [{ PGlite }, { PrismaPGlite }] = (await Promise.all([
    import('@electric-sql/pglite'),
    import('pglite-prisma-adapter'),
  ])) as unknown as [typeof PgliteModule, typeof PgliteAdapterModule];
  return { PGlite, PrismaPGlite };
}

/**
 * The Prisma client is created on first use: its query compiler (WebAssembly, the largest part of a
 * process's memory, docs/importing.md) is instantiated by the first model query, and paths that only use
 * raw SQL — case and event imports, migrations, store.read — never need it, nor to load the generated
 * client (test/cli/constraints.test.ts).
 */
function lazyPrisma(create: () => PrismaClient): { readonly client: PrismaClient; readonly created: boolean } {
  let client: PrismaClient | undefined;
  return {
    get client() {
      client ??= create();
      return client;
    },
    get created() {
      return client !== undefined;
    },
  };
}

/** The generated client, loaded synchronously because `store.prisma` is a plain property. */
function prismaClientClass(): typeof PrismaClient {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../generated/prisma/client') as typeof GeneratedClient).PrismaClient;
}

function pgliteSession(db: PGlite): SqlSession {
  return {
    query: async <Row>(sql: string, params?: unknown[]) => (await db.query<Row>(sql, params)).rows,
    exec: async (script: string) => {
      await db.exec(script);
    },
  };
}

async function openPglite(options: OpenStoreOptions): Promise<Store> {
  const { PGlite, PrismaPGlite } = await loadPglite();
  const startParams = pgliteStartParams(PGlite.defaultStartParams, options.memory?.sharedBuffers);
  let releaseLock: (() => Promise<void>) | undefined;
  let db: PGlite;
  let location: string;
  if (options.memory) {
    db = await PGlite.create({ loadDataDir: options.memory.snapshot, startParams });
    location = 'embedded PGlite in memory';
  } else {
    const dataDir = path.resolve(options.dataDir ?? '.docket');
    releaseLock = await lockDataDir(dataDir, options.log ? { log: options.log } : {});
    try {
      db = await PGlite.create(path.join(dataDir, 'pgdata'), { startParams });
    } catch (error) {
      await releaseLock();
      throw new StoreUnavailableError(
        `cannot open the embedded store in ${dataDir}: ${(error as Error).message}`,
        error,
      );
    }
    location = `embedded PGlite at ${dataDir}`;
  }
  const prisma = lazyPrisma(() => new (prismaClientClass())({ adapter: new PrismaPGlite(db) }));
  const session = pgliteSession(db);
  return {
    kind: 'pglite',
    get prisma() {
      return prisma.client;
    },
    ...pgliteReader(db),
    ...pgliteByteStream(db),
    location,
    pglite: db,
    withSql: (fn) => fn(session),
    migrate: () => applyMigrations(session),
    close: async () => {
      if (prisma.created) await prisma.client.$disconnect();
      await db.close();
      await releaseLock?.();
    },
  };
}

async function openPostgres(databaseUrl: string): Promise<Store> {
  const url = new URL(databaseUrl);
  const target = { host: url.hostname, port: url.port || '5432', database: decodeURIComponent(url.pathname.slice(1)) };
  const probe = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await probe.connect();
  } catch (error) {
    throw new StoreUnavailableError(describePostgresConnectError(error, target), error);
  } finally {
    await probe.end().catch(() => undefined);
  }
  // One pool for Prisma and the hot reads, so the connection limit holds for the process as a whole.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle connection dropped by the server (a restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  // Prisma ends the pool when it disconnects; used after close, it opens a new one and meets whatever the server says then.
  const prisma = lazyPrisma(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { PrismaPg } = require('@prisma/adapter-pg') as typeof AdapterPgModule;
    return new (prismaClientClass())({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  });
  const withSql = async <T>(fn: (session: SqlSession) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return await fn({
        query: async <Row>(sql: string, params?: unknown[]) =>
          (await client.query(sql, params as unknown[] | undefined)).rows as Row[],
        exec: async (script: string) => {
          await client.query(script);
        },
      });
    } finally {
      await client.end();
    }
  };
  return {
    kind: 'postgres',
    get prisma() {
      return prisma.client;
    },
    ...postgresReader(pool),
    ...postgresByteStream(pool),
    location: `PostgreSQL at ${target.host}:${target.port}/${target.database}`,
    databaseUrl,
    withSql,
    migrate: () => withSql((session) => applyMigrations(session)),
    close: async () => {
      if (prisma.created) await prisma.client.$disconnect();
      // Prisma only ends the pool if it ever connected; the hot reads and raw SQL may have used it alone.
      if (!pool.ended) await pool.end();
    },
  };
}
