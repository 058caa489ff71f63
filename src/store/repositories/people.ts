import type { Prisma, PrismaClient, Role } from '../../generated/prisma/client';

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

/** A Slack user id (U…/W…) as Slack writes it; anything with an @ is an e-mail address. */
const SLACK_USER_ID = /^[UW][A-Z0-9]{6,}$/;

/**
 * The people a Slack user id or an e-mail address names. A Slack id is unique; an e-mail address is
 * unique within a court, so in a store holding several courts it can name more than one person.
 */
export function findPeopleByIdentity(prisma: PrismaClient, identity: string): Promise<PersonListRow[]> {
  const key = identity.trim();
  const where: Prisma.PersonWhereInput = SLACK_USER_ID.test(key)
    ? { slackUserId: key }
    : { email: { equals: key, mode: 'insensitive' } };
  return prisma.person.findMany({ where, select: PERSON_LIST_SELECT, orderBy: { id: 'asc' } });
}
