import { citationOnlyAliases, interpretationStyleAliases, lawAliases } from './lawNames';

/** Names of the indexed documents, for finding law names and references in queries. */
export interface AliasTable {
  /** Alias → indexes of the documents (in the order given to `buildAliasTable`) that carry it. */
  readonly byAlias: ReadonlyMap<string, readonly number[]>;
  readonly lengths: readonly number[];
  /**
   * First character → the distinct lengths of the names that start with it, longest first: a query is read at
   * every character, and most characters start no name.
   */
  readonly lengthsByFirst: ReadonlyMap<string, readonly number[]>;
  /** Aliases that name a law only before an article number (see `citationOnlyAliases`). */
  readonly citationOnly: ReadonlySet<string>;
  /** Each document's title as given to `buildAliasTable`. */
  readonly titles: readonly string[];
  /** Per document, whether it was repealed (absent: not): a short name means one in force first (shortNames.ts). */
  readonly repealed: readonly boolean[];
}

export interface AliasMatch {
  readonly alias: string;
  readonly start: number;
  readonly end: number;
  readonly targets: readonly number[];
}

/** `repealed`: per title, whether its document was repealed; none is when it is left out. */
export function buildAliasTable(titles: readonly string[], repealed: readonly boolean[] = []): AliasTable {
  const byAlias = new Map<string, number[]>();
  const named = new Set<string>();
  const add = (alias: string, index: number): void => {
    const targets = byAlias.get(alias) ?? [];
    if (!targets.includes(index)) targets.push(index);
    byAlias.set(alias, targets);
  };
  titles.forEach((title, index) => {
    for (const alias of lawAliases(title)) {
      named.add(alias);
      add(alias, index);
    }
  });
  // Added after every name of the documents' own, so that neither a 规定 called 解释 nor a citation-only form
  // shadows another document's own name.
  const ownNames = new Set(named);
  titles.forEach((title, index) => {
    for (const alias of interpretationStyleAliases(title)) {
      if (ownNames.has(alias)) continue;
      named.add(alias);
      add(alias, index);
    }
  });
  titles.forEach((title, index) => {
    for (const alias of citationOnlyAliases(title)) if (!named.has(alias)) add(alias, index);
  });
  const citationOnly = new Set([...byAlias.keys()].filter((alias) => !named.has(alias)));
  const lengths = [...new Set([...byAlias.keys()].map((a) => a.length))].sort((a, b) => b - a);
  const byFirst = new Map<string, Set<number>>();
  for (const alias of byAlias.keys()) {
    const first = alias[0] as string;
    byFirst.set(first, (byFirst.get(first) ?? new Set()).add(alias.length));
  }
  const lengthsByFirst = new Map([...byFirst].map(([first, set]) => [first, [...set].sort((a, b) => b - a)]));
  return {
    byAlias,
    lengths,
    lengthsByFirst,
    citationOnly,
    titles,
    repealed,
  };
}

/** Longest names first, left to right, without overlaps. Book-title marks 《》 are read through. */
export function findAliases(table: AliasTable, text: string): AliasMatch[] {
  const matches: AliasMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const match = aliasAt(table, text, i);
    if (match) {
      matches.push(match);
      i = match.end;
    } else {
      i++;
    }
  }
  return matches;
}

/**
 * The 法 a name ends with, read with what follows as a word of its own (法律, 法定, 法人, 法规 but not 法规定, 法院 …):
 * 选举法定代表人 and 期货法律关系 name no law.
 */
export const LAW_WORD_AFTER = /^(?:[律定人院官庭则理治学]|规(?!定))/;

function aliasAt(table: AliasTable, text: string, start: number): AliasMatch | undefined {
  for (const length of table.lengthsByFirst.get(text[start] ?? '') ?? []) {
    const alias = text.slice(start, start + length);
    const targets = table.citationOnly.has(alias) ? undefined : table.byAlias.get(alias);
    if (!targets || alias.length !== length) continue;
    if (alias.endsWith('法') && LAW_WORD_AFTER.test(text.slice(start + length, start + length + 2))) continue;
    return { alias, start, end: start + length, targets };
  }
  return undefined;
}

/** The longest name that ends at `end`, skipping spaces and a closing 》 between the name and `end`. */
export function aliasEndingAt(table: AliasTable, text: string, end: number): AliasMatch | undefined {
  let stop = end;
  while (stop > 0 && /[\s》]/.test(text[stop - 1] ?? '')) stop--;
  for (const length of table.lengths) {
    const start = stop - length;
    if (start < 0) continue;
    const alias = text.slice(start, stop);
    const targets = table.byAlias.get(alias);
    if (targets) return { alias, start: text[start - 1] === '《' ? start - 1 : start, end, targets };
  }
  return undefined;
}
