import { Prisma, type PrismaClient, type Role } from '../../generated/prisma/client';
import type { StoreReader } from '../read';

const PERSON_LIST_SELECT = {
  id: true,
  name: true,
  email: true,
  role: true,
  slackUserId: true,
  active: true,
  court: { select: { id: true, code: true, name: true } },
  team: { select: { id: true, name: true, kind: true } },
} satisfies Prisma.PersonSelect;

export type PersonListRow = Prisma.PersonGetPayload<{ select: typeof PERSON_LIST_SELECT }>;

export interface PeopleQuery {
  courtCode?: string;
  role?: Role;
  teamName?: string;
}

/** People by court, then team (in the court's order), then role: the order a directory is read in. */
export function findPeople(prisma: PrismaClient, query: PeopleQuery = {}): Promise<PersonListRow[]> {
  const where: Prisma.PersonWhereInput = {};
  if (query.courtCode !== undefined) where.court = { code: query.courtCode };
  if (query.role !== undefined) where.role = query.role;
  if (query.teamName !== undefined) where.team = { name: query.teamName };
  return prisma.person.findMany({
    where,
    select: PERSON_LIST_SELECT,
    orderBy: [{ courtId: 'asc' }, { team: { sortOrder: 'asc' } }, { role: 'asc' }, { id: 'asc' }],
  });
}

/**
 * An e-mail address compared whole, in any letter case. Not Prisma's `{ equals, mode: 'insensitive' }`:
 * that becomes ILIKE, where `_` and `%` in the address are wildcards, so a Slack account `qia_@court.example`
 * would be taken for the person `qian@court.example` and see their cases.
 */
function sameEmail(column: Prisma.Sql, email: string): Prisma.Sql {
  return Prisma.sql`lower(${column}) = lower(${email.trim()})`;
}

export interface PersonByEmail {
  id: number;
  courtId: number;
  name: string;
  slackUserId: string | null;
}

/** The people with this e-mail address: within one court (by id or code), active ones only if asked. */
export function findPeopleByEmail(
  prisma: PrismaClient,
  email: string,
  scope: { courtId?: number; courtCode?: string; activeOnly?: boolean } = {},
): Promise<PersonByEmail[]> {
  const conditions = [sameEmail(Prisma.sql`p.email`, email)];
  if (scope.courtId !== undefined) conditions.push(Prisma.sql`p."courtId" = ${scope.courtId}`);
  if (scope.courtCode !== undefined) conditions.push(Prisma.sql`c.code = ${scope.courtCode}`);
  if (scope.activeOnly) conditions.push(Prisma.sql`p.active`);
  return prisma.$queryRaw<PersonByEmail[]>`
    SELECT p.id, p."courtId", p.name, p."slackUserId" FROM "Person" p JOIN "Court" c ON c.id = p."courtId"
    WHERE ${Prisma.join(conditions, ' AND ')} ORDER BY p.id ASC`;
}

/** A Slack user id (U…/W…) as Slack writes it; anything with an @ is an e-mail address. */
const SLACK_USER_ID = /^[UW][A-Z0-9]{6,}$/;

/**
 * The people a Slack user id or an e-mail address names. A Slack id is unique; an e-mail address is
 * unique within a court, so in a store holding several courts it can name more than one person.
 *
 * One statement on the driver (`store.read`), in PersonListRow's shape, so that `docket cases list`
 * never instantiates Prisma. The e-mail address is compared whole, in any letter case (sameEmail).
 */
export function findPeopleByIdentity(db: StoreReader, identity: string): Promise<PersonListRow[]> {
  const key = identity.trim();
  const where = SLACK_USER_ID.test(key) ? Prisma.sql`p."slackUserId" = ${key}` : sameEmail(Prisma.sql`p.email`, key);
  return db.read<PersonListRow>(Prisma.sql`
    SELECT p.id, p.name, p.email, p.role::text AS role, p."slackUserId", p.active,
      json_build_object('id', c.id, 'code', c.code, 'name', c.name) AS court,
      CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('id', t.id, 'name', t.name, 'kind', t.kind) END AS team
    FROM "Person" p JOIN "Court" c ON c.id = p."courtId" LEFT JOIN "Team" t ON t.id = p."teamId"
    WHERE ${where} ORDER BY p.id ASC`);
}
