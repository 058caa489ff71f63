import { daysInMonth, epochDayFromCivil, toIsoDate, type IsoDate } from '../domain/dates';
import { cellText, isBlank, type CellValue } from './cell';
import { accept, reject, type Parsed } from './parsed';

/** Older or later dates are typos in a court export (e.g. 2204 for 2024), not history. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2099;

/** Excel's day 0 is 1899-12-30 once its fictitious 1900-02-29 (serial 60) is behind us. */
const EXCEL_EPOCH = epochDayFromCivil(1899, 12, 30);
const FIRST_REAL_SERIAL = 61;

const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(\d{1,2})日?(?:\s*\d{1,2}[:时]\d{2}.*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

const FORMS_ZH = '2024-08-31、2024/8/31、2024.8.31、2024年8月31日、20240831 或 Excel 日期';
const FORMS_EN = '2024-08-31, 2024/8/31, 2024.8.31, 2024年8月31日, 20240831 or an Excel date';

/**
 * A date as case-management exports write it, as an ISO date; null for an empty cell. Excel date
 * cells arrive as Dates at UTC midnight and serial numbers as numbers (or their text in a CSV).
 */
export function parseExportDate(value: CellValue | undefined): Parsed<IsoDate | null> {
  if (isBlank(value)) return accept(null);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return reject('无效的日期单元格', 'an invalid date cell');
    return civil(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), value);
  }
  if (typeof value === 'number') return fromSerial(value);
  const written = cellText(value);
  const match = SEPARATED.exec(written) ?? CHINESE.exec(written) ?? COMPACT.exec(written);
  if (match) {
    const [year, month, day] = match.length === 5 ? [match[1], match[3], match[4]] : [match[1], match[2], match[3]];
    return civil(Number(year), Number(month), Number(day), written);
  }
  if (SERIAL.test(written)) return fromSerial(Number(written));
  return reject(
    `无法识别的日期「${written}」，可用格式：${FORMS_ZH}`,
    `unrecognised date "${written}"; use ${FORMS_EN}`,
  );
}

function fromSerial(serial: number): Parsed<IsoDate> {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < FIRST_REAL_SERIAL) {
    return reject(`「${serial}」不是有效的 Excel 日期序号`, `${serial} is not a valid Excel date serial`);
  }
  const iso = toIsoDate(EXCEL_EPOCH + whole);
  return civil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)), serial);
}

function civil(year: number, month: number, day: number, shown: unknown): Parsed<IsoDate> {
  const written = shown instanceof Date ? shown.toISOString().slice(0, 10) : String(shown);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return reject(`日期「${written}」不存在`, `the date "${written}" does not exist`);
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return reject(
      `日期「${written}」的年份不合理（应在 ${FIRST_YEAR}–${LAST_YEAR} 之间）`,
      `the year of "${written}" is implausible (expected ${FIRST_YEAR}–${LAST_YEAR})`,
    );
  }
  return accept(toIsoDate(epochDayFromCivil(year, month, day)));
}
