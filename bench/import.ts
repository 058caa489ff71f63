/**
 * `npm run bench:import`: generates a 100k-row case export as CSV and XLSX and imports each into a
 * fresh store — embedded PGlite on disk, and PostgreSQL in its own database docket_bench_import —
 * printing rows/s, total time, re-import time and peak memory. Targets (issue 7): the 100k-row CSV in
 * ≤ 30 s and ≤ 300 MB on either store.
 *
 * A court creates its store once (`docket db migrate` or `docket seed`), so the store is created and
 * seeded in one child process (for PGlite that includes initdb, reported on its own as the first-time
 * figure) and every import runs in another, whose peak RSS is then the import's own:
 * - `cli`: the real entry, `node bin/docket.js import cases FILE --court 内0291 --json`, as users run it;
 * - `service`: CaseImportService called directly, without the CLI's start-up.
 * Each import is followed by a re-import of the same file (every row unchanged) in a new process, and
 * then the store is counted: the bench is also issue 7's 100k-row test, and exits 1 when a run inserted,
 * rejected or stored other than it must (every row a case, every open case with its 审限). The
 * seconds are the whole command's for `cli` (start-up, store, import, exit), the import's own for `service`.
 *
 * BENCH_ROWS (default 100000), BENCH_STORES (pglite,postgres), BENCH_FILES (csv,xlsx),
 * BENCH_VIA (cli,service), BENCH_REPEAT (runs of each, peaks listed; times are the last run's),
 * BENCH_DATABASE_URL (an admin connection; default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// Before exceljs: the importer's UTF-8 fix must replace exceljs's SAX driver before exceljs loads it.
import '../src/cmsExports/readers/exceljsUtf8';
import ExcelJS from 'exceljs';
import { COURT, JUDGES, type StoredCounts, type StoreKind } from './importChild';
import { freshDatabase } from './support/postgres';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
const OUT = path.resolve(__dirname, 'out');
const ROOT = path.resolve(__dirname, '..');
const CHILD = path.join(__dirname, 'importChild.ts');
const POSTGRES = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'docket_bench_import';
const HEADER = ['案号', '案由', '承办人', '立案日期', '结案日期', '适用程序', '结案方式', '标的额', '当事人'];
const CAUSES = ['民间借贷纠纷', '买卖合同纠纷', '物业服务合同纠纷', '离婚纠纷', '劳动争议'];

type Via = 'cli' | 'service';

function row(index: number): (string | null)[] {
  const year = 2023 + (index % 3);
  const filed = new Date(Date.UTC(year, index % 12, 1 + (index % 28)));
  const closed = index % 3 === 0 ? new Date(filed.getTime() + (20 + (index % 90)) * 86_400_000) : null;
  const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
  return [
    `（${year}）内0291民初${index + 1}号`,
    CAUSES[index % CAUSES.length] as string,
    JUDGES[index % JUDGES.length] as string,
    iso(filed),
    iso(closed),
    index % 2 ? '简易程序' : '普通程序',
    closed ? (index % 2 ? '调解' : '判决') : null,
    String(1000 + (index % 500) * 37.5),
    `原告：某${index % 97}；被告：某${index % 89}`,
  ];
}

async function generate(): Promise<{ csv: string; xlsx: string }> {
  fs.mkdirSync(OUT, { recursive: true });
  const csv = path.join(OUT, `cases-${ROWS}.csv`);
  const xlsx = path.join(OUT, `cases-${ROWS}.xlsx`);
  if (!fs.existsSync(csv)) {
    const out = fs.createWriteStream(csv);
    out.write(HEADER.join(',') + '\n');
    for (let index = 0; index < ROWS; index++)
      out.write(
        row(index)
          .map((cell) => cell ?? '')
          .join(',') + '\n',
      );
    await new Promise((resolve) => out.end(resolve));
  }
  if (!fs.existsSync(xlsx)) {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsx, useSharedStrings: true });
    const sheet = workbook.addWorksheet('案件');
    sheet.addRow(HEADER).commit();
    for (let index = 0; index < ROWS; index++) sheet.addRow(row(index)).commit();
    await workbook.commit();
  }
  return { csv, xlsx };
}

/**
 * The CLI runs as users run it (bin/docket.js) under a one-line preamble that writes the process's
 * peak RSS to a file when it exits; bin/docket.js reads its arguments from argv[2] on, as usual.
 */
