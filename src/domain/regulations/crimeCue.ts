import type { CrimeNames } from './crimeNames';

/**
 * Words of criminal law and procedure, in general use: what a question about a crime, or a judgment's account of
 * one, says (罪, 刑, 犯 cover 犯罪, 判刑, 刑事, 罪名; 被告人, 公诉, 指控 open every criminal judgment's facts).
 */
const CRIMINAL_WORDS =
  /[罪刑犯]|坐牢|拘役|徒刑|被告人|公诉|指控|检察|公安|报警|派出所|逮捕|拘留|取保候审|自首|缓刑|假释|作案|赃/;

/** The crimes' names without 罪, as facts and questions say them (盗窃, 故意伤害, 交通肇事), by their first two characters. */
const stemsByTable = new WeakMap<CrimeNames, ReadonlyMap<string, readonly string[]>>();

function crimeStems(table: CrimeNames): ReadonlyMap<string, readonly string[]> {
  let stems = stemsByTable.get(table);
  if (!stems) {
    const byStart = new Map<string, string[]>();
    for (const { name } of table.names) {
      const stem = name.replace(/罪$/, '');
      if (stem.length < 2) continue;
      const list = byStart.get(stem.slice(0, 2)) ?? [];
      if (!list.includes(stem)) list.push(stem);
      byStart.set(stem.slice(0, 2), list);
    }
    stems = byStart;
    stemsByTable.set(table, stems);
  }
  return stems;
}

/** Looked up at each character rather than each of the 490 names searched for in turn: a query costs microseconds. */
function namesACrime(stems: ReadonlyMap<string, readonly string[]>, text: string): boolean {
  for (let at = 0; at < text.length - 1; at++) {
    const candidates = stems.get(text.slice(at, at + 2));
    if (candidates?.some((stem) => text.startsWith(stem, at))) return true;
  }
  return false;
}

/**
 * Whether a query speaks of a crime: a word of criminal law, or a crime's name with or without 罪 (盗窃, 诈骗) in
 * its text or in the statutory wordings its words called up (偷 → 盗窃).
 */
export function speaksOfCrime(table: CrimeNames, texts: readonly string[]): boolean {
  const stems = crimeStems(table);
  return texts.some((text) => CRIMINAL_WORDS.test(text) || namesACrime(stems, text));
}
