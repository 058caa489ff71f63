import { z } from 'zod';
import { readEnv } from '../../config/env';
import { isIsoDate } from '../../domain/dates';
import { createLogger } from '../../observability/logger';
import { Metrics } from '../../observability/metrics';
import { dayIn, fixedClock, systemClock } from '../../services/clock';
import { instantAt } from '../../services/digests/cron';
import { DigestRunner } from '../../digests/runner';
import { createWebClient } from '../../slack/client';
import { Outbound } from '../../slack/outbound';
import type { Store } from '../../store';
import { findPeopleByEmail } from '../../store/repositories/people';
import { CliError, ExitCode } from '../errors';
import { chosenCourt } from '../court';
import { withCliStore } from '../store';
import { renderTable } from '../table';

const optionsSchema = z.strictObject({
  date: z.string().refine(isIsoDate, 'the date must be YYYY-MM-DD').optional(),
  dryRun: z.boolean().optional(),
  json: z.boolean().optional(),
  to: z.string().trim().min(1).optional(),
  court: z.string().trim().min(1).optional(),
});

async function personId(store: Store, courtId: number, who: string): Promise<number> {
  const person =
    (await store.prisma.person.findFirst({ where: { courtId, slackUserId: who }, select: { id: true } })) ??
    (await findPeopleByEmail(store.prisma, who, { courtId }))[0];
  if (!person) throw new CliError(`nobody in the court has the e-mail address or Slack id ${who}`);
  return person.id;
}

/** `docket digest <kind>`: preview (--dry-run) or send a digest now. */
export async function digestAction(kindArgument: string, raw: unknown): Promise<void> {
  const kind = z.enum(['daily', 'weekly', 'monthly', 'rules']).safeParse(kindArgument);
  if (!kind.success) throw new CliError(`the digest kind must be daily, weekly, monthly or rules, not ${kindArgument}`);
  const parsed = optionsSchema.safeParse(raw);
  if (!parsed.success) throw new CliError(parsed.error.issues[0]?.message ?? 'invalid options');
  const options = parsed.data;
  const env = readEnv();
  if (!options.dryRun && !env.SLACK_BOT_TOKEN)
    throw new CliError('sending needs SLACK_BOT_TOKEN (use --dry-run to preview without Slack)', ExitCode.environment);
  await withCliStore(async (store) => {
    const court = await chosenCourt(store, options.court ?? env.DOCKET_COURT);
    const day = options.date ?? dayIn(systemClock.now(), court.timeZone);
    const only = options.to ? await personId(store, court.id, options.to) : null;
    const logger = createLogger({ level: env.LOG_LEVEL });
    const outbound = new Outbound({
      client: createWebClient({ token: env.SLACK_BOT_TOKEN ?? 'xoxb-dry-run', slackApiUrl: env.SLACK_API_URL }),
      logger,
      metrics: new Metrics(),
    });
    // A day other than today is previewed as of its last minute, when every personal time has passed.
    const clock = options.date ? fixedClock(instantAt(day, 23 * 60 + 59, court.timeZone)) : systemClock;
    const runner = new DigestRunner({ store, outbound, clock, logger, charts: !options.dryRun });
    const request = await runner.occasionFor(court.id, kind.data, day);
    if (options.dryRun) {
      const digests = request ? (await runner.plan(request, { only, charts: false, ignoreTiming: true })).digests : [];
      if (options.json) {
        console.log(
          JSON.stringify(
            digests.map((digest) => ({
              recipient: digest.recipient,
              kind: digest.kind,
              period: digest.period,
              blocks: digest.blocks,
            })),
            null,
            2,
          ),
        );
      } else if (!request) {
        console.log(`no ${kind.data} digest goes out on ${day} (not its working day)`);
      } else {
        console.log(
          renderTable(
            [
              { header: 'recipient', value: (digest) => digest.name },
              {
                header: 'Slack',
                value: (digest) =>
                  'slackUserId' in digest.recipient ? digest.recipient.slackUserId : digest.recipient.channel,
              },
              { header: 'period', value: (digest) => digest.period },
              { header: 'blocks', value: (digest) => String(digest.blocks.length), align: 'right' },
            ],
            digests,
          ),
        );
      }
      return;
    }
    if (!request) {
      console.log(options.json ? '[]' : `no ${kind.data} digest goes out on ${day} (not its working day)`);
      return;
    }
    const summary = await runner.run(request, { only, ignoreTiming: true });
    if (options.json) console.log(JSON.stringify(summary, null, 2));
    else
      console.log(
        `${kind.data} ${request.period}: sent ${summary.sent}, already sent ${summary.already}, skipped ${JSON.stringify(summary.skipped)}, failed ${summary.failed.length}`,
      );
    if (summary.failed.length > 0) process.exitCode = ExitCode.dataProblems;
  });
}
