import type { IsoDate } from '../domain/dates';
import {
  reminderDay,
  snoozeAccepted,
  type ReminderBasis,
  type ReminderDay,
  type ReminderRequest,
} from '../domain/reminders';
import type { CaseReminderKind, PrismaClient } from '../generated/prisma/client';
import { fromDbDate, fromDbDateOrNull, toDbDate } from '../store/dbDate';
import type { Clock } from './clock';
import type { Viewer } from './identity';
import type { CaseDetail, MyCasesService } from './myCases';

/** A reminder or snooze as App Home lists it. */
export interface ReminderEntry {
  id: number;
  kind: CaseReminderKind;
  caseId: number;
  caseNumber: string;
  cause: string;
  /** remind: the day it is due; snooze: the last day the case is left out of the daily DM. */
  on: IsoDate;
  basis: ReminderBasis;
  workingDays: number | null;
}

export type RemindResult =
  | { ok: true; entry: ReminderEntry; day: Extract<ReminderDay, { ok: true }> }
  | { ok: false; reason: 'gone' | 'closed' | 'no_deadline' | 'no_apply_by' };

export type SnoozeResult =
  { ok: true; entry: ReminderEntry; replaced: IsoDate | null } | { ok: false; reason: 'gone' | 'closed' | 'past' };

/** Open reminders and running snoozes a person may keep at once: enough for a caseload, bounded for App Home. */
export const MAX_OPEN_PER_PERSON = 50;

const ENTRY_SELECT = {
  id: true,
  kind: true,
  caseId: true,
  on: true,
  basis: true,
  workingDays: true,
  case: { select: { caseNumber: true, cause: true } },
} as const;

type EntryRow = {
  id: number;
  kind: CaseReminderKind;
  caseId: number;
  on: Date;
  basis: string;
  workingDays: number | null;
  case: { caseNumber: string; cause: string };
};

function entryOf(row: EntryRow): ReminderEntry {
  return {
    id: row.id,
    kind: row.kind,
    caseId: row.caseId,
    caseNumber: row.case.caseNumber,
    cause: row.case.cause,
    on: fromDbDate(row.on),
    basis: row.basis as ReminderBasis,
    workingDays: row.workingDays,
  };
}

/**
 * 「提醒我」 and 「本案暂不提醒」: a person's own notes about cases they may see. The case is read through
 * MyCasesService (the same permission check as 详情), its 审限 and extension-application date anchor
 * relative reminders, and the domain (src/domain/reminders) moves a past or rest day to a working day.
 * Sending is the reminder runner's (src/digests/reminders.ts); the daily digest leaves snoozed cases out.
 */
export class RemindersService {
  constructor(private readonly deps: { prisma: PrismaClient; myCases: MyCasesService; clock: Clock }) {}

  /** The case as the person may see it, or null (gone, or not theirs to see). */
  caseFor(viewer: Viewer, caseId: number, today: IsoDate): Promise<CaseDetail | null> {
    return this.deps.myCases.detailById(viewer, caseId, today);
  }

  async remind(viewer: Viewer, caseId: number, request: ReminderRequest, today: IsoDate): Promise<RemindResult> {
    const detail = await this.caseFor(viewer, caseId, today);
    if (!detail) return { ok: false, reason: 'gone' };
    if (detail.status === 'closed') return { ok: false, reason: 'closed' };
    const outcome = detail.deadline.kind === 'outcome' ? detail.deadline.outcome : null;
    const anchors = {
      deadline: detail.line.deadline,
      applyBy: outcome?.kind === 'deadline' ? (outcome.extensionWindow?.applyBy ?? null) : null,
    };
    const day = reminderDay(request, anchors, today, await this.deps.myCases.calendar());
    if (!day.ok) return { ok: false, reason: day.reason };
    const workingDays = request.kind === 'date' ? null : request.workingDays;
    const row = await this.deps.prisma.$transaction(async (tx) => {
      // The same reminder asked twice (a double submit) is one reminder.
      const same = await tx.caseReminder.findFirst({
        where: { personId: viewer.personId, caseId, kind: 'remind', status: 'open', on: toDbDate(day.on) },
        select: ENTRY_SELECT,
      });
      if (same) return same;
      return tx.caseReminder.create({
        data: {
          courtId: viewer.courtId,
          personId: viewer.personId,
          caseId,
          kind: 'remind',
          on: toDbDate(day.on),
          basis: request.kind,
          workingDays,
          askedOn: day.asked === day.on ? null : toDbDate(day.asked),
          createdAt: this.deps.clock.now(),
        },
        select: ENTRY_SELECT,
      });
    });
    return { ok: true, entry: entryOf(row), day };
  }

