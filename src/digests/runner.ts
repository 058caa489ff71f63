import {
  cycleOf,
  isoWeekOf,
  occasionIn,
  personalTiming,
  minuteOfDay,
  MINUTES_PER_DAY,
  type DigestKind,
  type Occasion,
} from '../domain/digests';
import type { IsoDate } from '../domain/dates';
import type { Role } from '../generated/prisma/client';
import type { Locale } from '../i18n';
import type { Logger } from '../observability/logger';
import { dayIn, type Clock } from '../services/clock';
import { loadCalendar } from '../services/caseRecords';
import { cronDays, instantAt, minuteIn } from '../services/digests/cron';
import { DigestPeopleService, type DigestPerson } from '../services/digests/people';
import { SchedulesService, type ScheduleSetting } from '../services/digests/schedules';
import type { Store } from '../store';
import { deliveriesOf } from '../store/repositories/digestLedger';
import { finishRun, findRun, findRuns, startRun, type RunKey } from '../store/repositories/digestRuns';
import type { Outbound } from '../slack/outbound';
import { digestMessages } from '../i18n/digests';
import { failureReportMessage, type FailedDelivery } from '../slack/views/digests/failures';
import { COMPOSERS, type Content, type Prepared } from './composers';
import { Delivery, DEFAULT_LEASE_MS, type DeliveryResult, type DeliveryTarget } from './delivery';

/**
 * A recipient another sender holds when a run reaches it is tried again once that claim has run out
 * (its sender died, or it renews and keeps it), up to this many times within the run; then the run is
 * deferred to the end of the lease. A resumed run thus finishes what a killed sender held in seconds.
 */
const HELD_PASSES = 2;
const HELD_MARGIN_MS = 1000;

/** A digest occasion of one court that is due: what the job system queues and a worker runs. */
export interface RunRequest {
  courtId: number;
  kind: DigestKind;
  period: string;
  sendDay: IsoDate;
}

export interface RunSummary {
  request: RunRequest;
  sent: number;
  /** Sent earlier (by this or another worker): the ledger says so. */
  already: number;
  skipped: Record<string, number>;
  failed: FailedDelivery[];
  /** People whose own time or quiet hours come later: the run is due again then. */
  nextAt: Date | null;
}

/** One planned message, as `docket digest --dry-run --json` prints it. */
export interface PlannedDigest {
  recipient: { slackUserId: string } | { channel: string };
  kind: DigestKind;
  period: string;
  blocks: unknown[];
  text: string;
  /** person:<id> or channel:<courtId>:<channelId> */
  recipientKey: string;
  personId: number | null;
  name: string;
  chart?: Content['chart'];
  attachments?: Content['attachments'];
  problem?: string;
}

interface Held {
  keys: Set<string>;
  until: Date | null;
}

interface Court {
  id: number;
  code: string;
  timeZone: string;
  sendEmptyDaily: boolean;
  managementChannelId: string | null;
  rulesChannelId: string | null;
}

export interface RunnerDeps {
  store: Store;
  outbound: Outbound;
  clock: Clock;
  logger: Logger;
  leaseMs?: number;
  /** Test hook passed to Delivery: simulate a crash between posting and recording. */
  afterPost?: (key: string) => void;
  charts?: boolean;
  /** Whether administrators get the weekly and monthly reports as documents (default true). */
  documents?: boolean;
  /** Waits for another sender's claim to run out (tests advance a manual clock instead). */
  sleep?: (ms: number) => Promise<void>;
}

const COURT_SELECT = {
  id: true,
  code: true,
  timeZone: true,
  sendEmptyDaily: true,
  managementChannelId: true,
  rulesChannelId: true,
} as const;

/**
 * Decides which digests are due and sends them. Pure of the job system: pg-boss (src/digests/boss.ts)
 * calls `dueRuns` every minute and `run` for each due occasion; the CLI and tests call them directly
 * with a fixed clock.
 */
export class DigestRunner {
  private readonly delivery: Delivery;
  private readonly leaseMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly people: DigestPeopleService;
  private readonly schedules: SchedulesService;

