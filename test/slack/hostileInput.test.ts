import type { Store } from '../../src/store';
import { PEOPLE } from '../support/court';
import { closeSlackCourt, openSlackCourt } from '../support/fixtureCourt';
import { textOf, type SlackHarness } from '../support/slack';
import { testStoreKind } from '../support/store';

/**
 * Requests no Slack would send, signed with the app's own secret (so only the body is wrong), through the real
 * app and its HTTP server: each is refused with 400 and a log line — never a 500, never accepted — and nothing
 * reaches a handler. A request dated more than five minutes from now, either way, is refused like a stale one.
 */

const FORM = 'application/x-www-form-urlencoded';

function commandFields(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const fields: Record<string, string | undefined> = {
    token: 'deprecated',
    team_id: 'T0LOCAL',
    channel_id: `D${PEOPLE.wang.slack}`,
    user_id: PEOPLE.wang.slack,
    command: '/mycases',
    text: '',
    response_url: 'http://127.0.0.1:1/response/R1',
    trigger_id: '1.2.3',
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

const formOf = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();

function buttonPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: 'T0LOCAL' },
    user: { id: PEOPLE.wang.slack },
    api_app_id: 'A0DOCKET',
    trigger_id: '1.2.3',
    container: { type: 'message', message_ts: '0.0', channel_id: `D${PEOPLE.wang.slack}`, is_ephemeral: true },
    channel: { id: `D${PEOPLE.wang.slack}` },
    actions: [{ type: 'button', action_id: 'mycases.next', block_id: 'b', value: '{}', action_ts: '1' }],
    ...overrides,
  };
}

// One court for both groups: the refused requests reach no handler, so they leave it as they found it.
let store: Store;
let harness: SlackHarness;

beforeAll(async () => {
  ({ store, harness } = await openSlackCourt());
});
afterAll(() => closeSlackCourt({ store, harness }));

describe(`signed requests no Slack would send (${testStoreKind})`, () => {
  /** Sends a signed body and returns the HTTP answer, the Slack calls it caused and the log lines about it. */
  async function send(body: string | Buffer, contentType = FORM, timestamp?: number) {
    const callsBefore = harness.slack.calls.length;
    const logsBefore = harness.logs.length;
    const ack = await harness.client.send(body, contentType, timestamp === undefined ? {} : { timestamp });
    await harness.settle();
    return {
      status: ack.status,
      calls: harness.slack.calls.slice(callsBefore),
      refusals: harness.logs.slice(logsBefore).filter((line) => line.msg === 'refused a Slack request'),
      handlerErrors: harness.logs.slice(logsBefore).filter((line) => line.level === 50),
    };
  }

  it('answers a well-formed command (the baseline the others differ from)', async () => {
    const result = await send(formOf(commandFields({ response_url: harness.slack.responseUrl() })));
    expect(result.status).toBe(200);
    expect(result.calls.map((call) => call.method)).toContain('response_url');
  });

  it.each([
    ['a command without user_id', formOf(commandFields({ user_id: undefined })), 'slash command user_id'],
    ['a command without response_url', formOf(commandFields({ response_url: undefined })), 'response_url'],
    ['a command whose user_id is not a Slack id', formOf(commandFields({ user_id: '<@U1>' })), 'user_id'],
    ['invalid percent-encoding', `${formOf(commandFields())}&text=%zz`, 'invalid percent-encoding'],
    ['a truncated percent-encoded character', formOf(commandFields()).replace('text=', 'text=%E4%B8'), 'not UTF-8'],
    [
      'raw bytes that are not UTF-8',
      Buffer.concat([Buffer.from(formOf(commandFields()).replace('text=', 'text=')), Buffer.from([0xff, 0xfe])]),
      'not UTF-8',
    ],
    ['a button press without user', formOf({ payload: JSON.stringify(buttonPayload({ user: undefined })) }), 'user'],
    [
      'a button press without actions',
      formOf({ payload: JSON.stringify(buttonPayload({ actions: [] })) }),
      'interaction actions',
    ],
    ['an interaction payload that is not JSON', formOf({ payload: '{"type":"block_actions"' }), 'not JSON'],
    [
      'a modal submission without its view state',
      formOf({
        payload: JSON.stringify({ type: 'view_submission', user: { id: PEOPLE.wang.slack }, view: { id: 'V1' } }),
      }),
      'view',
    ],
  ])('%s: 400 and a log line, no handler runs', async (_, body, problem) => {
    const result = await send(body);
    expect(result.status).toBe(400);
    expect(result.calls).toEqual([]);
    expect(result.handlerErrors).toEqual([]);
    expect(result.refusals).toEqual([
      expect.objectContaining({ status: 400, problem: expect.stringContaining(problem) }),
    ]);
  });

  it.each([
    ['an App Home event without its user', { type: 'app_home_opened', tab: 'home' }],
    ['an event without a type', { user: PEOPLE.wang.slack }],
  ])('%s: 400 and a log line', async (_, event) => {
    const body = JSON.stringify({ type: 'event_callback', team_id: 'T0LOCAL', event_id: 'Ev1', event });
    const result = await send(body, 'application/json');
    expect(result.status).toBe(400);
    expect(result.calls).toEqual([]);
    expect(result.refusals).toHaveLength(1);
  });

  it('a JSON body that is not JSON, or of a type Slack never sends: 400', async () => {
    expect((await send('{"type":', 'application/json')).status).toBe(400);
    expect((await send('<xml/>', 'text/xml')).status).toBe(400);
  });

  it.each([
    ['ten minutes ahead', 600],
    ['a year ahead', 365 * 24 * 3600],
    ['ten minutes ago', -600],
  ])('a correctly signed request dated %s: 401', async (_, offset) => {
    const result = await send(formOf(commandFields()), FORM, Math.floor(Date.now() / 1000) + offset);
    expect(result.status).toBe(401);
    expect(result.calls).toEqual([]);
  });

  it('a request dated four minutes ahead (a clock a little fast) is still answered', async () => {
    const body = formOf(commandFields({ response_url: harness.slack.responseUrl() }));
    expect((await send(body, FORM, Math.floor(Date.now() / 1000) + 240)).status).toBe(200);
  });

  it('a body over the limit: 413 before anything is parsed', async () => {
    const result = await send(formOf(commandFields({ text: 'x'.repeat(2 * 1024 * 1024) })));
    expect(result.status).toBe(413);
    expect(result.refusals).toEqual([expect.objectContaining({ status: 413 })]);
  });
});

