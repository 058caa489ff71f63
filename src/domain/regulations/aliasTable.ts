import { lawAliases } from './lawNames';

/** Names of the indexed documents, for finding law names and references in queries. */
export interface AliasTable {
  /** Alias → indexes of the documents (in the order given to `buildAliasTable`) that carry it. */
  readonly byAlias: ReadonlyMap<string, readonly number[]>;
  readonly lengths: readonly number[];
}

export interface AliasMatch {
  readonly alias: string;
  readonly start: number;
  readonly end: number;
  readonly targets: readonly number[];
}

export function buildAliasTable(titles: readonly string[]): AliasTable {
  const byAlias = new Map<string, number[]>();
  titles.forEach((title, index) => {
    for (const alias of lawAliases(title)) {
      const targets = byAlias.get(alias) ?? [];
      if (!targets.includes(index)) targets.push(index);
      byAlias.set(alias, targets);
    }
  });
  const lengths = [...new Set([...byAlias.keys()].map((a) => a.length))].sort((a, b) => b - a);
  return { byAlias, lengths };
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

function aliasAt(table: AliasTable, text: string, start: number): AliasMatch | undefined {
  for (const length of table.lengths) {
    const alias = text.slice(start, start + length);
    const targets = table.byAlias.get(alias);
    if (targets && alias.length === length) return { alias, start, end: start + length, targets };
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
