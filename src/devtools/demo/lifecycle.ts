import type { HolidayCalendar } from '../../domain/calendar';
import { addMonths, civilFromEpochDay, epochDayFromCivil, toEpochDay, type EpochDay } from '../../domain/dates';
import { APPROVER_NAMES, selectTimeLimitRule, type ProcedureKey } from '../../domain/procedures';
import type { CaseFacts } from './caseMix';
import { draftDeadline, type DraftCase, type DraftEvent } from './draft';
import type { Random } from './random';

/**
 * What happens to a case between 立案 and 结案: procedure conversions, periods not counted in the 审限
 * (鉴定, 公告, 管辖异议, 评估拍卖, 中止), approved extensions, and the day it closes. Rates are a basic
 * court's usual orders of magnitude: a few percent of cases extended or stayed, about 1–2% closed late.
 */
export interface LifeContext {
  readonly calendar: HolidayCalendar;
  readonly asOf: EpochDay;
}

interface Pace {
  /** Median share of the allowed time a case uses before it closes. */
  readonly median: number;
  /** Chance the case closes after its deadline. */
  readonly late: number;
  readonly extension: number;
  readonly stay: number;
}

function paceOf(facts: CaseFacts): Pace {
  switch (facts.typeCode) {
    case '民初':
      if (facts.procedure === 'ordinary') return { median: 0.5, late: 0.015, extension: 0.08, stay: 0.03 };
      if (facts.procedure === 'simple') return { median: 0.4, late: 0.012, extension: 0.03, stay: 0.005 };
      return { median: 0.35, late: 0.01, extension: 0.02, stay: 0 };
    case '执':
      return { median: facts.nonLitigation ? 0.4 : 0.45, late: 0.02, extension: 0.05, stay: 0.02 };
    case '执恢':
      return { median: 0.35, late: 0.02, extension: 0.03, stay: 0.02 };
    case '刑初':
      return {
        median: facts.procedure === 'ordinary' ? 0.55 : 0.6,
        late: 0.005,
        extension: facts.procedure === 'ordinary' ? 0.06 : 0,
        stay: 0.003,
      };
    case '行初':
      return { median: 0.5, late: 0.01, extension: 0, stay: 0.02 };
    case '民特':
      return { median: 0.25, late: 0.005, extension: 0.01, stay: 0 };
    default:
      return { median: 0.55, late: 0.01, extension: 0, stay: 0 };
  }
}

/**
 * Many cases end early (撤诉, 调解, a quick judgment); many others are decided close to the limit, as
 * judges work to the deadline. A mixture of the two gives both the short average and the crowd of cases
 * that fall due in any given week.
 */
function shareOfTimeUsed(pace: Pace, random: Random): number {
  if (random.chance(0.3)) return 0.75 + random.next() * 0.22;
  return Math.min(0.97, random.logNormal(pace.median, 0.5));
}

/** Days a case without a 审限 stays open: 执保 is carried out at once; 公示催告 waits out its 60-day notice. */
function daysWithoutLimit(facts: CaseFacts, random: Random): number {
  if (facts.typeCode === '民催') return 60 + random.int(8, 40);
  return Math.min(20, Math.floor(random.logNormal(2, 0.9)));
}

const dayOf = (value: string | null): EpochDay | null => (value === null ? null : toEpochDay(value));

