import type { Command } from 'commander';
import type * as Actions from '../actions/cases';

/** The implementation is loaded when the command runs, not when `docket` starts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/cases');

export function registerCasesCommand(program: Command): void {
  const cases = program.command('cases').description('cases in the store');
  cases
    .command('list')
    .description("a judge's cases: open ones first, soonest 审限 first")
    .requiredOption('--judge <id>', "the judge's Slack user id (U…) or e-mail address")
    .option('--open', 'only cases not yet closed')
    .option('--overdue', 'only open cases past their 审限 on the as-of day')
    .option('--limit <n>', 'at most this many cases')
    .option('--as-of <date>', 'count days left from this day (YYYY-MM-DD); default today in Asia/Shanghai')
    .option('--json', 'print JSON (caseNumber, cause, procedure, filedOn, closedOn, deadline, daysLeft, judge, team …)')
    .action((raw: unknown) => actions().casesList(raw));
}
