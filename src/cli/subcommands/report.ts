import type { Command } from 'commander';
import type * as Actions from '../actions/report';

/** The implementation is loaded when the command runs, not when `docket` starts. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/report');

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description(
      'write the 周通报 (weekly) or 月调度 (monthly) of any past period as a Word document and an Excel workbook',
    )
    .argument('<kind>', 'weekly | monthly')
    .option('--date <YYYY-MM-DD>', 'a day of the week or month to report (default: the last one that has ended)')
    .option('--docx <file>', 'write the Word document (.docx) here')
    .option('--xlsx <file>', 'write the Excel workbook (.xlsx) here')
    .option('--locale <zh-CN|en>', 'the language of the files (default zh-CN)')
    .option('--court <code>', 'the court (法院代字); default DOCKET_COURT or the only one')
    .action((kind: string, raw: unknown) => actions().reportAction(kind, raw));
}
