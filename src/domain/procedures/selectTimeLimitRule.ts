import { typeCodeInfo } from '../caseNumber';
import type { TimeLimitRule } from './timeLimitRule';
import {
  APPEALS_AGAINST,
  PROSECUTIONS,
  SPECIAL_KINDS,
  type AppealAgainst,
  type FactKey,
  type Prosecution,
  type SpecialKind,
} from './facts';
import { PROCEDURES, procedureNameZh, type ProcedureKey } from './procedureKeys';
import * as admin from './timeLimits/administrative';
import * as civil from './timeLimits/civil';
import * as criminal from './timeLimits/criminal';
import * as enforcement from './timeLimits/enforcement';
import { uncoveredTimeLimitRule } from './timeLimits/uncovered';

/** What the rule choice may depend on besides the type code. */
export interface TimeLimitFacts {
  readonly typeCode: string;
  /** The procedure in force (after any conversion). */
  readonly procedure?: ProcedureKey | null;
  readonly prosecution?: Prosecution | null;
  readonly detained?: boolean | null;
  readonly appealAgainst?: AppealAgainst | null;
  readonly nonLitigation?: boolean;
  readonly specialKind?: SpecialKind | null;
  readonly announcementEndsOn?: string | null;
}

/** How to treat a fact the rule needs but the case does not record. */
export type UnknownFacts = 'conservative' | 'reject';

interface Assumption {
  readonly field: FactKey;
  readonly zh: string;
  readonly en: string;
}

export type TimeLimitSelection =
  | {
      readonly ok: true;
      readonly rule: TimeLimitRule;
      readonly procedure: ProcedureKey | null;
      readonly assumptions: readonly Assumption[];
    }
  | { readonly ok: false; readonly field: FactKey | 'typeCode'; readonly zh: string; readonly en: string };

interface TypeCodeProcedures {
  /** Procedures a case of this type may have; the first is the default when `defaultsTo` is set. */
  readonly procedures: readonly ProcedureKey[];
  readonly defaultsTo: ProcedureKey | null;
  /** Facts besides the procedure that the rule choice or the computation needs. */
  readonly facts: readonly FactKey[];
  readonly select: (procedure: ProcedureKey, facts: TimeLimitFacts, choose: FactChooser) => TimeLimitRule | Problem;
}

interface Problem {
  readonly field: FactKey;
  readonly zh: string;
  readonly en: string;
}

interface MissingFact {
  /** Said when the fact is required (policy `reject`). */
  readonly missingZh: string;
  readonly missingEn: string;
  /** Said when the conservative value is assumed. */
  readonly assumedZh: string;
  readonly assumedEn: string;
}

/** Picks a value for a missing fact (conservatively, noting the assumption) or reports it missing. */
class FactChooser {
  readonly assumptions: Assumption[] = [];

  constructor(private readonly unknownFacts: UnknownFacts) {}

