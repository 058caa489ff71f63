import { MyCasesService } from '../../src/services/myCases';
import { ReadCache } from '../../src/services/readCache';
import type { Store } from '../../src/store';
import { seedCourt } from '../support/court';
import { recordImportRun } from '../support/importFixtures';
import { createTestStore } from '../support/store';

/** "Today" is Monday 2025-06-16 in Asia/Shanghai, as in the Slack fixture court. */
const TODAY = '2025-06-16';

describe('how current a court’s case data is, from its import ledger', () => {
  let store: Store;
  let courtId: number;

  // A fresh cache each time: the service keeps the last import's day for minutes, as it should in production.
  const freshness = () => new MyCasesService({ store, cache: new ReadCache() }).freshness(courtId, TODAY);

  beforeAll(async () => {
    store = await createTestStore();
    courtId = (await seedCourt(store)).courtId;
  });
  afterAll(() => store.close());

  it('knows of no import while only dry runs, rejected runs and rosters were recorded', async () => {
    await recordImportRun(store, courtId, '2025-06-15T18:30:00Z', { outcome: 'dry_run' });
    await recordImportRun(store, courtId, '2025-06-15T18:30:00Z', { outcome: 'rejected' });
    await recordImportRun(store, courtId, '2025-06-15T18:30:00Z', { kind: 'people' });
    expect(await freshness()).toEqual({ kind: 'never' });
  });

  it('is stale on Monday when the last case import was Wednesday night’s (Thursday and Friday missed)', async () => {
    await recordImportRun(store, courtId, '2025-06-10T18:30:00Z'); // 2025-06-11 02:30 in Shanghai
    expect(await freshness()).toEqual({ kind: 'stale', importedOn: '2025-06-11', missedWorkingDays: 2 });
  });

  it('counts the import’s day in the court’s time zone: 01:00 Friday in Shanghai is Thursday in UTC', async () => {
    await recordImportRun(store, courtId, '2025-06-12T17:00:00Z');
    expect(await freshness()).toEqual({ kind: 'current', importedOn: '2025-06-13' });
  });
});
