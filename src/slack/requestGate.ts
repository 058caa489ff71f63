import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Logger } from '../observability/logger';

/**
 * Every HTTP request for /slack/events passes here before Bolt sees it. Bolt checks the signature and that the
 * request is not older than five minutes, then parses leniently: invalid percent-encoding and invalid UTF-8 are
 * decoded into something, a payload without the user it is from reaches the listeners (and crashes them into a
 * 500). The gate refuses, each with a log line:
 * - a body over the limit: 413;
 * - a missing or wrong signature, or a timestamp more than five minutes from now in either direction: 401;
 * - a correctly signed body that is not what Slack sends — not UTF-8, not valid form encoding or JSON, or missing
 *   what every payload of its kind carries (the user, the command, the actions, the view): 400.
 * What passes goes on to Bolt with the body it has already read.
 */

export interface GateOptions {
  signingSecret: string;
  logger: Logger;
  /** Slack's payloads are a few kilobytes; a modal's state stays far below this. */
  bodyLimitBytes?: number;
  now?: () => number;
}

const DEFAULT_BODY_LIMIT = 1024 * 1024;
const MAX_SKEW_SECONDS = 5 * 60;

/** Slack's ids: users U…/W…, channels C…/D…/G…, teams T…, apps A…, views V… */
const slackId = z.string().regex(/^[A-Z][A-Z0-9]{1,63}$/, 'is not a Slack id');
const userRef = z.looseObject({ id: slackId });

const slashCommand = z.looseObject({
  command: z.string().regex(/^\/[^\s/]+$/, 'is not a slash command'),
  text: z.string(),
  user_id: slackId,
  channel_id: slackId,
  team_id: slackId,
  response_url: z.url(),
  trigger_id: z.string().min(1),
});

const viewRef = z.looseObject({ id: z.string().min(1), type: z.string().min(1) });

const interaction = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('block_actions'),
    user: userRef,
    trigger_id: z.string().min(1),
    actions: z.array(z.looseObject({ action_id: z.string().min(1) })).min(1),
    response_url: z.url().optional(),
    view: viewRef.optional(),
  }),
  z.looseObject({
    type: z.literal('view_submission'),
    user: userRef,
    view: viewRef.extend({
      callback_id: z.string(),
      private_metadata: z.string(),
      state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), z.looseObject({}))) }),
    }),
  }),
  z.looseObject({ type: z.literal('view_closed'), user: userRef, view: viewRef }),
  z.looseObject({ type: z.enum(['shortcut', 'message_action', 'block_suggestion']), user: userRef }),
]);

const eventEnvelope = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('url_verification'), challenge: z.string() }),
  z.looseObject({
    type: z.literal('event_callback'),
    team_id: slackId,
    event: z.union([
      z.looseObject({ type: z.literal('app_home_opened'), user: slackId, tab: z.string() }),
      z.looseObject({ type: z.string().refine((type) => type !== 'app_home_opened') }),
    ]),
  }),
  z.looseObject({ type: z.literal('app_rate_limited') }),
]);

type Verdict = { ok: true } | { ok: false; status: 400 | 401 | 413; problem: string };

const refuse = (status: 400 | 401 | 413, problem: string): Verdict => ({ ok: false, status, problem });

function firstProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`;
}

/** application/x-www-form-urlencoded, strictly: every % starts two hex digits, and the bytes they spell are UTF-8. */
function parseForm(body: string): Map<string, string> | string {
  const fields = new Map<string, string>();
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    if (/%(?![0-9A-Fa-f]{2})/.test(pair)) return 'invalid percent-encoding';
    const separator = pair.indexOf('=');
    const [rawKey, rawValue] = separator < 0 ? [pair, ''] : [pair.slice(0, separator), pair.slice(separator + 1)];
    try {
      fields.set(decodeURIComponent(rawKey.replace(/\+/g, ' ')), decodeURIComponent(rawValue.replace(/\+/g, ' ')));
    } catch {
      return 'percent-encoded bytes that are not UTF-8';
    }
  }
  return fields;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Is this body, already known to be signed, what Slack sends? */
function checkBody(raw: Buffer, contentType: string): Verdict {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
  } catch {
    return refuse(400, 'the body is not UTF-8');
  }
  if (contentType === 'application/json') {
    const json = parseJson(text);
    if (!json.ok) return refuse(400, 'the body is not JSON');
    const event = eventEnvelope.safeParse(json.value);
    return event.success ? { ok: true } : refuse(400, `event ${firstProblem(event.error)}`);
  }
  if (contentType !== 'application/x-www-form-urlencoded') return refuse(400, `unexpected content type ${contentType}`);
  const form = parseForm(text);
  if (typeof form === 'string') return refuse(400, form);
  const payload = form.get('payload');
  if (payload !== undefined) {
    const json = parseJson(payload);
    if (!json.ok) return refuse(400, 'the payload is not JSON');
    const parsed = interaction.safeParse(json.value);
    return parsed.success ? { ok: true } : refuse(400, `interaction ${firstProblem(parsed.error)}`);
  }
  const parsed = slashCommand.safeParse(Object.fromEntries(form));
  return parsed.success ? { ok: true } : refuse(400, `slash command ${firstProblem(parsed.error)}`);
}

function checkSignature(request: IncomingMessage, raw: Buffer, options: GateOptions): Verdict {
  const timestampHeader = request.headers['x-slack-request-timestamp'];
  const signature = request.headers['x-slack-signature'];
  if (typeof timestampHeader !== 'string' || typeof signature !== 'string') return refuse(401, 'unsigned');
  const timestamp = Number(timestampHeader);
  if (!Number.isInteger(timestamp)) return refuse(401, 'the timestamp is not a number');
  const now = options.now?.() ?? Date.now();
  // Bolt refuses only stale requests; one signed for the future is as suspect (a replay kept for later).
  if (Math.abs(now / 1000 - timestamp) > MAX_SKEW_SECONDS)
    return refuse(401, 'the timestamp is more than five minutes from now');
  // Slack signs the bytes it sends: hashing them, not a decoding of them, lets a signed body that is not UTF-8
  // be told apart (400) from a forged one (401).
  const expected = Buffer.from(
    `v0=${createHmac('sha256', options.signingSecret).update(`v0:${timestamp}:`).update(raw).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  const valid = given.length === expected.length && timingSafeEqual(given, expected);
  return valid ? { ok: true } : refuse(401, 'wrong signature');
}

/** Slack checks that an HTTPS endpoint answers with `ssl_check=1`, unsigned; Bolt answers it (and drops the rest). */
const isSslCheck = (raw: Buffer, contentType: string): boolean =>
  contentType === 'application/x-www-form-urlencoded' && /(^|&)ssl_check=1(&|$)/.test(raw.toString('latin1'));

function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      request.resume();
      resolve(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : null));
    request.on('error', reject);
  });
}

export function slackRequestGate(bolt: RequestListener, options: GateOptions): RequestListener {
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const answer = (response: ServerResponse, verdict: Exclude<Verdict, { ok: true }>, contentType: string): void => {
    if (verdict.status !== 401)
      options.logger.warn({ status: verdict.status, problem: verdict.problem, contentType }, 'refused a Slack request');
    response.writeHead(verdict.status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${verdict.problem}\n`);
  };
  return (request, response) => {
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    readBody(request, limit).then(
      (raw) => {
        if (raw === null)
          return answer(response, { ok: false, status: 413, problem: 'the body is too large' }, contentType);
        const verdict = isSslCheck(raw, contentType)
          ? ({ ok: true } as const)
          : ((): Verdict => {
              const signed = checkSignature(request, raw, options);
              return signed.ok ? checkBody(raw, contentType) : signed;
            })();
        if (!verdict.ok) return answer(response, verdict, contentType);
        // Bolt reads a body already buffered from `rawBody` instead of the (consumed) stream.
        (request as IncomingMessage & { rawBody: Buffer }).rawBody = raw;
        return bolt(request, response);
      },
      (error: unknown) => {
        options.logger.warn({ err: error }, 'could not read a Slack request');
        if (!response.headersSent) response.writeHead(400).end();
      },
    );
  };
}
