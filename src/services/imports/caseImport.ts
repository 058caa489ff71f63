import { CASE_CATALOGUES } from '../../cmsExports/catalogues';
import { caseRowValidator } from '../../cmsExports/cases/caseRow';
import { CASE_FIELDS } from '../../cmsExports/cases/fields';
import { displayCell } from '../../cmsExports/cell';
import { text, type Localized } from '../../i18n/localized';
import type { Store } from '../../store';
import { withSqlTransaction } from '../../store/transaction';
import { dayIn } from '../clock';
import { bumpDataVersion } from '../dataVersion';
import { CASE_COLUMNS, columnsFor } from './caseColumns';
import type { ChangedCase } from './caseMerge';
import { CaseWriter } from './caseWriter';
import { lockCourtImports, resolveCourt } from './court';
import { recordRun, type RunOutcome } from './ledger';
import { loadRoster, type RosterData } from './loadRoster';
import type { NewCaseProblem } from './newCases';
import {
  importSummary,
  ledgerEntry,
  recordedRunId,
  reportProgress,
  reportProgressEvery,
  type ImportRun,
} from './runReport';
import { openImportFile, type RowError } from './sheetRows';
import { LEDGER_CHANGES, type FieldChange, type ImportOptions, type ImportSummary } from './summary';

/** Writes a court's case-management export of cases to the store. */
export class CaseImportService {
  constructor(private readonly deps: { store: Store }) {}

  /**
   * `docket import cases`: validates every row of a case-management export, then upserts the valid
   * rows by normalised 案号 in one transaction. By default a file with any rejected row writes
   * nothing; with skipInvalid the valid rows are written and the rest reported. New and changed cases
   * get their 审限 in the same transaction, and the court's data version moves so caches reload.
   */
  async run(file: string, options: ImportOptions): Promise<ImportSummary> {
    const { store } = this.deps;
    const startedAt = new Date();
    const court = await resolveCourt(store, options.courtCode);
    const roster = await loadRoster(store, court.id);
    const opened = await openImportFile(file, CASE_FIELDS, CASE_CATALOGUES, options);
    const present = new Set(opened.layout.columns.map((column) => column.field));
    const validate = caseRowValidator(
      {
        courtCode: court.code,
        currentYear: Number(dayIn(startedAt).slice(0, 4)),
        roster: roster.roster,
        mapping: opened.mapping,
        units: Object.fromEntries(opened.layout.columns.map((column) => [column.field, column.unit])),
      },
      present,
    );
    const columns = columnsFor(present);

    const asOf = dayIn(startedAt);
    const importRun: ImportRun = {
      store,
      courtId: court.id,
      kind: 'cases',
      file,
      opened,
      startedAt,
      actor: options.actor,
    };
    const run = await withSqlTransaction<CaseRun>(store, async (session) => {
      await lockCourtImports(session, court.id);
      const writer = await CaseWriter.open(session, court.id, columns, present.has('team'), asOf, startedAt);
      const errors: RowError[] = [];
      const rejectedRows = new Set<number>();
      // The first row of each 案号, for duplicates: its row number alone when the 案号 is written in its
      // normalised form (the usual case), so 100k rows add a key and a small integer each.
      const firstSeen = new Map<string, number | { row: number; written: string }>();
      const duplicated = new Set<string>();
      let rows = 0;
      const reject = (error: RowError) => {
        errors.push(error);
        rejectedRows.add(error.row);
      };
      for await (const row of opened.rows) {
        rows++;
        reportProgressEvery(options, rows, opened);
        const checked = validate(row.cells);
        if (!checked.ok) {
          for (const error of checked.errors) reject(opened.errorAt(row, error.field, error.reason));
          continue;
        }
        const key = checked.record.normalizedNumber;
        const seen = firstSeen.get(key);
        if (seen !== undefined) {
          const first = typeof seen === 'number' ? { row: seen, written: key } : seen;
          // Neither copy is trusted: which one is current cannot be told from the file.
          reject(
            opened.errorAt(
              row,
              'caseNumber',
              text(`与第 ${first.row} 行是同一案号`, `the same case number as row ${first.row}`),
            ),
          );
          if (!duplicated.has(key)) {
            duplicated.add(key);
            reject({
              ...opened.errorAt(
                row,
                'caseNumber',
                text(`第 ${row.row} 行是同一案号`, `row ${row.row} has the same case number`),
              ),
              row: first.row,
              value: first.written,
            });
          }
          continue;
        }
        const written = displayCell(row.cells.caseNumber);
        firstSeen.set(key, written === key ? row.row : { row: row.row, written });
        // A rejected row means nothing is written; the rest of the file is only checked, for the report.
        if (rejectedRows.size === 0 || options.skipInvalid) await writer.add({ row: row.row, record: checked.record });
      }
      reportProgress(options, rows, opened);
      errors.sort((a, b) => a.row - b.row);
      const base = { rows, errors, rejected: rejectedRows.size };
      // With --skip-invalid a file whose every row was rejected still holds nothing: it is rejected, so it
      // never counts as fresh case data.
      if (rejectedRows.size > 0 && (!options.skipInvalid || rejectedRows.size >= rows)) {
        return {
          commit: false,
          value: { ...base, outcome: 'rejected', inserted: [], updated: [], changes: [], problems: [] },
        };
      }
      const written = await writer.finish([...duplicated]);
      if (written.insertedIds.length + written.updatedIds.length > 0) await bumpDataVersion(session, court.id);
      const value = {
        ...base,
        inserted: written.insertedIds,
        updated: written.updatedIds,
        changes: written.changes,
        problems: written.problems,
      };
      if (options.dryRun) return { commit: false, value: { ...value, outcome: 'dry_run' } };
      const summary = ledgerSummary(value, opened.layout.ignored, roster);
      const runId = await recordRun(session, ledgerEntry(importRun, 'committed', summary));
      return { commit: true, value: { ...value, outcome: 'committed', runId } };
    });

    const runId = await recordedRunId(importRun, run, () => ledgerSummary(run, opened.layout.ignored, roster));
    const notes: Localized[] = [];
    if (run.problems.length > 0) {
      const examples = run.problems
        .slice(0, 3)
        .map((problem) => `${problem.normalizedNumber} ${problem.field}: ${problem.message}`)
        .join('; ');
      notes.push(
        text(
          `${run.problems.length} 件案件的审限无法计算（${examples}）`,
          `the 审限 of ${run.problems.length} cases could not be computed (${examples})`,
        ),
      );
    }
    const total = run.outcome === 'rejected' ? 0 : run.rows - run.rejected;
    return importSummary(importRun, {
      outcome: run.outcome,
      runId,
      rows: run.rows,
      inserted: run.inserted.length,
      updated: run.updated.length,
      unchanged: Math.max(0, total - run.inserted.length - run.updated.length),
      rejected: run.rejected,
      errors: run.errors,
      changes: fieldChanges(run.changes, roster),
      notes,
    });
  }
}