/**
 * What someone typed comes back as text, never as live markup: Slack's formatting treats &, < and > as control
 * characters (a <!channel> notifies everyone, <http://…|label> is a link), so every word Docket echoes is escaped
 * — whatever command, whoever asks.
 */
describe(`user text echoed into mrkdwn (${testStoreKind})`, () => {
  const MARKUP = ['<!channel>', '<!here>', '<@U0ZHAO003>', '<http://evil.example|看这里>', '<#C0GENERAL>'];
  const LIVE = /<[!@#]|<https?:|<mailto:/;

  it.each([
    ['/mycases', (markup: string) => markup],
    ['/mycases', (markup: string) => `逾期 ${markup}`],
    ['/mycases', (markup: string) => `（2025）${markup}民初1号`],
    ['/docket', (markup: string) => markup],
    ['/docket', (markup: string) => `设置 语言 ${markup}`],
    ['/docket', (markup: string) => `link ${markup} nobody@court.example`],
    ['/rule', (markup: string) => `${markup} 不存在的词语组合`],
    ['/rankings', (markup: string) => markup],
    ['/targets', (markup: string) => markup],
  ])('%s with markup in its words answers with that markup escaped', async (command, words) => {
    for (const markup of MARKUP) {
      for (const asker of [PEOPLE.wang.slack, PEOPLE.wu.slack]) {
        const result = await harness.command(asker, command, words(markup));
        const shown = result.responses.map((response) => textOf(response)).join('\n');
        expect(shown.length).toBeGreaterThan(0);
        expect(shown).not.toMatch(LIVE);
      }
    }
  });

  it('shows & < > as the characters typed: Slack sends them as entities, which are not escaped twice', async () => {
    // Typed: A&B<C — Slack sends A&amp;B&lt;C.
    const shown = textOf((await harness.command(PEOPLE.wang.slack, '/mycases', 'A&amp;B&lt;C')).responses[0]);
    expect(shown).toContain('“A&amp;B&lt;C”');
    expect(shown).not.toContain('&amp;amp;');
  });

  it('shows a mention as the name it was typed as, not as a live mention', async () => {
    const shown = textOf(
      (await harness.command(PEOPLE.wang.slack, '/docket', '<@U0ZHAO003|赵强> <!channel>')).responses[0],
    );
    expect(shown).toContain('看不懂“@赵强”');
  });
});
