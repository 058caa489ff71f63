import type { Logger } from '../observability/logger';
import type { Clock } from '../services/clock';
import type { Store } from '../store';
import { deliveriesOf } from '../store/repositories/digestLedger';
import type { Outbound, SlackMessage } from '../slack/outbound';
import { Delivery, DEFAULT_LEASE_MS, type Chart, type DeliveryTarget } from './delivery';

/** A notice whose DM failed this many times (a deleted Slack account, say) is given up, not retried every minute. */
const MAX_ATTEMPTS = 5;

/**
 * What became of one notice:
 * - sent: posted now (or found and updated after an interrupted attempt);
 * - already: posted earlier, by this or another sender;
 * - held: another sender holds it within its lease: try again on a later tick;
 * - failed: Slack refused it; a later tick tries again;
 * - given_up: refused for the last time now (MAX_ATTEMPTS);
 * - abandoned: given up earlier, nothing tried.
 */
export type NoticeOutcome = 'sent' | 'already' | 'held' | 'failed' | 'given_up' | 'abandoned';

export interface NoticeTarget extends Omit<DeliveryTarget, 'kind' | 'to'> {
  to: { user: string };
}

/** What sends a notice: the ledger's store, Slack, the clock, a logger. */
export interface NoticeDeps {
  store: Store;
  outbound: Outbound;
  clock: Clock;
  logger: Logger;
  leaseMs?: number;
  /** Test hook passed to Delivery: simulate a crash between posting and recording. */
  afterPost?: (key: string) => void;
}

/**
 * The one-off DMs the scheduler's tick retries — 提醒我 reminders, the 延长审限 request's notices —
 * each sent exactly once through the digest ledger (kind `notice`): a notice already posted or given
 * up is not composed again (composing may render a 审批表), a claimed one is sent through Delivery
 * (claim, post with the key in the metadata, record), and repeated failures end in `given_up`.
 */
export class OnceNotices {
  private readonly delivery: Delivery;

  constructor(private readonly deps: NoticeDeps) {
    this.delivery = new Delivery({
      prisma: deps.store.prisma,
      outbound: deps.outbound,
      clock: deps.clock,
      logger: deps.logger,
      leaseMs: deps.leaseMs ?? DEFAULT_LEASE_MS,
      ...(deps.afterPost ? { afterPost: deps.afterPost } : {}),
    });
  }

  /** The ledger row of a notice, if any. */
  private async row(target: Pick<NoticeTarget, 'period' | 'recipientKey'>) {
    const [row] = await deliveriesOf(this.deps.store.prisma, 'notice', target.period, [target.recipientKey]);
    return row;
  }

  /** Posted, or given up: either way, not to be sent again. */
  async settled(target: Pick<NoticeTarget, 'period' | 'recipientKey'>): Promise<boolean> {
    const row = await this.row(target);
    return row?.status === 'posted' || (row?.status === 'failed' && row.attempts >= MAX_ATTEMPTS);
  }

  /** Sends a notice once; `compose` runs only when it is still to be sent. */
  async send(
    target: NoticeTarget,
    compose: () => Promise<{ message: SlackMessage; file?: Chart | null }>,
  ): Promise<NoticeOutcome> {
    const before = await this.row(target);
    if (before?.status === 'posted') return 'already';
    if (before?.status === 'failed' && before.attempts >= MAX_ATTEMPTS) return 'abandoned';
    const { message, file } = await compose();
    const result = await this.delivery.send({ ...target, kind: 'notice' }, message, file ?? undefined);
    if (result.status === 'sent') return 'sent';
    const after = await this.row(target);
    if (result.status === 'already') return after?.status === 'posted' ? 'already' : 'held';
    const givenUp = (after?.attempts ?? 0) >= MAX_ATTEMPTS;
    const facts = { key: Delivery.key({ ...target, kind: 'notice' }), error: result.error, attempts: after?.attempts };
    if (givenUp) this.deps.logger.error(facts, 'notice given up after repeated failures');
    else this.deps.logger.warn(facts, 'notice not delivered; the next tick tries again');
    return givenUp ? 'given_up' : 'failed';
  }
}
