import type { QueryGroup } from './queryAnalysis';
import type { RuleIndex } from './searchIndex';
import { TopK } from './topK';
import { tokenize } from './tokenize';

/**
 * Ranking parameters. Each signal beyond BM25 was kept because it raised nDCG@10 on the judged dev queries
 * (`npm run eval:search`); the commit history records the before/after of each.
 * - unigramWeight: a single character matches too loosely to weigh as much as a bigram.
 * - contextWeight: a query term found only in the law's title or the article's chapter (行政 for an article of
 *   行政诉讼法 that never says 行政) counts as this share of one occurrence in the text — never in addition to it.
 * - coordination: articles that cover more of the query's concepts rank higher (exponent on the covered share).
 * - rerankDepth: how many first-stage candidates the exact second stage re-scores.
 * - leadField: a term in an article's first paragraph is scored against that paragraph's length too, so a long
 *   itemized article (a fee table) is not buried by length normalization when its lead sentence names the topic.
 * - lawMentionBoost: a law named in the query is very likely the one wanted.
 * - docTypePrior: by hierarchy of norms (law, interpretation, other): a statute outranks the rule restating it.
 * - supersededPrior: older versions stay findable but below the current one.
 */
export const RANKING = {
  k1: 1.2,
  b: 0.75,
  unigramWeight: 0.5,
  contextWeight: 0.9,
  coordination: 2,
  rerankDepth: 400,
  lawMentionBoost: 1.0,
  docTypePrior: [1, 0.8, 0.8, 0.8] as readonly number[],
  supersededPrior: 0.7,
  leadField: true,
} as const;

interface TermWeight {
  readonly term: string;
  /** unigram/bigram weight × idf. */
  readonly value: number;
}

interface PreparedAlternative {
  /** The alternative's own weight × the factor that brings it to its group's scale. */
  readonly factor: number;
  readonly terms: readonly TermWeight[];
}

export interface PreparedGroup {
  readonly alternatives: readonly PreparedAlternative[];
  /** The score of a single, full, one-occurrence match in an average-length article. */
  readonly importance: number;
}

function idf(index: RuleIndex, term: string): number {
  const df = index.postings.get(term)?.articles.length ?? 0;
  const n = index.articles.length;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Terms the corpus never uses cannot tell articles apart; they are dropped rather than inflate the weight. */
function knownTerms(index: RuleIndex, text: string): TermWeight[] {
  const seen = new Set<string>();
  const terms: TermWeight[] = [];
  for (const { term } of tokenize(text)) {
    if (seen.has(term) || !index.postings.has(term)) continue;
    seen.add(term);
    terms.push({ term, value: (term.length === 1 ? RANKING.unigramWeight : 1) * idf(index, term) });
  }
  return terms;
}

const massOf = (terms: readonly TermWeight[]): number => terms.reduce((sum, t) => sum + t.value, 0);

/**
 * A concept weighs what the user's own words weigh when the corpus knows them; a lay word the statutes never
 * use (老公) weighs the average of its statutory wordings. Every wording is brought to that scale, so a long one
 * (审理期限) does not outscore a short one (审结) merely by having more characters.
 */
export function prepareGroup(index: RuleIndex, group: QueryGroup): PreparedGroup {
  const raw = group.alternatives.map((alt) => {
    const terms = knownTerms(index, alt.text);
    const complete = tokenize(alt.text).every((t) => index.postings.has(t.term));
    return { weight: alt.weight, terms, mass: massOf(terms), own: alt.text === group.source, complete };
  });
  const own = raw.find((alt) => alt.own && alt.mass > 0);
  const others = raw.filter((alt) => !alt.own && alt.mass > 0);
  const importance =
    own && (own.complete || others.length === 0) ? own.mass : others.reduce((sum, a) => sum + a.mass, 0) / (others.length || 1);
  const alternatives = raw
    .filter((alt) => alt.mass > 0)
    .map((alt) => ({ factor: (alt.weight * importance) / alt.mass, terms: alt.terms }));
  return { alternatives, importance };
}

/** One reusable accumulator per index: a search touches few articles, so only those are reset. */
const accumulators = new WeakMap<RuleIndex, Float64Array>();

function accumulatorFor(index: RuleIndex): Float64Array {
  let buffer = accumulators.get(index);
  if (!buffer) accumulators.set(index, (buffer = new Float64Array(index.articles.length)));
  return buffer;
}

function saturate(tf: number, relativeLength: number): number {
  return (tf * (RANKING.k1 + 1)) / (tf + RANKING.k1 * (1 - RANKING.b + RANKING.b * relativeLength));
}

/** First stage: BM25 of each group's best alternative, summed, for every article containing any query term. */
function firstStage(index: RuleIndex, groups: readonly PreparedGroup[]): Map<number, number> {
  const accumulator = accumulatorFor(index);
  const touched: number[] = [];
  const totals = new Map<number, number>();
  for (const group of groups) {
    const best = new Map<number, number>();
    for (const alternative of group.alternatives) {
      for (const { term, value } of alternative.terms) {
        const postings = index.postings.get(term);
        if (!postings) continue;
        const weight = alternative.factor * value;
        const { articles, frequencies } = postings;
        for (let i = 0; i < articles.length; i++) {
          const a = articles[i] as number;
          const before = accumulator[a] as number;
          if (before === 0) touched.push(a);
          accumulator[a] = before + weight * saturate(frequencies[i] as number, index.relativeLength[a] as number);
        }
      }
      for (const a of touched) {
        const score = accumulator[a] as number;
        if (score > (best.get(a) ?? 0)) best.set(a, score);
        accumulator[a] = 0;
      }
      touched.length = 0;
    }
    for (const [a, score] of best) totals.set(a, (totals.get(a) ?? 0) + score);
  }
  return totals;
}

/** Occurrences of `term` in article `a` (postings are in article order, so binary search). */
function termFrequency(index: RuleIndex, term: string, a: number): number {
  const postings = index.postings.get(term);
  if (!postings) return 0;
  const { articles, frequencies } = postings;
  let low = 0;
  let high = articles.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = articles[mid] as number;
    if (value === a) return frequencies[mid] as number;
    if (value < a) low = mid + 1;
    else high = mid - 1;
  }
  return 0;
}

