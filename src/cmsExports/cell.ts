/** One cell as the readers deliver it: CSV gives text; XLSX also gives numbers, booleans and dates. */
export type CellValue = string | number | boolean | Date | null;

/** What exports write for "nothing here". */
const BLANK_MARKERS = new Set(['', '-', '--', '—', '——', '/', '\\', 'null', 'n/a', 'na', '无', '暂无']);

/** Blank for typed fields (dates, numbers, catalogue values); free text keeps 无 as written. */
export function isBlank(value: CellValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  return BLANK_MARKERS.has(value.normalize('NFKC').trim().toLowerCase());
}

/** The cell as trimmed text, full-width forms folded (NFKC) so ２０２４ and 2024 read alike. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).normalize('NFKC').trim();
}

/** Free text as written (only surrounding spaces trimmed); null when the cell is empty. */
export function freeText(value: CellValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  const textValue = (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)).trim();
  return textValue === '' ? null : textValue;
}

/** How a cell is shown back to people in error tables and reports. */
export function displayCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
