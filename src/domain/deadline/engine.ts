import type { HolidayCalendar } from '../calendar/holidayCalendar';
import {
  epochDayFromCivil,
  toIsoDate as importedToIsoDate,
  tryEpochDay as importedTryEpochDay,
  yearOfEpochDay,
  type EpochDay,
} from '../dates/epochDay';
import { addPeriod as importedAddPeriod, type MonthRule } from '../dates/period';
import { cite, type Citation } from '../law/citations';
import type { TimeLimitRule, StartEvent } from '../procedures/timeLimitRule';
import { procedureNameEn, procedureNameZh } from '../procedures/procedureKeys';
import { ADMINISTRATIVE_APPEAL } from '../procedures/timeLimits/administrative';
import { CIVIL_SPECIAL_AFTER_ANNOUNCEMENT } from '../procedures/timeLimits/civil';
import { ANNOUNCEMENT_END } from '../procedures/timeLimits/startEvents';
import { selectTimeLimitRule as importedSelectTimeLimitRule } from '../procedures/selectTimeLimitRule';
import { conversionLaw, planConversions as importedPlanConversions, type AppliedConversion } from './conversions';
import { DeadlineInputError } from './errors';
import { countExcludedDays as importedCountExcludedDays } from './exclusions';
import { applyExtensions as importedApplyExtensions, stepFor as importedStepFor, type Extended } from './extensions';
import { EXTENSION_APPLY_DAYS_BEFORE_EXPIRY, EXTENSION_DECIDE_DAYS_BEFORE_EXPIRY } from './extensionWindow';
import { timeLimitFactsOf as importedTimeLimitFactsOf, type DeadlineInput } from './input';
import {
  arithmeticNote as importedArithmeticNote,
  dayEn as importedDayEn,
  dayZh as importedDayZh,
  rolloverCitations as importedRolloverCitations,
  rolloverLine as importedRolloverLine,
  wordingOf as importedWordingOf,
} from './lines';
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy } from './policy';
import type { BasisLine, DeadlineOutcome, ExtensionWindow } from './result';
import { line as importedLine, warn as importedWarn, type Trail } from './trail';

// Imported functions on the path of every computation are bound once here: the CommonJS transform
// (tsx/esbuild, swc) turns every call of an import into two property getters, which cost this hot
// path about a third of its throughput (bench/domain.ts).
const toIsoDate = importedToIsoDate;
const tryEpochDay = importedTryEpochDay;
const addPeriod = importedAddPeriod;
const line = importedLine;
const warn = importedWarn;
const selectTimeLimitRule = importedSelectTimeLimitRule;
const timeLimitFactsOf = importedTimeLimitFactsOf;
const planConversions = importedPlanConversions;
const countExcludedDays = importedCountExcludedDays;
const applyExtensions = importedApplyExtensions;
const stepFor = importedStepFor;
const arithmeticNote = importedArithmeticNote;
const dayEn = importedDayEn;
const dayZh = importedDayZh;
const rolloverCitations = importedRolloverCitations;
const rolloverLine = importedRolloverLine;
const wordingOf = importedWordingOf;

export interface DeadlineOptions {
  readonly policy?: DeadlinePolicy;
  /** Build the readable breakdown (default). Bulk recomputation can skip it; warnings are always kept. */
  readonly explain?: boolean;
}

function requireDay(value: string | null | undefined, field: string): EpochDay {
  const day = value == null ? null : tryEpochDay(value);
  if (day === null)
    throw new DeadlineInputError(field, '须为有效日期(YYYY-MM-DD)', 'must be a valid date (YYYY-MM-DD)');
  return day;
}

/**
 * The 审限 of one case (domain.md §3.3): start day not counted; base limit by month or day arithmetic;
 * approved extensions chained from the unadjusted end; excluded periods added; one holiday roll-over
 * at the very end. Throws DeadlineInputError (naming the field) when the input cannot be computed.
 */
