import type { Command } from 'commander';
import type * as Actions from '../actions/digest';

/** The implementation is loaded when the command runs, not when `docket` starts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/digest');

export function registerDigestCommand(program: Command): void {
  program
    .command('digest')
    .description(
      'preview or send a digest now: daily deadlines, the weekly or the monthly report, the weekly rule changes',
    )
    .argument('<kind>', 'daily | weekly | monthly | rules')
    .option('--date <YYYY-MM-DD>', 'the day to send it for (default today, court time)')
    .option('--dry-run', 'print what would be sent (recipients and Block Kit), send nothing')
    .option('--json', 'print JSON: [{"recipient": {"slackUserId"} | {"channel"}, "kind", "period", "blocks"}]')
    .option('--to <email|Slack id>', 'only this person')
    .option('--court <code>', 'the court (法院代字); default DOCKET_COURT or the only one')
    .action((kind: string, raw: unknown) => actions().digestAction(kind, raw));
}
