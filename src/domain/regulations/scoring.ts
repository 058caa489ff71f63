import type { QueryGroup } from './queryAnalysis';
import type { Postings } from './postingsBuilder';
import type { RegulationIndex } from './searchIndex';
import type { AskedFieldName } from './searchModel';
import { ASKED_FIELDS } from './searchModel';
import { TopK } from './topK';
import { tokenize } from './tokenize';
import { expandQuery } from './translation';
import { bm25Idf, bm25Score } from './bm25';
import { articleContexts, chapterScores } from './chapters';
import { withFeedback } from './feedback';
import { withCitedLift } from './citedLift';
import { addDefinedTermScores } from './definitionScores';
import { speaksOfCrime } from './crimeCue';

/**
 * Fixed ranking parameters; the learned ones (unigram, context, coordination and asked-field weights) are the
 * index's `weights`, from the search model. Each signal beyond BM25 was kept because it raised nDCG@10 on the judged dev queries
 * (`npm run eval:search`) — except lawMentionBoost, which no dev query exercises (none names a law outside a
 * citation) and which stands on its own logic; the commit history records the before/after of each.
 * - unigramWeight: a single character matches too loosely to weigh as much as a bigram.
 * - contextWeight: a query term found only in the law's title or the article's chapter (行政 for an article of
 *   行政诉讼法 that never says 行政) counts as this share of one occurrence in the text — never in addition to it.
 * - coordination: articles that cover more of the query's concepts rank higher (exponent on the covered share).
 * - rerankDepth: how many first-stage candidates the exact second stage re-scores.
 * - selectiveShare: terms in more than this share of articles do not select candidates (see selectingTerms).
 * - leadField: a term in an article's first paragraph is scored against that paragraph's length too, so a long
 *   itemized article (a fee table) is not buried by length normalization when its lead sentence names the topic.
 * - lawMentionBoost: a law named in the query is very likely the one wanted.
 * - docTypePrior: by hierarchy of norms (law, interpretation, administrative regulation, a court's own rule): a
 *   statute outranks the rule restating it. The model's weights replace the interpretation and regulation priors.
 * - repealedPrior: a repealed document (已废止) stays findable, marked, below documents in force.
 */
export const RANKING = {
  k1: 1.2,
  b: 0.75,
  rerankDepth: 100,
  selectiveShare: 0.05,
  lawMentionBoost: 1.0,
  docTypePrior: [1, 0.8, 0.8, 0.8] as readonly number[],
  repealedPrior: 0.5,
  leadField: true,
} as const;

interface TermWeight {
  readonly term: string;
  /** unigram/bigram weight × idf. */
  readonly value: number;
  /** Position in the query's `QueryTerms`, where per-article facts about the term are computed once. */
  readonly slot: number;
}

/** The distinct terms of one query with their postings, looked up once per search. */
class QueryTerms {
  readonly terms: string[] = [];
  readonly postings: Array<Postings | undefined> = [];
  private readonly slots = new Map<string, number>();

  constructor(private readonly index: RegulationIndex) {}

  existingSlot(term: string): number | undefined {
    return this.slots.get(term);
  }

  slot(term: string): number {
    let slot = this.slots.get(term);
    if (slot === undefined) {
      slot = this.terms.length;
      this.terms.push(term);
      this.postings.push(this.index.postings.get(term));
      this.slots.set(term, slot);
    }
    return slot;
  }
}

interface PreparedAlternative {
  /** The alternative's own weight × the factor that brings it to its group's scale. */
  readonly factor: number;
  readonly terms: readonly TermWeight[];
  /** Counts only when all its bigrams are present (in the text or the title-and-chapter context). */
  readonly whole: boolean;
}

interface PreparedGroup {
  readonly alternatives: readonly PreparedAlternative[];
  /** The score of a single, full, one-occurrence match in an average-length article. */
  readonly importance: number;
}

function idf(index: RegulationIndex, term: string): number {
  return bm25Idf(index.articles.length, index.postings.get(term)?.articles.length ?? 0);
}

