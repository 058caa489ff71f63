import fc from 'fast-check';
import {
  BUNDLED_CALENDAR_YEARS,
  buildHolidayCalendar,
  HolidayCalendar,
  holidayMeasuresEdition,
  statutoryHolidays,
  validateCalendarFile,
  validateCalendarYear,
} from '../../../src/domain/calendar';
import { toEpochDay, toIsoDate } from '../../../src/domain/dates';

const calendar = buildHolidayCalendar();
const day = toEpochDay;

describe('the bundled official calendar (domain.md §6)', () => {
  it('covers 2022 to 2026, each citing its 国务院办公厅 notice', () => {
    expect(BUNDLED_CALENDAR_YEARS.map((year) => year.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    for (const year of BUNDLED_CALENDAR_YEARS)
      expect(year.source).toMatch(/^国务院办公厅关于\d{4}年部分节假日安排的通知/);
  });

  it('knows the Spring Festival rest days and make-up working days of 2024', () => {
    expect(calendar.isRestDay(day('2024-02-10'))).toBe(true);
    expect(calendar.isRestDay(day('2024-02-17'))).toBe(true);
    expect(calendar.isRestDay(day('2024-02-18'))).toBe(false); // Sunday, 调休上班
    expect(calendar.isRestDay(day('2024-02-04'))).toBe(false); // Sunday, 调休上班
    expect(calendar.isRestDay(day('2024-02-09'))).toBe(false); // 除夕 2024 was a working day
  });

  it('knows 2025 National Day ran to 10-08 and 10-11 (Saturday) was a working day', () => {
    expect(calendar.isRestDay(day('2025-10-08'))).toBe(true);
    expect(calendar.isRestDay(day('2025-10-09'))).toBe(false);
    expect(calendar.isRestDay(day('2025-10-11'))).toBe(false);
  });

  it('knows 2026 New Year: 01-01 to 01-03 off, Sunday 01-04 worked', () => {
    expect(calendar.isRestDay(day('2026-01-02'))).toBe(true);
    expect(calendar.isRestDay(day('2026-01-04'))).toBe(false);
    expect(calendar.restKind(day('2026-01-02'))).toBe('holiday');
    expect(calendar.restKind(day('2026-01-10'))).toBe('weekend');
  });

  it('rests on 元旦 2027, a Friday, though its notice is not loaded, and says the year is not known', () => {
    expect(calendar.hasYear(2027)).toBe(false);
    expect(calendar.isKnown(day('2027-01-01'))).toBe(false);
    expect(calendar.isRestDay(day('2027-01-01'))).toBe(true);
    expect(calendar.restKind(day('2027-01-01'))).toBe('holiday');
    expect(calendar.isRestDay(day('2027-01-04'))).toBe(false); // Monday: the day in lieu is the notice's to set
    expect(calendar.statutoryEdition(2027)).toBe('2024');
    expect(calendar.statutoryEdition(2026)).toBeNull(); // loaded: the notice decides
  });

  it('rolls a rest day forward to the next working day, honouring 调休', () => {
    expect(toIsoDate(calendar.rollForward(day('2024-02-17')))).toBe('2024-02-18');
    expect(toIsoDate(calendar.rollForward(day('2024-10-01')))).toBe('2024-10-08');
    expect(toIsoDate(calendar.rollForward(day('2024-10-08')))).toBe('2024-10-08');
  });

  it('counts working days after a day up to and including another', () => {
    // 2024-09-30 (Mon) to 2024-10-14 (Mon): 10-08..10-11, 10-12 (Sat, worked), 10-14 → 6
    expect(calendar.workingDaysBetween(day('2024-09-30'), day('2024-10-14'))).toBe(6);
    expect(calendar.workingDaysBetween(day('2024-10-14'), day('2024-09-30'))).toBe(0);
  });

  it('lets an imported year replace a bundled one', () => {
    const replaced = buildHolidayCalendar([{ year: 2024, source: '更正', holidays: ['2024-03-01'], workdays: [] }]);
    expect(replaced.isRestDay(day('2024-03-01'))).toBe(true);
    expect(replaced.isRestDay(day('2024-10-02'))).toBe(false);
  });
});

const valid2027 = {
  formatVersion: 1,
  year: 2027,
  source: '国务院办公厅关于2027年部分节假日安排的通知',
  holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
  workdays: [{ name: '春节', date: '2027-02-07' }],
};

describe('validating a calendar file a court imports', () => {
  it('accepts a well-formed year and flattens the ranges', () => {
    const result = validateCalendarFile(valid2027);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.year.holidays).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
  });

  it('rejects a date outside the year', () => {
    const result = validateCalendarFile({ ...valid2027, workdays: [{ name: '春节', date: '2026-12-27' }] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({ path: 'workdays[0].date', zh: expect.stringContaining('不在2027年内') });
  });

  it('rejects a day that is both a rest day and a make-up working day', () => {
    const result = validateCalendarFile({ ...valid2027, workdays: [{ name: '元旦', date: '2027-01-02' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.zh).toContain('既是放假日又是调休上班日');
  });

  it('rejects a date listed twice, a reversed range, a date that does not exist and unknown fields', () => {
    expect(
      validateCalendarFile({
        ...valid2027,
        holidays: [...valid2027.holidays, { name: '重复', from: '2027-01-03', to: '2027-01-03' }],
      }).ok,
    ).toBe(false);
    expect(
      validateCalendarFile({ ...valid2027, holidays: [{ name: '倒置', from: '2027-01-03', to: '2027-01-01' }] }).ok,
    ).toBe(false);
    expect(
      validateCalendarFile({ ...valid2027, holidays: [{ name: '错日', from: '2027-02-30', to: '2027-02-30' }] }).ok,
    ).toBe(false);
    expect(validateCalendarFile({ ...valid2027, extra: true }).ok).toBe(false);
  });

  it('warns (but accepts) a make-up working day that is already a weekday', () => {
    const result = validateCalendarFile({ ...valid2027, workdays: [{ name: '春节', date: '2027-02-08' }] });
    expect(result.ok && result.warnings.length).toBe(1);
  });

  it('checks stored rows with the same rules', () => {
    expect(
      validateCalendarYear({ year: 2027, source: 's', holidays: ['2027-01-01'], workdays: ['2027-01-01'] }).ok,
    ).toBe(false);
  });
});

describe('the statutory holidays of 《全国年节及纪念日放假办法》, for years without a notice', () => {
  it('2027 under the 2024 revision: 元旦 1, 春节 4 (除夕 to 初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3', () => {
    expect(statutoryHolidays(2027)?.holidays).toEqual([
      { name: '元旦', dates: ['2027-01-01'] },
      { name: '春节', dates: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'] },
      { name: '清明节', dates: ['2027-04-05'] },
      { name: '劳动节', dates: ['2027-05-01', '2027-05-02'] },
      { name: '端午节', dates: ['2027-06-09'] },
      { name: '中秋节', dates: ['2027-09-15'] },
      { name: '国庆节', dates: ['2027-10-01', '2027-10-02', '2027-10-03'] },
    ]);
  });

  it('the 2013 revision governs 2014 to 2024 (春节 初一 to 初三, one day for 劳动节); none is modelled before', () => {
    expect(holidayMeasuresEdition(2013)).toBeNull();
    expect(holidayMeasuresEdition(2014)).toBe('2013');
    expect(holidayMeasuresEdition(2024)).toBe('2013');
    expect(holidayMeasuresEdition(2025)).toBe('2024');
    const spring2024 = statutoryHolidays(2024)?.holidays.find((holiday) => holiday.name === '春节');
    expect(spring2024?.dates).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']); // 除夕 02-09 was worked
  });

  it('every statutory holiday of a year with a notice is a rest day in that notice (2022–2026)', () => {
    for (const year of BUNDLED_CALENDAR_YEARS) {
      const statutory = statutoryHolidays(year.year);
      for (const date of statutory?.holidays.flatMap((holiday) => holiday.dates) ?? [])
        expect([year.year, date, year.holidays.includes(date)]).toEqual([year.year, date, true]);
    }
  });

  it('each year lists 13 statutory days from 2025 (11 before), all inside the year and rest days on any calendar lacking its notice', () => {
    const noNotices = HolidayCalendar.fromYears([]);
    // 2022 and 2026 loaded: 2023–2025 are gaps inside the precomputed range, other years lie outside it.
    const gapped = HolidayCalendar.fromYears(
      [BUNDLED_CALENDAR_YEARS[0], BUNDLED_CALENDAR_YEARS[4]].flatMap((y) => y ?? []),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2014, max: 2100 }), (year) => {
        const dates = statutoryHolidays(year)?.holidays.flatMap((holiday) => holiday.dates) ?? [];
        // Counted per holiday: 中秋 may fall inside 国庆 (2020-10-01), so the distinct days can be fewer.
        expect(dates).toHaveLength(year >= 2025 ? 13 : 11);
        for (const date of dates) {
          expect(date.startsWith(`${year}-`)).toBe(true);
          expect(noNotices.restKind(day(date))).toBe('holiday');
          if (!gapped.hasYear(year)) expect(gapped.restKind(day(date))).toBe('holiday');
        }
        expect(noNotices.isKnown(day(`${year}-06-01`))).toBe(false);
      }),
      { numRuns: 60, examples: [[2023], [2024], [2025], [2027]] },
    );
  });
});
