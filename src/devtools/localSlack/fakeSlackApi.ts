import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeSocketMode } from './fakeSocketMode';

/**
 * An in-process stand-in for Slack's Web API and response URLs. The local console shows what it
 * captures; tests and benches use it to see every call Docket makes and to make Slack misbehave.
 * It implements only what Docket calls, with Slack's response shapes and error codes.
 */

export interface FakeSlackUser {
  id: string;
  email?: string;
  name?: string;
  /** Slack locale such as zh-CN or en-US. */
  locale?: string;
  deleted?: boolean;
}

export interface RecordedCall {
  /** A Web API method (chat.postMessage), "response_url", or "file_upload". */
  method: string;
  args: Record<string, unknown>;
  /** For response_url calls: the id at the end of the URL. */
  target?: string;
  status: number;
  /** Slack's error code when the call failed. */
  error?: string;
  at: number;
}

export interface RateLimitRules {
  /** chat.postMessage per channel per second (Slack: about 1). */
  perChannelPerSecond?: number;
  /** chat.postMessage across the workspace per minute. */
  workspacePerMinute?: number;
  /**
   * chat.postMessage across the workspace as a token bucket: `burst` posts at once, then `perSecond`.
   * Slack documents a workspace-wide limit without a number; benches pick one and say which.
   */
  workspaceBucket?: { burst: number; perSecond: number };
}

interface StoredMessage {
  channel: string;
  ts: string;
  text?: string;
  blocks?: unknown[];
  metadata?: unknown;
  threadTs?: string;
  files?: Array<{ id: string; name: string }>;
}

interface StoredView {
  id: string;
  hash: string;
  view: Record<string, unknown>;
  userId?: string;
}

const JSON_FIELDS = new Set(['blocks', 'view', 'attachments', 'metadata', 'files']);

export class FakeSlackApi extends EventEmitter {
  readonly calls: RecordedCall[] = [];
  readonly botToken: string;
  /** The App-Level Token apps.connections.open accepts (Socket Mode). */
  readonly appToken = 'xapp-local-fake';
  /** Socket Mode's server side: connect with SLACK_APP_TOKEN = appToken, then send envelopes. */
  readonly socketMode = new FakeSocketMode();
  private server: http.Server | undefined;
  private baseUrl = '';
  private readonly users = new Map<string, FakeSlackUser>();
  private readonly messages = new Map<string, StoredMessage>();
  private readonly views = new Map<string, StoredView>();
  private readonly homeViews = new Map<string, StoredView>();
  private readonly responseUrlUses = new Map<string, number>();
  private readonly uploads = new Map<string, { filename: string; bytes?: Buffer }>();
  private readonly postTimes: number[] = [];
  private readonly channelPostTimes = new Map<string, number[]>();
  /** The workspace bucket's tokens, for the rules object they were counted under (new rules start full). */
  private bucket: { rules: RateLimitRules; tokens: number; at: number } | undefined;
  private sequence = 0;
  rateLimits: RateLimitRules = {};

  constructor(options: { botToken?: string; users?: FakeSlackUser[] } = {}) {
    super();
    this.botToken = options.botToken ?? 'xoxb-local-fake';
    for (const user of options.users ?? []) this.addUser(user);
  }

