import { z } from 'zod';
import { isWeekend, toIsoDate, tryEpochDay, type IsoDate } from '../dates';
import type { CalendarProblem, CalendarValidation, CalendarYearData } from './calendarYear';

/**
 * The JSON file a court loads with `docket calendar import` when the State Council publishes next
 * year's arrangement (format documented in docs/deadlines.md). Holiday blocks are written as ranges
 * with the festival's name, as the notice writes them, so the file can be checked against the notice by eye.
 */
const dateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

const calendarFileSchema = z.strictObject({
  formatVersion: z.literal(1),
  year: z.number().int().min(2000).max(2200),
  source: z.string().trim().min(1),
  publishedOn: dateString.optional(),
  url: z.string().url().optional(),
  note: z.string().optional(),
  holidays: z.array(z.strictObject({ name: z.string().trim().min(1), from: dateString, to: dateString })).min(1),
  workdays: z.array(z.strictObject({ name: z.string().trim().min(1), date: dateString })),
});

function problem(path: string, zh: string, en: string): CalendarProblem {
  return { path, zh, en };
}

function pathOf(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (text, segment) =>
      typeof segment === 'number'
        ? `${text}[${segment}]`
        : text === ''
          ? String(segment)
          : `${text}.${String(segment)}`,
    '',
  );
}

/** Parses and checks a calendar file (already JSON-decoded), reporting every problem. Never throws. */
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
  const entries: DatedEntry[] = [];
  file.holidays.forEach((block, index) => {
    const from = tryEpochDay(block.from);
    const to = tryEpochDay(block.to);
    if (from === null || to === null) {
      for (const [end, value] of [
        ['from', block.from],
        ['to', block.to],
      ] as const) {
        if (tryEpochDay(value) === null)
          errors.push(
            problem(`holidays[${index}].${end}`, `日期"${value}"不存在`, `"${value}" is not a calendar date`),
          );
      }
      return;
    }
    if (to < from) {
      errors.push(
        problem(`holidays[${index}]`, `${block.name}：结束日早于开始日`, `${block.name}: "to" is before "from"`),
      );
      return;
    }
    for (let day = from; day <= to; day++)
      entries.push({ date: toIsoDate(day), path: `holidays[${index}]`, kind: 'holiday' });
  });
  file.workdays.forEach((entry, index) =>
    entries.push({ date: entry.date, path: `workdays[${index}].date`, kind: 'workday' }),
  );
  return checkEntries(file.year, file.source, entries, errors);
}

/**
 * The checks every calendar year passes, whether it comes from a file, the bundled data or the store:
 * every date once, rest days and make-up working days disjoint, all dates inside the year.
 */
export function validateCalendarYear(data: CalendarYearData): CalendarValidation {
  const errors: CalendarProblem[] = [];
  if (!Number.isInteger(data.year)) errors.push(problem('year', '年份须为整数', 'year must be an integer'));
  if (data.source.trim() === '') errors.push(problem('source', '须注明来源通知', 'source (the notice) is required'));
  const entries: DatedEntry[] = [
    ...data.holidays.map((date, index) => ({ date, path: `holidays[${index}]`, kind: 'holiday' as const })),
    ...data.workdays.map((date, index) => ({ date, path: `workdays[${index}]`, kind: 'workday' as const })),
  ];
  return checkEntries(data.year, data.source.trim(), entries, errors);
}

interface DatedEntry {
  readonly date: IsoDate;
  readonly path: string;
  readonly kind: 'holiday' | 'workday';
}

function checkEntries(
  year: number,
  source: string,
  entries: readonly DatedEntry[],
  errors: CalendarProblem[],
): CalendarValidation {
  const warnings: CalendarProblem[] = [];
  const seen = new Map<IsoDate, DatedEntry>();
  const holidays: IsoDate[] = [];
  const workdays: IsoDate[] = [];
  for (const entry of entries) {
    const day = tryEpochDay(entry.date);
    if (day === null) {
      errors.push(problem(entry.path, `日期"${entry.date}"不存在`, `"${entry.date}" is not a calendar date`));
      continue;
    }
    if (!entry.date.startsWith(`${year}-`)) {
      errors.push(problem(entry.path, `日期${entry.date}不在${year}年内`, `${entry.date} is outside ${year}`));
      continue;
    }
    const earlier = seen.get(entry.date);
    if (earlier !== undefined) {
      errors.push(
        earlier.kind === entry.kind
          ? problem(
              entry.path,
              `${entry.date}重复出现(另见${earlier.path})`,
              `${entry.date} appears twice (also at ${earlier.path})`,
            )
          : problem(
              entry.path,
              `${entry.date}既是放假日又是调休上班日(另见${earlier.path})`,
              `${entry.date} is both a rest day and a make-up working day (also at ${earlier.path})`,
            ),
      );
      continue;
    }
    seen.set(entry.date, entry);
    if (entry.kind === 'holiday') {
      holidays.push(entry.date);
    } else {
      workdays.push(entry.date);
      if (!isWeekend(day)) {
        warnings.push(
          problem(
            entry.path,
            `${entry.date}本来就是工作日，调休上班日通常是周六或周日`,
            `${entry.date} is a weekday anyway; make-up working days are normally weekend days`,
          ),
        );
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, year: { year, source, holidays: holidays.sort(), workdays: workdays.sort() }, warnings };
}
