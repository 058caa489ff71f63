import type { IsoDate } from '../dates';
import type { DigestKind } from './occasions';

/** What a person chose about digests (UserPreference), in plain data. */
export interface DigestPreferences {
  readonly dailyDigestEnabled: boolean;
  /** HH:mm: the time they chose for their daily digest; null follows the court's daily schedule. */
  readonly dailyDigestTime: string | null;
  /** Snoozed through this day, inclusive. */
  readonly snoozeUntil: IsoDate | null;
  readonly quietHours: { readonly start: string; readonly end: string } | null;
}

type SkipReason = 'opted_out' | 'snoozed' | 'quiet_hours';

/**
 * For one person and one occasion: send now, later today (minute of the day, court time), or not at
 * all. `minute` may pass 1440 when quiet hours run past midnight; the caller decides whether the
 * occasion is still open then (a daily digest is not: it belongs to its day).
 */
export type Timing = { kind: 'now' } | { kind: 'later'; minute: number } | { kind: 'skip'; reason: SkipReason };

export const MINUTES_PER_DAY = 1440;

/** HH:mm of a minute of the day. */
export function timeOfDay(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

export function minuteOfDay(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * - daily: opted out → never; at the person's own time when they chose one, earlier or later than the
 *   court's schedule (the runner starts the day's run at the earliest such time); otherwise at the
 *   court's schedule — a time nobody chose never overrides the court's;
 * - snoozed through today → no personal digest of any kind;
 * - inside quiet hours → at their end, never into them.
 * A weekly or monthly digest caught up on a later day than its send day goes as soon as allowed.
 */
export function personalTiming(input: {
  kind: DigestKind;
  today: IsoDate;
  sendDay: IsoDate;
  nowMinute: number;
  scheduleMinute: number;
  preferences: DigestPreferences;
}): Timing {
  const { kind, today, sendDay, nowMinute, scheduleMinute, preferences } = input;
  if (kind === 'daily' && !preferences.dailyDigestEnabled) return { kind: 'skip', reason: 'opted_out' };
  if (preferences.snoozeUntil !== null && today <= preferences.snoozeUntil) return { kind: 'skip', reason: 'snoozed' };
  let earliest = today > sendDay ? 0 : scheduleMinute;
  if (kind === 'daily' && preferences.dailyDigestTime !== null) earliest = minuteOfDay(preferences.dailyDigestTime);
  let candidate = Math.max(earliest, nowMinute);
  const quietEnd = preferences.quietHours ? endOfQuiet(candidate, preferences.quietHours) : null;
  if (quietEnd !== null) candidate = quietEnd;
  return candidate <= nowMinute ? { kind: 'now' } : { kind: 'later', minute: candidate };
}

/** When `minute` lies in the quiet hours, the minute they end (past 1440 when they wrap midnight); else null. */
export function endOfQuiet(minute: number, quiet: { start: string; end: string }): number | null {
  const start = minuteOfDay(quiet.start);
  const end = minuteOfDay(quiet.end);
  if (start < end) return minute >= start && minute < end ? end : null;
  if (minute >= start) return end + MINUTES_PER_DAY;
  return minute < end ? end : null;
}
