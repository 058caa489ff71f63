import type { App } from '@slack/bolt';
import { docket, docketViews } from '../../../commands/docket';
import { mycases, mycasesActions } from '../../../commands/mycases';
import { rule, ruleActions } from '../../../commands/rule';
import { homeActions, homeHandler } from '../home';
import { registerActions } from './actions';
import { registerCommands } from './commands';
import { registerEvents } from './events';
import type { ListenerDeps } from './guard';
import { registerViews } from './views';

export type { ListenerDeps } from './guard';

/** Every Slack entry point Docket answers: one line per command file, plus Home and modals. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  registerCommands(app, deps, [mycases, docket, rule]);
  registerActions(app, deps, [...mycasesActions, ...ruleActions, ...homeActions]);
  registerViews(app, deps, [...docketViews]);
  registerEvents(app, deps, homeHandler);
}
