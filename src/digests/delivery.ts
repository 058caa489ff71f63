import type { DigestKind, PrismaClient } from '../generated/prisma/client';
import type { Logger } from '../observability/logger';
import type { Clock } from '../services/clock';
import { BlockKitLimitError, SlackCallError, type Outbound, type SlackMessage } from '../slack/outbound';
import {
  claimDelivery,
  recordChannel,
  recordFailed,
  recordPosted,
  renewClaim,
  type Claim,
} from '../store/repositories/digestLedger';

/** The metadata event type that marks Docket's digests, so a retry can find a message it posted. */
const DIGEST_EVENT = 'docket_digest';

/**
 * How long a claim on one delivery holds without a heartbeat. The sender renews it every third of
 * that while the delivery is in flight, however long outbound waits out Retry-After or backs off, so
 * it can be short: a sender killed mid-delivery holds its recipient for at most this long.
 */
export const DEFAULT_LEASE_MS = 30_000;

export interface DeliveryTarget {
  kind: DigestKind;
  period: string;
  /** person:<id> or channel:<courtId>:<channelId> */
  recipientKey: string;
  personId: number | null;
  to: { user: string } | { channel: string };
}

export interface Chart {
  filename: string;
  title: string;
  data: Buffer;
}

export type DeliveryResult =
  | {
      status: 'sent';
      channel: string;
      ts: string;
      recovered: boolean;
      /** Files meant for the thread that Slack refused (name and error): the message went out without them. */
      unsent?: Array<{ filename: string; error: string }>;
    }
  | { status: 'already' }
  | { status: 'failed'; error: string };

export interface DeliveryDeps {
  prisma: PrismaClient;
  outbound: Outbound;
  clock: Clock;
  logger: Logger;
  leaseMs?: number;
  /** Test hook: runs between posting and recording — throw here to simulate a crash in that window. */
  afterPost?: (key: string) => void;
}

/**
 * Exactly-once delivery of one digest to one recipient:
 * 1. claim the ledger row (a posted row, or one another sender holds, is left alone);
 * 2. record the channel before posting (intent);
 * 3. post with message metadata carrying the delivery key;
 * 4. record the ts.
 * The claim is a short lease renewed while the delivery is in flight (a heartbeat). A sender that
 * died between 3 and 4 left a claimed row with no ts: once its lease has run out, the next attempt
 * looks the message up by its metadata in that channel and updates it (chat.update) instead of
 * posting a second one. Slack failures left after outbound's retries (429 Retry-After,
 * 5xx backoff) mark the row failed for the administrators' report; anything else (the store down)
 * propagates so the job system retries the run.
 */
export class Delivery {
  private readonly leaseMs: number;

  constructor(private readonly deps: DeliveryDeps) {
    this.leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  }

  static key(target: Pick<DeliveryTarget, 'kind' | 'period' | 'recipientKey'>): string {
    return `${target.kind}/${target.period}/${target.recipientKey}`;
  }

