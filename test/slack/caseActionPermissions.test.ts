import type { Store } from '../../src/store';
import { CASE_ACTIONS, caseMenuValue, REMIND_CALLBACK_ID, SNOOZE_CALLBACK_ID } from '../../src/slack/views/caseActions';
import { EXTENSION_ACTIONS, REJECT_CALLBACK_ID, REQUEST_CALLBACK_ID } from '../../src/slack/views/extensions';
import { caseNumberOf, PEOPLE, type Fixture } from '../support/court';
import { closeSlackCourt, openSlackCourt } from '../support/fixtureCourt';
import { textOf, type RequestResult, type SlackHarness, type SlackPayload } from '../support/slack';
import { testStoreKind } from '../support/store';

const PRESIDENT = { slack: 'U0ZHANG11', name: '张建国', email: 'zhang@court.example' };
const STRANGER = 'U0STRANGE';

/** Who presses, and on whose behalf the matrix reads. 王明 judges 103 and 104; 孙丽 assists him; 陈静 leads his team. */
const WHO = {
  judge: PEOPLE.wang.slack,
  assistant: PEOPLE.sun.slack,
  lead: PEOPLE.chen.slack,
  admin: PEOPLE.wu.slack,
  president: PRESIDENT.slack,
  otherJudge: PEOPLE.zhao.slack,
  otherLead: PEOPLE.zhou.slack,
  stranger: STRANGER,
} as const;
type Who = keyof typeof WHO;

/** What must never reach someone refused: the causes and the judge of the cases acted on. */
const SECRETS = ['建设工程施工合同纠纷', '房屋租赁合同纠纷', '王明'];

type Outcome = { allowed: true } | { allowed: false; says: RegExp };
const ALLOWED: Outcome = { allowed: true };
const refused = (says: RegExp): Outcome => ({ allowed: false, says });
const UNKNOWN = refused(/Docket 还不认识您的 Slack 账号/);
const CANNOT_SEE = refused(/无权查看/);

