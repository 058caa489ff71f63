import { ErrorCode, type WebAPIHTTPError, type WebAPIPlatformError, type WebAPIRateLimitedError } from '@slack/web-api';

/**
 * What went wrong, in the terms callers act on:
 * - rate_limited: wait Retry-After and try again;
 * - server_error: Slack or the network failed; retry with backoff;
 * - auth: the token is invalid, revoked or inactive; retrying cannot help, an operator must act;
 * - permission: a scope or setting is missing (reinstall the app from the manifest);
 * - not_found: the user, channel, message, view or response_url no longer exists or has expired;
 * - invalid_request: Slack refused the payload (a bug in Docket, or an expired trigger_id).
 */
export type SlackErrorKind = 'rate_limited' | 'server_error' | 'auth' | 'permission' | 'not_found' | 'invalid_request';

export class SlackCallError extends Error {
  override name = 'SlackCallError';
  constructor(
    readonly method: string,
    readonly kind: SlackErrorKind,
    /** Slack's own error code (invalid_auth, channel_not_found …) or http_<status>. */
    readonly code: string,
    readonly retryAfterMs?: number,
  ) {
    super(`Slack ${method} failed: ${code}`);
  }

  get retryable(): boolean {
    return this.kind === 'rate_limited' || this.kind === 'server_error';
  }
}

/** A payload that breaks Block Kit limits Docket could not split around: a bug in a view, caught before sending. */
export class BlockKitLimitError extends Error {
  override name = 'BlockKitLimitError';
  constructor(
    readonly method: string,
    readonly problems: string[],
  ) {
    super(`${method} payload breaks Slack's limits: ${problems.join('; ')}`);
  }
}

const AUTH_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'org_login_required',
  'ekm_access_denied',
]);
const PERMISSION_ERRORS = new Set([
  'missing_scope',
  'not_allowed_token_type',
  'restricted_action',
  'access_denied',
  'no_permission',
  'team_access_not_granted',
]);
const NOT_FOUND_ERRORS = new Set([
  'channel_not_found',
  'user_not_found',
  'users_not_found',
  'message_not_found',
  'not_in_channel',
  'is_archived',
  'view_not_found',
  'user_not_visible',
  'cannot_dm_bot',
  'expired_url',
  'used_url',
  'no_such_url',
]);
const SERVER_ERRORS = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
]);

/** Classifies a Slack error code (from the Web API or a response_url). */
export function classifySlackCode(code: string): SlackErrorKind {
  if (code === 'ratelimited' || code === 'rate_limited') return 'rate_limited';
  if (AUTH_ERRORS.has(code)) return 'auth';
  if (PERMISSION_ERRORS.has(code)) return 'permission';
  if (NOT_FOUND_ERRORS.has(code)) return 'not_found';
  if (SERVER_ERRORS.has(code)) return 'server_error';
  return 'invalid_request';
}

/** Classifies an HTTP status from Slack (response_url, file upload URL). */
export function classifyHttpStatus(status: number): SlackErrorKind {
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server_error';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 401) return 'auth';
  if (status === 403) return 'permission';
  return 'invalid_request';
}

/** Maps whatever the WebClient threw onto a SlackCallError. */
export function mapWebApiError(method: string, error: unknown): SlackCallError {
  if (error instanceof SlackCallError) return error;
  const code = (error as { code?: string }).code;
  switch (code) {
    case ErrorCode.RateLimitedError:
      return new SlackCallError(
        method,
        'rate_limited',
        'ratelimited',
        (error as WebAPIRateLimitedError).retryAfter * 1000,
      );
    case ErrorCode.PlatformError: {
      const slackCode = (error as WebAPIPlatformError).data.error;
      return new SlackCallError(method, classifySlackCode(slackCode), slackCode);
    }
    case ErrorCode.HTTPError: {
      const status = (error as WebAPIHTTPError).statusCode;
      return new SlackCallError(method, classifyHttpStatus(status), `http_${status}`);
    }
    case ErrorCode.RequestError:
      return new SlackCallError(method, 'server_error', 'request_failed');
    default:
      return new SlackCallError(method, 'server_error', error instanceof Error ? error.name : 'unknown');
  }
}
