import { CHINESE_NUMERAL_CHARS, chineseToNumber, numberToChinese } from '../../src/domain/regulations/numerals';

/**
 * Repairs the mess of the community snapshot before the product's parser reads it. Each repair is named, so the
 * build report can say what was changed in which file. Pure: text in, text and repair names out.
 */
export interface Repaired {
  readonly text: string;
  readonly repairs: readonly string[];
}

const NUMERAL = `[${CHINESE_NUMERAL_CHARS}]+`;
/** Zero-width characters and the byte-order mark inside text; the word joiner too. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const COMMENT = /<!--[\s\S]*?-->/g;
/** 第一百二十八 条侦查… : a space inside the marker, and none after it. */
const BROKEN_MARKER = new RegExp(`^(\\s*第${NUMERAL})[ \\t\\u3000]+条(之${NUMERAL})?[ \\t\\u3000]*(?=\\S)`, 'gm');
/** 第一百二十八条侦查… at the start of a line where the next article is due: no space after the marker. */
const GLUED_MARKER = new RegExp(`^(第(${NUMERAL})条(?:之${NUMERAL})?)(?=[^\\s之第，。、；：）)])`, 'gm');
const ARTICLE_LINE = new RegExp(`^\\s*第${NUMERAL}条(?:之${NUMERAL})?[ \\t\\u3000]`, 'm');
const ARABIC_ITEM = /^(\d{1,3})\s*[.．、](?!\d)\s*(.*)$/;
const CHINESE_ITEM = new RegExp(`^(${NUMERAL})、\\s*(.*)$`);

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * Lines `第N条…` glued to their text are article markers only where N is the next article expected; a body
 * sentence that opens with a citation (第五十九条第三款规定…) is never the next number in sequence.
 */
function unglueMarkers(text: string): { text: string; count: number } {
  let expected = 1;
  let count = 0;
  const lines = text.split('\n').map((line) => {
    const spaced = new RegExp(`^\\s*第(${NUMERAL})条(?:之${NUMERAL})?[ \\t\\u3000]`).exec(line);
    if (spaced?.[1]) {
      const n = chineseToNumber(spaced[1]);
      if (n !== undefined) expected = n + 1;
      return line;
    }
    GLUED_MARKER.lastIndex = 0;
    const glued = GLUED_MARKER.exec(line);
    if (!glued?.[1] || !glued[2] || chineseToNumber(glued[2]) !== expected) return line;
    expected++;
    count++;
    return `${glued[1]} ${line.slice(glued[1].length)}`;
  });
  return { text: lines.join('\n'), count };
}

interface Item {
  readonly line: number;
  readonly number: number;
  readonly rest: string;
}

/** The longest run of items numbered 1, 2, 3 … in document order, over lines outside headings. */
function sequentialItems(lines: readonly string[], pattern: RegExp, toNumber: (s: string) => number | undefined) {
  const items: Item[] = [];
  let expected = 1;
  lines.forEach((line, i) => {
    if (line.startsWith('#')) return;
    const m = pattern.exec(line.trim());
    const n = m?.[1] ? toNumber(m[1]) : undefined;
    if (n === expected) {
      items.push({ line: i, number: n, rest: m?.[2] ?? '' });
      expected++;
    }
  });
  return items;
}

/**
 * A document without 第X条 lines but numbered 1. 2. 3. (执行工作规定（试行）) or 一、二、三、 (most 批复): those
 * numbers are its provisions, written as articles so they can be cited and searched like any other. With both,
 * the Arabic items are the provisions and the 一、 lines their section headings.
 */
function numberedItemsAsArticles(text: string): { text: string; repair: string | undefined } {
  if (ARTICLE_LINE.test(text)) return { text, repair: undefined };
  const lines = text.split('\n');
  const arabic = sequentialItems(lines, ARABIC_ITEM, Number);
  const chinese = sequentialItems(lines, CHINESE_ITEM, chineseToNumber);
  const items = arabic.length >= 2 ? arabic : chinese.length >= 2 ? chinese : [];
  if (items.length === 0) return { text, repair: undefined };
  const at = new Map(items.map((item) => [item.line, item]));
  const headings = arabic.length >= 2 ? new Set(chinese.map((item) => item.line)) : new Set<number>();
  const out = lines.map((line, i) => {
    const item = at.get(i);
    if (item) return `第${numberToChinese(item.number)}条 ${item.rest}`;
    if (headings.has(i)) return `## ${line.trim()}`;
    return line;
  });
  const style = items === arabic ? '1.' : '一、';
  return {
    text: out.join('\n'),
    repair: `numbered ${style} items read as articles 第一条–第${numberToChinese(items.length)}条`,
  };
}

/** Lines before the first structure that merely repeat the title, whole or in pieces (最高人民法院 / 关于适用… / 解释). */
function dropTitleEchoes(text: string, title: string): { text: string; count: number } {
  const lines = text.split('\n');
  const compactTitle = title.replace(/\s+/g, '');
  let count = 0;
  let seenTitle = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!line) continue;
    if (/^#\s/.test(line) && !seenTitle) {
      seenTitle = true;
      continue;
    }
    if (line.startsWith('#') || ARTICLE_LINE.test(line)) break;
    const compact = line.replace(/^#+\s*/, '').replace(/\s+/g, '');
    if (seenTitle && compact.length >= 2 && compactTitle.includes(compact) && !/[。；：]/.test(compact)) {
      lines[i] = '';
      count++;
    }
  }
  return { text: lines.join('\n'), count };
}

export function repairSource(raw: string, title: string): Repaired {
  const repairs: string[] = [];
  let text = raw.replace(/\r\n?/g, '\n');

  const invisible = countMatches(text, INVISIBLE);
  if (invisible > 0) {
    text = text.replace(INVISIBLE, '');
    repairs.push(`removed ${invisible} zero-width characters`);
  }
  text = text.replace(COMMENT, '');

  const broken = countMatches(text, BROKEN_MARKER);
  if (broken > 0) {
    text = text.replace(BROKEN_MARKER, (_, head: string, suffix: string | undefined) => `${head}条${suffix ?? ''} `);
    repairs.push(`fixed ${broken} broken article markers (第X 条 → 第X条)`);
  }
  const glued = unglueMarkers(text);
  if (glued.count > 0) {
    text = glued.text;
    repairs.push(`separated ${glued.count} article markers glued to their text`);
  }
  const echoes = dropTitleEchoes(text, title);
  if (echoes.count > 0) {
    text = echoes.text;
    repairs.push(`dropped ${echoes.count} lines repeating the title`);
  }
  const numbered = numberedItemsAsArticles(text);
  if (numbered.repair) {
    text = numbered.text;
    repairs.push(numbered.repair);
  }
  return { text, repairs };
}
