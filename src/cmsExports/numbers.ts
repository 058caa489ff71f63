import { cellText, isBlank, type CellValue } from './cell';
import { accept, reject, type Parsed } from './parsed';

/** Decimal(18, 2) holds 16 integer digits. */
const MAX_INTEGER_DIGITS = 16;
const AMOUNT = /^(\d+)(?:\.(\d+))?$/;

/**
 * A money amount in 元 as an exact decimal string ("12345.60"), or null when empty. Exports write
 * 12,345.6 / ¥12345.60 / 12345.6元 / 1.2万元; `unitFromHeader` is 10000 when the column is headed 标的额（万元）.
 * Kept as a string: binary floats would turn 0.1 + 0.2 万元 into fractions of a 分.
 */
export function parseAmount(value: CellValue | undefined, unitFromHeader: 1 | 10000 = 1): Parsed<string | null> {
  if (isBlank(value)) return accept(null);
  if (typeof value === 'boolean' || value instanceof Date) return reject('金额应为数字', 'an amount must be a number');
  let written = typeof value === 'number' ? decimalOf(value) : cellText(value).replace(/[,，\s¥￥]/g, '');
  let unit = unitFromHeader;
  if (written.endsWith('万元') || written.endsWith('万')) {
    unit = 10000;
    written = written.replace(/万元?$/, '');
  } else {
    written = written.replace(/元$/, '');
  }
  const match = AMOUNT.exec(written);
  if (!match)
    return reject(`金额「${cellText(value)}」不是有效数字`, `the amount "${cellText(value)}" is not a number`);
  const shift = unit === 10000 ? 4 : 0;
  const fraction = (match[2] ?? '').padEnd(2 + shift, '0');
  const integer = (match[1] + fraction.slice(0, shift)).replace(/^0+(?=\d)/, '');
  const cents = fraction.slice(shift);
  if (cents.length > 2 && /[1-9]/.test(cents.slice(2))) {
    return reject(`金额「${cellText(value)}」精确到分以下`, `the amount "${cellText(value)}" has fractions of a fen`);
  }
  if (integer.length > MAX_INTEGER_DIGITS)
    return reject(`金额「${cellText(value)}」过大`, `the amount "${cellText(value)}" is too large`);
  return accept(`${integer}.${cents.slice(0, 2)}`);
}

/** A number from an XLSX cell, with binary-float noise (0.30000000000000004) rounded away as Excel shows it. */
function decimalOf(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** A count of days such as 审理天数 ("45", "45天"); null when empty. */
export function parseDayCount(value: CellValue | undefined): Parsed<number | null> {
  if (isBlank(value)) return accept(null);
  const written = cellText(value).replace(/天$/, '');
  if (!/^\d{1,6}$/.test(written))
    return reject(`「${cellText(value)}」不是天数`, `"${cellText(value)}" is not a number of days`);
  return accept(Number(written));
}

/** A whole count for extensions in months or days. */
export function parseCount(value: CellValue | undefined, unit: RegExp): Parsed<number | null> {
  if (isBlank(value)) return accept(null);
  const written = cellText(value).replace(unit, '');
  if (!/^\d{1,4}$/.test(written))
    return reject(`「${cellText(value)}」不是整数`, `"${cellText(value)}" is not a whole number`);
  return accept(Number(written));
}

const TRUE_WORDS = ['是', '有', 'y', 'yes', 'true', '1', '√', '✓'];
const FALSE_WORDS = ['否', '没有', 'n', 'no', 'false', '0', '×', '✗'];

/** Yes/no cells; `extra` adds a field's own words (在押 for 是否羁押, 已上诉 for 上诉情况). */
export function parseYesNo(
  value: CellValue | undefined,
  extra: { readonly yes?: readonly string[]; readonly no?: readonly string[] } = {},
): Parsed<boolean | null> {
  if (typeof value === 'boolean') return accept(value);
  if (typeof value === 'number' && (value === 0 || value === 1)) return accept(value === 1);
  if (isBlank(value)) return accept(null);
  const written = cellText(value).toLowerCase();
  if (TRUE_WORDS.includes(written) || extra.yes?.includes(written)) return accept(true);
  if (FALSE_WORDS.includes(written) || extra.no?.includes(written)) return accept(false);
  const words = [...TRUE_WORDS.slice(0, 1), ...(extra.yes ?? []), ...FALSE_WORDS.slice(0, 1), ...(extra.no ?? [])].join(
    '、',
  );
  return reject(`「${cellText(value)}」应为 ${words}`, `"${cellText(value)}" should be one of ${words}`);
}