  async send(
    target: DeliveryTarget,
    message: SlackMessage,
    chart?: Chart,
    attachments: readonly Chart[] = [],
  ): Promise<DeliveryResult> {
    const { prisma, outbound } = this.deps;
    const claim = await claimDelivery(prisma, { ...target, now: this.deps.clock.now(), leaseMs: this.leaseMs });
    if (!claim) return { status: 'already' };
    const key = Delivery.key(target);
    const held = this.hold(claim, key);
    try {
      let channel = claim.channelId;
      if (channel === null) {
        channel =
          'user' in target.to
            ? await outbound.openDirectChannel(target.to.user, { policy: 'background' })
            : target.to.channel;
        await recordChannel(prisma, claim.id, channel);
      }
      if (held.lost) return { status: 'already' };
      const earlier = claim.messageTs
        ? { channel, ts: claim.messageTs }
        : claim.attempts > 1
          ? await outbound.findMessageByMetadata(channel, DIGEST_EVENT, key, { policy: 'background' })
          : null;
      let posted;
      if (earlier) {
        await outbound.updateMessage(earlier, message, { policy: 'background' });
        posted = earlier;
        this.deps.logger.info(
          { key, ts: earlier.ts },
          'digest found after an interrupted delivery: updated, not posted again',
        );
      } else {
        posted = await outbound.postOneMessage(
          channel,
          message,
          { metadata: { eventType: DIGEST_EVENT, payload: { key } } },
          { policy: 'background' },
        );
      }
      this.deps.afterPost?.(key);
      await recordPosted(prisma, claim.id, {
        channelId: posted.channel,
        messageTs: posted.ts,
        at: this.deps.clock.now(),
      });
      const files = [
        ...(chart ? [{ file: chart, name: 'chart' }] : []),
        ...attachments.map((file, index) => ({ file, name: `file${index + 1}` })),
      ];
      const unsent: Array<{ filename: string; error: string }> = [];
      for (const { file, name } of files) {
        const error = await this.sendFile(target, posted, file, name);
        if (error) unsent.push({ filename: file.filename, error });
      }
      return {
        status: 'sent',
        channel: posted.channel,
        ts: posted.ts,
        recovered: earlier !== null,
        ...(unsent.length > 0 ? { unsent } : {}),
      };
    } catch (error) {
      if (!(error instanceof SlackCallError) && !(error instanceof BlockKitLimitError)) throw error;
      const reason = error instanceof SlackCallError ? error.code : error.message;
      await recordFailed(prisma, claim.id, reason);
      this.deps.logger.error({ key, error: reason }, 'digest could not be delivered');
      return { status: 'failed', error: reason };
    } finally {
      held.stop();
    }
  }

  /**
   * Renews the claim while the delivery is in flight. Should another sender take it over all the same
   * (this process stalled past the lease), `lost` turns true and nothing more is posted under it.
   */
  private hold(claim: Claim, key: string): { readonly lost: boolean; stop(): void } {
    const { prisma, clock, logger } = this.deps;
    let lost = false;
    let stopped = false;
    const timer = setInterval(() => {
      renewClaim(prisma, claim, clock.now()).then(
        (ours) => {
          // A renewal that lands after the delivery was recorded finds the row posted, not taken.
          if (ours || lost || stopped) return;
          lost = true;
          logger.warn({ key }, 'another sender took this digest over after its claim lapsed; leaving it to them');
        },
        (error: unknown) => logger.warn({ key, err: error }, 'could not renew the claim on a digest; retrying'),
      );
    }, this.leaseMs / 3);
    timer.unref();
    return {
      get lost() {
        return lost;
      },
      stop: () => {
        stopped = true;
        clearInterval(timer);
      },
    };
  }

  /**
   * A file (the chart, a report document) goes into the digest's thread, under its own ledger row
   * (`#chart`, `#file1` …), found by file name after a crash. Returns Slack's error when it refused the
   * file after outbound's retries (the row is marked failed), null when the file is in the thread.
   */
  private async sendFile(
    target: DeliveryTarget,
    parent: { channel: string; ts: string },
    chart: Chart,
    name: string,
  ): Promise<string | null> {
    const { prisma, outbound } = this.deps;
    const chartTarget = { ...target, recipientKey: `${target.recipientKey}#${name}` };
    const claim = await claimDelivery(prisma, { ...chartTarget, now: this.deps.clock.now(), leaseMs: this.leaseMs });
    if (!claim) return null;
    const held = this.hold(claim, Delivery.key(chartTarget));
    try {
      const found =
        claim.attempts > 1
          ? await outbound.findFileInThread(parent.channel, parent.ts, chart.filename, { policy: 'background' })
          : null;
      const fileId =
        found ??
        (
          await outbound.uploadFile({
            channel: parent.channel,
            filename: chart.filename,
            title: chart.title,
            data: chart.data,
            threadTs: parent.ts,
          })
        ).fileId;
      await recordPosted(prisma, claim.id, {
        channelId: parent.channel,
        messageTs: parent.ts,
        ...(fileId ? { fileId } : {}),
        at: this.deps.clock.now(),
      });
      return null;
    } catch (error) {
      if (!(error instanceof SlackCallError)) throw error;
      await recordFailed(prisma, claim.id, error.code);
      this.deps.logger.warn(
        { key: Delivery.key(chartTarget), error: error.code },
        'file could not be uploaded into the digest thread; the report itself was sent',
      );
      return error.code;
    } finally {
      held.stop();
    }
  }
}