/** Terms the corpus never uses cannot tell articles apart; they are dropped rather than inflate the weight. */
function knownTerms(index: RegulationIndex, text: string, registry: QueryTerms): TermWeight[] {
  const seen = new Set<string>();
  const terms: TermWeight[] = [];
  for (const { term } of tokenize(text)) {
    if (seen.has(term) || !index.postings.has(term)) continue;
    seen.add(term);
    terms.push({
      term,
      value: (term.length === 1 ? index.weights.unigramWeight : 1) * idf(index, term),
      slot: registry.slot(term),
    });
  }
  return terms;
}

const massOf = (terms: readonly TermWeight[]): number => terms.reduce((sum, t) => sum + t.value, 0);

/**
 * A concept weighs what the user's own words weigh when the corpus knows them; a lay word the statutes never
 * use (老公) weighs the average of its statutory wordings. Every wording is brought to that scale, so a long one
 * (审理期限) does not outscore a short one (审结) merely by having more characters.
 */
function prepareGroup(index: RegulationIndex, group: QueryGroup, registry: QueryTerms): PreparedGroup {
  const raw = group.alternatives.map((alt) => {
    const terms = knownTerms(index, alt.text, registry);
    const complete = tokenize(alt.text).every((t) => index.postings.has(t.term));
    return {
      weight: alt.weight,
      whole: alt.whole,
      terms,
      mass: massOf(terms),
      own: alt.text === group.source,
      complete,
    };
  });
  const own = raw.find((alt) => alt.own && alt.mass > 0);
  const others = raw.filter((alt) => !alt.own && alt.mass > 0);
  const importance =
    own && (own.complete || others.length === 0)
      ? own.mass
      : others.reduce((sum, a) => sum + a.mass, 0) / (others.length || 1);
  const alternatives = raw
    .filter((alt) => alt.mass > 0)
    .map((alt) => ({
      factor: (alt.weight * importance) / alt.mass,
      terms: alt.terms,
      whole: alt.whole && alt.complete,
    }));
  return { alternatives, importance };
}

/** Score buffers reused across searches of one index; a search touches few articles and resets only those. */
interface Buffers {
  readonly alternative: Float64Array;
  readonly group: Float64Array;
  readonly total: Float64Array;
  /** Per article: the importance of the query's concepts the first stage found in it (capped per concept). */
  readonly covered: Float64Array;
  readonly touchedAlternative: number[];
  readonly touchedGroup: number[];
  readonly touchedTotal: number[];
  /** Per article: 1 once the first stage has visited it (scoreArticles). */
  readonly visited: Uint8Array;
  /** Per article: its asked-fields score (scoreArticles), 0 for none. */
  readonly asked: Float64Array;
  /** Per article: 1 once it has an asked-fields score, even of 0; the articles marked, in the order they were. */
  readonly askedMarked: Uint8Array;
  readonly askedTouched: number[];
  /** Per asked field: the dot product of the query and each article's field vector, and the articles touched. */
  readonly dots: Float64Array;
  readonly dotsTouched: number[];
  /** k1 · (1 − b + b · relative length) per article, for the k1 and b it was computed with. */
  lengthNorm: { readonly k1: number; readonly b: number; readonly values: Float64Array } | undefined;
}

const buffersByIndex = new WeakMap<RegulationIndex, Buffers>();

function buffersFor(index: RegulationIndex): Buffers {
  let buffers = buffersByIndex.get(index);
  if (!buffers) {
    const n = index.articles.length;
    buffers = {
      alternative: new Float64Array(n),
      group: new Float64Array(n),
      total: new Float64Array(n),
      covered: new Float64Array(n),
      touchedAlternative: [],
      touchedGroup: [],
      touchedTotal: [],
      visited: new Uint8Array(n),
      asked: new Float64Array(n),
      askedMarked: new Uint8Array(n),
      askedTouched: [],
      dots: new Float64Array(n),
      dotsTouched: [],
      lengthNorm: undefined,
    };
    buffersByIndex.set(index, buffers);
  }
  return buffers;
}

