import { DIGEST_KINDS } from '../../domain/digests';
import { DEFAULT_SCHEDULES } from '../../services/digests/schedules';
import type { IdCounters, ScheduleRow } from './rows';

/** The demo court stores Docket's default digest schedules as its own, so they show up as configured. */
export function defaultSchedules(courtId: number, ids: IdCounters): ScheduleRow[] {
  return DIGEST_KINDS.map((kind) => {
    const { cron, recipients } = DEFAULT_SCHEDULES[kind];
    return { id: ++ids.schedule, courtId, kind, cron, recipients: JSON.stringify(recipients) };
  });
}
