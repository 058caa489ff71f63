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
