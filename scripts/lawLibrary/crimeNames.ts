import { formatArticleNumber, parseArticleNumber } from '../../src/domain/regulations/numerals';

/**
 * The names of crimes (罪名) and the 刑法 articles that define them, as the SPC and SPP fixed them: the SPP's 1997
 * list (关于适用刑法分则规定的犯罪的罪名的意见: `1．背叛国家罪（第102条）`), then each 补充规定 in date order — a
 * table of `| 刑法条文 | 罪名 |` rows, a name it replaces written `（取消X罪罪名）`, or a sentence
 * `将…第一百六十九条…的罪名由“A”修改为“B”`. What a later rule cancels is gone; what it adds or renames is current.
 */
export type CrimeTable = Map<string, Set<string>>;

const ARTICLE = /第([0-9零〇一二三四五六七八九十百]+)条(?:之([0-9一二三四五六七八九十]+))?/g;
/** The SPP's list: `13．放火罪（第114条、第115条第1款）`; a number may be missing, as in the snapshot's copy. */
const LISTED = /([^\s．（）0-9][^\s．（）]*?罪)（(第[^）]+)）/g;
/** `（取消X罪罪名）`, or the whole cell `取消X罪罪名` where the article lost its crime. */
const CANCELLED = /[（(]?取消(.+?)(?:罪名)?(?:[）)]|$)/g;
/** 偷越国（边）境罪: brackets inside a name, kept apart from the brackets around one while reading. */
const INNER = /（([边境])）/g;
const INNER_MARK = /〔([边境])〕/g;
const RENAMED =
  /第([零一二三四五六七八九十百]+)条(?:之([一二三四五六七八九十]+))?[^。]*?罪名由“([^”]+)”修改为“([^”]+)”/g;
/** Between two names of one cell: 滥用职权罪、玩忽职守罪 (but 盗窃、侮辱尸体罪 is one name). */
const NAME_GAP = /(?<=罪)(?:[、；;\s]|和)+/;

function articleNumber(ordinal: string, suffix: string | undefined): string | undefined {
  const parsed = parseArticleNumber(`第${ordinal}条${suffix === undefined ? '' : `之${suffix}`}`);
  return parsed && formatArticleNumber(parsed);
}

/** The articles a cell cites: 第114条、第115条第1款 → 第一百一十四条, 第一百一十五条 (paragraphs and items left out). */
export function articlesOf(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(ARTICLE)) {
    const number = articleNumber(m[1] as string, m[2]);
    if (number && !found.includes(number)) found.push(number);
  }
  return found;
}

const namesIn = (text: string): string[] =>
  text
    .split(NAME_GAP)
    .map((name) => name.replace(/\s+/g, '').replace(/^刑法原第[0-9]+条第[0-9]+[款项]/, ''))
    .filter((name) => name.length > 1 && name.endsWith('罪'));

function add(table: CrimeTable, marked: string, articles: readonly string[]): void {
  const name = marked.replace(INNER_MARK, '（$1）');
  const set = table.get(name) ?? new Set<string>();
  for (const article of articles) set.add(article);
  if (set.size > 0) table.set(name, set);
}

/** Reads the SPP's 1997 list into `table`. */
export function readCrimeList(text: string, table: CrimeTable): void {
  for (const m of text.replace(INNER, '〔$1〕').matchAll(LISTED))
    add(table, m[1] as string, articlesOf(m[2] as string));
}

/** Applies one 补充规定 to `table`: its cancellations, then its rows and renamings. */
export function applySupplement(source: string, table: CrimeTable): void {
  const text = source.replace(INNER, '〔$1〕');
  const rows = text
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter((cells) => cells.length >= 4 && /第.+条/.test(cells[1] as string));
  for (const cells of rows)
    for (const m of (cells[2] as string).matchAll(CANCELLED))
      for (const name of namesIn(m[1] as string)) table.delete(name);
  for (const m of text.matchAll(RENAMED)) table.delete(m[3] as string);
  for (const cells of rows) {
    // The amendment that made the article is named after it in brackets: （《刑法修正案（十一）》第二条）.
    const articles = articlesOf((cells[1] as string).split(/[（(]《/)[0] as string);
    for (const name of namesIn((cells[2] as string).replace(CANCELLED, ' '))) add(table, name, articles);
  }
  for (const m of text.matchAll(RENAMED)) {
    const article = articleNumber(m[1] as string, m[2]);
    if (article) add(table, m[4] as string, [article]);
  }
}
