import type { HolidayCalendar } from '../../domain/calendar';
import type { EpochDay } from '../../domain/dates';
import { generateCases } from './courtCases';
import { Random } from './random';
import type { DemoCourt } from './regionCourts';
import type { CourtData, IdCounters } from './rows';
import { defaultSchedules } from './schedules';
import { generateStaff, type SlackIds } from './staff';
import { teamTargets } from './targets';

export interface CourtInput {
  readonly court: DemoCourt;
  /** The court's position in the seed (0 for the demo court), which picks its random streams. */
  readonly index: number;
  readonly seed: number;
  readonly yearlyVolume: number;
  readonly asOf: EpochDay;
  readonly calendar: HolidayCalendar;
}

/**
 * Everything for one court. Each court draws from its own streams of the seed, so the demo court is
 * the same whether it is seeded alone or as the first court of a region.
 */
export async function generateCourt(input: CourtInput, ids: IdCounters, slackIds: SlackIds): Promise<CourtData> {
  const random = new Random(input.seed, input.index);
  const courtId = ++ids.court;
  const court = {
    id: courtId,
    code: input.court.code,
    name: input.court.name,
    managementChannelId: slackIds.next(random, 'C'),
    rulesChannelId: slackIds.next(random, 'C'),
  };
  const staff = generateStaff(random.fork(1), { ...input.court, id: courtId }, ids, slackIds);
  const context = {
    city: input.court.city,
    procuratorate: input.court.name.replace(/人民法院$/, '人民检察院').replace(/运输法院$/, '运输检察院'),
    agencies: [
      `${input.court.city}公安局`,
      `${input.court.city}人力资源和社会保障局`,
      `${input.court.city}市场监督管理局`,
      `${input.court.city}自然资源局`,
      `${input.court.city}住房和城乡建设局`,
    ],
  };
  const { cases, events } = await generateCases(
    random.fork(2),
    staff,
    {
      courtId,
      courtCode: input.court.code,
      context,
      calendar: input.calendar,
      asOf: input.asOf,
      yearlyVolume: input.yearlyVolume,
    },
    ids,
  );
  return {
    court,
    teams: staff.teams,
    people: staff.people,
    assignments: staff.assignments,
    cases,
    events,
    targets: teamTargets(staff, input.asOf, ids),
    schedules: defaultSchedules(courtId, ids),
  };
}
