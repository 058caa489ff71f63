import type { Store } from '../../src/store';
import { CASE_ACTIONS } from '../../src/slack/views/caseActions';
import { PEOPLE } from '../support/court';
import { buttonsIn, textOf, type SlackHarness } from '../support/slack';
import { testStoreKind } from '../support/store';
import { closeSlackCourt, openSlackCourt } from '../support/fixtureCourt';

describe(`when Slack misbehaves (${testStoreKind})`, () => {
  let store: Store;
  let harness: SlackHarness;

  beforeAll(async () => {
    ({ store, harness } = await openSlackCourt());
  });
  afterAll(() => closeSlackCourt({ store, harness }));
  afterEach(() => harness.slack.clearFailures());

  it('waits out a 429 on the response URL and still answers once', async () => {
    harness.slack.fail('response_url', { status: 429, retryAfterSeconds: 1 });
    const result = await harness.command(PEOPLE.wang.slack, '/mycases');
    expect(result.ack.status).toBe(200);
    expect(result.responses).toHaveLength(1);
    expect(result.calls.filter((call) => call.method === 'response_url').map((call) => call.status)).toEqual([
      429, 200,
    ]);
  });

  it('retries a 500 from views.open and opens the modal', async () => {
    const list = await harness.command(PEOPLE.wang.slack, '/mycases');
    harness.slack.fail('views.open', { status: 500 });
    const pressed = await harness.press(
      PEOPLE.wang.slack,
      list.responses[0],
      CASE_ACTIONS.menu,
      buttonsIn(list.responses[0]?.blocks ?? [])[0]?.value,
    );
    expect(pressed.calls.filter((call) => call.method === 'views.open').map((call) => call.status)).toEqual([500, 200]);
  });

  it('tells the user Slack is busy when it asks to wait longer than a person should', async () => {
    const list = await harness.command(PEOPLE.wang.slack, '/mycases');
    harness.slack.fail('views.open', { status: 429, retryAfterSeconds: 60 });
    const pressed = await harness.press(
      PEOPLE.wang.slack,
      list.responses[0],
      CASE_ACTIONS.menu,
      buttonsIn(list.responses[0]?.blocks ?? [])[0]?.value,
    );
    expect(textOf(pressed.responses[0])).toContain('Slack 暂时繁忙');
  });

  it('reports invalid_auth without retrying: the user gets a reference, /healthz and /metrics show it', async () => {
    const list = await harness.command(PEOPLE.wang.slack, '/mycases');
    harness.slack.fail('views.open', { error: 'invalid_auth' });
    const pressed = await harness.press(
      PEOPLE.wang.slack,
      list.responses[0],
      CASE_ACTIONS.menu,
      buttonsIn(list.responses[0]?.blocks ?? [])[0]?.value,
    );
    expect(pressed.calls.filter((call) => call.method === 'views.open')).toHaveLength(1);
    expect(textOf(pressed.responses[0])).toMatch(/已记录（编号 [0-9a-f]{6}）/);
    const health = await harness.get('/healthz');
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toMatchObject({
      ok: false,
      components: { slack: { ok: false, detail: 'Slack refused the bot token: invalid_auth' }, store: { ok: true } },
    });
    expect((await harness.get('/metrics')).body).toMatch(
      /docket_slack_api_errors_total\{method="views.open",error="invalid_auth"\} 1/,
    );
    harness.app.outbound.lastAuthFailure = undefined;
  });

  it('answers a bug with a reference the user can quote, and logs it with the same reference', async () => {
    const summary = harness.app.services.myCases.summary.bind(harness.app.services.myCases);
    harness.app.services.myCases.summary = () => Promise.reject(new Error('boom'));
    try {
      const reply = textOf((await harness.command(PEOPLE.wang.slack, '/mycases')).responses[0]);
      const reference = /编号 ([0-9a-f]{6})/.exec(reply)?.[1];
      expect(reference).toBeDefined();
      expect(harness.logs.some((line) => line.reference === reference && line.msg === 'handler failed')).toBe(true);
    } finally {
      harness.app.services.myCases.summary = summary;
    }
  });
});

describe(`when the store is down (${testStoreKind})`, () => {
  it('tells people Docket is unavailable, reports it on /healthz, and keeps answering', async () => {
    const { store, harness } = await openSlackCourt();
    try {
      await harness.command(PEOPLE.wang.slack, '/mycases'); // 王明 is now in the identity cache, his summary too
      await store.close();
      for (const [user, text] of [
        [PEOPLE.wang.slack, '逾期'],
        [PEOPLE.zhao.slack, ''],
      ] as const) {
        const result = await harness.command(user, '/mycases', text);
        expect(result.ack.status).toBe(200);
        expect(textOf(result.responses[0])).toContain('Docket 暂时无法访问案件数据');
      }
      const home = await harness.openHome(PEOPLE.li.slack);
      expect(textOf(home.view as never)).toContain('Docket 暂时无法访问案件数据');
      const health = await harness.get('/healthz');
      expect(health.status).toBe(503);
      expect(JSON.parse(health.body).components.store.ok).toBe(false);
      expect((await harness.get('/metrics')).body).toMatch(
        /docket_slack_requests_total\{kind="command",name="\/mycases",outcome="store_unavailable"\} 2/,
      );
    } finally {
      await harness.stop();
    }
  });
});