export function computeDeadline(
  input: DeadlineInput,
  calendar: HolidayCalendar,
  options: DeadlineOptions = {},
): DeadlineOutcome {
  const policy = options.policy ?? DEFAULT_DEADLINE_POLICY;
  const trail: Trail = { explain: options.explain ?? true, basis: [], warnings: [] };
  const filed = requireDay(input.filedOn, 'filedOn');
  const plan = planConversions(input, filed);
  const rule = chooseTimeLimitRule(input, plan.procedure, policy, trail);
  const procedure = plan.procedure ?? null;
  if (rule.base === null) {
    const reasonZh = rule.noDeadlineZh ?? '法律未规定审限';
    const reasonEn = rule.noDeadlineEn ?? 'the law sets no time limit';
    if (trail.explain) line(trail, 'no_deadline', reasonZh, reasonEn, rule.baseCitations);
    return {
      kind: 'none',
      ruleId: rule.id,
      typeCode: input.typeCode,
      procedure,
      category: rule.category,
      reasonZh,
      reasonEn,
      basis: trail.basis,
      warnings: trail.warnings,
    };
  }
  const base = rule.base;
  const monthRule: MonthRule = rule.category === 'criminal' && policy.criminalMonthEnd ? 'criminal' : 'civil';
  const wording = trail.explain ? wordingOf(rule, base) : null;
  if (wording !== null) line(trail, 'base', wording.baseZh, wording.baseEn, rule.baseCitations);
  const restartedOn = applyConversions(rule, plan.conversions, trail);
  const start = findStart(input, rule, filed, restartedOn, policy, trail);
  const rollover = decideRollover(input, rule, policy, trail);

  const baseEnd = addPeriod(start, base, monthRule);
  if (wording !== null) {
    const note = arithmeticNote(start, base, monthRule);
    const from = toIsoDate(start);
    const to = toIsoDate(baseEnd);
    line(
      trail,
      'base_end',
      `${from}起${wording.limitZh}，期满日为${to}(${note.zh})`,
      `${wording.limitEn} from ${from} ends on ${to} (${note.en})`,
      note.citations,
    );
  }
  const lastConversion =
    plan.conversions.length === 0 ? null : (plan.conversions[plan.conversions.length - 1] as AppliedConversion).on;
  const extended = applyExtensions(
    input.extensions ?? [],
    rule,
    start,
    baseEnd,
    { monthRule, calendar, rolls: rollover.rolls },
    restartedOn ?? lastConversion,
    policy,
    trail,
  );
  const exclusion = countExcludedDays(input, rule.category, start, policy.excludedDayCount, trail);
  const natural = extended.end + exclusion.days;
  requireFourDigitYear(natural, baseEnd, extended.end);
  if (exclusion.days > 0 && trail.explain) {
    const change = `${toIsoDate(extended.end)} → ${toIsoDate(natural)}`;
    line(
      trail,
      'exclusion_total',
      `共扣除${exclusion.days}日：${change}`,
      `${exclusion.days} days excluded in all: ${change}`,
    );
  }

  const deadline = rollover.rolls ? calendar.rollForward(natural) : natural;
  if (trail.explain) {
    if (rollover.rolls) {
      const wording = rolloverLine(calendar, natural, deadline);
      line(trail, 'rollover', wording.zh, wording.en, rolloverCitations(rule.category));
    } else if (rollover.why !== null) {
      trail.basis.push(rollover.why);
    }
  }
  const provisional = extended.provisional || !calendar.isKnown(natural) || !calendar.isKnown(deadline);
  if (provisional) explainProvisional(calendar, natural, deadline, trail);
  if (trail.explain && rule.notesZh !== undefined) {
    for (let index = 0; index < rule.notesZh.length; index++) {
      const noteZh = rule.notesZh[index] as string;
      line(trail, 'note', noteZh, rule.notesEn?.[index] ?? noteZh);
    }
  }
  return {
    kind: 'deadline',
    ruleId: rule.id,
    typeCode: input.typeCode,
    procedure,
    category: rule.category,
    start: toIsoDate(start),
    baseDeadline: toIsoDate(rollover.rolls ? calendar.rollForward(baseEnd) : baseEnd),
    naturalDeadline: toIsoDate(natural),
    deadline: toIsoDate(deadline),
    rolledOver: deadline !== natural,
    provisional,
    extensionsApplied: extended.applied,
    excludedDays: exclusion.days,
    openExclusion: exclusion.open,
    extensionWindow: windowFor(rule, extended, natural, trail),
    basis: trail.basis,
    warnings: trail.warnings,
  };
}

/** 9999-12-31: the last day an IsoDate (YYYY-MM-DD) can name. */
const LAST_ISO_DAY = epochDayFromCivil(9999, 12, 31);

/** A typo such as filedOn 9999-12-31 or an extension of 10^9 months gives a clear error, not a five-digit year. */
function requireFourDigitYear(natural: EpochDay, baseEnd: EpochDay, extendedEnd: EpochDay): void {
  if (natural <= LAST_ISO_DAY) return;
  const field = baseEnd > LAST_ISO_DAY ? 'filedOn' : extendedEnd > LAST_ISO_DAY ? 'extensions' : 'excludedPeriods';
  throw new DeadlineInputError(
    field,
    '审限将晚于9999-12-31，超出可计算的日期范围，请核对输入',
    'the time limit would end after 9999-12-31, beyond the dates Docket can compute; check the input',
  );
}

