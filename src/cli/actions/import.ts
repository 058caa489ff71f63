import os from 'node:os';
import { z } from 'zod';
import { readEnv } from '../../config/env';
import { chooseLang, type Lang } from '../../i18n/localized';
import { EmptyExportError, UnusableFileError } from '../../cmsExports/readers';
import { REPORT_COLUMN, writeReport } from '../../cmsExports/readers/report';
import { CaseImportService } from '../../services/imports/caseImport';
import { ImportSetupError } from '../../services/imports/court';
import { EventImportService } from '../../services/imports/eventImport';
import { PeopleImportService } from '../../services/imports/peopleImport';
import type { ImportOptions, ImportSummary } from '../../services/imports/summary';
import type { Store } from '../../store';
import { CliError, ExitCode } from '../errors';
import { summaryJson, summaryText } from '../import/output';
import { progressBar } from '../import/progress';
import { parseOptions } from '../options';
import { tuneV8ForImport } from '../import/v8Tuning';
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

type Importer = (
  store: Store,
  file: string,
  options: ImportOptions & { deactivateMissing?: boolean },
) => Promise<ImportSummary>;

const IMPORTERS: Record<'cases' | 'people' | 'events', Importer> = {
  cases: (store, file, options) => new CaseImportService({ store }).run(file, options),
  people: (store, file, options) => new PeopleImportService({ store }).run(file, options),
  events: (store, file, options) => new EventImportService({ store }).run(file, options),
};

/** `docket import cases|people|events <file>`: sets the exit code (1 when rows were rejected). */
export async function importAction(
  kind: 'cases' | 'people' | 'events',
  file: string,
  raw: Record<string, unknown>,
): Promise<void> {
  // On every run, not once when this module loads: a process that has loaded it before (a test worker) still
  // sets them before the store opens.
  tuneV8ForImport();
  process.exitCode = await runImport(IMPORTERS[kind], file, parseOptions(flags, raw));
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
    // An empty export is a data problem of the night's export (exit 1), like rejected rows.
    if (error instanceof EmptyExportError) throw new CliError(error.reason[lang], ExitCode.dataProblems);
    if (error instanceof UnusableFileError || error instanceof ImportSetupError)
      throw new CliError(error.reason[lang], ExitCode.usage);
    throw error;
  } finally {
    bar.stop();
  }
  if (options.report && summary.errors.length > 0) {
    const byRow = new Map<number, string[]>();
    for (const error of summary.errors)
      byRow.set(error.row, [...(byRow.get(error.row) ?? []), `${error.column}: ${error.reason[lang]}`]);
    const rows = [...byRow].map(([row, problems]) => ({ row, problems: problems.join('; ') }));
    await writeReport(
      file,
      options.report,
      summary.headerRow,
      rows,
      REPORT_COLUMN[lang],
      options.encoding ? { encoding: options.encoding } : {},
    );
  }
  console.log(options.json ? summaryJson(summary, lang) : summaryText(summary, lang));
  return summary.rejected > 0 ? ExitCode.dataProblems : ExitCode.ok;
}
