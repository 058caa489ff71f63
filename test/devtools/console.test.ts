import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fixedClock } from '../../src/services/clock';
import { RegulationImportService } from '../../src/services/regulations/importDocuments';
import { runConsole } from '../../src/devtools/console/repl';
import { ConsoleSession } from '../../src/devtools/console/session';
import type { Store } from '../../src/store';
import { caseNumberOf, FIXTURE_NOW, PEOPLE, seedCourt } from '../support/court';
import { createMigratedDataDir, createTestStore, testStoreKind } from '../support/store';

/** Types the lines at the console's prompt and returns everything it printed. */
async function typeAtPrompt(store: Store, as: string, lines: string[]): Promise<string> {
  const session = await ConsoleSession.start({ store, as, clock: fixedClock(FIXTURE_NOW) });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  input.end(`${lines.join('\n')}\n`);
  try {
    await runConsole(session, { input, output });
  } finally {
    await session.stop();
  }
  return printed;
}

describe(`the local console (${testStoreKind})`, () => {
  let store: Store;

  beforeAll(async () => {
    store = await createTestStore();
    await seedCourt(store);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('runs /mycases through the app and presses 详情 by number', async () => {
    const printed = await typeAtPrompt(store, PEOPLE.wang.email, ['/mycases', '1', 'quit']);
    expect(printed).toContain('You are 王明 (judge), Slack user U0WANG001');
    expect(printed).toContain('docket> ');
    expect(printed).toContain('我的案件');
    expect(printed).toContain('未结案件: 5');
    expect(printed).toContain(caseNumberOf(106));
    expect(printed).toMatch(/\[1\] 详情/);
    expect(printed).toContain('── window: 案件详情 ──');
    expect(printed).toContain('审限如何计算');
  });

  it('pages with the numbered buttons, replacing the message like Slack does', async () => {
    // Each of the ten cases has a ⋯ menu of four (详情, 提醒我…, 本案暂不提醒…, 申请延长审限…): 下一页 is [41].
    const printed = await typeAtPrompt(store, PEOPLE.li.slack, ['/mycases 全部', '41', 'quit']);
    expect(printed).toContain('第 1/3 页 · 共 24 件');
    expect(printed).toContain('⋯ [1] 详情  [2] 提醒我…  [3] 本案暂不提醒…  [4] 申请延长审限…');
    expect(printed).toContain('[41] 下一页 ▶');
    expect(printed).toContain('── (replaces the message above) ──');
    expect(printed).toContain('第 2/3 页 · 共 24 件');
  });

  it('looks up a rule with /rule and opens its full text by number', async () => {
    await new RegulationImportService({ store }).importFile(
      path.join(__dirname, '../../data/laws/法律/中华人民共和国民事诉讼法(2023-09-01).md'),
      {
        actor: 'test',
      },
    );
    const printed = await typeAtPrompt(store, PEOPLE.wang.slack, ['/rule 民诉法第164条', '1', 'quit']);
    expect(printed).toContain('《中华人民共和国民事诉讼法》第一百六十四条');
    expect(printed).toMatch(/\[1\] 全文 {3}\[2\] 发到频道/);
    expect(printed).toContain('── window: 条文全文 ──');
    expect(printed).not.toContain('\u200b');
  });

  it('opens App Home and fills in the settings form at the prompt', async () => {
    const printed = await typeAtPrompt(store, PEOPLE.zhao.slack, [
      'home',
      '/docket 设置',
      'submit',
      '',
      '',
      '09:05',
      '',
      '',
      '',
      '',
      'home',
      'quit',
    ]);
    expect(printed).toContain('── App Home ──');
    expect(printed).toContain('── window: 提醒设置 ──');
    expect(printed).toContain('Type submit to fill in this form and save it.');
    expect(printed).toContain('(saved; the form closed)');
    expect(printed).toContain('每日审限提醒：已开启，工作日 09:05');
  });

  it('shows form errors and keeps the form open', async () => {
    const printed = await typeAtPrompt(store, PEOPLE.zhao.slack, [
      '/docket 设置',
      'submit',
      '',
      '',
      '',
      '',
      '22:00',
      '-',
      'quit',
    ]);
    expect(printed).toContain('The form was not saved:');
    expect(printed).toContain('开始和结束时间须同时填写，或都不填。');
  });

  it('refuses a time or date Slack’s pickers would not allow, and asks again', async () => {
    const printed = await typeAtPrompt(store, PEOPLE.zhao.slack, [
      '/docket 设置',
      'submit',
      '',
      '',
      '25:99',
      '09:10',
      '2026-12-40',
      '',
      '',
      '',
      '',
      'quit',
    ]);
    expect(printed).toContain("(25:99 is not a time (HH:MM, 00:00–23:59): Slack's picker would not allow it)");
    expect(printed).toContain("(2026-12-40 is not a date (YYYY-MM-DD): Slack's picker would not allow it)");
    expect(printed).toContain('(saved; the form closed)');
    expect(printed).not.toContain('出错');
    const saved = await store.prisma.userPreference.findFirstOrThrow({
      where: { person: { email: PEOPLE.zhao.email } },
    });
    expect(saved.dailyDigestTime).toBe('09:10');
  });

  it('saves /targets from the console: the submission carries the window’s private_metadata, as Slack’s does', async () => {
    const printed = await typeAtPrompt(store, PEOPLE.chen.slack, [
      '/targets',
      'submit',
      '91',
      ...Array(20).fill(''),
      'quit',
    ]);
    expect(printed).toContain('(saved; the form closed)');
    expect(printed).not.toContain('窗口已失效');
    const targets = await store.prisma.teamTarget.findMany({ where: { value: 91 } });
    expect(targets).toHaveLength(1);
  });

  it('shows the judge → approver journey: request, the 院长 approves from their DM, the judge is told', async () => {
    await store.prisma.person.create({
      data: {
        courtId: (await store.prisma.court.findFirstOrThrow()).id,
        name: '张建国',
        role: 'admin',
        title: '院长',
        email: 'zhang@court.example',
        slackUserId: 'U0ZHANG11',
      },
    });
    const printed = await typeAtPrompt(store, PEOPLE.wang.email, [
      `/mycases ${caseNumberOf(103)}`,
      '3',
      'submit',
      '',
      '需委托工程造价鉴定',
      'as zhang@court.example',
      '1',
      `as ${PEOPLE.wang.email}`,
      '这周有哪些案子到期',
      'quit',
    ]);
    // The judge files the request from 详情's 申请延长审限…; the approver's DM is shown to them, not pressable here.
    expect(printed).toContain('── window: 申请延长审限 ──');
    expect(printed).toContain('(saved; the form closed)');
    expect(printed).toContain('── direct message to 张建国 (type as … to be them and act on it) ──');
    expect(printed).toContain('📎 file to 张建国: 延长审理期限审批表-（2025）内0291民初103号.docx');
    // As the 院长: the request waits in their DM with 批准 / 不批准; [1] approves it.
    expect(printed).toContain('You are now 张建国 (admin), Slack user U0ZHANG11.');
    expect(printed).toContain('[1] 批准   [2] 不批准');
    expect(printed).toContain('✅ 已批准 · 张建国 · 2025年6月16日 09:00');
    expect(printed).toContain('── direct message to 王明 (type as … to be them and act on it) ──');
    // Back as the judge: the outcome and the form came meanwhile; a question by DM is answered.
    const back = printed.slice(printed.lastIndexOf('You are now 王明'));
    expect(back).toContain('的延长审限申请已获 张建国 批准：延长六个月，审限届满日为 2026年1月5日');
    expect(back).toContain('📎 file: 延长审理期限审批表-（2025）内0291民初103号.docx');
    expect(back).toContain('6 日内到期的案件');
    expect((await store.prisma.extensionRequest.findFirstOrThrow()).status).toBe('approved');
  });

  it('takes anything else as a direct message to the bot, and explains missing buttons', async () => {
    const printed = await typeAtPrompt(store, PEOPLE.wang.slack, ['hello', '42', 'help', 'quit']);
    expect(printed).toContain('没看懂这条消息');
    expect(printed).toContain('There is no button [42] on screen.');
    expect(printed).toContain('press button [3] on screen');
  });
});

describe('docket console from the command line', () => {
  it('starts on an empty embedded store and shows what an unknown user sees', async () => {
    // As a first `docket serve` leaves it, with no court in it yet (how that creates the store: test/store).
    const dataDir = await createMigratedDataDir('docket-console-');
    try {
      const output = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'DATABASE_URL'));
        const child = spawn(
          process.execPath,
          [path.join(__dirname, '..', '..', 'bin', 'docket.js'), 'console', '--as', 'visitor@elsewhere.example'],
          { env: { ...env, DOCKET_DATA_DIR: dataDir } },
        );
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        child.stdin.end('/mycases\nquit\n');
      });
      expect(output.stderr).toBe('');
      expect(output.code).toBe(0);
      expect(output.stdout).toContain('Nobody in the staff list is visitor@elsewhere.example');
      expect(output.stdout).toContain('Docket 还不认识您的 Slack 账号');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
