import NodeCache from 'node-cache';
import type { PrismaClient } from '../generated/prisma/client';
import { readDataVersion } from './dataVersion';

/**
 * Short-lived in-process cache for hot reads (a person by Slack id, a judge's summary). Entries live
 * seconds, not minutes, because another process (an import, a second instance) may change the data;
 * writes made through this process invalidate the affected entries at once.
 */
export class ReadCache {
  private readonly cache: NodeCache;
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(options: { defaultTtlSeconds?: number } = {}) {
    // useClones: false — callers treat cached values as read-only, and cloning large summaries costs more than the query.
    this.cache = new NodeCache({ stdTTL: options.defaultTtlSeconds ?? 30, checkperiod: 60, useClones: false });
  }

  /** The cached value, or `load()`'s result cached for `ttlSeconds`; concurrent misses share one load. */
  async wrap<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
    const hit = this.cache.get<T>(key);
    if (hit !== undefined) return hit;
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight as Promise<T>;
    const loading = load().then(
      (value) => {
        this.pending.delete(key);
        if (value !== undefined) this.cache.set(key, value, ttlSeconds);
        return value;
      },
      (error: unknown) => {
        this.pending.delete(key);
        throw error;
      },
    );
    this.pending.set(key, loading);
    return loading;
  }

  /** The cached value if present; never loads. */
  peek<T>(key: string): T | undefined {
    return this.cache.get<T>(key);
  }

  /** Drops every entry whose key starts with one of the prefixes. */
  invalidate(...prefixes: string[]): void {
    const doomed = this.cache.keys().filter((key) => prefixes.some((prefix) => key.startsWith(prefix)));
    this.cache.del(doomed);
  }

  flush(): void {
    this.cache.flushAll();
  }

  close(): void {
    this.cache.close();
  }
}

const DATA_VERSION_TTL_SECONDS = 2;

/**
 * The court's data version (bumped by every import, in any process), re-read at most every two
 * seconds. Cached entries carry the version they were built under, so new data shows within seconds.
 */
export function courtDataVersion(cache: ReadCache, prisma: PrismaClient, courtId: number): Promise<number> {
  return cache.wrap(`data-version:${courtId}`, DATA_VERSION_TTL_SECONDS, () => readDataVersion(prisma, courtId));
}
