import { CHINESE_NUMERAL_CHARS } from './numerals';

/** Structural rank read from the heading's words: 编 > 分编 > 章 > 节. Depth of `#` marks is not reliable. */
export enum HeadingLevel {
  Part = 1, // 编
  SubPart = 2, // 分编
  Chapter = 3, // 章
  Section = 4, // 节
}

export interface Heading {
  readonly text: string;
  /** Undefined when the words name no level (一、管辖, 附则); the parser then infers it from context. */
  readonly level: HeadingLevel | undefined;
}

const LABELLED = new RegExp(`^(第[${CHINESE_NUMERAL_CHARS}0-9]+(?:分编|编|章|节))\\s*(.*)$`);
const LEVEL_BY_WORD: Readonly<Record<string, HeadingLevel>> = {
  分编: HeadingLevel.SubPart,
  编: HeadingLevel.Part,
  章: HeadingLevel.Chapter,
  节: HeadingLevel.Section,
};

/** Sources space out short headings (总 则, 准 合 同); the words read better without the spaces. */
function tidy(words: string): string {
  return words
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '');
}

export function readHeading(rawText: string): Heading {
  const text = rawText.trim();
  const m = LABELLED.exec(text);
  if (m?.[1]) {
    const label = m[1];
    const word = label.endsWith('分编') ? '分编' : label.slice(-1);
    const words = tidy(m[2] ?? '');
    return { text: words ? `${label} ${words}` : label, level: LEVEL_BY_WORD[word] };
  }
  return { text: tidy(text), level: undefined };
}

/**
 * A plain-text line that is a heading without `#` marks: 第X编/章/节 followed by a short name, or a lone 总则/附则.
 * Enumerations such as 一、… are not accepted here: inside an article they are items, not headings.
 */
export function isPlainHeadingLine(line: string): boolean {
  const text = line.trim();
  if (/^(总\s*则|附\s*则|分\s*则)$/.test(text)) return true;
  if (text.length > 40 || /[。；，：]/.test(text)) return false;
  return LABELLED.test(text);
}