function chooseTimeLimitRule(
  input: DeadlineInput,
  procedure: DeadlineInput['procedure'],
  policy: DeadlinePolicy,
  trail: Trail,
): TimeLimitRule {
  const selection = selectTimeLimitRule(timeLimitFactsOf(input, procedure ?? null), policy.unknownFacts);
  if (!selection.ok) throw new DeadlineInputError(selection.field, selection.zh, selection.en);
  for (const assumption of selection.assumptions) {
    if (trail.explain) line(trail, 'assumption', assumption.zh, assumption.en);
    warn(trail, 'assumed_fact', assumption.zh, assumption.en);
  }
  return selection.rule;
}

/** Checks each conversion against the law and returns the day a criminal case restarted, if any. */
function applyConversions(
  rule: TimeLimitRule,
  conversions: readonly AppliedConversion[],
  trail: Trail,
): EpochDay | null {
  let restartedOn: EpochDay | null = null;
  for (const conversion of conversions) {
    const law = conversionLaw(rule.category, conversion);
    if (law.restarts) restartedOn = conversion.on;
    if (!trail.explain) continue;
    const fromZh = conversion.from === null ? '' : `由${procedureNameZh(conversion.from)}`;
    const fromEn = conversion.from === null ? '' : ` from ${procedureNameEn(conversion.from)}`;
    const on = toIsoDate(conversion.on);
    const to = procedureNameZh(conversion.to);
    const toEn = procedureNameEn(conversion.to);
    const inferred = law.inferred === true;
    line(
      trail,
      'conversion',
      law.restarts
        ? `${on}决定${fromZh}转为${to}：审限自转换决定之日重新计算`
        : `${on}${fromZh}转为${to}：审限仍自原立案之日连续计算，不重新起算${inferred ? '(法律未明文规定，参照民诉法解释第258条推定)' : ''}`,
      law.restarts
        ? `converted${fromEn} to ${toEn} on ${on}: the time limit restarts from the decision`
        : `converted${fromEn} to ${toEn} on ${on}: counting continues from the original filing date${inferred ? ' (inferred by analogy)' : ''}`,
      law.citations,
    );
  }
  return restartedOn;
}

const CONVERSION_DECISION: StartEvent = {
  zh: '程序转换决定之日',
  en: 'the day the conversion was decided',
  citations: [cite('criminalProcedureLaw', 105, 2)],
};

function findStart(
  input: DeadlineInput,
  rule: TimeLimitRule,
  filed: EpochDay,
  restartedOn: EpochDay | null,
  policy: DeadlinePolicy,
  trail: Trail,
): EpochDay {
  let start = filed;
  let event = rule.start;
  if (rule.id === CIVIL_SPECIAL_AFTER_ANNOUNCEMENT.id) {
    start = requireDay(input.announcementEndsOn, 'announcementEndsOn');
    event = ANNOUNCEMENT_END;
  } else if (input.startsOn != null) {
    start = requireDay(input.startsOn, 'startsOn');
    event = rule.startsOnMeaning ?? { zh: '指定的起算日', en: 'the given start date', citations: rule.start.citations };
  } else if (rule.id === ADMINISTRATIVE_APPEAL.id) {
    explainAdministrativeAppealStart(policy, trail);
  }
  if (restartedOn !== null && restartedOn >= start) {
    start = restartedOn;
    event = CONVERSION_DECISION;
  }
  if (trail.explain) {
    const iso = toIsoDate(start);
    line(
      trail,
      'start',
      `自${event.zh}${iso}起算：当日不计入，次日开始计算`,
      `counted from ${event.en}, ${iso}; that day itself is not counted`,
      event.citations,
    );
  }
  return start;
}

/** 行诉法 §88 counts an appeal from receipt of the petition, 行诉法解释 §50 from 立案 (domain.md U7). */
function explainAdministrativeAppealStart(policy: DeadlinePolicy, trail: Trail): void {
  if (policy.administrativeAppealStart === 'appealReceived') {
    warn(
      trail,
      'start_missing',
      '本院口径自收到上诉状之日起算，但未提供该日期(startsOn)，暂按立案日计算',
      'this court counts from receipt of the appeal, but startsOn is missing; the filing date is used for now',
    );
  } else if (trail.explain) {
    line(
      trail,
      'start_convention',
      '行政诉讼法第88条规定自收到上诉状之日起算，行诉法解释第50条规定自立案之日起算；本院口径按立案日计算',
      'the statute counts from receipt of the appeal, the interpretation from filing; this court counts from filing',
      [cite('administrativeProcedureLaw', 88), cite('administrativeProcedureInterpretation', 50)],
    );
  }
}

const IN_CUSTODY: BasisLine = {
  key: 'no_rollover',
  zh: '被告人在押：期间应当至期满之日为止，不得因节假日而延长',
  en: 'the defendant is in custody: the period ends on its last day and is not extended for holidays',
  citations: [cite('criminalProcedureLaw', 105, 4)],
};
const HOURS: BasisLine = {
  key: 'no_rollover',
  zh: '以小时计算的期间没有“最后一日”，不适用节假日顺延',
  en: 'a period in hours has no last day to roll over',
  citations: [],
};
const COURT_POLICY: BasisLine = {
  key: 'no_rollover',
  zh: '本院口径：期满日遇节假日不顺延',
  en: 'this court does not roll a last day that falls on a rest day',
  citations: [],
};