/**
 * Second stage, exact: per query term the larger of its text score and its title-and-chapter context score;
 * per concept the best alternative; then the share of concepts covered.
 */
function occurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) count++;
  return count;
}

function rerankScore(index: RuleIndex, groups: readonly PreparedGroup[], a: number, totalImportance: number): number {
  const article = index.articles[a];
  const context = index.contexts[article?.context ?? -1];
  const lead = article?.lead ?? '';
  const leadLength = article?.leadRelativeLength ?? 1;
  const relativeLength = index.relativeLength[a] as number;
  let score = 0;
  let covered = 0;
  for (const group of groups) {
    let best = 0;
    for (const alternative of group.alternatives) {
      let sum = 0;
      for (const { term, value } of alternative.terms) {
        const tf = termFrequency(index, term, a);
        const inLead = tf > 0 && RANKING.leadField ? occurrences(lead, term) : 0;
        const fromText = tf > 0 ? Math.max(saturate(tf, relativeLength), inLead > 0 ? saturate(inLead, leadLength) : 0) : 0;
        const fromContext = context?.has(term) ? RANKING.contextWeight : 0;
        sum += value * Math.max(fromText, fromContext);
      }
      best = Math.max(best, sum * alternative.factor);
    }
    score += best;
    covered += Math.min(group.importance, best);
  }
  return score * (covered / totalImportance) ** RANKING.coordination;
}

export interface ScoredArticle {
  readonly a: number;
  readonly score: number;
}

/**
 * Scores the articles matching the query's concepts: a fast BM25 pass over the postings picks candidates,
 * then an exact pass re-scores the best of them with context and coordination. `prior` scales both passes.
 */
export function scoreArticles(
  index: RuleIndex,
  groups: readonly QueryGroup[],
  prior: (a: number) => number,
  compare: (x: ScoredArticle, y: ScoredArticle) => number,
  needed: number,
): { scored: ScoredArticle[]; matched: number } {
  const prepared = groups.map((g) => prepareGroup(index, g)).filter((g) => g.importance > 0);
  if (prepared.length === 0) return { scored: [], matched: 0 };
  const candidates = new TopK<ScoredArticle>(Math.max(RANKING.rerankDepth, needed), compare);
  let matched = 0;
  for (const [a, score] of firstStage(index, prepared)) {
    const weighted = score * prior(a);
    if (weighted <= 0) continue;
    matched++;
    candidates.offer({ a, score: weighted });
  }
  const totalImportance = prepared.reduce((sum, g) => sum + g.importance, 0);
  const scored = candidates.sorted().map(({ a }) => ({ a, score: rerankScore(index, prepared, a, totalImportance) * prior(a) }));
  return { scored: scored.sort(compare), matched };
}
