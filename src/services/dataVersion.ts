import type { PrismaClient } from '../generated/prisma/client';
import type { SqlSession } from '../store/migrations';

/**
 * The per-court data version (Court.dataVersion): a counter every import bumps when it changes the
 * court's cases, people or events. Caches in any process put it in their keys (or compare it before
 * serving), so new data is seen on the next read without pub/sub between processes. See
 * docs/importing.md, "After an import: caches".
 */
export async function readDataVersion(prisma: PrismaClient, courtId: number): Promise<number> {
  const court = await prisma.court.findUnique({ where: { id: courtId }, select: { dataVersion: true } });
  return court?.dataVersion ?? 0;
}

/** Bumps the version inside the caller's transaction, so readers see the new version and the new data together. */
export async function bumpDataVersion(session: SqlSession, courtId: number): Promise<number> {
  const rows = await session.query<{ dataVersion: number }>(
    'UPDATE "Court" SET "dataVersion" = "dataVersion" + 1 WHERE id = $1 RETURNING "dataVersion"',
    [courtId],
  );
  return rows[0]?.dataVersion ?? 0;
}