/** Whether the last day rolls past rest days, and the line that says why not when it does not. */
function decideRollover(
  input: DeadlineInput,
  rule: TimeLimitRule,
  policy: DeadlinePolicy,
  trail: Trail,
): { rolls: boolean; why: BasisLine | null } {
  if (rule.noRollover === true) return { rolls: false, why: HOURS };
  if (!policy.holidayRollover) return { rolls: false, why: COURT_POLICY };
  if (rule.category !== 'criminal' || !policy.detainedNoRollover) return { rolls: true, why: null };
  let detained = input.detained;
  if (detained == null) {
    if (policy.unknownFacts === 'reject')
      throw new DeadlineInputError(
        'detained',
        '刑事案件须说明被告人是否在押(detained)',
        'criminal cases need detained (true or false)',
      );
    const zh = '未说明被告人是否在押，按在押处理，期满日不顺延(较早的日期)';
    const en = 'custody not given; treated as in custody, so the last day does not roll over (the earlier date)';
    if (trail.explain) line(trail, 'assumption', zh, en);
    warn(trail, 'assumed_fact', zh, en);
    detained = true;
  }
  return detained ? { rolls: false, why: IN_CUSTODY } : { rolls: true, why: null };
}

function explainProvisional(calendar: HolidayCalendar, natural: EpochDay, deadline: EpochDay, trail: Trail): void {
  const years = [yearOfEpochDay(natural), yearOfEpochDay(deadline)].filter(
    (year, index, all) => !calendar.hasYear(year) && all.indexOf(year) === index,
  );
  const list = years.length === 0 ? String(yearOfEpochDay(natural)) : years.join('、');
  const statutory = years.length > 0 && years.every((year) => calendar.statutoryEdition(year) !== null);
  const zh = statutory
    ? `${list}年的国务院放假安排尚未载入：休息日按周六、周日和放假办法规定的法定节假日认定；补假和调休上班的日期尚不知道，结果为暂定`
    : `${list}年的国务院放假安排尚未载入，仅按周六、周日判断休息日，结果为暂定`;
  const en = statutory
    ? `the State Council holiday arrangement for ${list} is not loaded: rest days are weekends and the statutory holidays of the Measures; the days in lieu and make-up working days are not yet known, so the result is provisional`
    : `the State Council holiday arrangement for ${list} is not loaded; only weekends count as rest days, so the result is provisional`;
  if (trail.explain) line(trail, 'provisional', zh, en, statutory ? HOLIDAY_MEASURES : []);
  warn(trail, 'provisional', zh, en);
}

const HOLIDAY_MEASURES: readonly Citation[] = [
  cite('holidayMeasures', 2),
  cite('holidayMeasures', 6),
  cite('holidayMeasures', 7),
];

const WINDOW_CITATIONS: Readonly<Record<'civil' | 'criminal', readonly Citation[]>> = {
  civil: [cite('extensionProvisions2019', 1)],
  criminal: [cite('criminalProcedureInterpretation', 210, 2)],
};

const APPLY_BEFORE = EXTENSION_APPLY_DAYS_BEFORE_EXPIRY;
const DECIDE_BEFORE = EXTENSION_DECIDE_DAYS_BEFORE_EXPIRY;

/** 延长审限规定 §1 / 刑诉法解释 §210: apply 15 days before expiry, decide 5 days before. */
function windowFor(rule: TimeLimitRule, extended: Extended, natural: EpochDay, trail: Trail): ExtensionWindow | null {
  if (rule.extensionWindow === null || stepFor(rule, extended.applied) === undefined) return null;
  if (extended.capEnd !== null && extended.end >= extended.capEnd) return null;
  const citations = WINDOW_CITATIONS[rule.extensionWindow];
  const applyBy = natural - APPLY_BEFORE;
  const decideBy = natural - DECIDE_BEFORE;
  if (trail.explain) {
    line(
      trail,
      'extension_window',
      `如需延长，应不晚于${dayZh(applyBy)}提出申请(届满${APPLY_BEFORE}日前)，批准机关应不晚于${dayZh(decideBy)}作出决定(届满${DECIDE_BEFORE}日前)；按未顺延的期满日计算`,
      `to extend, apply by ${dayEn(applyBy)} (${APPLY_BEFORE} days before expiry); the approver decides by ${dayEn(decideBy)} (${DECIDE_BEFORE} days before); counted from the unadjusted end`,
      citations,
    );
  }
  return { applyBy: toIsoDate(applyBy), decideBy: toIsoDate(decideBy), citations };
}
