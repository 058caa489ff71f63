import os from 'node:os';
import { z } from 'zod';
import { readEnv } from '../../config/env';
import { addDays, DIGEST_KINDS } from '../../domain/digests';
import { dayIn, systemClock } from '../../services/clock';
import { loadCalendar } from '../../services/caseRecords';
import { DigestPeopleService, type DailyTimes } from '../../services/digests/people';
import { dailyTimeOf, ScheduleError, SchedulesService, type ScheduleSetting } from '../../services/digests/schedules';
import { CliError } from '../errors';
import { withCliStore } from '../store';
import { ROLES } from '../roles';
import { renderTable } from '../table';
import { chosenCourt } from '../court';
import { DigestRunner } from '../../digests/runner';
import type { Store } from '../../store';
import type { Outbound } from '../../slack/outbound';
import { createLogger } from '../../observability/logger';

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const setOptions = z.strictObject({
  cron: z.string().trim().min(1).optional(),
  enable: z.boolean().optional(),
  disable: z.boolean().optional(),
  roles: z.string().optional(),
  channels: z.string().optional(),
  court: z.string().trim().min(1).optional(),
});

/** The next day each schedule sends, looking up to 60 days ahead on the official calendar. */
async function nextSendDays(
  store: Store,
  courtId: number,
  timeZone: string,
  schedules: ScheduleSetting[],
): Promise<Map<string, string>> {
  const calendar = await loadCalendar(store);
  // Only the occasion logic is used here: no Slack call is made.
  const runner = new DigestRunner({
    store,
    outbound: {} as Outbound,
    clock: systemClock,
    logger: createLogger({ level: 'silent' }),
  });
  const today = dayIn(systemClock.now(), timeZone);
  const next = new Map<string, string>();
  for (const schedule of schedules) {
    for (let offset = 0; offset < 60 && !next.has(schedule.kind); offset++) {
      const day = addDays(today, offset);
      const found = runner.occasionOn(schedule, day, timeZone, calendar);
      if (found && found.occasion.sendDay === day)
        next.set(
          schedule.kind,
          `${day} ${String(Math.floor(found.minute / 60)).padStart(2, '0')}:${String(found.minute % 60).padStart(2, '0')} (${found.occasion.period.key})`,
        );
    }
  }
  return next;
}

/** Which daily time applies to whom, in one sentence under the table. */
function dailyTimesLine(times: DailyTimes & { courtTime: string }): string {
  const own =
    times.ownTime === 0
      ? 'nobody has chosen a time of their own'
      : `${times.ownTime} ${times.ownTime === 1 ? 'person has' : 'people have'} chosen their own time (${
          times.earliestOwn === times.latestOwn ? times.earliestOwn : `${times.earliestOwn}–${times.latestOwn}`
        }), which applies to them instead`;
  return `daily: the court's time ${times.courtTime} applies to ${times.followingCourt} ${
    times.followingCourt === 1 ? 'person' : 'people'
  }; ${own}.`;
}

/** `docket schedule list`. */
export async function scheduleList(raw: { json?: boolean; court?: string }): Promise<void> {
  await withCliStore(async (store) => {
    const court = await chosenCourt(store, raw.court ?? readEnv().DOCKET_COURT);
    const schedules = await new SchedulesService({ prisma: store.prisma }).list(court.id);
    const next = await nextSendDays(store, court.id, court.timeZone, schedules);
    const daily = schedules.find((entry) => entry.kind === 'daily') as ScheduleSetting;
    const times = {
      courtTime: dailyTimeOf(daily, court.timeZone, dayIn(systemClock.now(), court.timeZone)),
      ...(await new DigestPeopleService({ prisma: store.prisma }).dailyTimes(court.id, daily.recipients.roles)),
    };
    const rows = schedules.map((entry) => ({
      kind: entry.kind,
      cron: entry.cron,
      enabled: entry.enabled,
      roles: entry.recipients.roles,
      channels: entry.recipients.channels,
      source: entry.isDefault ? 'default' : 'stored',
      next: next.get(entry.kind) ?? null,
      // Which time applies to whom: the court's, unless a person chose their own (daily only).
      ...(entry.kind === 'daily' ? { times } : {}),
    }));
    if (raw.json) {
      console.log(JSON.stringify(rows, null, 2));
      return;
    }
    console.log(
      renderTable(
        [
          { header: 'kind', value: (row) => row.kind },
          { header: 'cron', value: (row) => row.cron },
          { header: 'on', value: (row) => (row.enabled ? 'yes' : 'no') },
          { header: 'roles', value: (row) => row.roles.join(',') || '—' },
          { header: 'channels', value: (row) => row.channels.join(',') || '—' },
          { header: 'source', value: (row) => row.source },
          { header: 'next', value: (row) => row.next ?? '—' },
        ],
        rows,
      ),
    );
    console.log(`\n${dailyTimesLine(times)}`);
  });
}

/** `docket schedule set <kind>`. */
export async function scheduleSet(kindArgument: string, raw: unknown): Promise<void> {
  const kind = z.enum(DIGEST_KINDS as [string, ...string[]]).safeParse(kindArgument);
  if (!kind.success) throw new CliError(`the digest kind must be one of ${DIGEST_KINDS.join(', ')}`);
  const parsed = setOptions.safeParse(raw);
  if (!parsed.success) throw new CliError(parsed.error.issues[0]?.message ?? 'invalid options');
  const options = parsed.data;
  if (options.enable && options.disable) throw new CliError('--enable and --disable contradict each other');
  const roles = options.roles === undefined ? undefined : z.array(z.enum(ROLES)).safeParse(list(options.roles));
  if (roles && !roles.success) throw new CliError(`roles must be among ${ROLES.join(', ')}`);
  await withCliStore(async (store) => {
    const court = await chosenCourt(store, options.court ?? readEnv().DOCKET_COURT);
    try {
      const saved = await new SchedulesService({ prisma: store.prisma }).set(
        court.id,
        kind.data as ScheduleSetting['kind'],
        {
          ...(options.cron !== undefined ? { cron: options.cron } : {}),
          ...(options.enable ? { enabled: true } : options.disable ? { enabled: false } : {}),
          ...(roles?.success ? { roles: roles.data } : {}),
          ...(options.channels !== undefined ? { channels: list(options.channels) } : {}),
        },
        `cli:${os.userInfo().username}`,
      );
      console.log(JSON.stringify(saved));
    } catch (error) {
      if (error instanceof ScheduleError) throw new CliError(error.message);
      throw error;
    }
  });
}
