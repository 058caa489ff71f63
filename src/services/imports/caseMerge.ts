import type { CaseRecord } from '../../cmsExports/cases/caseRow';
import { bulkInsert, type BulkTable } from '../../store/bulk';
import type { SqlSession } from '../../store/migrations';
import type { CaseColumn } from './caseColumns';

/** A validated row waiting in the stage table, with its row number for reports. */
export interface StagedCase {
  readonly row: number;
  readonly record: CaseRecord;
}

export interface ChangedCase {
  readonly row: number;
  readonly normalizedNumber: string;
  /** Column name → [before, after] as text, for the columns that differ. */
  readonly fields: ReadonlyMap<string, readonly [string | null, string | null]>;
}

export interface MergeResult {
  readonly updatedIds: readonly number[];
  readonly changes: readonly ChangedCase[];
}

const STAGE = 'import_case_stage';

/**
 * Rows that would change a stored case go to a temporary stage table first and reach "Case" in two
 * set-based statements at the end: one lists every changed field for the report, one updates. Staging
 * lets a duplicate found late take back an earlier row, and lets the whole file be judged before any
 * stored case is changed.
 */
export class CaseStage {
  private readonly table: BulkTable<StagedCase>;

  constructor(
    private readonly session: SqlSession,
    private readonly columns: readonly CaseColumn[],
  ) {
    this.table = {
      table: STAGE,
      columns: [
        { name: 'row', type: 'int', value: (staged) => staged.row },
        { name: 'normalizedNumber', type: 'text', value: (staged) => staged.record.normalizedNumber },
        { name: 'teamFromColumn', type: 'bool', value: (staged) => staged.record.teamFromColumn },
        ...columns.map((column) => ({
          name: column.name,
          type: column.type,
          value: (staged: StagedCase) => column.value(staged.record),
        })),
      ],
    };
  }

  async create(): Promise<void> {
    const definitions = this.table.columns.map((column) => `"${column.name}" ${column.type}`).join(', ');
    await this.session.exec(`CREATE TEMP TABLE ${STAGE} (${definitions}) ON COMMIT DROP`);
  }

  add(rows: readonly StagedCase[]): Promise<void> {
    return bulkInsert(this.session, this.table, rows);
  }

  async remove(normalizedNumbers: readonly string[]): Promise<void> {
    if (normalizedNumbers.length === 0) return;
    await this.session.query(`DELETE FROM ${STAGE} WHERE "normalizedNumber" = ANY($1::text[])`, [normalizedNumbers]);
  }

  /**
   * Updates the court's cases from the staged rows by normalised 案号. A case is updated only when a
   * written column differs (IS DISTINCT FROM, so NULLs compare too): re-importing the same export
   * touches no row and no updatedAt.
   */
  async merge(courtId: number): Promise<MergeResult> {
    const { session, columns } = this;
    await session.exec(`ANALYZE ${STAGE}`);
    const join = `c."courtId" = $1 AND c."normalizedNumber" = s."normalizedNumber"`;
    const incoming = columns.map((column) => this.incoming(column));
    const differs = `(${columns.map((column) => `c."${column.name}"`).join(', ')}) IS DISTINCT FROM (${incoming.join(', ')})`;

    const storedAndIncoming = columns
      .map((column, index) => `c."${column.name}"::text AS o${index}, (${incoming[index]})::text AS n${index}`)
      .join(', ');
    const diffRows = await session.query<Record<string, string | number | null>>(
      `SELECT s."row", s."normalizedNumber", ${storedAndIncoming}
         FROM ${STAGE} s JOIN "Case" c ON ${join} WHERE ${differs}`,
      [courtId],
    );
    const changes = diffRows.map((diff) => {
      const fields = new Map<string, readonly [string | null, string | null]>();
      columns.forEach((column, index) => {
        const before = diff[`o${index}`] as string | null;
        const after = diff[`n${index}`] as string | null;
        if (before !== after) fields.set(column.name, [before, after]);
      });
      return { row: Number(diff.row), normalizedNumber: String(diff.normalizedNumber), fields };
    });

    const updated = await session.query<{ id: number }>(
      `UPDATE "Case" c SET ${columns.map((column, index) => `"${column.name}" = ${incoming[index]}`).join(', ')}, "updatedAt" = CURRENT_TIMESTAMP
         FROM ${STAGE} s WHERE ${join} AND ${differs} RETURNING c.id`,
      [courtId],
    );
    return { updatedIds: updated.map((row) => row.id), changes };
  }

  /**
   * The value a column gets from the stage. A team taken from the judge (no 审判团队 column) follows
   * the judge only when the judge changes: a closed case keeps the team it was decided in even after
   * its judge moves to another team.
   */
  private incoming(column: CaseColumn): string {
    if (column.name === 'teamId') {
      const judgeChanged = this.columns.some((other) => other.name === 'judgeId')
        ? ` OR c."judgeId" IS DISTINCT FROM s."judgeId"`
        : '';
      return `CASE WHEN s."teamFromColumn"${judgeChanged} THEN s."teamId" ELSE c."teamId" END`;
    }
    return column.enumType ? `s."${column.name}"::"${column.enumType}"` : `s."${column.name}"`;
  }
}
