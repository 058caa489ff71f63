import { TEAM_KINDS, teamKindFromName, type TeamKindKey } from '../domain/catalogues';
import { resolveMetricPolicy } from '../domain/metrics';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { text } from '../i18n/localized';
import { CourtSettingsError } from './courts';

export interface TeamListItem {
  name: string;
  /** The kind's Chinese name, or what is stored when Docket does not know it (counted as 普通). */
  kind: string;
  kindKnown: boolean;
  fastTrack: boolean;
  members: number;
  openCases: number;
}

/**
 * What 繁简分流 is computed from that the court itself sets: which teams are 速裁快审 (Team.kind) and the
 * range their share of 新收 should fall in (Court.metricPolicy.diversion.fastTrackShare). Audit-logged.
 */
export class DiversionSettingsService {
  constructor(private readonly deps: { prisma: PrismaClient }) {}

  /** The court's active teams with their kind, members and open cases (`docket team list`). */
  async listTeams(courtId: number): Promise<TeamListItem[]> {
    const teams = await this.deps.prisma.team.findMany({
      where: { courtId, active: true },
      select: {
        name: true,
        kind: true,
        _count: { select: { members: { where: { active: true } }, cases: { where: { status: 'open' } } } },
      },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    });
    return teams.map((team) => {
      const known = teamKindFromName(team.kind);
      return {
        name: team.name,
        kind: known ? TEAM_KINDS.get(known).zh : team.kind,
        kindKnown: known !== null,
        fastTrack: known === 'fast_track',
        members: team._count.members,
        openCases: team._count.cases,
      };
    });
  }

  /** Sets a team's kind (速裁快审, 繁案, 执行 …: a name or alias of the domain's catalogue). */
  async setTeamKind(
    courtId: number,
    teamName: string,
    kindName: string,
    actorLabel: string,
  ): Promise<{ name: string; kind: TeamKindKey }> {
    const kind = teamKindFromName(kindName);
    if (!kind)
      throw new CourtSettingsError(
        text(
          `团队类型「${kindName}」不认识；可用：${TEAM_KINDS.entries.map((entry) => entry.zh).join('、')}`,
          `unknown team kind "${kindName}"; use one of ${TEAM_KINDS.entries.map((entry) => `${entry.zh} (${entry.en})`).join(', ')}`,
        ),
      );
    const team = await this.deps.prisma.team.findFirst({
      where: { courtId, name: teamName.trim() },
      select: { id: true, kind: true },
    });
    if (!team) throw new CourtSettingsError(text(`本院没有名为「${teamName}」的团队`, `no team called "${teamName}"`));
    await this.deps.prisma.$transaction(async (tx) => {
      await tx.team.update({ where: { id: team.id }, data: { kind } });
      await tx.court.update({ where: { id: courtId }, data: { dataVersion: { increment: 1 } } });
      await tx.auditLog.create({
        data: {
          courtId,
          actorLabel,
          action: 'team.kind_set',
          entity: 'Team',
          entityId: String(team.id),
          before: { kind: team.kind },
          after: { kind },
        },
      });
    });
    return { name: teamName.trim(), kind };
  }

  /** Sets the 速裁快审 share's target range in the court's 口径 (Court.metricPolicy), keeping every other override. */
  async setFastTrackShare(
    courtId: number,
    range: { min: number; max: number },
    actorLabel: string,
  ): Promise<{ min: number; max: number }> {
    const court = await this.deps.prisma.court.findUniqueOrThrow({
      where: { id: courtId },
      select: { metricPolicy: true },
    });
    const stored = (court.metricPolicy ?? {}) as Record<string, unknown>;
    const diversion = (stored.diversion ?? {}) as Record<string, unknown>;
    const next = { ...stored, diversion: { ...diversion, fastTrackShare: range } };
    try {
      resolveMetricPolicy(next);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new CourtSettingsError(text(`区间无效：${message}`, `invalid range: ${message}`));
    }
    const before = resolveMetricPolicy(stored).diversion.fastTrackShare;
    await this.deps.prisma.$transaction(async (tx) => {
      await tx.court.update({
        where: { id: courtId },
        data: { metricPolicy: next as Prisma.InputJsonValue, dataVersion: { increment: 1 } },
      });
      await tx.auditLog.create({
        data: {
          courtId,
          actorLabel,
          action: 'court.fast_track_share_set',
          entity: 'Court',
          entityId: String(courtId),
          before,
          after: range,
        },
      });
    });
    return range;
  }
}

/** "60-70", "60–70" or "60%-70%": the 速裁快审 share's target range, in percent. */
export function parseShareRange(value: string): { min: number; max: number } | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*[-–—~至到]\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(value);
  if (!match) return null;
  const range = { min: Number(match[1]), max: Number(match[2]) };
  return range.min <= range.max && range.max <= 100 ? range : null;
}
