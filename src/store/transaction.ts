import type { Store } from './client';
import type { SqlSession } from './migrations';

/** What a transactional unit of work returns: its value, and whether to keep what it wrote. */
export interface TransactionOutcome<T> {
  readonly value: T;
  readonly commit: boolean;
}

/**
 * Runs `work` in one SQL transaction on either store, outside Prisma: bulk loads send megabytes of
 * parameters, which Prisma's raw-query path serialises several times slower than the drivers do.
 * The work decides at the end whether to commit (a dry run or a rejected file rolls back); an error
 * always rolls back. On PGlite the transaction holds PGlite's own lock, so nothing else in the
 * process can slip a statement into it.
 */
export async function withSqlTransaction<T>(
  store: Store,
  work: (session: SqlSession) => Promise<TransactionOutcome<T>>,
): Promise<T> {
  if (store.pglite) {
    return store.pglite.transaction(async (tx) => {
      const outcome = await work({
        query: async <Row>(sql: string, params?: unknown[]) => (await tx.query<Row>(sql, params)).rows,
        exec: async (script: string) => {
          await tx.exec(script);
        },
      });
      if (!outcome.commit) await tx.rollback();
      return outcome.value;
    });
  }
  return store.withSql(async (session) => {
    await session.exec('BEGIN');
    try {
      const outcome = await work(session);
      await session.exec(outcome.commit ? 'COMMIT' : 'ROLLBACK');
      return outcome.value;
    } catch (error) {
      await session.exec('ROLLBACK');
      throw error;
    }
  });
}
