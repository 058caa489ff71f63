import { createLogger, type Logger } from '../observability/logger';
import { Metrics } from '../observability/metrics';
import nodeModule from 'node:module';
import type * as BossModule from '../digests/boss';
import type { DigestScheduler } from '../digests/boss';
import type * as RemindersModule from '../digests/reminders';
import type * as RunnerModule from '../digests/runner';
import { resolveDataDir, type Env } from '../config/env';
import { indexSnapshotFile } from '../services/regulations/indexSnapshot';
import { openStore, storeOptionsFromEnv, type Store } from '../store';
import { createDocketApp, type DocketApp, type SlackConnection } from './app';
import { createWebClient } from './client';
import { Outbound, SlackCallError } from './outbound';
import { startServer, type DocketServer } from './server';

/** Slack credentials are missing or refused; the message says what to set and where to find it. */
export class SlackSetupError extends Error {
  override name = 'SlackSetupError';
}

/** The connection the environment asks for, or the exact variables missing and how to get them. */
function slackConnection(env: Env): SlackConnection {
  if (env.SLACK_BOT_TOKEN && env.SLACK_APP_TOKEN) return { kind: 'socket', appToken: env.SLACK_APP_TOKEN };
  if (env.SLACK_BOT_TOKEN && env.SLACK_SIGNING_SECRET) return { kind: 'http', signingSecret: env.SLACK_SIGNING_SECRET };
  const missing = [
    ...(env.SLACK_BOT_TOKEN ? [] : ['SLACK_BOT_TOKEN']),
    ...(env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN ? [] : ['SLACK_SIGNING_SECRET']),
  ];
  throw new SlackSetupError(
    [
      `Docket cannot connect to Slack: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set.`,
      '',
      '  1. Create the app: https://api.slack.com/apps → Create New App → From a manifest → paste manifest.yml.',
      '  2. Install it to your workspace (Install App), then set:',
      '       SLACK_BOT_TOKEN        the Bot User OAuth Token (xoxb-…), on OAuth & Permissions',
      '       SLACK_SIGNING_SECRET   the Signing Secret, on Basic Information → App Credentials (HTTP mode)',
      '     or, for Socket Mode (no public URL; the manifest turns it on), instead of the signing secret:',
      '       SLACK_APP_TOKEN        an App-Level Token (xapp-…) with connections:write, on Basic Information → App-Level Tokens',
      '  3. Start again, e.g.  SLACK_BOT_TOKEN=xoxb-… SLACK_APP_TOKEN=xapp-… npm start',
      '',
      'No Slack at hand? The same app runs in a terminal: npm run demo   (or: npx docket console --as <email or Slack id>)',
      'More in docs/slack.md.',
    ].join('\n'),
  );
}

export interface RunningDocket {
  app: DocketApp;
  server: DocketServer;
  store: Store;
  /** Absent when DOCKET_SCHEDULER=off. */
  scheduler: DigestScheduler | undefined;
  logger: Logger;
  /** Stops taking requests and jobs, waits for those in flight (up to `graceMs`), closes the store. */
  stop(graceMs?: number): Promise<void>;
}

/** Checks the bot token with auth.test: a refused token is a setup problem, not a crash later. */
async function botIdentity(
  env: Env,
  logger: Logger,
  metrics: Metrics,
): Promise<{ botId: string; botUserId: string; team: string }> {
  const outbound = new Outbound({
    client: createWebClient({ token: env.SLACK_BOT_TOKEN as string, slackApiUrl: env.SLACK_API_URL }),
    logger,
    metrics,
  });
  try {
    const identity = await outbound.authTest();
    return { botId: identity.botId, botUserId: identity.userId, team: identity.team };
  } catch (error) {
    if (error instanceof SlackCallError && (error.kind === 'auth' || error.kind === 'permission')) {
      throw new SlackSetupError(
        `Slack refused SLACK_BOT_TOKEN (${error.code}): copy the Bot User OAuth Token again from OAuth & Permissions, reinstalling the app if it was revoked.`,
      );
    }
    if (error instanceof SlackCallError)
      throw new SlackSetupError(
        `Slack's Web API at ${env.SLACK_API_URL} did not answer (${error.code}); check the network or SLACK_API_URL.`,
      );
    throw error;
  }
}

/**
 * Writes out Node's compile cache (Node 22.10+; bin/docket.js enables it) once start-up's code has loaded: Node writes
 * it at exit otherwise, which a process killed with -9 or by the OOM killer never reaches, and its restart would
 * compile everything again.
 */
function flushCompileCache(): void {
  (nodeModule as { flushCompileCache?: () => void }).flushCompileCache?.();
}

/** The digest scheduler of a server, its code required here: see `serve`. */
function digestScheduler(store: Store, app: DocketApp, logger: Logger): DigestScheduler {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { DigestScheduler } = require('../digests/boss') as typeof BossModule;
  const { ReminderRunner } = require('../digests/reminders') as typeof RemindersModule;
  const { DigestRunner } = require('../digests/runner') as typeof RunnerModule;
  /* eslint-enable @typescript-eslint/no-require-imports */
  return new DigestScheduler({
    store,
    runner: new DigestRunner({ store, outbound: app.outbound, clock: app.services.clock, logger }),
    reminders: new ReminderRunner({
      store,
      outbound: app.outbound,
      clock: app.services.clock,
      logger,
      myCases: app.services.myCases,
    }),
    extensionNotices: app.services.extensionNotices,
    logger,
  });
}

