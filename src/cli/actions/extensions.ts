import fs from 'node:fs';
import { z } from 'zod';
import { chooseLang } from '../../i18n/localized';
import { readEnv } from '../../config/env';
import { isIsoDate } from '../../domain/dates';
import { approvedExtensionsCsv, ExtensionExportService } from '../../services/extensionExport';
import { parseOptions } from '../options';
import { withCliStore } from '../store';
import { chosenCourt } from '../court';

const exportOptions = z.strictObject({
  since: z.string().trim().refine(isIsoDate, 'the day must be YYYY-MM-DD'),
  out: z.string().trim().min(1).optional(),
  court: z.string().trim().min(1).optional(),
  lang: z.enum(['zh', 'zh-CN', 'en']).optional(),
});

/** `docket extensions export --since D [--out FILE]`: the CSV on stdout, or in FILE with a count on stdout. */
export async function extensionsExport(raw: unknown): Promise<void> {
  const options = parseOptions(exportOptions, raw);
  const language = chooseLang(options.lang, process.env.LANG);
  const { rows, csv } = await withCliStore(async (store) => {
    const court = await chosenCourt(store, options.court ?? readEnv().DOCKET_COURT);
    const rows = await new ExtensionExportService({ store }).approvedSince(court.id, options.since, court.timeZone);
    return { rows, csv: approvedExtensionsCsv(rows, court.timeZone) };
  });
  if (!options.out) {
    process.stdout.write(csv);
    return;
  }
  await fs.promises.writeFile(options.out, csv);
  const waiting = rows.filter((row) => row.status === 'approved').length;
  console.log(
    language === 'en'
      ? `${rows.length} approved extensions since ${options.since} (${waiting} not yet in the case system) → ${options.out}`
      : `${options.since} 以来批准的延长审限 ${rows.length} 件（其中待录入办案系统 ${waiting} 件）→ ${options.out}`,
  );
}
