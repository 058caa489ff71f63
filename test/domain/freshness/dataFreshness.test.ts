import fc from 'fast-check';
import { buildHolidayCalendar } from '../../../src/domain/calendar';
import { toEpochDay, toIsoDate } from '../../../src/domain/dates';
import { dataFreshness } from '../../../src/domain/freshness';

const calendar = buildHolidayCalendar();
const addDays = (day: string, count: number) => toIsoDate(toEpochDay(day) + count);

describe('how current the case data is, after the nightly import', () => {
  it('is current the day after an import, and stale once a whole working day passes without one', () => {
    expect(dataFreshness('2025-06-10', '2025-06-10', calendar)).toEqual({ kind: 'current', importedOn: '2025-06-10' });
    expect(dataFreshness('2025-06-10', '2025-06-11', calendar)).toEqual({ kind: 'current', importedOn: '2025-06-10' });
    expect(dataFreshness('2025-06-10', '2025-06-12', calendar)).toEqual({
      kind: 'stale',
      importedOn: '2025-06-10',
      missedWorkingDays: 1,
    });
    expect(dataFreshness('2025-06-10', '2025-06-16', calendar)).toMatchObject({ kind: 'stale', missedWorkingDays: 3 });
  });

  it('serves Monday with Friday’s import: a weekend is no missed day', () => {
    expect(dataFreshness('2025-06-13', '2025-06-16', calendar)).toMatchObject({ kind: 'current' });
    expect(dataFreshness('2025-06-13', '2025-06-17', calendar)).toMatchObject({ kind: 'stale', missedWorkingDays: 1 });
  });

  it('follows the official calendar: National Day 2025 is no missed day, its 调休 Saturday is', () => {
    expect(dataFreshness('2025-09-30', '2025-10-09', calendar)).toMatchObject({ kind: 'current' });
    expect(dataFreshness('2025-09-30', '2025-10-10', calendar)).toMatchObject({ kind: 'stale', missedWorkingDays: 1 });
    expect(dataFreshness('2025-10-10', '2025-10-13', calendar)).toMatchObject({ kind: 'stale', missedWorkingDays: 1 }); // 10-11 was a working Saturday
  });

  it('says so when no case export was ever imported (a demo court, a court just registered)', () => {
    expect(dataFreshness(null, '2025-06-16', calendar)).toEqual({ kind: 'never' });
  });

  it('is stale exactly when some working day lies strictly between the import and today, and never less stale on a later day', () => {
    const day = fc.integer({ min: toEpochDay('2022-01-01'), max: toEpochDay('2026-12-20') }).map(toIsoDate);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 30 }), (importedOn, gap) => {
        const today = addDays(importedOn, gap);
        const between = Array.from(
          { length: Math.max(0, gap - 1) },
          (_, index) => toEpochDay(importedOn) + index + 1,
        ).filter((epochDay) => !calendar.isRestDay(epochDay));
        const freshness = dataFreshness(importedOn, today, calendar);
        expect(freshness.kind).toBe(between.length > 0 ? 'stale' : 'current');
        if (freshness.kind === 'stale') expect(freshness.missedWorkingDays).toBe(between.length);
        const tomorrow = dataFreshness(importedOn, addDays(today, 1), calendar);
        const missed = (f: typeof freshness) => (f.kind === 'stale' ? f.missedWorkingDays : 0);
        expect(missed(tomorrow)).toBeGreaterThanOrEqual(missed(freshness));
      }),
    );
  });
});
