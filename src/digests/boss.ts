import { fromPglite, PgBoss } from 'pg-boss';
import type { Logger } from '../observability/logger';
import type { Store } from '../store';
import { expireAllClaims } from '../store/repositories/digestLedger';
import type { DigestRunner, RunRequest } from './runner';

const TICK = 'digest-tick';
const RUN = 'digest-run';
const DEAD = 'digest-run-dead';

/**
 * How soon a run whose worker died is handed to another: the worker's heartbeat on its job (pg-boss
 * refreshes it every `heartbeatSeconds / 3` while the run is in hand), and how often each instance's
 * supervisor looks for jobs whose heartbeat stopped. A lost job is retried after `retryDelaySeconds`
 * — or sooner, by the run the next tick queued for the same occasion. Tests shorten these.
 */
export interface RecoveryTimings {
  heartbeatSeconds: number;
  superviseSeconds: number;
  retryDelaySeconds: number;
}

export const RECOVERY: RecoveryTimings = { heartbeatSeconds: 15, superviseSeconds: 10, retryDelaySeconds: 5 };

export interface SchedulerHealth {
  ok: boolean;
  detail: string;
}

/**
 * The job system under the digests. pg-boss keeps its tables in the same database as Docket's store:
 * on PostgreSQL any number of app instances share it (a cron fires once across them; a run key is
 * held by one worker at a time); on the embedded store it runs inside the one process that owns the
 * data directory (pg-boss's PGlite backend).
 * - `digest-tick`, cron every minute in Asia/Shanghai: asks the runner which occasions are due and
 *   queues one `digest-run` per occasion, keyed so that two ticks cannot queue it twice;
 * - `digest-run`: sends one occasion; a failing run is retried with backoff, then dead-lettered to
 *   `digest-run-dead`, where it is logged and shown on /healthz.
 * A run whose process was killed mid-send is taken over within seconds (docs/digests.md, "When a
 * sender dies"): on PostgreSQL another instance's supervisor sees its heartbeat stop; on the embedded
 * store, the restarted process — the only one that can write there — fails it on start.
 */
export class DigestScheduler {
  private boss: PgBoss | undefined;
  private starting = false;
  private lastTickAt: Date | undefined;
  private lastError: string | undefined;
  private deadLettered = 0;

  constructor(
    private readonly deps: {
      store: Store;
      runner: DigestRunner;
      /** 「提醒我」 reminders, sent on the same every-minute tick (exactly once through the digest ledger). */
      reminders?: { sendDue(): Promise<unknown> };
      /** 延长审限 requests: approvers who left are replaced, and DMs a crash left unsent go out. */
      extensionNotices?: { sweep(): Promise<unknown> };
      logger: Logger;
      timeZone?: string;
      pollSeconds?: number;
      recovery?: RecoveryTimings;
    },
  ) {}

  private get recovery(): RecoveryTimings {
    return this.deps.recovery ?? RECOVERY;
  }

  async start(): Promise<void> {
    this.starting = true;
    try {
      await this.startBoss();
    } finally {
      this.starting = false;
    }
  }

  private async startBoss(): Promise<void> {
    const { store, logger } = this.deps;
    const supervision = {
      supervise: true,
      superviseIntervalSeconds: this.recovery.superviseSeconds,
      monitorIntervalSeconds: this.recovery.superviseSeconds,
    };
    const boss = store.pglite
      ? new PgBoss({ db: fromPglite(store.pglite), backend: 'pglite', schema: 'pgboss', ...supervision })
      : new PgBoss({
          connectionString: store.databaseUrl as string,
          schema: 'pgboss',
          max: 4,
          application_name: 'docket-scheduler',
          ...supervision,
        });
    boss.on('error', (error: Error) => {
      this.lastError = error.message;
      logger.error({ err: error }, 'job system error');
    });
    await boss.start();
    try {
      await this.register(boss);
      // A restarted process sends what is due (a run its predecessor left half done) now, not at the next minute.
      await this.queueDue(boss).catch((error: unknown) =>
        this.deps.logger.error({ err: error }, 'could not queue the due digests on start; the next tick will'),
      );
    } catch (error) {
      // A half-started scheduler would keep polling a store its owner is about to close.
      await boss.stop({ graceful: false });
      throw error;
    }
    this.boss = boss;
  }

