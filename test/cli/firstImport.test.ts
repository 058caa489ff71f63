import fs from 'node:fs';
import path from 'node:path';
import { openStore } from '../../src/store';
import { docketInProcess, docketSpawned, embeddedStoreEnv, type CliRun } from '../support/cli';
import { fixture, scratchDir } from '../support/importFixtures';
import { createMigratedDataDir } from '../support/store';

/**
 * A new court's first import, as docs/importing.md walks it: register the court, import the roster, dry-run
 * the cases with a report, fix the reported rows, import. The steps an operator's script depends on as a
 * process — an exit code of each kind (2, 1, 0) and a report written relative to the working directory — run
 * `bin/docket.js` spawned as court IT staff run it; the others run in this process (`runCli`, what
 * bin/docket.js runs), since each spawn costs a Node start-up, tsx and the store's WebAssembly again.
 * Always on the embedded store: the services' tests cover PostgreSQL.
 */
const scratch = scratchDir();
let dataDir: string;

const spawned = (...args: string[]) =>
  docketSpawned(args, {
    cwd: scratch.dir,
    env: { ...process.env, DOCKET_DATA_DIR: dataDir, DATABASE_URL: '', DOCKET_COURT: '', LANG: 'C.UTF-8' },
  });
const docket = (...args: string[]) => docketInProcess(args, { ...embeddedStoreEnv(dataDir), LANG: 'C.UTF-8' });

interface Summary {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  errors: { row: number; column: string; value: string; message: string }[];
  outcome: string;
}

const summaryOf = (run: CliRun) => JSON.parse(run.stdout) as Summary;

async function storedCaseNumbers(): Promise<string[]> {
  const store = await openStore({ dataDir });
  try {
    const cases = await store.prisma.case.findMany({ select: { caseNumber: true }, orderBy: { caseNumber: 'asc' } });
    return cases.map((row) => row.caseNumber);
  } finally {
    await store.close();
  }
}

// The sample export with two rows a court would get wrong: a judge nobody in the roster is, and a case closed before it was filed.
const exportLines = fs.readFileSync(fixture('cases-utf8.csv'), 'utf8').trimEnd().split('\n');
const broken = [
  exportLines[0],
  ...exportLines.slice(1).map((line, index) => {
    if (index === 1) return line.replace(',张敏,', ',张 三,');
    if (index === 2) return line.replace('2024年10月8日', '2024年8月8日');
    return line;
  }),
].join('\n');

beforeAll(async () => {
  dataDir = await createMigratedDataDir('docket-first-import-');
}, 120_000);
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  scratch.cleanup();
});

