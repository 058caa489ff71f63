/**
 * Slack test harness: the real Docket app behind its real HTTP server, a fake Slack Web API, and a
 * client that signs requests exactly as Slack does. Use it for every Slack-facing test (/mycases,
 * /rule, /rankings, /targets, digests):
 *
 *   const store = await createTestStore();
 *   const harness = await SlackHarness.start({ store, now: '2025-06-16T09:00:00+08:00', users: [{ id: 'U1', email: 'a@court.example' }] });
 *   const result = await harness.command('U1', '/mycases', '逾期');
 *   result.ack.status;                 // 200, within Slack's 3 s (result.ack.ackMs)
 *   result.responses[0]?.blocks;       // what was posted to the command's response_url
 *   result.calls;                      // every Slack call the request caused (views.open, chat.postMessage …)
 *   await harness.press('U1', result.responses[0], 'mycases.next');   // a button in that response
 *   harness.slack.fail('chat.postMessage', { status: 429, retryAfterSeconds: 1 });   // 429, 500, { error: 'invalid_auth' }
 *   await harness.stop();              // the store stays open: close it yourself
 *
 * `result` arrives after the handler finished (the app's in-flight counter drained), so assertions
 * need no sleeps. The app keeps Slack's pace (a post per channel a little over a second apart, Retry-After)
 * on a clock of its own that a wait moves forward at once: posts keep their order and spacing without the
 * tests waiting for them (test/slack/outbound tests the pacing itself, in fake time), so the fake's
 * `rateLimits`, which count real time, stay off here.
 * `harness.logs` holds the app's JSON log lines; `harness.metrics` its Prometheus counters.
 * Every Block Kit payload the fake receives can be checked with `expectWithinSlackLimits`.
 */
import { Writable } from 'node:stream';
import type { KnownBlock, View } from '@slack/types';
import { createLogger } from '../../src/observability/logger';
import { Metrics } from '../../src/observability/metrics';
import { fixedClock } from '../../src/services/clock';
import type { DocketApp } from '../../src/slack/app';
import { blockProblems, viewProblems } from '../../src/slack/blockKit';
import type { FakeSlackUser, RecordedCall } from '../../src/devtools/localSlack/fakeSlackApi';
import { FaultySlackApi } from './faultySlack';
import { startLocalDocket } from '../../src/devtools/localSlack/localDocket';
import type { PacingOptions } from '../../src/slack/outbound';
import type { SignedSlackClient, SignedResponse, Tampering } from '../../src/devtools/localSlack/signedRequests';
import type { DocketServer } from '../../src/slack/server';
import type { Store } from '../../src/store';

export { textOf } from './blocks';

export interface HarnessOptions {
  store: Store;
  /** The instant the app believes it is (ISO 8601); the system clock when absent. */
  now?: string;
  users?: FakeSlackUser[];
  courtCode?: string;
}

export interface SlackPayload {
  text?: string;
  blocks?: KnownBlock[];
  replace_original?: boolean;
  /** The response_url this payload was posted to (for pressing its buttons). */
  responseUrl?: string;
}

export interface RequestResult {
  ack: SignedResponse;
  /** Payloads posted to this request's response_url, in order. */
  responses: SlackPayload[];
  /** Every call to the fake Slack while the request was handled. */
  calls: RecordedCall[];
}

export class SlackHarness {
  readonly logs: Array<Record<string, unknown>> = [];

  private constructor(
    readonly store: Store,
    readonly slack: FaultySlackApi,
    readonly app: DocketApp,
    readonly server: DocketServer,
    readonly client: SignedSlackClient,
    readonly metrics: Metrics,
    logs: Array<Record<string, unknown>>,
  ) {
    this.logs = logs;
  }

  static async start(options: HarnessOptions): Promise<SlackHarness> {
    const slack = new FaultySlackApi({ users: options.users ?? [] });
    await slack.start();
    const logs: Array<Record<string, unknown>> = [];
    const logger = createLogger({
      level: 'debug',
      destination: new Writable({
        write(chunk: Buffer, _encoding, done) {
          for (const line of chunk.toString().split('\n').filter(Boolean))
            logs.push(JSON.parse(line) as Record<string, unknown>);
          done();
        },
      }),
    });
    const metrics = new Metrics();
    const { app, server, client } = await startLocalDocket({
      store: options.store,
      slack,
      logger,
      metrics,
      pacing: paceInVirtualTime(),
      ...(options.now ? { clock: fixedClock(options.now) } : {}),
      ...(options.courtCode ? { courtCode: options.courtCode } : {}),
    });
    return new SlackHarness(options.store, slack, app, server, client, metrics, logs);
  }

