import type { TeamKindKey } from '../../domain/catalogues';
import { civilFromEpochDay, type EpochDay } from '../../domain/dates';
import { targetProblem } from '../../domain/digests';
import type { MetricKey } from '../../domain/metrics';
import type { IdCounters, TargetRow } from './rows';
import type { Staff } from './staff';

/**
 * The year's targets the 审判管理办公室 sets each team for the figures the court watches (its report
 * names 办案任务数及平均办理天数、一审简易程序适用率、发改率、息诉率): rates in %, days, case counts.
 */
const TARGETS_BY_KIND: Readonly<Partial<Record<TeamKindKey, Partial<Record<MetricKey, number>>>>> = {
  fast_track: {
    closureRate: 98,
    onTimeRate: 99,
    avgDays: 30,
    simpleProcedureRate: 95,
    reversalRate: 2,
    acceptanceRate: 95,
    pendingOver12Months: 0,
  },
  complex: {
    closureRate: 95,
    onTimeRate: 97,
    avgDays: 90,
    simpleProcedureRate: 60,
    reversalRate: 3,
    acceptanceRate: 88,
    pendingOver12Months: 2,
  },
  administrative: {
    closureRate: 95,
    onTimeRate: 97,
    avgDays: 80,
    reversalRate: 3,
    acceptanceRate: 85,
    pendingOver12Months: 1,
  },
  criminal: {
    closureRate: 97,
    onTimeRate: 99,
    avgDays: 25,
    reversalRate: 2,
    acceptanceRate: 93,
    pendingOver12Months: 0,
  },
  enforcement: { closureRate: 95, onTimeRate: 97, avgDays: 90, pendingOver12Months: 3 },
};

export function teamTargets(staff: Staff, asOf: EpochDay, ids: IdCounters): TargetRow[] {
  const year = String(civilFromEpochDay(asOf).year);
  const setById = staff.adminIds[0] as number;
  return staff.teams.flatMap((team) =>
    (Object.entries(TARGETS_BY_KIND[team.kind as TeamKindKey] ?? {}) as [MetricKey, number][]).map(
      ([metric, value]) => {
        const problem = targetProblem(metric, value);
        if (problem !== null) throw new Error(`demo target ${metric} = ${value}: ${problem.en}`);
        return { id: ++ids.target, teamId: team.id, metric, periodKind: 'year', periodKey: year, value, setById };
      },
    ),
  );
}