interface CaseRun {
  readonly outcome: RunOutcome;
  /** Set when the run committed and recorded itself in its own transaction. */
  readonly runId?: number;
  readonly rows: number;
  readonly rejected: number;
  readonly errors: readonly RowError[];
  readonly inserted: readonly number[];
  readonly updated: readonly number[];
  readonly changes: readonly ChangedCase[];
  readonly problems: readonly NewCaseProblem[];
}

const LABELS = new Map(CASE_COLUMNS.map((column) => [column.name, column.label]));

/** Changes with judge and team ids shown as names. */
function fieldChanges(changes: readonly ChangedCase[], roster: RosterData): FieldChange[] {
  const names = {
    judgeId: new Map(roster.people.map((person) => [String(person.id), person.name])),
    teamId: new Map(roster.teams.map((team) => [String(team.id), team.name])),
  };
  const shown = (column: string, value: string | null) =>
    value !== null && (column === 'judgeId' || column === 'teamId') ? (names[column].get(value) ?? value) : value;
  return changes.flatMap((change) =>
    [...change.fields].map(([column, [before, after]]) => ({
      row: change.row,
      key: change.normalizedNumber,
      field: LABELS.get(column) ?? text(column, column),
      before: shown(column, before),
      after: shown(column, after),
    })),
  );
}

function ledgerSummary(
  run: Omit<CaseRun, 'outcome'>,
  ignoredColumns: readonly string[],
  roster: RosterData,
): Record<string, unknown> {
  const changes = fieldChanges(run.changes, roster);
  return {
    rows: run.rows,
    inserted: run.inserted.length,
    updated: run.updated.length,
    rejected: run.rejected,
    errorCount: run.errors.length,
    ignoredColumns,
    changes: changes.slice(0, LEDGER_CHANGES).map((change) => ({
      row: change.row,
      key: change.key,
      field: change.field.en,
      before: change.before,
      after: change.after,
    })),
    changesOmitted: Math.max(0, changes.length - LEDGER_CHANGES),
  };
}