function lengthNormFor(index: RegulationIndex, buffers: Buffers): Float64Array {
  const { k1, b } = RANKING;
  if (buffers.lengthNorm?.k1 !== k1 || buffers.lengthNorm.b !== b) {
    const values = Float64Array.from(index.relativeLength, (l) => k1 * (1 - b + b * l));
    buffers.lengthNorm = { k1, b, values };
  }
  return buffers.lengthNorm.values;
}

function saturate(tf: number, relativeLength: number): number {
  return (tf * (RANKING.k1 + 1)) / (tf + RANKING.k1 * (1 - RANKING.b + RANKING.b * relativeLength));
}

/**
 * The terms that select candidates: the alternative's rarer bigrams. Single characters and bigrams found in
 * more than `selectiveShare` of articles (人民, 应当) are left to the exact stage — they tell little apart, and
 * walking their long postings was most of a search's time. An alternative with nothing rarer keeps its rarest.
 */
function selectingTerms(
  index: RegulationIndex,
  registry: QueryTerms,
  alternative: PreparedAlternative,
): readonly TermWeight[] {
  const limit = RANKING.selectiveShare * index.articles.length;
  const df = (t: TermWeight): number => registry.postings[t.slot]?.articles.length ?? 0;
  const multi = alternative.terms.filter((t) => t.term.length > 1);
  const pool = multi.length > 0 ? multi : alternative.terms;
  const selective = pool.filter((t) => df(t) <= limit);
  if (selective.length > 0) return selective;
  const rarest = pool.reduce<TermWeight | undefined>(
    (best, t) => (best === undefined || df(t) < df(best) ? t : best),
    undefined,
  );
  return rarest ? [rarest] : [];
}

/**
 * First stage: BM25 of each group's best alternative, summed, for the articles containing its terms. For a query of
 * many concepts (a case's facts, clause after clause), times the share of them found, to the power
 * `candidateCoordination`, as the exact stage weighs it: by BM25 alone, the one or two clauses an article repeats most
 * (a fraud's 微信转账 and 手机号码) chose the candidates, and the article covering the facts (诈骗) never reached the
 * exact stage. Below `coordinatedConcepts` concepts (a question) BM25 chooses them, as the folds preferred.
 */
function firstStage(
  index: RegulationIndex,
  groups: readonly PreparedGroup[],
  registry: QueryTerms,
  visit: (a: number, score: number) => void,
): void {
  const buffers = buffersFor(index);
  const { alternative: altScores, group: groupScores, total, covered } = buffers;
  const { touchedAlternative, touchedGroup, touchedTotal } = buffers;
  const lengthNorm = lengthNormFor(index, buffers);
  const k1Plus1 = RANKING.k1 + 1;
  const addToTotal = (a: number, score: number, importance: number): void => {
    const before = total[a] as number;
    if (before === 0) touchedTotal.push(a);
    total[a] = before + score;
    covered[a] = (covered[a] as number) + Math.min(importance, score);
  };
  for (const group of groups) {
    for (const alternative of group.alternatives) {
      for (const { value, slot } of selectingTerms(index, registry, alternative)) {
        const postings = registry.postings[slot];
        if (!postings) continue;
        const weight = alternative.factor * value;
        const { articles, frequencies } = postings;
        for (let i = 0; i < articles.length; i++) {
          const a = articles[i] as number;
          const before = altScores[a] as number;
          if (before === 0) touchedAlternative.push(a);
          const tf = frequencies[i] as number;
          altScores[a] = before + (weight * tf * k1Plus1) / (tf + (lengthNorm[a] as number));
        }
      }
      if (group.alternatives.length === 1) {
        // The group's best is its one alternative (a positive score): added straight to the total.
        for (const a of touchedAlternative) {
          addToTotal(a, altScores[a] as number, group.importance);
          altScores[a] = 0;
        }
        touchedAlternative.length = 0;
        continue;
      }
      for (const a of touchedAlternative) {
        const score = altScores[a] as number;
        const best = groupScores[a] as number;
        if (best === 0) touchedGroup.push(a);
        if (score > best) groupScores[a] = score;
        altScores[a] = 0;
      }
      touchedAlternative.length = 0;
    }
    for (const a of touchedGroup) {
      addToTotal(a, groupScores[a] as number, group.importance);
      groupScores[a] = 0;
    }
    touchedGroup.length = 0;
  }
  const totalImportance = groups.reduce((sum, g) => sum + g.importance, 0);
  const { candidateCoordination, coordinatedConcepts } = index.weights;
  const coordination = groups.length >= coordinatedConcepts ? candidateCoordination : 0;
  for (const a of touchedTotal) {
    visit(a, (total[a] as number) * ((covered[a] as number) / totalImportance) ** coordination);
    total[a] = 0;
    covered[a] = 0;
  }
  touchedTotal.length = 0;
}

