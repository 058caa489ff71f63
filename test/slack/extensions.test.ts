import mammoth from 'mammoth';
import type { Store } from '../../src/store';
import { CASE_ACTIONS, caseMenuValue } from '../../src/slack/views/caseActions';
import { EXTENSION_ACTIONS, REJECT_CALLBACK_ID, REQUEST_CALLBACK_ID } from '../../src/slack/views/extensions';
import { caseNumberOf, PEOPLE, type Fixture } from '../support/court';
import { closeSlackCourt, openSlackCourt } from '../support/fixtureCourt';
import { buttonsIn, textOf, type RequestResult, type SlackHarness } from '../support/slack';
import { testStoreKind } from '../support/store';
import { approvedExtensionsCsv, ExtensionExportService } from '../../src/services/extensionExport';
import { EventImportService } from '../../src/services/imports/eventImport';
import { scratchDir } from '../support/importFixtures';

const PRESIDENT = { slack: 'U0ZHANG11', name: '张建国', email: 'zhang@court.example' };
const DEPUTY = { slack: 'U0LIU0012', name: '刘洋', email: 'liu@court.example' };

const posts = (result: RequestResult, user: string) =>
  result.calls.filter((call) => call.method === 'chat.postMessage' && call.args.channel === `D${user}`);

describe(`申请延长审限 → 审批 → 审批表 through the real app (${testStoreKind})`, () => {
  let store: Store;
  let harness: SlackHarness;
  let fixture: Fixture;
  const ids = new Map<number, number>();
  const caseId = (sequence: number) => ids.get(sequence) as number;
  let president = 0;

  beforeAll(async () => {
    ({ store, harness, fixture } = await openSlackCourt());
    for (const row of await store.prisma.case.findMany({ select: { id: true, caseNumber: true } }))
      ids.set(Number(/民初(\d+)号/.exec(row.caseNumber)?.[1]), row.id);
    // The court's 院长, as the roster's 职务 names them, and a 副院长 who holds the title later.
    president = (
      await store.prisma.person.create({
        data: {
          courtId: fixture.courtId,
          name: PRESIDENT.name,
          role: 'admin',
          title: '院长',
          email: PRESIDENT.email,
          slackUserId: PRESIDENT.slack,
        },
      })
    ).id;
    for (const person of [PRESIDENT, DEPUTY])
      harness.slack.addUser({ id: person.slack, email: person.email, name: person.name, locale: 'zh-CN' });
  });
  const scratch = scratchDir();
  afterAll(async () => {
    await closeSlackCourt({ store, harness });
    scratch.cleanup();
  });

  async function pick(user: string, sequence: number): Promise<RequestResult> {
    const list = await harness.command(user, '/mycases', '全部');
    return harness.press(user, list.responses[0], CASE_ACTIONS.menu, caseMenuValue('extend', caseId(sequence)));
  }

  const request = (user: string, sequence: number, length: string, reason: string) =>
    harness.submitView(
      user,
      REQUEST_CALLBACK_ID,
      {
        length: { value: { type: 'static_select', selected_option: { value: length } } },
        reason: { value: { type: 'plain_text_input', value: reason } },
      },
      JSON.stringify({ caseId: caseId(sequence) }),
    );

  it('opens the request with the rule that applies: who approves, how long, by when, and the citations', async () => {
    const picked = await pick(PEOPLE.wang.slack, 103);
    const view = picked.calls.find((call) => call.method === 'views.open')?.args.view as Record<string, unknown>;
    expect(view.callback_id).toBe(REQUEST_CALLBACK_ID);
    const text = textOf(view as never);
    expect(text).toContain('民事一审普通程序 · 第一次延长 · 由本院院长批准 · 可延长六个月');
    expect(text).toContain('不晚于 2025年6月20日');
    expect(text).toContain(
      '《中华人民共和国民事诉讼法》第一百五十二条；《最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定》第一条',
    );
    expect(text).toContain('*现审限届满*：2025年7月7日');
    expect(text).toContain(`发送给院长 ${PRESIDENT.name} 审批`);
  });

  it('refuses what the law or the roster does not allow, each with its reason', async () => {
    // 102 (简易程序) was due to apply by 2025-06-05.
    const late = textOf((await pick(PEOPLE.wang.slack, 102)).responses[0]);
    expect(late).toContain('已超过申请期限');
    expect(late).toContain('最迟应于 2025年6月5日 提出');
    expect(late).toContain('《最高人民法院关于严格规范民商事案件延长审限和延期开庭问题的规定》第一条');
    // 106, extended once already, is past its 审限: too late as well.
    expect(textOf((await pick(PEOPLE.wang.slack, 106)).responses[0])).toContain('最迟应于 2024年11月5日 提出');
    // 王明's assistant sees 103 but is not its judge; 赵强 does not see it at all.
    const list = await harness.command(PEOPLE.sun.slack, '/mycases', '全部');
    const assistant = await harness.press(
      PEOPLE.sun.slack,
      list.responses[0],
      CASE_ACTIONS.menu,
      caseMenuValue('extend', caseId(103)),
    );
    expect(textOf(assistant.responses[0])).toContain('只有本案承办法官可以申请延长审限');
    const forged = await request(PEOPLE.zhao.slack, 103, 'm6', '伪造的申请理由');
    expect(JSON.parse(forged.ack.body).errors.length).toContain('无权查看');
    expect(await store.prisma.extensionRequest.count()).toBe(0);
  });

  it('files the request: the approver gets a DM with 批准 / 不批准 and the 审批表, the judge a copy', async () => {
    const tooLong = await request(PEOPLE.wang.slack, 103, 'm7', '需委托工程造价鉴定');
    expect(JSON.parse(tooLong.ack.body).errors.length).toBe('不得超过法定幅度六个月');
    const filed = await request(PEOPLE.wang.slack, 103, 'm6', '需委托工程造价鉴定，鉴定机构预计8月出具意见');
    expect(filed.ack).toMatchObject({ status: 200, body: '' });
    const toPresident = posts(filed, PRESIDENT.slack)[0];
    const asked = textOf(toPresident?.args as never);
    expect(asked).toContain(`延长审限申请 · ${caseNumberOf(103)}`);
    expect(asked).toContain('2026年1月5日');
    expect(buttonsIn((toPresident?.args.blocks as unknown[]) ?? []).map((button) => button.actionId)).toEqual([
      EXTENSION_ACTIONS.approve,
      EXTENSION_ACTIONS.reject,
    ]);
    expect(textOf(posts(filed, PEOPLE.wang.slack)[0]?.args as never)).toContain('等待院长 张建国 审批');
    const uploads = filed.calls.filter((call) => call.method === 'files.completeUploadExternal');
    expect(uploads).toHaveLength(2);
    const form = harness.slack.uploadedFile(String((uploads[0]?.args.files as Array<{ id: string }>)[0]?.id));
    expect(form?.filename).toBe(`延长审理期限审批表-${caseNumberOf(103)}.docx`);
    const formText = (await mammoth.extractRawText({ buffer: form?.bytes as Buffer })).value;
    expect(formText).toContain('延长审理期限审批表');
    expect(formText).toContain('需委托工程造价鉴定');
    expect(formText).toContain('六个月（审限届满日由2025年7月7日延长至2026年1月5日）');
    // A second request for the same case is refused while this one is in play.
    expect(
      JSON.parse((await request(PEOPLE.wang.slack, 103, 'm6', '再次申请延长审限')).ack.body).errors.length,
    ).toContain('已有延长审限申请在办');
    const mine = textOf((await harness.command(PEOPLE.wang.slack, '/mycases')).responses[0]);
    expect(mine).toContain('📨 延长申请中（批准后 2026年1月5日）');
  });

  it('records one decision: only the approver can approve, a double click changes nothing, the judge is told', async () => {
    const asked = harness.slack.messagesIn(`D${PRESIDENT.slack}`)[0];
    const forged = await harness.press(PEOPLE.zhao.slack, asked as never, EXTENSION_ACTIONS.approve);
    expect(textOf(forged.responses[0])).toContain('不是由您审批');
    const approved = await harness.press(PRESIDENT.slack, asked as never, EXTENSION_ACTIONS.approve);
    expect(approved.calls.map((call) => call.method)).toContain('chat.update');
    const updated = harness.slack.messagesIn(`D${PRESIDENT.slack}`)[0];
    expect(textOf(updated)).toContain(`✅ 已批准 · ${PRESIDENT.name}`);
    expect(buttonsIn(updated?.blocks ?? [])).toEqual([]);
    expect(textOf(posts(approved, PEOPLE.wang.slack)[0]?.args as never)).toContain('延长审限申请已获 张建国 批准');
    const again = await harness.press(PRESIDENT.slack, asked as never, EXTENSION_ACTIONS.approve);
    expect(textOf(again.responses[0])).toContain('该申请已经审批过，不再重复记录');
    const audit = await store.prisma.auditLog.findMany({
      where: { entity: 'ExtensionRequest' },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([
      ['extension.requested', fixture.people.wang],
      ['extension.approved', president],
    ]);
    const mine = textOf((await harness.command(PEOPLE.wang.slack, '/mycases')).responses[0]);
    expect(mine).toContain('✅ 已批准（待录入系统）· 延长后 2026年1月5日');
    // The judge downloads the form as decided.
    const outcome = harness.slack
      .messagesIn(`D${PEOPLE.wang.slack}`)
      .find((message) => textOf(message).includes('已获'));
    const download = await harness.press(PEOPLE.wang.slack, outcome as never, CASE_ACTIONS.form);
    const upload = download.calls.find((call) => call.method === 'files.completeUploadExternal');
    const decided = harness.slack.uploadedFile(String((upload?.args.files as Array<{ id: string }>)[0]?.id));
    expect((await mammoth.extractRawText({ buffer: decided?.bytes as Buffer })).value).toContain(
      '同意延长审理期限六个月，审限届满日延长至2026年1月5日。',
    );
  });

  it('hands the approval to the CMS staff as a CSV, and the next events import matches it once (已录入)', async () => {
    const csv = approvedExtensionsCsv(
      await new ExtensionExportService({ store }).approvedSince(fixture.courtId, '2025-06-01'),
    );
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // Excel reads UTF-8 only with its BOM
    const lines = csv.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('案号,承办人,原审限届满日,延长期限,延长后届满日,批准人,批准时间,理由,Docket编号,录入状态');
    const id = (await store.prisma.extensionRequest.findFirstOrThrow({ where: { caseId: caseId(103) } })).id;
    expect(lines[1]).toBe(
      [
        caseNumberOf(103),
        '王明',
        '2025-07-07',
        '6个月',
        '2026-01-05',
        '张建国（院长）',
        '2025-06-16 09:00',
        '需委托工程造价鉴定，鉴定机构预计8月出具意见',
        `DKT-${id}`,
        '待录入',
      ].join(','),
    );
    await expect(new ExtensionExportService({ store }).approvedSince(fixture.courtId, '2025-06-17')).resolves.toEqual(
      [],
    );

    // A night's export without the extension: the approval is still awaited, and says so.
    const unrelated = scratch.file(
      'events-1.csv',
      `案号,事件类型,日期,开始日期,结束日期,原因\n${caseNumberOf(104)},扣除审限,2025-06-10,2025-06-10,2025-06-20,公告送达\n`,
    );
    const waiting = await new EventImportService({ store }).run(unrelated, { actor: 'test' });
    expect(waiting.extensions).toEqual({ matched: [], awaiting: [caseNumberOf(103)] });
    expect(waiting.notes.map((note) => note.zh).join('\n')).toContain(
      '1 件在 Docket 批准的延长审限尚未在办案系统中找到',
    );

    // The staff entered it: the CMS export now carries the extension, the way the CMS writes it.
    const entered = scratch.file(
      'events-2.csv',
      `案号,事件类型,日期,延长期限,批准人\n${caseNumberOf(103)},延长审限,2025-06-18,6个月,本院院长\n`,
    );
    const matched = await new EventImportService({ store }).run(entered, { actor: 'test' });
    expect(matched.extensions).toEqual({ matched: [caseNumberOf(103)], awaiting: [] });
    const request = await store.prisma.extensionRequest.findUniqueOrThrow({ where: { id } });
    expect(request.status).toBe('entered');
    const event = await store.prisma.caseEvent.findFirstOrThrow({ where: { caseId: caseId(103), kind: 'extension' } });
    expect(request.eventId).toBe(event.id);
    // Counted once: the 审限 is the approved one, not six months more again.
    const extended = await store.prisma.case.findUniqueOrThrow({ where: { id: caseId(103) } });
    expect(extended.deadline?.toISOString().slice(0, 10)).toBe('2026-01-05');
    const mine = textOf((await harness.command(PEOPLE.wang.slack, '/mycases', '全部')).responses[0]);
    expect(mine).toContain('⏫ 已延长至 2026年1月5日（已录入系统）');
    expect(mine).not.toContain('待录入');

    // The same export again changes nothing; the CSV now says 已录入.
    const again = await new EventImportService({ store }).run(entered, { actor: 'test' });
    expect(again.extensions).toEqual({ matched: [], awaiting: [] });
    expect(await store.prisma.auditLog.count({ where: { action: 'extension.entered' } })).toBe(1);
    const after = approvedExtensionsCsv(
      await new ExtensionExportService({ store }).approvedSince(fixture.courtId, '2025-06-01'),
    );
    expect(after.toString('utf8').trim().endsWith(`DKT-${id},已录入`)).toBe(true);
  });

  it('takes a refusal with its reason, and sends a request on when its approver leaves, telling the administrators', async () => {
    await store.prisma.person.create({
      data: {
        courtId: fixture.courtId,
        name: DEPUTY.name,
        role: 'admin',
        title: '副院长',
        email: DEPUTY.email,
        slackUserId: DEPUTY.slack,
      },
    });
    await request(PEOPLE.wang.slack, 104, 'm3', '当事人申请调解，需要时间');
    await request(PEOPLE.zhao.slack, 302, 'm6', '等待刑事案件审理结果');
    const asked = harness.slack
      .messagesIn(`D${PRESIDENT.slack}`)
      .find((message) => textOf(message).includes(caseNumberOf(104)));
    const refuse = await harness.press(PRESIDENT.slack, asked as never, EXTENSION_ACTIONS.reject);
    expect(refuse.calls.find((call) => call.method === 'views.open')?.args.view).toMatchObject({
      callback_id: REJECT_CALLBACK_ID,
    });
    const id = (await store.prisma.extensionRequest.findFirstOrThrow({ where: { caseId: caseId(104) } })).id;
    const empty = await harness.submitView(
      PRESIDENT.slack,
      REJECT_CALLBACK_ID,
      { reason: { value: { type: 'plain_text_input', value: ' ' } } },
      JSON.stringify({ requestId: id }),
    );
    expect(JSON.parse(empty.ack.body).errors.reason).toBe('请填写不批准的理由');
    const refused = await harness.submitView(
      PRESIDENT.slack,
      REJECT_CALLBACK_ID,
      { reason: { value: { type: 'plain_text_input', value: '理由不充分' } } },
      JSON.stringify({ requestId: id }),
    );
    expect(textOf(posts(refused, PEOPLE.wang.slack)[0]?.args as never)).toContain('未获 张建国 批准。理由：理由不充分');

    // The 院长 leaves; the court names the 副院长 as approver: the pending request for 302 moves once.
    await store.prisma.person.update({ where: { id: president }, data: { active: false } });
    await store.prisma.court.update({ where: { id: fixture.courtId }, data: { extensionApproverTitle: '副院长' } });
    const before = harness.slack.calls.length;
    await harness.app.services.extensionNotices.sweep();
    await harness.app.services.extensionNotices.sweep();
    const calls = harness.slack.calls.slice(before).filter((call) => call.method === 'chat.postMessage');
    expect(calls.filter((call) => call.args.channel === `D${DEPUTY.slack}`)).toHaveLength(2); // the request, and the admins' notice (刘洋 is an admin)
    expect(textOf(calls.find((call) => call.args.channel === `D${PEOPLE.wu.slack}`)?.args as never)).toContain(
      `原由 ${PRESIDENT.name} 审批，其已离职或不再担任「副院长」，已转由 ${DEPUTY.name} 审批`,
    );
    expect(await store.prisma.auditLog.count({ where: { action: 'extension.rerouted' } })).toBe(1);
  });
});
