import { bm25Idf, bm25Score, type Bm25 } from './bm25';
import { termFrequency, type Postings } from './postingsBuilder';
import type { RegulationIndex } from './searchIndex';
import { normalizeText } from './normalize';
import { forEachToken } from './tokenize';

/**
 * Pseudo-relevance feedback (RM3-style): the statutory words of the best few articles of a first ranking, searched
 * as extra terms over the same candidates. A lay question seldom says what the statute says (被狗咬了 for 饲养的动物
 * 造成他人损害), but when its best answers are on the subject, their words are the statute's, and they lift the
 * articles of that subject that the question's own words missed. Only the candidates already ranked are re-scored:
 * the cost is a few articles tokenized and a binary search per candidate and term.
 */
const FEEDBACK = {
  /** How many of the best articles speak for the subject. */
  articles: 3,
  /** How many of their words are searched. */
  terms: 10,
} as const;

interface FeedbackTerm {
  readonly postings: Postings;
  /** Its share of the feedback model times its idf. */
  readonly weight: number;
}

/**
 * The feedback model: each top article's bigrams by their share of its text, weighted by the article's share of
 * the top articles' scores (P(w | R) of relevance model 1). Words the query already has, and bigrams in more than
 * `bm25.selectiveShare` of all articles (人民, 应当: they say nothing of a subject), are left out.
 */
function feedbackTerms(
  index: RegulationIndex,
  top: readonly { readonly a: number; readonly score: number }[],
  queryTerms: ReadonlySet<string>,
  bm25: Bm25,
): FeedbackTerm[] {
  const total = top.reduce((sum, t) => sum + Math.max(0, t.score), 0);
  if (total <= 0) return [];
  const limit = bm25.selectiveShare * index.articles.length;
  const model = new Map<string, number>();
  for (const { a, score } of top) {
    const text = index.articles[a]?.text;
    if (!text || score <= 0) continue;
    const counts = new Map<string, number>();
    let length = 0;
    forEachToken(normalizeText(text), (term) => {
      if (term.length !== 2) return;
      length++;
      counts.set(term, (counts.get(term) ?? 0) + 1);
    });
    for (const [term, count] of counts) model.set(term, (model.get(term) ?? 0) + (count / length) * (score / total));
  }
  const chosen: FeedbackTerm[] = [];
  const ranked = [...model]
    .filter(([term]) => !queryTerms.has(term))
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  for (const [term, share] of ranked) {
    const postings = index.postings.get(term);
    if (!postings || postings.articles.length > limit) continue;
    chosen.push({ postings, weight: share * bm25Idf(index.articles.length, postings.articles.length) });
    if (chosen.length === FEEDBACK.terms) break;
  }
  return chosen;
}

/**
 * The ranking with the feedback terms' BM25 added: per candidate, its score plus `feedbackWeight` times the best
 * score times its feedback score relative to the best feedback score — an interpolation of the two rankings.
 */
export function withFeedback(
  index: RegulationIndex,
  ranked: readonly { readonly a: number; readonly score: number }[],
  queryTerms: ReadonlySet<string>,
  bm25: Bm25,
): Array<{ a: number; score: number }> | undefined {
  const weight = index.weights.feedbackWeight;
  const top = ranked[0]?.score ?? 0;
  if (weight <= 0 || top <= 0 || ranked.length <= FEEDBACK.articles) return undefined;
  const terms = feedbackTerms(index, ranked.slice(0, FEEDBACK.articles), queryTerms, bm25);
  if (terms.length === 0) return undefined;
  const scores = ranked.map(({ a }) => {
    let score = 0;
    for (const term of terms) {
      const tf = termFrequency(term.postings, a);
      if (tf !== 0) score += bm25Score(term.weight, tf, index.relativeLength[a] as number, bm25);
    }
    return score;
  });
  let best = 0;
  for (const s of scores) if (s > best) best = s;
  if (best <= 0) return undefined;
  return ranked.map(({ a, score }, i) => ({ a, score: score + (weight * top * (scores[i] as number)) / best }));
}
