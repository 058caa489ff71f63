import { randomBytes } from 'node:crypto';
import { messages, resolveLocale, localeFromSlack, type Locale } from '../../i18n';
import type { Logger } from '../../observability/logger';
import type { Metrics } from '../../observability/metrics';
import { AccessDeniedError, isStoreUnavailable } from '../../services/errors';
import type { InFlight } from '../inFlight';
import type { Actor, AppServices } from '../handlerContract';
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
}

/**
 * Runs one Slack request's handler after the ack: identifies the user, picks their language, and turns
 * every failure into a message in that language — unknown user (whom to ask), access denied, store
 * down ("Docket is unavailable"), or a bug (with a reference to quote) — so nothing crashes and
 * nobody is left without an answer. Counts the outcome and the time in /metrics.
 */
export async function guard(
  deps: ListenerDeps,
  request: GuardedRequest,
  work: (actor: Actor, logger: Logger) => Promise<void>,
): Promise<void> {
  await deps.inFlight.track(async () => {
    const stopTimer = deps.metrics.slackHandlerDuration.startTimer({ kind: request.kind, name: request.name });
    const logger = deps.logger.child({ kind: request.kind, name: request.name, user: request.slackUserId });
    let locale: Locale = localeFromSlack(deps.profiles.knownLocale(request.slackUserId));
    let outcome = 'ok';
    try {
      const identification = await deps.services.identity.identify(request.slackUserId);
      if (identification.kind === 'unknown') {
        outcome = 'unknown_user';
        const profile = await deps.profiles.profile(request.slackUserId).catch(() => null);
        locale = localeFromSlack(profile?.locale);
        logger.info({ reason: identification.reason }, 'request from a Slack user Docket does not know');
        await request.tell(unknownUserNotice(locale, identification));
        return;
      }
      const viewer = identification.viewer;
      const slackLocale = viewer.localePreference
        ? undefined
        : (await deps.profiles.profile(request.slackUserId))?.locale;
      locale = resolveLocale(viewer.localePreference, slackLocale);
      await work({ viewer, locale }, logger.child({ person: viewer.personId }));
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
