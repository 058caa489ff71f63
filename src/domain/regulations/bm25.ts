/**
 * BM25, the one formula the ranking's stages share over their units: articles (scoring.ts), chapters (chapters.ts),
 * whole documents (lawScores) and the feedback terms' articles (feedback.ts).
 */

/** The ranking's BM25 parameters and its share of articles above which a term selects nothing (scoring.ts RANKING). */
export interface Bm25 {
  readonly k1: number;
  readonly b: number;
  readonly selectiveShare: number;
}

/** The idf of a term found in `df` of `n` units. */
export function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** A term's score in one unit: `weight` (its idf, or idf times a share) saturated by its frequency and the unit's length. */
export function bm25Score(weight: number, tf: number, relativeLength: number, bm25: Pick<Bm25, 'k1' | 'b'>): number {
  const { k1, b } = bm25;
  return (weight * tf * (k1 + 1)) / (tf + k1 * (1 - b + b * relativeLength));
}