/**
 * The first position at or after `from` whose article is at least `a` (or the list's length): a galloping search,
 * so that looking up articles in ascending order walks each list once, however long.
 */
function firstAtLeast(articles: Int32Array, from: number, a: number): number {
  let low = from;
  let high = from;
  let step = 1;
  while (high < articles.length && (articles[high] as number) < a) {
    low = high + 1;
    high += step;
    step *= 2;
  }
  if (high > articles.length) high = articles.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((articles[mid] as number) < a) low = mid + 1;
    else high = mid;
  }
  return low;
}

function occurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) count++;
  return count;
}

/**
 * Second stage, exact: per query term the larger of its text score (full text or lead paragraph) and its
 * title-and-chapter context score; per concept the best alternative; then the share of concepts covered.
 */
class Reranker {
  private readonly termScores: Float64Array;
  private readonly contextFlags = new Map<number, Uint8Array>();
  private readonly totalImportance: number;

  constructor(
    private readonly index: RegulationIndex,
    private readonly groups: readonly PreparedGroup[],
    private readonly registry: QueryTerms,
  ) {
    this.termScores = new Float64Array(registry.terms.length);
    this.totalImportance = groups.reduce((sum, g) => sum + g.importance, 0);
  }

  /** Scores of `candidates`, in their order. */
  scoreAll(candidates: readonly number[]): Float64Array {
    const scores = new Float64Array(candidates.length);
    // In article order, each term's postings are walked forward from where the previous article left them.
    const ascending = candidates.map((a, i) => ({ a, i })).sort((x, y) => x.a - y.a);
    const cursors = new Int32Array(this.registry.terms.length);
    for (const { a, i } of ascending) scores[i] = this.score(a, cursors);
    return scores;
  }

  private score(a: number, cursors: Int32Array): number {
    const article = this.index.articles[a];
    if (!article) return 0;
    const inContext = this.contextFlagsOf(article.context);
    const relativeLength = this.index.relativeLength[a] as number;
    const { terms, postings } = this.registry;
    for (let slot = 0; slot < terms.length; slot++) {
      const list = postings[slot];
      let tf = 0;
      if (list) {
        const at = firstAtLeast(list.articles, cursors[slot] as number, a);
        cursors[slot] = at;
        if (list.articles[at] === a) tf = list.frequencies[at] as number;
      }
      let fromText = 0;
      if (tf > 0) {
        fromText = saturate(tf, relativeLength);
        const inLead = RANKING.leadField && article.lead ? occurrences(article.lead, terms[slot] as string) : 0;
        if (inLead > 0) fromText = Math.max(fromText, saturate(inLead, article.leadRelativeLength));
      }
      this.termScores[slot] = Math.max(fromText, inContext[slot] ? this.index.weights.contextWeight : 0);
    }
    let score = 0;
    let covered = 0;
    for (const group of this.groups) {
      let best = 0;
      for (const alternative of group.alternatives) {
        let sum = 0;
        let missing = false;
        for (const { term, value, slot } of alternative.terms) {
          const termScore = this.termScores[slot] as number;
          if (termScore === 0 && term.length > 1) missing = true;
          sum += value * termScore;
        }
        if (!(missing && alternative.whole)) best = Math.max(best, sum * alternative.factor);
      }
      score += best;
      covered += Math.min(group.importance, best);
    }
    if (this.totalImportance === 0) return 0;
    return score * (covered / this.totalImportance) ** this.index.weights.coordination;
  }

