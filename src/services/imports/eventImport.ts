import { APPEAL_OUTCOMES } from '../../cmsExports/catalogues';
import { EVENT_KINDS } from '../../cmsExports/events/eventKinds';
import { eventRowValidator, type EventRecord } from '../../cmsExports/events/eventRow';
import { EVENT_FIELDS } from '../../cmsExports/events/fields';
import { text, type Localized } from '../../i18n/localized';
import { PROCEDURES } from '../../domain/procedures';
import type { Store } from '../../store';
import { bulkInsert, type BulkTable } from '../../store/bulk';
import { withSqlTransaction } from '../../store/transaction';
import { recomputeDeadlinesIn } from '../caseRecords';
import { dayIn } from '../clock';
import { bumpDataVersion } from '../dataVersion';
import { lockCourtImports, resolveCourt } from './court';
import { reconcileExtensions, reconciliationNotes, type ExtensionReconciliation } from './extensionMatches';
import { recordRun, type RunOutcome } from './ledger';
import { importSummary, ledgerEntry, recordedRunId, reportProgressEvery, type ImportRun } from './runReport';
import { openImportFile, type RowError } from './sheetRows';
import type { ImportOptions, ImportSummary } from './summary';

interface StagedEvent {
  readonly row: number;
  readonly record: EventRecord;
}

const STAGE = 'import_event_stage';
const DETAILS = [
  'months',
  'days',
  'approvedBy',
  'fromDate',
  'toDate',
  'reason',
  'procedureFrom',
  'procedureTo',
  'outcome',
  'note',
] as const;

const STAGE_TABLE: BulkTable<StagedEvent> = {
  table: STAGE,
  columns: [
    { name: 'row', type: 'int', value: (s) => s.row },
    { name: 'normalizedNumber', type: 'text', value: (s) => s.record.normalizedNumber },
    { name: 'kind', type: 'text', value: (s) => s.record.kind },
    { name: 'occurredOn', type: 'date', value: (s) => s.record.occurredOn },
    { name: 'months', type: 'int', value: (s) => s.record.months },
    { name: 'days', type: 'int', value: (s) => s.record.days },
    { name: 'approvedBy', type: 'text', value: (s) => s.record.approvedBy },
    { name: 'fromDate', type: 'date', value: (s) => s.record.fromDate },
    { name: 'toDate', type: 'date', value: (s) => s.record.toDate },
    { name: 'reason', type: 'text', value: (s) => s.record.reason },
    { name: 'procedureFrom', type: 'text', value: (s) => s.record.procedureFrom },
    { name: 'procedureTo', type: 'text', value: (s) => s.record.procedureTo },
    { name: 'outcome', type: 'text', value: (s) => s.record.outcome },
    { name: 'note', type: 'text', value: (s) => s.record.note },
    { name: 'fingerprint', type: 'text', value: (s) => s.record.fingerprint },
  ],
};

/** Writes a court's case events (extensions, stays, conversions, appeals) to the store. */
export class EventImportService {
  constructor(private readonly deps: { store: Store }) {}