  private async register(boss: PgBoss): Promise<void> {
    const logger = this.deps.logger;
    await boss.createQueue(DEAD, { retentionSeconds: 14 * 24 * 3600 });
    await boss.createQueue(TICK, { policy: 'singleton', expireInSeconds: 300, retryLimit: 0 });
    // Retries after 5–10 s, 10–20 s, 20–40 s … up to 10 min: 20 to 30 minutes in all (a store restart, an outage).
    const runRetries = {
      retryLimit: 8,
      retryDelay: this.recovery.retryDelaySeconds,
      retryBackoff: true,
      retryDelayMax: 600,
      expireInSeconds: 3600,
      heartbeatSeconds: this.recovery.heartbeatSeconds,
    };
    await boss.createQueue(RUN, { policy: 'singleton', deadLetter: DEAD, ...runRetries });
    // A queue created by an earlier version keeps its options until told.
    await boss.updateQueue(RUN, runRetries);
    if (this.deps.store.pglite) await this.takeOverFromDeadProcess(boss);
    await boss.schedule(TICK, '* * * * *', null, { tz: this.deps.timeZone ?? 'Asia/Shanghai' });
    const pollingIntervalSeconds = this.deps.pollSeconds ?? 2;
    await boss.work(TICK, { pollingIntervalSeconds }, async () => {
      await this.queueDue(boss);
      await this.sendReminders();
    });
    const heartbeatRefreshSeconds = this.recovery.heartbeatSeconds / 3;
    await boss.work<RunRequest>(RUN, { pollingIntervalSeconds, heartbeatRefreshSeconds }, async ([job]) => {
      if (job) await this.deps.runner.runQueued(job.data);
    });
    await boss.work<RunRequest>(DEAD, { pollingIntervalSeconds }, async ([job]) => {
      if (!job) return;
      this.deadLettered += 1;
      logger.error({ run: job.data }, 'a digest run failed after all retries: its recipients were not all reached');
    });
  }

  /**
   * On the embedded store this process owns the data directory, so a run still marked active, and a
   * delivery still claimed, belong to a predecessor that died (kill -9, a power cut): hand them back
   * now instead of waiting out their heartbeat and lease.
   */
  private async takeOverFromDeadProcess(boss: PgBoss): Promise<void> {
    const active = (await boss.findJobs<RunRequest>(RUN)).filter((job) => job.state === 'active');
    if (active.length > 0)
      await boss.fail(
        RUN,
        active.map((job) => job.id),
        { message: 'the process running it stopped' },
      );
    const claims = await expireAllClaims(this.deps.store.prisma);
    if (active.length > 0 || claims > 0)
      this.deps.logger.warn(
        { runs: active.map((job) => job.data), claims },
        'took over the digest runs a stopped process left unfinished',
      );
  }

  /** Does now what the every-minute job does: queues every due occasion (the run key makes a second queueing a no-op) and sends due reminders. */
  async tick(): Promise<number> {
    if (!this.boss) throw new Error('the scheduler is not started');
    const queued = await this.queueDue(this.boss);
    await this.sendReminders();
    return queued;
  }

  /** Reminders and extension notices, on the same tick; a failing one is logged and tried again next minute. */
  private async sendReminders(): Promise<void> {
    await this.attempt('reminders', () => this.deps.reminders?.sendDue());
    await this.attempt('extension notices', () => this.deps.extensionNotices?.sweep());
  }

  private async attempt(name: string, job: () => Promise<unknown> | undefined): Promise<void> {
    try {
      await job();
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      this.deps.logger.error({ err: error }, `sending ${name} failed; trying again next minute`);
    }
  }

  private async queueDue(boss: PgBoss): Promise<number> {
    const due = await this.deps.runner.dueRuns();
    for (const request of due) {
      await boss.send(RUN, request, { singletonKey: `${request.courtId}:${request.kind}:${request.period}` });
    }
    this.lastTickAt = new Date();
    return due.length;
  }

  /** For /healthz (Health.register('scheduler', …)): running, ticking, nothing dead-lettered. */
  health(): SchedulerHealth {
    // Starting is healthy: the server answers Slack meanwhile, and a start that fails stops the process.
    if (!this.boss) return this.starting ? { ok: true, detail: 'starting' } : { ok: false, detail: 'not started' };
    const stale = this.lastTickAt !== undefined && Date.now() - this.lastTickAt.getTime() > 5 * 60 * 1000;
    if (this.deadLettered > 0)
      return { ok: false, detail: `${this.deadLettered} digest run(s) failed after all retries; see the logs` };
    if (stale) return { ok: false, detail: `no tick since ${this.lastTickAt?.toISOString()}` };
    if (this.lastError) return { ok: true, detail: `running; last job-system error: ${this.lastError}` };
    return {
      ok: true,
      detail: this.lastTickAt
        ? `running; last tick ${this.lastTickAt.toISOString()}`
        : 'running; waiting for the first tick',
    };
  }

  async stop(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 20_000 });
    this.boss = undefined;
  }
}
