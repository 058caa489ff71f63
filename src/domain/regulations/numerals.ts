/**
 * Chinese ⇄ Arabic numerals as used in article numbers (第一百三十三条之一) and in quantities (三个月, 十五日).
 * Covers 0–99 999 999, far beyond any article number, so callers need no range checks beyond `undefined`.
 */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const MYRIAD: Readonly<Record<string, number>> = { 万: 10_000, 萬: 10_000 };

/** Characters that may appear in a Chinese numeral; useful to build patterns. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟萬';

/**
 * Parses 一百六十四, 一千零七十九, 十五, 二〇二一 (digit-by-digit) and returns undefined for anything else.
 */
export function chineseToNumber(text: string): number | undefined {
  if (text.length === 0) return undefined;
  const chars = [...text];
  if (chars.every((c) => c in DIGITS)) {
    // Digit-by-digit form (二〇二一) only when there are several digits; a lone 一 is just 1.
    return chars.reduce((n, c) => n * 10 + (DIGITS[c] ?? 0), 0);
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of chars) {
    if (c in DIGITS) {
      if (digit !== undefined && DIGITS[c] !== 0) return undefined; // 二三 is not a number in positional form
      digit = DIGITS[c] === 0 ? undefined : DIGITS[c];
    } else if (c in UNITS) {
      const unit = UNITS[c] ?? 1;
      // 十五 means 15: a unit with no digit before it counts once.
      section += (digit ?? 1) * unit;
      digit = undefined;
    } else if (c in MYRIAD) {
      total += (section + (digit ?? 0)) * (MYRIAD[c] ?? 1);
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + section + (digit ?? 0);
}

const DIGIT_NAMES = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function belowTenThousand(n: number): string {
  const parts: string[] = [];
  const places: Array<[number, string]> = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let pendingZero = false;
  for (const [value, unit] of places) {
    const d = Math.floor(n / value) % 10;
    if (d === 0) {
      if (parts.length > 0) pendingZero = true;
      continue;
    }
    if (pendingZero) parts.push('零');
    pendingZero = false;
    parts.push(`${DIGIT_NAMES[d]}${unit}`);
  }
  return parts.join('');
}

/** Writes n the way statutes do: 164 → 一百六十四, 1079 → 一千零七十九, 15 → 十五, 0 → 零. */
export function numberToChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100_000_000) throw new RangeError(`unsupported number ${n}`);
  if (n === 0) return '零';
  const high = Math.floor(n / 10_000);
  const low = n % 10_000;
  let text = high > 0 ? `${belowTenThousand(high)}万` : '';
  if (low > 0) text += (high > 0 && low < 1000 ? '零' : '') + belowTenThousand(low);
  // Statutes write 十五, not 一十五, when ten leads the number.
  return text.startsWith('一十') ? text.slice(1) : text;
}

export interface ArticleNumber {
  /** The article's integer position (第一百三十三条之一 → 133). */
  readonly ordinal: number;
  /** The 之Y suffix (之一 → 1), 0 when absent. */
  readonly suffix: number;
}

const ARTICLE_NUMBER = new RegExp(
  `^第([${CHINESE_NUMERAL_CHARS}]+|[0-9]+)条(?:之([${CHINESE_NUMERAL_CHARS}]+|[0-9]+))?$`,
);

function anyNumeral(text: string): number | undefined {
  return /^[0-9]+$/.test(text) ? Number(text) : chineseToNumber(text);
}

/** 第一百三十三条之一 → {133, 1}; 第164条 → {164, 0}; anything else → undefined. */
export function parseArticleNumber(text: string): ArticleNumber | undefined {
  const m = ARTICLE_NUMBER.exec(text.trim());
  if (!m?.[1]) return undefined;
  const ordinal = anyNumeral(m[1]);
  const suffix = m[2] === undefined ? 0 : anyNumeral(m[2]);
  if (ordinal === undefined || ordinal === 0 || suffix === undefined) return undefined;
  return { ordinal, suffix };
}

/** {133, 1} → 第一百三十三条之一, the canonical written form. */
export function formatArticleNumber({ ordinal, suffix }: ArticleNumber): string {
  return `第${numberToChinese(ordinal)}条${suffix > 0 ? `之${numberToChinese(suffix)}` : ''}`;
}
