import type { App } from '@slack/bolt';
import type { ViewSubmissionHandler, ViewSubmissionResult, ViewValues } from '../handlerContract';
import { guard, type ListenerDeps } from './guard';

/**
 * Modal submissions answer in the ack itself (field errors keep the modal open), so the handler runs
 * before the ack; handlers keep to quick validation and one write. Failures close the modal and
 * arrive as a DM.
 */
export function registerViews(app: App, deps: ListenerDeps, handlers: readonly ViewSubmissionHandler[]): void {
  for (const handler of handlers) {
    app.view(handler.callbackId, async ({ ack, body, view }) => {
      let result: ViewSubmissionResult = { close: true };
      let acked = false;
      const userId = body.user.id;
      const tell = async (message: Parameters<ListenerDeps['outbound']['sendDirectMessage']>[1]): Promise<void> => {
        if (!acked) {
          acked = true;
          await ack();
        }
        await deps.outbound.sendDirectMessage(userId, message);
      };
      await guard(
        deps,
        { kind: 'view', name: handler.callbackId, slackUserId: userId, tell },
        async (actor, logger) => {
          result = await handler.run({
            actor,
            logger,
            services: deps.services,
            outbound: deps.outbound,
            callbackId: handler.callbackId,
            values: view.state.values as ViewValues,
            privateMetadata: view.private_metadata,
            userId,
          });
        },
      );
      if (!acked) {
        acked = true;
        // Assigned inside the guarded callback, which the compiler cannot follow.
        const answer = result as ViewSubmissionResult;
        await ack('errors' in answer ? { response_action: 'errors', errors: answer.errors } : undefined);
        if ('after' in answer && answer.after) {
          const after = answer.after;
          await guard(
            deps,
            { kind: 'view', name: `${handler.callbackId}.after`, slackUserId: userId, tell },
            (actor, logger) => after({ actor, logger, services: deps.services, outbound: deps.outbound }),
          );
        }
      }
    });
  }
}