  constructor(private readonly deps: RunnerDeps) {
    this.people = new DigestPeopleService({ prisma: deps.store.prisma });
    this.schedules = new SchedulesService({ prisma: deps.store.prisma });
    this.leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
    this.sleep = deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.delivery = new Delivery({
      prisma: deps.store.prisma,
      outbound: deps.outbound,
      clock: deps.clock,
      logger: deps.logger,
      leaseMs: this.leaseMs,
      ...(deps.afterPost ? { afterPost: deps.afterPost } : {}),
    });
  }

  /** Every occasion that is due now and not finished (done, or deferred to a later time), over all courts. */
  async dueRuns(): Promise<RunRequest[]> {
    const { prisma } = this.deps.store;
    const now = this.deps.clock.now();
    const calendar = await loadCalendar(this.deps.store);
    const courts = await prisma.court.findMany({ select: COURT_SELECT, orderBy: { id: 'asc' } });
    const candidates: RunRequest[] = [];
    for (const court of courts) {
      const today = dayIn(now, court.timeZone);
      const nowMinute = minuteIn(now, court.timeZone);
      for (const schedule of await this.schedules.list(court.id)) {
        if (!schedule.enabled) continue;
        const found = this.occasionOn(schedule, today, court.timeZone, calendar);
        if (!found) continue;
        const { occasion } = found;
        let { minute } = found;
        // Someone who chose an earlier time than the court's gets the daily digest then.
        if (schedule.kind === 'daily' && occasion.sendDay === today && nowMinute < minute) {
          const earliest = await this.people.earliestOwnDailyTime(court.id);
          if (earliest !== null) minute = Math.min(minute, minuteOfDay(earliest));
        }
        if (occasion.sendDay > today || (occasion.sendDay === today && nowMinute < minute)) continue;
        // A daily digest belongs to its day; a missed weekly or monthly one is caught up until the end
        // of the week it was due in (a report three weeks late would only confuse).
        if (
          schedule.kind === 'daily'
            ? occasion.sendDay !== today
            : isoWeekOf(occasion.sendDay).key !== isoWeekOf(today).key
        )
          continue;
        candidates.push({
          courtId: court.id,
          kind: schedule.kind,
          period: occasion.period.key,
          sendDay: occasion.sendDay,
        });
      }
    }
    if (candidates.length === 0) return [];
    const runs = await findRuns(
      prisma,
      [...new Set(candidates.map((run) => run.courtId))],
      [...new Set(candidates.map((run) => run.period))],
    );
    return candidates.filter((candidate) =>
      hasWorkLeft(
        runs.find(
          (row) => row.courtId === candidate.courtId && row.kind === candidate.kind && row.period === candidate.period,
        ),
        now,
      ),
    );
  }

  /**
   * Runs a queued job's occasion (src/digests/boss.ts) unless it has no work left now. One occasion can have
   * several jobs: a dead worker's job is retried beside the one a restart or the next tick queued for the same
   * occasion, and they run one after the other. The first finishes the run; the later ones leave it as it is
   * instead of marking a finished run `running` again while they find nothing to send (a process killed then
   * left it `running`).
   */
  async runQueued(request: RunRequest): Promise<RunSummary | null> {
    const key: RunKey = { courtId: request.courtId, kind: request.kind, period: request.period };
    const run = await findRun(this.deps.store.prisma, key);
    if (!hasWorkLeft(run, this.deps.clock.now())) {
      this.deps.logger.info(
        { run: request, status: run?.status, nextAt: run?.nextAt ?? null },
        'digest run already finished: nothing left for this job',
      );
      return null;
    }
    return this.run(request);
  }

  /** The occasion of the schedule's cycle containing `day`, and the minute it starts on its send day. */
  occasionOn(
    schedule: ScheduleSetting,
    day: IsoDate,
    timeZone: string,
    calendar: Awaited<ReturnType<typeof loadCalendar>>,
  ): { occasion: Occasion; minute: number } | null {
    const cycle = cycleOf(schedule.kind, day);
    const days = cronDays(schedule.cron, timeZone, cycle);
    const occasion = occasionIn(
      schedule.kind,
      day,
      days.map((entry) => entry.day),
      calendar,
    );
    if (!occasion) return null;
    const minute = days.find((entry) => entry.day === occasion.sendDay)?.minute ?? days[0]?.minute ?? 0;
    return { occasion, minute };
  }

