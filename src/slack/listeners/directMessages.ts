import type { App } from '@slack/bolt';
import { dayIn } from '../../services/clock';
import { parseQuestion } from '../directMessages/question';
import type { Actor, CommandContext, SlashCommand, Visitor } from '../handlerContract';
import type { SlackMessage } from '../outbound';
import { directHelpMessage } from '../views/directMessages';
import { guard, type ListenerDeps } from './guard';

/** The slash commands that answer questions by direct message: the same handlers, so the same permissions. */
export interface DirectMessageAnswerers {
  cases: SlashCommand;
  rule: SlashCommand;
}

/** The last message keys seen, so a retried delivery (Slack re-sends an event it thinks was lost) is answered once. */
class RecentKeys {
  private readonly keys = new Set<string>();
  constructor(private readonly capacity: number) {}

  /** False when the key was already seen. */
  add(key: string): boolean {
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    if (this.keys.size > this.capacity) this.keys.delete(this.keys.values().next().value as string);
    return true;
  }
}

interface ImMessage {
  channel: string;
  channel_type?: string;
  user?: string;
  text?: string;
  ts: string;
  subtype?: string;
  bot_id?: string;
}

/**
 * The Messages tab: a person's own message to the bot (not a bot's, not an edit or a deletion — those
 * come with a subtype) is read as a question (src/slack/directMessages/question) and answered in the
 * conversation by the slash command that would answer it, run with the same guard: an unknown person
 * is told whom to ask (law questions excepted, as for /rule), a case they may not see gets /mycases's
 * answer. Anything not understood gets the list of questions.
 */
export function registerDirectMessages(app: App, deps: ListenerDeps, answerers: DirectMessageAnswerers): void {
  const seen = new RecentKeys(2000);
  app.event('message', async ({ event }) => {
    const message = event as unknown as ImMessage;
    if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id !== undefined) return;
    const userId = message.user;
    if (!userId || !seen.add(`${message.channel}:${message.ts}`)) return;
    const channel = message.channel;
    const tell = async (reply: SlackMessage) => {
      await deps.outbound.postToChannel(channel, reply, { policy: 'interactive' });
    };
    const question = parseQuestion(message.text ?? '', dayIn(deps.services.clock.now(), deps.services.timeZone));
    const request = { kind: 'event' as const, name: 'message.im', slackUserId: userId, tell };
    const context = <Who extends Visitor>(
      actor: Who,
      logger: CommandContext['logger'],
      actorNow: () => Promise<Who>,
      text: string,
    ): CommandContext<Who> => ({
      actor,
      logger,
      services: deps.services,
      outbound: deps.outbound,
      text,
      userId,
      channelId: channel,
      // A message event carries no trigger: nothing a question answers opens a modal by itself.
      triggerId: '',
      reply: tell,
      actorNow,
    });
    if (question.kind === 'help' || question.kind === 'unknown') {
      await guard(deps, { ...request, openToAnyone: true }, (actor) =>
        tell(directHelpMessage(actor.locale, question.kind === 'unknown')),
      );
      return;
    }
    const command = question.kind === 'cases' ? answerers.cases : answerers.rule;
    if (command.openToAnyone)
      await guard(deps, { ...request, openToAnyone: true }, (actor, logger, actorNow) =>
        command.run(context(actor, logger, actorNow, question.text)),
      );
    else
      await guard(deps, request, (actor: Actor, logger, actorNow) =>
        command.run(context(actor, logger, actorNow, question.text)),
      );
  });
}
