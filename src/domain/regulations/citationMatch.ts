import { bm25Idf, bm25Score } from './bm25';
import { isHanCode } from './normalize';

/**
 * Whether a citation made by a text older than every version of the cited law the library holds means the held
 * version's article of that number, read from what the citing sentence says of it: 民诉解释 (2015) citing
 * 民事诉讼法第一百一十九条规定的起诉条件 means the article about 起诉条件, whatever its number in the version held.
 *
 * The words of the citing sentence (the citations themselves taken out) are scored against every article of the
 * cited version by BM25 over character bigrams, with the idf of that version's articles: a sentence names what it
 * cites (起诉条件, 盗窃罪), and such words are rare in the law as a whole. How sure the reading must be is measured by
 * `npx tsx bench/search/citationMatch.ts` (docs/rules.md, Known limits).
 */

/** The bigrams of one version's articles, for scoring a citing sentence against all of them. */
export interface LawTerms {
  /** Bigram (`bigrams`) → the articles (positions in the list given to `lawTerms`) that use it and how often. */
  readonly postings: ReadonlyMap<number, ReadonlyArray<readonly [article: number, count: number]>>;
  /** Each article's bigram count over the average article's. */
  readonly relativeLength: Float64Array;
}

const BM25 = { k1: 0.8, b: 0.5 };

/**
 * The bigram at `i` if both characters are Han, as one number (their two UTF-16 codes; no string per pair, a
 * law's worth of them read on first use), else -1.
 */
function bigramAt(text: string, i: number): number {
  const first = text.charCodeAt(i);
  const second = text.charCodeAt(i + 1);
  return isHanCode(first) && isHanCode(second) ? first * 0x10000 + second : -1;
}

/** The terms of one version's articles, in the order given (the cited version's articles, by position). */
export function lawTerms(texts: readonly string[]): LawTerms {
  const postings = new Map<number, Array<[number, number]>>();
  const lengths = texts.map((text, article) => {
    let length = 0;
    for (let i = 0; i + 1 < text.length; i++) {
      const bigram = bigramAt(text, i);
      if (bigram < 0) continue;
      length++;
      let list = postings.get(bigram);
      if (!list) postings.set(bigram, (list = []));
      const last = list[list.length - 1];
      if (last && last[0] === article) last[1]++;
      else list.push([article, 1]);
    }
    return length;
  });
  const average = lengths.reduce((x, y) => x + y, 0) / Math.max(1, lengths.length) || 1;
  return { postings, relativeLength: Float64Array.from(lengths, (length) => length / average) };
}

/** Where a sentence ends: the citing context does not reach past it. */
const SENTENCE_END = /[。；;\n]/;
/** A quoted title (《中华人民共和国民事诉讼法》): names the law, says nothing of the article. */
const TITLE = /《[^《》]*(?:《[^《》]*》[^《》]*)*》/g;

/** The sentence (up to 。 or ；) a citation at `site` stands in: its bounds in `text`. */
export function sentenceAround(
  text: string,
  site: { readonly start: number; readonly end: number },
): { readonly from: number; readonly to: number } {
  let from = site.start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] as string)) from--;
  let to = site.end;
  while (to < text.length && !SENTENCE_END.test(text[to] as string)) to++;
  return { from, to };
}

/**
 * The words a citation stands among: its sentence (`sentenceAround`), with every citation in it (`sites`, law names
 * included) and quoted titles taken out, so that only what the sentence says of the articles remains.
 */
export function citingContext(
  text: string,
  sites: ReadonlyArray<{ readonly start: number; readonly end: number }>,
  site: { readonly start: number; readonly end: number },
): string {
  const { from, to } = sentenceAround(text, site);
  const chars = text.slice(from, to).split('');
  for (const s of sites) for (let i = Math.max(s.start, from); i < Math.min(s.end, to); i++) chars[i - from] = ' ';
  return chars.join('').replace(TITLE, ' ');
}

