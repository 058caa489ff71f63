import type { IsoDate } from '../dates';
import type { Citation } from '../law';
import type { CaseCategory, ProcedureKey } from '../procedures';

/** One step of "why this date", shown to judges line by line. */
export interface BasisLine {
  /** Stable machine key of the step (base, start, extension, exclusion, rollover …). */
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly citations: readonly Citation[];
}

export interface DeadlineWarning {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

export interface ExtensionWindow {
  /** Latest day to ask for the next extension (15 days before expiry). */
  readonly applyBy: IsoDate;
  /** Latest day for the approver to decide (5 days before expiry). */
  readonly decideBy: IsoDate;
  readonly citations: readonly Citation[];
}

interface OutcomeCommon {
  readonly ruleId: string;
  readonly typeCode: string;
  readonly procedure: ProcedureKey | null;
  readonly category: CaseCategory;
  readonly basis: readonly BasisLine[];
  readonly warnings: readonly DeadlineWarning[];
}

export interface DeadlineResult extends OutcomeCommon {
  readonly kind: 'deadline';
  /** The day counting runs from (itself not counted). */
  readonly start: IsoDate;
  /** The statutory deadline without extensions or exclusions, after roll-over (法定/正常审限). */
  readonly baseDeadline: IsoDate;
  /** After extensions and exclusions, before holiday roll-over. */
  readonly naturalDeadline: IsoDate;
  /** The legal deadline: the natural one rolled forward past rest days where the law says so. */
  readonly deadline: IsoDate;
  readonly rolledOver: boolean;
  /** The notice for the deadline's year is not loaded: weekends and statutory holidays only, may change. */
  readonly provisional: boolean;
  readonly extensionsApplied: number;
  readonly excludedDays: number;
  /** An excluded period is still running, so the deadline moves with `asOf`. */
  readonly openExclusion: boolean;
  /** null when no further extension is possible or the law sets no application timing. */
  readonly extensionWindow: ExtensionWindow | null;
}

/** The law sets no 审限 for this kind of case (公示催告, 执保 …) or Docket has no rule for it. */
interface NoDeadline extends OutcomeCommon {
  readonly kind: 'none';
  readonly reasonZh: string;
  readonly reasonEn: string;
}

export type DeadlineOutcome = DeadlineResult | NoDeadline;
