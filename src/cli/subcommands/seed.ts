import type { Command } from 'commander';
import type * as Actions from '../actions/seed';

/** The implementation is loaded when the command runs, not when `docket` starts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/seed');

export function registerSeedCommand(program: Command): void {
  const seed = program.command('seed').description('fill the store with synthetic data');
  seed
    .command('demo')
    .description(
      'a synthetic basic court shaped like 包头稀土高新区人民法院 (内0291): three years of cases up to the as-of day, ' +
        'its judges, assistants, clerks, teams, targets and digest schedules (one transaction), then the rule texts shipped in data/ ' +
        "(national laws and the demo court's fictional rules; already imported ones are left as they are). The same options always give the same data. " +
        'It refuses a store that already holds court data unless --reset is given.',
    )
    .option(
      '--scale <scale>',
      'court: one court, about 5,400 cases a year; region: 109 such courts (about 1.7 million cases)',
      'court',
    )
    .option('--seed <n>', 'random seed', '1')
    .option('--as-of <date>', 'the last day of the three years (YYYY-MM-DD); default today in Asia/Shanghai')
    .option(
      '--reset',
      'first delete all court data: courts and everything that belongs to them (teams, people, cases, events, targets, schedules, preferences, digests, audit entries); regulations and imported holiday calendars are kept',
    )
    .option('--json', 'print the summary as JSON')
    .action((raw: unknown) => actions().seedDemoAction(raw));
}
