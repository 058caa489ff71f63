import type { Store } from '../../src/store';
import { PEOPLE } from '../support/court';
import { closeSlackCourt, openSlackCourt } from '../support/fixtureCourt';
import { type SlackHarness } from '../support/slack';
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

describe(`signed requests no Slack would send (${testStoreKind})`, () => {
  let store: Store;
  let harness: SlackHarness;

  beforeAll(async () => {
    ({ store, harness } = await openSlackCourt());
  });
  afterAll(() => closeSlackCourt({ store, harness }));

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
