import {
  cellsByField,
  isLayoutProblem,
  resolveLayout,
  type ColumnLayout,
  type FieldSpec,
  type LayoutProblem,
} from '../../cmsExports/columns';
import { displayCell, isBlank, type CellValue } from '../../cmsExports/cell';
import { text, type Localized } from '../../i18n/localized';
import { emptyMapping, parseMapping, type Mapping, type ValueCatalogue } from '../../cmsExports/mappingFile';
import {
  EmptyExportError,
  emptyExport,
  openSheet,
  readMappingSource,
  UnusableFileError,
  type Sheet,
} from '../../cmsExports/readers';

/** One rejected cell (or row): where, what was written, and why, in both languages. */
export interface RowError {
  readonly row: number;
  /** The header as written in the file. */
  readonly column: string;
  readonly value: string;
  readonly reason: Localized;
}

export interface DataRow<Key extends string> {
  readonly row: number;
  readonly cells: Partial<Record<Key, CellValue>>;
}

export interface OpenedFile<Key extends string> {
  readonly sheet: Sheet;
  readonly layout: ColumnLayout<Key>;
  /** The header's row number in the sheet, for the report. */
  readonly headerRow: number;
  readonly mapping: Mapping<Key>;
  readonly rows: AsyncIterable<DataRow<Key>>;
  /** A RowError for a field of a row, naming the file's own header and the cell as written. */
  errorAt(row: DataRow<Key>, field: Key, reason: Localized): RowError;
}

export interface OpenFileOptions {
  readonly mappingFile?: string;
  readonly encoding?: 'utf8' | 'gbk';
}

/** How many rows are read ahead to find the header row. */
const LOOKAHEAD = 10;

/**
 * Opens an export for one importer: reads the mapping file, finds the header row, and streams the
 * data rows as cells by field. A file no row of which can be imported throws UnusableFileError; one
 * with no data rows, EmptyExportError, once its rows have been read.
 */
export async function openImportFile<Key extends string>(
  file: string,
  fields: readonly FieldSpec<Key>[],
  catalogues: Readonly<Record<string, ValueCatalogue>>,
  options: OpenFileOptions,
): Promise<OpenedFile<Key>> {
  const mapping = options.mappingFile
    ? await loadMapping(options.mappingFile, fields, catalogues)
    : emptyMapping<Key>();
  const sheet = await openSheet(file, options.encoding ? { encoding: options.encoding } : {});
  const iterator = sheet.rows[Symbol.asyncIterator]();
  const ahead: { row: number; cells: readonly CellValue[] }[] = [];
  while (ahead.length < LOOKAHEAD) {
    const next = await iterator.next();
    if (next.done) break;
    ahead.push(next.value);
  }
  const layout = resolveLayout(
    ahead.map((row) => row.cells),
    fields,
    mapping.columns,
  );
  if (isLayoutProblem(layout)) {
    await iterator.return?.();
    if (ahead.length === 0) throw new EmptyExportError(emptyExport(file));
    throw new UnusableFileError(describeLayoutProblem(layout));
  }
  async function* rows(): AsyncIterable<DataRow<Key>> {
    const layoutOk = layout as ColumnLayout<Key>;
    const fromSheet = async function* () {
      yield* ahead.slice(layoutOk.headerRowIndex + 1);
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    };
    let dataRows = 0;
    for await (const { row, cells } of fromSheet()) {
      if (cells.every((cell) => isBlank(cell))) continue; // Excel keeps formatted but empty rows
      dataRows++;
      yield { row, cells: cellsByField(layoutOk, cells) };
    }
    // Thrown where the importer reads its rows, so whatever it began (a transaction) is rolled back.
    if (dataRows === 0) throw new EmptyExportError(emptyExport(file));
  }
  const headers = new Map(layout.columns.map((column) => [column.field, column.header]));
  return {
    sheet,
    layout,
    headerRow: ahead[layout.headerRowIndex]?.row ?? 1,
    mapping,
    rows: rows(),
    errorAt: (row, field, reason) => ({
      row: row.row,
      column: headers.get(field) ?? field,
      value: shortened(displayCell(row.cells[field])),
      reason,
    }),
  };
}

async function loadMapping<Key extends string>(
  file: string,
  fields: readonly FieldSpec<Key>[],
  catalogues: Readonly<Record<string, ValueCatalogue>>,
): Promise<Mapping<Key>> {
  const keys = fields.map((field) => field.key) as [Key, ...Key[]];
  const parsed = parseMapping(await readMappingSource(file), keys, catalogues);
  if (!parsed.ok) throw new UnusableFileError(parsed.reason);
  return parsed.mapping;
}

/** A cell shown back in an error table: an oversize one (its length is in the reason) cut short. */
function shortened(value: string): string {
  return value.length > 80 ? `${value.slice(0, 60)}…` : value;
}

function describeLayoutProblem(problem: LayoutProblem): Localized {
  if (problem.kind === 'conflict') {
    const headers = problem.headers.join('、');
    return text(
      `列「${headers}」都对应“${problem.field.zh}”，无法判断用哪一列；请在映射文件 columns 中指定一列，另一列设为 null`,
      `columns ${problem.headers.join(', ')} all look like "${problem.field.en}"; choose one in a mapping file (columns: the other → null)`,
    );
  }
  const missingZh = problem.fields.map((field) => field.zh).join('、');
  const missingEn = problem.fields.map((field) => field.en).join(', ');
  const found = problem.found.join('、') || '（无）';
  return text(
    `找不到必需的列：${missingZh}。文件中的列：${found}。如表头名称不同，请用 --mapping 指定映射文件`,
    `required columns are missing: ${missingEn}. Columns found: ${found}. If your headers differ, give a mapping file with --mapping`,
  );
}
