import type { Command } from 'commander';
import type * as Actions from '../actions/import';

/** Loaded when an import runs, so `docket --help` and the other commands never load the importers. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const actions = (): typeof Actions => require('../actions/import');

const KINDS = {
  cases: 'cases from a case-management export (案号, 案由, 承办人, 立案日期 …)',
  people: 'the court roster: people, roles and teams (姓名, 工号, 角色, 所属团队 …)',
  events: 'case events: extensions, excluded periods, suspensions, conversions, appeals (案号, 事件类型, 日期 …)',
} as const;

export function registerImportCommand(program: Command): void {
  const command = program
    .command('import')
    .description('import exports from the court’s case-management system (CSV in UTF-8 or GBK, or XLSX)');
  for (const [kind, description] of Object.entries(KINDS) as [keyof typeof KINDS, string][]) {
    const sub = command
      .command(`${kind} <file>`)
      .description(description)
      .option(
        '--mapping <file>',
        'mapping file (YAML/JSON) for headers and values Docket does not know (docs/importing.md)',
      )
      .option('--dry-run', 'validate and show what would change, then write nothing')
      .option('--skip-invalid', 'import the valid rows even when some rows are rejected')
      .option('--report <file>', 'write the rejected rows and their errors as a CSV to fix and re-import')
      .option('--encoding <encoding>', 'CSV encoding: utf8 or gbk (detected when omitted)')
      .option('--json', 'print the summary as JSON')
      .option('--court <code>', '法院代字 of the court (default: DOCKET_COURT, or the only court)')
      .option('--lang <lang>', 'language of messages: zh (default) or en');
    if (kind === 'people')
      sub.option('--deactivate-missing', 'deactivate active people absent from the file (a full roster)');
    sub.action((file: string, raw: Record<string, unknown>) => actions().importAction(kind, file, raw));
  }
}