/**
 * `docket serve` / `npm start`: the Slack app over HTTP (Slack at /slack/events) or Socket Mode, and
 * the digest scheduler, with /healthz and /metrics on PORT either way, JSON logs, and a graceful stop
 * on SIGTERM or SIGINT. On the embedded store this process owns the data directory, so the scheduler
 * runs here; on PostgreSQL every instance runs it and pg-boss shares the work.
 */
export async function serve(env: Env, options: { logger?: Logger } = {}): Promise<RunningDocket> {
  const connection = slackConnection(env);
  const logger = options.logger ?? createLogger({ level: env.LOG_LEVEL });
  const metrics = new Metrics({ processMetrics: true });
  const storeOptions = storeOptionsFromEnv(env);
  // The store starts (its WebAssembly, a recovery after a crash) while Slack answers auth.test: neither needs the other.
  const opening = openStore({ ...storeOptions, log: (message) => logger.warn(message) });
  opening.catch(() => undefined); // awaited below, after the token check: not an unhandled rejection meanwhile
  let bot: Awaited<ReturnType<typeof botIdentity>>;
  try {
    bot = await botIdentity(env, logger, metrics);
  } catch (error) {
    await opening.then(
      (store) => store.close(),
      () => undefined,
    );
    throw error;
  }
  const store = await opening;
  const regulationIndexSnapshot = indexSnapshotFile(storeOptions, resolveDataDir(env));
  let app: DocketApp;
  let server: DocketServer;
  let scheduler: DigestScheduler | undefined;
  try {
    app = createDocketApp({
      store,
      logger,
      metrics,
      botToken: env.SLACK_BOT_TOKEN as string,
      slackApiUrl: env.SLACK_API_URL,
      connection,
      bot,
      ...(env.DOCKET_COURT ? { courtCode: env.DOCKET_COURT } : {}),
      ...(regulationIndexSnapshot ? { regulationIndexSnapshot } : {}),
    });
    if (env.DOCKET_SCHEDULER === 'on') {
      // Starting is healthy (as DigestScheduler.health says while pg-boss starts): the scheduler's code is loaded
      // once the server listens, below.
      app.health.register('scheduler', async () => scheduler?.health() ?? { ok: true, detail: 'starting' });
    }
    server = await startServer(env.PORT, { slack: app.requestListener, health: app.health, metrics, logger });
    if (connection.kind === 'socket') await app.bolt.start();
    // Loaded once the server listens, not before: a restart is healthy at once, and a /rule that comes first waits
    // for the same load (from the snapshot, about a second) or, for a citation, is answered from the store.
    const rulesStarted = Date.now();
    const regulations = app.services.regulations;
    void regulations
      .warm()
      .then(
        (rules) => logger.info({ ...rules, sinceStart: Date.now() - rulesStarted }, 'rules index built'),
        (error: unknown) =>
          logger.warn({ err: error }, 'rules index not loaded at start-up; the first /rule tries again'),
      )
      .finally(flushCompileCache);
  } catch (error) {
    await scheduler?.stop();
    await store.close();
    throw error;
  }
  // After listening: pg-boss's start (its schema, the due runs) takes a while, and Slack need not wait for it.
  // /healthz says the scheduler is starting meanwhile; a start that fails stops the whole process, as before.
  try {
    // Its code (pg-boss, pg, the composers, Word and chart rendering: about 0.4 s of CPU) is loaded now too, and
    // not at all by an instance without the scheduler.
    if (env.DOCKET_SCHEDULER === 'on') scheduler = digestScheduler(store, app, logger);
    await scheduler?.start();
  } catch (error) {
    await server.close();
    if (connection.kind === 'socket') await app.bolt.stop();
    app.dispose();
    await store.close();
    throw error;
  }
  const listening = connection.kind === 'http' ? `HTTP on port ${env.PORT}, Slack at /slack/events` : 'Socket Mode';
  logger.info(
    {
      mode: connection.kind,
      port: env.PORT,
      store: store.location,
      workspace: bot.team,
      scheduler: env.DOCKET_SCHEDULER,
    },
    `Docket is running (${listening}; /healthz and /metrics on port ${env.PORT})`,
  );

  let stopping: Promise<void> | undefined;
  const stop = (graceMs = 10_000): Promise<void> => {
    stopping ??= (async () => {
      logger.info({ inFlight: app.inFlight.size }, 'stopping: no new requests, finishing the ones in flight');
      const closed = server.close();
      if (connection.kind === 'socket') await app.bolt.stop();
      // A digest run in progress finishes (or is handed back to the queue) while requests drain;
      // both need the store, which closes last.
      const [drained] = await Promise.all([app.inFlight.drain(graceMs), scheduler?.stop()]);
      if (!drained)
        logger.warn({ inFlight: app.inFlight.size }, `requests still running after ${graceMs} ms; stopping anyway`);
      await closed;
      app.dispose();
      await store.close();
      logger.info('stopped');
      logger.flush();
    })();
    return stopping;
  };
  return { app, server, store, scheduler, logger, stop };
}
