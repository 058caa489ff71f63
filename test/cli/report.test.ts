import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store';
import { docketInProcess, embeddedStoreEnv } from '../support/cli';
import { seedCourt } from '../support/court';
import { readDocx, readWorkbook } from '../support/reportFiles';
import { createMigratedDataDir } from '../support/store';

/** `docket report weekly|monthly`: any past period's 周通报 or 月调度 as files, from the CLI itself. */
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-report-'));
let env: Record<string, string | undefined> = {};
const file = (name: string) => path.join(workDir, name);

beforeAll(async () => {
  const dataDir = await createMigratedDataDir('docket-report-store-');
  env = embeddedStoreEnv(dataDir);
  const store = await openStore({ dataDir, migrate: false });
  try {
    await seedCourt(store);
  } finally {
    await store.close();
  }
}, 120_000);
afterAll(() => {
  fs.rmSync(workDir, { recursive: true, force: true });
  if (env.DOCKET_DATA_DIR) fs.rmSync(env.DOCKET_DATA_DIR, { recursive: true, force: true });
});

describe('docket report', () => {
  test('writes the 月调度 of a past month as a Word document and a workbook that open, with the teams and their figures', async () => {
    const run = await docketInProcess(
      ['report', 'monthly', '--date', '2025-05-20', '--docx', file('may.docx'), '--xlsx', file('may.xlsx')],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^monthly 2025-05 \(2025-05-01 – 2025-05-31\): wrote .*may\.docx \(\d+ KiB\), .*may\.xlsx/,
    );
    const document = await readDocx(fs.readFileSync(file('may.docx')));
    expect(document.paragraphs.slice(0, 3)).toEqual([
      '包头稀土高新技术产业开发区人民法院月调度',
      '关于2025年5月',
      '审判执行质效情况的通报',
    ]);
    expect(document.paragraphs).toEqual(expect.arrayContaining(['民一庭', '民二庭', '五、繁简分流情况']));
    const workbook = await readWorkbook(fs.readFileSync(file('may.xlsx')));
    const teams = workbook.get('团队指标') as unknown[][];
    expect(new Set(teams.slice(1).map((row) => row[0]))).toEqual(new Set(['民一庭', '民二庭']));
    const closure = (workbook.get('全院指标') as unknown[][]).find((row) => row[0] === '结案率') as unknown[];
    // 结案率 = 结案 ÷ (旧存 + 新收), its counts beside it.
    expect(closure[3]).toBeCloseTo(((closure[4] as number) / (closure[5] as number)) * 100, 2);
  }, 120_000);

  test('only the file asked for is written; an English one on request', async () => {
    const run = await docketInProcess(
      ['report', 'weekly', '--date', '2025-06-11', '--locale', 'en', '--docx', file('w24.docx')],
      env,
    );
    expect(run.code).toBe(0);
    expect(fs.existsSync(file('w24.xlsx'))).toBe(false);
    const document = await readDocx(fs.readFileSync(file('w24.docx')));
    expect(document.paragraphs[1]).toBe('Trial and enforcement performance: week 24 of 2025');
  });

  test('a period with no cases says so in the document', async () => {
    const run = await docketInProcess(['report', 'weekly', '--date', '2021-03-03', '--docx', file('empty.docx')], env);
    expect(run.code).toBe(0);
    const document = await readDocx(fs.readFileSync(file('empty.docx')));
    expect(document.text).toContain('2021年第9周全院没有可统计的案件');
    expect(document.xml).not.toContain('<w:tbl>');
  });

  test('refuses a period not over yet, and a command that writes nothing, in one sentence', async () => {
    const running = await docketInProcess(['report', 'weekly', '--date', '2099-01-07', '--docx', file('x.docx')], env);
    expect(running.code).not.toBe(0);
    expect(running.stderr).toContain('2099-W02 has not ended yet (it ends 2099-01-11)');
    const nowhere = await docketInProcess(['report', 'monthly'], env);
    expect(nowhere.code).not.toBe(0);
    expect(nowhere.stderr).toContain('--docx FILE and/or --xlsx FILE');
    const kind = await docketInProcess(['report', 'daily', '--docx', file('x.docx')], env);
    expect(kind.stderr).toContain('weekly or monthly');
    expect(fs.existsSync(file('x.docx'))).toBe(false);
  });
});
