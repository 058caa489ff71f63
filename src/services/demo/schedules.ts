import type { IdCounters, ScheduleRow } from './rows';

/**
 * The digests a new court starts with (cron in the court's time zone): each judge's deadlines every
 * working morning, the weekly team report on Monday, the monthly report on the 1st, and new or
 * amended rules on Friday afternoon.
 */
const DEFAULT_SCHEDULES: readonly Omit<ScheduleRow, 'id' | 'courtId'>[] = [
  { kind: 'daily', cron: '30 8 * * 1-5', recipients: JSON.stringify({ roles: ['judge', 'team_lead', 'assistant', 'clerk'] }) },
  { kind: 'weekly', cron: '0 9 * * 1', recipients: JSON.stringify({ roles: ['team_lead', 'admin'], channels: ['management'] }) },
  { kind: 'monthly', cron: '0 9 1 * *', recipients: JSON.stringify({ roles: ['admin'], channels: ['management'] }) },
  { kind: 'rules', cron: '0 16 * * 5', recipients: JSON.stringify({ channels: ['rules'] }) },
];

export function defaultSchedules(courtId: number, ids: IdCounters): ScheduleRow[] {
  return DEFAULT_SCHEDULES.map((schedule) => ({ id: ++ids.schedule, courtId, ...schedule }));
}
