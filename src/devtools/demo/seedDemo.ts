import { toEpochDay, type IsoDate } from '../../domain/dates';
import type { Store } from '../../store';
import { bulkInsert, bulkUpdate } from '../../store/bulk';
import type { SqlSession } from '../../store/migrations';
import { withSqlTransaction } from '../../store/transaction';
import { loadCalendar } from '../../services/caseRecords';
import { generateCourt } from './generateCourt';
import { Random } from './random';
import { DEMO_COURT, REGION_COURTS, type DemoCourt } from './regionCourts';
import { IdCounters, type CourtData } from './rows';
import { SlackIds } from './staff';
import { demoTables } from './tables';

/**
 * `court`: the demo court, about 5,400 cases a year for three years. `region`: 109 such courts (about
 * 1.7 million cases) for benchmarks. `tiny`: the demo court at 5% of its volume, for tests.
 */
export type DemoScale = 'tiny' | 'court' | 'region';

export interface SeedOptions {
  scale: DemoScale;
  seed: number;
  /** The last day of the three years of cases; cases still open on it stay open. */
  asOf: IsoDate;
  /** Delete the existing court data first (regulations and imported holiday calendars are kept). */
  reset: boolean;
  onProgress?: (progress: SeedProgress) => void;
}

export interface SeedProgress {
  courtsDone: number;
  courtsTotal: number;
  casesWritten: number;
  /** An estimate until the last court is generated. */
  casesExpected: number;
}

export interface SeedReport {
  scale: DemoScale;
  seed: number;
  asOf: IsoDate;
  courts: number;
  teams: number;
  people: number;
  cases: number;
  openCases: number;
  events: number;
}

/** The store already holds court data, and the seed was not told to replace it. */
export class StoreNotEmptyError extends Error {
  override name = 'StoreNotEmptyError';
  constructor(
    readonly location: string,
    readonly counts: { courts: number; people: number; cases: number },
  ) {
    super(
      `${location} already holds ${counts.courts} court(s), ${counts.people} people and ${counts.cases} cases; ` +
        'seeding would mix demo data with them. Run again with --reset to delete them first (regulations and imported holiday calendars are kept), ' +
        'or point DATABASE_URL or DOCKET_DATA_DIR at an empty store.',
    );
  }
}

const YEARLY_VOLUME = 5400;
const TINY_SHARE = 0.05;
/** One seed at a time: a second one waits, then finds the store full. */
const SEED_LOCK = 72707370;

/** Tables the reset empties, in any order (TRUNCATE … CASCADE follows the foreign keys). */
const COURT_DATA_TABLES = [
  'AuditLog',
  'DigestDelivery',
  'UserPreference',
  'Schedule',
  'TeamTarget',
  'CaseEvent',
  'Case',
  'JudgeAssignment',
  'ImportRun',
  'Person',
  'Team',
  'Court',
];
const SERIAL_TABLES = ['Court', 'Team', 'Person', 'Case', 'CaseEvent', 'TeamTarget', 'Schedule', 'AuditLog'];

function plan(scale: DemoScale, seed: number): { court: DemoCourt; yearlyVolume: number }[] {
  if (scale === 'tiny') return [{ court: DEMO_COURT, yearlyVolume: YEARLY_VOLUME * TINY_SHARE }];
  if (scale === 'court') return [{ court: DEMO_COURT, yearlyVolume: YEARLY_VOLUME }];
  // Region courts differ in size (±30%), so some judges are much busier than others.
  const sizes = new Random(seed, 0x5eed);
  return REGION_COURTS.map((court, index) => ({
    court,
    yearlyVolume: index === 0 ? YEARLY_VOLUME : Math.round(YEARLY_VOLUME * (0.7 + 0.6 * sizes.next())),
  }));
}

/**
 * Builds the synthetic court(s) in one transaction: a failure leaves the store as it was, and the
 * same options always write the same rows (ids included), on either store.
 */
