import path from 'node:path';
import { fixedClock } from '../../src/services/clock';
import { RegulationImportService } from '../../src/services/regulations/importDocuments';
import type { Store } from '../../src/store';
import { caseNumberOf, FIXTURE_NOW, PEOPLE } from '../support/court';
import { closeSlackCourt, openSlackCourt } from '../support/fixtureCourt';
import { textOf, type SlackHarness, type SlackPayload } from '../support/slack';
import { testStoreKind } from '../support/store';

const DATA = path.join(__dirname, '../../data');
const judge = PEOPLE.wang.slack;

/** What the bot said, as one text (its replies may be split across messages). */
const said = (replies: SlackPayload[]) => replies.map((reply) => textOf(reply)).join('\n');

describe(`questions by direct message, through the real app (${testStoreKind})`, () => {
  let store: Store;
  let harness: SlackHarness;

  beforeAll(async () => {
    ({ store, harness } = await openSlackCourt((seeded) =>
      new RegulationImportService({ store: seeded }).importFile(
        path.join(DATA, 'laws', '法律', '中华人民共和国民事诉讼法(2023-09-01).md'),
        {
          actor: 'test',
          clock: fixedClock(FIXTURE_NOW),
        },
      ),
    ));
  });
  afterAll(() => closeSlackCourt({ store, harness }));

  /** The same question as a slash command: its ephemeral answer's text. */
  const slash = async (command: string, text: string) =>
    (await harness.command(judge, command, text)).responses.map((reply) => textOf(reply)).join('\n');

  it('answers 这周有哪些案子到期 (Monday 2025-06-16: through Sunday) as /mycases 6天 does', async () => {
    const { replies } = await harness.dm(judge, '这周有哪些案子到期');
    expect(replies).toHaveLength(1);
    expect(said(replies)).toBe(await slash('/mycases', '6天'));
  });

  it('answers 逾期的 as /mycases 逾期, and a 案号 with its 审限 as /mycases 案号', async () => {
    expect(said((await harness.dm(judge, '逾期的')).replies)).toBe(await slash('/mycases', '逾期'));
    const own = said((await harness.dm(judge, `${caseNumberOf(103)} 什么时候到期`)).replies);
    expect(own).toContain(caseNumberOf(103));
    expect(own).toBe(await slash('/mycases', caseNumberOf(103)));
  });

  it('gives another judge’s 案号 the same answer as /mycases: not found, or not theirs to see', async () => {
    const others = said((await harness.dm(judge, `${caseNumberOf(301)}什么时候到期？`)).replies);
    expect(others).toBe(await slash('/mycases', caseNumberOf(301)));
    expect(others).toContain('或您无权查看');
    expect(others).not.toContain('劳动争议');
  });

  it('looks up an article as /rule does', async () => {
    const answer = said((await harness.dm(judge, '民诉法第一百六十四条')).replies);
    expect(answer).toContain('《中华人民共和国民事诉讼法》第一百六十四条');
    expect(answer).toBe(await slash('/rule', '民诉法第一百六十四条'));
  });

  it('lists what it can answer on 帮助, and says so when it did not understand', async () => {
    const help = said((await harness.dm(judge, '帮助')).replies);
    expect(help).toContain('可以直接发消息问我这些问题');
    expect(help).toContain('这周有哪些案子到期');
    expect(help).toContain('民诉法第一百六十四条');
    const puzzled = said((await harness.dm(judge, '今天天气怎么样')).replies);
    expect(puzzled).toContain('没看懂这条消息');
    expect(puzzled).toContain('逾期的');
  });

  it('answers once: a retried delivery, a bot’s message, an edit and a deletion get no answer', async () => {
    const ts = '1750035600.000100';
    expect((await harness.dm(judge, '逾期的', { ts })).replies).toHaveLength(1);
    expect((await harness.dm(judge, '逾期的', { ts })).replies).toHaveLength(0);
    expect((await harness.dm(judge, '逾期的', { bot_id: 'B0OTHER01', subtype: 'bot_message' })).replies).toEqual([]);
    expect((await harness.dm(judge, '逾期的', { subtype: 'message_changed' })).replies).toEqual([]);
    expect((await harness.dm(judge, '', { subtype: 'message_deleted' })).replies).toEqual([]);
    expect((await harness.dm(judge, '逾期的', { channel_type: 'channel' })).replies).toEqual([]);
  });

  it('tells someone Docket does not know whom to ask, and still answers a law question', async () => {
    harness.slack.addUser({ id: 'U0STRANGER', email: 'nobody@elsewhere.example', name: '路人', locale: 'zh-CN' });
    const cases = said((await harness.dm('U0STRANGER', '逾期的')).replies);
    expect(cases).not.toContain('（2025）');
    expect(cases).toBe(
      (await harness.command('U0STRANGER', '/mycases', '逾期')).responses.map((reply) => textOf(reply)).join('\n'),
    );
    expect(said((await harness.dm('U0STRANGER', '民诉法第一百六十四条')).replies)).toContain('第一百六十四条');
  });
});
