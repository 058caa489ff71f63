import { formatDate } from '../../src/i18n';
import { dayIn } from '../../src/services/clock';
import { CaseImportService } from '../../src/services/imports/caseImport';
import { PeopleImportService } from '../../src/services/imports/peopleImport';
import type { Store } from '../../src/store';
import { CASE_ACTIONS } from '../../src/slack/views/caseActions';
import { MYCASES_ACTIONS } from '../../src/slack/views/mycases';
import { caseNumberOf, PEOPLE } from '../support/court';
import { buttonsIn, expectWithinSlackLimits, textOf, type SlackHarness } from '../support/slack';
import { testStoreKind } from '../support/store';
import { closeSlackCourt, openSlackCourt } from '../support/fixtureCourt';
import { scratchDir } from '../support/importFixtures';
import { letTimePass } from '../support/fakeTime';

describe(`/mycases through the real HTTP receiver (${testStoreKind})`, () => {
  let store: Store;
  let harness: SlackHarness;
  const scratch = scratchDir();

  beforeAll(async () => {
    ({ store, harness } = await openSlackCourt());
  });
  afterAll(async () => {
    await closeSlackCourt({ store, harness });
    scratch.cleanup();
  });

  it('acks at once with an empty body, then answers a judge with a summary and the most urgent cases', async () => {
    const result = await harness.command(PEOPLE.wang.slack, '/mycases');
    expect(result.ack).toMatchObject({ status: 200, body: '' });
    expect(result.ack.ackMs).toBeLessThan(3000);
    expect(result.responses).toHaveLength(1);
    const reply = result.responses[0];
    expect(reply).toMatchObject({ response_type: 'ephemeral' });
    const text = textOf(reply);
    expect(text).toContain('我的案件');
    expect(text).toContain('截至 2025年6月16日');
    // 王明 has five open cases: 101 and 106 past their 审限, 102 due Friday, 103 due in July with an extension to apply for.
    expect(text).toMatch(/\*未结案件\*\n5/);
    expect(text).toMatch(/\*已超审限\*\n🔴 \*2\*/);
    expect(text).toMatch(/\*应申请延长审限\*\n📝 \*1\*/);
    // 102 (简易, due 06-20) should have applied for an extension by 06-05: a date that has passed.
    expect(text).toMatch(/\*申请延长日期已过\*\n⏰ \*1\*/);
    expect(text).toMatch(/\*本月 \/ 本年结案\*\n1 \/ 1/);
    const order = [106, 101, 102, 103].map((sequence) => text.indexOf(caseNumberOf(sequence)));
    expect(
      order.every((position, index) => position > 0 && (index === 0 || position > (order[index - 1] as number))),
    ).toBe(true);
    expect(text).not.toContain(caseNumberOf(104)); // due in November: not urgent
    expect(text).toContain('🟠 剩 4 天（4 个工作日）');
    expect(text).toContain('📝 应于 2025年6月20日 前申请延长');
    expect(text).toContain('⏰ *申请延长的最迟日期 2025年6月5日 已过*');
    expect(text).toContain('⏫ 已延长');
    expectWithinSlackLimits(result.calls);
  });

  it('filters: 逾期 / overdue, 7天 / due 7d, 全部 / all', async () => {
    const overdue = textOf((await harness.command(PEOPLE.wang.slack, '/mycases', '逾期')).responses[0]);
    expect(overdue).toContain('已超审限的案件');
    expect(overdue).toContain(caseNumberOf(101));
    expect(overdue).not.toContain(caseNumberOf(102));
    expect(textOf((await harness.command(PEOPLE.wang.slack, '/mycases', 'overdue')).responses[0])).toContain(
      caseNumberOf(106),
    );

    for (const words of ['7天', 'due 7d', '7 天', '7d']) {
      const due = textOf((await harness.command(PEOPLE.wang.slack, '/mycases', words)).responses[0]);
      expect(due).toContain('7 日内到期的案件');
      expect(due).toContain(caseNumberOf(102));
      expect(due).not.toContain(caseNumberOf(101));
    }
    const all = textOf((await harness.command(PEOPLE.wang.slack, '/mycases', '全部')).responses[0]);
    expect(all).toContain(caseNumberOf(104));
    expect(all).not.toContain(caseNumberOf(105)); // closed
  });

  it('combines filters: 全部 with a filter is every case of it, 逾期 with N天 is overdue or due within N days', async () => {
    for (const words of ['15天 全部', '全部 15天', 'all due 15d']) {
      const due = textOf((await harness.command(PEOPLE.wang.slack, '/mycases', words)).responses[0]);
      expect(due).toContain('15 日内到期的案件');
      expect(due).toContain(caseNumberOf(102));
      expect(due).not.toContain(caseNumberOf(101));
    }
    expect(textOf((await harness.command(PEOPLE.wang.slack, '/mycases', '逾期 全部')).responses[0])).toContain(
      '已超审限的案件',
    );
    const both = await harness.command(PEOPLE.wang.slack, '/mycases', '逾期 7天');
    const text = textOf(both.responses[0]);
    expect(text).toContain('已超审限或 7 日内到期的案件');
    for (const sequence of [101, 106, 102]) expect(text).toContain(caseNumberOf(sequence));
    expect(text).not.toContain(caseNumberOf(103)); // due in July
    // The combined filter survives paging (carried in the buttons).
    const team = await harness.command(PEOPLE.chen.slack, '/mycases', '团队 逾期 365天');
    const next = await harness.press(PEOPLE.chen.slack, team.responses[0], MYCASES_ACTIONS.next);
    expect(textOf(next.responses[0])).toContain('已超审限或 365 日内到期的案件');
  });

  it('finds a case by its short number, within the viewer’s own court and permissions', async () => {
    for (const short of ['2025民初101', '2025民初101号', '2025年民初101号', '（2025）民初101']) {
      const found = textOf((await harness.command(PEOPLE.wang.slack, '/mycases', short)).responses[0]);
      expect(found).toContain(caseNumberOf(101));
      expect(found).toContain('审限如何计算');
    }
    // 301 is 赵强's: not found for 王明, as with the full number.
    const others = textOf((await harness.command(PEOPLE.wang.slack, '/mycases', '2025民初301')).responses[0]);
    expect(others).toContain('没有找到案件 2025民初301');
    // A short number whose type code does not exist is explained, not searched.
    expect(textOf((await harness.command(PEOPLE.wang.slack, '/mycases', '2025喵喵1')).responses[0])).toContain(
      '案号无法识别',
    );
  });

  it('looks up a judge by a name typed after @ (not picked as a mention), with the same permissions', async () => {
    for (const words of ['@王明 逾期', '＠王明 逾期', '@王明法官 逾期']) {
      const judge = textOf((await harness.command(PEOPLE.chen.slack, '/mycases', words)).responses[0]);
      expect(judge).toContain('王明法官的案件');
      expect(judge).toContain(caseNumberOf(101));
    }
    // Paging by name keeps that judge.
    const all = await harness.command(PEOPLE.chen.slack, '/mycases', '@李华 全部');
    const next = await harness.press(PEOPLE.chen.slack, all.responses[0], MYCASES_ACTIONS.next);
    expect(textOf(next.responses[0])).toContain('李华法官的案件');
    // A judge may not look at a colleague by name any more than by mention.
    const refused = textOf((await harness.command(PEOPLE.wang.slack, '/mycases', '@李华')).responses[0]);
    expect(refused).not.toContain(caseNumberOf(201));
    expect(refused).not.toContain('李华法官的案件');
    // A name nobody has says so, in the words typed.
    expect(textOf((await harness.command(PEOPLE.chen.slack, '/mycases', '@赵霞思')).responses[0])).toContain(
      '本院人员名单中没有名为“赵霞思”的在职人员',
    );
  });

  it('pages through many cases with buttons, each page inside Slack limits and permission-checked again', async () => {
    const first = await harness.command(PEOPLE.li.slack, '/mycases', 'all');
    expect(textOf(first.responses[0])).toContain('第 1/3 页 · 共 24 件');
    expect(buttonsIn(first.responses[0]?.blocks ?? []).map((button) => button.actionId)).toEqual([
      ...Array(10 * 4).fill(CASE_ACTIONS.menu),
      MYCASES_ACTIONS.next,
    ]);
    const second = await harness.press(PEOPLE.li.slack, first.responses[0], MYCASES_ACTIONS.next);
    expect(second.ack.status).toBe(200);
    expect(second.responses[0]?.replace_original).toBe(true);
    expect(textOf(second.responses[0])).toContain('第 2/3 页 · 共 24 件');
    const third = await harness.press(PEOPLE.li.slack, second.responses[0], MYCASES_ACTIONS.next);
    expect(textOf(third.responses[0])).toContain('第 3/3 页 · 共 24 件');
    expect(buttonsIn(third.responses[0]?.blocks ?? []).filter((button) => button.text === '详情')).toHaveLength(4);
    const back = await harness.press(PEOPLE.li.slack, third.responses[0], MYCASES_ACTIONS.previous);
    expect(textOf(back.responses[0])).toContain('第 2/3 页');
    expectWithinSlackLimits([...first.calls, ...second.calls, ...third.calls, ...back.calls]);

    // Someone else pressing 李华's paging button gets their own cases, never 李华's.
    const borrowed = await harness.press(PEOPLE.zhao.slack, second.responses[0], MYCASES_ACTIONS.next);
    expect(textOf(borrowed.responses[0])).not.toContain('金融借款合同纠纷');
  });

  it('opens the 详情 modal with the deadline breakdown and its citations', async () => {
    const list = await harness.command(PEOPLE.wang.slack, '/mycases');
    const detailButtons = buttonsIn(list.responses[0]?.blocks ?? []).filter((button) => button.text === '详情');
    const pressed = await harness.press(
      PEOPLE.wang.slack,
      list.responses[0],
      CASE_ACTIONS.menu,
      detailButtons[3]?.value,
    );
    const opened = pressed.calls.find((call) => call.method === 'views.open');
    expect(opened).toBeDefined();
    const modal = opened?.args.view as { title: { text: string }; blocks: unknown[] };
    expect(modal.title.text).toBe('案件详情');
    const text = textOf(modal);
    expect(text).toContain(caseNumberOf(103));
    expect(text).toContain('审限如何计算');
    expect(text).toMatch(/依据：民事诉讼法\(2023\) 第\d+条/);
    expect(text).toContain('延长审限');
    expect(text).toContain('2025年6月20日');
    expectWithinSlackLimits(pressed.calls);
  });

  it('says in the detail of a case due Friday that the last days to apply and to decide have passed', async () => {
    const text = textOf((await harness.command(PEOPLE.wang.slack, '/mycases', caseNumberOf(102))).responses[0]);
    expect(text).toContain('申请延长的最迟日期 2025年6月5日 已过');
    expect(text).toContain('提出延长申请的最迟日期 2025年6月5日 已过，审批的最迟日期 2025年6月15日 也已过。');
    expect(text).not.toContain('最迟于 2025年6月5日 提出延长申请');
  });

  it('answers a 案号 with that case, an unknown 案号 without saying whose it is, and a malformed one with the reason', async () => {
    const found = textOf((await harness.command(PEOPLE.wang.slack, '/mycases', caseNumberOf(101))).responses[0]);
    expect(found).toContain('审限如何计算');
    expect(found).toContain('买卖合同纠纷');
    const halfWidth = textOf(
      (await harness.command(PEOPLE.wang.slack, '/mycases', '(2025)内0291民初101号')).responses[0],
    );
    expect(halfWidth).toContain('买卖合同纠纷');
    const others = textOf((await harness.command(PEOPLE.wang.slack, '/mycases', caseNumberOf(301))).responses[0]);
    expect(others).toContain('没有找到案件');
    expect(others).not.toContain('劳动争议');
    const missing = textOf(
      (await harness.command(PEOPLE.wang.slack, '/mycases', '（2025）内0291民初999号')).responses[0],
    );
    expect(missing).toContain('没有找到案件');
    const malformed = textOf(
      (await harness.command(PEOPLE.wang.slack, '/mycases', '（2025）内0291民初号')).responses[0],
    );
    expect(malformed).toContain('案号无法识别');
  });

  it('answers malformed arguments with a short usage message in the user’s language', async () => {
    const zh = textOf((await harness.command(PEOPLE.wang.slack, '/mycases', '明天')).responses[0]);
    expect(zh).toContain('看不懂“明天”');
    expect(zh).toContain('/mycases 逾期');
    expect(textOf((await harness.command(PEOPLE.wang.slack, '/mycases', '7天 15天')).responses[0])).toContain(
      '看不懂“15天”',
    );
    expect(textOf((await harness.command(PEOPLE.wang.slack, '/mycases', '9999天')).responses[0])).toContain('看不懂');
    expect(textOf((await harness.command(PEOPLE.wang.slack, '/mycases', 'help')).responses[0])).toContain(
      '庭长和管理员',
    );
  });

  it('speaks English to someone whose setting says so, with dates formatted for English', async () => {
    await harness.command(PEOPLE.wang.slack, '/docket', 'settings language en');
    const text = textOf((await harness.command(PEOPLE.wang.slack, '/mycases')).responses[0]);
    expect(text).toContain('My cases');
    expect(text).toContain('as of 16 Jun 2025');
    expect(text).toContain('days past deadline');
    expect(text).toContain('simple procedure');
    expect(textOf((await harness.command(PEOPLE.wang.slack, '/mycases', 'tomorrow')).responses[0])).toContain(
      'I don\'t understand "tomorrow"',
    );
    await harness.command(PEOPLE.wang.slack, '/docket', '设置 语言 中文');
  });

  it('lets a team lead look at one of their judges and at their team, marking whose case each is', async () => {
    const judge = textOf(
      (await harness.command(PEOPLE.chen.slack, '/mycases', `<@${PEOPLE.wang.slack}|wang> 逾期`)).responses[0],
    );
    expect(judge).toContain('王明法官的案件');
    expect(judge).toContain(caseNumberOf(101));
    const team = await harness.command(PEOPLE.chen.slack, '/mycases', '团队 全部');
    const text = textOf(team.responses[0]);
    expect(text).toContain('民一庭的案件');
    expect(text).toContain('承办 王明');
    expect(text).toContain('共 29 件');
    expectWithinSlackLimits(team.calls);
    // Paging keeps the team view.
    const next = await harness.press(PEOPLE.chen.slack, team.responses[0], MYCASES_ACTIONS.next);
    expect(textOf(next.responses[0])).toContain('民一庭的案件');
  });

  it('opens an administrator’s /mycases and App Home on the whole court, a 庭长’s on the team; 我的 is their own', async () => {
    const admin = textOf((await harness.command(PEOPLE.wu.slack, '/mycases')).responses[0]);
    expect(admin).toContain('包头稀土高新技术产业开发区人民法院全院案件');
    expect(admin).toMatch(/\*未结案件\*\n31/);
    const lead = textOf((await harness.command(PEOPLE.chen.slack, '/mycases')).responses[0]);
    expect(lead).toContain('民一庭的案件');
    expect(lead).toContain('承办 王明');
    const own = textOf((await harness.command(PEOPLE.chen.slack, '/mycases', '我的')).responses[0]);
    expect(own).toContain('我的案件');
    expect(own).not.toContain('承办 王明');
    const home = textOf((await harness.openHome(PEOPLE.wu.slack)).view as never);
    expect(home).toContain('包头稀土高新技术产业开发区人民法院全院案件');
    expect(home).toMatch(/\*未结案件\*\n31/);
    expect(textOf((await harness.openHome(PEOPLE.chen.slack)).view as never)).toContain('民一庭的案件');
  });

  it('lets an administrator see the whole court with "team"', async () => {
    const text = textOf((await harness.command(PEOPLE.wu.slack, '/mycases', 'team all')).responses[0]);
    expect(text).toContain('包头稀土高新技术产业开发区人民法院全院案件');
    expect(text).toContain('共 31 件');
  });

  it('shows an assistant the cases of the judge they work for', async () => {
    const text = textOf((await harness.command(PEOPLE.sun.slack, '/mycases', '全部')).responses[0]);
    expect(text).toContain('我协助的法官的案件');
    expect(text).toContain(caseNumberOf(104));
    expect(text).toContain('承办 王明');
  });

  it('shows what an import changed within seconds (cases and people), through the court data version', async () => {
    expect(textOf((await harness.command(PEOPLE.wang.slack, '/mycases')).responses[0])).toMatch(/\*未结案件\*\n5/);
    // The nightly imports, as `docket import` runs them: 王明 closes case 104, and 李华 leaves the court.
    const cases = scratch.file(
      'cases.csv',
      `案号,案由,承办人,立案日期,结案日期,适用程序,结案方式\n${caseNumberOf(104)},房屋租赁合同纠纷,王明,2025-05-06,2025-06-16,普通程序,判决\n`,
    );
    expect(await new CaseImportService({ store }).run(cases, { actor: 'test' })).toMatchObject({
      updated: 1,
      rejected: 0,
    });
    const roster = scratch.file('people.csv', `姓名,邮箱,角色,所属团队,在职\n李华,${PEOPLE.li.email},法官,民一庭,否\n`);
    expect(await new PeopleImportService({ store }).run(roster, { actor: 'test' })).toMatchObject({
      updated: 1,
      rejected: 0,
    });
    letTimePass(2100);
    const after = textOf((await harness.command(PEOPLE.wang.slack, '/mycases')).responses[0]);
    expect(after).toMatch(/\*未结案件\*\n4/);
    // The import ran on the machine's clock, not the fixture's: it is dated today.
    expect(after).toContain(`案件数据导入于 ${formatDate('zh-CN', dayIn(new Date()))}`);
    expect(textOf((await harness.command(PEOPLE.li.slack, '/mycases')).responses[0])).toContain('已被标记为离职或停用');
  });

  it('asks for a mention when two people of the court share the name typed', async () => {
    const court = await store.prisma.court.findFirstOrThrow({ select: { id: true } });
    await store.prisma.person.create({
      data: { courtId: court.id, name: '王明', role: 'clerk', email: 'wang.ming.2@court.example' },
    });
    expect(textOf((await harness.command(PEOPLE.chen.slack, '/mycases', '@王明')).responses[0])).toContain(
      '本院有不止一位名为“王明”的人员，请用 @ 提及',
    );
  });
});
