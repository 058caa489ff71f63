import type { IsoDate } from '../domain/dates';
import { reminderTiming } from '../domain/reminders';
import type { Locale } from '../i18n';
import { dayIn } from '../services/clock';
import { minuteIn } from '../services/digests/cron';
import { SchedulesService } from '../services/digests/schedules';
import { toViewer, type Viewer } from '../services/identity';
import type { MyCasesService } from '../services/myCases';
import { fromDbDate, fromDbDateOrNull, toDbDate } from '../store/dbDate';
import { findViewerById } from '../store/repositories/viewers';
import { reminderMessage } from '../slack/views/caseActions';
import { caseLineBlock } from '../slack/views/mycases';
import { OnceNotices, type NoticeDeps } from './notices';

export interface ReminderRunSummary {
  sent: number;
  /** Posted earlier (by this or another worker, before a crash): only marked sent now. */
  already: number;
  /** Due but not yet: a rest day, before the person's morning time, quiet hours, their own pause; or another sender holds it. */
  waiting: number;
  /** The case closed, or is no longer the person's to see, or the person left: dropped without a DM. */
  cancelled: number;
  failed: number;
}

/**
 * Sends the 「提醒我」 reminders that are due, each exactly once: through the digest ledger
 * (DigestDelivery, kind `notice`, recipient `reminder:<id>`), so a worker that dies after posting is
 * followed by one that finds the message instead of posting again, and several instances on one
 * PostgreSQL never both send it. Called every minute by the job system's tick (src/digests/boss.ts);
 * a reminder whose day passed while the app was down goes on the next working day it may.
 */
export class ReminderRunner {
  private readonly notices: OnceNotices;
  private readonly schedules: SchedulesService;

  constructor(
    private readonly deps: NoticeDeps & {
      /** The app's case reads (its cache and permission checks): a reminder shows the case as 详情 would. */
      myCases: MyCasesService;
    },
  ) {
    this.notices = new OnceNotices(deps);
    this.schedules = new SchedulesService({ prisma: deps.store.prisma });
  }

  private get myCases(): MyCasesService {
    return this.deps.myCases;
  }

  async sendDue(): Promise<ReminderRunSummary> {
    const { prisma } = this.deps.store;
    const now = this.deps.clock.now();
    const summary: ReminderRunSummary = { sent: 0, already: 0, waiting: 0, cancelled: 0, failed: 0 };
    const calendar = await this.myCases.calendar();
    const courts = await prisma.court.findMany({ select: { id: true, timeZone: true } });
    for (const court of courts) {
      const today = dayIn(now, court.timeZone);
      const nowMinute = minuteIn(now, court.timeZone);
      // Someone who has not chosen a morning time of their own follows the court's daily schedule.
      const courtTime = await this.schedules.courtDailyTime(court, today);
      const due = await prisma.caseReminder.findMany({
        where: { courtId: court.id, kind: 'remind', status: 'open', on: { lte: toDbDate(today) } },
        select: {
          id: true,
          personId: true,
          caseId: true,
          on: true,
          basis: true,
          workingDays: true,
          createdAt: true,
          person: { select: { active: true, slackUserId: true, preference: true } },
        },
        orderBy: [{ on: 'asc' }, { id: 'asc' }],
      });
      for (const reminder of due) {
        const preference = reminder.person.preference;
        const timing = reminderTiming({
          on: fromDbDate(reminder.on),
          today,
          nowMinute,
          calendar,
          preferences: {
            dailyDigestTime: preference?.dailyDigestTime ?? courtTime,
            snoozeUntil: fromDbDateOrNull(preference?.snoozeUntil ?? null),
            quietHours:
              preference?.quietHoursStart && preference.quietHoursEnd
                ? { start: preference.quietHoursStart, end: preference.quietHoursEnd }
                : null,
          },
        });
        if (timing.kind !== 'now') {
          summary.waiting += 1;
          continue;
        }
        summary[await this.send(reminder, today, court.timeZone)] += 1;
      }
    }
    if (summary.sent + summary.already + summary.cancelled + summary.failed > 0)
      this.deps.logger.info({ reminders: summary }, 'reminders sent');
    return summary;
  }

  private async send(
    reminder: {
      id: number;
      personId: number;
      caseId: number;
      on: Date;
      basis: string;
      workingDays: number | null;
      createdAt: Date;
      person: { active: boolean; slackUserId: string | null; preference: { locale: string | null } | null };
    },
    today: IsoDate,
    timeZone: string,
  ): Promise<'sent' | 'already' | 'waiting' | 'cancelled' | 'failed'> {
    const viewer = await this.viewerOf(reminder.personId);
    // The same check as the person's own 详情: a case closed, reassigned away or a person gone gets no DM.
    const detail = viewer ? await this.myCases.detailById(viewer, reminder.caseId, today) : null;
    if (!viewer || !detail || detail.status === 'closed') {
      const reason = !viewer ? 'person_left' : !detail ? 'not_visible' : 'case_closed';
      await this.close(reminder.id, { status: 'cancelled', cancelReason: reason });
      return 'cancelled';
    }
    const locale: Locale = reminder.person.preference?.locale === 'en' ? 'en' : 'zh-CN';
    const message = reminderMessage(locale, {
      line: detail.line,
      createdOn: dayIn(reminder.createdAt, timeZone),
      basis: reminder.basis,
      workingDays: reminder.workingDays,
      caseLine: (line) => caseLineBlock(locale, line, { showJudge: viewer.role !== 'judge' }),
    });
    const outcome = await this.notices.send(
      {
        period: fromDbDate(reminder.on),
        recipientKey: `reminder:${reminder.id}`,
        personId: reminder.personId,
        to: { user: viewer.slackUserId },
      },
      async () => ({ message }),
    );
    switch (outcome) {
      case 'sent':
      case 'already':
        // 'already': posted by an earlier run that died before marking the reminder sent.
        await this.close(reminder.id, { status: 'sent', sentAt: this.deps.clock.now() });
        return outcome;
      case 'held':
        return 'waiting';
      case 'failed':
        return 'failed';
      case 'given_up':
      case 'abandoned':
        await this.close(reminder.id, { status: 'cancelled', cancelReason: 'undeliverable' });
        return 'failed';
    }
  }

  private async close(
    id: number,
    data: { status: 'sent'; sentAt: Date } | { status: 'cancelled'; cancelReason: string },
  ): Promise<void> {
    await this.deps.store.prisma.caseReminder.updateMany({
      where: { id, status: 'open' },
      data: data.status === 'cancelled' ? { ...data, cancelledAt: this.deps.clock.now() } : data,
    });
  }

  /** The person as a request would identify them (role, team, judges assisted); null when they left or have no Slack id. */
  private async viewerOf(personId: number): Promise<Viewer | null> {
    const row = await findViewerById(this.deps.store.prisma, personId);
    if (!row || !row.active || row.slackUserId === null) return null;
    return toViewer(row, row.slackUserId);
  }
}
