import { SingleBar } from 'cli-progress';
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates';
import { dayIn } from '../../services/clock';
import { seedDemo, StoreNotEmptyError, type SeedProgress, type SeedReport } from '../../devtools/demo/seedDemo';
import { seedDemoRegulations, type RegulationsSeedReport } from '../../devtools/demo/seedRegulations';
import { CliError } from '../errors';
import { writeRulesIndexForNextStart } from '../rulesIndex';
import { withCliStore } from '../store';

const optionsSchema = z.strictObject({
  // tiny (5% of the court's volume) is for tests and is left out of the help on purpose; it imports the demo
  // court's rules but not the national library.
  scale: z.enum(['court', 'region', 'tiny'], { message: '--scale must be court or region' }).default('court'),
  seed: z.coerce
    .number({ message: '--seed must be a whole number' })
    .int('--seed must be a whole number')
    .min(0, '--seed must be between 0 and 4294967295')
    .max(2 ** 32 - 1, '--seed must be between 0 and 4294967295')
    .default(1),
  asOf: z.string().refine(isIsoDate, '--as-of must be a date in YYYY-MM-DD form').optional(),
  reset: z.boolean().optional(),
  json: z.boolean().optional(),
});

/** `docket seed demo`. */
export async function seedDemoAction(raw: unknown): Promise<void> {
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(parsed.error.issues[0]?.message ?? 'invalid options');
  const options = parsed.data;
  const asOf = options.asOf ?? dayIn(new Date());
  const started = Date.now();
  const bar =
    !options.json && process.stderr.isTTY
      ? new SingleBar({
          format: '  seeding {bar} {percentage}% | {value}/{total} cases | court {courts}',
          stream: process.stderr,
        })
      : null;
  const onProgress = (progress: SeedProgress): void => {
    if (bar === null) return;
    if (bar.getTotal() !== progress.casesExpected)
      bar.setTotal(Math.max(progress.casesExpected, progress.casesWritten));
    bar.update(progress.casesWritten, { courts: `${progress.courtsDone}/${progress.courtsTotal}` });
  };
  bar?.start(1, 0, { courts: '0/?' });
  const { report, rules, location } = await withCliStore(async (store) => {
    let report: SeedReport;
    try {
      report = await seedDemo(store, {
        scale: options.scale,
        seed: options.seed,
        asOf,
        reset: options.reset ?? false,
        onProgress,
      });
    } catch (error) {
      if (error instanceof StoreNotEmptyError) throw new CliError(error.message);
      throw error;
    } finally {
      bar?.stop();
    }
    const nationalLibrary = options.scale !== 'tiny';
    const rules = await seedDemoRegulations(store, { nationalLibrary });
    if (rules.imported > 0) await writeRulesIndexForNextStart(store);
    return { report, rules, location: store.location };
  });
  const seconds = (Date.now() - started) / 1000;
  if (options.json)
    console.log(
      JSON.stringify(
        { ...report, rules: { ...rules, rejected: rules.rejected.length }, store: location, seconds },
        null,
        2,
      ),
    );
  else console.log(summary(report, rules, location, seconds));
}

function summary(report: SeedReport, rules: RegulationsSeedReport, location: string, seconds: number): string {
  const n = (value: number): string => value.toLocaleString('en-US');
  return (
    `Seeded ${n(report.courts)} court(s), ${n(report.teams)} teams, ${n(report.people)} people, ${n(report.cases)} cases ` +
    `(${n(report.openCases)} open on ${report.asOf}) and ${n(report.events)} case events into ${location} in ${seconds.toFixed(1)} s (seed ${report.seed}).\n` +
    `Rules: ${rules.imported} of ${rules.files} documents (national laws and the demo court's fictional rules) imported, ${rules.unchanged} already there.\n` +
    'Try: docket users list --role judge, then docket cases list --judge <Slack id> --open'
  );
}
