import type { HolidayCalendar } from '../calendar/holidayCalendar';
import { toIsoDate as importedToIsoDate, tryEpochDay as importedTryEpochDay, type EpochDay } from '../dates/epochDay';
import {
  addPeriod as importedAddPeriod,
  formatPeriodEn,
  formatPeriodZh,
  sumPeriods,
  type MonthRule,
  type Period,
} from '../dates/period';
import { APPROVER_NAMES, type Approver, type TimeLimitRule, type ExtensionStep } from '../procedures/timeLimitRule';
import { DeadlineInputError } from './errors';
import type { ExtensionInput } from './input';
import type { DeadlinePolicy } from './policy';
import { line as importedLine, warn, type Trail } from './trail';

// Imported functions called several times per computation are bound once here: the CommonJS
// transform (tsx/esbuild, swc) turns every call of an import into two property getters, which cost
// this hot path about a third of its throughput (bench/domain.ts).
const toIsoDate = importedToIsoDate;
const addPeriod = importedAddPeriod;
const line = importedLine;
const tryEpochDay = importedTryEpochDay;

export interface Extended {
  /** The end after extensions, before exclusions and roll-over. */
  readonly end: EpochDay;
  readonly applied: number;
  /** The latest end the law allows (start + cap), when it sets one. */
  readonly capEnd: EpochDay | null;
  /** Chaining from a rolled end touched a year without calendar data. */
  readonly provisional: boolean;
}

/** How the period moves: the month rule, and (for `rolled` chaining) the roll-over in force. */
export interface Arithmetic {
  readonly monthRule: MonthRule;
  readonly calendar: HolidayCalendar;
  readonly rolls: boolean;
}

export function stepFor(rule: TimeLimitRule, index: number): ExtensionStep | undefined {
  const steps = rule.extensions;
  const last = steps[steps.length - 1];
  return steps[index] ?? (last?.repeatable === true ? last : undefined);
}

/** Who approved, as written (本院院长, 上一级人民法院, 省高院 …); null when it names no known approver. */
function approverNamed(approvedBy: string | null | undefined): Approver | null {
  if (approvedBy == null) return null;
  if (approvedBy.includes('最高')) return 'supreme_court';
  if (approvedBy.includes('高级') || approvedBy.includes('高院')) return 'high_court';
  if (approvedBy.includes('上一级') || approvedBy.includes('上级')) return 'higher_court';
  if (approvedBy.includes('院长')) return 'president';
  return null;
}

/**
 * The statutory step an extension is: the one its approver names (a criminal case may go straight
 * to the court one level up), else the next in order.
 */
function stepOf(rule: TimeLimitRule, extension: ExtensionInput, applied: number): ExtensionStep | undefined {
  const approver = approverNamed(extension.approvedBy);
  return (
    (approver === null ? undefined : rule.extensions.find((step) => step.approver === approver)) ??
    stepFor(rule, applied)
  );
}

/**
 * Approved extensions in order, each chained from the previous unadjusted end by default (domain.md
 * §3.3 step 3, U4). Extensions approved before the last conversion belonged to the old procedure.
 */
export function applyExtensions(
  extensions: readonly ExtensionInput[],
  rule: TimeLimitRule,
  start: EpochDay,
  baseEnd: EpochDay,
  arithmetic: Arithmetic,
  supersededBefore: EpochDay | null,
  policy: DeadlinePolicy,
  trail: Trail,
): Extended {
  const capEnd = rule.cap === null ? null : addPeriod(start, rule.cap.period, arithmetic.monthRule);
  let end = baseEnd;
  let applied = 0;
  let total = rule.base as Period;
  let provisional = false;
  let exceeded = false;
  for (let index = 0; index < extensions.length; index++) {
    const extension = extensions[index] as ExtensionInput;
    const field = `extensions[${index}]`;
    const on = extension.on == null ? null : tryEpochDay(extension.on);
    if (extension.on != null && on === null)
      throw new DeadlineInputError(`${field}.on`, '须为有效日期(YYYY-MM-DD)', 'must be a valid date (YYYY-MM-DD)');
    if (on !== null && supersededBefore !== null && on < supersededBefore) {
      if (trail.explain) {
        line(
          trail,
          'extension_superseded',
          `${toIsoDate(on)}批准的延长属于转换前的程序，不再计入`,
          `the extension approved on ${toIsoDate(on)} belonged to the procedure before the conversion and no longer counts`,
        );
      }
      continue;
    }
    if (rule.extensions.length === 0) {
      throw new DeadlineInputError(
        field,
        `${rule.titleZh}的审限不能延长`,
        `the time limit of a ${rule.titleEn} cannot be extended`,
      );
    }
    const step = stepOf(rule, extension, applied);
    const length = extensionLength(extension, step, capEnd !== null, policy, field);
    const before = end;
    if (length === 'toCap') {
      end = Math.max(end, capEnd as EpochDay);
    } else if (policy.extensionChaining === 'fromStart') {
      total = sumPeriods(total, length);
      end = addPeriod(start, total, arithmetic.monthRule);
    } else if (policy.extensionChaining === 'rolled' && arithmetic.rolls) {
      provisional ||= !arithmetic.calendar.isKnown(end);
      end = addPeriod(arithmetic.calendar.rollForward(end), length, arithmetic.monthRule);
    } else {
      end = addPeriod(end, length, arithmetic.monthRule);
    }
    if (capEnd !== null && end > capEnd) {
      end = capEnd;
      exceeded ||= length !== 'toCap';
    }
    applied++;
    if (trail.explain)
      describeExtension(trail, extension, step, length, applied, before, end, rule.cap?.period ?? null, policy);
    if (step === undefined) {
      warn(
        trail,
        'extension_beyond_law',
        `第${applied}次延长超出了法律规定的延长次数`,
        `extension ${applied} goes beyond the extensions the law provides`,
      );
    } else if (length !== 'toCap' && step.length !== null && longerThan(length, step.length)) {
      warn(
        trail,
        'extension_longer_than_law',
        `第${applied}次延长${formatPeriodZh(length)}，超过法定幅度${formatPeriodZh(step.length)}`,
        `extension ${applied} (${formatPeriodEn(length)}) is longer than the statutory ${formatPeriodEn(step.length)}`,
      );
    }
  }
  if (rule.cap !== null && capEnd !== null && applied > 0) {
    if (trail.explain) {
      line(
        trail,
        'cap',
        `延长后累计不得超过${formatPeriodZh(rule.cap.period)}，即不晚于${toIsoDate(capEnd)}`,
        `with extensions the total may not exceed ${formatPeriodEn(rule.cap.period)}, i.e. ${toIsoDate(capEnd)}`,
        rule.cap.citations,
      );
    }
    if (exceeded)
      warn(
        trail,
        'extension_capped',
        '延长超过法定上限，已按上限计算',
        'the extensions exceed the statutory maximum; the maximum is used',
      );
  }
  return { end, applied, capEnd, provisional };
}

