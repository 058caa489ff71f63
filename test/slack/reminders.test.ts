import { DailyCourtData } from '../../src/services/digests/dailyData';
import { DigestPeopleService } from '../../src/services/digests/people';
import type { Store } from '../../src/store';
import { CASE_ACTIONS, caseMenuValue, REMIND_CALLBACK_ID, SNOOZE_CALLBACK_ID } from '../../src/slack/views/caseActions';
import { caseNumberOf, FIXTURE_TODAY, PEOPLE, type Fixture } from '../support/court';
import { closeSlackCourt, openSlackCourt } from '../support/fixtureCourt';
import { buttonsIn, expectWithinSlackLimits, textOf, type RequestResult, type SlackHarness } from '../support/slack';
import { testStoreKind } from '../support/store';

/** What Slack's view.state.values holds for the 提醒我 window's fields. */
function remindValues(when: string, fields: { date?: string; workingDays?: string } = {}) {
  return {
    when: { value: { type: 'radio_buttons', selected_option: { value: when } } },
    date: { value: { type: 'datepicker', selected_date: fields.date ?? null } },
    workingDays: { value: { type: 'number_input', value: fields.workingDays ?? null } },
  };
}

const dmTo = (result: RequestResult, user: string) =>
  result.calls.filter((call) => call.method === 'chat.postMessage' && call.args.channel === `D${user}`);

