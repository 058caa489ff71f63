import path from 'node:path';
import type { View } from '@slack/types';
import { fixedClock } from '../../src/services/clock';
import { RegulationImportService } from '../../src/services/regulations/importDocuments';
import type { Store } from '../../src/store';
import { HOME_ACTIONS } from '../../src/slack/views/home';
import { RULE_ACTIONS } from '../../src/slack/views/rule';
import { FIXTURE_NOW, PEOPLE, type Fixture } from '../support/court';
import { buttonsIn, expectWithinSlackLimits, textOf, type SlackPayload, type SlackHarness } from '../support/slack';
import { testStoreKind } from '../support/store';
import { closeSlackCourt, openSlackCourt } from '../support/fixtureCourt';

const DATA = path.join(__dirname, '../../data');
const judge = PEOPLE.wang.slack;
const COURT_CHANNEL = 'C0COURT01';
const CIVIL_INTERPRETATION = '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释';

describe(`/rule through the real HTTP receiver (${testStoreKind})`, () => {
  let store: Store;
  let harness: SlackHarness;
  let fixtureIds: Fixture['people'];

  beforeAll(async () => {
    let fixture: Fixture;
    ({ store, fixture, harness } = await openSlackCourt(async (seeded) => {
      const options = { actor: 'test', clock: fixedClock(FIXTURE_NOW) };
      await new RegulationImportService({ store: seeded }).importFile(
        path.join(DATA, 'laws', '法律', '中华人民共和国民事诉讼法(2023-09-01).md'),
        options,
      );
      // The version 民诉解释 (2022) cites: without it, its citations of 民诉法 are not known to mean the 2023 text's.
      await new RegulationImportService({ store: seeded }).importFile(
        path.join(DATA, 'laws', '法律', '中华人民共和国民事诉讼法(2021-12-24).md'),
        options,
      );
      await new RegulationImportService({ store: seeded }).importFile(
        path.join(DATA, 'laws', '司法解释', `${CIVIL_INTERPRETATION}(2022-04-01).md`),
        options,
      );
      await new RegulationImportService({ store: seeded }).importPath(path.join(DATA, 'court-rules'), options);
    }));
    fixtureIds = fixture.people;
  });
  afterAll(() => closeSlackCourt({ store, harness }));

  const ask = async (text: string, channelId?: string) => {
    const result = await harness.command(judge, '/rule', text, channelId ? { channelId } : {});
    expect(result.ack).toMatchObject({ status: 200, body: '' });
    expectWithinSlackLimits(result.calls);
    return result;
  };
  const articleButtons = (payload: SlackPayload | undefined) =>
    buttonsIn(payload?.blocks ?? []).filter((b) => b.actionId === RULE_ACTIONS.article);

  it('answers with the top five articles: law, number, chapter, the matched words in bold, and buttons', async () => {
    const result = await ask('简易程序 审限');
    expect(result.responses).toHaveLength(1);
    const reply = result.responses[0];
    expect(reply).toMatchObject({ response_type: 'ephemeral' });
    const text = textOf(reply);
    expect(text).toContain('*《中华人民共和国民事诉讼法》第一百六十四条*');
    expect(text).toContain('第二编 审判程序 / 第十三章 简易程序');
    expect(text).toContain('\u200b*简易程序*\u200b');
    expect(text).toMatch(/第 1–5 条，共 \d+ 条/);
    expect(articleButtons(reply)).toHaveLength(5);
    expect(buttonsIn(reply?.blocks ?? []).filter((b) => b.actionId === RULE_ACTIONS.post)).toHaveLength(5);
    expect(buttonsIn(reply?.blocks ?? []).map((b) => b.actionId)).toContain(RULE_ACTIONS.next);
  });

  it('pages to the next five and back, replacing the message', async () => {
    const first = (await ask('审理期限')).responses[0];
    const second = await harness.press(judge, first, RULE_ACTIONS.next);
    expect(second.responses[0]?.replace_original).toBe(true);
    expect(textOf(second.responses[0])).toMatch(/第 6–10 条/);
    expect(articleButtons(second.responses[0]).map((b) => b.value)).not.toEqual(
      articleButtons(first).map((b) => b.value),
    );
    const back = await harness.press(judge, second.responses[0], RULE_ACTIONS.previous);
    expect(articleButtons(back.responses[0]).map((b) => b.value)).toEqual(articleButtons(first).map((b) => b.value));
    expectWithinSlackLimits([...second.calls, ...back.calls]);
  });

  it('opens the full article in a modal', async () => {
    const reply = (await ask('民诉法第164条')).responses[0];
    expect(textOf(reply)).toContain('《中华人民共和国民事诉讼法》第一百六十四条');
    const pressed = await harness.press(judge, reply, RULE_ACTIONS.article, articleButtons(reply)[0]?.value);
    const opened = pressed.calls.find((call) => call.method === 'views.open');
    const view = opened?.args.view as View;
    expect(textOf(view)).toContain('《中华人民共和国民事诉讼法》第一百六十四条');
    expect(textOf(view)).toContain('有特殊情况需要延长的，经本院院长批准，可以延长一个月。');
    expectWithinSlackLimits(pressed.calls);
  });

  it('shows in the modal the interpretations that cite the article, and what an interpretation cites', async () => {
    const open = async (query: string) => {
      const reply = (await ask(query)).responses[0];
      const pressed = await harness.press(judge, reply, RULE_ACTIONS.article, articleButtons(reply)[0]?.value);
      expectWithinSlackLimits(pressed.calls);
      return textOf(pressed.calls.find((call) => call.method === 'views.open')?.args.view as View);
    };
    const smallClaims = await open('民诉法第165条');
    expect(smallClaims).toMatch(/引用本条的司法解释（\d+）/);
    expect(smallClaims).toContain('〈中华人民共和国民事诉讼法〉的解释》第二百七十一条');
    const interpretation = await open('民诉解释第二百七十一条');
    expect(interpretation).toContain('本条引用（1）');
    expect(interpretation).toContain('《中华人民共和国民事诉讼法》第一百六十五条');
  });

  it('posts the article in the channel the command came from, saying who shared it', async () => {
    const reply = (await ask('民诉法第一百六十四条', COURT_CHANNEL)).responses[0];
    const pressed = await harness.press(judge, reply, RULE_ACTIONS.post);
    const posted = pressed.calls.find((call) => call.method === 'chat.postMessage');
    expect(posted?.args.channel).toBe(COURT_CHANNEL);
    expect(textOf(posted?.args as SlackPayload)).toContain('应当在立案之日起三个月内审结');
    expect(textOf(posted?.args as SlackPayload)).toContain(`由 <@${judge}> 通过 /rule 分享`);
    expect(textOf(pressed.responses[0])).toContain('已发到频道');
    expect(pressed.responses[0]?.replace_original).toBe(false);
  });

  it('explains how to invite Docket when it is not in the channel, and when it cannot post there at all', async () => {
    const reply = (await ask('民诉法第一百六十四条', 'C0ELSEWHERE')).responses[0];
    harness.slack.fail('chat.postMessage', { error: 'not_in_channel' });
    const refused = await harness.press(judge, reply, RULE_ACTIONS.post);
    expect(textOf(refused.responses[0])).toContain('/invite @Docket');
    harness.slack.fail('chat.postMessage', { error: 'channel_not_found' });
    const nowhere = await harness.press(judge, reply, RULE_ACTIONS.post);
    expect(textOf(nowhere.responses[0])).toContain('不能在这个对话里发言');
  });

  it('shows the usage for an empty query or 帮助', async () => {
    for (const text of ['', '  ', '帮助', 'help'])
      expect(textOf((await ask(text)).responses[0])).toContain('*/rule* — 查法律、司法解释和本院规定');
  });

  it('offers suggestions when nothing matches', async () => {
    const missing = textOf((await ask('民诉法第九百条')).responses[0]);
    expect(missing).toContain('没有找到与“民诉法第九百条”相关的条文');
    expect(missing).toContain('《中华人民共和国民事诉讼法》没有第九百条：该文件的条文为第一条至第三百零六条');
    expect(textOf((await ask('！！！？')).responses[0])).toContain('例如 `/rule 简易程序 审限`');
  });

  it('answers long, punctuation-only, mixed, full-width and markup-laden queries without an error', async () => {
    const long = await ask(`简易程序审限${'很长的问题'.repeat(1000)}`);
    expect(textOf(long.responses[0])).toContain('问题较长，只按前 200 个字查询');
    expect(textOf((await ask('民诉法第１６４条')).responses[0])).toContain('第一百六十四条');
    expect(textOf((await ask('hello 简易程序 ABC123 审限')).responses[0])).toContain('第一百六十四条');
    const markup = textOf((await ask('*简易程序* &lt;审限&gt; <@U0LI00002|李华>')).responses[0]);
    expect(markup).not.toContain('<@');
    expect(markup).toContain('第一百六十四条');
    const errors = harness.logs.filter((line) => line.level === 50);
    expect(errors).toEqual([]);
  });

  it('answers a citation with the version in force, and an explicit version with that version, marked', async () => {
    const current = textOf((await ask('审判流程管理办法第八条')).responses[0]);
    expect(current).toContain('审限届满十五日前');
    expect(current).not.toContain('审限届满十日前');
    expect(current).toContain('本院规定（演示）');
    expect(current).toContain('2025-01-01 版 · 现行有效');
    const old = textOf((await ask('审判流程管理办法(2023)第八条')).responses[0]);
    expect(old.indexOf('审限届满十日前')).toBeGreaterThan(0);
    expect(old).toContain('⚠️ 2023-03-01 版 · 已修改（已被新版本取代）');
    expect(old).not.toContain('规则库没有');
    // No version of 2024 is stored: the 2023 text answers, and the reply says why.
    const between = textOf((await ask('审判流程管理办法(2024)第八条')).responses[0]);
    expect(between).toContain('审限届满十日前');
    expect(between).toContain('规则库没有《审判流程管理办法》2024 年的版本，下面是此前最近的 2023-03-01 版。');
  });

  it('answers someone the staff list does not have, in their Slack language: law text is not confidential', async () => {
    const stranger = 'U0STRANGE'; // in Slack (en-US), unknown to Docket
    const result = await harness.command(stranger, '/rule', '简易程序 审限');
    const reply = result.responses[0];
    expect(textOf(reply)).toContain('*《中华人民共和国民事诉讼法》第一百六十四条*');
    expect(textOf(reply)).toMatch(/1–5 of \d+/);
    expect(textOf(reply)).not.toContain("Docket doesn't know your Slack account");
    const next = await harness.press(stranger, reply, RULE_ACTIONS.next);
    expect(textOf(next.responses[0])).toMatch(/6–10 of \d+/);
    const opened = await harness.press(stranger, reply, RULE_ACTIONS.article, articleButtons(reply)[0]?.value);
    expect(opened.calls.map((call) => call.method)).toContain('views.open');
    // Cases stay closed to them: /mycases still says whom to ask.
    const mycases = await harness.command(stranger, '/mycases', '');
    expect(textOf(mycases.responses[0])).toContain("Docket doesn't know your Slack account");
  });

  it('subscribes to the weekly rule changes with /docket 设置 规章 and from App Home', async () => {
    const preference = () => store.prisma.userPreference.findUnique({ where: { personId: fixtureIds.zhao } });
    const on = await harness.command(PEOPLE.zhao.slack, '/docket', '设置 规章 开');
    expect(textOf(on.responses[0])).toContain('*规章更新周报*：已订阅，每周五');
    expect((await preference())?.rulesDigestOptIn).toBe(true);
    await harness.openHome(PEOPLE.zhao.slack);
    const off = await harness.pressOnHome(PEOPLE.zhao.slack, HOME_ACTIONS.toggleRules, 'off');
    expect(textOf(off.calls.find((call) => call.method === 'views.publish')?.args.view as never)).toContain(
      '*规章更新周报*：未订阅',
    );
    expect((await preference())?.rulesDigestOptIn).toBe(false);
  });
});
