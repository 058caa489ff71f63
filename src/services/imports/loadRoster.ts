import { Roster, type RosterPerson, type RosterTeam } from '../../cmsExports/roster';
import type { Store } from '../../store';

export interface RosterData {
  readonly roster: Roster;
  readonly people: readonly RosterPerson[];
  readonly teams: readonly RosterTeam[];
}

/**
 * The court's people (inactive ones too: old cases name them) and teams, as plain data for validation.
 * Raw SQL, like the rest of an import (see resolveCourt).
 */
export async function loadRoster(store: Store, courtId: number): Promise<RosterData> {
  const { people, teams } = await store.withSql(async (session) => ({
    people: await session.query<RosterPerson>(
      'SELECT id, name, "staffNo", role::text AS role, "teamId", active FROM "Person" WHERE "courtId" = $1 ORDER BY id',
      [courtId],
    ),
    teams: await session.query<RosterTeam>('SELECT id, name FROM "Team" WHERE "courtId" = $1 ORDER BY id', [courtId]),
  }));
  return { roster: new Roster(people, teams), people, teams };
}
