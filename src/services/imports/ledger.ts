import type { SqlSession } from '../../store/migrations';

export type ImportKind = 'cases' | 'people' | 'events' | 'rules';

/** How a run ended: written, tried and rolled back (dry run), or refused because rows were invalid. */
export type RunOutcome = 'committed' | 'dry_run' | 'rejected';

export interface RunEntry {
  /** Null for rules: laws and court rules are shared by every court in the store. */
  readonly courtId: number | null;
  readonly kind: ImportKind;
  readonly fileName: string;
  readonly fileHash: string;
  readonly startedAt: Date;
  readonly outcome: RunOutcome;
  /** cli:<user> — who ran it. */
  readonly actor: string;
  readonly summary: Record<string, unknown>;
}

/**
 * Records the run in the ImportRun ledger and the audit log. A committed run records itself inside
 * its own transaction, so the ledger never claims data that was rolled back; dry and rejected runs
 * record themselves afterwards.
 */
export async function recordRun(session: SqlSession, entry: RunEntry): Promise<number> {
  const summary = JSON.stringify({ outcome: entry.outcome, ...entry.summary });
  const [run] = await session.query<{ id: number }>(
    `INSERT INTO "ImportRun" ("courtId", kind, "fileName", "fileHash", "dryRun", "startedAt", "finishedAt", summary)
     VALUES ($1, $2, $3, $4, $5, $6, CURRENT_TIMESTAMP, $7::jsonb) RETURNING id`,
    [
      entry.courtId,
      entry.kind,
      entry.fileName,
      entry.fileHash,
      entry.outcome === 'dry_run',
      entry.startedAt.toISOString(),
      summary,
    ],
  );
  const runId = (run as { id: number }).id;
  await session.query(
    `INSERT INTO "AuditLog" ("courtId", "actorLabel", action, entity, "entityId", after) VALUES ($1, $2, $3, 'ImportRun', $4, $5::jsonb)`,
    [entry.courtId, entry.actor, `import.${entry.kind}.${entry.outcome}`, String(runId), summary],
  );
  return runId;
}