export async function seedDemo(store: Store, options: SeedOptions): Promise<SeedReport> {
  const calendar = await loadCalendar(store);
  const asOf = toEpochDay(options.asOf);
  const courts = plan(options.scale, options.seed);
  const stamp = new Date(`${options.asOf}T00:00:00+08:00`).toISOString();
  const tables = demoTables(stamp);
  const report: SeedReport = {
    scale: options.scale,
    seed: options.seed,
    asOf: options.asOf,
    courts: 0,
    teams: 0,
    people: 0,
    cases: 0,
    openCases: 0,
    events: 0,
  };
  const progress: SeedProgress = {
    courtsDone: 0,
    courtsTotal: courts.length,
    casesWritten: 0,
    casesExpected: courts.reduce((sum, court) => sum + Math.round(court.yearlyVolume * 3), 0),
  };

  const seeded = await withSqlTransaction(store, async (session) => {
    await session.query(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
    await makeRoom(session, store.location, options.reset);
    const ids = new IdCounters();
    const slackIds = new SlackIds();
    // Court n+1 is generated while court n is written: generation yields to the event loop now and then.
    let writing: Promise<void> = Promise.resolve();
    for (const [index, entry] of courts.entries()) {
      const data = await generateCourt({ ...entry, index, seed: options.seed, asOf, calendar }, ids, slackIds);
      await writing;
      writing = write(session, tables, data, (written) =>
        options.onProgress?.({ ...progress, casesWritten: progress.casesWritten + written }),
      ).then(() => {
        progress.courtsDone++;
        progress.casesWritten += data.cases.length;
        options.onProgress?.({ ...progress });
      });
      // Observed here so a failure while the next court is generated is not an unhandled rejection; awaited above.
      writing.catch(() => undefined);
      tally(report, data);
    }
    await writing;
    for (const table of SERIAL_TABLES) {
      await session.query(
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`,
      );
    }
    await session.query(
      `INSERT INTO "AuditLog" ("actorLabel", action, entity, "after", "createdAt") VALUES ('cli', 'seed.demo', 'store', $1::jsonb, $2::timestamp)`,
      [JSON.stringify(report), stamp],
    );
    return { value: report, commit: true };
  });
  // Fresh planner statistics, so the first queries on a bulk-loaded store already use the indexes.
  await store.withSql((session) => session.exec('ANALYZE'));
  return seeded;
}

async function makeRoom(session: SqlSession, location: string, reset: boolean): Promise<void> {
  const [counts] = await session.query<{ courts: number; people: number; cases: number }>(
    'SELECT (SELECT count(*)::int FROM "Court") AS courts, (SELECT count(*)::int FROM "Person") AS people, (SELECT count(*)::int FROM "Case") AS cases',
  );
  if (counts === undefined || counts.courts + counts.people + counts.cases === 0) return;
  if (!reset) throw new StoreNotEmptyError(location, counts);
  await session.exec(`TRUNCATE ${COURT_DATA_TABLES.map((table) => `"${table}"`).join(', ')} RESTART IDENTITY CASCADE`);
}

const CASE_CHUNK = 4000;

async function write(
  session: SqlSession,
  tables: ReturnType<typeof demoTables>,
  data: CourtData,
  onCases: (written: number) => void,
): Promise<void> {
  await bulkInsert(session, tables.courts, [data.court]);
  await bulkInsert(session, tables.teams, data.teams);
  await bulkInsert(session, tables.people, data.people);
  await bulkUpdate(session, tables.teamLeads, data.teams);
  await bulkInsert(session, tables.assignments, data.assignments);
  for (let start = 0; start < data.cases.length; start += CASE_CHUNK) {
    await bulkInsert(session, tables.cases, data.cases.slice(start, start + CASE_CHUNK));
    onCases(Math.min(start + CASE_CHUNK, data.cases.length));
  }
  await bulkInsert(session, tables.events, data.events);
  await bulkInsert(session, tables.targets, data.targets);
  await bulkInsert(session, tables.schedules, data.schedules);
}

function tally(report: SeedReport, data: CourtData): void {
  report.courts++;
  report.teams += data.teams.length;
  report.people += data.people.length;
  report.cases += data.cases.length;
  report.openCases += data.cases.filter((row) => row.status === 'open').length;
  report.events += data.events.length;
}
