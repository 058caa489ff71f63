import type { MetricKey } from '../../src/domain/metrics';
import type { Store } from '../../src/store';
import { FIXTURE_NOW, seedCourt, SLACK_USERS, type Fixture } from './court';
import { SlackHarness } from './slack';
import { createTestStore } from './store';

/** What a file adds to the fixture court before its tests run (targets, rules, channels …). */
export type Preparation = (store: Store, fixture: Fixture) => Promise<unknown>;

/** A preparation: the teams' targets for the year 2025, e.g. { civil1: { closureRate: 90 } }. */
export function targets2025(
  byTeam: Partial<Record<keyof Fixture['teams'], Partial<Record<MetricKey, number>>>>,
): Preparation {
  return (store, fixture) =>
    store.prisma.teamTarget.createMany({
      data: Object.entries(byTeam).flatMap(([team, metrics]) =>
        Object.entries(metrics).map(([metric, value]) => ({
          teamId: fixture.teams[team as keyof Fixture['teams']],
          metric,
          periodKind: 'year',
          periodKey: '2025',
          value,
        })),
      ),
    });
}

export interface FixtureCourt {
  store: Store;
  fixture: Fixture;
}

export interface SlackCourt extends FixtureCourt {
  harness: SlackHarness;
}

/**
 * A fresh store with the fixture court (support/court) and whatever `prepare` adds. Seeding is the slow
 * part, so a file opens one in beforeAll and its tests share it. A failure half-way closes the store.
 */
export async function openFixtureCourt(prepare?: Preparation): Promise<FixtureCourt> {
  const store = await createTestStore();
  try {
    const fixture = await seedCourt(store);
    await prepare?.(store, fixture);
    return { store, fixture };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** The fixture court behind the real app, at FIXTURE_NOW, with everyone in the fake Slack directory. */
export async function openSlackCourt(prepare?: Preparation): Promise<SlackCourt> {
  const court = await openFixtureCourt(prepare);
  try {
    return {
      ...court,
      harness: await SlackHarness.start({ store: court.store, now: FIXTURE_NOW, users: SLACK_USERS }),
    };
  } catch (error) {
    await court.store.close();
    throw error;
  }
}

/** For afterAll: stops the app, then closes the store; either is unset when beforeAll failed. */
export async function closeSlackCourt(court: Partial<SlackCourt>): Promise<void> {
  await court.harness?.stop();
  await court.store?.close();
}
