import type { Logger as BoltLogger } from '@slack/logger';
import { WebClient } from '@slack/web-api';

export interface WebClientOptions {
  token: string;
  /** https://slack.com/api/ in production; a proxy or a local fake otherwise (SLACK_API_URL). */
  slackApiUrl: string;
  logger?: BoltLogger;
  timeoutMs?: number;
}

/**
 * The Web API client the outbound module drives. Its own retries are off: the WebClient honours
 * Retry-After only by pausing its private queue, invisibly to metrics, logs and callers, and retries
 * for up to 30 minutes. Outbound retries instead, with a policy per call (interactive or background).
 */
export function createWebClient(options: WebClientOptions): WebClient {
  return new WebClient(options.token, {
    slackApiUrl: options.slackApiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 10_000,
    ...(options.logger ? { logger: options.logger } : {}),
  });
}

export type { WebClient } from '@slack/web-api';
