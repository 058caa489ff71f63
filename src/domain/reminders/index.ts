import type { HolidayCalendar } from '../calendar/holidayCalendar';
import { toEpochDay, toIsoDate, type IsoDate } from '../dates';
import { endOfQuiet, minuteOfDay, MINUTES_PER_DAY } from '../digests/timing';

/**
 * 「提醒我」 and 「本案暂不提醒」 as rules on days: when a reminder about a case falls due, and when its DM may
 * go out. Reminders come on working days only (the official calendar, 调休 included), never inside the
 * person's quiet hours, and never for a day already past: such a day moves to the next working day,
 * and the person is told.
 */

/** What a person asks for: a day, or N working days before the case's 审限 or its extension-application date. */
export type ReminderRequest =
  | { kind: 'date'; on: IsoDate }
  | { kind: 'before_deadline'; workingDays: number }
  | { kind: 'before_apply_by'; workingDays: number };

export type ReminderBasis = ReminderRequest['kind'];

/** How far before a date a reminder may be asked for, in working days. */
export const MAX_WORKING_DAYS_BEFORE = 30;

/** The dates a relative reminder counts back from. */
export interface ReminderAnchors {
  deadline: IsoDate | null;
  applyBy: IsoDate | null;
}

export type ReminderDay =
  | {
      ok: true;
      /** The working day the reminder is due. */
      on: IsoDate;
      /** The day that was asked for (or counted back to), before moving it. */
      asked: IsoDate;
      /** Why `on` differs from `asked`: it had passed, or was not a working day. */
      moved: 'past' | 'rest_day' | null;
    }
  | { ok: false; reason: 'no_deadline' | 'no_apply_by' };

/** The N-th working day before `anchor` (N ≥ 1). */
export function workingDaysBefore(anchor: IsoDate, workingDays: number, calendar: HolidayCalendar): IsoDate {
  let day = toEpochDay(anchor);
  for (let counted = 0; counted < workingDays;) {
    day -= 1;
    if (!calendar.isRestDay(day)) counted += 1;
  }
  return toIsoDate(day);
}

/** The working day a reminder falls due on, from what was asked, the case's dates and today. */
export function reminderDay(
  request: ReminderRequest,
  anchors: ReminderAnchors,
  today: IsoDate,
  calendar: HolidayCalendar,
): ReminderDay {
  let asked: IsoDate;
  if (request.kind === 'date') asked = request.on;
  else {
    const anchor = request.kind === 'before_deadline' ? anchors.deadline : anchors.applyBy;
    if (anchor === null)
      return { ok: false, reason: request.kind === 'before_deadline' ? 'no_deadline' : 'no_apply_by' };
    asked = workingDaysBefore(anchor, request.workingDays, calendar);
  }
  const from = asked < today ? today : asked;
  const on = toIsoDate(calendar.rollForward(toEpochDay(from)));
  const moved = asked < today ? 'past' : on !== asked ? 'rest_day' : null;
  return { ok: true, on, asked, moved };
}

/** A snooze runs through a day that has not passed; the day need not be a working day (no DM comes on rest days anyway). */
export function snoozeAccepted(until: IsoDate, today: IsoDate): boolean {
  return until >= today;
}

/** What the person set that bears on when a DM may reach them (UserPreference, plain data). */
export interface ReminderPreferences {
  /** HH:mm: reminders come with the morning, no earlier than the person's daily digest time. */
  readonly dailyDigestTime: string;
  /** No DM of any kind through this day (inclusive). */
  readonly snoozeUntil: IsoDate | null;
  readonly quietHours: { readonly start: string; readonly end: string } | null;
}

/**
 * When a due reminder may be sent today: now, later today (minute of the day, court time), or not
 * today (a rest day, the person's own pause, quiet hours that last until midnight). Never before the
 * person's morning time; a reminder whose day passed unsent (the app was down) goes the next time it may.
 */
export type ReminderTiming = { kind: 'now' } | { kind: 'later'; minute: number } | { kind: 'not_today' };

export function reminderTiming(input: {
  on: IsoDate;
  today: IsoDate;
  nowMinute: number;
  calendar: HolidayCalendar;
  preferences: ReminderPreferences;
}): ReminderTiming {
  const { on, today, nowMinute, calendar, preferences } = input;
  if (today < on || calendar.isRestDay(toEpochDay(today))) return { kind: 'not_today' };
  if (preferences.snoozeUntil !== null && today <= preferences.snoozeUntil) return { kind: 'not_today' };
  let candidate = Math.max(nowMinute, minuteOfDay(preferences.dailyDigestTime));
  const quietEnd = preferences.quietHours ? endOfQuiet(candidate, preferences.quietHours) : null;
  if (quietEnd !== null) candidate = quietEnd;
  if (candidate >= MINUTES_PER_DAY) return { kind: 'not_today' };
  return candidate <= nowMinute ? { kind: 'now' } : { kind: 'later', minute: candidate };
}