  async start(port = 0): Promise<void> {
    this.server = http.createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ ok: false, error: 'fake_internal_error', detail: String(error) }));
      });
    });
    this.server.on('upgrade', (request, socket, head) => this.socketMode.handleUpgrade(request, socket, head));
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    const address = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    this.socketMode.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** What SLACK_API_URL should be. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  addUser(user: FakeSlackUser): void {
    this.users.set(user.id, user);
  }

  /** A fresh response_url, as Slack puts in each slash command and action payload. */
  responseUrl(): string {
    this.sequence += 1;
    return `${this.baseUrl}/response/R${this.sequence.toString().padStart(6, '0')}`;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Responses posted to one response_url, in order. */
  responsesTo(responseUrl: string): RecordedCall[] {
    const target = responseUrl.slice(responseUrl.lastIndexOf('/') + 1);
    return this.calls.filter((call) => call.method === 'response_url' && call.target === target && call.status === 200);
  }

  /** The App Home view last published for a user. */
  homeView(userId: string): Record<string, unknown> | undefined {
    return this.homeViews.get(userId)?.view;
  }

  view(viewId: string): Record<string, unknown> | undefined {
    return this.views.get(viewId)?.view;
  }

  /** A file Docket uploaded (the weekly chart), once its bytes have arrived. */
  uploadedFile(fileId: string): { filename: string; bytes: Buffer } | undefined {
    const upload = this.uploads.get(fileId);
    return upload?.bytes ? { filename: upload.filename, bytes: upload.bytes } : undefined;
  }

  /** Messages currently in a channel (after updates), oldest first, thread replies included. */
  messagesIn(channel: string): Array<{
    ts: string;
    text?: string;
    blocks?: unknown[];
    metadata?: unknown;
    threadTs?: string;
    files?: Array<{ id: string; name: string }>;
  }> {
    return [...this.messages.values()]
      .filter((message) => message.channel === channel)
      .sort((a, b) => a.ts.localeCompare(b.ts));
  }

  /** Every channel that has messages. */
  channels(): string[] {
    return [...new Set([...this.messages.values()].map((message) => message.channel))];
  }

  /** Resolves with the first recorded call (past or future) that matches, or rejects after `timeoutMs`. */
  waitForCall(match: (call: RecordedCall) => boolean, timeoutMs = 5000): Promise<RecordedCall> {
    const existing = this.calls.find(match);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const onCall = (call: RecordedCall): void => {
        if (!match(call)) return;
        clearTimeout(timer);
        this.off('call', onCall);
        resolve(call);
      };
      const timer = setTimeout(() => {
        this.off('call', onCall);
        reject(new Error(`no matching Slack call within ${timeoutMs} ms`));
      }, timeoutMs);
      this.on('call', onCall);
    });
  }

  /**
   * What a call to `method` ("response_url" for response URLs) answers instead of its result: nothing here; tests
   * inject failures (test/support/faultySlack.ts).
   */
  protected injectedFailure(_method: string): FakeResult | undefined {
    return undefined;
  }

  private record(call: Omit<RecordedCall, 'at'>): void {
    const recorded = { ...call, at: Date.now() };
    this.calls.push(recorded);
    this.emit('call', recorded);
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.baseUrl);
    const body = await readBody(request);
    if (url.pathname.startsWith('/response/')) {
      this.handleResponseUrl(url.pathname.slice('/response/'.length), body.toString('utf8'), response);
      return;
    }
    if (url.pathname.startsWith('/upload/')) {
      const bytes = await fileBytes(body, request.headers['content-type']);
      this.handleUpload(url.pathname.slice('/upload/'.length), bytes, response);
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      response.writeHead(404).end();
      return;
    }
    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(request.headers['content-type'] ?? '', body.toString('utf8'));
    const token = (request.headers.authorization ?? '').replace(/^Bearer\s+/i, '') || String(args.token ?? '');
    delete args.token;

    const injected = this.injectedFailure(method);
    if (injected) {
      this.reply(method, args, response, injected);
      return;
    }
    if (method === 'apps.connections.open') {
      this.reply(
        method,
        args,
        response,
        token === this.appToken ? ok({ url: `${this.baseUrl.replace('http:', 'ws:')}/socket` }) : fail('invalid_auth'),
      );
      return;
    }
    if (token !== this.botToken) {
      this.reply(method, args, response, { status: 200, body: { ok: false, error: 'invalid_auth' } });
      return;
    }
    this.reply(method, args, response, this.dispatch(method, args));
  }

  private reply(
    method: string,
    args: Record<string, unknown>,
    response: http.ServerResponse,
    result: FakeResult,
    target?: string,
  ): void {
    const error =
      typeof result.body === 'object' && result.body.ok === false
        ? String(result.body.error)
        : result.status === 200
          ? undefined
          : `http_${result.status}`;
    this.record({ method, args, status: result.status, ...(error ? { error } : {}), ...(target ? { target } : {}) });
    response.writeHead(result.status, { 'content-type': 'application/json', ...(result.headers ?? {}) });
    response.end(typeof result.body === 'string' ? result.body : JSON.stringify(result.body));
  }

  private dispatch(method: string, args: Record<string, unknown>): FakeResult {
    switch (method) {
      case 'auth.test':
        return ok({
          url: 'https://docket-local.slack.com/',
          team: 'Docket Local',
          user: 'docket',
          team_id: 'T0LOCAL',
          user_id: 'U0DOCKETBOT',
          bot_id: 'B0DOCKETBOT',
        });
      case 'users.info':
        return this.usersInfo(String(args.user ?? ''));
      case 'users.lookupByEmail': {
        const email = String(args.email ?? '').toLowerCase();
        const user = [...this.users.values()].find((candidate) => candidate.email?.toLowerCase() === email);
        return user ? ok({ user: slackUser(user) }) : fail('users_not_found');
      }
      case 'conversations.open': {
        const users = String(args.users ?? '');
        if (!users || users.includes(',')) return fail('invalid_arguments');
        return ok({ channel: { id: `D${users}` } });
      }
      case 'chat.postMessage':
        return this.postMessage(args);
      case 'chat.postEphemeral':
        if (!args.channel || !args.user) return fail('invalid_arguments');
        if (!args.text && !args.blocks) return fail('no_text');
        return ok({ message_ts: this.nextTs() });
      case 'chat.update': {
        const key = `${String(args.channel)}/${String(args.ts)}`;
        const stored = this.messages.get(key);
        if (!stored) return fail('message_not_found');
        this.messages.set(key, { ...stored, ...pickMessage(args) });
        return ok({ channel: stored.channel, ts: stored.ts });
      }
      case 'views.open':
      case 'views.push':
        if (!args.trigger_id) return fail('invalid_arguments');
        return ok({ view: this.storeView(args.view as Record<string, unknown>) });
      case 'views.update': {
        const existing = this.views.get(String(args.view_id ?? ''));
        if (!existing) return fail('not_found');
        if (args.hash && args.hash !== existing.hash) return fail('hash_conflict');
        return ok({ view: this.storeView(args.view as Record<string, unknown>, existing.id) });
      }
      case 'views.publish': {
        const userId = String(args.user_id ?? '');
        if (!this.users.has(userId)) return fail('user_not_found');
        const view = {
          id: this.homeViews.get(userId)?.id ?? this.nextId('V'),
          hash: this.nextId('h'),
          view: args.view as Record<string, unknown>,
          userId,
        };
        this.homeViews.set(userId, view);
        return ok({ view: { id: view.id, hash: view.hash, ...view.view } });
      }
      case 'files.getUploadURLExternal': {
        const fileId = this.nextId('F');
        this.uploads.set(fileId, { filename: String(args.filename ?? '') });
        return ok({ upload_url: `${this.baseUrl}/upload/${fileId}`, file_id: fileId });
      }
      case 'conversations.history': {
        const channel = String(args.channel ?? '');
        const limit = Number(args.limit ?? 100);
        const messages = this.messagesIn(channel)
          .filter((message) => message.threadTs === undefined)
          .reverse()
          .slice(0, limit)
          .map((message) => ({
            type: 'message',
            ts: message.ts,
            text: message.text,
            ...(args.include_all_metadata && message.metadata ? { metadata: message.metadata } : {}),
          }));
        return ok({ messages, has_more: false });
      }
      case 'conversations.replies': {
        const channel = String(args.channel ?? '');
        const ts = String(args.ts ?? '');
        if (!this.messages.has(`${channel}/${ts}`)) return fail('thread_not_found');
        const messages = this.messagesIn(channel)
          .filter((message) => message.ts === ts || message.threadTs === ts)
          .map((message) => ({
            type: 'message',
            ts: message.ts,
            text: message.text,
            ...(message.files ? { files: message.files } : {}),
          }));
        return ok({ messages, has_more: false });
      }
      case 'files.completeUploadExternal': {
        const files = (args.files as Array<{ id: string; title?: string }> | undefined) ?? [];
        if (files.some((file) => !this.uploads.get(file.id)?.bytes)) return fail('file_not_found');
        if (args.channel_id) {
          const channel = String(args.channel_id);
          const ts = this.nextTs();
          const shared = files.map((file) => ({ id: file.id, name: this.uploads.get(file.id)?.filename ?? '' }));
          this.messages.set(`${channel}/${ts}`, {
            channel,
            ts,
            files: shared,
            ...(args.thread_ts ? { threadTs: String(args.thread_ts) } : {}),
          });
        }
        return ok({
          files: files.map((file) => ({ id: file.id, title: file.title ?? this.uploads.get(file.id)?.filename })),
        });
      }
      default:
        return fail('unknown_method');
    }
  }

  private usersInfo(userId: string): FakeResult {
    const user = this.users.get(userId);
    return user ? ok({ user: slackUser(user) }) : fail('user_not_found');
  }

  private postMessage(args: Record<string, unknown>): FakeResult {
    const channel = String(args.channel ?? '');
    if (!channel) return fail('channel_not_found');
    if (!args.text && !args.blocks) return fail('no_text');
    const limited = this.checkRateLimit(channel);
    if (limited !== undefined)
      return { status: 429, headers: { 'retry-after': String(limited) }, body: { ok: false, error: 'ratelimited' } };
    const ts = this.nextTs();
    this.messages.set(`${channel}/${ts}`, {
      channel,
      ts,
      ...pickMessage(args),
      ...(args.metadata ? { metadata: args.metadata } : {}),
      ...(args.thread_ts ? { threadTs: String(args.thread_ts) } : {}),
    });
    return ok({ channel, ts, message: { ts, ...pickMessage(args) } });
  }

  /** Seconds to wait when the rules are broken, else undefined (and the post is counted). */
  private checkRateLimit(channel: string): number | undefined {
    const now = Date.now();
    const { perChannelPerSecond, workspacePerMinute, workspaceBucket } = this.rateLimits;
    const channelTimes = (this.channelPostTimes.get(channel) ?? []).filter((at) => now - at < 1000);
    if (perChannelPerSecond !== undefined && channelTimes.length >= perChannelPerSecond) return 1;
    while (this.postTimes.length > 0 && now - (this.postTimes[0] as number) >= 60_000) this.postTimes.shift();
    if (workspacePerMinute !== undefined && this.postTimes.length >= workspacePerMinute) {
      return Math.max(1, Math.ceil((60_000 - (now - (this.postTimes[0] as number))) / 1000));
    }
    if (workspaceBucket !== undefined) {
      if (this.bucket?.rules !== this.rateLimits)
        this.bucket = { rules: this.rateLimits, tokens: workspaceBucket.burst, at: now };
      const bucket = this.bucket;
      bucket.tokens = Math.min(
        workspaceBucket.burst,
        bucket.tokens + ((now - bucket.at) / 1000) * workspaceBucket.perSecond,
      );
      bucket.at = now;
      // Retry-After is whole seconds, as Slack sends it: the time until one token is back.
      if (bucket.tokens < 1) return Math.max(1, Math.ceil((1 - bucket.tokens) / workspaceBucket.perSecond));
      bucket.tokens -= 1;
    }
    channelTimes.push(now);
    this.channelPostTimes.set(channel, channelTimes);
    this.postTimes.push(now);
    return undefined;
  }

  private handleResponseUrl(target: string, body: string, response: http.ServerResponse): void {
    let payload: Record<string, unknown>;
    try {
      payload = JSON.parse(body) as Record<string, unknown>;
    } catch {
      this.reply('response_url', {}, response, { status: 400, body: 'invalid_payload' }, target);
      return;
    }
    const injected = this.injectedFailure('response_url');
    if (injected) {
      this.reply('response_url', payload, response, injected, target);
      return;
    }
    const uses = (this.responseUrlUses.get(target) ?? 0) + 1;
    this.responseUrlUses.set(target, uses);
    if (uses > 5) {
      this.reply('response_url', payload, response, { status: 404, body: 'used_url' }, target);
      return;
    }
    if (!payload.text && !payload.blocks) {
      this.reply('response_url', payload, response, { status: 400, body: { ok: false, error: 'no_text' } }, target);
      return;
    }
    this.reply('response_url', payload, response, ok({}), target);
  }

  private handleUpload(fileId: string, body: Buffer, response: http.ServerResponse): void {
    const upload = this.uploads.get(fileId);
    if (!upload) {
      this.reply('file_upload', { fileId }, response, { status: 404, body: 'not_found' });
      return;
    }
    upload.bytes = body;
    this.reply('file_upload', { fileId, filename: upload.filename, bytes: upload.bytes.length }, response, {
      status: 200,
      body: 'OK',
    });
  }

  private storeView(view: Record<string, unknown>, id = this.nextId('V')): Record<string, unknown> {
    const stored = { id, hash: this.nextId('h'), view };
    this.views.set(id, stored);
    return { id, hash: stored.hash, ...view };
  }

  private nextTs(): string {
    this.sequence += 1;
    return `${Math.floor(Date.now() / 1000)}.${this.sequence.toString().padStart(6, '0')}`;
  }

  private nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}${this.sequence.toString(36).toUpperCase().padStart(8, '0')}`;
  }
}

/** An HTTP answer of the fake: status, headers and a JSON (or text) body. */
export interface FakeResult {
  status: number;
  headers?: Record<string, string>;
  body: Record<string, unknown> | string;
}

function ok(fields: Record<string, unknown>): FakeResult {
  return { status: 200, body: { ok: true, ...fields } };
}

export function fail(error: string): FakeResult {
  return { status: 200, body: { ok: false, error } };
}

function slackUser(user: FakeSlackUser): Record<string, unknown> {
  return {
    id: user.id,
    name: user.name ?? user.id,
    real_name: user.name,
    deleted: user.deleted === true,
    is_bot: false,
    locale: user.locale ?? 'zh-CN',
    tz: 'Asia/Shanghai',
    profile: { email: user.email, real_name: user.name },
  };
}

function pickMessage(args: Record<string, unknown>): { text?: string; blocks?: unknown[] } {
  return {
    ...(typeof args.text === 'string' ? { text: args.text } : {}),
    ...(Array.isArray(args.blocks) ? { blocks: args.blocks } : {}),
  };
}

/** What Slack keeps of an upload: the body as sent, or the file part of a multipart form (the WebClient's way). */
async function fileBytes(body: Buffer, contentType: string | undefined): Promise<Buffer> {
  if (!contentType?.startsWith('multipart/form-data')) return body;
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  const file = [...form.values()].find((value) => typeof value !== 'string');
  return file && typeof file !== 'string' ? Buffer.from(await file.arrayBuffer()) : body;
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** The WebClient sends form-encoded bodies with nested values as JSON strings; some callers send JSON. */
function parseArgs(contentType: string, body: string): Record<string, unknown> {
  if (contentType.includes('application/json')) {
    try {
      return JSON.parse(body) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    if (JSON_FIELDS.has(key)) {
      try {
        args[key] = JSON.parse(value);
        continue;
      } catch {
        // Not JSON: keep the string so the recorded call shows exactly what was sent.
      }
    }
    args[key] = value === 'true' ? true : value === 'false' ? false : value;
  }
  return args;
}
