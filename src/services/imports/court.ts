import { text } from '../../i18n/localized';
import type { Store } from '../../store';
import type { SqlSession } from '../../store/migrations';

/** The import cannot start: no such court, or no court chosen (exit code 2, like an unusable file). */
export class ImportSetupError extends Error {
  override name = 'ImportSetupError';
  constructor(readonly reason: { zh: string; en: string }) {
    super(reason.en);
  }
}

export interface ImportCourt {
  readonly id: number;
  readonly code: string;
}

/**
 * The court named by --court / DOCKET_COURT, or the only court in the store. Raw SQL, like the rest of
 * an import: a Prisma model query would instantiate Prisma's query compiler for one read (docs/importing.md).
 */
export async function resolveCourt(store: Store, code: string | undefined): Promise<ImportCourt> {
  const courts = await store.withSql((session) =>
    session.query<ImportCourt>('SELECT id, code FROM "Court" ORDER BY code'),
  );
  if (code !== undefined) {
    const court = courts.find((candidate) => candidate.code === code.trim());
    if (court) return court;
    throw new ImportSetupError(
      text(
        `找不到法院代字为「${code}」的法院（已有：${courts.map((c) => c.code).join('、') || '无'}）`,
        `no court with code "${code}" (known: ${courts.map((c) => c.code).join(', ') || 'none'})`,
      ),
    );
  }
  if (courts.length === 1) return courts[0] as ImportCourt;
  throw new ImportSetupError(
    courts.length === 0
      ? text(
          '数据库中还没有法院，请先登记本院：docket court add <法院代字> <名称>',
          'the store has no court yet; register yours first: docket court add <court code> <name>',
        )
      : text(
          '数据库中有多个法院，请用 --court 或 DOCKET_COURT 指定法院代字',
          'the store holds several courts; choose one with --court or DOCKET_COURT',
        ),
  );
}

const IMPORT_LOCK = 72707370;

/** Serialises imports per court across processes: two nightly jobs never interleave their writes. */
export async function lockCourtImports(session: SqlSession, courtId: number): Promise<void> {
  await session.query('SELECT 1 AS locked FROM pg_advisory_xact_lock($1::int, $2::int)', [IMPORT_LOCK, courtId]);
}
