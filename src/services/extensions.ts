import type { IsoDate, Period } from '../domain/dates';
import { computeDeadline, DeadlineInputError, type DeadlineInput } from '../domain/deadline';
import {
  checkLength,
  extensionEligibility,
  formatCitationsFormal,
  wouldBeDeadline,
  type ExtensionDraft,
  type ExtensionEligibility,
} from '../domain/extensionRequests';
import { Prisma, type ExtensionRequestStatus, type PrismaClient } from '../generated/prisma/client';
import type { Store } from '../store';
import { fromDbDate, fromDbDateOrNull, toDbDate } from '../store/dbDate';
import { findCaseById, type CaseWithEvents } from '../store/repositories/caseLists';
import { canSeeCase } from './access';
import { caseDeadlineFacts, caseEventFacts, CaseRecordError, deadlineInputFor } from './caseRecords';
import type { Clock } from './clock';
import type { Viewer } from './identity';
import type { MyCasesService } from './myCases';
import type { ReadCache } from './readCache';

/** Someone in the request: the judge who asked, the approver, who decided. */
export interface Party {
  personId: number;
  name: string;
  slackUserId: string | null;
  locale: 'zh-CN' | 'en' | null;
  title: string | null;
}

/** A request as its messages, App Home and the 审批表 show it. */
export interface ExtensionRequestView {
  id: number;
  courtId: number;
  courtName: string;
  caseId: number;
  caseNumber: string;
  cause: string;
  parties: string | null;
  teamName: string | null;
  procedure: string;
  filedOn: IsoDate;
  ruleId: string;
  /** The rule's title (民事一审普通程序 …) and its citations as the form writes them. */
  ruleTitle: string;
  basis: string;
  stepNumber: number;
  length: Period;
  reason: string;
  currentDeadline: IsoDate;
  proposedDeadline: IsoDate;
  applyBy: IsoDate | null;
  status: ExtensionRequestStatus;
  requester: Party;
  approver: Party | null;
  decidedBy: Party | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  createdAt: Date;
  /** The approver's title the court routes to (院长, or whom it designates). */
  approverTitle: string;
  /** Earlier extensions of the case (approved and entered in the CMS): their count and total. */
  earlierExtensions: number;
  excludedDays: number;
}

/** What the 申请延长审限 window shows: the rule, the dates, who will decide. */
export interface ExtensionPreparation {
  caseId: number;
  caseNumber: string;
  draft: ExtensionDraft;
  /** The 审限 with the statutory length approved today; null when the law sets no length. */
  proposedDeadline: IsoDate | null;
  approver: Party;
  approverTitle: string;
}

export type Refusal =
  | { reason: 'gone' | 'closed' | 'not_judge' }
  | { reason: 'pending'; request: { id: number; status: ExtensionRequestStatus; proposedDeadline: IsoDate } }
  | { reason: 'no_approver'; title: string }
  | { reason: 'not_computable'; zh: string; en: string }
  | Extract<ExtensionEligibility, { ok: false }>;

export type Prepared = ({ ok: true } & ExtensionPreparation) | ({ ok: false } & Refusal);

export type Requested =
  | { ok: true; request: ExtensionRequestView }
  | ({ ok: false } & Refusal)
  | { ok: false; reason: 'bad_length'; problem: 'empty' | 'longer_than_law'; statutory: Period | null };

export type Decided =
  | { ok: true; request: ExtensionRequestView }
  | { ok: false; reason: 'not_approver' | 'gone' }
  | { ok: false; reason: 'already'; request: ExtensionRequestView };

const PARTY_SELECT = {
  id: true,
  name: true,
  slackUserId: true,
  title: true,
  preference: { select: { locale: true } },
} as const;

type PartyRow = {
  id: number;
  name: string;
  slackUserId: string | null;
  title: string | null;
  preference: { locale: string | null } | null;
};

function partyOf(row: PartyRow): Party {
  const locale = row.preference?.locale;
  return {
    personId: row.id,
    name: row.name,
    slackUserId: row.slackUserId,
    locale: locale === 'en' || locale === 'zh-CN' ? locale : null,
    title: row.title,
  };
}

/** Requests still in play: asked, or approved and not yet in the CMS. */
const LIVE_STATUSES: readonly ExtensionRequestStatus[] = ['pending', 'approved'];

/**
 * 申请延长审限 and its decision. The judge of record asks, in or before the application window, for the
 * next statutory step the court itself approves (src/domain/extensionRequests); the request goes to the
 * court's approver — the active person whose roster 职务 is Court.extensionApproverTitle (院长 by
 * default), the next one with that title if they leave. Each request and decision is written with an
 * AuditLog row and a new data version in one transaction, so every list shows 延长申请中 / 已批准（待录入系统）
 * at once, and a failure half-way writes nothing.
 */
