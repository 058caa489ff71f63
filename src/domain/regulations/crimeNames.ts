import { normalizeText } from './normalize';
import { parseArticleNumber } from './numerals';

/**
 * The names of crimes (罪名) as the SPC and SPP fixed them, each with the 刑法 articles defining it
 * (`data/search/crime-names.json`, built by `npm run build:crime-names` from their rules). A crime's name is how
 * courts and lawyers speak of its article: 诈骗罪 is 刑法第二百六十六条, which says only 诈骗公私财物 and so ranks below
 * every article on a kind of fraud (集资诈骗, 信用卡诈骗) by its words.
 */
export interface CrimeNameEntries {
  readonly law: string;
  readonly crimes: readonly (readonly [name: string, articles: readonly string[]])[];
}

/** An article and its score, as the ranking lists them. */
interface Scored {
  readonly a: number;
  readonly score: number;
}

export interface CrimeNames {
  /** Compacted names, longest first, each with the indexes of its articles in the version in force. */
  readonly names: readonly { readonly name: string; readonly articles: readonly number[] }[];
}

/** 拒不执行判决、裁定罪 and 拒不执行判决裁定罪, 偷越国（边）境罪 and 偷越国边境罪 are one name. */
const compact = (text: string): string => normalizeText(text).replace(/[、，,\s()（）]/g, '');

export function compileCrimeNames(
  entries: CrimeNameEntries | undefined,
  documents: readonly { readonly title: string; readonly current: boolean }[],
  articleAt: (document: number, ordinal: number, suffix: number) => number | undefined,
): CrimeNames {
  const law = entries ? documents.findIndex((d) => d.title === entries.law && d.current) : -1;
  if (!entries || law < 0) return { names: [] };
  const names = entries.crimes
    .map(([name, numbers]) => ({
      name: compact(name),
      articles: numbers
        .map((number) => parseArticleNumber(number))
        .map((parsed) => (parsed ? articleAt(law, parsed.ordinal, parsed.suffix) : undefined))
        .filter((a): a is number => a !== undefined),
    }))
    .filter((entry) => entry.name.length > 1 && entry.articles.length > 0);
  return { names: names.sort((x, y) => y.name.length - x.name.length || (x.name < y.name ? -1 : 1)) };
}

/**
 * The articles of the crimes a query names, in the order it names them. The longest name wins where names overlap:
 * 信用卡诈骗罪 is not also 诈骗罪.
 */
export function crimeArticles(table: CrimeNames, query: string): number[] {
  if (table.names.length === 0 || !query.includes('罪')) return [];
  const text = compact(query);
  const taken: Array<{ start: number; end: number; articles: readonly number[] }> = [];
  for (const { name, articles } of table.names)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (!taken.some((t) => at < t.end && t.start < end)) taken.push({ start: at, end, articles });
    }
  const found: number[] = [];
  for (const { articles } of taken.sort((x, y) => x.start - y.start))
    for (const a of articles) if (!found.includes(a)) found.push(a);
  return found;
}

/**
 * The ranking with the articles of the crimes a query names lifted to the best score times `weight` (learned:
 * `crimeNameWeight`), or left at their own where that is higher; `added` counts those the query's words missed. Not
 * listed above everything as a citation is: a question that names a crime often asks about something else of it
 * (自首, 数额, 缓刑), and on the train split's exam questions listing them first lost 0.848 → 0.824.
 */
export function withCrimeLift(
  ranked: readonly Scored[],
  crimes: readonly number[],
  weight: number,
): { ranked: Scored[]; added: number } {
  const best = ranked[0]?.score ?? 0;
  if (crimes.length === 0 || weight <= 0 || best <= 0) return { ranked: [...ranked], added: 0 };
  let out = [...ranked];
  let added = 0;
  for (const a of crimes) {
    const at = out.findIndex((s) => s.a === a);
    const score = Math.max(best * weight, at >= 0 ? (out[at] as Scored).score : 0);
    if (at < 0) added++;
    else out.splice(at, 1);
    // Scores stay non-increasing down the list; a lifted article goes before those it now outscores.
    const before = out.findIndex((s) => s.score < score);
    out = before < 0 ? [...out, { a, score }] : [...out.slice(0, before), { a, score }, ...out.slice(before)];
  }
  return { ranked: out, added };
}
