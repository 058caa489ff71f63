import type { App } from '@slack/bolt';
import type { HomeHandler } from '../handlerContract';
import type { SlackMessage } from '../outbound';
import { guard, type ListenerDeps } from './guard';

/** App Home: each time someone opens the tab, Docket publishes their dashboard (or why it cannot). */
export function registerEvents(app: App, deps: ListenerDeps, home: HomeHandler): void {
  app.event('app_home_opened', async ({ event }) => {
    if (event.tab !== 'home') return;
    const userId = event.user;
    const tell = (message: SlackMessage) =>
      deps.outbound.publishHome(userId, { type: 'home', blocks: message.blocks ?? [] });
    await guard(deps, { kind: 'event', name: 'app_home_opened', slackUserId: userId, tell }, async (actor, logger) => {
      const view = await home.run({ actor, logger, services: deps.services, outbound: deps.outbound, userId });
      await deps.outbound.publishHome(userId, view);
    });
  });
}
