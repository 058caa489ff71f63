import os from 'node:os';
import type { Command } from 'commander';
import { z } from 'zod';
import { readEnv } from '../../config/env';
import { chooseLang, type Lang } from '../../import/localized';
import { UnusableFileError } from '../../import/readers';
import { REPORT_COLUMN, writeReport } from '../../import/readers/report';
import { importCases } from '../../services/imports/caseImport';
import { ImportSetupError } from '../../services/imports/court';
import { importEvents } from '../../services/imports/eventImport';
import { importPeople } from '../../services/imports/peopleImport';
import type { ImportOptions, ImportSummary } from '../../services/imports/summary';
import type { Store } from '../../store';
import { CliError, ExitCode } from '../errors';
import { summaryJson, summaryText } from '../import/output';
import { progressBar } from '../import/progress';
import { withCliStore } from '../store';

const flags = z.object({
  mapping: z.string().min(1).optional(),
  dryRun: z.boolean().default(false),
  skipInvalid: z.boolean().default(false),
  report: z.string().min(1).optional(),
  encoding: z.enum(['utf8', 'gbk']).optional(),
  json: z.boolean().default(false),
  court: z.string().min(1).optional(),
  lang: z.enum(['zh', 'zh-CN', 'en']).optional(),
  deactivateMissing: z.boolean().default(false),
});

type Importer = (store: Store, file: string, options: ImportOptions & { deactivateMissing?: boolean }) => Promise<ImportSummary>;

const IMPORTERS: Record<'cases' | 'people' | 'events', { importer: Importer; description: string }> = {
  cases: { importer: importCases, description: 'cases from a case-management export (案号, 案由, 承办人, 立案日期 …)' },
  people: { importer: importPeople, description: 'the court roster: people, roles and teams (姓名, 工号, 角色, 所属团队 …)' },
  events: { importer: importEvents, description: 'case events: extensions, excluded periods, suspensions, conversions, appeals (案号, 事件类型, 日期 …)' },
};

export function registerImportCommand(program: Command): void {
  const command = program.command('import').description('import exports from the court’s case-management system (CSV in UTF-8 or GBK, or XLSX)');
  for (const [kind, { importer, description }] of Object.entries(IMPORTERS)) {
    const sub = command
      .command(`${kind} <file>`)
      .description(description)
      .option('--mapping <file>', 'mapping file (YAML/JSON) for headers and values Docket does not know (docs/importing.md)')
      .option('--dry-run', 'validate and show what would change, then write nothing')
      .option('--skip-invalid', 'import the valid rows even when some rows are rejected')
      .option('--report <file>', 'write the rejected rows and their errors as a CSV to fix and re-import')
      .option('--encoding <encoding>', 'CSV encoding: utf8 or gbk (detected when omitted)')
      .option('--json', 'print the summary as JSON')
      .option('--court <code>', '法院代字 of the court (default: DOCKET_COURT, or the only court)')
      .option('--lang <lang>', 'language of messages: zh (default) or en');
    if (kind === 'people') sub.option('--deactivate-missing', 'deactivate active people absent from the file (a full roster)');
    sub.action(async (file: string, raw: Record<string, unknown>) => {
      const parsed = flags.safeParse(raw);
      if (!parsed.success) throw new CliError(`invalid option ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
      process.exitCode = await runImport(importer, file, parsed.data);
    });
  }
}

async function runImport(importer: Importer, file: string, options: z.infer<typeof flags>): Promise<number> {
  const lang: Lang = chooseLang(options.lang, process.env.LANG);
  const bar = progressBar(!options.json);
  let summary: ImportSummary;
  try {
    summary = await withCliStore((store) =>
      importer(store, file, {
        courtCode: options.court ?? readEnv().DOCKET_COURT,
        mappingFile: options.mapping,
        encoding: options.encoding,
        dryRun: options.dryRun,
        skipInvalid: options.skipInvalid,
        deactivateMissing: options.deactivateMissing,
        actor: `cli:${os.userInfo().username}`,
        onProgress: bar.update,
      }),
    );
  } catch (error) {
    if (error instanceof UnusableFileError || error instanceof ImportSetupError) throw new CliError(error.reason[lang], ExitCode.usage);
    throw error;
  } finally {
    bar.stop();
  }
  if (options.report && summary.errors.length > 0) {
    const byRow = new Map<number, string[]>();
    for (const error of summary.errors) byRow.set(error.row, [...(byRow.get(error.row) ?? []), `${error.column}: ${error.reason[lang]}`]);
    const rows = [...byRow].map(([row, problems]) => ({ row, problems: problems.join('; ') }));
    await writeReport(file, options.report, summary.headerRow, rows, REPORT_COLUMN[lang], options.encoding ? { encoding: options.encoding } : {});
  }
  console.log(options.json ? summaryJson(summary, lang) : summaryText(summary, lang));
  return summary.rejected > 0 ? ExitCode.dataProblems : ExitCode.ok;
}
