import type { Command } from 'commander';
import type * as ServeActions from '../actions/serve';
import type * as Actions from '../actions/slack';

/** The implementation (Bolt, the console, pg-boss …) is loaded when the command runs, not when `docket` starts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/slack');
/** Apart from the console's, so that a server's start does not load the demo, the console and their imports. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const serveActions = (): typeof ServeActions => require('../actions/serve');

/** serve, console, demo and fake-slack: the Slack app for real, the same app in a terminal, and Slack played locally. */
export function registerSlackCommands(program: Command): void {
  registerConsoleCommands(program);
  program
    .command('serve')
    .description(
      'run the Slack app: HTTP on PORT (Slack at /slack/events), or Socket Mode when SLACK_APP_TOKEN is set; /healthz and /metrics on PORT',
    )
    .action(() => serveActions().serveAction());
}

function registerConsoleCommands(program: Command): void {
  program
    .command('console')
    .description(
      'a terminal that plays Slack: type slash commands, press buttons by number; runs the real app against a local fake Slack',
    )
    .requiredOption('--as <who>', 'the person to be: an e-mail address or a Slack user id from the staff list')
    .action((raw: unknown) => actions().consoleAction(raw));

  program
    .command('demo')
    .description('the demo court in a terminal: seeds the embedded store if it is empty, then opens the console')
    .option('--as <who>', 'the person to be (default: the judge with the most open cases)')
    .action((raw: unknown) => actions().demoAction(raw));

  program
    .command('fake-slack')
    .description(
      "the console's fake Slack Web API on its own, to run `npm start` or `docket digest` against it without a workspace",
    )
    .option('--port <n>', 'the port to listen on', '3999')
    .option('--files <dir>', 'where to save the files Docket uploads (the weekly chart)', 'slack-files')
    .action((raw: unknown) => actions().fakeSlackAction(raw));
}
