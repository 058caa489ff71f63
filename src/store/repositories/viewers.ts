import { Prisma, type PrismaClient, type Role } from '../../generated/prisma/client';

/** A person with what their role lets them see: the team they lead, the judges they assist, their language. */
export interface ViewerRow {
  id: number;
  courtId: number;
  courtCode: string;
  name: string;
  role: Role;
  slackUserId: string | null;
  teamId: number | null;
  active: boolean;
  ledTeamId: number | null;
  assignedJudgeIds: number[];
  locale: string | null;
}

/**
 * One statement for everything a request needs to know about who is asking (it runs on every first
 * request of a person; Prisma's nested selects would be five round trips).
 */
async function findViewer(prisma: PrismaClient, where: Prisma.Sql): Promise<ViewerRow | null> {
  const [row] = await prisma.$queryRaw<
    Array<Omit<ViewerRow, 'assignedJudgeIds'> & { assignedJudgeIds: number[] | null }>
  >`
    SELECT p.id, p."courtId", c.code AS "courtCode", p.name, p.role::text AS role, p."slackUserId", p."teamId", p.active,
      (SELECT t.id FROM "Team" t WHERE t."leadId" = p.id) AS "ledTeamId",
      (SELECT array_agg(a."judgeId" ORDER BY a."judgeId") FROM "JudgeAssignment" a WHERE a."assistantId" = p.id) AS "assignedJudgeIds",
      (SELECT u.locale FROM "UserPreference" u WHERE u."personId" = p.id) AS locale
    FROM "Person" p JOIN "Court" c ON c.id = p."courtId"
    WHERE ${where}`;
  return row ? { ...row, assignedJudgeIds: (row.assignedJudgeIds ?? []).map(Number) } : null;
}

export function findViewerBySlackId(prisma: PrismaClient, slackUserId: string): Promise<ViewerRow | null> {
  return findViewer(prisma, Prisma.sql`p."slackUserId" = ${slackUserId}`);
}

export function findViewerById(prisma: PrismaClient, id: number): Promise<ViewerRow | null> {
  return findViewer(prisma, Prisma.sql`p.id = ${id}`);
}
