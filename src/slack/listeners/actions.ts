import type { App, BlockAction, BlockElementAction } from '@slack/bolt';
import type { ActionHandler } from '../handlerContract';
import type { SlackMessage } from '../outbound';
import { guard, type ListenerDeps } from './guard';

function valueOf(action: BlockElementAction): { value: string | undefined; selected: string | undefined } {
  const value = 'value' in action && typeof action.value === 'string' ? action.value : undefined;
  const selected = 'selected_option' in action && action.selected_option ? action.selected_option.value : undefined;
  return { value, selected };
}

/**
 * Buttons and menus in messages, modals and App Home. Acked at once; replies go through the action's
 * response_url when the button sat in a message, or as a DM otherwise (modals and Home have none).
 */
export function registerActions(app: App, deps: ListenerDeps, handlers: readonly ActionHandler[]): void {
  for (const handler of handlers) {
    app.action<BlockAction>(handler.actionId, async ({ ack, body, action }) => {
      await ack();
      const responseUrl = body.response_url;
      const userId = body.user.id;
      const container = body.view?.type === 'home' ? 'home' : body.view ? 'view' : 'message';
      const reply = async (message: SlackMessage, options?: { replaceOriginal?: boolean }): Promise<void> => {
        if (responseUrl) await deps.outbound.respond(responseUrl, message, options);
        else await deps.outbound.sendDirectMessage(userId, message);
      };
      await guard(
        deps,
        {
          kind: 'action',
          name: handler.actionId,
          slackUserId: userId,
          tell: (message) => reply(message),
          openToAnyone: handler.openToAnyone === true,
        },
        (actor, logger) =>
          handler.run({
            actor,
            logger,
            services: deps.services,
            outbound: deps.outbound,
            actionId: handler.actionId,
            ...valueOf(action),
            userId,
            triggerId: body.trigger_id,
            container,
            viewId: body.view?.id,
            reply,
          }),
      );
    });
  }
}