describe(`permissions: every action on a case, person by person (${testStoreKind})`, () => {
  let store: Store;
  let harness: SlackHarness;
  let fixture: Fixture;
  const ids = new Map<number, number>();
  const caseId = (sequence: number) => ids.get(sequence) as number;
  let wangsList: SlackPayload | undefined;
  let approval: SlackPayload | undefined;
  let judgesCopy: SlackPayload | undefined;

  beforeAll(async () => {
    ({ store, harness, fixture } = await openSlackCourt());
    for (const row of await store.prisma.case.findMany({ select: { id: true, caseNumber: true } }))
      ids.set(Number(/民初(\d+)号/.exec(row.caseNumber)?.[1]), row.id);
    await store.prisma.person.create({
      data: {
        courtId: fixture.courtId,
        name: PRESIDENT.name,
        role: 'admin',
        title: '院长',
        email: PRESIDENT.email,
        slackUserId: PRESIDENT.slack,
      },
    });
    harness.slack.addUser({ id: PRESIDENT.slack, email: PRESIDENT.email, name: PRESIDENT.name, locale: 'zh-CN' });
    harness.slack.addUser({ id: STRANGER, email: 'nobody@elsewhere.example', name: '路人', locale: 'zh-CN' });
    // 王明's own list, whose ⋯ menus everyone else presses as if forwarded or forged.
    wangsList = (await harness.command(PEOPLE.wang.slack, '/mycases', '全部')).responses[0];
    // A pending request for 103: the approver's DM carries 批准 / 不批准.
    const filed = await harness.submitView(
      PEOPLE.wang.slack,
      REQUEST_CALLBACK_ID,
      {
        length: { value: { type: 'static_select', selected_option: { value: 'm6' } } },
        reason: { value: { type: 'plain_text_input', value: '需委托工程造价鉴定' } },
      },
      JSON.stringify({ caseId: caseId(103) }),
    );
    expect(filed.ack).toMatchObject({ status: 200, body: '' });
    approval = harness.slack.messagesIn(`D${PRESIDENT.slack}`)[0] as SlackPayload;
    // 下载审批表 as 详情 and the outcome DM carry it; pressed by anyone, as if forwarded or forged.
    judgesCopy = {
      blocks: [
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: CASE_ACTIONS.form,
              value: String(caseId(103)),
              text: { type: 'plain_text', text: '下载审批表' },
            },
          ],
        },
      ],
    };
  });
  afterAll(() => closeSlackCourt({ store, harness }));

  const menu = (choice: 'remind' | 'snooze' | 'extend', sequence: number) => (user: string) =>
    harness.press(user, wangsList, CASE_ACTIONS.menu, caseMenuValue(choice, caseId(sequence)));

  /** Each action as someone would take it, and what an allowed one does. */
  const ACTIONS: Record<
    string,
    {
      act: (user: string) => Promise<RequestResult>;
      done: (result: RequestResult) => void;
      rows: Partial<Record<Who, Outcome>>;
    }
  > = {
    '⋯ 提醒我 (103)': {
      act: menu('remind', 103),
      done: (result) => expect(opened(result)).toBe(REMIND_CALLBACK_ID),
      rows: {
        judge: ALLOWED,
        assistant: ALLOWED,
        lead: ALLOWED,
        admin: ALLOWED,
        president: ALLOWED,
        otherJudge: CANNOT_SEE,
        otherLead: CANNOT_SEE,
        stranger: UNKNOWN,
      },
    },
    '⋯ 本案暂不提醒 (103)': {
      act: menu('snooze', 103),
      done: (result) => expect(opened(result)).toBe(SNOOZE_CALLBACK_ID),
      rows: {
        judge: ALLOWED,
        assistant: ALLOWED,
        lead: ALLOWED,
        admin: ALLOWED,
        president: ALLOWED,
        otherJudge: CANNOT_SEE,
        otherLead: CANNOT_SEE,
        stranger: UNKNOWN,
      },
    },
    '⋯ 申请延长审限 (104)': {
      act: menu('extend', 104),
      done: (result) => expect(opened(result)).toBe(REQUEST_CALLBACK_ID),
      rows: {
        judge: ALLOWED,
        assistant: refused(/只有本案承办法官可以申请延长审限/),
        lead: refused(/只有本案承办法官可以申请延长审限/),
        admin: refused(/只有本案承办法官可以申请延长审限/),
        president: refused(/只有本案承办法官可以申请延长审限/),
        otherJudge: CANNOT_SEE,
        otherLead: CANNOT_SEE,
        stranger: UNKNOWN,
      },
    },
    '提醒我 submitted (103)': {
      act: (user) =>
        harness.submitView(
          user,
          REMIND_CALLBACK_ID,
          {
            when: { value: { type: 'radio_buttons', selected_option: { value: 'date' } } },
            date: { value: { type: 'datepicker', selected_date: '2025-06-25' } },
            workingDays: { value: { type: 'number_input', value: null } },
          },
          JSON.stringify({ caseId: caseId(103) }),
        ),
      done: (result) => expect(result.ack).toMatchObject({ status: 200, body: '' }),
      rows: {
        judge: ALLOWED,
        assistant: ALLOWED,
        lead: ALLOWED,
        admin: ALLOWED,
        president: ALLOWED,
        otherJudge: CANNOT_SEE,
        otherLead: CANNOT_SEE,
        stranger: UNKNOWN,
      },
    },
    '本案暂不提醒 submitted (103)': {
      act: (user) =>
        harness.submitView(
          user,
          SNOOZE_CALLBACK_ID,
          { until: { value: { type: 'datepicker', selected_date: '2025-06-30' } } },
          JSON.stringify({ caseId: caseId(103) }),
        ),
      done: (result) => expect(result.ack).toMatchObject({ status: 200, body: '' }),
      rows: {
        judge: ALLOWED,
        assistant: ALLOWED,
        lead: ALLOWED,
        admin: ALLOWED,
        president: ALLOWED,
        otherJudge: CANNOT_SEE,
        otherLead: CANNOT_SEE,
        stranger: UNKNOWN,
      },
    },
    '批准 (103)': {
      act: (user) => harness.press(user, approval, EXTENSION_ACTIONS.approve),
      done: () => undefined,
      rows: {
        judge: refused(/不是由您审批/),
        assistant: refused(/不是由您审批/),
        lead: refused(/不是由您审批/),
        admin: refused(/不是由您审批/),
        // The president's own 批准 decides the request: the last test of the file.
        otherJudge: refused(/不是由您审批/),
        otherLead: refused(/不是由您审批/),
        stranger: UNKNOWN,
      },
    },
    '不批准 (103)': {
      act: (user) => harness.press(user, approval, EXTENSION_ACTIONS.reject),
      done: (result) => expect(opened(result)).toBe(REJECT_CALLBACK_ID),
      rows: {
        judge: refused(/不是由您审批/),
        assistant: refused(/不是由您审批/),
        lead: refused(/不是由您审批/),
        admin: refused(/不是由您审批/),
        president: ALLOWED,
        otherJudge: refused(/不是由您审批/),
        otherLead: refused(/不是由您审批/),
        stranger: UNKNOWN,
      },
    },
    '不批准 submitted (103)': {
      act: async (user) =>
        harness.submitView(
          user,
          REJECT_CALLBACK_ID,
          { reason: { value: { type: 'plain_text_input', value: '理由不充分' } } },
          JSON.stringify({ requestId: (await store.prisma.extensionRequest.findFirstOrThrow()).id }),
        ),
      done: () => undefined,
      rows: {
        judge: refused(/不是由您审批/),
        assistant: refused(/不是由您审批/),
        lead: refused(/不是由您审批/),
        admin: refused(/不是由您审批/),
        // The president's own decision is the last test of the file.
        otherJudge: refused(/不是由您审批/),
        otherLead: refused(/不是由您审批/),
        stranger: UNKNOWN,
      },
    },
    '下载审批表 (103)': {
      act: (user) => harness.press(user, judgesCopy, CASE_ACTIONS.form),
      done: (result) => expect(result.calls.map((call) => call.method)).toContain('files.completeUploadExternal'),
      rows: {
        judge: ALLOWED,
        assistant: ALLOWED,
        lead: ALLOWED,
        admin: ALLOWED,
        president: ALLOWED,
        // The same answer as for a case without a request: nothing says the case exists.
        otherJudge: refused(/该案件还没有延长审限申请/),
        otherLead: refused(/该案件还没有延长审限申请/),
        stranger: UNKNOWN,
      },
    },
    'a direct message naming 103': {
      act: async (user) => (await harness.dm(user, `${caseNumberOf(103)} 什么时候到期`)).result,
      done: (result) => expect(JSON.stringify(result.calls)).toContain('建设工程施工合同纠纷'),
      rows: {
        judge: ALLOWED,
        assistant: ALLOWED,
        lead: ALLOWED,
        admin: ALLOWED,
        president: ALLOWED,
        otherJudge: refused(/没有找到案件.*或您无权查看/),
        otherLead: refused(/没有找到案件.*或您无权查看/),
        stranger: UNKNOWN,
      },
    },
  };

  function opened(result: RequestResult): unknown {
    const view = result.calls.find((call) => call.method === 'views.open')?.args.view as
      { callback_id?: string } | undefined;
    return view?.callback_id;
  }

  /** Everything the person was told: ephemeral responses, DMs, and a submission's field errors. */
  function told(result: RequestResult): string {
    const posted = result.calls
      .filter((call) => call.method === 'chat.postMessage' || call.method === 'chat.postEphemeral')
      .map((call) => textOf(call.args as never));
    const errors = result.ack.body ? Object.values((JSON.parse(result.ack.body).errors ?? {}) as object) : [];
    return [...result.responses.map((response) => textOf(response)), ...posted, ...errors.map(String)].join('\n');
  }

  const rows = Object.entries(ACTIONS).flatMap(([action, { rows: byWho }]) =>
    (Object.entries(byWho) as Array<[Who, Outcome]>).map(([who, outcome]) => ({ action, who, outcome })),
  );

  it.each(rows)('$action by the $who', async ({ action, who, outcome }) => {
    const { act, done } = ACTIONS[action] as (typeof ACTIONS)[string];
    const requestsBefore = await store.prisma.extensionRequest.count();
    const remindersBefore = await store.prisma.caseReminder.count();
    const statuses = () =>
      store.prisma.extensionRequest.findMany({ select: { id: true, status: true }, orderBy: { id: 'asc' } });
    const statusesBefore = await statuses();
    const result = await act(WHO[who]);
    if (outcome.allowed) {
      done(result);
      return;
    }
    expect(told(result)).toMatch(outcome.says);
    expect(opened(result)).toBeUndefined();
    for (const secret of SECRETS) expect(JSON.stringify(result.calls)).not.toContain(secret);
    expect(result.calls.map((call) => call.method)).not.toContain('files.completeUploadExternal');
    // Nothing written on a refused person's behalf.
    expect(await store.prisma.extensionRequest.count()).toBe(requestsBefore);
    expect(await store.prisma.caseReminder.count()).toBe(remindersBefore);
    expect(await statuses()).toEqual(statusesBefore);
  });

  it('records the approver’s 批准 once, and nobody else’s', async () => {
    const decided = await harness.press(PRESIDENT.slack, approval, EXTENSION_ACTIONS.approve);
    expect(decided.calls.map((call) => call.method)).toContain('chat.update');
    const audit = await store.prisma.auditLog.findMany({ where: { action: { startsWith: 'extension.' } } });
    expect(audit.map((row) => row.action).sort()).toEqual(['extension.approved', 'extension.requested']);
  });
});