  /** Leaves the case out of the person's daily DM through `until`; a new snooze of the same case replaces the old. */
  async snooze(viewer: Viewer, caseId: number, until: IsoDate, today: IsoDate): Promise<SnoozeResult> {
    const detail = await this.caseFor(viewer, caseId, today);
    if (!detail) return { ok: false, reason: 'gone' };
    if (detail.status === 'closed') return { ok: false, reason: 'closed' };
    if (!snoozeAccepted(until, today)) return { ok: false, reason: 'past' };
    return this.deps.prisma.$transaction(async (tx) => {
      const earlier = await tx.caseReminder.findFirst({
        where: { personId: viewer.personId, caseId, kind: 'snooze', status: 'open', on: { gte: toDbDate(today) } },
        select: { on: true },
      });
      await tx.caseReminder.updateMany({
        where: { personId: viewer.personId, caseId, kind: 'snooze', status: 'open' },
        data: { status: 'cancelled', cancelReason: 'replaced', cancelledAt: this.deps.clock.now() },
      });
      const row = await tx.caseReminder.create({
        data: {
          courtId: viewer.courtId,
          personId: viewer.personId,
          caseId,
          kind: 'snooze',
          on: toDbDate(until),
          basis: 'date',
          createdAt: this.deps.clock.now(),
        },
        select: ENTRY_SELECT,
      });
      return { ok: true as const, entry: entryOf(row), replaced: fromDbDateOrNull(earlier?.on ?? null) };
    });
  }

  /** The person's reminders still to come and snoozes still running, soonest first. */
  async openFor(personId: number, today: IsoDate): Promise<ReminderEntry[]> {
    const rows = await this.deps.prisma.caseReminder.findMany({
      where: {
        personId,
        status: 'open',
        OR: [{ kind: 'remind' }, { kind: 'snooze', on: { gte: toDbDate(today) } }],
      },
      select: ENTRY_SELECT,
      orderBy: [{ on: 'asc' }, { id: 'asc' }],
      take: MAX_OPEN_PER_PERSON,
    });
    return rows.map(entryOf);
  }

  /** How many the person has open: a new one beyond MAX_OPEN_PER_PERSON is refused. */
  countOpen(personId: number, today: IsoDate): Promise<number> {
    return this.deps.prisma.caseReminder.count({
      where: {
        personId,
        status: 'open',
        OR: [{ kind: 'remind' }, { kind: 'snooze', on: { gte: toDbDate(today) } }],
      },
    });
  }

  /** Cancels one of the person's own open reminders or snoozes; false when it is not theirs or no longer open. */
  async cancel(viewer: Viewer, id: number): Promise<boolean> {
    const { count } = await this.deps.prisma.caseReminder.updateMany({
      where: { id, personId: viewer.personId, status: 'open' },
      data: { status: 'cancelled', cancelReason: 'by_person', cancelledAt: this.deps.clock.now() },
    });
    return count === 1;
  }
}

/** For the daily digest: the cases each person of a court snoozed through `today` or later. */
export async function snoozedCases(
  prisma: PrismaClient,
  courtId: number,
  today: IsoDate,
): Promise<Map<number, Set<number>>> {
  const rows = await prisma.caseReminder.findMany({
    where: { courtId, kind: 'snooze', status: 'open', on: { gte: toDbDate(today) } },
    select: { personId: true, caseId: true },
  });
  const byPerson = new Map<number, Set<number>>();
  for (const row of rows) {
    const cases = byPerson.get(row.personId) ?? new Set<number>();
    cases.add(row.caseId);
    byPerson.set(row.personId, cases);
  }
  return byPerson;
}
