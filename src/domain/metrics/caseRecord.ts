import type { IsoDate } from '../dates';

/**
 * One case as the metric formulas see it: plain columns the store already has on Case (filedOn,
 * closedOn, closeMethod, procedure, typeCode, deadline, extended, suspended, appealed, appealOutcome,
 * amount, recoveredAmount, judgeId, teamId), so a period's cases load in one query without events.
 */
export interface MetricCase {
  readonly typeCode: string;
  /** Procedure key in force when the case closed (or now, if open). */
  readonly procedure: string | null;
  readonly filedOn: IsoDate;
  readonly closedOn: IsoDate | null;
  /** Close-method key (src/domain/catalogues/closeMethods). */
  readonly closeMethod: string | null;
  /** The 审限 with approved extensions and exclusions, after roll-over (Case.deadline). */
  readonly deadline: IsoDate | null;
  /**
   * The statutory 审限 without extensions or exclusions (DeadlineResult.baseDeadline, Case.baseDeadline),
   * for 法定审限内结案率. When absent (a row not yet recomputed) it is taken as `deadline` for cases never
   * extended, stayed or given excluded days, and such cases count as not closed within the statutory limit.
   */
  readonly baseDeadline?: IsoDate | null;
  readonly extended: boolean;
  readonly suspended: boolean;
  /** Total excluded days (DeadlineResult.excludedDays, Case.excludedDays); absent counts as none. */
  readonly excludedDays?: number | null;
  readonly appealed: boolean;
  /** Appeal-outcome key (src/domain/catalogues/appealOutcomes). */
  readonly appealOutcome: string | null;
  /** 标的额 / 申请执行标的 in yuan. */
  readonly amount: number | null;
  /** 执行到位金额 in yuan. */
  readonly recoveredAmount: number | null;
  readonly judgeId: number | string | null;
  readonly teamId: number | string | null;
}

/** The statistics period, both ends inclusive; pending counts are taken at its last day. */
export interface MetricPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface MetricContext {
  readonly period: MetricPeriod;
  /** 员额法官人数 for 人均结案数; when absent, the judges who closed cases in the period. */
  readonly judgeCount?: number;
}
