import {
  BUNDLED_CALENDAR_YEARS,
  buildHolidayCalendar,
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

  it('falls back to weekends only for 2027 and says the year is not known', () => {
    expect(calendar.hasYear(2027)).toBe(false);
    expect(calendar.isKnown(day('2027-01-01'))).toBe(false);
    expect(calendar.isRestDay(day('2027-01-01'))).toBe(false); // a Friday: no data, so a working day
    expect(calendar.isRestDay(day('2027-01-02'))).toBe(true);
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
