import { Option, type Command } from 'commander';
import { COMPARISON_MODES } from '../../domain/metrics/comparison';
import type * as Actions from '../actions/court';

/** The implementation is loaded when the command runs, not when `docket` starts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/court');

export function registerCourtCommand(program: Command): void {
  const court = program
    .command('court')
    .description(
      'the courts in the store: register a court before its first import, name it, choose its digest channels',
    );
  court
    .command('add')
    .description('register a court by its 法院代字 (the code its 案号 carry, e.g. 内0291) and its name (audit-logged)')
    .argument('<code>', '法院代字, e.g. 内0291')
    .argument('<name>', 'the court’s name, e.g. 包头稀土高新技术产业开发区人民法院')
    .option('--json', 'print the court as JSON')
    .option('--lang <lang>', 'language of messages: zh (default) or en')
    .action((code: string, name: string, raw: unknown) => actions().courtAdd(code, name, raw));
  court
    .command('list')
    .description('every court: code, name, teams, active people, open cases, digest channels')
    .option('--json', 'print JSON')
    .action((raw: unknown) => actions().courtList(raw));
  court
    .command('set')
    .description(
      'change a court’s name, team comparison mode, digest channels, CMS link or extension approver (audit-logged)',
    )
    .option('--court <code>', 'the court (法院代字); default DOCKET_COURT or the only one')
    .option('--name <name>', 'a new name')
    .addOption(
      new Option('--comparison <mode>', 'how /rankings and digests compare teams').choices([...COMPARISON_MODES]),
    )
    .option('--management-channel <id>', 'channel id (C…) for the weekly and monthly aggregates, or "none"')
    .option('--rules-channel <id>', 'channel id (C…) for the rules digest, or "none"')
    .option('--send-empty-daily <yes|no>', 'send the daily DM even when a judge has nothing due')
    .option(
      '--fast-track-share <min-max>',
      '繁简分流: the 速裁快审 teams’ target share of 新收, in percent (e.g. 60-70)',
    )
    .option(
      '--cms-url <template>',
      'link every case to the case-management system, e.g. \'https://cms.example/case?ah={caseNumber}\', or "none"',
    )
    .option(
      '--extension-approver-title <职务>',
      'the roster 职务 whose holder approves 延长审限 requests (default 院长; e.g. 分管副院长)',
    )
    .option('--json', 'print the court as JSON')
    .option('--lang <lang>', 'language of messages: zh (default) or en')
    .action((raw: unknown) => actions().courtSet(raw));
}
