/**
 * `npm run bench:import`: generates a 100k-row case export as CSV and XLSX, imports each into a
 * fresh store — embedded PGlite on disk, and PostgreSQL in its own database docket_bench_import —
 * and prints rows/s, total time and peak memory. Each import runs in a child process, so its peak
 * RSS is the import's own. Targets (issue 7): the 100k-row CSV in ≤ 30 s and ≤ 300 MB on either store.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// Before exceljs: the importer's UTF-8 fix must replace exceljs's SAX driver before exceljs loads it.
import '../src/import/readers/exceljsUtf8';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { importCases } from '../src/services/imports/caseImport';
import { openStore, type Store } from '../src/store';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const OUT = path.resolve(__dirname, 'out');
const POSTGRES = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = 'docket_bench_import';
const HEADER = ['案号', '案由', '承办人', '立案日期', '结案日期', '适用程序', '结案方式', '标的额', '当事人'];
const JUDGES = ['张敏', '李建国', '赵丽华', '周婷', '孙志强'];
const CAUSES = ['民间借贷纠纷', '买卖合同纠纷', '物业服务合同纠纷', '离婚纠纷', '劳动争议'];

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
    for (let index = 0; index < ROWS; index++) out.write(row(index).map((cell) => cell ?? '').join(',') + '\n');
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

async function seed(store: Store): Promise<void> {
  const court = await store.prisma.court.create({ data: { code: '内0291', name: '包头稀土高新技术产业开发区人民法院' } });
  const team = await store.prisma.team.create({ data: { courtId: court.id, name: '速裁快审一团队', kind: '速裁快审' } });
  await store.prisma.person.createMany({
    data: JUDGES.map((name, index) => ({ courtId: court.id, name, staffNo: `029100${index + 1}`, role: 'judge' as const, teamId: team.id })),
  });
}

/** Child: one import into a fresh store, then a re-import of the same file; prints JSON. */
async function child(kind: 'pglite' | 'postgres', file: string): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-bench-import-'));
  const url = new URL(POSTGRES);
  url.pathname = `/${DATABASE}`;
  const store = await openStore(kind === 'postgres' ? { databaseUrl: url.toString() } : { dataDir });
  try {
    await seed(store);
    const started = performance.now();
    const first = await importCases(store, file, { actor: 'bench' });
    const seconds = (performance.now() - started) / 1000;
    const againStarted = performance.now();
    const again = await importCases(store, file, { actor: 'bench' });
    const againSeconds = (performance.now() - againStarted) / 1000;
    console.log(
      JSON.stringify({
        store: kind,
        file: path.basename(file),
        rows: first.rows,
        inserted: first.inserted,
        rejected: first.rejected,
        seconds: Number(seconds.toFixed(1)),
        rowsPerSecond: Math.round(first.rows / seconds),
        reimportSeconds: Number(againSeconds.toFixed(1)),
        reimportUnchanged: again.unchanged,
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      }),
    );
  } finally {
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function resetDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: POSTGRES });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
}

async function main(): Promise<void> {
  const [mode, kind, file] = process.argv.slice(2);
  if (mode === '--child') return child(kind as 'pglite' | 'postgres', file as string);
  const files = await generate();
  console.log(`${ROWS} rows: ${path.relative(process.cwd(), files.csv)} (${(fs.statSync(files.csv).size / 1e6).toFixed(1)} MB), ${path.relative(process.cwd(), files.xlsx)} (${(fs.statSync(files.xlsx).size / 1e6).toFixed(1)} MB)`);
  const stores = (process.env.BENCH_STORES ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
  for (const store of stores) {
    for (const target of [files.csv, files.xlsx]) {
      if (store === 'postgres') await resetDatabase();
      const output = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--child', store, target], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      console.log(output.trim().split('\n').pop());
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
