import { createHmac, randomBytes } from 'node:crypto';

/**
 * Sends requests to a Docket app exactly as Slack does: form-encoded slash commands and
 * interactivity payloads, JSON events, each signed with the signing secret (v0 HMAC-SHA256 over
 * "v0:timestamp:body"). The console, tests and benches all drive the real Bolt app through this.
 */

export interface SignedResponse {
  status: number;
  body: string;
  /** Time until the app answered the HTTP request: Slack's 3-second ack budget. */
  ackMs: number;
}

export interface SlackActor {
  userId: string;
  userName?: string;
  teamId?: string;
  channelId?: string;
}

export interface Tampering {
  /** Unix seconds to sign with (stale or future requests). */
  timestamp?: number;
  /** Send this signature instead of the correct one. */
  signature?: string;
  /** Send no signature headers at all. */
  unsigned?: boolean;
  /** Change the body after signing it. */
  alterBody?: (body: string) => string;
}

/** Slack's v0 signature over the bytes of the body (a string is sent, and signed, as UTF-8). */
function signSlackRequest(signingSecret: string, timestamp: number, body: string | Buffer): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
}

export function newSigningSecret(): string {
  return randomBytes(16).toString('hex');
}

export class SignedSlackClient {
  constructor(
    /** The app's Slack endpoint, e.g. http://127.0.0.1:3000/slack/events. */
    readonly endpoint: string,
    private readonly signingSecret: string,
  ) {}

  command(
    command: string,
    text: string,
    actor: SlackActor & { responseUrl: string; triggerId?: string },
    tampering?: Tampering,
  ): Promise<SignedResponse> {
    const form = new URLSearchParams({
      token: 'deprecated-verification-token',
      team_id: actor.teamId ?? 'T0LOCAL',
      team_domain: 'docket-local',
      channel_id: actor.channelId ?? `D${actor.userId}`,
      channel_name: actor.channelId ? 'court' : 'directmessage',
      user_id: actor.userId,
      user_name: actor.userName ?? actor.userId,
      command,
      text,
      api_app_id: 'A0DOCKET',
      is_enterprise_install: 'false',
      response_url: actor.responseUrl,
      trigger_id: actor.triggerId ?? newTriggerId(),
    });
    return this.send(form.toString(), 'application/x-www-form-urlencoded', tampering);
  }

  /** A button press or a menu pick (block_actions) in a message or view. */
  blockAction(
    action: { actionId: string; value?: string; blockId?: string; selectedOption?: string; type?: 'overflow' },
    actor: SlackActor & {
      responseUrl?: string;
      triggerId?: string;
      view?: Record<string, unknown>;
      messageTs?: string;
    },
    tampering?: Tampering,
  ): Promise<SignedResponse> {
    const payload = {
      type: 'block_actions',
      ...interactionFrom(actor),
      ...(actor.view
        ? { container: { type: 'view', view_id: actor.view.id }, view: actor.view }
        : {
            container: {
              type: 'message',
              message_ts: actor.messageTs ?? '0.0',
              channel_id: actor.channelId ?? `D${actor.userId}`,
              is_ephemeral: true,
            },
            channel: { id: actor.channelId ?? `D${actor.userId}`, name: 'directmessage' },
          }),
      ...(actor.responseUrl ? { response_url: actor.responseUrl } : {}),
      actions: [
        {
          type: action.type ?? (action.selectedOption ? 'static_select' : 'button'),
          action_id: action.actionId,
          block_id: action.blockId ?? 'block',
          ...(action.value !== undefined ? { value: action.value } : {}),
          ...(action.selectedOption ? { selected_option: { value: action.selectedOption } } : {}),
          action_ts: `${Date.now() / 1000}`,
        },
      ],
    };
    return this.sendPayload(payload, tampering);
  }

  /** A modal's submit button: `values` is Slack's view.state.values (block_id → action_id → value). */
  viewSubmission(
    view: {
      id?: string;
      callbackId: string;
      privateMetadata?: string;
      values: Record<string, Record<string, unknown>>;
    },
    actor: SlackActor & { triggerId?: string },
    tampering?: Tampering,
  ): Promise<SignedResponse> {
    const payload = {
      type: 'view_submission',
      ...interactionFrom(actor),
      view: {
        id: view.id ?? 'V0LOCAL',
        type: 'modal',
        callback_id: view.callbackId,
        private_metadata: view.privateMetadata ?? '',
        state: { values: view.values },
        hash: 'local',
      },
    };
    return this.sendPayload(payload, tampering);
  }

  /** An Events API event (app_home_opened …) wrapped in event_callback. */
  event(event: Record<string, unknown>, tampering?: Tampering): Promise<SignedResponse> {
    const body = JSON.stringify({
      token: 'deprecated-verification-token',
      team_id: 'T0LOCAL',
      api_app_id: 'A0DOCKET',
      type: 'event_callback',
      event_id: `Ev${randomBytes(6).toString('hex').toUpperCase()}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: 'T0LOCAL', user_id: 'U0DOCKETBOT', is_bot: true, is_enterprise_install: false }],
      event,
    });
    return this.send(body, 'application/json', tampering);
  }

  private sendPayload(payload: unknown, tampering?: Tampering): Promise<SignedResponse> {
    const form = new URLSearchParams({ payload: JSON.stringify(payload) });
    return this.send(form.toString(), 'application/x-www-form-urlencoded', tampering);
  }

  async send(body: string | Buffer, contentType: string, tampering: Tampering = {}): Promise<SignedResponse> {
    const timestamp = tampering.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = tampering.signature ?? signSlackRequest(this.signingSecret, timestamp, body);
    const sentBody = tampering.alterBody ? tampering.alterBody(body.toString()) : body;
    const headers: Record<string, string> = { 'content-type': contentType };
    if (!tampering.unsigned) {
      headers['x-slack-request-timestamp'] = String(timestamp);
      headers['x-slack-signature'] = signature;
    }
    const started = performance.now();
    const response = await fetch(this.endpoint, { method: 'POST', headers, body: sentBody });
    const text = await response.text();
    return { status: response.status, body: text, ackMs: performance.now() - started };
  }
}

/** Who an interaction (a button press, a modal submission) came from, as Slack says it in every such payload. */
function interactionFrom(actor: SlackActor & { triggerId?: string }) {
  return {
    team: { id: actor.teamId ?? 'T0LOCAL', domain: 'docket-local' },
    user: { id: actor.userId, username: actor.userName ?? actor.userId, team_id: actor.teamId ?? 'T0LOCAL' },
    api_app_id: 'A0DOCKET',
    trigger_id: actor.triggerId ?? newTriggerId(),
  };
}

function newTriggerId(): string {
  return `${Date.now()}.${randomBytes(4).readUInt32BE()}.${randomBytes(8).toString('hex')}`;
}
