import type { KnownBlock, View } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../observability/logger';
import type { Metrics } from '../../observability/metrics';
import { BLOCK_KIT_LIMITS, blockProblems, splitIntoMessages, viewProblems, type SlackMessage } from '../blockKit';
import { BlockKitLimitError, classifyHttpStatus, classifySlackCode, mapWebApiError, SlackCallError } from './errors';
import { Pacer, type PacingOptions } from './pacing';

export { BlockKitLimitError, SlackCallError } from './errors';
export type { PacingOptions } from './pacing';
export type { SlackMessage } from '../blockKit';

export interface PostedMessage {
  channel: string;
  ts: string;
}

/** Slack message metadata: an event type and a small JSON payload, returned by conversations.history. */
export interface MessageMetadata {
  eventType: string;
  payload: Record<string, string>;
}

/**
 * interactive: a person is waiting (slash commands, buttons): few attempts, short waits.
 * background: digests and other scheduled sends: patient, honours long Retry-After waits.
 */
type RetryPolicyName = 'interactive' | 'background';

interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A 429 asking to wait longer than this fails the call instead of keeping the caller waiting. */
  maxRetryAfterMs: number;
}

const RETRY_POLICIES: Record<RetryPolicyName, RetryPolicy> = {
  interactive: { attempts: 3, baseDelayMs: 200, maxDelayMs: 1000, maxRetryAfterMs: 5000 },
  background: { attempts: 6, baseDelayMs: 1000, maxDelayMs: 30_000, maxRetryAfterMs: 300_000 },
};

/** Slack lets a response_url be used five times within 30 minutes. */
const RESPONSE_URL_USES = 5;
const RESPONSE_URL_LIFETIME_MS = 30 * 60 * 1000;

export interface SlackUserProfile {
  id: string;
  email?: string;
  /** Slack's locale for the user, e.g. zh-CN or en-US. */
  locale?: string;
  name?: string;
  deleted: boolean;
  isBot: boolean;
}

export interface SendOptions {
  policy?: RetryPolicyName;
}

export interface OutboundDeps {
  client: WebClient;
  logger: Logger;
  metrics: Metrics;
  /** For response_url and file upload URLs. */
  fetch?: typeof fetch;
  pacing?: PacingOptions;
}

/**
 * The one module that talks to Slack. Every post, response, view and file goes through here, so
 * Block Kit limits are checked before sending, long messages are split, Slack errors are mapped to
 * SlackCallError kinds, 429 Retry-After and 5xx backoff are handled in one place, and every call is
 * logged and counted in /metrics. Reads Docket needs (users.info, users.lookupByEmail, auth.test)
 * come through here too, under the same retry and error rules.
 */
export class Outbound {
  private readonly client: WebClient;
  private readonly logger: Logger;
  private readonly metrics: Metrics;
  private readonly fetchFn: typeof fetch;
  private readonly pacer: Pacer;
  private readonly responseUrlUses = new Map<string, { uses: number; firstUsedAt: number }>();
  private readonly dmChannels = new Map<string, string>();
  /** The last auth/permission failure, for /healthz: Slack refusing the token needs an operator. */
  lastAuthFailure: SlackCallError | undefined;

  constructor(deps: OutboundDeps) {
    this.client = deps.client;
    this.logger = deps.logger.child({ component: 'outbound' });
    this.metrics = deps.metrics;
    this.fetchFn = deps.fetch ?? fetch;
    this.pacer = new Pacer(deps.pacing);
  }

  /**
   * Replies through a slash command's or action's response_url, ephemeral to the user. Messages
   * over Slack's limits are sent as several responses (each response_url allows five).
   */
  async respond(
    responseUrl: string,
    message: SlackMessage,
    options: { replaceOriginal?: boolean } = {},
  ): Promise<void> {
    const chunks = this.messageChunks('response_url', message);
    for (const [index, chunk] of chunks.entries()) {
      this.useResponseUrl(responseUrl);
      const payload = {
        response_type: 'ephemeral',
        replace_original: index === 0 && options.replaceOriginal === true,
        ...chunk,
      };
      await this.call('response_url', () => this.postToResponseUrl(responseUrl, payload), { policy: 'interactive' });
    }
  }

  async postEphemeral(channel: string, user: string, message: SlackMessage, options: SendOptions = {}): Promise<void> {
    for (const chunk of this.messageChunks('chat.postEphemeral', message)) {
      await this.api('chat.postEphemeral', { channel, user, ...chunk }, options);
    }
  }

  /** A direct message from the bot to one person; long messages become several, in order. */
  async sendDirectMessage(userId: string, message: SlackMessage, options: SendOptions = {}): Promise<PostedMessage[]> {
    const channel = await this.directChannel(userId, options);
    return this.postToChannel(channel, message, options);
  }

