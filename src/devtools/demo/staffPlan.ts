/**
 * How the demo court is staffed. 包头稀土高新区法院 reported 5,229 cases closed in 2022 at 378 per
 * 员额法官, i.e. about 14 judges; it runs 速裁快审 teams that take 60–70% of the civil caseload
 * (../shared/context/court-report-2023.txt). Every team is led by one of its judges.
 */

import type { TeamKindKey } from '../../domain/catalogues';

/** Which stream of cases a team takes; several teams may share a desk (three 速裁快审 teams). */
export type Desk = 'fast' | 'civil' | 'administrative' | 'criminal' | 'enforcement' | 'enforcementRulings';

export interface TeamPlan {
  readonly name: string;
  readonly kind: TeamKindKey;
  readonly desk: Desk;
  /** 员额法官 including the team lead. */
  readonly judges: number;
  /** 书记员; each serves every judge of the team. */
  readonly clerks: number;
}

export const TEAM_PLANS: readonly TeamPlan[] = [
  { name: '速裁快审一团队', kind: 'fast_track', desk: 'fast', judges: 2, clerks: 2 },
  { name: '速裁快审二团队', kind: 'fast_track', desk: 'fast', judges: 2, clerks: 2 },
  { name: '速裁快审三团队', kind: 'fast_track', desk: 'fast', judges: 1, clerks: 1 },
  { name: '民商事审判团队', kind: 'complex', desk: 'civil', judges: 2, clerks: 1 },
  { name: '行政与综合审判团队', kind: 'administrative', desk: 'administrative', judges: 1, clerks: 1 },
  { name: '刑事审判团队', kind: 'criminal', desk: 'criminal', judges: 2, clerks: 1 },
  { name: '执行实施一团队', kind: 'enforcement', desk: 'enforcement', judges: 2, clerks: 1 },
  { name: '执行实施二团队', kind: 'enforcement', desk: 'enforcement', judges: 1, clerks: 1 },
  { name: '执行裁决与保全团队', kind: 'enforcement', desk: 'enforcementRulings', judges: 1, clerks: 1 },
];

/** 审判管理办公室 staff: they read every team's figures and receive the management digests. */
export const ADMIN_COUNT = 3;
