import type { IsoDate } from '../../domain/dates';
import type { BulkTable } from '../../store/bulk';
import type { SqlSession } from '../../store/migrations';
import { recomputeDeadlinesIn } from '../caseRecords';
import type { CaseColumn } from './caseColumns';
import { CaseStage, type ChangedCase, type StagedCase } from './caseMerge';
import { CaseSnapshot } from './caseSnapshot';
import { insertNewCases, NewCaseDeadlines, newCaseTable, type NewCase, type NewCaseProblem } from './newCases';

/**
 * Rows written per statement. A batch's rows wait for the statement, so they outlive young-generation
 * collections and are promoted; small batches keep the rows waiting few, at no measurable cost in speed.
 */
const BATCH = 500;

export interface WriteResult {
  readonly insertedIds: readonly number[];
  readonly updatedIds: readonly number[];
  readonly changes: readonly ChangedCase[];
  /** Cases whose 审限 the engine could not compute (their deadline columns stay empty). */
  readonly problems: readonly NewCaseProblem[];
}

/**
 * Writes an import's valid rows inside its transaction, each the cheapest way that keeps the result
 * exact: a row equal to its stored case is left alone, a new case is inserted once with its 审限, and a
 * row that changes a stored case goes through the stage and the SQL merge, then has its 审限
 * recomputed from its events in the same transaction, so no one ever reads new facts with old deadlines.
 */
export class CaseWriter {
  private inserts: NewCase[] = [];
  private changed: StagedCase[] = [];
  private readonly insertedIds: number[] = [];

  private constructor(
    private readonly session: SqlSession,
    private readonly courtId: number,
    private readonly asOf: IsoDate,
    private readonly snapshot: CaseSnapshot,
    private readonly deadlines: NewCaseDeadlines,
    private readonly stage: CaseStage,
    private readonly newCases: BulkTable<NewCase>,
  ) {}

  /** teamInFile: the file has a 审判团队 column (a team taken from the judge is not compared, see CaseSnapshot). */
  static async open(
    session: SqlSession,
    courtId: number,
    columns: readonly CaseColumn[],
    teamInFile: boolean,
    asOf: IsoDate,
    now: Date,
  ): Promise<CaseWriter> {
    const stage = new CaseStage(session, columns);
    await stage.create();
    const snapshot = await CaseSnapshot.load(session, courtId, columns, teamInFile);
    const deadlines = await NewCaseDeadlines.load(session, courtId, asOf);
    return new CaseWriter(session, courtId, asOf, snapshot, deadlines, stage, newCaseTable(courtId, columns, now));
  }

  async add(staged: StagedCase): Promise<void> {
    if (!this.snapshot.has(staged.record.normalizedNumber)) this.inserts.push(this.deadlines.of(staged.record));
    else if (!this.snapshot.unchanged(staged.record)) this.changed.push(staged);
    if (this.inserts.length >= BATCH || this.changed.length >= BATCH) await this.flush();
  }

  /** Takes back the rows of 案号 found twice in the file, then merges the changed rows. */
  async finish(duplicated: readonly string[]): Promise<WriteResult> {
    await this.flush();
    const removed = await this.removeNewCases(duplicated.filter((key) => !this.snapshot.has(key)));
    await this.stage.remove(duplicated.filter((key) => this.snapshot.has(key)));
    const merged = await this.stage.merge(this.courtId);
    const recomputed =
      merged.updatedIds.length === 0
        ? []
        : (
            await recomputeDeadlinesIn(this.session, {
              courtId: this.courtId,
              caseIds: merged.updatedIds,
              asOf: this.asOf,
            })
          ).problems;
    const takenBack = new Set(duplicated);
    const problems = [
      ...this.deadlines.problems.filter((problem) => !takenBack.has(problem.normalizedNumber)),
      ...(await this.namedProblems(recomputed)),
    ];
    return {
      insertedIds: this.insertedIds.filter((id) => !removed.has(id)),
      updatedIds: merged.updatedIds,
      changes: merged.changes,
      problems,
    };
  }

  private async flush(): Promise<void> {
    if (this.inserts.length > 0)
      this.insertedIds.push(...(await insertNewCases(this.session, this.newCases, this.inserts)));
    if (this.changed.length > 0) await this.stage.add(this.changed);
    this.inserts = [];
    this.changed = [];
  }

  private async removeNewCases(keys: readonly string[]): Promise<Set<number>> {
    if (keys.length === 0) return new Set();
    const rows = await this.session.query<{ id: number }>(
      'DELETE FROM "Case" WHERE "courtId" = $1 AND "normalizedNumber" = ANY($2::text[]) RETURNING id',
      [this.courtId, keys],
    );
    return new Set(rows.map((row) => row.id));
  }

  private async namedProblems(
    problems: readonly { caseId: number; field: string; message: string }[],
  ): Promise<NewCaseProblem[]> {
    if (problems.length === 0) return [];
    const rows = await this.session.query<{ id: number; normalizedNumber: string }>(
      'SELECT id, "normalizedNumber" FROM "Case" WHERE id = ANY($1::int[])',
      [problems.map((problem) => problem.caseId)],
    );
    const keys = new Map(rows.map((row) => [row.id, row.normalizedNumber]));
    return problems.map((problem) => ({
      normalizedNumber: keys.get(problem.caseId) ?? `#${problem.caseId}`,
      field: problem.field,
      message: problem.message,
    }));
  }
}
