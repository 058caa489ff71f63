import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { readEnv } from '../../config/env';
import { isIsoDate } from '../../domain/dates';
import { addDays, isoWeekOf, monthOf, type ReportPeriod } from '../../domain/digests';
import { ReportDocuments } from '../../digests/reportDocuments';
import { dayIn, systemClock } from '../../services/clock';
import { ReportDataService } from '../../services/digests/reportData';
import { renderPng } from '../../slack/charts/png';
import { CliError } from '../errors';
import { withCliStore } from '../store';
import { chosenCourt } from '../court';

const optionsSchema = z.strictObject({
  date: z.string().refine(isIsoDate, 'the date must be YYYY-MM-DD').optional(),
  docx: z.string().trim().min(1).optional(),
  xlsx: z.string().trim().min(1).optional(),
  locale: z.enum(['zh-CN', 'en'], { error: 'the locale must be zh-CN or en' }).optional(),
  court: z.string().trim().min(1).optional(),
});

/** The week or month to report: the one holding --date, else the last one that has ended; one still running is refused. */
function periodOf(kind: 'weekly' | 'monthly', date: string | undefined, today: string): ReportPeriod {
  const of = kind === 'weekly' ? isoWeekOf : monthOf;
  const period = of(date ?? (kind === 'weekly' ? addDays(today, -7) : addDays(monthOf(today).from, -1)));
  if (period.to >= today)
    throw new CliError(
      `${period.key} has not ended yet (it ends ${period.to}): a report covers a whole ${kind === 'weekly' ? 'week' : 'month'}; choose a day of an earlier one with --date`,
    );
  return period;
}

/** `docket report weekly|monthly`: the 周通报 or 月调度 of a past period as files, as the digest attaches them. */
export async function reportAction(kindArgument: string, raw: unknown): Promise<void> {
  const kind = z.enum(['weekly', 'monthly']).safeParse(kindArgument);
  if (!kind.success) throw new CliError(`the report kind must be weekly or monthly, not ${kindArgument}`);
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(parsed.error.issues[0]?.message ?? 'invalid options');
  const options = parsed.data;
  if (!options.docx && !options.xlsx)
    throw new CliError('say where to write the files: --docx FILE and/or --xlsx FILE');
  const env = readEnv();
  await withCliStore(async (store) => {
    const court = await chosenCourt(store, options.court ?? env.DOCKET_COURT);
    const today = dayIn(systemClock.now(), court.timeZone);
    const period = periodOf(kind.data, options.date, today);
    const reports = new ReportDataService({ store });
    const documents = new ReportDocuments(
      store,
      court.id,
      kind.data === 'weekly'
        ? { kind: 'weekly', report: await reports.weekly(court.id, period, { lastYear: true }) }
        : { kind: 'monthly', report: await reports.monthly(court.id, period, { lastYear: true }) },
      { issuedOn: today, render: renderPng },
    );
    const files = await documents.files(options.locale ?? 'zh-CN');
    const written: string[] = [];
    for (const [path, file] of [
      [options.docx, files.docx],
      [options.xlsx, files.xlsx],
    ] as const) {
      if (!path) continue;
      try {
        await writeFile(path, file.data);
      } catch (error) {
        throw new CliError(`could not write ${path}: ${error instanceof Error ? error.message : String(error)}`);
      }
      written.push(`${path} (${Math.round(file.data.length / 1024)} KiB)`);
    }
    console.log(`${kind.data} ${period.key} (${period.from} – ${period.to}): wrote ${written.join(', ')}`);
  });
}
