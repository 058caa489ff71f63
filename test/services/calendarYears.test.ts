import { validateCalendarYear } from '../../src/domain/calendar';
import { loadCalendar } from '../../src/services/caseRecords';
import { CalendarYearsService } from '../../src/services/calendarYears';
import type { Store } from '../../src/store';
import { toEpochDay } from '../../src/domain/dates';
import { createTestStore } from '../support/store';

let store: Store;
beforeAll(async () => {
  store = await createTestStore();
}, 60_000);
afterAll(async () => {
  await store.close();
});

const year2027 = {
  year: 2027,
  source: '国务院办公厅关于2027年部分节假日安排的通知',
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
  workdays: [],
};

describe('the holiday calendars a court imports', () => {
  it('lists the bundled years before any import', async () => {
    const years = await new CalendarYearsService({ store }).list();
    expect(years.map((entry) => [entry.year, entry.origin])).toEqual([
      [2022, 'bundled'],
      [2023, 'bundled'],
      [2024, 'bundled'],
      [2025, 'bundled'],
      [2026, 'bundled'],
    ]);
  });

  it('stores a new year, audits it, and the engine’s calendar then knows it', async () => {
    expect(validateCalendarYear(year2027).ok).toBe(true);
    expect(await new CalendarYearsService({ store }).save(year2027, 'cli:test')).toEqual({
      year: 2027,
      replaced: 'none',
    });
    const calendar = await loadCalendar(store);
    expect(calendar.hasYear(2027)).toBe(true);
    expect(calendar.isRestDay(toEpochDay('2027-01-01'))).toBe(true);
    const audit = await store.prisma.auditLog.findMany({ where: { entity: 'CalendarYear', entityId: '2027' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'calendar.import', actorLabel: 'cli:test' });
  });

  it('replaces an earlier import of the same year, keeping what it replaced in the audit log', async () => {
    expect(
      await new CalendarYearsService({ store }).save({ ...year2027, holidays: ['2027-01-01'] }, 'cli:test'),
    ).toEqual({
      year: 2027,
      replaced: 'imported',
    });
    const audit = await store.prisma.auditLog.findMany({
      where: { entity: 'CalendarYear', entityId: '2027' },
      orderBy: { id: 'asc' },
    });
    expect(audit[1]?.before).toMatchObject({ holidays: year2027.holidays });
  });

  it('says when an import replaces a bundled year, and lists it as imported', async () => {
    const corrected = { year: 2026, source: '更正', holidays: ['2026-01-01'], workdays: [] };
    expect(await new CalendarYearsService({ store }).save(corrected, 'cli:test')).toEqual({
      year: 2026,
      replaced: 'bundled',
    });
    const listed = (await new CalendarYearsService({ store }).list()).find((entry) => entry.year === 2026);
    expect(listed).toMatchObject({ origin: 'imported', replacesBundled: true, holidayCount: 1 });
  });
});
