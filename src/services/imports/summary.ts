import type { Localized } from '../../i18n/localized';
import type { ImportKind, RunOutcome } from './ledger';
import type { RowError } from './sheetRows';

/** One field of one record that an import changed. */
export interface FieldChange {
  readonly row: number;
  /** The record's key: normalised 案号, or a person's 工号 / name. */
  readonly key: string;
  readonly field: Localized;
  readonly before: string | null;
  readonly after: string | null;
}

export interface ImportSummary {
  readonly kind: ImportKind;
  readonly file: string;
  readonly format: 'csv' | 'xlsx';
  readonly encoding: string | null;
  /** The header's row number in the sheet (title rows may sit above it). */
  readonly headerRow: number;
  readonly outcome: RunOutcome;
  readonly runId: number;
  /** Data rows read (blank rows and rows above the header are not counted). */
  readonly rows: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Rows that could not be imported. */
  readonly rejected: number;
  readonly errors: readonly RowError[];
  readonly changes: readonly FieldChange[];
  /** Headers no field claimed: their data was not imported. */
  readonly ignoredColumns: readonly string[];
  /** Things worth knowing that are not row errors (deadlines that could not be computed, deactivations). */
  readonly notes: readonly Localized[];
  /** Events imports: the 案号 of Docket's approved extensions matched now (已录入) and still awaiting entry. */
  readonly extensions?: { readonly matched: readonly string[]; readonly awaiting: readonly string[] };
}

export interface ImportProgress {
  readonly rows: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
}

export interface ImportOptions {
  /** 法院代字; may be omitted when the store holds exactly one court. */
  readonly courtCode?: string;
  readonly mappingFile?: string;
  readonly encoding?: 'utf8' | 'gbk';
  /** Validate and compute what would change, then roll back. */
  readonly dryRun?: boolean;
  /** Import the valid rows even when some are rejected (default: any rejected row imports nothing). */
  readonly skipInvalid?: boolean;
  /** Who runs the import, for the audit log (cli:<user>). */
  readonly actor: string;
  readonly onProgress?: (progress: ImportProgress) => void;
}

/** How many changes the ledger keeps per run; the run's output has them all. */
export const LEDGER_CHANGES = 1000;

/** Rows between progress reports: often enough for a smooth bar, rarely enough to cost nothing. */
export const PROGRESS_EVERY = 500;
