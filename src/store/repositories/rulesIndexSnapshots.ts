import { createHash } from 'node:crypto';
import { Prisma } from '../../generated/prisma/client';
import type { ByteStreamReader } from '../byteStream';
import type { SqlSession } from '../migrations';
import type { StoreReader } from '../read';
import { REGULATIONS_FINGERPRINT_SQL } from './regulations';

/**
 * The rules index snapshot kept in the store (RulesIndexSnapshot; PostgreSQL only, see
 * src/services/regulations/indexSnapshot.ts): the gzipped bytes of the snapshot file, for the stored texts' current
 * `regulationsFingerprint`. One row at a time, for the current key; a row of another key is a leftover.
 */

/** Pieces the stored snapshot is read in (`streamIndexSnapshot`). */
const PIECE_BYTES = 1 << 20;

/**
 * When the stored snapshot for `key` was stored (its bytes not read), or undefined when none is: identifies the row
 * among rows of its key that replaced each other, so that `discardIndexSnapshot` deletes it alone.
 */
export async function findIndexSnapshotStamp(db: StoreReader, key: string): Promise<string | undefined> {
  const [row] = await db.read<{ stamp: string }>(
    Prisma.sql`SELECT "createdAt"::text AS stamp FROM "RulesIndexSnapshot" WHERE key = ${key}`,
  );
  return row?.stamp;
}

/**
 * The bytes of the stored snapshot for `key` (gzipped), in order, to `onBytes` as they arrive: read in 1 MB pieces
 * (`substring` reads only its part of a value stored EXTERNAL), so the caller unpacks the first while the rest is
 * on its way. None when no snapshot for `key` is stored.
 */
export async function streamIndexSnapshot(
  db: ByteStreamReader,
  key: string,
  onBytes: (bytes: Uint8Array) => void,
): Promise<void> {
  await db.streamBytes(
    Prisma.sql`SELECT substring(bytes FROM piece FOR ${PIECE_BYTES}) AS bytes
      FROM "RulesIndexSnapshot", generate_series(1, octet_length(bytes), ${PIECE_BYTES}) AS piece
      WHERE key = ${key} ORDER BY piece`,
    onBytes,
  );
}

/** Whether a snapshot for `key` is stored (its bytes not read). */
export async function hasIndexSnapshot(db: StoreReader, key: string): Promise<boolean> {
  const rows = await db.read<{ found: number }>(
    Prisma.sql`SELECT 1 AS found FROM "RulesIndexSnapshot" WHERE key = ${key}`,
  );
  return rows.length > 0;
}

/** Advisory lock class of the writers of a snapshot copy (the object is the key's hash). */
const SNAPSHOT_WRITE_LOCK = 72707372;

const lockOf = (key: string): number => createHash('sha256').update(key).digest().readInt32LE(0);

/**
 * Whether this session may write the copy for `key`: no other session is writing it (a session lock, held until
 * `releaseIndexSnapshotWrite` or the session's end, so a writer that dies frees it) and none is stored yet. False
 * means another writer has it in hand, or had.
 */
export async function claimIndexSnapshotWrite(session: SqlSession, key: string): Promise<boolean> {
  const [lock] = await session.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [
    SNAPSHOT_WRITE_LOCK,
    lockOf(key),
  ]);
  if (!lock?.locked) return false;
  const stored = await session.query('SELECT 1 FROM "RulesIndexSnapshot" WHERE key = $1', [key]);
  if (stored.length === 0) return true;
  await releaseIndexSnapshotWrite(session, key);
  return false;
}

export async function releaseIndexSnapshotWrite(session: SqlSession, key: string): Promise<void> {
  await session.query('SELECT pg_advisory_unlock($1, $2)', [SNAPSHOT_WRITE_LOCK, lockOf(key)]);
}

/**
 * Stores `bytes` as the snapshot for `key` when `key` is still the stored texts' fingerprint and no snapshot for it
 * is stored yet, and deletes the rows of other keys; true when this call inserted the row. One statement, so one
 * view of the texts: an instance that built the index before an import committed writes nothing once it has, and
 * does not delete the row of the texts after it. Instances writing at once do not fail: the first insert wins,
 * the others do nothing (ON CONFLICT).
 */
export async function publishIndexSnapshot(session: SqlSession, key: string, bytes: Uint8Array): Promise<boolean> {
  const [row] = await session.query<{ inserted: number }>(
    `WITH current AS (SELECT (${REGULATIONS_FINGERPRINT_SQL}) = $1 AS holds),
     inserted AS (
       INSERT INTO "RulesIndexSnapshot" (key, bytes) SELECT $1, $2 FROM current WHERE holds
       ON CONFLICT (key) DO NOTHING RETURNING key
     ),
     deleted AS (DELETE FROM "RulesIndexSnapshot" WHERE key <> $1 AND (SELECT holds FROM current) RETURNING key)
     SELECT (SELECT count(*) FROM inserted)::int AS inserted, (SELECT count(*) FROM deleted)::int AS deleted`,
    [key, bytes],
  );
  return (row?.inserted ?? 0) > 0;
}

/** Deletes the stored snapshot read as `stamp` (one that could not be read), so the next build stores a good one. */
export async function discardIndexSnapshot(session: SqlSession, key: string, stamp: string): Promise<void> {
  await session.query('DELETE FROM "RulesIndexSnapshot" WHERE key = $1 AND "createdAt"::text = $2', [key, stamp]);
}
