import type { Logger } from '../../observability/logger';
import type { Metrics } from '../../observability/metrics';
import type { Clock } from '../../services/clock';
import type { Store } from '../../store';
import { createDocketApp, type DocketApp } from '../../slack/app';
import type { PacingOptions } from '../../slack/outbound';
import { startServer, type DocketServer } from '../../slack/server';
import type { FakeSlackApi } from './fakeSlackApi';
import { newSigningSecret, SignedSlackClient } from './signedRequests';

export interface LocalDocketOptions {
  store: Store;
  slack: FakeSlackApi;
  logger: Logger;
  metrics: Metrics;
  clock?: Clock;
  courtCode?: string;
  /** See DocketAppOptions.regulationIndexSnapshot. */
  regulationIndexSnapshot?: string;
  /** How the app spaces its posts to Slack; Slack's pace in real time when absent. */
  pacing?: PacingOptions;
}

export interface LocalDocket {
  app: DocketApp;
  server: DocketServer;
  /** Signs each request with the app's secret, as Slack does, and sends it to /slack/events. */
  client: SignedSlackClient;
}

/**
 * The real Docket app behind its real HTTP server on a free local port, with a fresh signing secret,
 * talking to a fake Slack Web API: the console and the Slack tests run Docket exactly as Slack would
 * reach it, and set it up the same way.
 */
export async function startLocalDocket(options: LocalDocketOptions): Promise<LocalDocket> {
  const signingSecret = newSigningSecret();
  const app = createDocketApp({
    store: options.store,
    logger: options.logger,
    metrics: options.metrics,
    botToken: options.slack.botToken,
    slackApiUrl: options.slack.apiUrl,
    connection: { kind: 'http', signingSecret },
    bot: { botId: 'B0DOCKETBOT', botUserId: 'U0DOCKETBOT' },
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.courtCode ? { courtCode: options.courtCode } : {}),
    ...(options.regulationIndexSnapshot ? { regulationIndexSnapshot: options.regulationIndexSnapshot } : {}),
    ...(options.pacing ? { pacing: options.pacing } : {}),
  });
  const server = await startServer(0, {
    slack: app.requestListener,
    health: app.health,
    metrics: options.metrics,
    logger: options.logger,
  });
  return { app, server, client: new SignedSlackClient(`${server.url}/slack/events`, signingSecret) };
}
