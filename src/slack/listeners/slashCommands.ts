import type { App } from '@slack/bolt';
import type { SlashCommand } from '../handlerContract';
import { guard, type ListenerDeps } from './guard';

/**
 * Slash commands ack at once with an empty body (Slack shows nothing until the answer arrives), then
 * the handler replies through the response_url — well inside the 3-second ack window however long
 * the work takes.
 */
export function registerSlashCommands(app: App, deps: ListenerDeps, commands: readonly SlashCommand[]): void {
  for (const command of commands) {
    app.command(command.command, async ({ ack, command: payload }) => {
      await ack();
      const reply = (message: Parameters<ListenerDeps['outbound']['respond']>[1]) =>
        deps.outbound.respond(payload.response_url, message);
      await guard(
        deps,
        {
          kind: 'command',
          name: command.command,
          slackUserId: payload.user_id,
          tell: reply,
          openToAnyone: command.openToAnyone === true,
        },
        (actor, logger, actorNow) =>
          command.run({
            actor,
            logger,
            services: deps.services,
            outbound: deps.outbound,
            text: payload.text ?? '',
            userId: payload.user_id,
            channelId: payload.channel_id,
            triggerId: payload.trigger_id,
            reply,
            actorNow,
          }),
      );
    });
  }
}