  /** Posts to a channel (or DM channel) at Slack's per-channel pace; long messages become several. */
  async postToChannel(channel: string, message: SlackMessage, options: SendOptions = {}): Promise<PostedMessage[]> {
    const posted: PostedMessage[] = [];
    for (const chunk of this.messageChunks('chat.postMessage', message)) {
      await this.pacer.waitForPostSlot(channel);
      const result = await this.api<{ channel: string; ts: string }>(
        'chat.postMessage',
        { channel, unfurl_links: false, unfurl_media: false, ...chunk },
        { ...options, bucket: `chat.postMessage:${channel}` },
      );
      posted.push({ channel: result.channel, ts: result.ts });
    }
    return posted;
  }

  /** The bot's DM channel with a person (D…), opened once and remembered. */
  openDirectChannel(userId: string, options: SendOptions = {}): Promise<string> {
    return this.directChannel(userId, options);
  }

  /**
   * Posts exactly one message (never split: a caller that records the ts needs one message) with
   * optional message metadata — Docket's marker that lets a retry find the message again.
   */
  async postOneMessage(
    channel: string,
    message: SlackMessage,
    extra: { metadata?: MessageMetadata; threadTs?: string } = {},
    options: SendOptions = {},
  ): Promise<PostedMessage> {
    const [chunk, ...rest] = this.messageChunks('chat.postMessage', message);
    if (!chunk || rest.length > 0)
      throw new BlockKitLimitError('chat.postMessage', ['the message needs more than one post']);
    await this.pacer.waitForPostSlot(channel);
    const result = await this.api<{ channel: string; ts: string }>(
      'chat.postMessage',
      {
        channel,
        unfurl_links: false,
        unfurl_media: false,
        ...chunk,
        ...(extra.metadata
          ? { metadata: { event_type: extra.metadata.eventType, event_payload: extra.metadata.payload } }
          : {}),
        ...(extra.threadTs ? { thread_ts: extra.threadTs } : {}),
      },
      { ...options, bucket: `chat.postMessage:${channel}` },
    );
    return { channel: result.channel, ts: result.ts };
  }

  /** The newest of the bot's recent messages in a channel whose metadata carries this key, if any. */
  async findMessageByMetadata(
    channel: string,
    eventType: string,
    key: string,
    options: SendOptions = {},
  ): Promise<PostedMessage | null> {
    const result = await this.api<{
      messages?: Array<{ ts: string; metadata?: { event_type?: string; event_payload?: Record<string, unknown> } }>;
    }>('conversations.history', { channel, limit: 100, include_all_metadata: true }, options);
    const found = (result.messages ?? []).find(
      (message) => message.metadata?.event_type === eventType && message.metadata.event_payload?.key === key,
    );
    return found ? { channel, ts: found.ts } : null;
  }

  /** A file with this name already shared in a thread (a chart uploaded before a crash), if any. */
  async findFileInThread(
    channel: string,
    threadTs: string,
    filename: string,
    options: SendOptions = {},
  ): Promise<string | null> {
    const result = await this.api<{ messages?: Array<{ files?: Array<{ id: string; name?: string }> }> }>(
      'conversations.replies',
      { channel, ts: threadTs, limit: 100 },
      options,
    );
    for (const message of result.messages ?? []) {
      const file = message.files?.find((candidate) => candidate.name === filename);
      if (file) return file.id;
    }
    return null;
  }

  /** Replaces a message Docket posted earlier (a digest re-sent after a crash, say). */
  async updateMessage(target: PostedMessage, message: SlackMessage, options: SendOptions = {}): Promise<void> {
    const [chunk, ...rest] = this.messageChunks('chat.update', message);
    if (rest.length > 0) throw new BlockKitLimitError('chat.update', ['the new content needs more than one message']);
    await this.api('chat.update', { channel: target.channel, ts: target.ts, ...chunk }, options);
  }

  async openView(triggerId: string, view: View): Promise<{ viewId: string }> {
    this.checkView('views.open', view);
    const result = await this.api<{ view: { id: string } }>(
      'views.open',
      { trigger_id: triggerId, view },
      { policy: 'interactive' },
    );
    return { viewId: result.view.id };
  }

  async pushView(triggerId: string, view: View): Promise<void> {
    this.checkView('views.push', view);
    await this.api('views.push', { trigger_id: triggerId, view }, { policy: 'interactive' });
  }

  async updateView(viewId: string, view: View, hash?: string): Promise<void> {
    this.checkView('views.update', view);
    await this.api('views.update', { view_id: viewId, view, ...(hash ? { hash } : {}) }, { policy: 'interactive' });
  }