const RSS_PREAMBLE =
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS))); require(require('node:path').resolve(process.argv[1]));";

interface Measured {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly inserted: number;
  readonly unchanged: number;
  readonly rejected: number;
}

function runImport(via: Via, kind: StoreKind, where: string, file: string): Measured {
  if (via === 'service') {
    const output = execFileSync(process.execPath, ['--import', 'tsx', CHILD, '--service', kind, where, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return JSON.parse(output.trim().split('\n').pop() as string) as Measured;
  }
  const started = performance.now();
  const rssFile = path.join(os.tmpdir(), `docket-bench-rss-${process.pid}`);
  const env: NodeJS.ProcessEnv = { ...process.env, BENCH_RSS_FILE: rssFile, DATABASE_URL: '', DOCKET_DATA_DIR: '' };
  if (kind === 'postgres') env.DATABASE_URL = where;
  else env.DOCKET_DATA_DIR = where;
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      ['-e', RSS_PREAMBLE, path.join(ROOT, 'bin/docket.js'), 'import', 'cases', file, '--court', COURT, '--json'],
      {
        cwd: ROOT,
        env,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
  } catch (error) {
    // Exit code 1 means rejected rows: the summary is still printed and reported below.
    output = String((error as { stdout?: string }).stdout ?? '');
    if (output === '') throw error;
  }
  const seconds = (performance.now() - started) / 1000;
  const summary = JSON.parse(output.trim().split('\n').pop() as string) as {
    inserted: number;
    unchanged: number;
    rejected: number;
  };
  const peak = Math.round(Number(fs.readFileSync(rssFile, 'utf8')) / 1024);
  fs.rmSync(rssFile, { force: true });
  return {
    seconds,
    peakRssMb: peak,
    inserted: summary.inserted,
    unchanged: summary.unchanged,
    rejected: summary.rejected,
  };
}

function runSetup(kind: StoreKind, where: string): { seconds: number; peakRssMb: number } {
  const output = execFileSync(process.execPath, ['--import', 'tsx', CHILD, '--setup', kind, where], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output.trim().split('\n').pop() as string) as { seconds: number; peakRssMb: number };
}

function storedCounts(kind: StoreKind, where: string): StoredCounts {
  const output = execFileSync(process.execPath, ['--import', 'tsx', CHILD, '--verify', kind, where], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(output.trim().split('\n').pop() as string) as StoredCounts;
}

/** The benchmark is also the 100k-row test (issue 7): what each run must have done, as problems found. */
function problemsOf(first: Measured, again: Measured, stored: StoredCounts): string[] {
  const expectations: [string, number, number][] = [
    ['inserted', first.inserted, ROWS],
    ['rejected', first.rejected, 0],
    ['unchanged on re-import', again.unchanged, ROWS],
    ['rejected on re-import', again.rejected, 0],
    ['cases stored', stored.cases, ROWS],
    ['distinct 案号 stored', stored.distinctNumbers, ROWS],
    ['open cases stored', stored.open, ROWS - Math.ceil(ROWS / 3)],
    ['open cases without a 审限', stored.openWithoutDeadline, 0],
  ];
  return expectations
    .filter(([, actual, expected]) => actual !== expected)
    .map(([what, actual, expected]) => `${what}: ${actual}, expected ${expected}`);
}

function resetDatabase(): Promise<string> {
  return freshDatabase(POSTGRES, DATABASE);
}

/** A fresh, seeded store for one run. PGlite: a copy of a data directory created once (initdb is not the import's cost). */
class FreshStores {
  private template: string | undefined;
  private readonly scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-bench-import-'));

  async next(kind: StoreKind): Promise<string> {
    if (kind === 'postgres') {
      const url = await resetDatabase();
      runSetup(kind, url);
      return url;
    }
    if (this.template === undefined) {
      this.template = path.join(this.scratch, 'template');
      const created = runSetup(kind, this.template);
      console.log(
        `pglite: first-time store creation (initdb, migrations, seed) ${created.seconds.toFixed(1)} s, peak RSS ${created.peakRssMb} MB`,
      );
    }
    const dataDir = path.join(this.scratch, `run-${Date.now()}`);
    fs.cpSync(this.template, dataDir, { recursive: true });
    return dataDir;
  }

  discard(kind: StoreKind, where: string): void {
    if (kind === 'pglite') fs.rmSync(where, { recursive: true, force: true });
  }

  close(): void {
    fs.rmSync(this.scratch, { recursive: true, force: true });
  }
}

const list = <T extends string>(value: string | undefined, fallback: T[]): T[] =>
  value ? (value.split(',').map((item) => item.trim()) as T[]) : fallback;

async function main(): Promise<void> {
  const files = await generate();
  console.log(
    `${ROWS} rows: ${path.relative(process.cwd(), files.csv)} (${(fs.statSync(files.csv).size / 1e6).toFixed(1)} MB), ${path.relative(process.cwd(), files.xlsx)} (${(fs.statSync(files.xlsx).size / 1e6).toFixed(1)} MB)`,
  );
  const load = () =>
    `load ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')} on ${os.availableParallelism()} cores`;
  console.log(`${load()} (times are noisy under load; peak RSS moves less, with when V8 collects)`);
  const stores = list<StoreKind>(process.env.BENCH_STORES, ['pglite', 'postgres']);
  const targets = list<'csv' | 'xlsx'>(process.env.BENCH_FILES, ['csv', 'xlsx']).map((format) => files[format]);
  const vias = list<Via>(process.env.BENCH_VIA, ['cli', 'service']);
  const fresh = new FreshStores();
  const failures: string[] = [];
  try {
    for (const store of stores) {
      for (const target of targets) {
        for (const via of vias) {
          // Peak RSS moves by ±10% from run to run with the moments V8 collects: BENCH_REPEAT=3 shows the spread.
          const runs: { first: Measured; again: Measured }[] = [];
          for (let run = 0; run < REPEAT; run++) {
            const where = await fresh.next(store);
            const first = runImport(via, store, where, target);
            const again = runImport(via, store, where, target);
            runs.push({ first, again });
            for (const problem of problemsOf(first, again, storedCounts(store, where)))
              failures.push(`${store} ${path.basename(target)} ${via} run ${run + 1}: ${problem}`);
            fresh.discard(store, where);
          }
          const { first, again } = runs[runs.length - 1] as { first: Measured; again: Measured };
          const peaks = (which: 'first' | 'again'): number | number[] => {
            const values = runs.map((run) => run[which].peakRssMb);
            return values.length === 1 ? (values[0] as number) : values;
          };
          console.log(
            JSON.stringify({
              store,
              file: path.basename(target),
              via,
              inserted: first.inserted,
              rejected: first.rejected,
              seconds: Number(first.seconds.toFixed(1)),
              rowsPerSecond: Math.round(ROWS / first.seconds),
              peakRssMb: peaks('first'),
              reimportSeconds: Number(again.seconds.toFixed(1)),
              reimportUnchanged: again.unchanged,
              reimportPeakRssMb: peaks('again'),
            }),
          );
        }
      }
    }
  } finally {
    fresh.close();
  }
  console.log(`${load()} at the end`);
  if (failures.length > 0) {
    console.error(`FAILED — the imports did not do what they must:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `checked: every run inserted ${ROWS} cases with their 审限, rejected none, and its re-import changed none`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
