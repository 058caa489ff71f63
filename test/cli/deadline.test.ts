import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { docketInProcess, docketSpawned } from '../support/cli';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docket-deadline-'));
// No store here: the command must use the bundled calendar and never create one.
const env = { ...process.env, DOCKET_DATA_DIR: path.join(workDir, 'no-store'), DATABASE_URL: '' };

const contractExample = {
  caseNumber: '（2024）京0105民初12345号',
  typeCode: '民初',
  procedure: '普通程序',
  filedOn: '2024-08-31',
  startsOn: null,
  prosecution: null,
  detained: null,
  incidentalCivil: false,
  appealAgainst: null,
  nonLitigation: false,
  specialKind: null,
  announcementEndsOn: null,
  extensions: [],
  excludedPeriods: [],
  conversions: [],
  asOf: '2025-01-10',
};

const runDocket = (args: string[], stdin: string) => docketSpawned(args, { cwd: workDir, env, stdin });

/** Runs the command in this process (much faster than spawning), capturing what it prints. */
async function runInProcess(
  request: unknown,
): Promise<{ code: number; output: Record<string, unknown> | null; error: string }> {
  const file = path.join(workDir, `request-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, typeof request === 'string' ? request : JSON.stringify(request));
  const run = await docketInProcess(['deadline', '--input', file], { DOCKET_DATA_DIR: env.DOCKET_DATA_DIR });
  return {
    code: run.code,
    output: run.stdout === '' ? null : (JSON.parse(run.stdout) as Record<string, unknown>),
    error: run.stderr,
  };
}

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

describe('docket deadline', () => {
  it('reads the issue’s example from stdin and prints the contract (spawned like a user runs it)', async () => {
    const result = await runDocket(['deadline'], JSON.stringify(contractExample));
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(output).toMatchObject({
      deadline: '2025-02-28',
      naturalDeadline: '2025-02-28',
      provisional: false,
      daysLeft: 49,
      overdueDays: 0,
      extensionWindow: { applyBy: '2025-02-13', decideBy: '2025-02-23' },
    });
    expect(output.basis).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: expect.any(String), citation: '民事诉讼法(2023) 第152条' }),
      ]),
    );
    expect(fs.existsSync(env.DOCKET_DATA_DIR)).toBe(false);
  }, 120_000);

  it('takes the type code from the 案号 and the procedure in Chinese, and applies extensions and exclusions', async () => {
    const { typeCode: _typeCode, ...withoutTypeCode } = contractExample;
    const result = await runInProcess({
      ...withoutTypeCode,
      procedure: '简易程序',
      filedOn: '2024-09-30',
      extensions: [{ months: 1, approvedBy: '本院院长' }],
      asOf: '2025-02-10',
    });
    expect(result.code).toBe(0);
    expect(result.output).toMatchObject({
      deadline: '2025-02-05',
      naturalDeadline: '2025-01-30',
      daysLeft: 0,
      overdueDays: 5,
      procedure: '简易程序',
    });
  });

  it('accepts 公诉/自诉 and 判决/裁定 in Chinese', async () => {
    const criminal = await runInProcess({
      typeCode: '刑初',
      procedure: '普通程序',
      prosecution: '自诉',
      detained: false,
      filedOn: '2024-03-10',
      asOf: '2024-03-10',
    });
    expect(criminal.output).toMatchObject({ deadline: '2024-09-10' });
    const appeal = await runInProcess({
      typeCode: '民终',
      appealAgainst: '裁定',
      filedOn: '2024-09-01',
      asOf: '2024-09-01',
    });
    expect(appeal.output).toMatchObject({ naturalDeadline: '2024-10-01', deadline: '2024-10-08' });
  });

  it('prints a null deadline with the reason for a case without a 审限', async () => {
    const result = await runInProcess({ typeCode: '民催', filedOn: '2024-03-10' });
    expect(result.code).toBe(0);
    expect(result.output).toMatchObject({
      deadline: null,
      noDeadline: { reason: expect.stringContaining('公示催告') },
    });
  });

  it.each([
    ['bogus', { ...contractExample, bogus: 1 }],
    ['filedOn', { ...contractExample, filedOn: '2024-02-30' }],
    ['procedure', { ...contractExample, procedure: '快速程序' }],
    ['prosecution', { ...contractExample, prosecution: '检察' }],
    ['caseNumber', { ...contractExample, caseNumber: '（2024）京0105执初1号', typeCode: null }],
    ['typeCode', { ...contractExample, typeCode: '刑初' }],
    ['procedure', { ...contractExample, procedure: null }],
    ['extensions[0].weeks', { ...contractExample, extensions: [{ months: 1, weeks: 2 }] }],
    [
      'excludedPeriods[0].to',
      { ...contractExample, excludedPeriods: [{ from: '2024-10-06', to: '2024-10-01', reason: '鉴定' }] },
    ],
    ['(input)', '[1, 2]'],
  ])('rejects invalid input with exit 2, naming the field %s', async (field, request) => {
    const result = await runInProcess(request);
    expect(result.code).toBe(2);
    expect(result.output).toBeNull();
    expect(result.error).toContain(`field "${field}"`);
  });

  it('rejects text that is not JSON with exit 2', async () => {
    const result = await runInProcess('{"typeCode": ');
    expect(result.code).toBe(2);
    expect(result.error).toContain('not valid JSON');
  });
});
