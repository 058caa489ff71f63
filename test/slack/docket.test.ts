import type { Store } from '../../src/store';
import { HOME_ACTIONS } from '../../src/slack/views/home';
import { LINK_ACTIONS } from '../../src/slack/views/link';
import { SETTINGS_CALLBACK_ID } from '../../src/slack/views/settings';
import { PEOPLE, type Fixture } from '../support/court';
import { expectWithinSlackLimits, textOf, type SlackHarness } from '../support/slack';
import { testStoreKind } from '../support/store';
import { closeSlackCourt, openSlackCourt } from '../support/fixtureCourt';

describe(`/docket, App Home and identity (${testStoreKind})`, () => {
  let store: Store;
  let harness: SlackHarness;
  let fixture: Fixture;

  beforeAll(async () => {
    ({ store, fixture, harness } = await openSlackCourt());
  });
  afterAll(() => closeSlackCourt({ store, harness }));

  it('answers help in Chinese by default', async () => {
    for (const text of ['', 'help', '帮助']) {
      expect(textOf((await harness.command(PEOPLE.li.slack, '/docket', text)).responses[0])).toContain('/docket 设置');
    }
    expect(textOf((await harness.command(PEOPLE.li.slack, '/docket', 'frobnicate')).responses[0])).toContain(
      '看不懂“frobnicate”',
    );
  });

  it('changes settings by text: language, daily reminder and its time, pause, quiet hours', async () => {
    const user = PEOPLE.li.slack;
    expect(textOf((await harness.command(user, '/docket', 'settings digest 09:15')).responses[0])).toContain(
      '已开启，工作日 09:15',
    );
    expect(textOf((await harness.command(user, '/docket', '设置 免打扰 22:00-07:30')).responses[0])).toContain(
      '22:00–07:30',
    );
    expect(textOf((await harness.command(user, '/docket', '设置 暂停 2025-07-01')).responses[0])).toContain(
      '2025年7月1日',
    );
    expect(textOf((await harness.command(user, '/docket', '设置 暂停 2025-06-01')).responses[0])).toContain(
      '暂停日期不能早于今天',
    );
    expect(textOf((await harness.command(user, '/docket', '设置 提醒 关')).responses[0])).toContain(
      '*每日审限提醒*：已关闭',
    );
    expect(textOf((await harness.command(user, '/docket', 'settings language en')).responses[0])).toContain(
      'Settings saved',
    );
    expect(textOf((await harness.command(user, '/docket', 'settings quiet 25:00-07:00')).responses[0])).toContain(
      '/docket settings quiet',
    );
    const stored = await store.prisma.userPreference.findUniqueOrThrow({ where: { personId: fixture.people.li } });
    expect(stored).toMatchObject({
      locale: 'en',
      dailyDigestEnabled: false,
      dailyDigestTime: '09:15',
      quietHoursStart: '22:00',
      quietHoursEnd: '07:30',
    });
    await harness.command(user, '/docket', 'settings language follow');
  });

  it('opens the settings modal, validates it next to the fields, saves it and refreshes App Home', async () => {
    const user = PEOPLE.zhao.slack;
    const opened = await harness.command(user, '/docket', '设置');
    const modal = opened.calls.find((call) => call.method === 'views.open');
    expect((modal?.args.view as { callback_id: string }).callback_id).toBe(SETTINGS_CALLBACK_ID);
    expectWithinSlackLimits(opened.calls);

    const invalid = await harness.submitView(user, SETTINGS_CALLBACK_ID, {
      language: { value: { selected_option: { value: 'follow' } } },
      daily: { value: { selected_option: { value: 'on' } } },
      dailyTime: { value: { selected_time: '08:00' } },
      snoozeUntil: { value: { selected_date: null } },
      quietStart: { value: { selected_time: '21:00' } },
      quietEnd: { value: { selected_time: null } },
    });
    expect(JSON.parse(invalid.ack.body)).toEqual({
      response_action: 'errors',
      errors: { quietEnd: '开始和结束时间须同时填写，或都不填。' },
    });

    // Values Slack's pickers cannot produce (a forged or replayed payload) are refused next to their fields,
    // and nothing is stored.
    const before = await store.prisma.userPreference.findUnique({ where: { personId: fixture.people.zhao } });
    const forged = await harness.submitView(user, SETTINGS_CALLBACK_ID, {
      language: { value: { selected_option: { value: 'klingon' } } },
      daily: { value: { selected_option: { value: 'on' } } },
      dailyTime: { value: { selected_time: '25:99' } },
      snoozeUntil: { value: { selected_date: '2026-12-40' } },
      quietStart: { value: { selected_time: '21:00' } },
      quietEnd: { value: { selected_time: '7:00' } },
    });
    expect(forged.ack.status).toBe(200);
    expect(JSON.parse(forged.ack.body)).toEqual({
      response_action: 'errors',
      errors: {
        language: '「klingon」不是可选的一项。',
        dailyTime: '「25:99」不是有效的时间（00:00–23:59）。',
        snoozeUntil: '「2026-12-40」不是有效的日期（YYYY-MM-DD）。',
        quietEnd: '「7:00」不是有效的时间（00:00–23:59）。',
      },
    });
    expect(await store.prisma.userPreference.findUnique({ where: { personId: fixture.people.zhao } })).toEqual(before);

    const saved = await harness.submitView(user, SETTINGS_CALLBACK_ID, {
      language: { value: { selected_option: { value: 'en' } } },
      daily: { value: { selected_option: { value: 'off' } } },
      dailyTime: { value: { selected_time: '07:45' } },
      snoozeUntil: { value: { selected_date: '2025-06-30' } },
      quietStart: { value: { selected_time: '21:00' } },
      quietEnd: { value: { selected_time: '06:00' } },
    });
    expect(saved.ack).toMatchObject({ status: 200, body: '' });
    const stored = await store.prisma.userPreference.findUniqueOrThrow({ where: { personId: fixture.people.zhao } });
    expect(stored).toMatchObject({
      locale: 'en',
      dailyDigestEnabled: false,
      dailyDigestTime: '07:45',
      quietHoursStart: '21:00',
      quietHoursEnd: '06:00',
    });
    // App Home was refreshed after the modal closed, in the newly chosen language.
    const home = saved.calls.find((call) => call.method === 'views.publish');
    expect(textOf(home?.args.view as never)).toContain('*Daily deadline reminder*: off');
  });

  it('App Home opens on the team for a lead and on the court for an administrator, and toggles the daily reminder', async () => {
    const { result, view } = await harness.openHome(PEOPLE.chen.slack);
    const text = textOf(view as never);
    expect(text).toContain('陈静，您好');
    expect(text).toContain('截至 2025年6月16日'); // no case import in the fixture court, so no import day beside it
    expect(text).toContain('*民一庭的案件*');
    expect(text).toContain('*每日审限提醒*：已开启，工作日 08:30');
    expectWithinSlackLimits(result.calls);

    const toggled = await harness.pressOnHome(PEOPLE.chen.slack, HOME_ACTIONS.toggleDaily, 'off');
    expect(textOf(toggled.calls.find((call) => call.method === 'views.publish')?.args.view as never)).toContain(
      '*每日审限提醒*：已关闭',
    );
    const settings = await harness.pressOnHome(PEOPLE.chen.slack, HOME_ACTIONS.settings);
    expect(settings.calls.map((call) => call.method)).toContain('views.open');

    const admin = textOf((await harness.openHome(PEOPLE.wu.slack)).view as never);
    expect(admin).toContain('全院案件');
  });

  it('finds a new Slack user by e-mail, stores the id, and audit-logs the match', async () => {
    const qian = 'U0QIAN009';
    const first = await harness.command(qian, '/mycases');
    expect(textOf(first.responses[0])).toContain('My cases'); // 钱程's Slack is in English
    expect(first.calls.filter((call) => call.method === 'users.info')).toHaveLength(1);
    const person = await store.prisma.person.findUniqueOrThrow({ where: { id: fixture.people.qian } });
    expect(person.slackUserId).toBe(qian);
    const audit = await store.prisma.auditLog.findFirstOrThrow({
      where: { action: 'person.slack_linked', entityId: String(fixture.people.qian) },
    });
    expect(audit.after).toMatchObject({ slackUserId: qian, email: 'qian@court.example' });
    const second = await harness.command(qian, '/mycases');
    expect(second.calls.filter((call) => call.method === 'users.info')).toHaveLength(0);
  });

  it('matches a Slack user by their exact e-mail address: qia_@… is not qian@…', async () => {
    const reply = textOf((await harness.command('U0QIAW010', '/mycases')).responses[0]);
    expect(reply).toContain("Docket doesn't know your Slack account");
    expect((await store.prisma.person.findUniqueOrThrow({ where: { id: fixture.people.qian } })).slackUserId).not.toBe(
      'U0QIAW010',
    );
    const linked = await harness.command(PEOPLE.wu.slack, '/docket', 'link <@U0QIAW010> qia_@court.example');
    expect(textOf(linked.responses[0])).toContain('没有邮箱为 qia_@court.example 的人');
  });

  it('tells an unknown user why, and whom to ask', async () => {
    const reply = textOf((await harness.command('U0STRANGE', '/mycases')).responses[0]);
    expect(reply).toContain("Docket doesn't know your Slack account");
    expect(reply).toContain('visitor@elsewhere.example');
    expect(reply).toContain(`<@${PEOPLE.wu.slack}>`);
    expect(reply).toContain('/docket link');
  });

  it('lets an administrator link and unlink Slack users, audit-logged; nobody else may', async () => {
    const denied = await harness.command(
      PEOPLE.wang.slack,
      '/docket',
      `link <@U0STRANGE|visitor> <mailto:zheng@court.example|zheng@court.example>`,
    );
    expect(textOf(denied.responses[0])).toContain('只有管理员可以使用此命令');

    // 郑磊 is linked to U0ZHENG08: replacing that link is asked first, showing the current one.
    const asked = await harness.command(
      PEOPLE.wu.slack,
      '/docket',
      `link <@U0STRANGE|visitor> <mailto:zheng@court.example|zheng@court.example>`,
    );
    const question = textOf(asked.responses[0]);
    expect(question).toContain(`郑磊 现在绑定的是 <@${PEOPLE.zheng.slack}>`);
    expect(question).toContain('确认将 <@U0STRANGE> 绑定到 郑磊 吗？');
    expect(await store.prisma.person.findUnique({ where: { slackUserId: 'U0STRANGE' } })).toBeNull();
    const cancelled = await harness.press(PEOPLE.wu.slack, asked.responses[0], LINK_ACTIONS.cancel);
    expect(textOf(cancelled.responses[0])).toContain('已取消，绑定未做更改');
    expect(cancelled.responses[0]?.replace_original).toBe(true);
    expect(await store.prisma.person.findUnique({ where: { slackUserId: 'U0STRANGE' } })).toBeNull();

    const linked = await harness.press(PEOPLE.wu.slack, asked.responses[0], LINK_ACTIONS.confirm);
    expect(textOf(linked.responses[0])).toContain(
      `已将 <@U0STRANGE> 绑定到 郑磊（原绑定 <@${PEOPLE.zheng.slack}> 已解除）`,
    );
    expect(textOf((await harness.command('U0STRANGE', '/mycases')).responses[0])).toContain('No cases match.'); // the visitor's Slack is in English
    const entries = await store.prisma.auditLog.findMany({
      where: { entityId: String(fixture.people.zheng), actorId: fixture.people.wu },
    });
    expect(entries.map((entry) => entry.action)).toEqual(['person.slack_linked']);

    const unlinked = await harness.command(PEOPLE.wu.slack, '/docket', 'unlink <@U0STRANGE>');
    expect(textOf(unlinked.responses[0])).toContain('已解除 <@U0STRANGE> 与 郑磊 的绑定');
    expect(textOf((await harness.command('U0STRANGE', '/mycases')).responses[0])).toContain(
      "Docket doesn't know your Slack account",
    );
    expect(
      await store.prisma.auditLog.count({ where: { action: 'person.slack_unlinked', actorId: fixture.people.wu } }),
    ).toBe(1);

    expect(
      textOf(
        (await harness.command(PEOPLE.wu.slack, '/docket', 'link <@U0STRANGE> nobody@court.example')).responses[0],
      ),
    ).toContain('没有邮箱为 nobody@court.example 的人');
    expect(textOf((await harness.command(PEOPLE.wu.slack, '/docket', 'link someone')).responses[0])).toContain(
      '用法：`/docket link @用户 邮箱`',
    );
    // A Slack id Slack does not have is refused before anything is looked up or written.
    expect(
      textOf((await harness.command(PEOPLE.wu.slack, '/docket', 'link <@U0NOBODY1> zheng@court.example')).responses[0]),
    ).toContain('Slack 中没有用户 `U0NOBODY1`');
    // 郑磊 has no link now and U0STRANGE is free: linked at once; again, nothing to change.
    expect(
      textOf((await harness.command(PEOPLE.wu.slack, '/docket', 'link <@U0STRANGE> zheng@court.example')).responses[0]),
    ).toContain('已将 <@U0STRANGE> 绑定到 郑磊。');
    expect(
      textOf((await harness.command(PEOPLE.wu.slack, '/docket', 'link <@U0STRANGE> zheng@court.example')).responses[0]),
    ).toContain('<@U0STRANGE> 已绑定到 郑磊，无需更改');
    // Moving U0STRANGE to 郑磊's colleague names its holder; if the links change before 确认, nothing is written.
    const move = await harness.command(PEOPLE.wu.slack, '/docket', 'link <@U0STRANGE> sun@court.example');
    expect(textOf(move.responses[0])).toContain('<@U0STRANGE> 现在绑定的是 郑磊');
    await harness.command(PEOPLE.wu.slack, '/docket', 'unlink <@U0STRANGE>');
    const stale = await harness.press(PEOPLE.wu.slack, move.responses[0], LINK_ACTIONS.confirm);
    expect(textOf(stale.responses[0])).toContain('绑定在此期间已有变化，未做更改');
    expect(await store.prisma.person.findUnique({ where: { slackUserId: 'U0STRANGE' } })).toBeNull();
    expect(textOf((await harness.command(PEOPLE.wu.slack, '/docket', 'unlink <@U0NOBODY1>')).responses[0])).toContain(
      '没有绑定任何人员',
    );
  });

  // After the e-mail test, which links 钱程's account first.
  it('confirms 语言 跟随 in the language it switches to: the Slack locale', async () => {
    // 李华's Slack is in Chinese: after English, following Slack confirms in Chinese.
    await harness.command(PEOPLE.li.slack, '/docket', '设置 语言 英文');
    const followed = textOf(
      (await harness.command(PEOPLE.li.slack, '/docket', 'settings language follow')).responses[0],
    );
    expect(followed).toContain('✅ 设置已保存。');
    expect(followed).toContain('跟随 Slack（中文）');
    // 钱程's Slack is in English: after Chinese, following Slack confirms in English.
    await harness.command('U0QIAN009', '/docket', '设置 语言 中文');
    const english = textOf((await harness.command('U0QIAN009', '/docket', '设置 语言 跟随')).responses[0]);
    expect(english).toContain('✅ Settings saved.');
    expect(english).toContain('follows Slack (English)');
  });
  it('keeps following the court’s daily time unless a time of one’s own is chosen, and 跟随 goes back to it', async () => {
    const user = PEOPLE.sun.slack;
    const opened = await harness.command(user, '/docket', '设置');
    const modal = opened.calls.find((call) => call.method === 'views.open')?.args.view as { blocks: unknown[] };
    expect(JSON.stringify(modal.blocks)).toContain('您目前随法院统一时间（现为 08:30）');
    // Saved with the picker left at the court's time: still the court's, not a time of their own.
    await harness.submitView(user, SETTINGS_CALLBACK_ID, {
      daily: { value: { selected_option: { value: 'on' } } },
      dailyTime: { value: { selected_time: '08:30' } },
    });
    const own = () => store.prisma.userPreference.findUniqueOrThrow({ where: { personId: fixture.people.sun } });
    expect((await own()).dailyDigestTime).toBeNull();
    expect(textOf((await harness.command(user, '/docket', '设置 提醒 07:45')).responses[0])).toContain(
      '已开启，工作日 07:45',
    );
    expect((await own()).dailyDigestTime).toBe('07:45');
    expect(textOf((await harness.command(user, '/docket', '设置 提醒 跟随')).responses[0])).toContain(
      '已开启，工作日 08:30（法院统一时间）',
    );
    expect((await own()).dailyDigestTime).toBeNull();
  });
});