  /** Sends what is due of one occasion now: each recipient exactly once, the rest deferred or skipped with a reason. */
  async run(request: RunRequest, options: { only?: number | null; ignoreTiming?: boolean } = {}): Promise<RunSummary> {
    const { prisma } = this.deps.store;
    const now = this.deps.clock.now();
    const key: RunKey = { courtId: request.courtId, kind: request.kind, period: request.period };
    await startRun(prisma, key, request.sendDay, now);
    const plan = await this.plan(request, {
      only: options.only ?? null,
      charts: this.deps.charts ?? true,
      documents: this.deps.documents ?? true,
      ignoreTiming: options.ignoreTiming ?? false,
    });
    const summary: RunSummary = {
      request,
      sent: 0,
      already: plan.already,
      skipped: plan.skipped,
      failed: [],
      nextAt: plan.nextAt,
    };
    // Each recipient's outcome; one another sender holds ('already' with its claim live) may be sent
    // on a later pass, once that sender's lease shows it died.
    const outcomes = new Map<string, DeliveryResult>();
    let pending = plan.digests;
    let held: Held = { keys: new Set(), until: null };
    for (let pass = 0; ; pass++) {
      for (const digest of pending) outcomes.set(digest.recipientKey, await this.deliver(request, digest));
      held = await this.held(request, pending);
      const wait = held.until ? held.until.getTime() - this.deps.clock.now().getTime() : null;
      if (wait === null || pass >= HELD_PASSES || wait > 2 * this.leaseMs) break;
      await this.sleep(Math.max(0, wait) + HELD_MARGIN_MS);
      pending = pending.filter((digest) => held.keys.has(digest.recipientKey));
    }
    for (const digest of plan.digests) {
      const result = outcomes.get(digest.recipientKey);
      if (result?.status === 'sent') {
        summary.sent += 1;
        // A file Slack refused (a chart, a 周通报) is named to the administrators like an unsent message.
        for (const file of result.unsent ?? [])
          summary.failed.push({ recipient: digest.name, error: `${file.filename}: ${file.error}` });
      } else if (result?.status === 'already') summary.already += 1;
      else if (result?.status === 'failed') summary.failed.push({ recipient: digest.name, error: result.error });
    }
    // What a digest went out without (the report documents): said in the digest, and told to the administrators once.
    const problems = new Set(plan.digests.flatMap((digest) => (digest.problem ? [digest.problem] : [])));
    for (const problem of problems) {
      this.deps.logger.error({ run: request, problem }, 'a digest went out without something it should carry');
      summary.failed.push({ recipient: digestMessages('zh-CN').kinds[request.kind], error: problem });
    }
    if (summary.failed.length > 0) await this.reportFailures(request, summary.failed);
    // A recipient another sender still holds is checked again when its lease ends.
    const nextAt =
      [summary.nextAt, held.until]
        .filter((at): at is Date => at !== null)
        .sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
    summary.nextAt = nextAt;
    await finishRun(prisma, key, {
      status: nextAt ? 'deferred' : 'done',
      nextAt,
      sent: summary.sent,
      skipped: Object.values(summary.skipped).reduce((a, b) => a + b, 0),
      failed: summary.failed.length,
      lastError: summary.failed[0]?.error ?? null,
      at: this.deps.clock.now(),
    });
    this.deps.logger.info(
      {
        run: request,
        sent: summary.sent,
        already: summary.already,
        skipped: summary.skipped,
        failed: summary.failed.length,
        nextAt,
      },
      'digest run finished',
    );
    return summary;
  }

