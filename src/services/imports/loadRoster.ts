import { Roster, type RosterPerson, type RosterTeam } from '../../import/roster';
import type { Store } from '../../store';

export interface RosterData {
  readonly roster: Roster;
  readonly people: readonly RosterPerson[];
  readonly teams: readonly RosterTeam[];
}

/** The court's people (inactive ones too: old cases name them) and teams, as plain data for validation. */
export async function loadRoster(store: Store, courtId: number): Promise<RosterData> {
  const [people, teams] = await Promise.all([
    store.prisma.person.findMany({ where: { courtId }, select: { id: true, name: true, staffNo: true, role: true, teamId: true, active: true } }),
    store.prisma.team.findMany({ where: { courtId }, select: { id: true, name: true } }),
  ]);
  return { roster: new Roster(people, teams), people, teams };
}
