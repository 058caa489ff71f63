import fs from 'node:fs';
import path from 'node:path';
import { openStore } from '../../src/store';
import { docketInProcess, embeddedStoreEnv } from '../support/cli';
import { fixture, scratchDir } from '../support/importFixtures';
import { createMigratedDataDir } from '../support/store';

/**
 * The CMS staff's side of a 延长审限 approved in Docket, as they run it: the approver is named by the
 * roster's 职务 and `court set`, the approval is exported for entry, and the next events export is
 * reconciled. Always on the embedded store, in this process (runCli, what bin/docket.js runs).
 */
const scratch = scratchDir();
let dataDir: string;

const docket = (...args: string[]) => docketInProcess(args, { ...embeddedStoreEnv(dataDir), LANG: 'C.UTF-8' });

const CASE = '（2024）内0291民初1002号';

describe('docket extensions export, and the events import that reconciles it', () => {
  beforeAll(async () => {
    dataDir = await createMigratedDataDir('docket-extensions-');
    expect((await docket('court', 'add', '内0291', '包头稀土高新技术产业开发区人民法院')).code).toBe(0);
    const roster = scratch.file(
      'roster.csv',
      `${fs.readFileSync(fixture('people.csv'), 'utf8').trimEnd()}\n张建国,0291099,zhang@nm0291.court.example,管理员,,,U0291ZJG99,是\n`
        .replace(
          '姓名,工号,邮箱,角色,所属团队,团队类型,Slack用户ID,在职',
          '姓名,工号,邮箱,角色,所属团队,团队类型,Slack用户ID,在职,职务',
        )
        .replace('U0291ZJG99,是', 'U0291ZJG99,是,副院长'),
    );
    expect((await docket('import', 'people', roster)).code).toBe(0);
    expect((await docket('import', 'cases', fixture('cases-utf8.csv'))).code).toBe(0);
    // The court designates its 副院长; an approval recorded as the Slack flow records it.
    const set = await docket('court', 'set', '--extension-approver-title', '副院长');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('副院长');
    const store = await openStore({ dataDir });
    try {
      const approver = await store.prisma.person.findFirstOrThrow({ where: { title: '副院长' } });
      const judge = await store.prisma.person.findFirstOrThrow({ where: { staffNo: '0291002' } });
      const row = await store.prisma.case.findFirstOrThrow({ where: { caseNumber: CASE } });
      await store.prisma.extensionRequest.create({
        data: {
          courtId: row.courtId,
          caseId: row.id,
          requesterId: judge.id,
          approverId: approver.id,
          ruleId: 'civil_first_ordinary',
          ruleTitle: '民事一审普通程序',
          basis: '《中华人民共和国民事诉讼法》第一百五十二条',
          stepNumber: 1,
          months: 6,
          reason: '=HYPERLINK("x") 需要鉴定',
          currentDeadline: new Date('2025-03-03'),
          proposedDeadline: new Date('2025-09-03'),
          status: 'approved',
          decidedById: approver.id,
          decidedAt: new Date('2025-02-10T02:30:00Z'),
          createdAt: new Date('2025-02-08T02:00:00Z'),
        },
      });
    } finally {
      await store.close();
    }
    // Four commands and a store opened here, each opening the on-disk store: far beyond 30 s on a busy machine.
  }, 120_000);
  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true });
    scratch.cleanup();
  });

  it('writes the approvals since a day as an Excel-ready CSV, and refuses a day that is not one', async () => {
    const out = path.join(scratch.dir, '待录入.csv');
    const run = await docket('extensions', 'export', '--since', '2025-02-10', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`2025-02-10 以来批准的延长审限 1 件（其中待录入办案系统 1 件）→ ${out}`);
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(header).toBe('案号,承办人,原审限届满日,延长期限,延长后届满日,批准人,批准时间,理由,Docket编号,录入状态');
    // 10:30 in Shanghai; the reason cannot run as a formula in Excel.
    expect(row).toMatch(
      new RegExp(
        `^${CASE},张敏,2025-03-03,6个月,2025-09-03,张建国（副院长）,2025-02-10 10:30,"'=HYPERLINK\\(""x""\\) 需要鉴定",DKT-\\d+,待录入$`,
      ),
    );
    expect((await docket('extensions', 'export', '--since', '2025-02-11', '--out', out)).stdout).toContain('0 件');
    const bad = await docket('extensions', 'export', '--since', '2025/02/10');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('YYYY-MM-DD');
  });

  it('matches the approval when the CMS export carries it, and says so in the summary', async () => {
    const events = scratch.file(
      'events.csv',
      `案号,事件类型,日期,延长期限,批准人\n${CASE},延长审限,2025-02-12,6个月,本院院长\n`,
    );
    const run = await docket('import', 'events', events, '--json');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { extensions: unknown; notes: string[] };
    expect(summary.extensions).toEqual({ matched: [CASE], awaiting: [] });
    expect(summary.notes.join('\n')).toContain('1 件在 Docket 批准的延长审限已与办案系统记录核对一致');
    const out = path.join(scratch.dir, '再次.csv');
    await docket('extensions', 'export', '--since', '2025-01-01', '--out', out);
    expect(fs.readFileSync(out, 'utf8').trimEnd().endsWith(',已录入')).toBe(true);
  });
});
