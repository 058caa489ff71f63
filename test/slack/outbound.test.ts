import { Writable } from 'node:stream';
import type { KnownBlock } from '@slack/types';
import { createLogger } from '../../src/observability/logger';
import { Metrics } from '../../src/observability/metrics';
import { createWebClient } from '../../src/slack/client';
import { BlockKitLimitError, Outbound, SlackCallError } from '../../src/slack/outbound';
import { inFakeTime } from '../support/fakeTime';
import { FaultySlackApi } from '../support/faultySlack';

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

describe('the outbound module against a fake Slack', () => {
  const slack = new FaultySlackApi({ users: [{ id: 'U1JUDGE', email: 'judge@court.example', locale: 'en-US' }] });
  const logged: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        logged.push(chunk.toString());
        done();
      },
    }),
  });
  let metrics: Metrics;
  let outbound: Outbound;

  beforeAll(() => slack.start());
  afterAll(() => slack.stop());
  beforeEach(() => {
    slack.calls.length = 0;
    slack.clearFailures();
    slack.rateLimits = {};
    logged.length = 0;
    metrics = new Metrics();
    outbound = new Outbound({
      client: createWebClient({ token: slack.botToken, slackApiUrl: slack.apiUrl }),
      logger,
      metrics,
    });
  });

  it('waits out Retry-After on a 429 and then delivers the response once', async () => {
    const url = slack.responseUrl();
    slack.fail('response_url', { status: 429, retryAfterSeconds: 1 });
    const { elapsedMs } = await inFakeTime(() => outbound.respond(url, { text: '您好' }));
    expect(elapsedMs).toBeGreaterThanOrEqual(950);
    expect(slack.responsesTo(url)).toHaveLength(1);
    expect(slack.responsesTo(url)[0]?.args).toMatchObject({ response_type: 'ephemeral', text: '您好' });
    expect(await metrics.text()).toMatch(
      /docket_slack_api_errors_total\{method="response_url",error="ratelimited"\} 1/,
    );
  });

  it('retries a Web API 500 with backoff and succeeds', async () => {
    slack.fail('chat.postEphemeral', { status: 500 }, 2);
    const { elapsedMs } = await inFakeTime(() => outbound.postEphemeral('C1', 'U1JUDGE', { text: 'hi' }));
    expect(elapsedMs).toBeGreaterThanOrEqual(100 + 200); // the interactive backoff, 200 ms then 400 ms, at least halved by jitter
    const calls = slack.callsTo('chat.postEphemeral');
    expect(calls.map((call) => call.status)).toEqual([500, 500, 200]);
  });

  it('gives up after three failed attempts for a waiting person and says why', async () => {
    slack.fail('chat.postEphemeral', { status: 503 }, 5);
    await expect(inFakeTime(() => outbound.postEphemeral('C1', 'U1JUDGE', { text: 'hi' }))).rejects.toMatchObject({
      kind: 'server_error',
      code: 'http_503',
    });
    expect(slack.callsTo('chat.postEphemeral')).toHaveLength(3);
  });

  it('reports invalid_auth at once, without retrying, and remembers it for /healthz', async () => {
    slack.fail('views.publish', { error: 'invalid_auth' });
    const error = await outbound
      .publishHome('U1JUDGE', { type: 'home', blocks: [] })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SlackCallError);
    expect(error).toMatchObject({ kind: 'auth', code: 'invalid_auth' });
    expect(slack.callsTo('views.publish')).toHaveLength(1);
    expect(outbound.lastAuthFailure?.code).toBe('invalid_auth');
    expect(logged.join('')).toMatch(/"level":"error".*invalid_auth/);
  });

  it('fails a 429 that asks a waiting person to wait too long instead of hanging', async () => {
    slack.fail('views.open', { status: 429, retryAfterSeconds: 120 });
    await expect(
      outbound.openView('trigger', { type: 'modal', title: { type: 'plain_text', text: 'x' }, blocks: [] }),
    ).rejects.toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 120_000,
    });
  });

  it('splits a message over 50 blocks into several responses, in order', async () => {
    const url = slack.responseUrl();
    const blocks = Array.from({ length: 120 }, (_, index) => section(`案件 ${index}`));
    await outbound.respond(url, { text: '全部案件', blocks }, { replaceOriginal: true });
    const responses = slack.responsesTo(url);
    expect(responses.map((response) => (response.args.blocks as unknown[]).length)).toEqual([50, 50, 20]);
    expect(responses.map((response) => response.args.replace_original)).toEqual([true, false, false]);
  });

  it('splits by total text before Slack would answer msg_blocks_too_long', async () => {
    const channel = 'C0SPLIT';
    const blocks = Array.from({ length: 10 }, () => section('审'.repeat(2900)));
    // Several posts to one channel: a second apart, in fake time.
    const { result: posted } = await inFakeTime(() => outbound.postToChannel(channel, { text: 'long', blocks }));
    expect(posted.length).toBeGreaterThan(2);
    for (const call of slack.callsTo('chat.postMessage')) {
      const text = (call.args.blocks as Array<{ text: { text: string } }>).reduce(
        (sum, block) => sum + block.text.text.length,
        0,
      );
      expect(text).toBeLessThanOrEqual(12_000);
    }
  });

  it('refuses to send a block Slack would reject, naming the limit', async () => {
    await expect(
      outbound.respond(slack.responseUrl(), { text: 'x', blocks: [section('x'.repeat(3001))] }),
    ).rejects.toThrow(BlockKitLimitError);
    await expect(
      outbound.respond(slack.responseUrl(), { text: 'x', blocks: [section('x'.repeat(3001))] }),
    ).rejects.toThrow(/3001 characters, the limit is 3000/);
    expect(slack.calls).toHaveLength(0);
  });

  it('stops at the fifth use of a response_url, as Slack does', async () => {
    const url = slack.responseUrl();
    for (let i = 0; i < 5; i += 1) await outbound.respond(url, { text: `${i}` });
    await expect(outbound.respond(url, { text: 'six' })).rejects.toMatchObject({ kind: 'not_found', code: 'used_url' });
  });

  it('keeps one message per second per channel', async () => {
    slack.rateLimits = { perChannelPerSecond: 1 };
    const { elapsedMs } = await inFakeTime(() =>
      Promise.all([1, 2, 3].map((n) => outbound.postToChannel('C0PACE', { text: `${n}` }))),
    );
    expect(elapsedMs).toBeGreaterThanOrEqual(1900);
    expect(slack.callsTo('chat.postMessage').every((call) => call.status === 200)).toBe(true);
  });

  it('waits out a workspace-wide cap answered with 429 and Retry-After, and delivers each message once', async () => {
    slack.rateLimits = { workspaceBucket: { burst: 1, perSecond: 1 } };
    const { elapsedMs } = await inFakeTime(() =>
      Promise.all(['C0ONE', 'C0TWO', 'C0THREE'].map((channel) => outbound.postToChannel(channel, { text: channel }))),
    );
    expect(elapsedMs).toBeGreaterThanOrEqual(1900);
    const calls = slack.callsTo('chat.postMessage');
    expect(calls.some((call) => call.status === 429)).toBe(true);
    expect(
      calls
        .filter((call) => call.status === 200)
        .map((call) => call.args.channel)
        .sort(),
    ).toEqual(['C0ONE', 'C0THREE', 'C0TWO']);
  });

  it('sends a DM through conversations.open once per person', async () => {
    await inFakeTime(async () => {
      await outbound.sendDirectMessage('U1JUDGE', { text: 'one' });
      await outbound.sendDirectMessage('U1JUDGE', { text: 'two' });
    });
    expect(slack.callsTo('conversations.open')).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage').map((call) => call.args.channel)).toEqual(['DU1JUDGE', 'DU1JUDGE']);
  });

  it('reads profiles and answers null for users Slack does not know', async () => {
    expect(await outbound.userProfile('U1JUDGE')).toMatchObject({ email: 'judge@court.example', locale: 'en-US' });
    expect(await outbound.userProfile('U0NOBODY')).toBeNull();
    expect(await outbound.userIdByEmail('JUDGE@court.example')).toBe('U1JUDGE');
  });

  it('uploads a file through the external upload flow', async () => {
    const result = await outbound.uploadFile({
      channel: 'C1',
      filename: 'chart.png',
      data: Buffer.from('png bytes'),
      title: '团队指标',
    });
    expect(result.fileId).toMatch(/^F/);
    expect(slack.calls.map((call) => call.method)).toEqual([
      'files.getUploadURLExternal',
      'file_upload',
      'files.completeUploadExternal',
    ]);
  });

  it('never writes tokens or response URLs into the log', async () => {
    slack.fail('response_url', { status: 500 });
    const url = slack.responseUrl();
    await outbound.respond(url, { text: 'x' });
    const all = logged.join('');
    expect(all).not.toContain(url);
    expect(all).not.toContain(slack.botToken);
  });
});