  private contextFlagsOf(contextId: number): Uint8Array {
    let flags = this.contextFlags.get(contextId);
    if (!flags) {
      // A context has a few dozen terms, a query often more: walk the context's.
      flags = new Uint8Array(this.registry.terms.length);
      for (const term of this.index.contexts.of(contextId)) {
        const slot = this.registry.existingSlot(term);
        if (slot !== undefined) flags[slot] = 1;
      }
      this.contextFlags.set(contextId, flags);
    }
    return flags;
  }
}

const FIELD_WEIGHT: Readonly<Record<AskedFieldName, 'questionsWeight' | 'factsWeight' | 'citingWeight'>> = {
  questions: 'questionsWeight',
  facts: 'factsWeight',
  citing: 'citingWeight',
};

/** Adds `score` to an article's asked-fields score, marking it asked (as a Map entry would be) on first touch. */
function addAsked(buffers: Buffers, a: number, score: number): void {
  if (buffers.askedMarked[a] === 0) {
    buffers.askedMarked[a] = 1;
    buffers.askedTouched.push(a);
  }
  buffers.asked[a] = (buffers.asked[a] as number) + score;
}

const criminalCodes = new WeakMap<RegulationIndex, Uint8Array>();

/** Flags the documents of the crimes' articles (刑法), whose facts field comes from criminal judgments. */
function criminalCodeDocuments(index: RegulationIndex): Uint8Array {
  let flags = criminalCodes.get(index);
  if (!flags) {
    flags = new Uint8Array(index.documents.length);
    for (const { articles } of index.crimeNames.names)
      for (const a of articles) flags[index.articleDocuments[a] as number] = 1;
    criminalCodes.set(index, flags);
  }
  return flags;
}

/**
 * The share of the facts field the criminal code's articles get from a query: all of it where the query speaks of
 * a crime, else `factsWithoutCrimeCue`.
 */
function factsShare(index: RegulationIndex, groups: readonly QueryGroup[], queryText: string): number {
  const share = index.weights.factsWithoutCrimeCue;
  if (share >= 1) return 1;
  const wordings = groups.flatMap((g) => g.alternatives.map((alternative) => alternative.text));
  return speaksOfCrime(index.crimeNames, [queryText, ...wordings]) ? 1 : share;
}

/**
 * The learned "how people asked" fields: cosine similarity between the query's bigrams (weighted by their idf in
 * the field) and each article's field vector, times the field's weight, added into `buffers.asked`. Bounded, so a
 * long query or an article asked about a thousand times does not swamp the text score.
 */
function addAskedScores(
  index: RegulationIndex,
  queryTerms: readonly string[],
  buffers: Buffers,
  factsShare: number,
): void {
  const distinct = [...new Set(queryTerms)];
  const { dots, dotsTouched } = buffers;
  for (const name of ASKED_FIELDS) {
    const weight = index.weights[FIELD_WEIGHT[name]];
    const criminal = name === 'facts' && factsShare < 1 ? criminalCodeDocuments(index) : undefined;
    const field = index.asked[name];
    if (weight <= 0 || field.norms.size === 0 || distinct.length === 0) continue;
    let querySquare = 0;
    for (const term of distinct) {
      const idf = field.idf.get(term) ?? field.unknownIdf;
      querySquare += idf * idf;
      const postings = field.postings.get(term);
      if (!postings) continue;
      for (let i = 0; i < postings.articles.length; i++) {
        const a = postings.articles[i] as number;
        // A field's postings hold positive weights only, so a dot of 0 means untouched.
        if (dots[a] === 0) dotsTouched.push(a);
        dots[a] = (dots[a] as number) + idf * (postings.weights[i] as number);
      }
    }
    const queryNorm = Math.sqrt(querySquare);
    for (const a of dotsTouched) {
      const cosine = (dots[a] as number) / (queryNorm * (field.norms.get(a) ?? 1));
      const share = criminal?.[index.articleDocuments[a] as number] === 1 ? factsShare : 1;
      addAsked(buffers, a, weight * share * cosine);
      dots[a] = 0;
    }
    dotsTouched.length = 0;
  }
}

/**
 * The statutory words the query's words translate to (`translation.ts`), searched as extra query terms: BM25 of
 * each, weighted by its translation probability and `translationWeight`. Added into `buffers.asked`.
 */
