import { buildHolidayCalendar } from '../../../src/domain/calendar';
import { daysOf, isoWeekOf, monthOf, occasionIn, previousWeek, type DigestKind } from '../../../src/domain/digests';

const calendar = buildHolidayCalendar();
const everyDay = (from: string, to: string) => daysOf({ from, to });
const mondays = (from: string, to: string) =>
  everyDay(from, to).filter((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === 1);

function sendDays(kind: DigestKind, from: string, to: string, cronDays: string[]): string[] {
  const found = new Set<string>();
  for (const day of everyDay(from, to)) {
    const occasion = occasionIn(kind, day, cronDays, calendar);
    if (occasion && occasion.sendDay === day) found.add(`${day} ${occasion.period.key}`);
  }
  return [...found];
}

describe('ISO weeks', () => {
  test('the week containing the year’s first Thursday is W01; 2024-12-30 is in 2025-W01', () => {
    expect(isoWeekOf('2024-12-30')).toEqual({ key: '2025-W01', from: '2024-12-30', to: '2025-01-05' });
    expect(isoWeekOf('2026-11-26').key).toBe('2026-W48');
    expect(isoWeekOf('2021-01-03').key).toBe('2020-W53');
    expect(previousWeek(isoWeekOf('2025-01-01')).key).toBe('2024-W52');
    expect(monthOf('2024-02-10')).toEqual({ key: '2024-02', from: '2024-02-01', to: '2024-02-29' });
  });
});

describe('when digests go out over the 2025 国庆 fortnight (09-28 Sun and 10-11 Sat are 调休 working days; 10-01…10-08 are off)', () => {
  const from = '2025-09-28';
  const to = '2025-10-12';

  test('daily at 08:30 every day: only on working days, 调休 weekend days included', () => {
    expect(sendDays('daily', from, to, everyDay(from, to)).map((entry) => entry.slice(0, 10))).toEqual([
      '2025-09-28',
      '2025-09-29',
      '2025-09-30',
      '2025-10-09',
      '2025-10-10',
      '2025-10-11',
    ]);
  });

  test('weekly on Monday: 09-29 reports W39; Monday 10-06 is a holiday, so W40’s report goes on Thursday 10-09', () => {
    expect(sendDays('weekly', from, to, mondays('2025-09-22', to))).toEqual([
      '2025-09-29 2025-W39',
      '2025-10-09 2025-W40',
    ]);
  });

  test('monthly on the 1st: October’s first working day is 10-09, and it reports September', () => {
    expect(sendDays('monthly', from, to, ['2025-09-01', '2025-10-01'])).toEqual(['2025-10-09 2025-09']);
  });

  test('a daily cron that skips weekends (1-5) also skips the 调休 Saturday — the cron is obeyed, the calendar only removes days', () => {
    const weekdays = everyDay(from, to).filter((day) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()));
    expect(sendDays('daily', from, to, weekdays).map((entry) => entry.slice(0, 10))).not.toContain('2025-10-11');
  });
});

describe('Spring Festival 2026 (02-15…02-23 off, 02-14 and 02-28 Saturdays are working days)', () => {
  test('the weekly report of the week of 02-16 has no working day left: none is sent that week', () => {
    expect(sendDays('weekly', '2026-02-16', '2026-02-22', mondays('2026-02-16', '2026-02-22'))).toEqual([]);
  });
  test('March’s monthly report goes on Monday 03-02 (the 1st is a Sunday)', () => {
    expect(sendDays('monthly', '2026-03-01', '2026-03-31', ['2026-03-01'])).toEqual(['2026-03-02 2026-02']);
  });
});