  /** The occasion of a digest kind on a day, if that day is its send day (a holiday has none). */
  async occasionFor(courtId: number, kind: DigestKind, day: IsoDate): Promise<RunRequest | null> {
    const { prisma } = this.deps.store;
    const court = await prisma.court.findUniqueOrThrow({ where: { id: courtId }, select: COURT_SELECT });
    const schedule = await this.schedules.of(courtId, kind);
    const found = this.occasionOn(schedule, day, court.timeZone, await loadCalendar(this.deps.store));
    if (!found || found.occasion.sendDay !== day) return null;
    return { courtId, kind, period: found.occasion.period.key, sendDay: day };
  }

  /**
   * What would be sent now for an occasion: recipients due now and not yet sent, with their Block Kit.
   * `only` narrows it to one person (by id) — `docket digest --to`.
   */
  async plan(
    request: RunRequest,
    options: { only: number | null; charts: boolean; documents?: boolean; ignoreTiming?: boolean },
  ): Promise<{ digests: PlannedDigest[]; already: number; skipped: Record<string, number>; nextAt: Date | null }> {
    const { prisma } = this.deps.store;
    const composer = COMPOSERS[request.kind];
    const court = await prisma.court.findUniqueOrThrow({ where: { id: request.courtId }, select: COURT_SELECT });
    const schedule = await this.schedules.of(court.id, request.kind);
    const now = this.deps.clock.now();
    const today = dayIn(now, court.timeZone);
    const nowMinute = minuteIn(now, court.timeZone);
    const calendar = await loadCalendar(this.deps.store);
    const scheduleMinute = this.occasionOn(schedule, request.sendDay, court.timeZone, calendar)?.minute ?? 0;
    const skipped: Record<string, number> = {};
    const skip = (reason: string) => {
      skipped[reason] = (skipped[reason] ?? 0) + 1;
    };
    let people = await this.people.recipients(court.id, schedule.recipients.roles as Role[], {
      rulesOptIn: request.kind === 'rules',
    });
    if (options.only !== null) people = people.filter((person) => person.personId === options.only);
    const channels = options.only !== null ? [] : this.channelsOf(court, schedule);
    const keys = [
      ...people.map((person) => `person:${person.personId}`),
      ...channels.map((channel) => channelKey(court.id, channel)),
    ];
    const posted = new Set(
      (await deliveriesOf(prisma, request.kind, request.period, keys))
        .filter((row) => row.status === 'posted')
        .map((row) => row.recipientKey),
    );
    let nextAt: Date | null = null;
    let already = 0;
    const duePeople: DigestPerson[] = [];
    for (const person of people) {
      if (posted.has(`person:${person.personId}`)) {
        already += 1;
        continue;
      }
      if (person.slackUserId === null) {
        skip('not_linked');
        continue;
      }
      const timing = personalTiming({
        kind: request.kind,
        today,
        sendDay: request.sendDay,
        nowMinute,
        scheduleMinute,
        preferences: person.preferences,
      });
      if (timing.kind === 'skip') skip(timing.reason);
      // Sending by hand (docket digest) does not wait for personal times or quiet hours.
      else if (timing.kind === 'now' || options.ignoreTiming) duePeople.push(person);
      else if (request.kind === 'daily' && timing.minute >= MINUTES_PER_DAY) skip('quiet_hours');
      else {
        const at = instantAt(today, timing.minute, court.timeZone);
        if (nextAt === null || at < nextAt) nextAt = at;
      }
    }
    const dueChannels = channels.filter((channel) => {
      if (!posted.has(channelKey(court.id, channel))) return true;
      already += 1;
      return false;
    });
    if (duePeople.length === 0 && dueChannels.length === 0) return { digests: [], already, skipped, nextAt };
    const occasion = this.occasionOn(schedule, request.sendDay, court.timeZone, calendar)?.occasion ?? {
      kind: request.kind,
      cycle: cycleOf(request.kind, request.sendDay),
      sendDay: request.sendDay,
      period: { key: request.period, from: request.sendDay, to: request.sendDay },
    };
    const prepared: Prepared = await composer({
      store: this.deps.store,
      courtId: court.id,
      occasion,
      sendEmptyDaily: court.sendEmptyDaily,
      people: duePeople,
      charts: options.charts,
      documents: options.documents ?? false,
    });
    const digests: PlannedDigest[] = [];
    for (const person of duePeople) {
      const content = await prepared.forPerson(person);
      if (!content) {
        skip('no_news');
        continue;
      }
      digests.push(
        planned(
          request,
          { slackUserId: person.slackUserId as string },
          `person:${person.personId}`,
          person.personId,
          person.name,
          content,
        ),
      );
    }
    for (const channel of dueChannels) {
      const content = await prepared.forChannel('zh-CN');
      if (content)
        digests.push(planned(request, { channel }, channelKey(court.id, channel), null, `<#${channel}>`, content));
    }
    return { digests, already, skipped, nextAt };
  }

