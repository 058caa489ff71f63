/**
 * Keeps Docket inside Slack's rate limits within one process:
 * - after a 429, every call in the same bucket (a method, or a method in one channel) waits out
 *   Retry-After instead of each caller discovering the limit for itself;
 * - chat.postMessage keeps at least `channelIntervalMs` between posts to one channel (Slack allows
 *   about one message per second per channel) and, optionally, a workspace-wide pace.
 * Several processes do not share this state; each still honours the 429s it receives.
 */
export interface PacingOptions {
  channelIntervalMs?: number;
  /** Workspace-wide cap for chat.postMessage; unset relies on 429 + Retry-After alone. */
  workspaceMessagesPerSecond?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class Pacer {
  private readonly pausedUntil = new Map<string, number>();
  private readonly nextChannelSlot = new Map<string, number>();
  private nextWorkspaceSlot = 0;
  private readonly channelIntervalMs: number;
  private readonly workspaceIntervalMs: number;
  private readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;

  constructor(options: PacingOptions = {}) {
    // A little over a second: network jitter must not make two posts land inside Slack's one-second window.
    this.channelIntervalMs = options.channelIntervalMs ?? 1100;
    this.workspaceIntervalMs = options.workspaceMessagesPerSecond ? 1000 / options.workspaceMessagesPerSecond : 0;
    this.now = options.now ?? (() => Date.now());
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** Records a 429 for this bucket: calls in it wait until the time Slack gave has passed. */
  pause(bucket: string, retryAfterMs: number): void {
    const until = this.now() + retryAfterMs;
    this.pausedUntil.set(bucket, Math.max(until, this.pausedUntil.get(bucket) ?? 0));
  }

  /** Waits while the bucket is paused by an earlier 429. */
  async waitForBucket(bucket: string): Promise<void> {
    for (;;) {
      const until = this.pausedUntil.get(bucket);
      if (until === undefined) return;
      const wait = until - this.now();
      if (wait <= 0) {
        this.pausedUntil.delete(bucket);
        return;
      }
      await this.sleep(wait);
    }
  }

  /** Reserves the next free posting slot for a channel (and the workspace) and waits for it. */
  async waitForPostSlot(channel: string): Promise<void> {
    const now = this.now();
    const channelSlot = Math.max(now, this.nextChannelSlot.get(channel) ?? 0);
    const slot = Math.max(channelSlot, this.workspaceIntervalMs > 0 ? this.nextWorkspaceSlot : 0);
    this.nextChannelSlot.set(channel, slot + this.channelIntervalMs);
    if (this.workspaceIntervalMs > 0) this.nextWorkspaceSlot = slot + this.workspaceIntervalMs;
    if (this.nextChannelSlot.size > 10_000) this.forgetPastSlots(now);
    if (slot > now) await this.sleep(slot - now);
  }

  private forgetPastSlots(now: number): void {
    for (const [channel, slot] of this.nextChannelSlot) if (slot <= now) this.nextChannelSlot.delete(channel);
  }
}
