import type { HomeView } from '@slack/types';
import { dayIn } from '../services/clock';
import type { ActionContext, ActionHandler, HandlerContext, HomeHandler } from './handlerContract';
import { HOME_ACTIONS, homeView } from './views/home';
import { settingsModal } from './views/settings';

const HOME_URGENT_CASES = 5;

/**
 * Renders someone's App Home: the view their role has (the court for an administrator, the team for a
 * lead, their own or their judges' cases otherwise), their own caseload too when they carry one, and
 * their settings.
 */
export async function renderHome(context: HandlerContext): Promise<HomeView> {
  const { actor, services } = context;
  const viewer = actor.viewer;
  const asOf = dayIn(services.clock.now(), services.timeZone);
  const main = await services.access.scope(viewer, { kind: 'default' });
  const self = main.kind === 'judges' ? null : await services.access.scope(viewer, { kind: 'self' });
  const [summary, freshness, urgent, preferences, title, own, reminders] = await Promise.all([
    services.myCases.summary(main, asOf),
    services.myCases.freshness(viewer.courtId, asOf),
    services.myCases.page(main, { kind: 'urgent' }, 0, asOf),
    services.preferences.get(viewer.personId),
    services.myCases.title(main),
    self ? services.myCases.summary(self, asOf) : Promise.resolve(null),
    services.reminders.openFor(viewer.personId, asOf),
  ]);
  return homeView(actor.locale, {
    name: viewer.name,
    title,
    main: { summary, urgent: urgent.lines.slice(0, HOME_URGENT_CASES) },
    freshness,
    ...(own !== null && own.open > 0 ? { own } : {}),
    preferences,
    reminders,
  });
}

export const homeHandler: HomeHandler = { run: renderHome };

async function toggleDaily(context: ActionContext): Promise<void> {
  const { actor, services } = context;
  await services.preferences.update(actor.viewer.personId, actor.viewer.slackUserId, {
    dailyDigestEnabled: context.value === 'on',
  });
  await context.outbound.publishHome(context.userId, await renderHome(context));
}

async function toggleRules(context: ActionContext): Promise<void> {
  const { actor, services } = context;
  await services.preferences.update(actor.viewer.personId, actor.viewer.slackUserId, {
    rulesDigestOptIn: context.value === 'on',
  });
  await context.outbound.publishHome(context.userId, await renderHome(context));
}

async function openSettings(context: ActionContext): Promise<void> {
  const current = await context.services.preferences.get(context.actor.viewer.personId);
  await context.outbound.openView(context.triggerId, settingsModal(context.actor.locale, current));
}

export const homeActions: ActionHandler[] = [
  { actionId: HOME_ACTIONS.toggleDaily, run: toggleDaily },
  { actionId: HOME_ACTIONS.toggleRules, run: toggleRules },
  { actionId: HOME_ACTIONS.settings, run: openSettings },
];