/** Fills in a drafted case's events, closing day (null while open on the as-of day) and remaining facts. */
export function liveCase(draft: DraftCase, random: Random, context: LifeContext): void {
  const { facts } = draft;
  const pace = paceOf(facts);
  if (facts.receivedDaysBefore !== null) draft.startsOn = draft.filedOn - facts.receivedDaysBefore;
  if (facts.announcementMonths !== null)
    draft.announcementEndsOn = addMonths(draft.filedOn + random.int(3, 10), facts.announcementMonths, 'civil');

  const events: DraftEvent[] = [];
  const baseFields = draftDeadline(draft, events, context.calendar, context.asOf);
  const base = dayOf(baseFields.naturalDeadline);
  const start = draft.announcementEndsOn ?? draft.startsOn ?? draft.filedOn;
  const span = base === null ? daysWithoutLimit(facts, random) : Math.max(1, base - start);

  convert(draft, events, span, random);
  excludePeriods(draft, events, span, random);
  if (random.chance(pace.stay)) stay(draft, events, span, random);
  const extended = random.chance(pace.extension) && extend(draft, events, context, random);

  const deadline = dayOf(draftDeadline(draft, events, context.calendar, context.asOf).naturalDeadline);
  let closing = plannedClosing(
    { start, limit: deadline ?? start + span, deadline, base, extended, minimum: facts.typeCode === '财保' ? 0 : 1 },
    pace,
    random,
  );
  const lastEvent = Math.max(draft.filedOn, ...events.map((event) => (event.to ?? event.on) as number));
  // A case closes after its last period ends, and never before it is filed (执异 counts from the
  // objection's receipt, a few days before 立案).
  closing = Math.max(closing, draft.filedOn, lastEvent > draft.filedOn ? lastEvent + random.int(3, 20) : draft.filedOn);
  closing = yearEndPush(closing, draft.filedOn, lastEvent, random);
  closing = lastWorkingDayBy(closing, draft.filedOn, context.calendar);

  draft.closedOn = closing <= context.asOf ? closing : null;
  draft.events = asKnownOn(events, context.asOf);
  // A conversion not yet decided on the as-of day has not changed the procedure either.
  const pending = events.find((event) => event.kind === 'conversion' && event.on > context.asOf);
  if (pending !== undefined) facts.procedure = pending.procedureFrom as ProcedureKey;
  // Most cases have no events: their deadline is the base one, already computed.
  draft.deadline =
    events.length === 0 ? baseFields : draftDeadline(draft, draft.events, context.calendar, context.asOf);
}

interface Limits {
  readonly start: EpochDay;
  /** The natural deadline, or the usual length for cases without one. */
  readonly limit: EpochDay;
  readonly deadline: EpochDay | null;
  /** The deadline before any extension. */
  readonly base: EpochDay | null;
  readonly extended: boolean;
  readonly minimum: number;
}

/** Late now and then; an extended case closes in the extra time it was given; others per shareOfTimeUsed. */
function plannedClosing(limits: Limits, pace: Pace, random: Random): EpochDay {
  const { start, limit, deadline, base } = limits;
  if (deadline !== null && random.chance(pace.late)) return deadline + random.int(1, 60);
  if (limits.extended && base !== null) return random.int(Math.min(base, limit), limit);
  return start + Math.max(limits.minimum, Math.round((limit - start) * shareOfTimeUsed(pace, random)));
}

/**
 * Courts push to close by 31 December (the year's 结案率 is counted then): nearly all of the year's cases that
 * would close next year are closed in the second half of December instead.
 */
function yearEndPush(closing: EpochDay, filed: EpochDay, lastEvent: EpochDay, random: Random): EpochDay {
  const filedYear = civilFromEpochDay(filed).year;
  if (civilFromEpochDay(closing).year !== filedYear + 1 || !random.chance(0.97)) return closing;
  const earliest = Math.max(filed + 3, lastEvent + 1, epochDayFromCivil(filedYear, 12, 15));
  const last = epochDayFromCivil(filedYear, 12, 31);
  return earliest <= last ? random.int(earliest, last) : closing;
}

/** Judgments are pronounced and rulings served on working days. */
function lastWorkingDayBy(day: EpochDay, filed: EpochDay, calendar: HolidayCalendar): EpochDay {
  let result = day;
  while (result > filed && calendar.isRestDay(result)) result--;
  return result;
}

/** Drops what had not happened by the as-of day; a period still running then has no end yet. */
function asKnownOn(events: readonly DraftEvent[], asOf: EpochDay): DraftEvent[] {
  const known: DraftEvent[] = [];
  for (const event of events) {
    if (event.on > asOf) continue;
    if (event.to !== undefined && event.to !== null && event.to > asOf) known.push({ ...event, to: null });
    else known.push(event);
  }
  // A stay whose resumption lies after the as-of day is still in force.
  return known.filter((event) => event.kind !== 'resumption' || event.on <= asOf);
}

const CONVERSIONS: Readonly<
  Record<string, readonly (readonly [from: ProcedureKey, to: ProcedureKey, chance: number])[]>
> = {
  民初: [['simple', 'ordinary', 0.05]],
  刑初: [
    ['expedited', 'ordinary', 0.02],
    ['expedited', 'simple', 0.02],
    ['simple', 'ordinary', 0.03],
  ],
  行初: [['simple', 'ordinary', 0.1]],
};

