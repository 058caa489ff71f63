/**
 * Character normalization shared by indexing and querying. It maps one UTF-16 unit to one, so offsets found in
 * normalized text are valid in the original — snippets highlight the original text with them.
 */

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;

const NEEDS_NORMALIZING = /[\uff01-\uff5e\u3000\u00a0\u2000-\u200a\u3008\u3009A-Z]/g;
/** 〈〉 inside 《》 (《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》) are how print nests titles; the library's
 * titles nest 《》 in 《》, so a title quoted either way is one name. */
const INNER_TITLE_MARKS: Readonly<Record<string, string>> = { '〈': '《', '〉': '》' };

function normalizeChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= FULLWIDTH_START && code <= FULLWIDTH_END)
    return String.fromCharCode(code - FULLWIDTH_OFFSET).toLowerCase();
  if (code === IDEOGRAPHIC_SPACE || code === 0xa0 || (code >= 0x2000 && code <= 0x200a)) return ' ';
  return INNER_TITLE_MARKS[char] ?? char.toLowerCase();
}

/** Full-width ASCII → ASCII, ideographic and other unusual spaces → space, Latin → lower case, 〈〉 → 《》. */
export function normalizeText(text: string): string {
  return text.replace(NEEDS_NORMALIZING, normalizeChar);
}

/**
 * True for a CJK ideograph of the BMP (URO, extension A, compatibility) or 〇. Code ranges instead of
 * \p{Script=Han}: this runs for every character indexed, and the regex was the slowest step of a build.
 */
export function isHanCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    code === 0x3007
  );
}
