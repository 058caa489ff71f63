import { z } from 'zod';
import { isWeekend, toEpochDay, toIsoDate, tryEpochDay, type IsoDate } from '../dates';
import type { CalendarProblem, CalendarValidation, CalendarYearData } from './calendarYear';

/**
 * The JSON file a court loads with `docket calendar import` when the State Council publishes next
 * year's arrangement (format documented in docs/deadlines.md). Holiday blocks are written as ranges
 * with the festival's name, as the notice writes them, so the file can be checked against the notice by eye.
 */
const dateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const calendarFileSchema = z.strictObject({
  formatVersion: z.literal(1),
  year: z.number().int().min(2000).max(2200),
  source: z.string().trim().min(1),
  publishedOn: dateString.optional(),
  url: z.string().url().optional(),
  note: z.string().optional(),
  holidays: z
    .array(z.strictObject({ name: z.string().trim().min(1), from: dateString, to: dateString }))
    .min(1),
  workdays: z.array(z.strictObject({ name: z.string().trim().min(1), date: dateString })),
});

export type CalendarFile = z.infer<typeof calendarFileSchema>;

function problem(path: string, zh: string, en: string): CalendarProblem {
  return { path, zh, en };
}

function pathOf(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (text, segment) => (typeof segment === 'number' ? `${text}[${segment}]` : text === '' ? String(segment) : `${text}.${String(segment)}`),
    '',
  );
}

/** Parses and checks a calendar file (already JSON-decoded). Never throws. */
export function validateCalendarFile(input: unknown): CalendarValidation {
  const parsed = calendarFileSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) =>
        problem(pathOf(issue.path), `格式错误：${issue.message}`, `invalid format: ${issue.message}`),
      ),
    };
  }
  const file = parsed.data;
  const errors: CalendarProblem[] = [];
  const holidays: IsoDate[] = [];
  file.holidays.forEach((block, index) => {
    const from = checkDate(block.from, `holidays[${index}].from`, file.year, errors);
    const to = checkDate(block.to, `holidays[${index}].to`, file.year, errors);
    if (from === null || to === null) return;
    if (to < from) {
      errors.push(problem(`holidays[${index}]`, `${block.name}：结束日早于开始日`, `${block.name}: "to" is before "from"`));
      return;
    }
    for (let day = from; day <= to; day++) holidays.push(toIsoDate(day));
  });
  const workdays: IsoDate[] = [];
  file.workdays.forEach((entry, index) => {
    if (checkDate(entry.date, `workdays[${index}].date`, file.year, errors) !== null) workdays.push(entry.date);
  });
  if (errors.length > 0) return { ok: false, errors };
  return validateCalendarYear({ year: file.year, source: file.source, holidays, workdays });
}

function checkDate(value: string, path: string, year: number, errors: CalendarProblem[]): number | null {
  const epochDay = tryEpochDay(value);
  if (epochDay === null) {
    errors.push(problem(path, `日期"${value}"不存在`, `"${value}" is not a calendar date`));
    return null;
  }
  if (!value.startsWith(`${year}-`)) {
    errors.push(problem(path, `日期${value}不在${year}年内`, `${value} is outside ${year}`));
    return null;
  }
  return epochDay;
}

/**
 * The checks every calendar year passes, whether it comes from a file, the bundled data or the store:
 * every date once, rest days and make-up working days disjoint, all dates inside the year.
 */
export function validateCalendarYear(data: CalendarYearData): CalendarValidation {
  const errors: CalendarProblem[] = [];
  const warnings: CalendarProblem[] = [];
  if (!Number.isInteger(data.year)) errors.push(problem('year', '年份须为整数', 'year must be an integer'));
  if (data.source.trim() === '') errors.push(problem('source', '须注明来源通知', 'source (the notice) is required'));
  const seen = new Map<IsoDate, string>();
  const check = (date: IsoDate, path: string): void => {
    if (tryEpochDay(date) === null) {
      errors.push(problem(path, `日期"${date}"不存在`, `"${date}" is not a calendar date`));
      return;
    }
    if (!date.startsWith(`${data.year}-`)) errors.push(problem(path, `日期${date}不在${data.year}年内`, `${date} is outside ${data.year}`));
    const earlier = seen.get(date);
    if (earlier !== undefined) {
      const both = earlier.startsWith('workdays') !== path.startsWith('workdays');
      errors.push(
        both
          ? problem(path, `${date}既是放假日又是调休上班日`, `${date} is both a rest day and a make-up working day`)
          : problem(path, `${date}重复出现(另见${earlier})`, `${date} appears twice (also at ${earlier})`),
      );
    }
    seen.set(date, path);
  };
  data.holidays.forEach((date, index) => check(date, `holidays[${index}]`));
  data.workdays.forEach((date, index) => {
    check(date, `workdays[${index}]`);
    if (tryEpochDay(date) !== null && !isWeekend(toEpochDay(date))) {
      warnings.push(
        problem(`workdays[${index}]`, `${date}本来就是工作日，调休上班日通常是周六或周日`, `${date} is a weekday anyway; make-up working days are normally weekend days`),
      );
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    year: { year: data.year, source: data.source.trim(), holidays: [...data.holidays].sort(), workdays: [...data.workdays].sort() },
    warnings,
  };
}