export class ExtensionsService {
  constructor(private readonly deps: { store: Store; myCases: MyCasesService; clock: Clock; cache?: ReadCache }) {}

  /** This process shows its own writes at once (other processes within the data version's two seconds). */
  private written(courtId: number): void {
    this.deps.cache?.invalidate(`data-version:${courtId}`);
  }

  private get prisma(): PrismaClient {
    return this.deps.store.prisma;
  }

  /** What the window shows, or why the judge cannot ask. */
  async prepare(viewer: Viewer, caseId: number, today: IsoDate): Promise<Prepared> {
    const loaded = await this.eligibility(viewer, caseId, today);
    if (!loaded.ok) return loaded;
    const { row, input, eligibility } = loaded;
    const approver = await this.approverFor(row.courtId);
    if (!approver.person) return { ok: false, reason: 'no_approver', title: approver.title };
    const context = await this.deps.myCases.engineContext(row.courtId);
    const draft = eligibility.draft;
    return {
      ok: true,
      caseId,
      caseNumber: row.caseNumber,
      draft,
      proposedDeadline:
        draft.length === null ? null : wouldBeDeadline(input, draft.length, today, context.calendar, context.policy),
      approver: approver.person,
      approverTitle: approver.title,
    };
  }

  /** Files the request: checked again (the window may have passed, the case moved), then written with its audit row. */
  async request(
    viewer: Viewer,
    caseId: number,
    asked: { length: Period; reason: string },
    today: IsoDate,
  ): Promise<Requested> {
    const loaded = await this.eligibility(viewer, caseId, today);
    if (!loaded.ok) return loaded;
    const { row, input, eligibility } = loaded;
    const draft = eligibility.draft;
    const length = checkLength(draft, asked.length);
    if (!length.ok) return { ok: false, reason: 'bad_length', problem: length.reason, statutory: draft.length };
    const approver = await this.approverFor(row.courtId);
    if (!approver.person) return { ok: false, reason: 'no_approver', title: approver.title };
    const context = await this.deps.myCases.engineContext(row.courtId);
    const proposed = wouldBeDeadline(input, length.length, today, context.calendar, context.policy);
    const now = this.deps.clock.now();
    const created = await this.prisma.$transaction(async (tx) => {
      // The case row is locked so two requests at once (a double submit) cannot both pass the check.
      await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ${caseId} FOR UPDATE`;
      const live = await tx.extensionRequest.findFirst({
        where: { caseId, status: { in: [...LIVE_STATUSES] } },
        select: { id: true, status: true, proposedDeadline: true },
      });
      if (live) return { live };
      const request = await tx.extensionRequest.create({
        data: {
          courtId: row.courtId,
          caseId,
          requesterId: viewer.personId,
          approverId: approver.person?.personId ?? null,
          ruleId: draft.ruleId,
          ruleTitle: draft.ruleTitleZh,
          basis: formatCitationsFormal(draft.citations),
          stepNumber: draft.stepNumber,
          months: length.length.months,
          days: length.length.days,
          reason: asked.reason,
          currentDeadline: toDbDate(draft.currentDeadline),
          proposedDeadline: toDbDate(proposed),
          applyBy: draft.window ? toDbDate(draft.window.applyBy) : null,
          createdAt: now,
        },
        select: { id: true },
      });
      await tx.auditLog.create({
        data: {
          courtId: row.courtId,
          actorId: viewer.personId,
          action: 'extension.requested',
          entity: 'ExtensionRequest',
          entityId: String(request.id),
          after: {
            caseNumber: row.caseNumber,
            months: length.length.months,
            days: length.length.days,
            reason: asked.reason,
            currentDeadline: draft.currentDeadline,
            proposedDeadline: proposed,
            approverId: approver.person?.personId ?? null,
          },
          createdAt: now,
        },
      });
      await tx.court.update({ where: { id: row.courtId }, data: { dataVersion: { increment: 1 } } });
      return { id: request.id };
    });
    this.written(row.courtId);
    if ('live' in created && created.live)
      return {
        ok: false,
        reason: 'pending',
        request: {
          id: created.live.id,
          status: created.live.status,
          proposedDeadline: fromDbDate(created.live.proposedDeadline),
        },
      };
    return { ok: true, request: await this.view((created as { id: number }).id) };
  }

  /**
   * The approver's decision. Only the person the request is with may decide, and only once: the update
   * is conditional on the request still pending, so a double click (or two instances) records one decision.
   */
  async decide(
    viewer: Viewer,
    requestId: number,
    decision: { approve: boolean; note: string | null },
  ): Promise<Decided> {
    const request = await this.prisma.extensionRequest.findUnique({
      where: { id: requestId },
      select: { id: true, courtId: true, approverId: true, status: true },
    });
    if (!request || request.courtId !== viewer.courtId) return { ok: false, reason: 'gone' };
    if (request.status !== 'pending') return { ok: false, reason: 'already', request: await this.view(requestId) };
    if (request.approverId !== viewer.personId) return { ok: false, reason: 'not_approver' };
    const now = this.deps.clock.now();
    const status = decision.approve ? 'approved' : 'rejected';
    const won = await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.extensionRequest.updateMany({
        where: { id: requestId, status: 'pending', approverId: viewer.personId },
        data: { status, decidedById: viewer.personId, decidedAt: now, decisionNote: decision.note },
      });
      if (count === 0) return false;
      await tx.auditLog.create({
        data: {
          courtId: request.courtId,
          actorId: viewer.personId,
          action: decision.approve ? 'extension.approved' : 'extension.rejected',
          entity: 'ExtensionRequest',
          entityId: String(requestId),
          before: { status: 'pending' },
          after: { status, note: decision.note },
          createdAt: now,
        },
      });
      await tx.court.update({ where: { id: request.courtId }, data: { dataVersion: { increment: 1 } } });
      return true;
    });
    this.written(request.courtId);
    const view = await this.view(requestId);
    return won ? { ok: true, request: view } : { ok: false, reason: 'already', request: view };
  }

  /** A request as its messages show it. */
  async view(requestId: number): Promise<ExtensionRequestView> {
    const row = await this.prisma.extensionRequest.findUniqueOrThrow({
      where: { id: requestId },
      include: {
        case: {
          select: {
            caseNumber: true,
            cause: true,
            parties: true,
            procedure: true,
            filedOn: true,
            excludedDays: true,
            team: { select: { name: true } },
            court: { select: { name: true, extensionApproverTitle: true } },
            events: { where: { kind: 'extension' }, select: { id: true } },
          },
        },
        requester: { select: PARTY_SELECT },
        approver: { select: PARTY_SELECT },
        decidedBy: { select: PARTY_SELECT },
      },
    });
    return {
      id: row.id,
      courtId: row.courtId,
      courtName: row.case.court.name,
      caseId: row.caseId,
      caseNumber: row.case.caseNumber,
      cause: row.case.cause,
      parties: row.case.parties,
      teamName: row.case.team?.name ?? null,
      procedure: row.case.procedure,
      filedOn: fromDbDate(row.case.filedOn),
      ruleId: row.ruleId,
      ruleTitle: row.ruleTitle,
      basis: row.basis,
      stepNumber: row.stepNumber,
      length: { months: row.months, days: row.days },
      reason: row.reason,
      currentDeadline: fromDbDate(row.currentDeadline),
      proposedDeadline: fromDbDate(row.proposedDeadline),
      applyBy: fromDbDateOrNull(row.applyBy),
      status: row.status,
      requester: partyOf(row.requester),
      approver: row.approver ? partyOf(row.approver) : null,
      decidedBy: row.decidedBy ? partyOf(row.decidedBy) : null,
      decidedAt: row.decidedAt,
      decisionNote: row.decisionNote,
      createdAt: row.createdAt,
      approverTitle: row.case.court.extensionApproverTitle,
      earlierExtensions: row.case.events.filter((event) => event.id !== row.eventId).length,
      excludedDays: row.case.excludedDays ?? 0,
    };
  }

  /** The latest request of a case (for its 审批表), to someone who may see the case or was asked to decide it; else null. */
  async latestFor(viewer: Viewer, caseId: number): Promise<ExtensionRequestView | null> {
    const row = await findCaseById(this.deps.store, caseId);
    if (!row || row.courtId !== viewer.courtId) return null;
    const latest = await this.prisma.extensionRequest.findFirst({
      where: { caseId },
      orderBy: { id: 'desc' },
      select: { id: true, approverId: true, decidedById: true },
    });
    if (!latest) return null;
    const asked = latest.approverId === viewer.personId || latest.decidedById === viewer.personId;
    return canSeeCase(viewer, row) || asked ? this.view(latest.id) : null;
  }

  /**
   * Who decides now: the court's active person with the approver title (the lowest id first), with a
   * Slack account to be asked through. `except` skips someone (the approver who left).
   */
  async approverFor(courtId: number): Promise<{ title: string; person: Party | null }> {
    const court = await this.prisma.court.findUniqueOrThrow({
      where: { id: courtId },
      select: { extensionApproverTitle: true },
    });
    const person = await this.prisma.person.findFirst({
      where: { courtId, active: true, title: court.extensionApproverTitle, slackUserId: { not: null } },
      orderBy: { id: 'asc' },
      select: PARTY_SELECT,
    });
    return { title: court.extensionApproverTitle, person: person ? partyOf(person) : null };
  }

  /**
   * Pending requests whose approver left (or lost their title): each moves to the court's current
   * approver, audit-logged. Returns what moved, for the notices (the new approver, the administrators).
   */
  async reroute(): Promise<Array<{ requestId: number; from: Party | null; to: Party | null }>> {
    const stranded = await this.prisma.$queryRaw<Array<{ id: number; courtId: number; approverId: number | null }>>(
      Prisma.sql`SELECT r.id, r."courtId", r."approverId" FROM "ExtensionRequest" r
        JOIN "Court" c ON c.id = r."courtId"
        LEFT JOIN "Person" p ON p.id = r."approverId"
        WHERE r.status = 'pending'
          AND (p.id IS NULL OR NOT p.active OR p.title IS DISTINCT FROM c."extensionApproverTitle" OR p."slackUserId" IS NULL)`,
    );
    const moved: Array<{ requestId: number; from: Party | null; to: Party | null }> = [];
    for (const request of stranded) {
      const next = await this.approverFor(request.courtId);
      const from =
        request.approverId === null
          ? null
          : partyOf(
              await this.prisma.person.findUniqueOrThrow({ where: { id: request.approverId }, select: PARTY_SELECT }),
            );
      if ((next.person?.personId ?? null) === request.approverId) continue;
      const now = this.deps.clock.now();
      await this.prisma.$transaction(async (tx) => {
        await tx.extensionRequest.updateMany({
          where: { id: request.id, status: 'pending', approverId: request.approverId },
          data: { approverId: next.person?.personId ?? null },
        });
        await tx.auditLog.create({
          data: {
            courtId: request.courtId,
            actorLabel: 'scheduler',
            action: 'extension.rerouted',
            entity: 'ExtensionRequest',
            entityId: String(request.id),
            before: { approverId: request.approverId },
            after: { approverId: next.person?.personId ?? null, title: next.title },
            createdAt: now,
          },
        });
      });
      moved.push({ requestId: request.id, from, to: next.person });
    }
    return moved;
  }

  /** Pending requests and who they are with: the notices re-send an approver's DM that never went out. */
  async pending(): Promise<Array<{ id: number; approverId: number | null }>> {
    return this.prisma.extensionRequest.findMany({
      where: { status: 'pending' },
      select: { id: true, approverId: true },
      orderBy: { id: 'asc' },
    });
  }

  /** Loads the case and checks it may ask: the viewer's own open case, a computable 审限, the rule and the window. */
  private async eligibility(
    viewer: Viewer,
    caseId: number,
    today: IsoDate,
  ): Promise<
    | { ok: true; row: CaseWithEvents; input: DeadlineInput; eligibility: Extract<ExtensionEligibility, { ok: true }> }
    | ({ ok: false } & Refusal)
  > {
    const row = await findCaseById(this.deps.store, caseId);
    if (!row || !canSeeCase(viewer, row)) return { ok: false, reason: 'gone' };
    if (row.judgeId !== viewer.personId) return { ok: false, reason: 'not_judge' };
    if (row.status === 'closed') return { ok: false, reason: 'closed' };
    const live = await this.prisma.extensionRequest.findFirst({
      where: { caseId, status: { in: [...LIVE_STATUSES] } },
      select: { id: true, status: true, proposedDeadline: true },
      orderBy: { id: 'desc' },
    });
    if (live)
      return {
        ok: false,
        reason: 'pending',
        request: { id: live.id, status: live.status, proposedDeadline: fromDbDate(live.proposedDeadline) },
      };
    const context = await this.deps.myCases.engineContext(row.courtId);
    let input: DeadlineInput;
    let eligibility: ExtensionEligibility;
    try {
      input = deadlineInputFor(caseDeadlineFacts(row), row.events.map(caseEventFacts), today);
      const outcome = computeDeadline(input, context.calendar, { policy: context.policy, explain: false });
      eligibility = extensionEligibility(input, outcome, today, context.policy);
    } catch (error) {
      if (error instanceof DeadlineInputError)
        return { ok: false, reason: 'not_computable', zh: error.messageZh, en: error.messageEn };
      if (error instanceof CaseRecordError)
        return { ok: false, reason: 'not_computable', zh: error.message, en: error.message };
      throw error;
    }
    if (!eligibility.ok) return eligibility;
    return { ok: true, row, input, eligibility };
  }
}