describe('a new court’s first import, through the docket command', () => {
  it('cannot import before the court is registered, and is told how to register it', async () => {
    const run = await spawned('import', 'people', fixture('people.csv'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('docket court add');
  }, 60_000);

  it('registers the court by its 法院代字, refusing a code that is not one', async () => {
    const wrong = await docket('court', 'add', '蒙0291', '包头稀土高新技术产业开发区人民法院');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('内蒙古自治区的法院代字为“内”');
    const added = await docket('court', 'add', '内0291', '包头稀土高新技术产业开发区人民法院', '--json');
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ code: '内0291', comparisonMode: 'unranked' });
  }, 60_000);

  it('imports the roster after a dry run that writes nothing', async () => {
    const dry = summaryOf(await docket('import', 'people', fixture('people.csv'), '--dry-run', '--json'));
    expect(dry).toMatchObject({ outcome: 'dry_run', rejected: 0 });
    expect(dry.inserted).toBeGreaterThan(0);
    const real = await docket('import', 'people', fixture('people.csv'), '--json');
    expect(real.code).toBe(0);
    expect(summaryOf(real)).toMatchObject({ outcome: 'committed', inserted: dry.inserted, rejected: 0 });
  }, 60_000);

  it('dry-runs the cases: exit 1, each bad row with its column, value and reason, in a report to fix; nothing stored', async () => {
    const file = scratch.file('my-export.csv', broken);
    const run = await spawned('import', 'cases', file, '--dry-run', '--report', 'fix-me.csv');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/行\s+列\s+值\s+原因/);
    expect(run.stdout).toContain('张 三');

    const json = await docket('import', 'cases', file, '--dry-run', '--json', '--lang', 'en');
    expect(json.code).toBe(1);
    const summary = summaryOf(json);
    expect(summary.rejected).toBe(2);
    expect(summary.errors).toEqual([
      {
        row: 3,
        column: '承办人',
        value: '张 三',
        message:
          'judge "张三" is not on the court\'s roster: check the name or give the staff number; a new judge needs the roster updated first (docket import people)',
      },
      {
        row: 4,
        column: '结案日期',
        value: '2024年8月8日',
        message: 'closed on 2024-08-08, before it was filed on 2024-09-03',
      },
    ]);

    const report = fs.readFileSync(path.join(scratch.dir, 'fix-me.csv'), 'utf8');
    expect(report.split('\n')[0]).toContain('导入错误');
    expect(report).toContain('（2024）内0291民初1002号');
    expect(report).not.toContain('（2024）内0291民初1001号');
    expect(await storedCaseNumbers()).toEqual([]);
  }, 60_000);

  it('imports the valid rows with --skip-invalid, then the fixed report, and a second run changes nothing', async () => {
    const partial = await docket('import', 'cases', scratch.file('my-export.csv', broken), '--skip-invalid', '--json');
    expect(partial.code).toBe(1);
    expect(summaryOf(partial)).toMatchObject({ outcome: 'committed', inserted: exportLines.length - 3, rejected: 2 });

    const reportFile = path.join(scratch.dir, 'fix-me.csv');
    const fixed = fs
      .readFileSync(reportFile, 'utf8')
      .replace(',张 三,', ',张敏,')
      .replace('2024年8月8日', '2024年10月8日');
    fs.writeFileSync(reportFile, fixed);
    const repaired = await spawned('import', 'cases', reportFile, '--json');
    expect(repaired.code).toBe(0);
    expect(summaryOf(repaired)).toMatchObject({ outcome: 'committed', inserted: 2, rejected: 0 });
    expect(await storedCaseNumbers()).toHaveLength(exportLines.length - 1);

    const again = await docket('import', 'cases', reportFile, '--json');
    expect(summaryOf(again)).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, rejected: 0 });
  }, 120_000);

  it('imports the case events keyed by 案号', async () => {
    const run = await docket('import', 'events', fixture('events.csv'), '--json');
    expect(run.code).toBe(0);
    expect(summaryOf(run)).toMatchObject({ rejected: 0 });
    expect(summaryOf(run).inserted).toBeGreaterThan(0);
  }, 60_000);

  it('lists the court with what was imported, and sets the channel for its weekly aggregates', async () => {
    const set = await docket(
      'court',
      'set',
      '--management-channel',
      'C0MANAGE1',
      '--comparison',
      'anonymized',
      '--json',
    );
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({
      code: '内0291',
      managementChannelId: 'C0MANAGE1',
      comparisonMode: 'anonymized',
    });
    const badChannel = await docket('court', 'set', '--rules-channel', '#rules');
    expect(badChannel.code).toBe(2);
    expect(badChannel.stderr).toContain('C0123ABCD');
    const list = await docket('court', 'list', '--json');
    const [court] = JSON.parse(list.stdout) as {
      code: string;
      teams: number;
      people: number;
      openCases: number;
      rulesChannelId: string | null;
    }[];
    expect(court).toMatchObject({ code: '内0291', rulesChannelId: null });
    expect(court?.teams).toBeGreaterThan(0);
    expect(court?.openCases).toBeGreaterThan(0);
  }, 60_000);

  it('refuses an export with no data rows with exit 1, and a file that is no spreadsheet with exit 2, in the operator’s language', async () => {
    const empty = await docket('import', 'cases', scratch.file('empty.csv', ''));
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('没有数据行');
    const headerOnly = await docket(
      'import',
      'cases',
      scratch.file('header.csv', `${exportLines[0]}\n`),
      '--lang',
      'en',
    );
    expect(headerOnly.code).toBe(1);
    expect(headerOnly.stderr).toContain('holds no data rows');
    expect(headerOnly.stderr).toContain('does not count as fresh data');
    // A picture saved under the export's name: told it is no CSV, not that its quotes are unbalanced.
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 7)]);
    const binary = await docket('import', 'cases', scratch.file('cases.csv', png), '--lang', 'en');
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain('cases.csv is not a CSV or XLSX file');
  }, 120_000);
});
