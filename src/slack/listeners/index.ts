import type { App } from '@slack/bolt';
import { docket, docketActions, docketViews } from '../../../commands/docket';
import { mycases, mycasesActions } from '../../../commands/mycases';
import { rankings, rankingsActions } from '../../../commands/rankings';
import { rule, ruleActions } from '../../../commands/rule';
import { targets, targetsActions, targetsViews } from '../../../commands/targets';
import { extensionActions, extensionViews } from '../caseActions/extensions';
import { caseMenuActions } from '../caseActions/menu';
import { reminderActions, reminderViews } from '../caseActions/reminders';
import { homeActions, homeHandler } from '../home';
import { reportDetailsActions } from '../reportDetails';
import { registerActions } from './actions';
import { registerSlashCommands } from './slashCommands';
import { registerEvents } from './events';
import { registerDirectMessages } from './directMessages';
import type { ListenerDeps } from './guard';
import { registerViews } from './views';

export type { ListenerDeps } from './guard';

/** Every Slack entry point Docket answers: one line per command file, plus Home, modals and acting on a case. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  registerSlashCommands(app, deps, [mycases, docket, rule, rankings, targets]);
  registerActions(app, deps, [
    ...mycasesActions,
    ...docketActions,
    ...ruleActions,
    ...targetsActions,
    ...rankingsActions,
    ...homeActions,
    ...caseMenuActions,
    ...reminderActions,
    ...reportDetailsActions,
    ...extensionActions,
  ]);
  registerViews(app, deps, [...docketViews, ...targetsViews, ...reminderViews, ...extensionViews]);
  registerEvents(app, deps, homeHandler);
  registerDirectMessages(app, deps, { cases: mycases, rule });
}