  private channelsOf(court: Court, schedule: ScheduleSetting): string[] {
    const resolved = schedule.recipients.channels.map((channel) =>
      channel === 'management' ? court.managementChannelId : channel === 'rules' ? court.rulesChannelId : channel,
    );
    return [...new Set(resolved.filter((channel): channel is string => channel !== null))];
  }

  private deliver(request: RunRequest, digest: PlannedDigest): Promise<DeliveryResult> {
    const target: DeliveryTarget = {
      kind: request.kind,
      period: request.period,
      recipientKey: digest.recipientKey,
      personId: digest.personId,
      to:
        'slackUserId' in digest.recipient
          ? { user: digest.recipient.slackUserId }
          : { channel: digest.recipient.channel },
    };
    return this.delivery.send(
      target,
      { text: digest.text, blocks: digest.blocks as never },
      digest.chart,
      digest.attachments,
    );
  }

  /** The recipients another sender holds a claim on, and when the last of those claims runs out. */
  private async held(request: RunRequest, digests: PlannedDigest[]): Promise<Held> {
    if (digests.length === 0) return { keys: new Set(), until: null };
    const rows = (
      await deliveriesOf(
        this.deps.store.prisma,
        request.kind,
        request.period,
        digests.map((digest) => digest.recipientKey),
      )
    ).filter((row) => row.status === 'claimed');
    return {
      keys: new Set(rows.map((row) => row.recipientKey)),
      until:
        rows.length === 0 ? null : new Date(Math.max(...rows.map((row) => row.claimedAt.getTime())) + this.leaseMs),
    };
  }

  /** One message to each administrator about what could not be sent; itself delivered exactly once. */
  private async reportFailures(request: RunRequest, failed: FailedDelivery[]): Promise<void> {
    const admins = await this.people.recipients(request.courtId, ['admin']);
    for (const admin of admins) {
      if (admin.slackUserId === null) continue;
      const locale: Locale = admin.locale ?? 'zh-CN';
      const result = await this.delivery.send(
        {
          kind: request.kind,
          period: request.period,
          recipientKey: `person:${admin.personId}#failures`,
          personId: admin.personId,
          to: { user: admin.slackUserId },
        },
        failureReportMessage(locale, { kind: request.kind, period: request.period, failed }),
      );
      if (result.status === 'failed')
        this.deps.logger.error(
          { run: request, admin: admin.personId, error: result.error },
          'could not tell an administrator about failed digests',
        );
    }
  }
}

/** Whether an occasion's run (null: not started) has work now: it is not done, nor deferred to a later time. */
function hasWorkLeft(run: { status: string; nextAt: Date | null } | null | undefined, now: Date): boolean {
  if (!run) return true;
  if (run.status === 'done') return false;
  return run.status !== 'deferred' || run.nextAt === null || run.nextAt <= now;
}

function channelKey(courtId: number, channel: string): string {
  return `channel:${courtId}:${channel}`;
}

function planned(
  request: RunRequest,
  recipient: PlannedDigest['recipient'],
  recipientKey: string,
  personId: number | null,
  name: string,
  content: Content,
): PlannedDigest {
  return {
    recipient,
    kind: request.kind,
    period: request.period,
    blocks: content.message.blocks ?? [],
    text: content.message.text,
    recipientKey,
    personId,
    name,
    ...(content.chart ? { chart: content.chart } : {}),
    ...(content.attachments ? { attachments: content.attachments } : {}),
    ...(content.problem ? { problem: content.problem } : {}),
  };
}
