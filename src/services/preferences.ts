import { z } from 'zod';
import { isIsoDate, isTimeOfDay, type IsoDate } from '../domain/dates';
import type { PrismaClient } from '../generated/prisma/client';
import { dayIn, type Clock } from './clock';
import { SchedulesService } from './digests/schedules';
import { PERSON_CACHE_PREFIX } from './identity';
import type { ReadCache } from './readCache';

export interface Preferences {
  /** zh-CN | en; null follows the Slack locale. */
  locale: 'zh-CN' | 'en' | null;
  dailyDigestEnabled: boolean;
  /** HH:mm in the court's time zone, as the person chose it; null follows the court's daily schedule. */
  dailyDigestTime: string | null;
  snoozeUntil: IsoDate | null;
  quietHours: { start: string; end: string } | null;
  rulesDigestOptIn: boolean;
}

/** The preferences as shown to their person: with the court's daily time, which applies while they chose none. */
export interface ShownPreferences extends Preferences {
  /** HH:mm of the court's daily schedule. */
  courtDailyTime: string;
}

export const DEFAULT_PREFERENCES: Preferences = {
  locale: null,
  dailyDigestEnabled: true,
  dailyDigestTime: null,
  snoozeUntil: null,
  quietHours: null,
  rulesDigestOptIn: false,
};

const time = z.string().refine(isTimeOfDay, 'HH:mm');

/** A change to someone's preferences: every field optional, each validated. */
const preferencesPatchSchema = z.strictObject({
  locale: z.enum(['zh-CN', 'en']).nullable().optional(),
  dailyDigestEnabled: z.boolean().optional(),
  dailyDigestTime: time.nullable().optional(),
  snoozeUntil: z.string().refine(isIsoDate, 'YYYY-MM-DD').nullable().optional(),
  quietHours: z
    .object({ start: time, end: time })
    .refine((hours) => hours.start !== hours.end, 'start and end differ')
    .nullable()
    .optional(),
  rulesDigestOptIn: z.boolean().optional(),
});

export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

export class PreferencesService {
  private readonly schedules: SchedulesService;

  constructor(private readonly deps: { prisma: PrismaClient; cache: ReadCache; clock: Clock }) {
    this.schedules = new SchedulesService(deps);
  }

  async get(personId: number): Promise<ShownPreferences> {
    const { prisma, clock } = this.deps;
    const [stored, person] = await Promise.all([
      this.stored(personId),
      prisma.person.findUniqueOrThrow({
        where: { id: personId },
        select: { court: { select: { id: true, timeZone: true } } },
      }),
    ]);
    const today = dayIn(clock.now(), person.court.timeZone);
    return { ...stored, courtDailyTime: await this.schedules.courtDailyTime(person.court, today) };
  }

  private async stored(personId: number): Promise<Preferences> {
    const row = await this.deps.prisma.userPreference.findUnique({ where: { personId } });
    if (!row) return DEFAULT_PREFERENCES;
    return {
      locale: row.locale === 'zh-CN' || row.locale === 'en' ? row.locale : null,
      dailyDigestEnabled: row.dailyDigestEnabled,
      dailyDigestTime: row.dailyDigestTime,
      snoozeUntil: row.snoozeUntil ? row.snoozeUntil.toISOString().slice(0, 10) : null,
      quietHours:
        row.quietHoursStart && row.quietHoursEnd ? { start: row.quietHoursStart, end: row.quietHoursEnd } : null,
      rulesDigestOptIn: row.rulesDigestOptIn,
    };
  }

  /** Applies a validated change; the person's cached identity (which carries the locale) is dropped. */
  async update(personId: number, slackUserId: string, patch: PreferencesPatch): Promise<ShownPreferences> {
    const change = preferencesPatchSchema.parse(patch);
    const data = {
      ...(change.locale !== undefined ? { locale: change.locale } : {}),
      ...(change.dailyDigestEnabled !== undefined ? { dailyDigestEnabled: change.dailyDigestEnabled } : {}),
      ...(change.dailyDigestTime !== undefined ? { dailyDigestTime: change.dailyDigestTime } : {}),
      ...(change.snoozeUntil !== undefined
        ? { snoozeUntil: change.snoozeUntil === null ? null : new Date(`${change.snoozeUntil}T00:00:00Z`) }
        : {}),
      ...(change.quietHours !== undefined
        ? { quietHoursStart: change.quietHours?.start ?? null, quietHoursEnd: change.quietHours?.end ?? null }
        : {}),
      ...(change.rulesDigestOptIn !== undefined ? { rulesDigestOptIn: change.rulesDigestOptIn } : {}),
    };
    await this.deps.prisma.userPreference.upsert({ where: { personId }, create: { personId, ...data }, update: data });
    this.deps.cache.invalidate(`${PERSON_CACHE_PREFIX}${slackUserId}`);
    return this.get(personId);
  }
}
