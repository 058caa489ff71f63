import type { HomeView } from '@slack/types';
import { dayIn } from '../services/clock';
import type { ActionContext, ActionHandler, HandlerContext, HomeHandler } from './handlerContract';
import { HOME_ACTIONS, homeView } from './views/home';
import { settingsModal } from './views/settings';

const HOME_URGENT_CASES = 5;

/** Renders someone's App Home from their cases, their team's (leads) or court's (admins), and their settings. */
export async function renderHome(context: HandlerContext): Promise<HomeView> {
  const { actor, services } = context;
  const viewer = actor.viewer;
  const asOf = dayIn(services.clock.now(), services.timeZone);
  const own = await services.access.scope(viewer, { kind: 'default' });
  const wideScope =
    viewer.role === 'admin' || (viewer.role === 'team_lead' && viewer.ledTeamId !== null)
      ? await services.access.scope(viewer, { kind: 'team' })
      : null;
  const [summary, freshness, urgent, preferences, wider] = await Promise.all([
    services.myCases.summary(own, asOf),
    services.myCases.freshness(viewer.courtId, asOf),
    services.myCases.page(own, { kind: 'urgent' }, 0, asOf),
    services.preferences.get(viewer.personId),
    wideScope
      ? Promise.all([services.myCases.title(wideScope), services.myCases.summary(wideScope, asOf)])
      : Promise.resolve(null),
  ]);
  return homeView(actor.locale, {
    name: viewer.name,
    own: { summary, urgent: urgent.lines.slice(0, HOME_URGENT_CASES) },
    freshness,
    ...(wider && wideScope && wideScope.kind !== 'judges'
      ? { wider: { kind: wideScope.kind, name: 'name' in wider[0] ? wider[0].name : '', summary: wider[1] } }
      : {}),
    preferences,
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
