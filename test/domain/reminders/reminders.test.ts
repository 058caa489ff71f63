import fc from 'fast-check';
import { buildHolidayCalendar } from '../../../src/domain/calendar';
import { toEpochDay, toIsoDate } from '../../../src/domain/dates';
import { reminderDay, reminderTiming, snoozeAccepted, workingDaysBefore } from '../../../src/domain/reminders';

// 2026 春节: rest 02-15 (Sun) – 02-23 (Mon); make-up working days Saturday 02-14 and Saturday 02-28.
const calendar = buildHolidayCalendar();
const THURSDAY = '2026-02-12';
const noAnchors = { deadline: null, applyBy: null };

describe('the day a reminder falls due', () => {
  it('keeps a 调休 Saturday, which is a working day', () => {
    expect(reminderDay({ kind: 'date', on: '2026-02-14' }, noAnchors, THURSDAY, calendar)).toEqual({
      ok: true,
      on: '2026-02-14',
      asked: '2026-02-14',
      moved: null,
    });
  });

  it('moves a day of the Spring Festival holiday to the first working day after it, and says why', () => {
    expect(reminderDay({ kind: 'date', on: '2026-02-17' }, noAnchors, THURSDAY, calendar)).toEqual({
      ok: true,
      on: '2026-02-24',
      asked: '2026-02-17',
      moved: 'rest_day',
    });
  });

  it('moves a day already past to today when today is a working day, and says so', () => {
    expect(reminderDay({ kind: 'date', on: '2026-02-02' }, noAnchors, THURSDAY, calendar)).toMatchObject({
      on: THURSDAY,
      moved: 'past',
    });
    // Asked on the Sunday of the holiday for a past day: the first working day after the holiday.
    expect(reminderDay({ kind: 'date', on: '2026-02-10' }, noAnchors, '2026-02-15', calendar)).toMatchObject({
      on: '2026-02-24',
      moved: 'past',
    });
  });

  it('counts working days back from the 审限 across the holiday and its make-up Saturday', () => {
    // 审限 ends Wednesday 2026-02-25: working days before it are 02-24, then 02-14 (the 调休 Saturday), then 02-13.
    const anchors = { deadline: '2026-02-25', applyBy: '2026-02-10' };
    expect(workingDaysBefore('2026-02-25', 1, calendar)).toBe('2026-02-24');
    expect(workingDaysBefore('2026-02-25', 2, calendar)).toBe('2026-02-14');
    expect(reminderDay({ kind: 'before_deadline', workingDays: 3 }, anchors, THURSDAY, calendar)).toEqual({
      ok: true,
      on: '2026-02-13',
      asked: '2026-02-13',
      moved: null,
    });
    // Three working days before an application date of 02-10 is 02-05: past, so today.
    expect(reminderDay({ kind: 'before_apply_by', workingDays: 3 }, anchors, THURSDAY, calendar)).toMatchObject({
      on: THURSDAY,
      asked: '2026-02-05',
      moved: 'past',
    });
  });

  it('refuses a relative reminder when the case has no such date', () => {
    expect(reminderDay({ kind: 'before_deadline', workingDays: 2 }, noAnchors, THURSDAY, calendar)).toEqual({
      ok: false,
      reason: 'no_deadline',
    });
    expect(
      reminderDay(
        { kind: 'before_apply_by', workingDays: 2 },
        { deadline: '2026-03-01', applyBy: null },
        THURSDAY,
        calendar,
      ),
    ).toEqual({ ok: false, reason: 'no_apply_by' });
  });

  it('always falls on a working day, never before today, never before the day asked', () => {
    const day = fc.integer({ min: toEpochDay('2024-01-01'), max: toEpochDay('2026-12-31') }).map(toIsoDate);
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: 30 }), (today, anchor, workingDays) => {
        for (const request of [
          { kind: 'date' as const, on: anchor },
          { kind: 'before_deadline' as const, workingDays },
        ]) {
          const result = reminderDay(request, { deadline: anchor, applyBy: null }, today, calendar);
          if (!result.ok) throw new Error('a deadline was given');
          expect(calendar.isRestDay(toEpochDay(result.on))).toBe(false);
          expect(result.on >= today).toBe(true);
          expect(result.on >= result.asked).toBe(true);
          expect(result.moved === null).toBe(result.on === result.asked);
        }
      }),
    );
  });
});

describe('when a due reminder may be sent', () => {
  const preferences = { dailyDigestTime: '08:30', snoozeUntil: null, quietHours: null };
  const at = (today: string, hhmm: string, extra: Partial<typeof preferences> = {}, on = '2026-02-14') => {
    const [hours, minutes] = hhmm.split(':').map(Number);
    return reminderTiming({
      on,
      today,
      nowMinute: (hours as number) * 60 + (minutes as number),
      calendar,
      preferences: { ...preferences, ...extra } as never,
    });
  };

  it('comes with the morning on its day, a 调休 Saturday included', () => {
    expect(at('2026-02-14', '07:00')).toEqual({ kind: 'later', minute: 8 * 60 + 30 });
    expect(at('2026-02-14', '08:30')).toEqual({ kind: 'now' });
    expect(at('2026-02-13', '09:00')).toEqual({ kind: 'not_today' });
  });

  it('waits out a holiday, then goes on the first working day, even though its day has passed', () => {
    expect(at('2026-02-17', '09:00', {}, '2026-02-16')).toEqual({ kind: 'not_today' });
    expect(at('2026-02-24', '08:00', {}, '2026-02-16')).toEqual({ kind: 'later', minute: 8 * 60 + 30 });
    expect(at('2026-02-24', '11:00', {}, '2026-02-16')).toEqual({ kind: 'now' });
  });

  it('keeps out of quiet hours and the person’s own pause', () => {
    expect(at('2026-02-14', '09:00', { quietHours: { start: '08:00', end: '10:00' } } as never)).toEqual({
      kind: 'later',
      minute: 600,
    });
    expect(at('2026-02-14', '21:00', { quietHours: { start: '20:00', end: '07:00' } } as never)).toEqual({
      kind: 'not_today',
    });
    expect(at('2026-02-14', '09:00', { snoozeUntil: '2026-02-14' } as never)).toEqual({ kind: 'not_today' });
  });
});

describe('a snooze', () => {
  it('runs through today or a later day, never a past one', () => {
    expect(snoozeAccepted('2026-02-12', THURSDAY)).toBe(true);
    expect(snoozeAccepted('2026-02-11', THURSDAY)).toBe(false);
  });
});
