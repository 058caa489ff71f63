import type { IsoDate } from '../dates';
import type { AppealAgainst, ProcedureKey, Prosecution, SpecialKind } from '../procedures';
import type { TimeLimitFacts } from '../procedures/selectTimeLimitRule';

/** An approved extension. Without a length, the statutory length for that step applies. */
export interface ExtensionInput {
  readonly months?: number | null;
  readonly days?: number | null;
  readonly approvedBy?: string | null;
  /** The approval date. Extensions approved before a conversion belong to the old procedure. */
  readonly on?: IsoDate | null;
}

export interface ExcludedPeriodInput {
  readonly from: IsoDate;
  /** null while the period is still running (e.g. 中止 not yet lifted): counted up to `asOf`. */
  readonly to: IsoDate | null;
  /** 公告, 鉴定, 和解, 管辖异议, 中止, 审计评估 … (decides the citation). */
  readonly reason?: string | null;
}

export interface ConversionInput {
  /** The day the conversion was decided. */
  readonly on: IsoDate;
  readonly to: ProcedureKey;
  readonly from?: ProcedureKey | null;
}

/**
 * Everything the 审限 depends on. Keys follow the Case columns, so the store fills this from one row
 * and its events. `procedure` is the procedure at filing, or the current one when it equals the
 * first conversion's target (exports often carry only the current procedure).
 */
export interface DeadlineInput {
  readonly typeCode: string;
  readonly procedure?: ProcedureKey | null;
  readonly filedOn: IsoDate;
  /** Overrides the start event: 收到书面异议之日, 再审决定之日, 收到上诉状之日, the day the file returned … */
  readonly startsOn?: IsoDate | null;
  readonly prosecution?: Prosecution | null;
  readonly detained?: boolean | null;
  readonly incidentalCivil?: boolean | null;
  readonly appealAgainst?: AppealAgainst | null;
  readonly nonLitigation?: boolean | null;
  readonly specialKind?: SpecialKind | null;
  readonly announcementEndsOn?: IsoDate | null;
  readonly extensions?: readonly ExtensionInput[];
  readonly excludedPeriods?: readonly ExcludedPeriodInput[];
  readonly conversions?: readonly ConversionInput[];
  /** Needed only to count an excluded period that has not ended yet. */
  readonly asOf?: IsoDate | null;
}

/** The facts a time-limit rule is chosen on: the case's, under `procedure` (which a conversion may have changed). */
export function timeLimitFactsOf(input: DeadlineInput, procedure: ProcedureKey | null): TimeLimitFacts {
  return {
    typeCode: input.typeCode,
    procedure,
    prosecution: input.prosecution ?? null,
    detained: input.detained ?? null,
    appealAgainst: input.appealAgainst ?? null,
    nonLitigation: input.nonLitigation ?? false,
    specialKind: input.specialKind ?? null,
    announcementEndsOn: input.announcementEndsOn ?? null,
  };
}
