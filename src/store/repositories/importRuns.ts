import { Prisma } from '../../generated/prisma/client';
import type { StoreReader } from '../read';

/**
 * The day, in the court's own time zone, on which its last case import that wrote data started, or null:
 * dry runs and rejected runs changed nothing. `startedAt` holds UTC, as every timestamp column of the
 * schema does (src/services/imports/ledger.ts writes it from the importer's clock).
 */
export async function lastCaseImportDay(db: StoreReader, courtId: number): Promise<string | null> {
  const [row] = await db.read<{ day: string | null }>(Prisma.sql`
    SELECT to_char(max(r."startedAt") AT TIME ZONE 'UTC' AT TIME ZONE c."timeZone", 'YYYY-MM-DD') AS day
    FROM "Court" c
    LEFT JOIN "ImportRun" r ON r."courtId" = c.id AND r.kind = 'cases' AND NOT r."dryRun" AND r.summary->>'outcome' = 'committed'
    WHERE c.id = ${courtId}
    GROUP BY c."timeZone"`);
  return row?.day ?? null;
}
