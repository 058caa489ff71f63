import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics for one running app. Each app gets its own registry, so tests and the console
 * can run several apps in one process without their counters mixing.
 */
export class Metrics {
  readonly registry = new Registry();

  /** Every HTTP request the server answered, by route (slack, healthz, metrics, other) and status. */
  readonly httpRequests = new Counter({
    name: 'docket_http_requests_total',
    help: 'HTTP requests answered, by route and status code',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'docket_http_request_duration_seconds',
    help: 'Time from receiving an HTTP request to sending its response (for Slack: the ack)',
    labelNames: ['route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  /** Slash commands, actions, view submissions and events handled, by outcome. */
  readonly slackRequests = new Counter({
    name: 'docket_slack_requests_total',
    help: 'Slack requests handled, by kind (command, action, view, event), name and outcome',
    labelNames: ['kind', 'name', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly slackHandlerDuration = new Histogram({
    name: 'docket_slack_handler_duration_seconds',
    help: 'Time from receiving a Slack request until its handler finished (response delivered)',
    labelNames: ['kind', 'name'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly slackApiCalls = new Counter({
    name: 'docket_slack_api_calls_total',
    help: 'Calls Docket made to Slack (Web API methods and response_url), by method and outcome',
    labelNames: ['method', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly slackApiErrors = new Counter({
    name: 'docket_slack_api_errors_total',
    help: 'Errors from Slack, by method and error (rate_limited, server_error, invalid_auth, …), retried or not',
    labelNames: ['method', 'error'] as const,
    registers: [this.registry],
  });

  readonly slackApiDuration = new Histogram({
    name: 'docket_slack_api_duration_seconds',
    help: 'Latency of calls to Slack including retries and Retry-After waits',
    labelNames: ['method'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly signatureRejections = new Counter({
    name: 'docket_slack_signature_rejections_total',
    help: 'Requests rejected with 401: unsigned, tampered or older than 5 minutes',
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'docket_' });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
