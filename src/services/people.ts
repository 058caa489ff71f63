import type { Role } from '../generated/prisma/client';
import type { Store, StoreReader } from '../store';
import { findPeople, findPeopleByIdentity, type PersonListRow } from '../store/repositories/people';

/** One person as `docket users list --json` prints it: a stable, camelCase contract for scripts. */
export interface PersonListItem {
  name: string;
  email: string | null;
  role: Role;
  /** Team name; null for people outside any team (administrators). */
  team: string | null;
  teamKind: string | null;
  slackUserId: string | null;
  court: string;
  active: boolean;
}

export interface PeopleFilter {
  /** 法院代字, e.g. 内0291. */
  court?: string;
  role?: Role;
  team?: string;
}

export function toPersonListItem(row: PersonListRow): PersonListItem {
  return {
    name: row.name,
    email: row.email,
    role: row.role,
    team: row.team?.name ?? null,
    teamKind: row.team?.kind ?? null,
    slackUserId: row.slackUserId,
    court: row.court.code,
    active: row.active,
  };
}

/** The court's staff as the CLI lists them, and the one person an operator names by Slack id or e-mail. */
export class PeopleService {
  constructor(private readonly deps: { store: Store }) {}

  async list(filter: PeopleFilter = {}): Promise<PersonListItem[]> {
    const rows = await findPeople(this.deps.store.prisma, {
      courtCode: filter.court,
      role: filter.role,
      teamName: filter.team,
    });
    return rows.map(toPersonListItem);
  }

  /** Judges carry cases; team leads are judges too. Read on the driver, so the Prisma client stays unloaded. */
  async findJudge(identity: string): Promise<PersonListRow> {
    const person = await findPerson(this.deps.store, identity);
    if (person.role !== 'judge' && person.role !== 'team_lead') {
      throw new PersonLookupError(
        `${person.name} (${identity}) is ${person.role === 'admin' ? 'an' : 'a'} ${person.role}, not a judge: cases belong to judges`,
      );
    }
    return person;
  }
}

/** The Slack id or e-mail address given does not name exactly one person (of the kind asked for). */
export class PersonLookupError extends Error {
  override name = 'PersonLookupError';
}

/** The one person a Slack user id (U…) or an e-mail address names, read on the driver (a Store is a StoreReader). */
async function findPerson(db: StoreReader, identity: string): Promise<PersonListRow> {
  const rows = await findPeopleByIdentity(db, identity);
  if (rows.length === 0)
    throw new PersonLookupError(
      `no person has the Slack user id or e-mail address "${identity}": check it with docket users list`,
    );
  if (rows.length > 1)
    throw new PersonLookupError(
      `"${identity}" names ${rows.length} people in different courts: use their Slack user id instead`,
    );
  return rows[0] as PersonListRow;
}