  pick<T>(field: FactKey, value: T | null | undefined, conservative: T, why: MissingFact): T | Problem {
    if (value !== null && value !== undefined) return value;
    if (this.unknownFacts === 'reject') return { field, zh: why.missingZh, en: why.missingEn };
    this.assumptions.push({ field, zh: why.assumedZh, en: why.assumedEn });
    return conservative;
  }
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'field' in value && 'zh' in value;

const one = (rule: TimeLimitRule) => (): TimeLimitRule => rule;

const TABLE: Readonly<Record<string, TypeCodeProcedures>> = {
  民初: {
    procedures: ['ordinary', 'simple', 'small_claims'],
    defaultsTo: null,
    facts: [],
    select: (procedure) =>
      procedure === 'simple'
        ? civil.CIVIL_SIMPLE
        : procedure === 'small_claims'
          ? civil.CIVIL_SMALL_CLAIMS
          : civil.CIVIL_ORDINARY,
  },
  民撤: {
    procedures: ['ordinary'],
    defaultsTo: 'ordinary',
    facts: [],
    select: one(civil.CIVIL_THIRD_PARTY_REVOCATION),
  },
  民终: {
    procedures: ['second_instance'],
    defaultsTo: 'second_instance',
    facts: ['appealAgainst'],
    select: (_procedure, facts, choose) =>
      appealRule(facts, choose, civil.CIVIL_APPEAL_JUDGMENT, civil.CIVIL_APPEAL_RULING),
  },
  民再: {
    procedures: ['ordinary', 'second_instance', 'retrial'],
    defaultsTo: 'ordinary',
    facts: ['appealAgainst'],
    select: (procedure, facts, choose) =>
      procedure === 'second_instance'
        ? appealRule(facts, choose, civil.CIVIL_RETRIAL_APPEAL_JUDGMENT, civil.CIVIL_RETRIAL_APPEAL_RULING)
        : civil.CIVIL_RETRIAL_FIRST_INSTANCE,
  },
  民申: {
    procedures: ['retrial_review'],
    defaultsTo: 'retrial_review',
    facts: [],
    select: one(civil.CIVIL_RETRIAL_REVIEW),
  },
  民特: {
    procedures: ['special'],
    defaultsTo: 'special',
    facts: ['specialKind', 'announcementEndsOn'],
    select: (_procedure, facts) => specialRule(facts),
  },
  民督: {
    procedures: ['payment_order'],
    defaultsTo: 'payment_order',
    facts: [],
    select: one(civil.CIVIL_PAYMENT_ORDER),
  },
  民催: {
    procedures: ['public_notice'],
    defaultsTo: 'public_notice',
    facts: [],
    select: one(civil.CIVIL_PUBLIC_NOTICE),
  },
  财保: { procedures: ['preservation'], defaultsTo: 'preservation', facts: [], select: one(civil.PRESERVATION_REVIEW) },
  行保: { procedures: ['preservation'], defaultsTo: 'preservation', facts: [], select: one(civil.PRESERVATION_REVIEW) },
  刑初: {
    procedures: ['ordinary', 'simple', 'expedited'],
    defaultsTo: null,
    facts: ['prosecution', 'detained', 'incidentalCivil'],
    select: (procedure, facts, choose) => {
      if (procedure === 'simple') return criminal.CRIMINAL_SIMPLE;
      if (procedure === 'expedited') return criminal.CRIMINAL_EXPEDITED;
      const prosecution = choose.pick<Prosecution>('prosecution', facts.prosecution, 'public', {
        missingZh: '刑事一审普通程序须说明公诉或自诉(prosecution)',
        missingEn: 'criminal ordinary first instance needs prosecution (public or private)',
        assumedZh: '未说明公诉或自诉，按公诉案件计算(期限较短)',
        assumedEn: 'public or private prosecution not given; counted as public prosecution (the shorter limit)',
      });
      if (isProblem(prosecution) || prosecution === 'public')
        return isProblem(prosecution) ? prosecution : criminal.CRIMINAL_ORDINARY;
      const detained = choose.pick<boolean>('detained', facts.detained, true, {
        missingZh: '自诉案件须说明被告人是否被羁押(detained)',
        missingEn: 'a private prosecution needs detained (true or false)',
        assumedZh: '自诉案件未说明被告人是否被羁押，按被羁押计算(期限较短)',
        assumedEn: 'custody not given for a private prosecution; counted as detained (the shorter limit)',
      });
      if (isProblem(detained)) return detained;
      return detained ? criminal.CRIMINAL_ORDINARY : criminal.CRIMINAL_PRIVATE_NOT_DETAINED;
    },
  },
  刑终: {
    procedures: ['second_instance'],
    defaultsTo: 'second_instance',
    facts: ['detained', 'incidentalCivil'],
    select: one(criminal.CRIMINAL_APPEAL),
  },
  刑再: {
    procedures: ['retrial', 'ordinary', 'second_instance'],
    defaultsTo: 'retrial',
    facts: ['detained', 'startsOn'],
    select: one(criminal.CRIMINAL_RETRIAL),
  },
  刑申: {
    procedures: ['retrial_review'],
    defaultsTo: 'retrial_review',
    facts: [],
    select: one(criminal.CRIMINAL_PETITION_REVIEW),
  },
  行初: {
    procedures: ['ordinary', 'simple'],
    defaultsTo: null,
    facts: [],
    select: (procedure) => (procedure === 'simple' ? admin.ADMINISTRATIVE_SIMPLE : admin.ADMINISTRATIVE_ORDINARY),
  },
  行终: {
    procedures: ['second_instance'],
    defaultsTo: 'second_instance',
    facts: ['startsOn'],
    select: one(admin.ADMINISTRATIVE_APPEAL),
  },
  行再: {
    procedures: ['ordinary', 'second_instance', 'retrial'],
    defaultsTo: 'ordinary',
    facts: [],
    select: (procedure) =>
      procedure === 'second_instance'
        ? admin.ADMINISTRATIVE_RETRIAL_SECOND_INSTANCE
        : admin.ADMINISTRATIVE_RETRIAL_FIRST_INSTANCE,
  },
  行审: {
    procedures: ['nonlitigation_review'],
    defaultsTo: 'nonlitigation_review',
    facts: ['specialKind'],
    select: (_procedure, facts) =>
      facts.specialKind === 'hearing_review'
        ? admin.ADMINISTRATIVE_NONLITIGATION_HEARING
        : admin.ADMINISTRATIVE_NONLITIGATION_REVIEW,
  },
  执: {
    procedures: ['enforcement'],
    defaultsTo: 'enforcement',
    facts: ['nonLitigation'],
    select: (_procedure, facts) =>
      facts.nonLitigation === true ? enforcement.ENFORCEMENT_NONLITIGATION : enforcement.ENFORCEMENT,
  },
  执恢: {
    procedures: ['enforcement'],
    defaultsTo: 'enforcement',
    facts: [],
    select: one(enforcement.ENFORCEMENT_RESUMED),
  },
  执异: {
    procedures: ['enforcement_objection'],
    defaultsTo: 'enforcement_objection',
    facts: ['startsOn'],
    select: one(enforcement.ENFORCEMENT_OBJECTION),
  },
  执复: {
    procedures: ['enforcement_review'],
    defaultsTo: 'enforcement_review',
    facts: ['startsOn'],
    select: one(enforcement.ENFORCEMENT_REVIEW),
  },
  执保: {
    procedures: ['enforcement', 'preservation'],
    defaultsTo: 'enforcement',
    facts: [],
    select: one(enforcement.ENFORCEMENT_PRESERVATION),
  },
};

function appealRule(
  facts: TimeLimitFacts,
  choose: FactChooser,
  judgment: TimeLimitRule,
  ruling: TimeLimitRule,
): TimeLimitRule | Problem {
  const against = choose.pick<AppealAgainst>('appealAgainst', facts.appealAgainst, 'ruling', {
    missingZh: '二审案件须说明上诉针对判决还是裁定(appealAgainst)',
    missingEn: 'an appeal needs appealAgainst (judgment or ruling)',
    assumedZh: '未说明上诉针对判决还是裁定，按裁定(三十日)计算(期限较短)',
    assumedEn: 'appeal against judgment or ruling not given; counted as a ruling (30 days, the shorter limit)',
  });
  return isProblem(against) ? against : against === 'judgment' ? judgment : ruling;
}

function specialRule(facts: TimeLimitFacts): TimeLimitRule | Problem {
  const kind = facts.specialKind == null ? undefined : SPECIAL_KINDS.get(facts.specialKind);
  if (kind !== undefined && kind.typeCode !== '民特') {
    return {
      field: 'specialKind',
      zh: `“${kind.zh}”不是特别程序案件的类别`,
      en: `"${kind.en}" is not a kind of special-procedure case`,
    };
  }
  if (facts.specialKind === 'voter_eligibility') return civil.CIVIL_VOTER_ELIGIBILITY;
  if (facts.specialKind === 'mediation_confirmation') return civil.CIVIL_MEDIATION_CONFIRMATION;
  if (kind?.startsAfterAnnouncement === true && facts.announcementEndsOn == null) {
    return {
      field: 'announcementEndsOn',
      zh: `${kind.zh}案件自公告期满后三十日内审结，须提供公告期满日(announcementEndsOn)`,
      en: `${kind.en} cases are decided within 30 days after the announcement ends: announcementEndsOn is required`,
    };
  }
  return facts.announcementEndsOn == null ? civil.CIVIL_SPECIAL : civil.CIVIL_SPECIAL_AFTER_ANNOUNCEMENT;
}

/** Which procedures and facts a type code needs (the importer and the case form ask for these). */
export function factsNeeded(
  typeCode: string,
): { procedures: readonly ProcedureKey[]; procedureRequired: boolean; facts: readonly FactKey[] } | null {
  const entry = TABLE[typeCode];
  if (entry === undefined) return null;
  return { procedures: entry.procedures, procedureRequired: entry.defaultsTo === null, facts: entry.facts };
}

export function selectTimeLimitRule(
  facts: TimeLimitFacts,
  unknownFacts: UnknownFacts = 'conservative',
): TimeLimitSelection {
  const entry = TABLE[facts.typeCode];
  if (entry === undefined) {
    const info = typeCodeInfo(facts.typeCode);
    if (info === undefined)
      return {
        ok: false,
        field: 'typeCode',
        zh: `未知类型代字 "${facts.typeCode}"`,
        en: `unknown case type code "${facts.typeCode}"`,
      };
    return { ok: true, rule: uncoveredTimeLimitRule(info), procedure: facts.procedure ?? null, assumptions: [] };
  }
  const unknown = unknownFactValue(facts);
  if (unknown !== null) return { ok: false, ...unknown };
  const procedure = facts.procedure ?? entry.defaultsTo;
  if (procedure === null || !entry.procedures.includes(procedure))
    return procedureProblem(facts.typeCode, entry, procedure);
  const chooser = new FactChooser(unknownFacts);
  const rule = entry.select(procedure, facts, chooser);
  if (isProblem(rule)) return { ok: false, ...rule };
  return { ok: true, rule, procedure, assumptions: chooser.assumptions };
}

const FACT_CATALOGUES = [
  { field: 'prosecution', whatZh: '公诉/自诉', whatEn: 'prosecution', catalogue: PROSECUTIONS },
  { field: 'appealAgainst', whatZh: '上诉对象', whatEn: 'appeal object', catalogue: APPEALS_AGAINST },
  { field: 'specialKind', whatZh: '案件类别', whatEn: 'special kind', catalogue: SPECIAL_KINDS },
] as const;

/**
 * These facts are stored as plain strings (Case.prosecution …) and the rules compare them with one key:
 * a value that is no key (公诉 instead of public, a typo) would silently take the other branch — a 公诉
 * case counted as an undetained 自诉 gets 6 months instead of 2 (刑诉法 §208, §212). Say so instead.
 */
function unknownFactValue(facts: TimeLimitFacts): Problem | null {
  for (const { field, whatZh, whatEn, catalogue } of FACT_CATALOGUES) {
    const value: unknown = facts[field];
    if (value == null || catalogue.isKey(value)) continue;
    const known = catalogue.entries.map((entry) => `${entry.key}(${entry.zh})`).join('、');
    return {
      field,
      zh: `未知${whatZh} "${String(value)}"(可用：${known})`,
      en: `unknown ${whatEn} "${String(value)}" (known: ${catalogue.keys.join(', ')})`,
    };
  }
  return null;
}

function procedureProblem(
  typeCode: string,
  entry: TypeCodeProcedures,
  procedure: ProcedureKey | null,
): TimeLimitSelection {
  const allowed = entry.procedures.map(procedureNameZh).join('、');
  if (procedure === null) {
    return {
      ok: false,
      field: 'procedure',
      zh: `${typeCode}案件须说明适用的程序(${allowed})`,
      en: `${typeCode} cases need a procedure (${entry.procedures.join(', ')})`,
    };
  }
  return {
    ok: false,
    field: 'procedure',
    zh: `${procedureNameZh(procedure)}不适用于${typeCode}案件(可用：${allowed})`,
    en: `${PROCEDURES.get(procedure).en} does not apply to ${typeCode} cases (allowed: ${entry.procedures.join(', ')})`,
  };
}