  /** Waits until every handler the app is running has finished. */
  async settle(): Promise<void> {
    // Bolt runs the listener after the ack is written; give it a turn of the event loop to start.
    await new Promise((resolve) => setImmediate(resolve));
    if (!(await this.app.inFlight.drain(15_000))) throw new Error('handlers still running after 15 s');
  }

  private async during(send: () => Promise<SignedResponse>, responseUrl?: string): Promise<RequestResult> {
    const before = this.slack.calls.length;
    const ack = await send();
    await this.settle();
    const calls = this.slack.calls.slice(before);
    const responses = responseUrl
      ? this.slack.responsesTo(responseUrl).map((call) => ({ ...(call.args as SlackPayload), responseUrl }))
      : [];
    return { ack, responses, calls };
  }

  command(
    userId: string,
    command: string,
    text = '',
    options: { channelId?: string; tampering?: Tampering } = {},
  ): Promise<RequestResult> {
    const responseUrl = this.slack.responseUrl();
    return this.during(
      () =>
        this.client.command(
          command,
          text,
          { userId, responseUrl, ...(options.channelId ? { channelId: options.channelId } : {}) },
          options.tampering,
        ),
      responseUrl,
    );
  }

  /** Presses the button with this action_id (and, if given, value) in a message Docket sent. */
  press(userId: string, message: SlackPayload | undefined, actionId: string, value?: string): Promise<RequestResult> {
    const button = buttonsIn(message?.blocks ?? []).find(
      (candidate) => candidate.actionId === actionId && (value === undefined || candidate.value === value),
    );
    if (!button) throw new Error(`no button ${actionId}${value ? `=${value}` : ''} in the message`);
    const responseUrl = this.slack.responseUrl();
    return this.during(() => this.client.blockAction(actionOf(button), { userId, responseUrl }), responseUrl);
  }

  /** Presses a button (or picks a ⋯ option) inside a modal Docket opened (a views.open or views.push call). */
  pressInView(userId: string, view: Record<string, unknown>, actionId: string, value?: string): Promise<RequestResult> {
    const button = buttonsIn((view.blocks as KnownBlock[] | undefined) ?? []).find(
      (candidate) => candidate.actionId === actionId && (value === undefined || candidate.value === value),
    );
    if (!button) throw new Error(`no button ${actionId}${value ? `=${value}` : ''} in the window`);
    return this.during(() =>
      this.client.blockAction(actionOf(button), { userId, view: { id: 'VMODAL', type: 'modal', ...view } }),
    );
  }

  /** Picks an option (by its value, or the metric its JSON value names) in a select menu of a message Docket sent. */
  select(userId: string, message: SlackPayload | undefined, actionId: string, match: string): Promise<RequestResult> {
    const menu = (message?.blocks ?? [])
      .flatMap((block) => ((block as { elements?: unknown[] }).elements ?? []) as Array<Record<string, unknown>>)
      .find((element) => element.type === 'static_select' && element.action_id === actionId);
    const option = ((menu?.options ?? []) as Array<{ value: string }>).find(
      (candidate) => candidate.value === match || candidate.value.includes(`"${match}"`),
    );
    if (!option) throw new Error(`no option ${match} in the menu ${actionId}`);
    const responseUrl = this.slack.responseUrl();
    return this.during(
      () => this.client.blockAction({ actionId, selectedOption: option.value }, { userId, responseUrl }),
      responseUrl,
    );
  }

  /** Presses a button on the user's App Home tab. */
  pressOnHome(userId: string, actionId: string, value?: string): Promise<RequestResult> {
    const home = this.slack.homeView(userId) as { id?: string; blocks?: KnownBlock[] } | undefined;
    const button = buttonsIn(home?.blocks ?? []).find(
      (candidate) => candidate.actionId === actionId && (value === undefined || candidate.value === value),
    );
    if (!button) throw new Error(`no button ${actionId} on App Home`);
    return this.during(() =>
      this.client.blockAction(actionOf(button), { userId, view: { id: 'VHOME', type: 'home', ...home } }),
    );
  }

