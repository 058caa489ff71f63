import type { DigestPreferences } from '../../domain/digests';
import type { PrismaClient, Role } from '../../generated/prisma/client';
import { fromDbDateOrNull } from '../../store/dbDate';
import { DEFAULT_PREFERENCES } from '../preferences';

/** Someone a digest may go to, with what their role lets them see and how they want to be reached. */
export interface DigestPerson {
  personId: number;
  name: string;
  role: Role;
  slackUserId: string | null;
  teamId: number | null;
  ledTeamId: number | null;
  assignedJudgeIds: number[];
  /** zh-CN | en, or null to use the court default (zh-CN): a digest has no Slack request to take a locale from. */
  locale: 'zh-CN' | 'en' | null;
  preferences: DigestPreferences;
}

export interface DailyTimes {
  /** People who get the daily digest at the court's time: they chose none. */
  followingCourt: number;
  /** People who chose their own time, and the earliest and latest of those times. */
  ownTime: number;
  earliestOwn: string | null;
  latestOwn: string | null;
}

/** People of the court the daily digest can reach (active, linked to Slack), of some roles. */
const reachable = (courtId: number, roles?: readonly Role[]) => ({
  courtId,
  active: true,
  slackUserId: { not: null },
  ...(roles ? { role: { in: [...roles] } } : {}),
});

/** Who the digests go to and when they asked for them: the runner, the notices and `docket schedule list` read it here. */
export class DigestPeopleService {
  constructor(private readonly deps: { prisma: PrismaClient }) {}

  /** The court's active people in the given roles, and with `rulesOptIn` those who subscribed to the 规章更新 digest. */
  async recipients(
    courtId: number,
    roles: readonly Role[],
    options: { rulesOptIn?: boolean } = {},
  ): Promise<DigestPerson[]> {
    if (roles.length === 0 && !options.rulesOptIn) return [];
    const rows = await this.deps.prisma.person.findMany({
      where: {
        courtId,
        active: true,
        OR: [
          { role: { in: [...roles] } },
          ...(options.rulesOptIn ? [{ preference: { is: { rulesDigestOptIn: true } } }] : []),
        ],
      },
      select: {
        id: true,
        name: true,
        role: true,
        slackUserId: true,
        teamId: true,
        leads: { select: { id: true } },
        assistingFor: { select: { judgeId: true } },
        preference: true,
      },
      orderBy: { id: 'asc' },
    });
    return rows.map((row) => {
      const preference = row.preference;
      return {
        personId: row.id,
        name: row.name,
        role: row.role,
        slackUserId: row.slackUserId,
        teamId: row.teamId,
        ledTeamId: row.leads?.id ?? null,
        assignedJudgeIds: row.assistingFor.map((assignment) => assignment.judgeId),
        locale: preference?.locale === 'en' || preference?.locale === 'zh-CN' ? preference.locale : null,
        preferences: preference
          ? {
              dailyDigestEnabled: preference.dailyDigestEnabled,
              dailyDigestTime: preference.dailyDigestTime,
              snoozeUntil: fromDbDateOrNull(preference.snoozeUntil),
              quietHours:
                preference.quietHoursStart && preference.quietHoursEnd
                  ? { start: preference.quietHoursStart, end: preference.quietHoursEnd }
                  : null,
            }
          : {
              dailyDigestEnabled: DEFAULT_PREFERENCES.dailyDigestEnabled,
              dailyDigestTime: DEFAULT_PREFERENCES.dailyDigestTime,
              snoozeUntil: null,
              quietHours: null,
            },
      };
    });
  }

  /**
   * The earliest time (HH:mm) someone of the court chose for their daily digest, or null when nobody
   * chose one: the day's run starts then if that is before the court's own time.
   */
  async earliestOwnDailyTime(courtId: number): Promise<string | null> {
    const { _min } = await this.deps.prisma.userPreference.aggregate({
      where: { dailyDigestEnabled: true, dailyDigestTime: { not: null }, person: reachable(courtId) },
      _min: { dailyDigestTime: true },
    });
    return _min.dailyDigestTime;
  }

  /** Whose daily digest comes at the court's time and whose at their own (`docket schedule list`). */
  async dailyTimes(courtId: number, roles: readonly Role[]): Promise<DailyTimes> {
    const { prisma } = this.deps;
    const [followingCourt, own] = await Promise.all([
      prisma.person.count({
        where: {
          ...reachable(courtId, roles),
          OR: [{ preference: null }, { preference: { dailyDigestEnabled: true, dailyDigestTime: null } }],
        },
      }),
      prisma.userPreference.aggregate({
        where: { dailyDigestEnabled: true, dailyDigestTime: { not: null }, person: reachable(courtId, roles) },
        _count: { _all: true },
        _min: { dailyDigestTime: true },
        _max: { dailyDigestTime: true },
      }),
    ]);
    return {
      followingCourt,
      ownTime: own._count._all,
      earliestOwn: own._min.dailyDigestTime,
      latestOwn: own._max.dailyDigestTime,
    };
  }
}
