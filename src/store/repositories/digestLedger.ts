import type { DigestKind, PrismaClient } from '../../generated/prisma/client';

/**
 * The exactly-once ledger (DigestDelivery): one row per digest kind × period × recipient. A sender
 * claims the row before it posts, records the channel before it posts, and the message ts after;
 * a row that is `posted` is never posted again, and a row another sender claimed within the lease
 * is left to it. Each step is one statement, so it is atomic on PGlite and PostgreSQL alike.
 */
export interface Claim {
  id: number;
  /** 1 on the first attempt; more means an earlier attempt may have posted before it died. */
  attempts: number;
  channelId: string | null;
  messageTs: string | null;
  fileId: string | null;
}

export interface ClaimRequest {
  kind: DigestKind;
  period: string;
  recipientKey: string;
  personId: number | null;
  now: Date;
  /** A claim older than this is taken over: its sender died (or is stuck) mid-delivery. */
  leaseMs: number;
}

/** Claims the row, or returns null when it is already posted or another sender holds it. */
export async function claimDelivery(prisma: PrismaClient, request: ClaimRequest): Promise<Claim | null> {
  const staleBefore = new Date(request.now.getTime() - request.leaseMs);
  const rows = await prisma.$queryRaw<Claim[]>`
    INSERT INTO "DigestDelivery" ("kind", "period", "recipientKey", "personId", "status", "attempts", "claimedAt")
    VALUES (${request.kind}::"DigestKind", ${request.period}, ${request.recipientKey}, ${request.personId}, 'claimed', 1, ${request.now})
    ON CONFLICT ("kind", "period", "recipientKey") DO UPDATE
      SET "attempts" = "DigestDelivery"."attempts" + 1, "claimedAt" = EXCLUDED."claimedAt", "status" = 'claimed'
      WHERE "DigestDelivery"."status" = 'failed' OR ("DigestDelivery"."status" = 'claimed' AND "DigestDelivery"."claimedAt" < ${staleBefore})
    RETURNING "id", "attempts", "channelId", "messageTs", "fileId"`;
  return rows[0] ?? null;
}

/**
 * The heartbeat of a claim: a sender renews it while its delivery is in flight (outbound may wait out
 * Retry-After for minutes), so the lease can be short and a dead sender's claim is taken over soon.
 * Fenced by the attempt: false when another sender has taken the claim over (this one was presumed dead).
 */
export async function renewClaim(
  prisma: PrismaClient,
  claim: Pick<Claim, 'id' | 'attempts'>,
  now: Date,
): Promise<boolean> {
  const { count } = await prisma.digestDelivery.updateMany({
    where: { id: claim.id, attempts: claim.attempts, status: 'claimed' },
    data: { claimedAt: now },
  });
  return count === 1;
}

/**
 * Lets every claimed row be taken over at once. Only for a process that knows every other sender is
 * gone: the owner of an embedded store's data directory starting up (no other process can write there).
 */
export async function expireAllClaims(prisma: PrismaClient): Promise<number> {
  const { count } = await prisma.digestDelivery.updateMany({
    where: { status: 'claimed' },
    data: { claimedAt: new Date(0) },
  });
  return count;
}

/** Intent: where the message is about to go, so a retry knows where to look for it. */
export async function recordChannel(prisma: PrismaClient, id: number, channelId: string): Promise<void> {
  await prisma.digestDelivery.update({ where: { id }, data: { channelId } });
}

export async function recordPosted(
  prisma: PrismaClient,
  id: number,
  posted: { channelId: string; messageTs: string; fileId?: string; at: Date },
): Promise<void> {
  await prisma.digestDelivery.update({
    where: { id },
    data: {
      channelId: posted.channelId,
      messageTs: posted.messageTs,
      ...(posted.fileId ? { fileId: posted.fileId } : {}),
      status: 'posted',
      postedAt: posted.at,
      lastError: null,
    },
  });
}

export async function recordFailed(prisma: PrismaClient, id: number, error: string): Promise<void> {
  await prisma.digestDelivery.update({ where: { id }, data: { status: 'failed', lastError: error.slice(0, 500) } });
}

/** The rows of one digest occasion, by recipient key. */
export async function deliveriesOf(
  prisma: PrismaClient,
  kind: DigestKind,
  period: string,
  recipientKeys: readonly string[],
) {
  return prisma.digestDelivery.findMany({
    where: { kind, period, recipientKey: { in: [...recipientKeys] } },
    select: {
      recipientKey: true,
      status: true,
      attempts: true,
      lastError: true,
      channelId: true,
      messageTs: true,
      claimedAt: true,
    },
  });
}

/** The last period a person was sent a digest of this kind before `period` (daily: "newly overdue since"). */
export async function lastPostedPeriod(
  prisma: PrismaClient,
  kind: DigestKind,
  personIds: readonly number[],
  before: string,
): Promise<Map<number, string>> {
  const rows = await prisma.digestDelivery.groupBy({
    by: ['personId'],
    where: {
      kind,
      status: 'posted',
      personId: { in: [...personIds] },
      period: { lt: before },
      recipientKey: { startsWith: 'person:' },
    },
    _max: { period: true },
  });
  return new Map(
    rows
      .filter((row) => row.personId !== null && row._max.period !== null)
      .map((row) => [row.personId as number, row._max.period as string]),
  );
}
