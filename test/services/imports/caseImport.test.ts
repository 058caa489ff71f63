import fs from 'node:fs';
import { recomputeDeadlines } from '../../../src/services/caseRecords';
import { EmptyExportError } from '../../../src/cmsExports/readers';
import { CaseImportService } from '../../../src/services/imports/caseImport';
import type { ImportSummary } from '../../../src/services/imports/summary';
import type { Store } from '../../../src/store';
import { toDbDate } from '../../../src/store/dbDate';
import { lastCaseImportDay } from '../../../src/store/repositories/importRuns';
import { fixture, scratchDir, seedCourt } from '../../support/importFixtures';
import { createTestStore, emptyTestStore } from '../../support/store';
import { writeWorkbook } from '../../support/xlsx';

const HEADER = '案号,案由,承办人,立案日期,结案日期,适用程序,结案方式,审理天数,标的额';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const errorsOf = (summary: ImportSummary) => summary.errors.map((error) => [error.row, error.column, error.reason.en]);

describe('importing cases from a case-management export', () => {
  let store: Store;
  let courtId: number;
  const scratch = scratchDir();
  const run = (file: string, options: Partial<Parameters<CaseImportService['run']>[1]> = {}) =>
    new CaseImportService({ store }).run(file, { actor: 'test', ...options });
  const stored = () =>
    store.prisma.case.findMany({
      where: { courtId },
      orderBy: { normalizedNumber: 'asc' },
      include: { judge: true, team: true },
    });

  // One store for the file, emptied before each test: every test still starts from an empty store.
  beforeAll(async () => {
    store = await createTestStore();
  });
  beforeEach(async () => {
    await emptyTestStore(store);
    courtId = (await seedCourt(store)).courtId;
  });
  afterAll(async () => {
    await store?.close();
    scratch.cleanup();
  });

  it('imports the demo export: normalised 案号, dates in every form, judges, procedures, amounts, and a 审限', async () => {
    const summary = await run(fixture('cases-utf8.csv'));
    expect(errorsOf(summary)).toEqual([]);
    expect(summary).toMatchObject({
      outcome: 'committed',
      rows: 9,
      inserted: 9,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    const cases = await stored();
    const first = cases.find((c) => c.normalizedNumber === '（2024）内0291民初1003号');
    expect(first).toMatchObject({
      caseNumber: '(2024)内0291民初1003号',
      procedure: 'small_claims',
      status: 'closed',
      typeCode: '民初',
      sequence: 1003,
    });
    expect(first?.filedOn.toISOString().slice(0, 10)).toBe('2024-09-03');
    expect(first?.closedOn?.toISOString().slice(0, 10)).toBe('2024-10-08');
    expect(first?.amount?.toString()).toBe('4800');
    const serial = cases.find((c) => c.normalizedNumber === '（2024）内0291民初1005号');
    expect(serial?.filedOn.toISOString().slice(0, 10)).toBe('2024-09-30');
    const byNumber = cases.find((c) => c.normalizedNumber === '（2024）内0291民初1004号');
    expect(byNumber).toMatchObject({ appealed: true, judge: { name: '赵丽华' }, team: { name: '民商事审判团队' } });
    expect(byNumber?.amount?.toString()).toBe('15000');
    const open = cases.find((c) => c.normalizedNumber === '（2024）内0291民初1002号');
    expect(open?.deadline?.toISOString().slice(0, 10)).toBe('2025-03-03'); // 2024-09-02 + 6 months, 03-02 a Sunday
    expect(cases.find((c) => c.typeCode === '刑初' && c.sequence === 88)).toMatchObject({
      detained: true,
      procedure: 'expedited',
    });
  });

  it('reads a GBK export with a title row and other header spellings in another order', async () => {
    const summary = await run(fixture('cases-gbk.csv'));
    expect(errorsOf(summary)).toEqual([]);
    expect(summary).toMatchObject({ encoding: 'gbk', headerRow: 2, inserted: 4 });
    const criminal = (await stored()).find((c) => c.typeCode === '刑初');
    expect(criminal?.judge?.staffNo).toBe('0291011');
  });

  it('imports an XLSX export with date cells and serial numbers', async () => {
    const file = scratch.file('cases.xlsx');
    await writeWorkbook(file, [
      ['案号', '案由', '承办人', '立案日期', '结案日期', '适用程序', '结案方式'],
      ['（2024）内0291民初501号', '合同纠纷', '张敏', new Date(Date.UTC(2024, 7, 31)), 45623, '简易程序', '判决'],
    ]);
    expect(errorsOf(await run(file))).toEqual([]);
    const [only] = await stored();
    expect(only?.filedOn.toISOString().slice(0, 10)).toBe('2024-08-31');
    expect(only?.closedOn?.toISOString().slice(0, 10)).toBe('2024-11-27');
  });

  it('changes nothing when the same export is imported again, not even updatedAt', async () => {
    await run(fixture('cases-utf8.csv'));
    const before = await stored();
    const again = await run(fixture('cases-utf8.csv'));
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 9, changes: [] });
    expect((await stored()).map((c) => c.updatedAt.getTime())).toEqual(before.map((c) => c.updatedAt.getTime()));
  });

  it('updates the cases a later export changed and says which fields changed', async () => {
    await run(
      scratch.file(
        'v1.csv',
        csv(
          '（2024）内0291民初1号,合同纠纷,张敏,2024-09-02,,普通程序,,,1000',
          '（2024）内0291民初2号,合同纠纷,张敏,2024-09-02,,简易程序,,,',
        ),
      ),
    );
    const later = await run(
      scratch.file(
        'v2.csv',
        csv(
          '（2024）内0291民初1号,合同纠纷,李建国,2024-09-02,2024-12-01,普通程序,判决,90,1000',
          '（2024）内0291民初2号,合同纠纷,张敏,2024/9/2,,简易,,,',
        ),
      ),
    );
    expect(later).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    expect(later.changes.map((change) => [change.key, change.field.en, change.before, change.after])).toEqual([
      ['（2024）内0291民初1号', 'judge', '张敏', '李建国'],
      ['（2024）内0291民初1号', 'closing date', null, '2024-12-01'],
      ['（2024）内0291民初1号', 'status', 'open', 'closed'],
      ['（2024）内0291民初1号', 'close method', null, 'judgment'],
    ]);
    expect((await stored())[0]).toMatchObject({ status: 'closed', judge: { name: '李建国' } });
  });

  it('writes a new case with its 审限, and recomputes a changed case from its events in the same transaction', async () => {
    await run(scratch.file('v1.csv', csv('（2024）内0291民初21号,合同纠纷,张敏,2024-09-02,,简易程序,,,')));
    expect(await recomputeDeadlines(store, { courtId })).toMatchObject({ examined: 1, updated: 0 });
    const [filed] = await stored();
    expect(filed?.deadline?.toISOString().slice(0, 10)).toBe('2024-12-02'); // 简易程序: three months
    await store.prisma.caseEvent.create({
      data: {
        caseId: filed?.id as number,
        kind: 'extension',
        occurredOn: toDbDate('2025-02-20'),
        months: 1,
        approvedBy: '本院院长',
        fingerprint: 'e1',
      },
    });
    const later = await run(
      scratch.file('v2.csv', csv('（2024）内0291民初21号,合同纠纷,张敏,2024-09-02,,普通程序,,,')),
    );
    expect(later).toMatchObject({ updated: 1, notes: [] });
    const [converted] = await stored();
    // 普通程序: six months to 2025-03-02, a Sunday; one month's extension from there.
    expect(converted).toMatchObject({
      extended: true,
      baseDeadline: toDbDate('2025-03-03'),
      deadline: toDbDate('2025-04-02'),
    });
    expect(await recomputeDeadlines(store, { courtId })).toMatchObject({ updated: 0 });
  });

  it('keeps a team taken from the judge while the judge stays, and compares a team given in its own column', async () => {
    const withTeam = (team: string) =>
      scratch.file(
        `team-${team}.csv`,
        `案号,案由,承办人,立案日期,适用程序,审判团队\n（2024）内0291民初31号,合同纠纷,张敏,2024-09-02,简易程序,${team}\n`,
      );
    const byJudge = scratch.file('by-judge.csv', csv('（2024）内0291民初31号,合同纠纷,张敏,2024-09-02,,简易程序,,,'));
    await run(byJudge);
    const zhang = await store.prisma.person.findFirstOrThrow({ where: { name: '张敏' } });
    const civil = await store.prisma.team.findFirstOrThrow({ where: { name: '民商事审判团队' } });
    await store.prisma.person.update({ where: { id: zhang.id }, data: { teamId: civil.id } });
    expect(await run(byJudge)).toMatchObject({ updated: 0, unchanged: 1 });
    expect((await stored())[0]?.team?.name).toBe('速裁快审一团队');
    expect(await run(withTeam('速裁快审一团队'))).toMatchObject({ updated: 0, unchanged: 1 });
    const moved = await run(withTeam('刑事审判团队'));
    expect(moved.changes.map((change) => [change.field.en, change.before, change.after])).toEqual([
      ['team', '速裁快审一团队', '刑事审判团队'],
    ]);
  });

  it('rejects duplicate 案号 within a file, both rows, whatever way they are written', async () => {
    const summary = await run(
      scratch.file(
        'dup.csv',
        csv(
          '（2024）内0291民初7号,合同纠纷,张敏,2024-09-02,,普通程序,,,',
          '(2024)内0291民初7号,合同纠纷,张敏,2024-09-03,,普通程序,,,',
        ),
      ),
      { skipInvalid: true },
    );
    expect(errorsOf(summary)).toEqual([
      [2, '案号', 'row 3 has the same case number'],
      [3, '案号', 'the same case number as row 2'],
    ]);
    expect(summary).toMatchObject({ rejected: 2, inserted: 0 });
    expect(await stored()).toHaveLength(0);
  });

  it('rejects a file whose every row is rejected even with skipInvalid: it holds nothing, so it is not fresh data', async () => {
    const summary = await run(
      scratch.file('all-bad.csv', csv('（2024）内0291民初11号,合同纠纷,钱多多,2024-09-02,,普通程序,,,')),
      { skipInvalid: true },
    );
    expect(summary).toMatchObject({ outcome: 'rejected', rows: 1, rejected: 1, inserted: 0 });
    expect(await lastCaseImportDay(store, courtId)).toBeNull();
  });

  it('rejects an unknown judge and an ambiguous name, and takes a 工号 instead', async () => {
    const summary = await run(
      scratch.file(
        'judges.csv',
        csv(
          '（2024）内0291民初8号,合同纠纷,钱多多,2024-09-02,,普通程序,,,',
          '（2024）内0291民初9号,合同纠纷,王磊,2024-09-02,,普通程序,,,',
          '（2024）内0291民初10号,合同纠纷,0291011,2024-09-02,,普通程序,,,',
        ),
      ),
      { skipInvalid: true },
    );
    expect(errorsOf(summary)).toEqual([
      [
        2,
        '承办人',
        `judge "钱多多" is not on the court's roster: check the name or give the staff number; a new judge needs the roster updated first (docket import people)`,
      ],
      [3, '承办人', '2 people are called "王磊" (staff numbers 0291004、0291011); give the staff number instead'],
    ]);
    expect((await stored()).map((c) => c.judge?.staffNo)).toEqual(['0291011']);
  });

  it('says to import the roster first when the court has none yet', async () => {
    await store.prisma.court.create({ data: { code: '内0292', name: '另一基层法院' } });
    const summary = await run(
      scratch.file('no-roster.csv', csv('（2024）内0292民初1号,合同纠纷,张敏,2024-09-02,,普通程序,,,')),
      { courtCode: '内0292' },
    );
    expect(errorsOf(summary)).toEqual([
      [
        2,
        '承办人',
        `judge "张敏" is not on the court's roster, which is empty: import people first (docket import people)`,
      ],
    ]);
  });

  it('catches contradictions: closed before filed (once, not again in its 审理天数), closed without a close method, 审理天数 off', async () => {
    const summary = await run(
      scratch.file(
        'contradictions.csv',
        csv(
          '（2024）内0291民初11号,合同纠纷,张敏,2024-09-02,2024-09-01,普通程序,判决,5,',
          '（2024）内0291民初12号,合同纠纷,张敏,2024-09-02,2024-10-01,普通程序,,,',
          '（2024）内0291民初13号,合同纠纷,张敏,2024-09-02,2024-10-02,普通程序,判决,99,',
        ),
      ),
    );
    expect(errorsOf(summary)).toEqual([
      [2, '结案日期', 'closed on 2024-09-01, before it was filed on 2024-09-02'],
      [3, '结案方式', 'a closed case needs a close method'],
      [4, '审理天数', '99 days in trial does not match the dates (expected 30 or 31)'],
    ]);
  });

  it('imports nothing from a file with an invalid row by default, and the valid rows with skipInvalid', async () => {
    const file = scratch.file(
      'mixed.csv',
      csv(
        '（2024）内0291民初14号,合同纠纷,张敏,2024-09-02,,普通程序,,,',
        '（2024）内0291民初15号,合同纠纷,张敏,2024-13-01,,普通程序,,,',
      ),
    );
    const strict = await run(file);
    expect(strict).toMatchObject({ outcome: 'rejected', inserted: 0, rejected: 1 });
    expect(await stored()).toHaveLength(0);
    const lenient = await run(file, { skipInvalid: true });
    expect(lenient).toMatchObject({ outcome: 'committed', inserted: 1, rejected: 1 });
    expect((await stored()).map((c) => c.sequence)).toEqual([14]);
  });

  it('writes nothing on a dry run but reports what would change', async () => {
    const summary = await run(fixture('cases-utf8.csv'), { dryRun: true });
    expect(summary).toMatchObject({ outcome: 'dry_run', inserted: 9 });
    expect(await stored()).toHaveLength(0);
    expect((await store.prisma.importRun.findMany()).map((r) => r.dryRun)).toEqual([true]);
  });

  it('loses and half-writes nothing when the file breaks off mid-import', async () => {
    await run(fixture('cases-utf8.csv'));
    const before = await stored();
    // 6,000 good rows are staged inside the transaction before the broken quote is reached.
    const rows = Array.from(
      { length: 6000 },
      (_, i) => `（2024）内0291民初${5000 + i}号,合同纠纷,张敏,2024-09-02,,简易程序,,,`,
    );
    await expect(run(scratch.file('broken.csv', csv(...rows, '"（2024）内0291民初9999号,合同纠纷')))).rejects.toThrow(
      /unbalanced quotes/,
    );
    expect(await stored()).toEqual(before);
    const whole = scratch.file('many.xlsx');
    await writeWorkbook(whole, [
      ['案号', '案由', '承办人', '立案日期', '适用程序'],
      ...rows.map((row) => row.split(',').slice(0, 4).concat('简易程序')),
    ]);
    const bytes = fs.readFileSync(whole);
    await expect(run(scratch.file('cut.xlsx', bytes.subarray(0, Math.floor(bytes.length * 0.8))))).rejects.toThrow(
      /incomplete or damaged/,
    );
    expect(await stored()).toEqual(before);
  }, 60_000);

  it('refuses an empty file and a file without the required columns', async () => {
    await expect(run(scratch.file('empty.csv', ''))).rejects.toThrow(EmptyExportError);
    await expect(run(scratch.file('columns.csv', '案号,案由\n（2024）内0291民初1号,合同纠纷\n'))).rejects.toThrow(
      /required columns are missing: filing date, procedure/,
    );
  });

  it('refuses an export holding only its header: nothing written, nothing recorded, so it never counts as fresh data', async () => {
    await run(fixture('cases-utf8.csv'));
    const before = { runs: await store.prisma.importRun.count(), audit: await store.prisma.auditLog.count() };
    const court = await store.prisma.court.findUniqueOrThrow({ where: { id: courtId } });
    const headerOnly = run(scratch.file('header-only.csv', `${HEADER}\n\n`));
    await expect(headerOnly).rejects.toThrow(EmptyExportError);
    await expect(headerOnly).rejects.toThrow(/holds no data rows .* does not count as fresh data/);
    expect({ runs: await store.prisma.importRun.count(), audit: await store.prisma.auditLog.count() }).toEqual(before);
    expect((await store.prisma.court.findUniqueOrThrow({ where: { id: courtId } })).dataVersion).toBe(
      court.dataVersion,
    );
  });

  it('rejects a row whose 当事人 or 案由 is far longer than any real one, with its length, and stores neither', async () => {
    const megabyte = '某'.repeat(1024 * 1024);
    const file = scratch.file(
      'oversize.csv',
      [
        '案号,案由,承办人,立案日期,适用程序,当事人',
        `（2024）内0291民初1号,民间借贷纠纷,张敏,2024-09-02,简易程序,${megabyte}`,
        `（2024）内0291民初2号,${'合同纠纷'.repeat(60)},张敏,2024-09-02,简易程序,原告：何某；被告：冯某`,
        '（2024）内0291民初3号,民间借贷纠纷,张敏,2024-09-02,简易程序,原告：何某；被告：冯某',
      ].join('\n'),
    );
    const summary = await run(file, { skipInvalid: true });
    expect(errorsOf(summary)).toEqual([
      [2, '当事人', 'too long: 1048576 characters; this column holds at most 4000'],
      [3, '案由', 'too long: 240 characters; this column holds at most 200'],
    ]);
    expect(summary.errors[0]?.value.length).toBeLessThan(100);
    expect((await stored()).map((row) => row.normalizedNumber)).toEqual(['（2024）内0291民初3号']);
  });

  it('records each run in the ledger and the audit log, and moves the court data version', async () => {
    await run(fixture('cases-utf8.csv'));
    await run(fixture('cases-utf8.csv'));
    const runs = await store.prisma.importRun.findMany({ orderBy: { id: 'asc' } });
    expect(runs.map((r) => [r.kind, r.dryRun, (r.summary as { inserted: number }).inserted])).toEqual([
      ['cases', false, 9],
      ['cases', false, 0],
    ]);
    expect((await store.prisma.auditLog.findMany()).map((entry) => entry.action)).toEqual([
      'import.cases.committed',
      'import.cases.committed',
    ]);
    const court = await store.prisma.court.findUniqueOrThrow({ where: { id: courtId } });
    expect(court.dataVersion).toBe(1); // the import with its deadlines, once; the unchanged re-import moves nothing
  });

  it('reads another system’s export through a mapping file', async () => {
    const summary = await run(fixture('cases-other-system.csv'), { mappingFile: fixture('mapping-example.yaml') });
    expect(errorsOf(summary)).toEqual([]);
    const cases = await stored();
    expect(cases.map((c) => [c.procedure, c.closeMethod, c.amount?.toString(), c.judge?.name])).toEqual([
      ['ordinary', 'judgment', '125000', '王磊'],
      ['simple', null, '8000', '张敏'],
    ]);
  });
});
