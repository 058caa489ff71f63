import type { Store } from '../../src/store';
import { CASE_ACTIONS } from '../../src/slack/views/caseActions';
import { MYCASES_ACTIONS } from '../../src/slack/views/mycases';
import { caseNumberOf, PEOPLE, type Fixture } from '../support/court';
import { buttonsIn, textOf, type RequestResult, type SlackHarness } from '../support/slack';
import { testStoreKind } from '../support/store';
import { closeSlackCourt, openSlackCourt } from '../support/fixtureCourt';

/** Every 民初 sequence number that appears anywhere in what a request sent to Slack. */
function caseNumbersIn(result: RequestResult): number[] {
  const text = result.calls.map((call) => JSON.stringify(call.args)).join('\n');
  return [...text.matchAll(/内0291民初(\d+)号/g)].map((match) => Number(match[1]));
}

const WANG = [101, 102, 103, 104, 105, 106];
const LI = Array.from({ length: 24 }, (_, index) => 201 + index);
const ZHAO = [301, 302];
const STRANGER = 'U0STRANGE';

describe(`permissions: no case data crosses a boundary (${testStoreKind})`, () => {
  let store: Store;
  let harness: SlackHarness;
  let fixture: Fixture;

  beforeAll(async () => {
    ({ store, fixture, harness } = await openSlackCourt());
  });
  afterAll(() => closeSlackCourt({ store, harness }));

  // A number the user typed may be echoed back ("no case X"); what must never appear is the case's data.
  const matrix: Array<{
    who: string;
    user: string;
    text: string;
    allowed: number[];
    expect: RegExp;
    absent?: string[];
  }> = [
    { who: 'a judge, own cases', user: PEOPLE.wang.slack, text: '全部', allowed: WANG, expect: /我的案件/ },
    { who: 'another judge, own cases', user: PEOPLE.zhao.slack, text: '全部', allowed: ZHAO, expect: /我的案件/ },
    {
      who: 'another judge asking for 王明',
      user: PEOPLE.zhao.slack,
      text: `<@${PEOPLE.wang.slack}|王明>`,
      allowed: [],
      expect: /无权查看该法官的案件/,
    },
    {
      who: 'another judge asking for a team',
      user: PEOPLE.zhao.slack,
      text: '团队',
      allowed: [],
      expect: /只有庭长和管理员/,
    },
    {
      who: 'the lead of another team asking for 王明',
      user: PEOPLE.zhou.slack,
      text: `<@${PEOPLE.wang.slack}|王明> 全部`,
      allowed: [],
      expect: /无权查看该法官的案件/,
    },
    {
      who: 'the lead of another team, their team',
      user: PEOPLE.zhou.slack,
      text: '团队 全部',
      allowed: ZHAO,
      expect: /民二庭的案件/,
    },
    {
      who: "王明's own lead asking for him",
      user: PEOPLE.chen.slack,
      text: `<@${PEOPLE.wang.slack}|王明> 全部`,
      allowed: WANG,
      expect: /王明法官的案件/,
    },
    {
      who: 'the administrator asking for 赵强',
      user: PEOPLE.wu.slack,
      text: `<@${PEOPLE.zhao.slack}|赵强> all`,
      allowed: ZHAO,
      expect: /赵强法官的案件/,
    },
    {
      who: 'the administrator, the whole court',
      user: PEOPLE.wu.slack,
      text: 'team all',
      allowed: [...WANG, ...LI, ...ZHAO],
      expect: /全院案件/,
    },
    { who: "王明's assistant", user: PEOPLE.sun.slack, text: '全部', allowed: WANG, expect: /我协助的法官的案件/ },
    {
      who: "王明's assistant asking for 赵强",
      user: PEOPLE.sun.slack,
      text: `<@${PEOPLE.zhao.slack}>`,
      allowed: [],
      expect: /无权查看/,
    },
    {
      who: 'a clerk assigned to nobody',
      user: PEOPLE.zheng.slack,
      text: '全部',
      allowed: [],
      expect: /没有符合条件的案件/,
    },
    {
      who: 'an unknown Slack user',
      user: STRANGER,
      text: '',
      allowed: [],
      expect: /Docket doesn't know your Slack account/,
    },
    {
      who: 'an unknown Slack user naming a case',
      user: STRANGER,
      text: caseNumberOf(101),
      allowed: [],
      expect: /ask an administrator/,
    },
    {
      who: 'another judge naming 王明’s case',
      user: PEOPLE.zhao.slack,
      text: caseNumberOf(101),
      allowed: [101],
      expect: /没有找到案件/,
      absent: ['买卖合同纠纷', '王明'],
    },
    {
      who: 'the lead of another team naming 王明’s case',
      user: PEOPLE.zhou.slack,
      text: caseNumberOf(103),
      allowed: [103],
      expect: /没有找到案件/,
      absent: ['建设工程', '王明'],
    },
    {
      who: 'the administrator naming 王明’s case',
      user: PEOPLE.wu.slack,
      text: caseNumberOf(103),
      allowed: [103],
      expect: /审限如何计算/,
    },
  ];

  it.each(matrix)('$who', async ({ user, text, allowed, expect: expected, absent }) => {
    const result = await harness.command(user, '/mycases', text);
    expect(textOf(result.responses[0])).toMatch(expected);
    for (const secret of absent ?? []) expect(JSON.stringify(result.calls)).not.toContain(secret);
    const leaked = caseNumbersIn(result).filter((sequence) => !allowed.includes(sequence));
    expect(leaked).toEqual([]);
    // Case data is only ever an ephemeral response: nothing is posted to a channel.
    expect(result.calls.filter((call) => call.method === 'chat.postMessage')).toEqual([]);
    expect(
      result.responses.every((response) => (response as { response_type?: string }).response_type === 'ephemeral'),
    ).toBe(true);
  });

  it('refuses the 详情 of a case to someone who may not see it, even with a forged button value', async () => {
    const wangs = await harness.command(PEOPLE.wang.slack, '/mycases');
    const button = buttonsIn(wangs.responses[0]?.blocks ?? []).find((candidate) => candidate.text === '详情');
    const forged = await harness.press(PEOPLE.zhao.slack, wangs.responses[0], CASE_ACTIONS.menu, button?.value);
    expect(forged.calls.find((call) => call.method === 'views.open')).toBeUndefined();
    expect(textOf(forged.responses[0])).toContain('已无权查看');
    expect(caseNumbersIn(forged)).toEqual([]);
  });

  it('refuses a forged paging button that asks for another judge', async () => {
    const forgedValue = JSON.stringify({ t: { k: 'j', id: fixture.people.wang }, f: 'all', p: 0 });
    const zhaos = await harness.command(PEOPLE.zhao.slack, '/mycases');
    const message = {
      blocks: [
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: MYCASES_ACTIONS.next,
              value: forgedValue,
              text: { type: 'plain_text', text: 'x' },
            },
          ],
        },
      ],
    } as never;
    const forged = await harness.press(PEOPLE.zhao.slack, message, MYCASES_ACTIONS.next);
    expect(textOf(forged.responses[0])).toContain('无权查看该法官的案件');
    expect(caseNumbersIn(forged)).toEqual([]);
    expect(zhaos.responses).toHaveLength(1);
  });

  it.each([
    ['a judge', PEOPLE.zhao.slack, ZHAO],
    ['the lead of another team', PEOPLE.zhou.slack, ZHAO],
    ['an assistant', PEOPLE.sun.slack, WANG],
  ])('App Home shows %s only what they may see', async (_who, user, allowed) => {
    const { result } = await harness.openHome(user);
    expect(result.calls.map((call) => call.method)).toContain('views.publish');
    expect(caseNumbersIn(result).filter((sequence) => !allowed.includes(sequence))).toEqual([]);
  });

  it('App Home tells an unknown user whom to ask, with no case data', async () => {
    const { result, view } = await harness.openHome(STRANGER);
    expect(textOf(view as never)).toContain(`<@${PEOPLE.wu.slack}>`);
    expect(caseNumbersIn(result)).toEqual([]);
  });
});