  async publishHome(userId: string, view: View, options: SendOptions = {}): Promise<void> {
    this.checkView('views.publish', view);
    await this.api('views.publish', { user_id: userId, view }, options);
  }

  /** Uploads a file (a chart, say) into a channel with files.getUploadURLExternal + completeUploadExternal. */
  async uploadFile(
    input: {
      channel: string;
      filename: string;
      data: Buffer;
      title?: string;
      initialComment?: string;
      threadTs?: string;
    },
    options: SendOptions = {},
  ): Promise<{ fileId?: string }> {
    const result = await this.call(
      'files.uploadV2',
      () => {
        const file = {
          file: input.data,
          filename: input.filename,
          ...(input.title ? { title: input.title } : {}),
          ...(input.initialComment ? { initial_comment: input.initialComment } : {}),
        };
        return input.threadTs
          ? this.client.filesUploadV2({ ...file, channel_id: input.channel, thread_ts: input.threadTs })
          : this.client.filesUploadV2({ ...file, channel_id: input.channel });
      },
      { policy: options.policy ?? 'background' },
    );
    const uploaded = (result as { files?: Array<{ files?: Array<{ id?: string }> }> }).files;
    const fileId = uploaded?.[0]?.files?.[0]?.id;
    return fileId ? { fileId } : {};
  }

  /** The user's profile (email, locale), or null when Slack does not know the user. */
  async userProfile(userId: string): Promise<SlackUserProfile | null> {
    try {
      const result = await this.api<{ user: SlackApiUser }>(
        'users.info',
        { user: userId, include_locale: true },
        { policy: 'interactive' },
      );
      return toProfile(result.user);
    } catch (error) {
      if (error instanceof SlackCallError && error.kind === 'not_found') return null;
      throw error;
    }
  }

  async userIdByEmail(email: string): Promise<string | null> {
    try {
      const result = await this.api<{ user: SlackApiUser }>(
        'users.lookupByEmail',
        { email },
        { policy: 'interactive' },
      );
      return result.user.id;
    } catch (error) {
      if (error instanceof SlackCallError && error.kind === 'not_found') return null;
      throw error;
    }
  }

  /** Who the bot token belongs to; fails with kind "auth" when Slack refuses the token. */
  async authTest(): Promise<{ userId: string; botId: string; teamId: string; team: string }> {
    const result = await this.api<{ user_id: string; bot_id: string; team_id: string; team: string }>(
      'auth.test',
      {},
      { policy: 'interactive' },
    );
    return { userId: result.user_id, botId: result.bot_id, teamId: result.team_id, team: result.team };
  }

  private async directChannel(userId: string, options: SendOptions): Promise<string> {
    const known = this.dmChannels.get(userId);
    if (known) return known;
    const result = await this.api<{ channel: { id: string } }>('conversations.open', { users: userId }, options);
    this.dmChannels.set(userId, result.channel.id);
    return result.channel.id;
  }

  private api<T>(
    method: string,
    args: Record<string, unknown>,
    options: SendOptions & { bucket?: string },
  ): Promise<T> {
    return this.call(method, async () => (await this.client.apiCall(method, args)) as T, options);
  }

  /** One call with Docket's retry rules, pacing, logging and metrics. */
  private async call<T>(
    method: string,
    send: () => Promise<T>,
    options: SendOptions & { bucket?: string },
  ): Promise<T> {
    const policy = RETRY_POLICIES[options.policy ?? 'interactive'];
    const bucket = options.bucket ?? method;
    const stopTimer = this.metrics.slackApiDuration.startTimer({ method });
    try {
      for (let attempt = 1; ; attempt += 1) {
        await this.pacer.waitForBucket(bucket);
        try {
          const result = await send();
          this.metrics.slackApiCalls.inc({ method, outcome: 'ok' });
          if (attempt > 1) this.logger.info({ method, attempt }, 'Slack call succeeded after retrying');
          return result;
        } catch (raw) {
          const error = mapWebApiError(method, raw);
          this.metrics.slackApiErrors.inc({ method, error: error.code });
          if (error.kind === 'auth' || error.kind === 'permission') this.lastAuthFailure = error;
          const wait = this.retryDelay(error, policy, attempt);
          if (wait === undefined) {
            this.metrics.slackApiCalls.inc({ method, outcome: 'error' });
            const level =
              error.kind === 'not_found'
                ? 'info'
                : error.kind === 'auth' || error.kind === 'permission'
                  ? 'error'
                  : 'warn';
            this.logger[level]({ method, error: error.code, kind: error.kind, attempt }, 'Slack call failed');
            throw error;
          }
          this.logger.warn(
            { method, error: error.code, attempt, waitMs: Math.round(wait) },
            'Slack call failed, retrying',
          );
          if (error.kind === 'rate_limited') this.pacer.pause(bucket, wait);
          else await this.pacer.sleep(wait);
        }
      }
    } finally {
      stopTimer();
    }
  }

