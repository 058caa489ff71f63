import { z } from 'zod';
import { addDays, DIGEST_KINDS, timeOfDay, type DigestKind } from '../../domain/digests';
import type { IsoDate } from '../../domain/dates';
import type { Prisma, PrismaClient, Role } from '../../generated/prisma/client';
import { cronDays, isValidCron } from './cron';

const ROLES = ['judge', 'assistant', 'clerk', 'team_lead', 'admin'] as const satisfies readonly Role[];

/**
 * Who receives a digest: people by role, and channels — `management` and `rules` name the court's
 * configured channels (Court.managementChannelId, rulesChannelId), anything else is a Slack channel id.
 * Channels only ever get aggregates: never case numbers or party names.
 */
const recipientsSchema = z.strictObject({
  roles: z.array(z.enum(ROLES)).default([]),
  channels: z
    .array(
      z.union([
        z.enum(['management', 'rules']),
        z.string().regex(/^[CG][A-Z0-9]{6,}$/, 'a Slack channel id such as C0123ABCD'),
      ]),
    )
    .default([]),
});

type Recipients = z.output<typeof recipientsSchema>;

export interface ScheduleSetting {
  kind: DigestKind;
  /** Five-field cron in the court's time zone; the calendar then keeps only working days (src/domain/digests). */
  cron: string;
  enabled: boolean;
  recipients: Recipients;
  /** Not stored yet: the court runs on Docket's defaults. */
  isDefault: boolean;
}

/**
 * Docket's defaults: each judge's deadlines every working morning at 08:30 (调休 weekend days too —
 * which is why the cron says every day, not 1-5); the weekly report on the week's first working day
 * from Monday 09:00; the monthly report on the month's first working day at 09:00; rule changes on
 * Friday afternoon (the rules digest of issue 6).
 */
export const DEFAULT_SCHEDULES: Readonly<Record<DigestKind, Omit<ScheduleSetting, 'kind' | 'isDefault'>>> = {
  daily: {
    cron: '30 8 * * *',
    enabled: true,
    recipients: { roles: ['judge', 'team_lead', 'admin', 'assistant', 'clerk'], channels: [] },
  },
  weekly: { cron: '0 9 * * 1', enabled: true, recipients: { roles: ['team_lead', 'admin'], channels: ['management'] } },
  monthly: { cron: '0 9 1 * *', enabled: true, recipients: { roles: ['admin'], channels: ['management'] } },
  rules: { cron: '0 16 * * 5', enabled: true, recipients: { roles: [], channels: ['rules'] } },
};

export class ScheduleError extends Error {
  override name = 'ScheduleError';
}

function parseRecipients(kind: DigestKind, json: unknown): Recipients {
  const parsed = recipientsSchema.safeParse(json);
  if (!parsed.success)
    throw new ScheduleError(
      `the stored recipients of the ${kind} schedule are invalid: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`,
    );
  return parsed.data;
}

export interface ScheduleChange {
  cron?: string;
  enabled?: boolean;
  roles?: Role[];
  channels?: string[];
}

/** The digest schedules of each court, stored or Docket's defaults (`docket schedule`, the runner, the settings). */
export class SchedulesService {
  constructor(private readonly deps: { prisma: PrismaClient }) {}

  /** Every digest kind of a court: its stored schedule, or the default. */
  async list(courtId: number): Promise<ScheduleSetting[]> {
    const rows = await this.deps.prisma.schedule.findMany({ where: { courtId } });
    return DIGEST_KINDS.map((kind) => {
      const row = rows.find((candidate) => candidate.kind === kind);
      return row
        ? {
            kind,
            cron: row.cron,
            enabled: row.enabled,
            recipients: parseRecipients(kind, row.recipients),
            isDefault: false,
          }
        : { kind, ...DEFAULT_SCHEDULES[kind], isDefault: true };
    });
  }

  /** One digest kind's schedule of a court, stored or default. */
  async of(courtId: number, kind: DigestKind): Promise<ScheduleSetting> {
    return (await this.list(courtId)).find((schedule) => schedule.kind === kind) as ScheduleSetting;
  }

  /** Changes one schedule (stored from then on, defaults filling what is not given) and audit-logs it. */
  async set(courtId: number, kind: DigestKind, change: ScheduleChange, actorLabel: string): Promise<ScheduleSetting> {
    const { prisma } = this.deps;
    if (change.cron !== undefined && !isValidCron(change.cron))
      throw new ScheduleError(`not a five-field cron expression: ${change.cron}`);
    const current = await this.of(courtId, kind);
    const recipients = recipientsSchema.safeParse({
      roles: change.roles ?? current.recipients.roles,
      channels: change.channels ?? current.recipients.channels,
    });
    if (!recipients.success)
      throw new ScheduleError(
        recipients.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
      );
    const next = {
      cron: change.cron ?? current.cron,
      enabled: change.enabled ?? current.enabled,
      recipients: recipients.data,
    };
    await prisma.$transaction([
      prisma.schedule.upsert({
        where: { courtId_kind: { courtId, kind } },
        create: {
          courtId,
          kind,
          cron: next.cron,
          enabled: next.enabled,
          recipients: next.recipients as Prisma.InputJsonValue,
        },
        update: { cron: next.cron, enabled: next.enabled, recipients: next.recipients as Prisma.InputJsonValue },
      }),
      prisma.auditLog.create({
        data: {
          courtId,
          actorLabel,
          action: 'schedule.set',
          entity: 'Schedule',
          entityId: kind,
          before: {
            cron: current.cron,
            enabled: current.enabled,
            recipients: current.recipients,
          } as Prisma.InputJsonValue,
          after: next as Prisma.InputJsonValue,
        },
      }),
    ]);
    return { kind, ...next, isDefault: false };
  }

  /** The court's daily time (dailyTimeOf its daily schedule, stored or default). */
  async courtDailyTime(court: { id: number; timeZone: string }, today: IsoDate): Promise<string> {
    return dailyTimeOf(await this.of(court.id, 'daily'), court.timeZone, today);
  }
}

/**
 * The time of day (HH:mm) a daily schedule sends at, read from its cron for the week from `today`: what
 * everyone who has not chosen a time of their own follows. Docket's default's when the cron names no day.
 */
export function dailyTimeOf(schedule: Pick<ScheduleSetting, 'cron'>, timeZone: string, today: IsoDate): string {
  const firstMinute = (cron: string) => cronDays(cron, timeZone, { from: today, to: addDays(today, 6) })[0]?.minute;
  return timeOfDay(firstMinute(schedule.cron) ?? firstMinute(DEFAULT_SCHEDULES.daily.cron) ?? 0);
}
