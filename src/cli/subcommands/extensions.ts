import type { Command } from 'commander';
import type * as Actions from '../actions/extensions';

/** The implementation is loaded when the command runs, not when `docket` starts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/extensions');

export function registerExtensionsCommand(program: Command): void {
  const extensions = program
    .command('extensions')
    .description('延长审限 requests decided in Docket, for the staff who enter them in the case-management system');
  extensions
    .command('export')
    .description(
      'write the extensions approved since a day as a CSV for Excel (UTF-8 with BOM): 案号, 承办人, dates, 批准人 …',
    )
    .requiredOption('--since <YYYY-MM-DD>', 'approved on or after this day (court time)')
    .option('--out <file>', 'write the CSV here (default: standard output)')
    .option('--court <code>', 'the court (法院代字); default DOCKET_COURT or the only one')
    .option('--lang <lang>', 'language of messages: zh (default) or en')
    .action((raw: unknown) => actions().extensionsExport(raw));
}
