/**
 * "之一 / 之二" suffixes mark further documents in the same case (domain.md §4.1); scraped data also
 * writes them as "-1". Both normalise to 之 + Chinese numeral, and the suffix is not part of the case identity.
 */
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseNumeral(value: number): string {
  if (value < 10) return DIGITS[value] as string;
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[value % 10]}`;
}

const NUMERAL = /^(?:([二三四五六七八九])?十([一二三四五六七八九])?|([一二三四五六七八九]))$/;

function parseChineseNumeral(text: string): number | null {
  const match = NUMERAL.exec(text);
  if (match === null) return null;
  if (match[3] !== undefined) return DIGITS.indexOf(match[3]);
  const tens = match[1] === undefined ? 1 : DIGITS.indexOf(match[1]);
  const units = match[2] === undefined ? 0 : DIGITS.indexOf(match[2]);
  return tens * 10 + units;
}

/** The normalised suffix ("之一"), null for none, or undefined when the text is not a suffix. */
export function parseSuffix(text: string): string | null | undefined {
  if (text === '') return null;
  let value: number | null = null;
  const arabic = /^(?:-|之)([1-9]\d?)$/.exec(text);
  if (arabic !== null) value = Number(arabic[1]);
  else if (text.startsWith('之')) value = parseChineseNumeral(text.slice(1));
  return value === null ? undefined : `之${chineseNumeral(value)}`;
}
