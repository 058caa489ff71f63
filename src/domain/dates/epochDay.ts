/**
 * Calendar dates as integers (days since 1970-01-01). The 审限 engine runs hundreds of thousands of
 * computations per second, so it does date arithmetic on plain numbers instead of Date or luxon
 * objects. Every date in the domain is a civil calendar date in Asia/Shanghai; no time or zone is involved.
 */

/** `YYYY-MM-DD`, a calendar date in Asia/Shanghai. */
export type IsoDate = string;

/** Days since 1970-01-01 (which is day 0, a Thursday). */
export type EpochDay = number;

export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

const DAYS_PER_ERA = 146097;

// Bound once: in a Jest sandbox every lookup of a global such as Math goes through the vm context's
// interceptor, and these conversions run several times in every 审限 the tests compute.
const floor = Math.floor;

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar, no tables, no loops.
export function epochDayFromCivil(year: number, month: number, day: number): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = month > 2 ? month - 3 : month + 9;
  const dayOfYear = floor((153 * monthIndex + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floor(yearOfEra / 4) - floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - 719468;
}

export function civilFromEpochDay(epochDay: EpochDay): CivilDate {
  const z = epochDay + 719468;
  const era = floor(z / DAYS_PER_ERA);
  const dayOfEra = z - era * DAYS_PER_ERA;
  const yearOfEra = floor(
    (dayOfEra - floor(dayOfEra / 1460) + floor(dayOfEra / 36524) - floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floor(yearOfEra / 4) - floor(yearOfEra / 100));
  const monthIndex = floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function yearOfEpochDay(epochDay: EpochDay): number {
  return civilFromEpochDay(epochDay).year;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] as number);
}

/** 0 = Sunday … 6 = Saturday, like Date#getUTCDay. */
export function weekdayOf(epochDay: EpochDay): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

export function isWeekend(epochDay: EpochDay): boolean {
  const weekday = weekdayOf(epochDay);
  return weekday === 0 || weekday === 6;
}

/** The epoch day of a valid `YYYY-MM-DD` string, or null (wrong shape or a date that does not exist). */
export function tryEpochDay(iso: string): EpochDay | null {
  // Hand-rolled instead of a regex: dates are parsed in the engine's hot path.
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return epochDayFromCivil(year, month, day);
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && tryEpochDay(value) !== null;
}

/** For dates already validated at the boundary; a malformed date here is a programming error. */
export function toEpochDay(iso: IsoDate): EpochDay {
  const epochDay = tryEpochDay(iso);
  if (epochDay === null) throw new RangeError(`Not a calendar date in YYYY-MM-DD form: ${JSON.stringify(iso)}`);
  return epochDay;
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

// Formatted dates are cached for 1970–2149: the engine formats a few dates per computation and the
// same few thousand days recur across a court's cases.
const ISO_CACHE_SIZE = 65536;
const isoCache: (IsoDate | undefined)[] = new Array<IsoDate | undefined>(ISO_CACHE_SIZE);

export function toIsoDate(epochDay: EpochDay): IsoDate {
  const cached = epochDay >= 0 && epochDay < ISO_CACHE_SIZE ? isoCache[epochDay] : undefined;
  if (cached !== undefined) return cached;
  const { year, month, day } = civilFromEpochDay(epochDay);
  const iso = `${year}-${pad2(month)}-${pad2(day)}`;
  if (epochDay >= 0 && epochDay < ISO_CACHE_SIZE) isoCache[epochDay] = iso;
  return iso;
}

const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function weekdayNameZh(epochDay: EpochDay): string {
  return WEEKDAY_ZH[weekdayOf(epochDay)] as string;
}

export function weekdayNameEn(epochDay: EpochDay): string {
  return WEEKDAY_EN[weekdayOf(epochDay)] as string;
}
