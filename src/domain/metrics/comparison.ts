import type { MetricKey } from './definition';
import { metricDefinition } from './catalogue';

/**
 * Team comparison in the three modes a court may choose (Court.comparisonMode). The SPC's 2024
 * revision asks courts to "坚决杜绝排名排序" and not to publish rankings (domain.md §5.1, §5.4), so the
 * default is `unranked`: each team against its own target or a reference band, in a fixed order.
 */
export const COMPARISON_MODES = ['ranked', 'unranked', 'anonymized'] as const;
export type ComparisonMode = (typeof COMPARISON_MODES)[number];

export interface TeamMetric {
  readonly teamId: number | string;
  readonly teamName: string;
  readonly value: number | null;
  /** The team's own target (TeamTarget.value) for this metric and period. */
  readonly target: number | null;
  /** The kind of period the target was set for (a week's figure may be judged against the year's target). */
  readonly targetPeriodKind?: 'week' | 'month' | 'year' | null;
  /** How the metric moved since the period before (环比) and a year before (同比), when the caller compares them. */
  readonly change?: number | null;
  readonly lastYearChange?: number | null;
}

interface ReferenceBand {
  readonly min?: number;
  readonly max?: number;
}

export interface ComparisonRequest {
  readonly mode: ComparisonMode;
  readonly metric: MetricKey;
  /** In the court's fixed order (Team.sortOrder); `unranked` keeps it. */
  readonly teams: readonly TeamMetric[];
  /** The team of the person looking; named in `anonymized` mode, the others are lettered. */
  readonly viewerTeamId?: number | string | null;
  /** 合理区间参考值: used for teams without a target of their own. */
  readonly band?: ReferenceBand | null;
  /** Varies the letters between periods (e.g. "2026-W48") so they do not become names; same seed, same letters. */
  readonly seed?: string;
}

export type TargetStatus = 'met' | 'not_met' | 'no_target' | 'no_data';

export interface ComparisonRow {
  /** The team's name, or 团队A / Team A for other teams in `anonymized` mode. */
  readonly label: string;
  readonly labelEn: string;
  /** null for lettered teams, so the identity never leaves the domain. */
  readonly teamId: number | string | null;
  readonly viewer: boolean;
  readonly value: number | null;
  readonly change: number | null;
  readonly lastYearChange: number | null;
  readonly target: number | null;
  readonly targetPeriodKind: 'week' | 'month' | 'year' | null;
  readonly status: TargetStatus;
  /** value − target (or the distance outside the band); null without both. */
  readonly gap: number | null;
  /** Only in `ranked` mode: 1 = best; equal values share a rank. */
  readonly rank: number | null;
}

export interface Comparison {
  readonly mode: ComparisonMode;
  readonly metric: MetricKey;
  readonly rows: readonly ComparisonRow[];
  /** Shown with a ranking, so the court decides knowingly. */
  readonly notice: { readonly zh: string; readonly en: string } | null;
}

export const RANKING_NOTICE = {
  zh: '最高人民法院2024年9月修订审判质量管理指标体系时要求“坚决杜绝排名排序”，指标数据“不得通报排名”。本排名仅供内部研判。',
  en: 'When revising its indicator system in September 2024 the SPC asked courts not to rank and not to publish rankings. This ranking is for internal analysis only.',
};

function status(
  team: TeamMetric,
  band: ReferenceBand | null | undefined,
  higherIsBetter: boolean,
): { status: TargetStatus; gap: number | null } {
  if (team.value === null) return { status: 'no_data', gap: null };
  if (team.target !== null) {
    const gap = team.value - team.target;
    return { status: (higherIsBetter ? gap >= 0 : gap <= 0) ? 'met' : 'not_met', gap };
  }
  if (band != null && (band.min !== undefined || band.max !== undefined)) {
    if (band.min !== undefined && team.value < band.min) return { status: 'not_met', gap: team.value - band.min };
    if (band.max !== undefined && team.value > band.max) return { status: 'not_met', gap: team.value - band.max };
    return { status: 'met', gap: 0 };
  }
  return { status: 'no_target', gap: null };
}

/** Letters A…Z, then AA, AB …, like spreadsheet columns. */
function letter(index: number): string {
  let text = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

/** FNV-1a: a stable, dependency-free hash so the lettering is deterministic for a seed. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

export function compareTeams(request: ComparisonRequest): Comparison {
  const higherIsBetter = metricDefinition(request.metric).direction === 'higher';
  const judged = request.teams.map((team) => ({ team, ...status(team, request.band, higherIsBetter) }));
  const named = (entry: (typeof judged)[number], rank: number | null): ComparisonRow => ({
    label: entry.team.teamName,
    labelEn: entry.team.teamName,
    teamId: entry.team.teamId,
    viewer: entry.team.teamId === request.viewerTeamId,
    value: entry.team.value,
    targetPeriodKind: entry.team.targetPeriodKind ?? null,
    change: entry.team.change ?? null,
    lastYearChange: entry.team.lastYearChange ?? null,
    target: entry.team.target,
    status: entry.status,
    gap: entry.gap,
    rank,
  });

  if (request.mode === 'unranked')
    return { mode: 'unranked', metric: request.metric, rows: judged.map((entry) => named(entry, null)), notice: null };

  if (request.mode === 'ranked') {
    const ordered = [...judged].sort((a, b) => {
      if (a.team.value === null || b.team.value === null)
        return a.team.value === null ? (b.team.value === null ? 0 : 1) : -1;
      return higherIsBetter ? b.team.value - a.team.value : a.team.value - b.team.value;
    });
    // Equal values share the rank of the first of them (1, 2, 2, 4).
    const rows = ordered.map((entry) =>
      named(
        entry,
        entry.team.value === null ? null : ordered.findIndex((other) => other.team.value === entry.team.value) + 1,
      ),
    );
    return { mode: 'ranked', metric: request.metric, rows, notice: RANKING_NOTICE };
  }

  const seed = request.seed ?? '';
  const viewer = judged.filter((entry) => entry.team.teamId === request.viewerTeamId);
  const others = judged
    .filter((entry) => entry.team.teamId !== request.viewerTeamId)
    .map((entry) => ({ entry, order: hash(`${seed}|${String(entry.team.teamId)}`) }))
    .sort((a, b) => a.order - b.order || String(a.entry.team.teamId).localeCompare(String(b.entry.team.teamId)));
  const rows = [
    ...viewer.map((entry) => named(entry, null)),
    ...others.map(({ entry }, index) => ({
      ...named(entry, null),
      label: `团队${letter(index)}`,
      labelEn: `Team ${letter(index)}`,
      teamId: null,
    })),
  ];
  return { mode: 'anonymized', metric: request.metric, rows, notice: null };
}