describe(`「提醒我」 and 「本案暂不提醒」 through the real app (${testStoreKind})`, () => {
  let store: Store;
  let harness: SlackHarness;
  let fixture: Fixture;
  const ids = new Map<number, number>();
  const caseId = (sequence: number) => ids.get(sequence) as number;

  beforeAll(async () => {
    ({ store, harness, fixture } = await openSlackCourt());
    for (const row of await store.prisma.case.findMany({ select: { id: true, caseNumber: true } }))
      ids.set(Number(/民初(\d+)号/.exec(row.caseNumber)?.[1]), row.id);
  });
  afterAll(() => closeSlackCourt({ store, harness }));

  async function openRemind(user: string, sequence: number): Promise<Record<string, unknown> | undefined> {
    const list = await harness.command(user, '/mycases', '全部');
    const picked = await harness.press(
      user,
      list.responses[0],
      CASE_ACTIONS.menu,
      caseMenuValue('remind', caseId(sequence)),
    );
    return picked.calls.find((call) => call.method === 'views.open')?.args.view as Record<string, unknown> | undefined;
  }

  it('opens 提醒我 from a case’s ⋯ menu, offering the 审限 and the extension-application date as anchors', async () => {
    const view = await openRemind(PEOPLE.wang.slack, 103);
    expect(view?.callback_id).toBe(REMIND_CALLBACK_ID);
    const text = textOf(view as never);
    expect(text).toContain(caseNumberOf(103));
    expect(text).toContain('最迟申请延长 2025年6月20日');
    expect(JSON.stringify(view)).toContain('"value":"before_apply_by"');
    expect(JSON.parse(String(view?.private_metadata))).toEqual({ caseId: caseId(103) });
  });

  it('sets a reminder two working days before the application date, confirms it by DM and lists it on App Home', async () => {
    const saved = await harness.submitView(
      PEOPLE.wang.slack,
      REMIND_CALLBACK_ID,
      remindValues('before_apply_by', { workingDays: '2' }),
      JSON.stringify({ caseId: caseId(103) }),
    );
    expect(saved.ack).toMatchObject({ status: 200, body: '' });
    expect(textOf(dmTo(saved, PEOPLE.wang.slack)[0]?.args as never)).toContain(
      `已设置提醒：*${caseNumberOf(103)}*，2025年6月18日（最迟申请延长日前 2 个工作日）`,
    );
    const home = textOf(harness.slack.homeView(PEOPLE.wang.slack) as never);
    expect(home).toContain('我的提醒');
    expect(home).toContain(`⏰ 2025年6月18日 · *${caseNumberOf(103)}*`);
    expect(await store.prisma.caseReminder.count({ where: { caseId: caseId(103), status: 'open' } })).toBe(1);
  });

  it('moves a past day and a weekend to the next working day, and says so', async () => {
    const past = await harness.submitView(
      PEOPLE.wang.slack,
      REMIND_CALLBACK_ID,
      remindValues('date', { date: '2025-06-01' }),
      JSON.stringify({ caseId: caseId(104) }),
    );
    expect(textOf(dmTo(past, PEOPLE.wang.slack)[0]?.args as never)).toContain(
      '所选日期 2025年6月1日 已过，顺延到下一个工作日 2025年6月16日。',
    );
    const weekend = await harness.submitView(
      PEOPLE.wang.slack,
      REMIND_CALLBACK_ID,
      remindValues('date', { date: '2025-06-21' }),
      JSON.stringify({ caseId: caseId(104) }),
    );
    expect(textOf(dmTo(weekend, PEOPLE.wang.slack)[0]?.args as never)).toContain(
      '2025年6月21日 不是工作日，顺延到下一个工作日 2025年6月23日。',
    );
  });

  it('keeps the window open with the field to fix when a date or a number is missing', async () => {
    const noDate = await harness.submitView(
      PEOPLE.wang.slack,
      REMIND_CALLBACK_ID,
      remindValues('date'),
      JSON.stringify({ caseId: caseId(104) }),
    );
    expect(JSON.parse(noDate.ack.body)).toEqual({ response_action: 'errors', errors: { date: '请选择日期' } });
    const noDays = await harness.submitView(
      PEOPLE.wang.slack,
      REMIND_CALLBACK_ID,
      remindValues('before_deadline', { workingDays: '0' }),
      JSON.stringify({ caseId: caseId(104) }),
    );
    expect(JSON.parse(noDays.ack.body).errors).toEqual({ workingDays: '请填写 1–30 之间的整数' });
  });

  it('cancels a reminder from App Home', async () => {
    const { view } = await harness.openHome(PEOPLE.wang.slack);
    const cancels = buttonsIn((view as { blocks: unknown[] }).blocks).filter(
      (button) => button.actionId === CASE_ACTIONS.cancelReminder,
    );
    expect(cancels).toHaveLength(3);
    await harness.pressOnHome(PEOPLE.wang.slack, CASE_ACTIONS.cancelReminder, cancels[0]?.value);
    expect(
      buttonsIn((harness.slack.homeView(PEOPLE.wang.slack) as { blocks: unknown[] }).blocks).filter(
        (button) => button.actionId === CASE_ACTIONS.cancelReminder,
      ),
    ).toHaveLength(2);
    // Pressing it again (a second click, a stale Home) says it is gone and changes nothing.
    const again = await harness.pressOnHome(PEOPLE.wang.slack, CASE_ACTIONS.cancelReminder, cancels[1]?.value);
    expect(again.ack.status).toBe(200);
    expect(await store.prisma.caseReminder.count({ where: { personId: fixture.people.wang, status: 'open' } })).toBe(1);
  });

  it('leaves a snoozed case out of the daily DM until the day chosen, while /mycases still shows it', async () => {
    const list = await harness.command(PEOPLE.wang.slack, '/mycases');
    const picked = await harness.press(
      PEOPLE.wang.slack,
      list.responses[0],
      CASE_ACTIONS.menu,
      caseMenuValue('snooze', caseId(102)),
    );
    const view = picked.calls.find((call) => call.method === 'views.open')?.args.view as { callback_id: string };
    expect(view.callback_id).toBe(SNOOZE_CALLBACK_ID);
    const saved = await harness.submitView(
      PEOPLE.wang.slack,
      SNOOZE_CALLBACK_ID,
      { until: { value: { type: 'datepicker', selected_date: '2025-06-18' } } },
      JSON.stringify({ caseId: caseId(102) }),
    );
    expect(textOf(dmTo(saved, PEOPLE.wang.slack)[0]?.args as never)).toContain(
      `🔕 *${caseNumberOf(102)}* 暂不出现在每日提醒中，至 2025年6月18日（含）。`,
    );
    const [wang] = (
      await new DigestPeopleService({ prisma: store.prisma }).recipients(fixture.courtId, ['judge'])
    ).filter((person) => person.personId === fixture.people.wang);
    const digestOn = async (day: string) =>
      JSON.stringify((await DailyCourtData.load(store, fixture.courtId, day)).forPerson(wang as never, null));
    expect(await digestOn(FIXTURE_TODAY)).not.toContain(caseNumberOf(102));
    expect(await digestOn(FIXTURE_TODAY)).toContain(caseNumberOf(101));
    expect(await digestOn('2025-06-19')).toContain(caseNumberOf(102));
    // 王明's assistant did not snooze it: their digest still has it.
    const [sun] = await new DigestPeopleService({ prisma: store.prisma }).recipients(fixture.courtId, ['assistant']);
    expect(
      JSON.stringify((await DailyCourtData.load(store, fixture.courtId, FIXTURE_TODAY)).forPerson(sun as never, null)),
    ).toContain(caseNumberOf(102));
    expect(textOf((await harness.command(PEOPLE.wang.slack, '/mycases')).responses[0])).toContain(caseNumberOf(102));
    const past = await harness.submitView(
      PEOPLE.wang.slack,
      SNOOZE_CALLBACK_ID,
      { until: { value: { type: 'datepicker', selected_date: '2025-06-13' } } },
      JSON.stringify({ caseId: caseId(102) }),
    );
    expect(JSON.parse(past.ack.body).errors).toEqual({ until: '请选择今天或以后的日期' });
  });

  it('offers 提醒我 and 本案暂不提醒 inside the 详情 window too, on top of it', async () => {
    const list = await harness.command(PEOPLE.wang.slack, '/mycases');
    const detail = await harness.press(
      PEOPLE.wang.slack,
      list.responses[0],
      CASE_ACTIONS.menu,
      caseMenuValue('detail', caseId(103)),
    );
    const window = detail.calls.find((call) => call.method === 'views.open')?.args.view as Record<string, unknown>;
    const pushed = await harness.pressInView(PEOPLE.wang.slack, window, CASE_ACTIONS.remind, String(caseId(103)));
    expect(pushed.calls.map((call) => call.method)).toContain('views.push');
    expectWithinSlackLimits([...list.calls, ...detail.calls, ...pushed.calls]);
  });

  it('refuses a closed case, and a case that is not the person’s to see, forged or not', async () => {
    const closed = await harness.submitView(
      PEOPLE.wang.slack,
      REMIND_CALLBACK_ID,
      remindValues('date', { date: '2025-06-20' }),
      JSON.stringify({ caseId: caseId(105) }),
    );
    expect(JSON.parse(closed.ack.body).errors.when).toBe('该案件已结案，无需提醒。');
    const list = await harness.command(PEOPLE.wang.slack, '/mycases');
    const forged = await harness.press(
      PEOPLE.zhao.slack,
      list.responses[0],
      CASE_ACTIONS.menu,
      caseMenuValue('remind', caseId(103)),
    );
    expect(forged.calls.find((call) => call.method === 'views.open')).toBeUndefined();
    expect(textOf(forged.responses[0])).toContain('您已无权查看');
    expect(JSON.stringify(forged.calls)).not.toContain('建设工程');
    const submitted = await harness.submitView(
      PEOPLE.zhao.slack,
      SNOOZE_CALLBACK_ID,
      { until: { value: { type: 'datepicker', selected_date: '2025-06-20' } } },
      JSON.stringify({ caseId: caseId(103) }),
    );
    expect(JSON.parse(submitted.ack.body).errors.until).toContain('您已无权查看');
    expect(await store.prisma.caseReminder.count({ where: { personId: fixture.people.zhao } })).toBe(0);
  });
});
