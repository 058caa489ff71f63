import { cellText, type CellValue } from './cell';
import type { Localized } from '../i18n/localized';

/** A field an importer understands, with the header spellings exports use for it. */
export interface FieldSpec<Key extends string> {
  readonly key: Key;
  readonly label: Localized;
  readonly headers: readonly string[];
  readonly required?: boolean;
  /** The most characters a cell may hold (DEFAULT_MAX_CELL_LENGTH when unset); a longer one rejects its row. */
  readonly maxLength?: number;
}

/**
 * Enough for any code, date, number, name or catalogue value an export holds; free-text columns set
 * their own. A cell far beyond it (a 1 MB 当事人) is a broken export, not data: its row is rejected
 * with its length, never stored (docs/importing.md lists each column's maximum).
 */
const DEFAULT_MAX_CELL_LENGTH = 100;

/** Each field's maximum cell length. */
export function maxLengths<Key extends string>(fields: readonly FieldSpec<Key>[]): Record<Key, number> {
  return Object.fromEntries(fields.map((field) => [field.key, field.maxLength ?? DEFAULT_MAX_CELL_LENGTH])) as Record<
    Key,
    number
  >;
}

/** Explicit header → field choices from a mapping file; null ignores the column. */
export type ColumnChoices<Key extends string> = ReadonlyMap<string, Key | null>;

interface Column<Key extends string> {
  readonly index: number;
  /** The header as written in the file, for error tables and reports. */
  readonly header: string;
  readonly field: Key;
  /** 标的额（万元） → 10000: the unit the header states. */
  readonly unit: 1 | 10000;
}

export interface ColumnLayout<Key extends string> {
  /** Index of the header row among the rows read (title rows above it are skipped). */
  readonly headerRowIndex: number;
  readonly headerCells: readonly string[];
  readonly columns: readonly Column<Key>[];
  /** Headers no field claimed, so the summary can say they were not imported. */
  readonly ignored: readonly string[];
}

export type LayoutProblem =
  | { readonly kind: 'missing'; readonly fields: readonly Localized[]; readonly found: readonly string[] }
  | { readonly kind: 'conflict'; readonly field: Localized; readonly headers: readonly string[] };

/** Spelling noise in headers: widths, spaces, required-field stars, a trailing colon, a unit in brackets. */
function headerKey(header: string): { readonly base: string; readonly unit: string | null } {
  const cleaned = header
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/[:：]$/, '');
  const match = /^(.+?)[(（]([^()（）]*)[)）]$/.exec(cleaned);
  return match ? { base: match[1] as string, unit: match[2] as string } : { base: cleaned, unit: null };
}

/** How far down to look for the header row: exports often put a title and a date range above it. */
const HEADER_SEARCH_ROWS = 10;

/**
 * Finds the header row among the first rows and assigns each column to a field. A mapping file's
 * choice beats the built-in spellings; two columns claiming one field is an error, never a guess.
 */
export function resolveLayout<Key extends string>(
  firstRows: readonly (readonly CellValue[])[],
  fields: readonly FieldSpec<Key>[],
  choices: ColumnChoices<Key> = new Map(),
): ColumnLayout<Key> | LayoutProblem {
  const explicit = new Map([...choices].map(([header, field]) => [headerKey(header).base, field]));
  const byHeader = new Map(
    fields.flatMap((field) =>
      [field.key, ...field.headers].map((header) => [headerKey(header).base, field.key] as const),
    ),
  );
  const candidates = firstRows.slice(0, HEADER_SEARCH_ROWS).map((row, rowIndex) => {
    const headerCells = row.map((cell) => cellText(cell));
    const claimed = headerCells.map((header, index) => {
      const { base, unit } = headerKey(header);
      const field = explicit.has(base) ? explicit.get(base) : byHeader.get(base);
      return {
        index,
        header,
        field: field ?? null,
        explicit: explicit.has(base),
        unit: unit?.includes('万') ? 10000 : 1,
      } as const;
    });
    return { rowIndex, headerCells, claimed };
  });
  const fits = (claimed: (typeof candidates)[number]['claimed']) =>
    fields.every((field) => !field.required || claimed.some((column) => column.field === field.key));
  const chosen =
    candidates.find((candidate) => fits(candidate.claimed)) ??
    [...candidates].sort((a, b) => count(b.claimed) - count(a.claimed))[0];
  if (!chosen || !fits(chosen.claimed)) {
    const found = chosen?.headerCells.filter((header) => header !== '') ?? [];
    const missing = fields.filter(
      (field) => field.required && !chosen?.claimed.some((column) => column.field === field.key),
    );
    return { kind: 'missing', fields: missing.map((field) => field.label), found };
  }
  const columns: Column<Key>[] = [];
  for (const field of fields) {
    const claiming = chosen.claimed.filter((column) => column.field === field.key);
    const winners = claiming.some((column) => column.explicit)
      ? claiming.filter((column) => column.explicit)
      : claiming;
    if (winners.length > 1)
      return { kind: 'conflict', field: field.label, headers: winners.map((column) => column.header) };
    const winner = winners[0];
    if (winner) columns.push({ index: winner.index, header: winner.header, field: field.key, unit: winner.unit });
  }
  const used = new Set(columns.map((column) => column.index));
  const ignored = chosen.headerCells.filter((header, index) => header !== '' && !used.has(index));
  return {
    headerRowIndex: chosen.rowIndex,
    headerCells: chosen.headerCells,
    columns: columns.sort((a, b) => a.index - b.index),
    ignored,
  };
}

function count(claimed: readonly { readonly field: unknown }[]): number {
  return claimed.filter((column) => column.field !== null).length;
}

export function isLayoutProblem<Key extends string>(value: ColumnLayout<Key> | LayoutProblem): value is LayoutProblem {
  return 'kind' in value;
}

/** A data row's cells by field; a field whose column the file lacks is absent (so it is left untouched). */
export function cellsByField<Key extends string>(
  layout: ColumnLayout<Key>,
  row: readonly CellValue[],
): Partial<Record<Key, CellValue>> {
  const cells: Partial<Record<Key, CellValue>> = {};
  for (const column of layout.columns) cells[column.field] = row[column.index] ?? null;
  return cells;
}
