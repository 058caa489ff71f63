import path from 'node:path';
import type { Store } from '../../store';
import { recordRun, type ImportKind, type RunEntry, type RunOutcome } from './ledger';
import type { OpenedFile } from './sheetRows';
import { PROGRESS_EVERY, type ImportOptions, type ImportSummary } from './summary';

/** One import of one file: what its ledger entry and its report say about where the data came from. */
export interface ImportRun {
  readonly store: Store;
  readonly courtId: number;
  readonly kind: ImportKind;
  readonly file: string;
  readonly opened: OpenedFile<string>;
  readonly startedAt: Date;
  readonly actor: string;
}

/** The file's hash is complete only once its rows are read, so the entry is made when the run ends. */
export function ledgerEntry(run: ImportRun, outcome: RunOutcome, summary: Record<string, unknown>): RunEntry {
  return {
    courtId: run.courtId,
    kind: run.kind,
    fileName: path.basename(run.file),
    fileHash: run.opened.sheet.sha256(),
    startedAt: run.startedAt,
    actor: run.actor,
    outcome,
    summary,
  };
}

/**
 * A committed run recorded itself inside its own transaction and so has an id; a dry or rejected run
 * was rolled back with its transaction, so it is recorded now, on its own.
 */
export async function recordedRunId(
  run: ImportRun,
  ended: { readonly outcome: RunOutcome; readonly runId?: number | undefined },
  summary: () => Record<string, unknown>,
): Promise<number> {
  return (
    ended.runId ??
    (await run.store.withSql((session) => recordRun(session, ledgerEntry(run, ended.outcome, summary()))))
  );
}

/** What the run did, in the report's terms; the rest of the report describes the file. */
export type RunResult = Omit<ImportSummary, 'kind' | 'file' | 'format' | 'encoding' | 'headerRow' | 'ignoredColumns'>;

export function importSummary(run: ImportRun, result: RunResult): ImportSummary {
  const { sheet, headerRow, layout } = run.opened;
  return {
    kind: run.kind,
    file: run.file,
    format: sheet.format,
    encoding: sheet.encoding,
    headerRow,
    ...result,
    ignoredColumns: layout.ignored,
  };
}

/** Tells the caller (the CLI's progress bar) how many rows and bytes of the file have been read. */
export function reportProgress(options: ImportOptions, rows: number, opened: OpenedFile<string>): void {
  const { done, total } = opened.sheet.progress();
  options.onProgress?.({ rows, bytesDone: done, bytesTotal: total });
}

/** reportProgress on every PROGRESS_EVERY-th row, for calling once per row read. */
export function reportProgressEvery(options: ImportOptions, rows: number, opened: OpenedFile<string>): void {
  if (rows % PROGRESS_EVERY === 0) reportProgress(options, rows, opened);
}
