import type { HolidayCalendar } from '../calendar/holidayCalendar';
import {
  civilFromEpochDay as importedCivilFromEpochDay,
  daysInMonth as importedDaysInMonth,
  toIsoDate as importedToIsoDate,
  weekdayNameEn as importedWeekdayNameEn,
  weekdayNameZh as importedWeekdayNameZh,
  type EpochDay,
} from '../dates/epochDay';
import { formatPeriodEn, formatPeriodZh, type MonthRule, type Period } from '../dates/period';
import { cite, type Citation } from '../law/citations';
import type { CaseCategory, TimeLimitRule } from '../procedures/timeLimitRule';

// Imported functions called several times per computation are bound once here: the CommonJS
// transform (tsx/esbuild, swc) turns every call of an import into two property getters, which cost
// this hot path about a third of its throughput (bench/domain.ts).
const toIsoDate = importedToIsoDate;
const weekdayNameZh = importedWeekdayNameZh;
const weekdayNameEn = importedWeekdayNameEn;
const civilFromEpochDay = importedCivilFromEpochDay;
const daysInMonth = importedDaysInMonth;

/**
 * Readable wording for the breakdown ("why this date?"), kept apart from the arithmetic. Fixed
 * wording is built once: the breakdown is produced for every computation unless switched off.
 */

export function dayZh(day: EpochDay): string {
  return `${toIsoDate(day)}(${weekdayNameZh(day)})`;
}

export function dayEn(day: EpochDay): string {
  return `${toIsoDate(day)} (${weekdayNameEn(day)})`;
}

interface Note {
  readonly zh: string;
  readonly en: string;
  readonly citations: readonly Citation[];
}

const SPC_2014 = cite('spcPeriodNotice2014');
const CIVIL_MONTHS = [cite('civilCode', 202), SPC_2014];
const CRIMINAL_MONTHS = [cite('criminalProcedureInterpretation', 202)];

const IN_DAYS: Note = {
  zh: '按日计算，期间中的节假日不扣除',
  en: 'counted in days; holidays inside the period are not deducted',
  citations: [SPC_2014],
};
const CIVIL_CORRESPONDING: Note = {
  zh: '到期月的对应日，不分大小月',
  en: 'the corresponding day of the target month, whatever its length',
  citations: CIVIL_MONTHS,
};
const CIVIL_MONTH_END: Note = {
  zh: '到期月没有对应日，取月末',
  en: 'no corresponding day in the target month: its last day',
  citations: CIVIL_MONTHS,
};

function criminalNote(zh: string, en: string, halfMonth: boolean): Note {
  return halfMonth
    ? { zh: `${zh}；半个月按十五日计算`, en: `${en}; half a month is 15 days`, citations: CRIMINAL_MONTHS }
    : { zh, en, citations: CRIMINAL_MONTHS };
}

const CRIMINAL_NOTES = [false, true].map((half) => ({
  monthEnd: criminalNote(
    '起算日为月末，至到期月的月末',
    'the start is a month-end, so the period ends on a month-end',
    half,
  ),
  noCorresponding: criminalNote(
    '到期月没有对应日，取月末',
    'no corresponding day in the target month: its last day',
    half,
  ),
  corresponding: criminalNote('到期月的对应日', 'the corresponding day of the target month', half),
}));

/** How the period's end was found: the corresponding day, a month-end, whole days. */
export function arithmeticNote(start: EpochDay, period: Period, rule: MonthRule): Note {
  if (period.months === 0) return IN_DAYS;
  const from = civilFromEpochDay(start);
  const targetIndex = from.year * 12 + from.month - 1 + period.months;
  const targetLength = daysInMonth(Math.floor(targetIndex / 12), (targetIndex % 12) + 1);
  if (rule === 'civil') return from.day > targetLength ? CIVIL_MONTH_END : CIVIL_CORRESPONDING;
  const notes = CRIMINAL_NOTES[period.days === 15 ? 1 : 0] as (typeof CRIMINAL_NOTES)[number];
  if (from.day === daysInMonth(from.year, from.month)) return notes.monthEnd;
  return from.day > targetLength ? notes.noCorresponding : notes.corresponding;
}

const ROLLOVER_CITATIONS: Readonly<Record<CaseCategory, readonly Citation[]>> = {
  civil: [cite('civilProcedureLaw', 85, 3), cite('civilCode', 203), SPC_2014],
  enforcement: [cite('civilProcedureLaw', 85, 3), cite('civilCode', 203), SPC_2014],
  criminal: [cite('criminalProcedureLaw', 105, 4)],
  administrative: [cite('administrativeProcedureInterpretation', 48)],
};

export function rolloverCitations(category: CaseCategory): readonly Citation[] {
  return ROLLOVER_CITATIONS[category];
}

export function rolloverLine(
  calendar: HolidayCalendar,
  natural: EpochDay,
  rolled: EpochDay,
): { zh: string; en: string } {
  if (natural === rolled) {
    const makeUp = calendar.isMakeUpWorkday(natural);
    return {
      zh: `期满日${dayZh(natural)}为${makeUp ? '调休上班日(工作日)' : '工作日'}，无需顺延`,
      en: `the last day ${dayEn(natural)} is a ${makeUp ? 'make-up working day' : 'working day'}; no roll-over`,
    };
  }
  const holiday = calendar.restKind(natural) === 'holiday';
  const makeUp = calendar.isMakeUpWorkday(rolled);
  return {
    zh: `期满日${dayZh(natural)}为${holiday ? '法定节假日' : '周末休息日'}，顺延至其后第一个工作日${dayZh(rolled)}${makeUp ? '，该日为调休上班日' : ''}`,
    en: `the last day ${dayEn(natural)} is ${holiday ? 'an official holiday' : 'a weekend rest day'}; it rolls forward to the next working day, ${dayEn(rolled)}${makeUp ? ', a make-up working day' : ''}`,
  };
}

export interface TimeLimitWording {
  readonly baseZh: string;
  readonly baseEn: string;
  readonly limitZh: string;
  readonly limitEn: string;
}

const timeLimitWording = new WeakMap<TimeLimitRule, TimeLimitWording>();

/** The rule's own lines, the same for every case under it. */
export function wordingOf(rule: TimeLimitRule, base: Period): TimeLimitWording {
  let wording = timeLimitWording.get(rule);
  if (wording === undefined) {
    const limitZh = formatPeriodZh(base);
    const limitEn = formatPeriodEn(base);
    wording = {
      baseZh: `${rule.titleZh}：审限${limitZh}`,
      baseEn: `${rule.titleEn}: time limit ${limitEn}`,
      limitZh,
      limitEn,
    };
    timeLimitWording.set(rule, wording);
  }
  return wording;
}