function addTranslationScores(index: RegulationIndex, queryTerms: readonly string[], buffers: Buffers): void {
  const weight = index.weights.translationWeight;
  if (weight <= 0) return;
  for (const { term, weight: probability } of expandQuery(index.translation, queryTerms)) {
    const postings = index.postings.get(term);
    if (!postings) continue;
    const factor = weight * probability * idf(index, term);
    const { articles, frequencies } = postings;
    for (let i = 0; i < articles.length; i++) {
      const a = articles[i] as number;
      addAsked(buffers, a, factor * saturate(frequencies[i] as number, index.relativeLength[a] as number));
    }
  }
}

/**
 * Which law the query is about: BM25 of its bigrams over whole documents, relative to the best document (0–1).
 * A statute that speaks of the query's subject throughout is likelier to hold the answer than one that mentions
 * it in passing; this matters most when the library holds hundreds of laws.
 */
function lawScores(index: RegulationIndex, queryTerms: readonly string[]): Float64Array | undefined {
  if (index.weights.lawWeight <= 0 || index.documents.length < 2) return undefined;
  const n = index.documents.length;
  const scores = new Float64Array(n);
  for (const term of new Set(queryTerms)) {
    const postings = index.documentPostings.get(term);
    if (!postings) continue;
    const df = postings.documents.length;
    const idf = bm25Idf(n, df);
    for (let i = 0; i < df; i++) {
      const d = postings.documents[i] as number;
      const tf = postings.frequencies[i] as number;
      scores[d] = (scores[d] as number) + bm25Score(idf, tf, index.documentRelativeLength[d] as number, RANKING);
    }
  }
  let best = 0;
  for (const s of scores) if (s > best) best = s;
  if (best <= 0) return undefined;
  for (let d = 0; d < n; d++) scores[d] = 1 + (index.weights.lawWeight * (scores[d] as number)) / best;
  return scores;
}

/** The bigrams of the user's own words in the query, as the asked field was built from questions' bigrams. */
function askedQueryTerms(groups: readonly QueryGroup[]): string[] {
  const terms: string[] = [];
  for (const group of groups) for (const t of tokenize(group.source)) if (t.term.length === 2) terms.push(t.term);
  return terms;
}

export interface ScoredArticle {
  readonly a: number;
  readonly score: number;
}

export interface ScoredArticles {
  scored: ScoredArticle[];
  /** Distinct provisions matched. */
  matched: number;
  /** Articles the query's words missed, found as cited by the best ones: each with the article citing it. */
  citedIn?: ReadonlyMap<number, number>;
}

/**
 * Scores the articles matching the query's concepts: a fast BM25 pass over the postings picks candidates,
 * then an exact pass re-scores the best of them with context and coordination. `prior` scales both passes.
 */
export function scoreArticles(
  index: RegulationIndex,
  groups: readonly QueryGroup[],
  documentPrior: (document: number) => number,
  excluded: ReadonlySet<number>,
  compare: (x: ScoredArticle, y: ScoredArticle) => number,
  needed: number,
  /** The query as typed (normalized): where the terms it names are looked for. Defaults to its groups' words. */
  queryText: string = groups.map((g) => g.source).join(' '),
): ScoredArticles {
  const buffers = buffersFor(index);
  try {
    return scoreWith(index, groups, documentPrior, excluded, compare, needed, queryText, buffers);
  } finally {
    // Also after a throw: the next search of this index must find its buffers empty.
    const { asked, askedMarked, askedTouched } = buffers;
    for (const a of askedTouched) {
      asked[a] = 0;
      askedMarked[a] = 0;
    }
    askedTouched.length = 0;
    buffers.visited.fill(0);
  }
}

