import {
  periodKeyProblem,
  targetFor,
  targetProblem,
  isTargetPeriodKind,
  type TargetPeriodKind,
  type TargetRecord,
} from '../domain/digests';
import { METRICS, type MetricKey, type MetricText } from '../domain/metrics';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import type { AccessService, TargetTeam } from './access';
import type { Viewer } from './identity';

/** A target period: a year, month or ISO week by its key (2026, 2026-11, 2026-W48), or '*' for the standing target of that kind. */
export interface TargetPeriod {
  kind: TargetPeriodKind;
  key: string;
}

interface TargetSheetRow {
  metric: MetricKey;
  /** Set for exactly this period. */
  value: number | null;
  /** What applies when this period has none: the standing target of its kind, or the year's (domain targetFor). */
  inherited: number | null;
}

export interface TargetSheet {
  team: TargetTeam;
  period: TargetPeriod;
  rows: TargetSheetRow[];
}

export interface TargetChange {
  metric: MetricKey;
  /** null removes the target of this period. */
  value: number | null;
}

interface AppliedChange {
  metric: MetricKey;
  before: number | null;
  after: number | null;
}

export type SaveResult =
  | { ok: true; team: TargetTeam; applied: AppliedChange[] }
  | { ok: false; problems: Partial<Record<MetricKey, MetricText>> };

class TargetPeriodError extends Error {
  override name = 'TargetPeriodError';
}

function checkPeriod(period: TargetPeriod): void {
  const problem = periodKeyProblem(period.kind, period.key);
  if (problem) throw new TargetPeriodError(problem.en);
}

const TARGET_SELECT = { teamId: true, metric: true, periodKind: true, periodKey: true, value: true } as const;

function asRecords(
  rows: Array<{ teamId: number; metric: string; periodKind: string; periodKey: string; value: number }>,
): TargetRecord[] {
  return rows.flatMap((row) => (isTargetPeriodKind(row.periodKind) ? [{ ...row, periodKind: row.periodKind }] : []));
}

/** The year a period's fallbacks come from: its own, or (standing targets) the current one. */
function yearOfPeriod(period: TargetPeriod, today: string): string {
  return period.key === '*' ? today.slice(0, 4) : period.key.slice(0, 4);
}

/** Why values cannot be stored, by metric (the domain's rules: a rate 0–100 %, days positive, counts not negative). */
export function targetValueProblems(changes: readonly TargetChange[]): Partial<Record<MetricKey, MetricText>> {
  const problems: Partial<Record<MetricKey, MetricText>> = {};
  for (const change of changes) {
    const problem = change.value === null ? null : targetProblem(change.metric, change.value);
    if (problem) problems[change.metric] = problem;
  }
  return problems;
}

/** A team's targets as the viewer may see and set them (src/services/access.ts decides which teams). */
export class TargetsService {
  constructor(private readonly deps: { prisma: PrismaClient; access: AccessService }) {}

  /**
   * Every metric's target for one team and period as the viewer may see it (src/services/access.ts
   * decides which teams): the value set for exactly this period, and what applies without it.
   */
  async sheet(viewer: Viewer, teamId: number, period: TargetPeriod, today: string): Promise<TargetSheet> {
    checkPeriod(period);
    const team = await this.deps.access.targetTeam(viewer, teamId);
    const targets = asRecords(
      await this.deps.prisma.teamTarget.findMany({ where: { teamId: team.id }, select: TARGET_SELECT }),
    );
    const isThisPeriod = (target: TargetRecord) => target.periodKind === period.kind && target.periodKey === period.key;
    const others = targets.filter((target) => !isThisPeriod(target));
    const year = yearOfPeriod(period, today);
    return {
      team,
      period,
      rows: METRICS.map(({ key }) => ({
        metric: key,
        value: targets.find((target) => isThisPeriod(target) && target.metric === key)?.value ?? null,
        inherited: targetFor(others, team.id, key, { kind: period.kind, key: period.key, year }),
      })),
    };
  }

  /**
   * Sets (or, with null, removes) a team's targets for one period: all or nothing, every value checked
   * (targetValueProblems), each change audit-logged with who made it and the value before and after.
   * Values equal to the stored ones change nothing.
   */
  async save(
    viewer: Viewer,
    teamId: number,
    period: TargetPeriod,
    changes: readonly TargetChange[],
  ): Promise<SaveResult> {
    checkPeriod(period);
    const team = await this.deps.access.targetTeam(viewer, teamId);
    const problems = targetValueProblems(changes);
    if (Object.keys(problems).length > 0) return { ok: false, problems };
    const applied = await this.deps.prisma.$transaction(async (tx) => {
      const stored = await tx.teamTarget.findMany({
        where: { teamId: team.id, periodKind: period.kind, periodKey: period.key },
        select: { metric: true, value: true },
      });
      const done: AppliedChange[] = [];
      for (const change of changes) {
        const before = stored.find((row) => row.metric === change.metric)?.value ?? null;
        if (before === change.value) continue;
        const where = {
          teamId_metric_periodKind_periodKey: {
            teamId: team.id,
            metric: change.metric,
            periodKind: period.kind,
            periodKey: period.key,
          },
        };
        if (change.value === null) await tx.teamTarget.delete({ where });
        else
          await tx.teamTarget.upsert({
            where,
            create: {
              teamId: team.id,
              metric: change.metric,
              periodKind: period.kind,
              periodKey: period.key,
              value: change.value,
              setById: viewer.personId,
            },
            update: { value: change.value, setById: viewer.personId },
          });
        await tx.auditLog.create({
          data: {
            courtId: viewer.courtId,
            actorId: viewer.personId,
            action: change.value === null ? 'team_target.cleared' : 'team_target.set',
            entity: 'TeamTarget',
            entityId: `${team.id}:${change.metric}:${period.kind}:${period.key}`,
            before: (before === null ? null : { value: before }) as Prisma.InputJsonValue,
            after: (change.value === null ? null : { value: change.value }) as Prisma.InputJsonValue,
          },
        });
        done.push({ metric: change.metric, before, after: change.value });
      }
      return done;
    });
    return { ok: true, team, applied };
  }
}
