import { Prisma } from '../../generated/prisma/client';
import type { StoreReader } from '../read';

/**
 * When the court's last case import that wrote its data started, as an ISO 8601 UTC instant, or null:
 * dry runs and rejected runs changed nothing. `startedAt` is written from the importer's own clock in
 * UTC (src/services/imports/ledger.ts), as every timestamp column of the schema holds UTC.
 */
export async function lastCommittedCaseImport(db: StoreReader, courtId: number): Promise<string | null> {
  const [row] = await db.read<{ startedAt: string | null }>(Prisma.sql`
    SELECT to_char(max("startedAt"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "startedAt" FROM "ImportRun"
    WHERE "courtId" = ${courtId} AND kind = 'cases' AND NOT "dryRun" AND summary->>'outcome' = 'committed'`);
  return row?.startedAt ?? null;
}
