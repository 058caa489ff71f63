import fs from 'node:fs';
import path from 'node:path';
import { openStore } from '../../src/store';
import { scratchDir, seedCourt } from '../support/importFixtures';
import { spawnDocket } from '../support/processes';
import { createMigratedDataDir } from '../support/store';

/**
 * `docket import cases` killed with SIGKILL while it writes an export's rows, then run again at once,
 * as a nightly script's retry does: the re-run is not refused for the dead import's lock, and the
 * store holds the file exactly once — the killed run wrote nothing and recorded nothing.
 */
const ROWS = 5_000;
const JUDGES = ['张敏', '孙志强', '周婷', '李建国'];
const scratch = scratchDir();
let dataDir: string;
let file: string;
/** The file PostgreSQL keeps the "Case" table in: it grows as soon as an import inserts rows. */
let caseTableFile: string;

function exportFile(): string {
  const lines = ['案号,案由,承办人,立案日期,适用程序,当事人'];
  for (let index = 0; index < ROWS; index++) {
    const filed = new Date(Date.UTC(2024, index % 12, 1 + (index % 28))).toISOString().slice(0, 10);
    lines.push(
      `（2024）内0291民初${index + 1}号,民间借贷纠纷,${JUDGES[index % JUDGES.length]},${filed},${index % 2 ? '简易程序' : '普通程序'},原告：某${index % 97}；被告：某${index % 89}`,
    );
  }
  return scratch.file('cases.csv', lines.join('\n') + '\n');
}

const env = () => ({ ...process.env, DOCKET_DATA_DIR: dataDir, DATABASE_URL: '', DOCKET_COURT: '', LANG: 'C.UTF-8' });

beforeAll(async () => {
  dataDir = await createMigratedDataDir('docket-import-killed-');
  const store = await openStore({ dataDir, migrate: false });
  try {
    await seedCourt(store);
    const [relation] = await store.withSql((session) =>
      session.query<{ file: string }>(`SELECT pg_relation_filepath('"Case"') AS file`),
    );
    caseTableFile = path.join(dataDir, 'pgdata', relation?.file as string);
  } finally {
    await store.close();
  }
  file = exportFile();
}, 120_000);
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  scratch.cleanup();
});

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

it('an import killed half-way and run again at once imports the file exactly once', async () => {
  const before = fs.statSync(caseTableFile).size;
  const killed = spawnDocket(['import', 'cases', file, '--court', '内0291', '--json'], env());
  try {
    // Killed once its transaction has inserted rows into "Case" (the table's file grows), well before it commits.
    await until(() => fs.statSync(caseTableFile).size > before, 60_000);
  } finally {
    await killed.kill9();
  }
  expect(await killed.exited).toEqual({ code: null, signal: 'SIGKILL' });

  const again = spawnDocket(['import', 'cases', file, '--court', '内0291', '--json'], env());
  const { code } = await again.exited;
  expect(again.output()).toMatch(/took over the lock on the data directory .* no longer runs on this host/);
  if (code !== 0) throw new Error(`the re-run failed (exit ${code}):\n${again.output()}`);
  const summary = JSON.parse(again.stdout()) as { inserted: number };
  expect(summary.inserted).toBe(ROWS);

  const store = await openStore({ dataDir, migrate: false });
  try {
    expect(await store.prisma.case.count()).toBe(ROWS);
    const runs = await store.prisma.importRun.findMany({ where: { kind: 'cases' } });
    expect(runs.map((run) => (run.summary as { outcome: string }).outcome)).toEqual(['committed']);
  } finally {
    await store.close();
  }
}, 180_000);
