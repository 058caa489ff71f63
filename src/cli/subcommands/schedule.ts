import type { Command } from 'commander';
import { DIGEST_KINDS } from '../../domain/digests/occasions';
import type * as Actions from '../actions/schedule';
import { ROLES } from '../roles';

/** The implementation is loaded when the command runs, not when `docket` starts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/schedule');

export function registerScheduleCommand(program: Command): void {
  const schedule = program.command('schedule').description('when digests go out and to whom, per court');
  schedule
    .command('list')
    .description('each digest: cron (court time zone), on/off, recipients, next send day on the official calendar')
    .option('--json', 'print JSON')
    .option('--court <code>', 'the court (法院代字); default DOCKET_COURT or the only one')
    .action((raw: { json?: boolean; court?: string }) => actions().scheduleList(raw));
  schedule
    .command('set')
    .description('change one digest schedule (audit-logged)')
    .argument('<kind>', DIGEST_KINDS.join(' | '))
    .option(
      '--cron <expr>',
      'five-field cron in the court time zone, e.g. "30 8 * * *"; non-working days are skipped anyway',
    )
    .option('--enable', 'turn it on')
    .option('--disable', 'turn it off')
    .option('--roles <list>', `comma-separated: ${ROLES.join(',')}`)
    .option(
      '--channels <list>',
      'comma-separated: management, rules, or channel ids (C…); channels get aggregates only',
    )
    .option('--court <code>', 'the court (法院代字); default DOCKET_COURT or the only one')
    .action((kind: string, raw: unknown) => actions().scheduleSet(kind, raw));
}
