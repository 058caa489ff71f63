import type { CellValue } from '../cell';
import type { Localized } from '../../i18n/localized';

/** One data row: its number as the spreadsheet shows it (the header is usually row 1) and its cells. */
export interface SheetRow {
  readonly row: number;
  readonly cells: readonly CellValue[];
}

export type CsvEncoding = 'utf8' | 'gbk' | 'utf16le';

/** A file opened for streaming: rows are read once, in order, without holding the file in memory. */
export interface Sheet {
  readonly format: 'csv' | 'xlsx';
  /** The text encoding of a CSV (detected or given); null for XLSX. */
  readonly encoding: CsvEncoding | null;
  readonly rows: AsyncIterable<SheetRow>;
  /** Bytes of the file consumed so far and its size, for a progress bar. */
  progress(): { readonly done: number; readonly total: number };
  /** SHA-256 of the bytes read; complete once `rows` is exhausted. */
  sha256(): string;
}

/** The file cannot be imported at all (exit code 2): unreadable, truncated, not a spreadsheet. */
export class UnusableFileError extends Error {
  override name = 'UnusableFileError';
  constructor(readonly reason: Localized) {
    super(reason.en);
  }
}

/**
 * The export holds no data rows — an empty file, or a header alone (exit code 1): a nightly export that
 * went wrong, never fresh data. Nothing is written or recorded, so freshness keeps warning.
 */
export class EmptyExportError extends UnusableFileError {
  override name = 'EmptyExportError';
}