/** How well each article of the version (positions of `lawTerms`) matches a citing context. */
export function contextScores(terms: LawTerms, context: string): Float64Array {
  const scores = new Float64Array(terms.relativeLength.length);
  const seen = new Set<number>();
  const n = terms.relativeLength.length;
  for (let i = 0; i + 1 < context.length; i++) {
    const bigram = bigramAt(context, i);
    if (bigram < 0 || seen.has(bigram)) continue;
    seen.add(bigram);
    const list = terms.postings.get(bigram);
    if (!list) continue;
    const idf = bm25Idf(n, list.length);
    for (const [article, count] of list)
      scores[article] =
        (scores[article] as number) + bm25Score(idf, count, terms.relativeLength[article] as number, BM25);
  }
  return scores;
}

/** How clearly one article must win for a reading: its score at least `minScore` and `ratio` times the next one's. */
export interface ReadingThresholds {
  readonly same: { readonly minScore: number; readonly ratio: number };
  readonly moved: { readonly minScore: number; readonly ratio: number };
}

/**
 * Chosen on half the library's labelled citations, the highest recall at ≥ 98% precision there, with BM25's k1
 * (`npx tsx bench/search/citationMatch.ts --target=0.98`; docs/rules.md, Known limits). `moved` never reached 97%
 * on that half (about 70% at best: a citing sentence often describes a neighbouring rule as well as the one it
 * cites), so no citation is read as renumbered.
 */
export const READING_THRESHOLDS: ReadingThresholds = {
  same: { minScore: 0, ratio: 1.4 },
  moved: { minScore: Infinity, ratio: Infinity },
};

/**
 * What the citing context says of the article of the cited number: `same` when that article matches it clearly
 * best, `moved` when another article does (`to`, probably the one meant, renumbered since), else `unclear`.
 */
export type CitationReading =
  { readonly kind: 'same' } | { readonly kind: 'moved'; readonly to: number } | { readonly kind: 'unclear' };

/** The best-matching article and its score, and the next one's score. */
export interface Leaders {
  readonly best: number;
  readonly top: number;
  readonly next: number;
  /** How many articles were weighed (the version's, but the co-cited ones). */
  readonly candidates: number;
}

/**
 * Fewer articles than this to weigh tell nothing: the cited one wins among two or three by a shared word of chance
 * (规定, 人民). Every law the library cites by an old citation has more.
 */
const MIN_CANDIDATES = 10;

/**
 * The leading articles of `scores`, leaving out `coCited` (the other articles of that version the same sentence
 * cites, which share its context and are neither rivals of the cited one nor where it moved) but not `cited`.
 */
export function leaders(scores: ArrayLike<number>, cited: number, coCited: readonly number[] = []): Leaders {
  let best = -1;
  let top = 0;
  let next = 0;
  let candidates = 0;
  for (let a = 0; a < scores.length; a++) {
    if (a !== cited && coCited.includes(a)) continue;
    candidates++;
    const score = scores[a] as number;
    if (best < 0 || score > top) {
      if (best >= 0) next = top;
      best = a;
      top = score;
    } else if (score > next) next = score;
  }
  return { best, top, next, candidates };
}

/** The reading of a citation of article `cited` whose context's leading articles are `leading`. */
export function readLeaders(
  leading: Leaders,
  cited: number,
  thresholds: ReadingThresholds = READING_THRESHOLDS,
): CitationReading {
  const { best, top, next, candidates } = leading;
  if (best < 0 || candidates < MIN_CANDIDATES) return { kind: 'unclear' };
  const { minScore, ratio } = best === cited ? thresholds.same : thresholds.moved;
  if (top <= 0 || top < minScore || top < ratio * next) return { kind: 'unclear' };
  return best === cited ? { kind: 'same' } : { kind: 'moved', to: best };
}

/** `readLeaders` of the scores of a citing context (`contextScores`). */
export function readCitation(
  scores: ArrayLike<number>,
  cited: number,
  coCited: readonly number[] = [],
  thresholds: ReadingThresholds = READING_THRESHOLDS,
): CitationReading {
  return readLeaders(leaders(scores, cited, coCited), cited, thresholds);
}