  /** How long to wait before the next attempt, or undefined to give up. */
  private retryDelay(error: SlackCallError, policy: RetryPolicy, attempt: number): number | undefined {
    if (!error.retryable || attempt >= policy.attempts) return undefined;
    if (error.kind === 'rate_limited') {
      const wait = error.retryAfterMs ?? policy.baseDelayMs;
      return wait <= policy.maxRetryAfterMs ? wait : undefined;
    }
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    // Jitter spreads the retries of many callers that failed together.
    return backoff * (0.5 + Math.random() / 2);
  }

  private async postToResponseUrl(url: string, payload: unknown): Promise<void> {
    let response: Response;
    try {
      response = await this.fetchFn(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      throw new SlackCallError('response_url', 'server_error', 'request_failed');
    }
    const body = await response.text();
    const slackCode = errorCodeIn(body);
    if (response.status === 429) {
      const seconds = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
      throw new SlackCallError(
        'response_url',
        'rate_limited',
        'ratelimited',
        Number.isNaN(seconds) ? undefined : seconds * 1000,
      );
    }
    if (response.status >= 500) throw new SlackCallError('response_url', 'server_error', `http_${response.status}`);
    if (!response.ok) {
      throw new SlackCallError(
        'response_url',
        slackCode ? classifySlackCode(slackCode) : classifyHttpStatus(response.status),
        slackCode ?? `http_${response.status}`,
      );
    }
    if (slackCode) throw new SlackCallError('response_url', classifySlackCode(slackCode), slackCode);
  }

  private useResponseUrl(url: string): void {
    const now = Date.now();
    // Entries are in first-use order, so the expired ones are at the front.
    for (const [known, usage] of this.responseUrlUses) {
      if (now - usage.firstUsedAt <= RESPONSE_URL_LIFETIME_MS) break;
      this.responseUrlUses.delete(known);
    }
    const usage = this.responseUrlUses.get(url) ?? { uses: 0, firstUsedAt: now };
    if (usage.uses >= RESPONSE_URL_USES) throw new SlackCallError('response_url', 'not_found', 'used_url');
    usage.uses += 1;
    this.responseUrlUses.set(url, usage);
  }

  /** The message as Slack-sized chunks, each checked against Block Kit limits. */
  private messageChunks(method: string, message: SlackMessage): Array<{ text: string; blocks?: KnownBlock[] }> {
    const text = truncate(message.text, BLOCK_KIT_LIMITS.messageText);
    if (!message.blocks || message.blocks.length === 0) return [{ text }];
    const chunks = splitIntoMessages(message.blocks);
    const problems = chunks.flatMap((blocks) => blockProblems('message', blocks));
    if (problems.length > 0) throw new BlockKitLimitError(method, problems);
    if (chunks.length > 1) this.logger.info({ method, messages: chunks.length }, 'message split to fit Slack limits');
    return chunks.map((blocks) => ({ text, blocks }));
  }

  private checkView(method: string, view: View): void {
    const problems = viewProblems(view);
    if (problems.length > 0) throw new BlockKitLimitError(method, problems);
  }
}

interface SlackApiUser {
  id: string;
  name?: string;
  real_name?: string;
  deleted?: boolean;
  is_bot?: boolean;
  locale?: string;
  profile?: { email?: string; real_name?: string };
}

function toProfile(user: SlackApiUser): SlackUserProfile {
  const name = user.profile?.real_name ?? user.real_name ?? user.name;
  return {
    id: user.id,
    deleted: user.deleted === true,
    isBot: user.is_bot === true,
    ...(user.profile?.email ? { email: user.profile.email } : {}),
    ...(user.locale ? { locale: user.locale } : {}),
    ...(name ? { name } : {}),
  };
}

function errorCodeIn(body: string): string | undefined {
  const trimmed = body.trim();
  if (trimmed === '' || trimmed === 'ok') return undefined;
  try {
    const parsed = JSON.parse(trimmed) as { ok?: boolean; error?: string };
    return parsed.ok === false ? (parsed.error ?? 'unknown_error') : undefined;
  } catch {
    // Slack answers some response_url failures with a bare word (expired_url, used_url).
    return /^[a-z_]+$/.test(trimmed) ? trimmed : undefined;
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
