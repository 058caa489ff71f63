import fc from 'fast-check';
import {
  addMonths,
  addPeriod,
  civilFromEpochDay,
  epochDayFromCivil,
  toEpochDay,
  toIsoDate,
  tryEpochDay,
  weekdayNameZh,
} from '../../../src/domain/dates';

const day = (iso: string) => toEpochDay(iso);
const iso = toIsoDate;

describe('calendar dates as epoch days', () => {
  it('round-trips every day from 1990 to 2100', () => {
    // Collected and compared once: an expect per day is most of this test's time.
    const wrong: { epochDay: number; fromCivil: number; fromIso: number }[] = [];
    for (let epochDay = day('1990-01-01'); epochDay <= day('2100-12-31'); epochDay++) {
      const { year, month, day: dayOfMonth } = civilFromEpochDay(epochDay);
      const fromCivil = epochDayFromCivil(year, month, dayOfMonth);
      const fromIso = toEpochDay(iso(epochDay));
      if (fromCivil !== epochDay || fromIso !== epochDay) wrong.push({ epochDay, fromCivil, fromIso });
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with the JavaScript Date on arbitrary days', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30000, max: 100000 }), (epochDay) => {
        expect(iso(epochDay)).toBe(new Date(epochDay * 86400000).toISOString().slice(0, 10));
      }),
    );
  });

  it('rejects dates that do not exist and malformed text', () => {
    expect(tryEpochDay('2025-02-29')).toBeNull();
    expect(tryEpochDay('2024-02-29')).not.toBeNull();
    expect(tryEpochDay('2024-13-01')).toBeNull();
    expect(tryEpochDay('2024-1-01')).toBeNull();
    expect(tryEpochDay('2024-01-0x')).toBeNull();
  });

  it('names weekdays: 2024-10-08 was a Tuesday', () => {
    expect(weekdayNameZh(day('2024-10-08'))).toBe('周二');
  });
});

describe('month arithmetic', () => {
  it('civil (民法典 §202): the corresponding day, else the month end — 08-31 + 6 months = 02-28', () => {
    expect(iso(addMonths(day('2024-08-31'), 6, 'civil'))).toBe('2025-02-28');
    expect(iso(addMonths(day('2024-02-29'), 2, 'civil'))).toBe('2024-04-29');
    expect(iso(addMonths(day('2023-12-30'), 2, 'civil'))).toBe('2024-02-29');
  });

  it('criminal (刑诉法解释 §202): a month-end start ends on a month-end — 02-29 + 2 months = 04-30', () => {
    expect(iso(addMonths(day('2024-02-29'), 2, 'criminal'))).toBe('2024-04-30');
    expect(iso(addMonths(day('2024-04-30'), 1, 'criminal'))).toBe('2024-05-31');
    expect(iso(addMonths(day('2024-01-30'), 1, 'criminal'))).toBe('2024-02-29');
    expect(iso(addMonths(day('2024-03-15'), 1, 'criminal'))).toBe('2024-04-15');
  });

  it('one and a half months is one month, then 15 days (刑诉法解释 §202)', () => {
    expect(iso(addPeriod(day('2024-01-31'), { months: 1, days: 15 }, 'criminal'))).toBe('2024-03-15');
  });

  it('never goes backwards and lands in the target month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60000 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom('civil' as const, 'criminal' as const),
        (start, count, rule) => {
          const end = addMonths(start, count, rule);
          expect(end).toBeGreaterThanOrEqual(start);
          const from = civilFromEpochDay(start);
          const to = civilFromEpochDay(end);
          expect(to.year * 12 + to.month - (from.year * 12 + from.month)).toBe(count);
        },
      ),
    );
  });
});
