import { hash } from 'node:crypto';
import type { CaseRecord } from '../../cmsExports/cases/caseRow';
import type { SqlSession } from '../../store/migrations';
import type { CaseColumn } from './caseColumns';

type Value = string | number | boolean | null;

/**
 * Cases fetched at a time through one cursor over the court's cases: a batch is garbage as soon as its
 * digests are taken, so a small one dies young instead of being promoted alongside the court's 100k
 * digests (and PGlite's backend memory, which never shrinks, only ever holds one small batch). One
 * scan in no particular order: paging with LIMIT would sort or rescan the court's cases per page
 * whenever the planner's statistics predate the import that filled the table (PGlite never analyzes).
 */
const BATCH = 2_000;
const CURSOR = 'import_case_snapshot';

/**
 * What the court's cases hold now in the columns a file writes, one digest per case, read inside the
 * import's transaction (after its lock). Most rows of a nightly export are unchanged; judging them here
 * means they are never staged nor compared in SQL. A digest says "unchanged" only when every value is
 * identical as text, numbers and booleans, which implies SQL's IS DISTINCT FROM finds nothing either;
 * any other row still goes through the SQL merge, which stays the judge of what changed.
 */
export class CaseSnapshot {
  private constructor(
    /** Normalised 案号 → digest of the compared columns: one string per case, held for the whole import. */
    private readonly digests: ReadonlyMap<string, string>,
    /** The stored team of each case, kept only when the file has a 审判团队 column to compare it with (see unchanged). */
    private readonly teams: ReadonlyMap<string, number | null> | undefined,
    private readonly compared: readonly CaseColumn[],
    private readonly teamColumn: CaseColumn | undefined,
  ) {}

  static async load(
    session: SqlSession,
    courtId: number,
    columns: readonly CaseColumn[],
    teamInFile: boolean,
  ): Promise<CaseSnapshot> {
    const compared = columns.filter((column) => column.name !== 'teamId');
    // Numerics and enums as text: the importer holds amounts as exact decimal strings ("1037.50").
    const values = compared.map((column) =>
      column.type === 'numeric' || column.enumType ? `c."${column.name}"::text` : `c."${column.name}"`,
    );
    const teamColumn = columns.find((column) => column.name === 'teamId');
    const digests = new Map<string, string>();
    const teams = teamColumn && teamInFile ? new Map<string, number | null>() : undefined;
    // courtId is an integer from the store: DECLARE takes no bind parameters.
    await session.exec(
      `DECLARE ${CURSOR} NO SCROLL CURSOR FOR
         SELECT json_build_array(c."normalizedNumber", c."teamId", ${values.join(', ')})::text AS "case"
           FROM "Case" c WHERE c."courtId" = ${Math.trunc(courtId)}`,
    );
    for (;;) {
      const rows = await session.query<{ case: string }>(`FETCH ${BATCH} FROM ${CURSOR}`);
      for (const row of rows) {
        const [key, teamId, ...stored] = JSON.parse(row.case) as [string, number | null, ...Value[]];
        digests.set(key, digestOf(stored));
        teams?.set(key, teamId);
      }
      if (rows.length < BATCH) break;
    }
    await session.exec(`CLOSE ${CURSOR}`);
    return new CaseSnapshot(digests, teams, compared, teamColumn);
  }

  /** Whether the court has a case with this normalised 案号. */
  has(normalizedNumber: string): boolean {
    return this.digests.has(normalizedNumber);
  }

  /**
   * Whether writing the record would change nothing. A team taken from the judge is kept when the
   * judge is unchanged (see CaseStage), so only a team from its own column is compared.
   */
  unchanged(record: CaseRecord): boolean {
    const digest = this.digests.get(record.normalizedNumber);
    if (digest === undefined || digest !== digestOf(this.compared.map((column) => column.value(record)))) return false;
    return (
      this.teamColumn === undefined ||
      !record.teamFromColumn ||
      this.teams?.get(record.normalizedNumber) === this.teamColumn.value(record)
    );
  }
}

/** One-shot hashing: a Hash object per row would be most of what a re-import allocates. */
function digestOf(values: readonly Value[]): string {
  return hash('sha1', JSON.stringify(values), 'base64');
}
