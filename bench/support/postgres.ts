import pg from 'pg';

/**
 * Drops and recreates a bench's own database through an admin connection, and returns its URL: each
 * bench measures on an empty database of its own and never touches another's.
 */
export async function freshDatabase(adminUrl: string, database: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  return Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
}

const SHARED = ['postgres', 'test', 'template0', 'template1', 'root'];

/**
 * Makes sure the database of `url` exists (recreated empty when `fresh`), through the server's postgres
 * database. A bench keeps its seeded data between runs in a database of its own, so it refuses the
 * server's shared ones.
 */
export async function ensureOwnDatabase(url: string, options: { fresh: boolean }): Promise<void> {
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  if (SHARED.includes(database))
    throw new Error(`refusing to use the shared database "${database}"; give the bench its own`);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  try {
    if (options.fresh) await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!exists.rowCount) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
}
