import type { SqlSession } from './migrations';

/**
 * Set-based writes as `… unnest($1::int[], $2::text[], …)`: one statement and one parameter per column
 * for thousands of rows. It runs unchanged on PGlite and PostgreSQL (COPY would need a second code
 * path for PGlite), and the statement text is the same for every batch.
 */
export interface BulkColumn<Row> {
  readonly name: string;
  /**
   * PostgreSQL element type. An enum column is sent as text and cast in the statement, because PGlite
   * cannot serialise arrays of an enum type it does not know.
   */
  readonly type: 'int' | 'text' | 'bool' | 'date' | 'numeric' | 'float8' | 'timestamp(3)' | 'jsonb';
  /** The enum type to cast a text column to, e.g. CaseStatus. */
  readonly enumType?: string;
  /** Dates are `YYYY-MM-DD`, numerics strings, timestamps ISO strings, jsonb JSON text. */
  readonly value: (row: Row) => string | number | boolean | null;
}

export interface BulkTable<Row> {
  readonly table: string;
  readonly columns: readonly BulkColumn<Row>[];
}

export function bulkTable<Row>(table: string, columns: readonly BulkColumn<Row>[]): BulkTable<Row> {
  return { table, columns };
}

const DEFAULT_BATCH = 4000;

function unnestOf<Row>(columns: readonly BulkColumn<Row>[]): { source: string; values: string[] } {
  const arrays = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ');
  const aliases = columns.map((_, index) => `c${index}`).join(', ');
  const values = columns.map((column, index) => (column.enumType ? `c${index}::"${column.enumType}"` : `c${index}`));
  return { source: `unnest(${arrays}) AS u(${aliases})`, values };
}

async function inBatches<Row>(
  rows: readonly Row[],
  batchSize: number,
  write: (batch: readonly Row[]) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) await write(rows.slice(start, start + batchSize));
}

function parametersFor<Row>(columns: readonly BulkColumn<Row>[], batch: readonly Row[]): string[] {
  return columns.map((column) => arrayLiteral(batch.map(column.value)));
}

function insertSql<Row>(target: BulkTable<Row>): string {
  const { source, values } = unnestOf(target.columns);
  const columnList = target.columns.map((column) => `"${column.name}"`).join(', ');
  return `INSERT INTO "${target.table}" (${columnList}) SELECT ${values.join(', ')} FROM ${source}`;
}

export async function bulkInsert<Row>(
  session: SqlSession,
  target: BulkTable<Row>,
  rows: readonly Row[],
  batchSize = DEFAULT_BATCH,
): Promise<void> {
  const sql = insertSql(target);
  await inBatches(rows, batchSize, async (batch) => {
    await session.query(sql, parametersFor(target.columns, batch));
  });
}

/** bulkInsert that returns `returning` (e.g. `id`) of every inserted row. */
export async function bulkInsertReturning<Row, Result>(
  session: SqlSession,
  target: BulkTable<Row>,
  rows: readonly Row[],
  returning: string,
  batchSize = DEFAULT_BATCH,
): Promise<Result[]> {
  const sql = `${insertSql(target)} RETURNING ${returning}`;
  const results: Result[] = [];
  await inBatches(rows, batchSize, async (batch) => {
    for (const result of await session.query<Result>(sql, parametersFor(target.columns, batch))) results.push(result);
  });
  return results;
}

/**
 * Updates rows matched on the first column (the key) with the values of the other columns, and sets
 * updatedAt to the current time unless the columns set it themselves.
 */
export async function bulkUpdate<Row>(
  session: SqlSession,
  target: BulkTable<Row>,
  rows: readonly Row[],
  batchSize = DEFAULT_BATCH,
): Promise<void> {
  const [keyColumn, ...setColumns] = target.columns;
  if (keyColumn === undefined || setColumns.length === 0)
    throw new RangeError('bulkUpdate needs a key column and at least one column to set');
  const { source, values } = unnestOf(target.columns);
  const assignments = setColumns.map((column, index) => `"${column.name}" = ${values[index + 1] as string}`);
  if (!setColumns.some((column) => column.name === 'updatedAt')) assignments.push('"updatedAt" = CURRENT_TIMESTAMP');
  const sql = `UPDATE "${target.table}" AS t SET ${assignments.join(', ')} FROM ${source} WHERE t."${keyColumn.name}" = u.c0`;
  await inBatches(rows, batchSize, async (batch) => {
    await session.query(sql, parametersFor(target.columns, batch));
  });
}

/**
 * An array in PostgreSQL's text input form. Building it here is several times faster than the
 * drivers' generic array serialisers, and both drivers then pass one plain string per column.
 */
function arrayLiteral(values: readonly (string | number | boolean | null)[]): string {
  const parts = new Array<string>(values.length);
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value === null || value === undefined) parts[index] = 'NULL';
    else if (typeof value === 'string') parts[index] = `"${value.replace(/[\\"]/g, '\\$&')}"`;
    else parts[index] = String(value);
  }
  return `{${parts.join(',')}}`;
}
