import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { docketInProcess, type CliRun } from '../support/cli';
import { createMigratedDataDir } from '../support/store';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-calendar-'));
const dataDir = path.join(workDir, 'store');

const notice2027 = {
  formatVersion: 1,
  year: 2027,
  source: '国务院办公厅关于2027年部分节假日安排的通知(示例)',
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
  workdays: [{ name: '元旦', date: '2027-01-09' }],
};

function writeFile(name: string, content: unknown): string {
  const file = path.join(workDir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

/** The calendar commands against an embedded store of their own, even where DATABASE_URL names PostgreSQL. */
function run(args: string[]): Promise<CliRun> {
  return docketInProcess(args, { DOCKET_DATA_DIR: dataDir, DATABASE_URL: undefined });
}

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

describe('docket calendar', () => {
  it('rejects an invalid file with exit 1, naming each problem, and writes nothing', async () => {
    const file = writeFile('bad.json', {
      ...notice2027,
      workdays: [
        { name: '元旦', date: '2027-01-02' },
        { name: '春节', date: '2026-12-27' },
      ],
    });
    const result = await run(['calendar', 'import', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('既是放假日又是调休上班日');
    expect(result.stderr).toContain('不在2027年内');
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('checks a file without writing on --dry-run', async () => {
    const result = await run(['calendar', 'import', writeFile('dry.json', notice2027), '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2027: 3 rest days, 1 make-up working days');
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('imports a year, lists it, and docket deadline stops calling 2027 dates provisional', async () => {
    // From here on the store is there, as a first `docket serve` leaves it (how that creates it: test/store).
    fs.renameSync(await createMigratedDataDir('docket-calendar-store-'), dataDir);
    const before = await run([
      'deadline',
      '--input',
      writeFile('case.json', { typeCode: '民初', procedure: '普通程序', filedOn: '2026-07-03', asOf: '2026-11-26' }),
    ]);
    expect(JSON.parse(before.stdout)).toMatchObject({ deadline: '2027-01-04', provisional: true });

    const imported = await run(['calendar', 'import', writeFile('2027.json', notice2027), '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      ok: true,
      year: 2027,
      replaced: 'none',
      recomputed: { examined: 0 },
    });

    const listed = await run(['calendar', 'list']);
    expect(listed.stdout).toMatch(/2027\s+3 rest days\s+1 make-up days\s+imported/);
    expect(listed.stdout).toContain('Deadlines in 2028 and later are provisional');

    const after = await run(['deadline', '--input', path.join(workDir, 'case.json')]);
    expect(JSON.parse(after.stdout)).toMatchObject({
      deadline: '2027-01-04',
      provisional: false,
      calendarYears: [2022, 2023, 2024, 2025, 2026, 2027],
    });
  }, 120_000);
});
