import { createHash } from 'node:crypto';
import type { CaseRecord } from '../../import/cases/caseRow';
import type { SqlSession } from '../../store/migrations';
import type { CaseColumn } from './caseColumns';

type Value = string | number | boolean | null;

interface StoredCase {
  readonly digest: string;
  readonly teamId: number | null;
}

const PAGE = 20_000;

/**
 * What the court's cases hold now in the columns a file writes, one digest per case, read inside the
 * import's transaction (after its lock). Most rows of a nightly export are unchanged; judging them here
 * means they are never staged nor compared in SQL. A digest says "unchanged" only when every value is
 * identical as text, numbers and booleans, which implies SQL's IS DISTINCT FROM finds nothing either;
 * any other row still goes through the SQL merge, which stays the judge of what changed.
 */
export class CaseSnapshot {
  private constructor(
    private readonly cases: ReadonlyMap<string, StoredCase>,
    private readonly compared: readonly CaseColumn[],
    private readonly teamColumn: CaseColumn | undefined,
  ) {}

  static async load(session: SqlSession, courtId: number, columns: readonly CaseColumn[]): Promise<CaseSnapshot> {
    const compared = columns.filter((column) => column.name !== 'teamId');
    // Numerics and enums as text: the importer holds amounts as exact decimal strings ("1037.50").
    const values = compared.map((column) => (column.type === 'numeric' || column.enumType ? `c."${column.name}"::text` : `c."${column.name}"`));
    const cases = new Map<string, StoredCase>();
    for (let after = 0; ; ) {
      const [page] = await session.query<{ page: string }>(
        `SELECT coalesce(json_agg(json_build_array(c.id, c."normalizedNumber", c."teamId", ${values.join(', ')}) ORDER BY c.id), '[]')::text AS page
           FROM (SELECT * FROM "Case" c WHERE c."courtId" = $1 AND c.id > $2 ORDER BY c.id LIMIT ${PAGE}) c`,
        [courtId, after],
      );
      const rows = JSON.parse(page?.page ?? '[]') as [number, string, number | null, ...Value[]][];
      for (const [id, key, teamId, ...stored] of rows) {
        cases.set(key, { digest: digestOf(stored), teamId });
        after = id;
      }
      if (rows.length < PAGE) break;
    }
    return new CaseSnapshot(cases, compared, columns.find((column) => column.name === 'teamId'));
  }

  /** Whether the court has a case with this normalised 案号. */
  has(normalizedNumber: string): boolean {
    return this.cases.has(normalizedNumber);
  }

  /**
   * Whether writing the record would change nothing. A team taken from the judge is kept when the
   * judge is unchanged (see CaseStage), so only a team from its own column is compared.
   */
  unchanged(record: CaseRecord): boolean {
    const stored = this.cases.get(record.normalizedNumber);
    if (stored === undefined || stored.digest !== digestOf(this.compared.map((column) => column.value(record)))) return false;
    return this.teamColumn === undefined || !record.teamFromColumn || stored.teamId === this.teamColumn.value(record);
  }
}

function digestOf(values: readonly Value[]): string {
  return createHash('sha1').update(JSON.stringify(values)).digest('base64');
}
