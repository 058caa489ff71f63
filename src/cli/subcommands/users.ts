import { Option, type Command } from 'commander';
import type * as Actions from '../actions/users';
import { ROLES } from '../roles';

/** The implementation is loaded when the command runs, not when `docket` starts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/users');

export function registerUsersCommand(program: Command): void {
  const users = program
    .command('users')
    .description('the people Docket knows: judges, assistants, clerks, team leads, administrators');
  users
    .command('list')
    .description('list people, by court and team')
    .option('--json', 'print JSON (name, email, role, team, teamKind, slackUserId, court, active)')
    .addOption(new Option('--role <role>', 'only this role').choices(ROLES))
    .option('--team <name>', 'only this team (its name, e.g. 速裁快审一团队)')
    .option('--court <code>', 'only this court (法院代字, e.g. 内0291); default DOCKET_COURT, else every court')
    .action((raw: unknown) => actions().usersList(raw));
}
