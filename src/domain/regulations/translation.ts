import type { TranslationEntry } from './searchModel';
import { parseAskedTerms } from './searchModel';

/**
 * The learned mapping from people's words to statutory words (`SearchModel.translation`, built from the train
 * pairs by bench/search/model/translation.ts), ready for query expansion.
 */
export interface ExpansionTerm {
  readonly term: string;
  /** Its share of each query word's translations (P(term | word) over their sum), summed over the query's words. */
  readonly weight: number;
}

export type TranslationTable = ReadonlyMap<string, readonly ExpansionTerm[]>;

export function compileTranslation(entries: readonly TranslationEntry[] = []): TranslationTable {
  const table = new Map<string, ExpansionTerm[]>();
  for (const [source, targets] of entries)
    table.set(
      source,
      parseAskedTerms(targets).map(([term, weight]) => ({ term, weight })),
    );
  return table;
}

/**
 * A long question calls up many statutory words, most of them weakly; the strongest few carry what it adds, and
 * the cost of searching them stays bounded.
 */
export const MAX_EXPANSION_TERMS = 24;

/**
 * The statutory words the query's own bigrams translate to, strongest first: each bigram q with an entry spreads
 * a weight of one over its statutory words in proportion to P(t | q), so that the expansion grows with the query
 * as its own terms do and `translationWeight` is the weight of a translated word against the word itself (a short
 * question is not swamped by its translations, nor a long one's drowned). Words the query already has are left to
 * the text score.
 */
export function expandQuery(table: TranslationTable, queryTerms: readonly string[]): ExpansionTerm[] {
  if (table.size === 0) return [];
  const own = new Set(queryTerms);
  const weights = new Map<string, number>();
  for (const source of own) {
    const targets = table.get(source) ?? [];
    const mass = targets.reduce((sum, t) => sum + t.weight, 0);
    for (const { term, weight } of targets)
      if (!own.has(term)) weights.set(term, (weights.get(term) ?? 0) + weight / mass);
  }
  return [...weights]
    .map(([term, weight]) => ({ term, weight }))
    .sort((x, y) => y.weight - x.weight || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0))
    .slice(0, MAX_EXPANSION_TERMS);
}