/** 简易 → 普通 and the criminal conversions, decided part-way through the case. */
function convert(draft: DraftCase, events: DraftEvent[], span: number, random: Random): void {
  const options = (CONVERSIONS[draft.facts.typeCode] ?? []).filter(([from]) => from === draft.facts.procedure);
  for (const [from, to, chance] of options) {
    if (!random.chance(chance)) continue;
    const on = draft.filedOn + Math.max(1, Math.round(span * (0.15 + random.next() * 0.45)));
    const needsNotice = draft.facts.typeCode === '民初' && random.chance(0.4);
    events.push({
      kind: 'conversion',
      on,
      procedureFrom: from,
      procedureTo: to,
      reason: needsNotice ? '需公告送达' : '案情复杂',
    });
    draft.facts.procedure = to;
    // 简易程序不适用公告送达: the notice period starts after the conversion.
    if (needsNotice)
      events.push({ kind: 'excluded_period', on: on + 2, from: on + 2, to: on + 32, reason: '公告送达' });
    return;
  }
}

/** Periods the law does not count: 鉴定, 管辖异议, 公告 in civil cases; 评估拍卖 and 和解 in enforcement. */
function excludePeriods(draft: DraftCase, events: DraftEvent[], span: number, random: Random): void {
  const { facts } = draft;
  const add = (reason: string, startAfter: number, length: number): void => {
    const from = draft.filedOn + startAfter;
    events.push({ kind: 'excluded_period', on: from, from, to: from + length, reason });
  };
  if (facts.procedure !== 'small_claims' && random.chance(facts.appraisal)) {
    add(
      facts.typeCode === '刑初' ? '精神病鉴定' : '鉴定',
      random.int(7, Math.max(8, Math.round(span * 0.3))),
      Math.min(180, Math.round(random.logNormal(45, 0.5))),
    );
  }
  if (facts.typeCode === '民初' || facts.typeCode === '行初') {
    if (random.chance(0.02)) add('管辖异议', random.int(5, 20), random.int(10, 40));
    if (facts.procedure === 'ordinary' && random.chance(0.05)) add('公告送达', random.int(5, 25), 30);
  }
  if (facts.typeCode === '执' || facts.typeCode === '执恢') {
    if (random.chance(0.05)) add(random.chance(0.5) ? '委托评估' : '司法拍卖', random.int(20, 60), random.int(30, 120));
    if (random.chance(0.03)) add('执行和解', random.int(10, 40), random.int(15, 60));
  }
}

const STAY_GROUNDS: Readonly<Record<string, readonly string[]>> = {
  enforcement: ['被执行人进入破产程序', '案外人对执行标的提出确有理由的异议', '申请执行人表示可以延期执行'],
  other: [
    '本案须以另一案的审理结果为依据，而另一案尚未审结',
    '一方当事人死亡，需要等待继承人表明是否参加诉讼',
    '一方当事人因不可抗拒的事由不能参加诉讼',
  ],
};

/** 中止: most stays last weeks or months; a few run past a year and make 长期未结 cases. */
function stay(draft: DraftCase, events: DraftEvent[], span: number, random: Random): void {
  const from = draft.filedOn + Math.max(5, Math.round(span * (0.2 + random.next() * 0.4)));
  const length = Math.min(720, Math.round(random.logNormal(90, 0.9)));
  const grounds = draft.facts.typeCode.startsWith('执') ? STAY_GROUNDS.enforcement : STAY_GROUNDS.other;
  events.push({ kind: 'suspension', on: from, from, reason: random.pick(grounds as readonly string[]) });
  events.push({ kind: 'resumption', on: from + length, from: from + length });
}

/**
 * An extension approved 5–15 days before the current deadline, of the length and by the approver the
 * law names for the first step (the domain's procedure catalogue); now and then the second step too.
 */
function extend(draft: DraftCase, events: DraftEvent[], context: LifeContext, random: Random): boolean {
  const selection = selectTimeLimitRule({ ...draft.facts, announcementEndsOn: null });
  if (!selection.ok) return false;
  let added = false;
  for (const step of selection.rule.extensions.slice(0, random.chance(0.1) ? 2 : 1)) {
    if (step.length === null) break;
    const current = dayOf(draftDeadline(draft, events, context.calendar, context.asOf).naturalDeadline);
    if (current === null) break;
    const on = current - random.int(5, 15);
    if (on <= draft.filedOn) break;
    events.push({
      kind: 'extension',
      on,
      approvedBy: APPROVER_NAMES[step.approver].zh,
      ...(step.length.months > 0 ? { months: step.length.months } : {}),
      ...(step.length.days > 0 ? { days: step.length.days } : {}),
    });
    added = true;
  }
  return added;
}
