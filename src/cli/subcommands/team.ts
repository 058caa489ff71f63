import type { Command } from 'commander';
import type * as Actions from '../actions/team';

/** The implementation is loaded when the command runs, not when `docket` starts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/team');

export function registerTeamCommand(program: Command): void {
  const team = program
    .command('team')
    .description('the court’s 审判团队 and their kinds (速裁快审 teams decide 繁简分流)');
  team
    .command('list')
    .description('every team: its kind, whether it is 速裁快审, members, open cases')
    .option('--court <code>', 'the court (法院代字); default DOCKET_COURT or the only one')
    .option('--json', 'print JSON (name, kind, kindKnown, fastTrack, members, openCases)')
    .action((raw: unknown) => actions().teamList(raw));
  team
    .command('set')
    .description('set a team’s kind (audit-logged): 速裁快审, 繁案, 执行, 刑事, 行政, 立案 or 综合')
    .argument('<team>', 'the team’s name, e.g. 速裁快审一团队')
    .requiredOption('--kind <kind>', 'the kind, e.g. 速裁快审')
    .option('--court <code>', 'the court (法院代字); default DOCKET_COURT or the only one')
    .option('--lang <lang>', 'language of messages: zh (default) or en')
    .action((name: string, raw: unknown) => actions().teamSet(name, raw));
}