function longerThan(given: Period, statutory: Period): boolean {
  return given.months > statutory.months || (given.months === statutory.months && given.days > statutory.days);
}

function extensionLength(
  extension: ExtensionInput,
  step: ExtensionStep | undefined,
  hasCap: boolean,
  policy: DeadlinePolicy,
  field: string,
): Period | 'toCap' {
  const months = extension.months ?? 0;
  const days = extension.days ?? 0;
  if (!Number.isInteger(months) || !Number.isInteger(days) || months < 0 || days < 0) {
    throw new DeadlineInputError(
      field,
      '延长的月数和天数须为非负整数',
      'months and days must be non-negative integers',
    );
  }
  if (months > 0 || days > 0) return { months, days };
  const statutory = step?.length ?? null;
  if (statutory !== null && (policy.provisions2000Lengths || step?.lengthFromProvisions2000 !== true)) return statutory;
  // 刑事简易 "延长至一个半月", 速裁 "延长至十五日": the law states the total, not the increment.
  if (hasCap) return 'toCap';
  throw new DeadlineInputError(
    field,
    '法律未规定延长幅度，须填写批准延长的月数(months)或天数(days)',
    'the law sets no length for this extension: give the approved months or days',
  );
}

const CHAINING_ZH = {
  toCap: '自起算日计算',
  fromStart: '与原审限合并自起算日计算',
  rolled: '自顺延后的原期满日接续计算',
  natural: '自未顺延的原期满日接续计算',
};
const CHAINING_EN = {
  toCap: 'counted from the start',
  fromStart: 'added to the base limit from the start',
  rolled: 'chained from the previous end after roll-over',
  natural: 'chained from the previous unadjusted end',
};

function describeExtension(
  trail: Trail,
  extension: ExtensionInput,
  step: ExtensionStep | undefined,
  length: Period | 'toCap',
  count: number,
  before: EpochDay,
  after: EpochDay,
  cap: Period | null,
  policy: DeadlinePolicy,
): void {
  const named = step !== undefined && step.approver !== 'unnamed';
  const approver = extension.approvedBy ?? (named ? APPROVER_NAMES[step.approver].zh : null);
  const approverEn = extension.approvedBy ?? (named ? APPROVER_NAMES[step.approver].en : null);
  const lengthZh = length === 'toCap' ? `至${formatPeriodZh(cap as Period)}` : formatPeriodZh(length);
  const lengthEn = length === 'toCap' ? `to ${formatPeriodEn(cap as Period)} in all` : `by ${formatPeriodEn(length)}`;
  const condition = step?.conditionZh === undefined ? '' : `；适用条件：${step.conditionZh}`;
  const conditionEn = step?.conditionEn === undefined ? '' : `; allowed when: ${step.conditionEn}`;
  const mode = length === 'toCap' ? 'toCap' : policy.extensionChaining;
  line(
    trail,
    'extension',
    `第${count}次延长${lengthZh}${approver === null ? '' : `(${approver}批准)`}，${CHAINING_ZH[mode]}：${toIsoDate(before)} → ${toIsoDate(after)}${condition}`,
    `extension ${count} ${lengthEn}${approverEn === null ? '' : ` (approved by ${approverEn})`}, ${CHAINING_EN[mode]}: ${toIsoDate(before)} → ${toIsoDate(after)}${conditionEn}`,
    step?.citations ?? [],
  );
}
