import type { RequestListener } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { AccessService } from '../services/access';
import { dayIn, systemClock, type Clock } from '../services/clock';
import { IdentityService } from '../services/identity';
import { MyCasesService } from '../services/myCases';
import { PreferencesService } from '../services/preferences';
import { RankingsService } from '../services/rankings';
import { ReportDetailsService } from '../services/digests/reportDetails';
import { ReadCache } from '../services/readCache';
import { RegulationChangesService } from '../services/regulations/changes';
import { ExtensionNotices } from '../digests/extensionNotices';
import type * as ExtensionFormModule from '../documents/extensionForm';
import { extensionsMessages } from '../i18n/extensions';
import { ExtensionsService } from '../services/extensions';
import { RemindersService } from '../services/reminders';
import { indexSnapshotDeps, RegulationSearchService } from '../services/regulations/search';
import { TargetsService } from '../services/targets';
import type { Store } from '../store';
import { boltLogger } from './boltLogger';
import { createWebClient } from './client';
import type { AppServices } from './handlerContract';
import { Health } from './health';
import { InFlight } from './inFlight';
import { registerListeners } from './listeners';
import { slackRequestGate } from './requestGate';
import { Outbound, type PacingOptions } from './outbound';
import { SlackProfiles } from './profiles';

export type SlackConnection = { kind: 'http'; signingSecret: string } | { kind: 'socket'; appToken: string };

export interface DocketAppOptions {
  store: Store;
  logger: Logger;
  metrics: Metrics;
  botToken: string;
  /** SLACK_API_URL: Slack itself, a proxy, or a local fake. */
  slackApiUrl: string;
  connection: SlackConnection;
  /** From auth.test at start-up; saves Bolt its own auth.test call. */
  bot?: { botId: string; botUserId: string };
  clock?: Clock;
  /** DOCKET_COURT: restricts e-mail matching to one court when the store holds several. */
  courtCode?: string;
  timeZone?: string;
  pacing?: PacingOptions;
  /**
   * Where the rules index snapshot of this store lives (services/regulations/indexSnapshot.ts); none: built at each
   * start. On PostgreSQL the store keeps a copy of it, read when this file is missing.
   */
  regulationIndexSnapshot?: string;
}

export interface DocketApp {
  bolt: App;
  receiver: HTTPReceiver | SocketModeReceiver;
  /** HTTP mode: Slack's requests go to this, through the request gate (the server adds /healthz and /metrics around it). */
  requestListener: RequestListener | undefined;
  outbound: Outbound;
  services: AppServices;
  health: Health;
  inFlight: InFlight;
  /** Releases the caches; the store belongs to the caller. */
  dispose(): void;
}

/**
 * Builds the Bolt app with Docket's listeners, services and outbound module. The same app runs behind
 * `docket serve` (HTTP or Socket Mode), the local console, tests and benches.
 */
export function createDocketApp(options: DocketAppOptions): DocketApp {
  const logger = options.logger;
  const slackLogger = boltLogger(logger);
  const clientOptions = { slackApiUrl: options.slackApiUrl };
  const receiver =
    options.connection.kind === 'http'
      ? new HTTPReceiver({
          signingSecret: options.connection.signingSecret,
          endpoints: '/slack/events',
          logger: slackLogger,
        })
      : new SocketModeReceiver({
          appToken: options.connection.appToken,
          logger: slackLogger,
          installerOptions: { clientOptions },
        });
  const bolt = new App({
    receiver,
    token: options.botToken,
    logger: slackLogger,
    clientOptions,
    ...(options.bot ? { botId: options.bot.botId, botUserId: options.bot.botUserId } : {}),
  });

  const outbound = new Outbound({
    client: createWebClient({ token: options.botToken, slackApiUrl: options.slackApiUrl, logger: slackLogger }),
    logger,
    metrics: options.metrics,
    ...(options.pacing ? { pacing: options.pacing } : {}),
  });
  const cache = new ReadCache();
  const profiles = new SlackProfiles(outbound, cache);
  const prisma = options.store.prisma;
  const access = new AccessService({ prisma });
  const myCases = new MyCasesService({ store: options.store, cache });
  const clock = options.clock ?? systemClock;
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const extensions = new ExtensionsService({ store: options.store, myCases, clock, cache });
  const services: AppServices = {
    clock,
    identity: new IdentityService({
      prisma,
      cache,
      directory: profiles,
      ...(options.courtCode ? { courtCode: options.courtCode } : {}),
    }),
    access,
    preferences: new PreferencesService({ prisma, cache, clock }),
    myCases,
    targets: new TargetsService({ prisma, access }),
    rankings: new RankingsService({ store: options.store }),
    reportDetails: new ReportDetailsService({ store: options.store }),
    // A server answers /rule from the previous texts while an import's changes are indexed, rather than wait.
    regulations: new RegulationSearchService({
      prisma,
      serveWhileRebuilding: true,
      log: (message) => logger.warn(message),
      ...indexSnapshotDeps(options.store, options.regulationIndexSnapshot),
    }),
    regulationChanges: new RegulationChangesService({ prisma }),
    reminders: new RemindersService({ prisma, myCases, clock }),
    extensions,
    extensionNotices: new ExtensionNotices({
      store: options.store,
      outbound,
      clock,
      logger,
      extensions,
      timeZone,
      renderForm: async (request, locale) => {
        // Word rendering (docx, about 0.1 s of CPU to load) is loaded by the first form, not by every start.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { formDate, renderExtensionForm } = require('../documents/extensionForm') as typeof ExtensionFormModule;
        return {
          filename: extensionsMessages(locale).form.filename(request.caseNumber),
          title: extensionsMessages(locale).form.title,
          data: await renderExtensionForm(request, {
            generatedOn: formDate(dayIn(clock.now(), timeZone)),
            timeZone,
          }),
        };
      },
    }),
    timeZone,
  };

  const health = new Health();
  health.register('store', async () => {
    await prisma.$queryRaw`SELECT 1`;
    return { ok: true, detail: options.store.location };
  });
  // Never unhealthy on its account: until the index is in memory, /rule waits for it (a snapshot: about a second).
  health.register('rules', async () => ({
    ok: true,
    detail: services.regulations.ready ? 'index in memory' : 'index loading',
  }));
  health.register('slack', async () =>
    outbound.lastAuthFailure
      ? { ok: false, detail: `Slack refused the bot token: ${outbound.lastAuthFailure.code}` }
      : { ok: true },
  );

  const inFlight = new InFlight();
  registerListeners(bolt, { services, outbound, profiles, logger, metrics: options.metrics, inFlight });
  bolt.error(async (error) => {
    logger.error({ err: error }, 'unhandled error in a Slack listener');
  });

  const requestListener =
    receiver instanceof HTTPReceiver && options.connection.kind === 'http'
      ? slackRequestGate(receiver.requestListener, { signingSecret: options.connection.signingSecret, logger })
      : undefined;
  return { bolt, receiver, requestListener, outbound, services, health, inFlight, dispose: () => cache.close() };
}
