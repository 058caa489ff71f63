import { Writable } from 'node:stream';
import { createLogger } from '../../src/observability/logger';
import { Metrics } from '../../src/observability/metrics';
import type { Clock } from '../../src/services/clock';
import { DigestRunner, type RunnerDeps } from '../../src/digests/runner';
import { createWebClient } from '../../src/slack/client';
import type { FakeSlackApi } from '../../src/devtools/localSlack/fakeSlackApi';
import { FaultySlackApi } from '../support/faultySlack';
import { Outbound } from '../../src/slack/outbound';
import type { Store } from '../../src/store';
import { SLACK_USERS } from '../support/court';

/** A clock the test moves by hand: the app and the outbound pacer both read it, and sleeping advances it (no real waiting). */
export class ManualClock implements Clock {
  private at: number;
  constructor(start: string) {
    this.at = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.at);
  }
  set(instant: string): void {
    this.at = new Date(instant).getTime();
  }
  advance(ms: number): void {
    this.at += ms;
  }
}

export const quietLogger = () =>
  createLogger({
    level: 'warn',
    destination: new Writable({
      write(_chunk, _encoding, done) {
        done();
      },
    }),
  });

/** Outbound against the fake Slack, with its retries and Retry-After waits on the manual clock. */
export function outboundFor(slack: FakeSlackApi, clock: ManualClock): Outbound {
  return new Outbound({
    client: createWebClient({ token: slack.botToken, slackApiUrl: slack.apiUrl }),
    logger: quietLogger(),
    metrics: new Metrics(),
    pacing: {
      channelIntervalMs: 0,
      now: () => clock.now().getTime(),
      sleep: async (ms) => {
        clock.advance(ms);
      },
    },
  });
}

export function runnerFor(
  store: Store,
  slack: FakeSlackApi,
  clock: ManualClock,
  extra: Partial<RunnerDeps> = {},
): DigestRunner {
  return new DigestRunner({
    store,
    outbound: outboundFor(slack, clock),
    clock,
    logger: quietLogger(),
    charts: false,
    documents: false,
    ...extra,
  });
}

/** Runs every due occasion once, as the every-minute job does. */
export async function tick(runner: DigestRunner): Promise<Array<Awaited<ReturnType<DigestRunner['run']>>>> {
  const summaries = [];
  for (const request of await runner.dueRuns()) summaries.push(await runner.run(request));
  return summaries;
}

/** chat.postMessage calls that succeeded, by DM channel (D<user id>) or channel. */
export function postsByChannel(slack: FakeSlackApi): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of slack.callsTo('chat.postMessage')) {
    if (call.status !== 200 || call.error) continue;
    const channel = String(call.args.channel);
    counts.set(channel, (counts.get(channel) ?? 0) + 1);
  }
  return counts;
}

/** Empties what digests write, so tests can share one seeded court. */
export async function resetDigests(store: Store): Promise<void> {
  await store.prisma.digestDelivery.deleteMany();
  await store.prisma.digestRun.deleteMany();
  await store.prisma.userPreference.deleteMany();
  await store.prisma.schedule.deleteMany();
}

/** No digest sent yet and a fresh fake Slack with the fixture court's people: each test starts clean. */
export async function freshDigestSlack(store: Store): Promise<FaultySlackApi> {
  await resetDigests(store);
  const slack = new FaultySlackApi({ users: SLACK_USERS });
  await slack.start();
  return slack;
}