  /**
   * `docket import events`: extensions, excluded periods, stays, conversions and appeals, keyed by
   * 案号. Each event is identified by its fingerprint (case, kind, first day), so re-importing adds
   * nothing and a corrected detail updates the event. The cases must already exist. Affected cases
   * get their 审限 recomputed in the same transaction, and extensions approved in Docket are matched
   * with the 延长审限 events that now carry them (./extensionMatches).
   */
  async run(file: string, options: ImportOptions): Promise<ImportSummary> {
    const { store } = this.deps;
    const startedAt = new Date();
    const court = await resolveCourt(store, options.courtCode);
    const opened = await openImportFile(
      file,
      EVENT_FIELDS,
      { kind: EVENT_KINDS, procedure: PROCEDURES, appealOutcome: APPEAL_OUTCOMES },
      options,
    );
    const present = new Set(opened.layout.columns.map((column) => column.field));
    const validate = eventRowValidator(opened.mapping, present, Number(dayIn(startedAt).slice(0, 4)));
    const importRun: ImportRun = {
      store,
      courtId: court.id,
      kind: 'events',
      file,
      opened,
      startedAt,
      actor: options.actor,
    };

    const run = await withSqlTransaction<EventRun>(store, async (session) => {
      await lockCourtImports(session, court.id);
      await session.exec(
        `CREATE TEMP TABLE ${STAGE} (${STAGE_TABLE.columns.map((column) => `"${column.name}" ${column.type}`).join(', ')}) ON COMMIT DROP`,
      );
      const errors: RowError[] = [];
      const firstSeen = new Map<string, number>();
      const written = new Map<number, string>();
      let batch: StagedEvent[] = [];
      let rows = 0;
      for await (const row of opened.rows) {
        rows++;
        reportProgressEvery(options, rows, opened);
        const checked = validate(row.cells);
        if (!checked.ok) {
          for (const error of checked.errors) errors.push(opened.errorAt(row, error.field, error.reason));
          continue;
        }
        const identity = `${checked.record.normalizedNumber}|${checked.record.fingerprint}`;
        const first = firstSeen.get(identity);
        if (first !== undefined) {
          errors.push(
            opened.errorAt(
              row,
              'kind',
              text(
                `与第 ${first} 行是同一事件（同一案件、类型和日期）`,
                `the same event as row ${first} (same case, kind and date)`,
              ),
            ),
          );
          continue;
        }
        firstSeen.set(identity, row.row);
        written.set(row.row, String(row.cells.caseNumber ?? ''));
        batch.push({ row: row.row, record: checked.record });
        if (batch.length >= 4000) {
          await bulkInsert(session, STAGE_TABLE, batch);
          batch = [];
        }
      }
      await bulkInsert(session, STAGE_TABLE, batch);
      const orphans = await session.query<{ row: number; normalizedNumber: string }>(
        `SELECT s."row", s."normalizedNumber" FROM ${STAGE} s
          WHERE NOT EXISTS (SELECT 1 FROM "Case" c WHERE c."courtId" = $1 AND c."normalizedNumber" = s."normalizedNumber")`,
        [court.id],
      );
      for (const orphan of orphans) {
        errors.push({
          row: orphan.row,
          column: opened.layout.columns.find((column) => column.field === 'caseNumber')?.header ?? '案号',
          value: written.get(orphan.row) ?? orphan.normalizedNumber,
          reason: text(
            `本院没有案件 ${orphan.normalizedNumber}；请先导入案件`,
            `this court has no case ${orphan.normalizedNumber}; import the cases first`,
          ),
        });
      }
      errors.sort((a, b) => a.row - b.row);
      const rejected = new Set(errors.map((error) => error.row)).size;
      const base = { rows, errors, rejected };
      if (rejected > 0 && (!options.skipInvalid || rejected >= rows))
        return {
          commit: false,
          value: { ...base, outcome: 'rejected', inserted: 0, updated: 0, caseIds: [], problems: 0 },
        };
      const details = DETAILS.map((name) => `"${name}"`).join(', ');
      const merged = await session.query<{ caseId: number; inserted: boolean }>(
        `INSERT INTO "CaseEvent" ("caseId", kind, "occurredOn", ${details}, fingerprint)
         SELECT c.id, s.kind::"CaseEventKind", s."occurredOn", ${DETAILS.map((name) => `s."${name}"`).join(', ')}, s.fingerprint
           FROM ${STAGE} s JOIN "Case" c ON c."courtId" = $1 AND c."normalizedNumber" = s."normalizedNumber"
         ON CONFLICT ("caseId", fingerprint) DO UPDATE
            SET "occurredOn" = EXCLUDED."occurredOn", ${DETAILS.map((name) => `"${name}" = EXCLUDED."${name}"`).join(', ')}
          WHERE ("CaseEvent"."occurredOn", ${DETAILS.map((name) => `"CaseEvent"."${name}"`).join(', ')})
                IS DISTINCT FROM (EXCLUDED."occurredOn", ${DETAILS.map((name) => `EXCLUDED."${name}"`).join(', ')})
         RETURNING "caseId", (xmax = 0) AS inserted`,
        [court.id],
      );
      const inserted = merged.filter((row) => row.inserted).length;
      const caseIds = [...new Set(merged.map((row) => row.caseId))];
      // In the same transaction: the events and the deadlines they move become visible together.
      const recomputed =
        caseIds.length === 0
          ? null
          : await recomputeDeadlinesIn(session, { courtId: court.id, caseIds, asOf: dayIn(startedAt) });
      const extensions = await reconcileExtensions(session, court.id, options.actor);
      if (merged.length > 0 || extensions.matched.length > 0) await bumpDataVersion(session, court.id);
      const value = {
        ...base,
        extensions,
        inserted,
        updated: merged.length - inserted,
        caseIds,
        problems: recomputed?.problems.length ?? 0,
      };
      if (options.dryRun) return { commit: false, value: { ...value, outcome: 'dry_run' } };
      const runId = await recordRun(session, ledgerEntry(importRun, 'committed', ledgerSummary(value)));
      return { commit: true, value: { ...value, outcome: 'committed', runId } };
    });

    const runId = await recordedRunId(importRun, run, () => ledgerSummary(run));
    const notes: Localized[] = [];
    if (run.problems > 0)
      notes.push(
        text(`${run.problems} 件案件的审限无法计算`, `the 审限 of ${run.problems} cases could not be computed`),
      );
    if (run.extensions) notes.push(...reconciliationNotes(run.extensions));
    const accepted = run.outcome === 'rejected' ? 0 : run.rows - run.rejected;
    return importSummary(importRun, {
      outcome: run.outcome,
      runId,
      rows: run.rows,
      inserted: run.inserted,
      updated: run.updated,
      unchanged: Math.max(0, accepted - run.inserted - run.updated),
      rejected: run.rejected,
      errors: run.errors,
      changes: [],
      notes,
      ...(run.extensions ? { extensions: run.extensions } : {}),
    });
  }
}

interface EventRun {
  readonly outcome: RunOutcome;
  readonly runId?: number;
  readonly rows: number;
  readonly rejected: number;
  readonly errors: readonly RowError[];
  readonly inserted: number;
  readonly updated: number;
  readonly caseIds: readonly number[];
  /** Cases whose 审限 the engine could not compute. */
  readonly problems: number;
  /** Absent when the file was rejected (nothing was written, nothing matched). */
  readonly extensions?: ExtensionReconciliation;
}

function ledgerSummary(run: Omit<EventRun, 'outcome'>): Record<string, unknown> {
  return {
    rows: run.rows,
    inserted: run.inserted,
    updated: run.updated,
    rejected: run.rejected,
    errorCount: run.errors.length,
    cases: run.caseIds.length,
    ...(run.extensions
      ? { extensionsMatched: run.extensions.matched, extensionsAwaiting: run.extensions.awaiting.length }
      : {}),
  };
}
