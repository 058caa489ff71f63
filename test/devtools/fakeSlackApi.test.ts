import { Writable } from 'node:stream';
import { createLogger } from '../../src/observability/logger';
import { Metrics } from '../../src/observability/metrics';
import { createWebClient } from '../../src/slack/client';
import { FakeSlackApi } from '../../src/devtools/localSlack/fakeSlackApi';
import { Outbound } from '../../src/slack/outbound';

const quiet = createLogger({
  level: 'warn',
  destination: new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  }),
});

async function post(slack: FakeSlackApi, channel: string): Promise<{ status: number; retryAfter: string | null }> {
  const response = await fetch(`${slack.apiUrl}chat.postMessage`, {
    method: 'POST',
    headers: { authorization: `Bearer ${slack.botToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ channel, text: '审限提醒' }),
  });
  await response.text();
  return { status: response.status, retryAfter: response.headers.get('retry-after') };
}

describe('the fake Slack workspace-wide cap (a burst, then so many posts a second)', () => {
  const slack = new FakeSlackApi();

  beforeAll(() => slack.start());
  afterAll(() => slack.stop());
  beforeEach(() => {
    slack.calls.length = 0;
  });

  it('lets the burst through at once, then answers 429 with Retry-After in whole seconds, whatever the channel', async () => {
    slack.rateLimits = { workspaceBucket: { burst: 3, perSecond: 1 } };
    const answers = [];
    for (const channel of ['D1', 'D2', 'D3', 'D4']) answers.push(await post(slack, channel));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 429]);
    expect(answers[3]?.retryAfter).toBe('1');
    expect(slack.messagesIn('D4')).toEqual([]);
  });

  it('starts full again when the rules are replaced, and leaves posts alone without a bucket', async () => {
    slack.rateLimits = { workspaceBucket: { burst: 2, perSecond: 1 } };
    expect((await post(slack, 'D5')).status).toBe(200);
    slack.rateLimits = {};
    for (let i = 0; i < 5; i += 1) expect((await post(slack, 'D6')).status).toBe(200);
  });

  it('is waited out by the outbound module: every message arrives once, no sooner than the cap allows', async () => {
    slack.rateLimits = { perChannelPerSecond: 1, workspaceBucket: { burst: 2, perSecond: 2 } };
    const outbound = new Outbound({
      client: createWebClient({ token: slack.botToken, slackApiUrl: slack.apiUrl }),
      logger: quiet,
      metrics: new Metrics(),
    });
    const channels = ['D11', 'D12', 'D13', 'D14', 'D15', 'D16'];
    const started = Date.now();
    for (const channel of channels) await outbound.postToChannel(channel, { text: channel });
    // Two at once, then four more at two a second: at least 1.5 s however the seconds fall.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    const posts = slack.callsTo('chat.postMessage');
    expect(posts.some((call) => call.status === 429)).toBe(true);
    for (const channel of channels) expect(slack.messagesIn(channel)).toHaveLength(1);
  });
});
