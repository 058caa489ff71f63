import type { DigestKind, DigestRunStatus, PrismaClient } from '../../generated/prisma/client';

/** One digest occasion of one court (DigestRun): started once, then done, deferred or failed. */
export interface RunKey {
  courtId: number;
  kind: DigestKind;
  period: string;
}

export interface RunOutcome {
  status: Extract<DigestRunStatus, 'done' | 'deferred' | 'failed'>;
  nextAt: Date | null;
  sent: number;
  skipped: number;
  failed: number;
  lastError: string | null;
  at: Date;
}

export async function findRuns(prisma: PrismaClient, courtIds: readonly number[], periods: readonly string[]) {
  return prisma.digestRun.findMany({ where: { courtId: { in: [...courtIds] }, period: { in: [...periods] } } });
}

/** One occasion's run, if it has started. */
export async function findRun(prisma: PrismaClient, key: RunKey) {
  return prisma.digestRun.findUnique({ where: { courtId_kind_period: key } });
}

export async function startRun(prisma: PrismaClient, key: RunKey, sendDay: string, at: Date): Promise<void> {
  await prisma.digestRun.upsert({
    where: { courtId_kind_period: key },
    create: { ...key, sendDay, status: 'running', startedAt: at },
    update: { status: 'running' },
  });
}

export async function finishRun(prisma: PrismaClient, key: RunKey, outcome: RunOutcome): Promise<void> {
  await prisma.digestRun.update({
    where: { courtId_kind_period: key },
    data: {
      status: outcome.status,
      nextAt: outcome.nextAt,
      sent: { increment: outcome.sent },
      skipped: outcome.skipped,
      failed: outcome.failed,
      lastError: outcome.lastError,
      finishedAt: outcome.status === 'deferred' ? null : outcome.at,
    },
  });
}

/** When the court's latest earlier occasion of a kind started: a digest of what happened since then starts there. */
export async function previousRunStart(
  prisma: PrismaClient,
  courtId: number,
  kind: DigestKind,
  period: string,
): Promise<Date | null> {
  const run = await prisma.digestRun.findFirst({
    where: { courtId, kind, period: { lt: period } },
    orderBy: { startedAt: 'desc' },
    select: { startedAt: true },
  });
  return run?.startedAt ?? null;
}
