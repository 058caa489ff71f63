import { randomBytes } from 'node:crypto';
import { messages, resolveLocale, localeFromSlack, type Locale } from '../../i18n';
import type { Logger } from '../../observability/logger';
import type { Metrics } from '../../observability/metrics';
import { AccessDeniedError, isStoreUnavailable } from '../../services/errors';
import type { InFlight } from '../inFlight';
import type { Actor, AppServices, Visitor } from '../handlerContract';
import { SlackCallError, type Outbound, type SlackMessage } from '../outbound';
import type { SlackProfiles } from '../profiles';
import { internalErrorNotice, notice, unavailableNotice, unknownUserNotice } from '../views/notices';

export interface ListenerDeps {
  services: AppServices;
  outbound: Outbound;
  profiles: SlackProfiles;
  logger: Logger;
  metrics: Metrics;
  inFlight: InFlight;
}

export interface GuardedRequest {
  kind: 'command' | 'action' | 'view' | 'event';
  name: string;
  slackUserId: string;
  /** How to tell the user something when the handler cannot (unknown user, failure). */
  tell: (message: SlackMessage) => Promise<void>;
  /** Open to everyone in the workspace (law text): someone Docket does not know is answered, not turned away. */
  openToAnyone?: boolean;
}

type Identified =
  { kind: 'known'; actor: Actor } | { kind: 'unknown'; visitor: Visitor; notice: SlackMessage; reason: string };

/** The person behind a Slack user and their language: their own setting, else their Slack locale. */
async function identifyActor(deps: ListenerDeps, slackUserId: string): Promise<Identified> {
  const identification = await deps.services.identity.identify(slackUserId);
  if (identification.kind === 'unknown') {
    const profile = await deps.profiles.profile(slackUserId).catch(() => null);
    const locale = localeFromSlack(profile?.locale);
    return {
      kind: 'unknown',
      visitor: { viewer: null, locale },
      notice: unknownUserNotice(locale, identification),
      reason: identification.reason,
    };
  }
  const viewer = identification.viewer;
  const slackLocale = viewer.localePreference ? undefined : (await deps.profiles.profile(slackUserId))?.locale;
  return { kind: 'known', actor: { viewer, locale: resolveLocale(viewer.localePreference, slackLocale) } };
}

/** What a handler is given besides its actor: a logger and a way to see the person afresh (after a settings change). */
export type Work<Who extends Visitor> = (actor: Who, logger: Logger, actorNow: () => Promise<Who>) => Promise<void>;

/**
 * Runs one Slack request's handler after the ack: identifies the user, picks their language, and turns
 * every failure into a message in that language — unknown user (whom to ask), access denied, store
 * down ("Docket is unavailable"), or a bug (with a reference to quote) — so nothing crashes and
 * nobody is left without an answer. Counts the outcome and the time in /metrics.
 */
export async function guard(
  deps: ListenerDeps,
  request: GuardedRequest & { openToAnyone: true },
  work: Work<Visitor>,
): Promise<void>;
export async function guard(deps: ListenerDeps, request: GuardedRequest, work: Work<Actor>): Promise<void>;
export async function guard(deps: ListenerDeps, request: GuardedRequest, work: Work<Actor>): Promise<void> {
  await deps.inFlight.track(async () => {
    const stopTimer = deps.metrics.slackHandlerDuration.startTimer({ kind: request.kind, name: request.name });
    const logger = deps.logger.child({ kind: request.kind, name: request.name, user: request.slackUserId });
    let locale: Locale = localeFromSlack(deps.profiles.knownLocale(request.slackUserId));
    let outcome = 'ok';
    try {
      const identified = await identifyActor(deps, request.slackUserId);
      // Only an open request runs for someone unknown, and its handler takes a Visitor (the overloads say so).
      const actorNow = async (): Promise<Actor> => {
        const again = await identifyActor(deps, request.slackUserId);
        if (again.kind === 'known') return again.actor;
        return request.openToAnyone || identified.kind === 'unknown' ? (again.visitor as Actor) : identified.actor;
      };
      if (identified.kind === 'unknown') {
        locale = identified.visitor.locale;
        logger.info({ reason: identified.reason }, 'request from a Slack user Docket does not know');
        if (!request.openToAnyone) {
          outcome = 'unknown_user';
          await request.tell(identified.notice);
          return;
        }
        await work(identified.visitor as Actor, logger, actorNow);
        return;
      }
      locale = identified.actor.locale;
      await work(identified.actor, logger.child({ person: identified.actor.viewer.personId }), actorNow);
    } catch (error) {
      outcome = await explainFailure(deps, request, locale, logger, error);
    } finally {
      deps.metrics.slackRequests.inc({ kind: request.kind, name: request.name, outcome });
      stopTimer();
    }
  });
}

async function explainFailure(
  deps: ListenerDeps,
  request: GuardedRequest,
  locale: Locale,
  logger: Logger,
  error: unknown,
): Promise<string> {
  let outcome: string;
  let message: SlackMessage;
  if (error instanceof AccessDeniedError) {
    outcome = 'denied';
    logger.info({ reason: error.reason }, 'access denied');
    message = notice(messages(locale).errors.accessDenied[error.reason]);
  } else if (isStoreUnavailable(error)) {
    outcome = 'store_unavailable';
    logger.error({ err: error }, 'the store is unavailable');
    message = unavailableNotice(locale);
  } else if (error instanceof SlackCallError && error.method === 'response_url') {
    // The reply channel itself failed: there is no way left to tell the user.
    logger.warn({ error: error.code }, 'could not deliver the response');
    return 'slack_error';
  } else if (error instanceof SlackCallError && error.retryable) {
    outcome = 'slack_error';
    logger.warn({ method: error.method, error: error.code }, 'Slack refused a call while handling the request');
    message = notice(messages(locale).errors.slackBusy);
  } else {
    outcome = 'error';
    const reference = randomBytes(3).toString('hex');
    logger.error({ err: error, reference }, 'handler failed');
    message = internalErrorNotice(locale, reference);
  }
  try {
    await request.tell(message);
  } catch (tellError) {
    logger.warn({ err: tellError }, 'could not tell the user about the failure');
  }
  return outcome;
}