function scoreWith(
  index: RegulationIndex,
  groups: readonly QueryGroup[],
  documentPrior: (document: number) => number,
  excluded: ReadonlySet<number>,
  compare: (x: ScoredArticle, y: ScoredArticle) => number,
  needed: number,
  queryText: string,
  buffers: Buffers,
): ScoredArticles {
  const registry = new QueryTerms(index);
  const prepared = groups.map((g) => prepareGroup(index, g, registry)).filter((g) => g.importance > 0);
  const userTerms = askedQueryTerms(groups);
  addAskedScores(index, userTerms, buffers, factsShare(index, groups, queryText));
  addTranslationScores(index, userTerms, buffers);
  // The query as typed, not its groups: a vocabulary cue (伤了) can cut a term (重伤了) in two.
  addDefinedTermScores(index, queryText, RANKING, (a, score) => addAsked(buffers, a, score));
  const { visited, asked, askedTouched } = buffers;
  if (prepared.length === 0 && askedTouched.length === 0) return { scored: [], matched: 0 };
  const laws = lawScores(index, userTerms);
  // Everything but the article's own citation count depends on its document: computed once per document, in
  // the order the factors were always multiplied, so scores stay the same to the last bit.
  const byDocument = new Float64Array(index.documents.length);
  for (let d = 0; d < byDocument.length; d++)
    byDocument[d] =
      documentPrior(d) * (laws?.[d] ?? 1) * (1 + index.weights.citedDocumentWeight * (index.citedDocuments[d] ?? 0));
  const { articleDocuments, citedArticles } = index;
  const citedArticleWeight = index.weights.citedArticleWeight;
  const chapters = chapterScores(index, userTerms, index.weights.chapterWeight, RANKING);
  const contextOf = articleContexts(index);
  const prior = (a: number): number => {
    if (excluded.size > 0 && excluded.has(a)) return 0;
    const p =
      (byDocument[articleDocuments[a] as number] as number) * (1 + citedArticleWeight * (citedArticles[a] ?? 0));
    return chapters ? p * (chapters[contextOf[a] as number] as number) : p;
  };
  const candidates = new TopK<ScoredArticle>(Math.max(RANKING.rerankDepth, needed), compare);
  const { repeatOf } = index;
  const repeats: ScoredArticle[] = [];
  let matched = 0;
  const consider = (a: number, score: number): void => {
    const weighted = score * prior(a);
    if (weighted <= 0) return;
    matched++;
    if (repeatOf[a] !== -1) {
      repeats.push({ a, score: weighted });
      return;
    }
    // Most articles fall below the current worst candidate; skip them without allocating.
    const worst = candidates.worst();
    if (worst === undefined || weighted >= worst.score) candidates.offer({ a, score: weighted });
  };
  // Per-article typed arrays rather than a Set and Map lookups: the first stage visits tens of thousands of
  // articles for a long question.
  firstStage(index, prepared, registry, (a, score) => {
    visited[a] = 1;
    consider(a, score + (asked[a] as number));
  });
  for (const a of askedTouched) if (visited[a] === 0) consider(a, asked[a] as number);
  // A provision repeated under other titles (repeats.ts) counts once and takes one candidate's place, by its best
  // title; its other titles are re-scored with it, for the caller to show the one that ranks first.
  const titles = new Map<number, ScoredArticle[]>();
  for (const repeat of repeats) {
    const first = repeatOf[repeat.a] as number;
    titles.set(first, [...(titles.get(first) ?? []), repeat]);
  }
  matched -= repeats.length - titles.size;
  for (const same of titles.values()) candidates.offer(same.reduce((x, y) => (compare(x, y) <= 0 ? x : y)));
  const best = candidates
    .sorted()
    .flatMap(({ a }) => (repeatOf[a] === -1 ? [a] : (titles.get(repeatOf[a] as number) ?? []).map((r) => r.a)));
  const exact = new Reranker(index, prepared, registry).scoreAll(best);
  const scored = best
    .map((a, i) => ({ a, score: ((exact[i] as number) + (asked[a] as number)) * prior(a) }))
    .sort(compare);
  const fed = withFeedback(index, scored, new Set(registry.terms), RANKING)?.sort(compare) ?? scored;
  const lifted = withCitedLift(index, fed, excluded);
  if (!lifted) return { scored: fed, matched };
  // The articles the lift adds were matched too, through the article citing them: the total counts them.
  return { scored: lifted.ranked.sort(compare), matched: matched + lifted.citedIn.size, citedIn: lifted.citedIn };
}
