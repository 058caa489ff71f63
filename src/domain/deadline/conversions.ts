import { tryEpochDay, type EpochDay } from '../dates';
import { cite, type Citation } from '../law';
import { PROCEDURES, procedureNameZh, type CaseCategory, type ProcedureKey } from '../procedures';
import { DeadlineInputError } from './errors';
import type { ConversionInput, DeadlineInput } from './input';

/**
 * Conversions the law allows, and what they do to the count (domain.md §0.1 item 4): criminal cases
 * restart from the conversion decision; civil and administrative cases keep counting from 立案.
 */
interface ConversionLaw {
  readonly restarts: boolean;
  readonly citations: readonly Citation[];
  /** True when the counting rule is inferred by analogy rather than stated (小额 → 简易/普通). */
  readonly inferred?: boolean;
}

const LAWS: Partial<Record<CaseCategory, Partial<Record<string, ConversionLaw>>>> = {
  civil: {
    'simple>ordinary': {
      restarts: false,
      citations: [cite('civilProcedureInterpretation', 258, 3), cite('trialPeriodProvisions2000', 8, 2)],
    },
    'small_claims>simple': { restarts: false, citations: [cite('civilProcedureLaw', 169)], inferred: true },
    'small_claims>ordinary': { restarts: false, citations: [cite('civilProcedureLaw', 169)], inferred: true },
  },
  criminal: {
    'simple>ordinary': { restarts: true, citations: [cite('criminalProcedureInterpretation', 368, 2)] },
    'expedited>ordinary': { restarts: true, citations: [cite('criminalProcedureInterpretation', 376)] },
    'expedited>simple': { restarts: true, citations: [cite('criminalProcedureInterpretation', 376)] },
  },
  administrative: {
    'simple>ordinary': { restarts: false, citations: [cite('administrativeProcedureInterpretation', 105)] },
  },
};

export interface AppliedConversion {
  readonly on: EpochDay;
  readonly from: ProcedureKey | null;
  readonly to: ProcedureKey;
  readonly index: number;
}

export interface ConversionPlan {
  /** The procedure in force at the end (what the deadline rule is chosen by). */
  readonly procedure: ProcedureKey | null;
  readonly conversions: readonly AppliedConversion[];
}

/**
 * Orders and checks the conversions. When the input's `procedure` equals the first conversion's
 * target it is read as the current procedure, since exports often carry only that.
 */
export function planConversions(input: DeadlineInput, filed: EpochDay): ConversionPlan {
  requireProcedureKey(input.procedure, 'procedure');
  const raw = input.conversions ?? [];
  raw.forEach((conversion, index) => {
    requireProcedureKey(conversion.to, `conversions[${index}].to`);
    requireProcedureKey(conversion.from, `conversions[${index}].from`);
  });
  if (raw.length === 0) return { procedure: input.procedure ?? null, conversions: [] };
  const sorted = raw
    .map((conversion, index) => ({ conversion, index, on: conversionDay(conversion, index, filed) }))
    .sort((a, b) => a.on - b.on || a.index - b.index);
  const first = sorted[0]?.conversion as ConversionInput;
  let current: ProcedureKey | null = input.procedure === first.to ? (first.from ?? null) : (input.procedure ?? null);
  const conversions: AppliedConversion[] = [];
  for (const { conversion, index, on } of sorted) {
    const field = `conversions[${index}]`;
    if (conversion.from != null && current !== null && conversion.from !== current) {
      throw new DeadlineInputError(
        `${field}.from`,
        `转换前的程序应为${procedureNameZh(current)}，而不是${procedureNameZh(conversion.from)}`,
        `the procedure before this conversion is ${current}, not ${conversion.from}`,
      );
    }
    const from = conversion.from ?? current;
    if (from === conversion.to) {
      throw new DeadlineInputError(
        `${field}.to`,
        `程序未改变(${procedureNameZh(from)})`,
        `the procedure does not change (${from})`,
      );
    }
    conversions.push({ on, from, to: conversion.to, index });
    current = conversion.to;
  }
  return { procedure: current, conversions };
}

/**
 * Procedures reach the engine from a plain string column (Case.procedure), so a key the catalogue does
 * not know is reported against its field rather than failing later on a missing name.
 */
function requireProcedureKey(value: string | null | undefined, field: string): void {
  if (value == null || PROCEDURES.isKey(value)) return;
  const knownZh = PROCEDURES.entries.map((entry) => `${entry.key}(${entry.zh})`).join('、');
  throw new DeadlineInputError(
    field,
    `未知程序 "${value}"(可用：${knownZh})`,
    `unknown procedure "${value}" (known: ${PROCEDURES.keys.join(', ')})`,
  );
}

function conversionDay(conversion: ConversionInput, index: number, filed: EpochDay): EpochDay {
  const on = tryEpochDay(conversion.on);
  if (on === null) throw new DeadlineInputError(`conversions[${index}].on`, '日期无效', 'not a valid date');
  if (on < filed)
    throw new DeadlineInputError(
      `conversions[${index}].on`,
      '程序转换日早于立案日',
      'the conversion is dated before the filing date',
    );
  return on;
}

/** The law for one conversion in this category; throws when the law does not allow it. */
export function conversionLaw(category: CaseCategory, conversion: AppliedConversion): ConversionLaw {
  const laws = LAWS[category] ?? {};
  // With the earlier procedure unknown, any lawful conversion into the target decides the count:
  // within one category they all restart, or all continue.
  const key =
    conversion.from === null
      ? Object.keys(laws).find((candidate) => candidate.endsWith(`>${conversion.to}`))
      : `${conversion.from}>${conversion.to}`;
  const law = key === undefined ? undefined : laws[key];
  if (law !== undefined) return law;
  const from = conversion.from === null ? '原程序' : procedureNameZh(conversion.from);
  throw new DeadlineInputError(
    `conversions[${conversion.index}].to`,
    `不能由${from}转为${procedureNameZh(conversion.to)}`,
    `a case cannot be converted from ${conversion.from ?? 'its procedure'} to ${conversion.to}`,
  );
}