  /** Submits a modal; `privateMetadata` is what the view Docket opened carried (views.open's view.private_metadata). */
  submitView(
    userId: string,
    callbackId: string,
    values: Record<string, Record<string, unknown>>,
    privateMetadata?: string,
  ): Promise<RequestResult> {
    return this.during(() =>
      this.client.viewSubmission(
        { callbackId, values, ...(privateMetadata !== undefined ? { privateMetadata } : {}) },
        { userId },
      ),
    );
  }

  /** Opens the App Home tab and returns the published view. */
  async openHome(userId: string): Promise<{ result: RequestResult; view: View | undefined }> {
    const result = await this.during(() =>
      this.client.event({
        type: 'app_home_opened',
        user: userId,
        channel: `D${userId}`,
        tab: 'home',
        event_ts: `${Date.now() / 1000}`,
      }),
    );
    return { result, view: this.slack.homeView(userId) as View | undefined };
  }

  /**
   * Sends a message in the bot's Messages tab as Slack delivers it (message.im); `extra` adds or overrides
   * fields (subtype, bot_id, ts for a retried delivery). Returns what the bot posted in the conversation.
   */
  async dm(
    userId: string,
    text: string,
    extra: Record<string, unknown> = {},
  ): Promise<{ result: RequestResult; replies: SlackPayload[] }> {
    const channel = `D${userId}`;
    const before = this.slack.messagesIn(channel).length;
    const result = await this.during(() =>
      this.client.event({
        type: 'message',
        channel,
        channel_type: 'im',
        user: userId,
        text,
        ts: `${Date.now() / 1000}`,
        event_ts: `${Date.now() / 1000}`,
        ...extra,
      }),
    );
    return { result, replies: this.slack.messagesIn(channel).slice(before) as SlackPayload[] };
  }

  async get(path: string): Promise<{ status: number; body: string }> {
    const response = await fetch(`${this.server.url}${path}`);
    return { status: response.status, body: await response.text() };
  }

  async stop(): Promise<void> {
    await this.server.close();
    await this.settle();
    this.app.dispose();
    await this.slack.stop();
  }
}

/** Slack's pace on a clock that each wait moves forward instead of waiting (see the file's comment). */
function paceInVirtualTime(): PacingOptions {
  let ahead = 0;
  return {
    now: () => Date.now() + ahead,
    sleep: async (ms) => {
      ahead += ms;
    },
  };
}

export interface ButtonInfo {
  actionId: string;
  value?: string;
  text: string;
  /** An option of an overflow (⋯) menu rather than a button: pressing it picks the option. */
  overflow?: true;
}

/** Every button in some blocks, in order (section accessories and actions blocks), and each option of an overflow menu. */
export function buttonsIn(blocks: readonly unknown[]): ButtonInfo[] {
  const found: ButtonInfo[] = [];
  const visit = (element: unknown): void => {
    if (!element || typeof element !== 'object') return;
    const json = element as Record<string, unknown>;
    if (json.type === 'button' && typeof json.action_id === 'string') {
      found.push({
        actionId: json.action_id,
        ...(typeof json.value === 'string' ? { value: json.value } : {}),
        text: String((json.text as { text?: string })?.text ?? ''),
      });
    }
    if (json.type === 'overflow' && typeof json.action_id === 'string') {
      for (const option of (json.options as Array<{ value: string; text: { text: string } }>) ?? [])
        found.push({ actionId: json.action_id, value: option.value, text: option.text.text, overflow: true });
      return;
    }
    for (const value of Object.values(json)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  blocks.forEach(visit);
  return found;
}

/** What Slack sends for a button press, or for picking an option of an overflow menu. */
function actionOf(button: ButtonInfo): {
  actionId: string;
  value?: string;
  selectedOption?: string;
  type?: 'overflow';
} {
  if (button.overflow) return { actionId: button.actionId, selectedOption: button.value as string, type: 'overflow' };
  return { actionId: button.actionId, ...(button.value !== undefined ? { value: button.value } : {}) };
}

/** Fails the test if any message, modal or Home view Docket sent to the fake breaks Slack's limits. */
export function expectWithinSlackLimits(calls: readonly RecordedCall[]): void {
  const problems: string[] = [];
  for (const call of calls) {
    const args = call.args as { blocks?: KnownBlock[]; view?: View };
    if (args.view) problems.push(...viewProblems(args.view).map((problem) => `${call.method}: ${problem}`));
    else if (args.blocks)
      problems.push(...blockProblems('message', args.blocks).map((problem) => `${call.method}: ${problem}`));
  }
  expect(problems).toEqual([]);
}
