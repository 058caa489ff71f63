import { normalizeText } from '../../../src/domain/regulations/normalize';
import type { RegulationIndex } from '../../../src/domain/regulations/searchIndex';
import type { TranslationEntry } from '../../../src/domain/regulations/searchModel';
import { tokenize } from '../../../src/domain/regulations/tokenize';
import type { TrainingPair } from '../pairs';
import { stratumOf } from '../pairs';
import { questionBigrams } from './asked';

/**
 * How people's words map to statutory words, learned from the train pairs: for a question bigram q and a bigram t
 * of the articles that answer it, how much likelier t is in the answering article when the question says q than
 * otherwise. Counted over questions; a question with several answers counts t by the share of them using it.
 * An association is kept when it is
 *  - significant: Dunning's log-likelihood ratio G² ≥ 10.83 (p < 0.001 for one degree of freedom);
 *  - positive: P(t | q) at least LIFT times P(t);
 *  - general: seen in at least MIN_QUESTIONS questions answered by at least MIN_ARTICLES different articles using
 *    t — one question's rare words would otherwise all map to its answer's words, and a word that only ever
 *    points at one article is memorized by the asked fields already: a mapping is for the articles no question
 *    has reached;
 * and P(t | q) is what the search uses as the weight of t when the query says q.
 *
 * Lay, exam and non-criminal fact questions count; the 刑法 fact descriptions (5,000, in a formulaic register) do
 * not: counted at a quarter or a twentieth of a question they made most of the table, mapping everyday words to
 * 刑法 wording (发生 → 重伤, 致人死亡), and lowered lay questions' nDCG@10 on the cross-fitted train folds at every
 * weight tried. Targets are bigrams found in at most
 * TARGET_SHARE of the library's articles (人民, 应当 say nothing), sources those in at most SOURCE_SHARE of the
 * questions (被告, 是否).
 */
const KIND_WEIGHT: Readonly<Record<string, number>> = {
  layperson_question: 1,
  exam_question: 1,
  'fact_description:other': 1,
  'fact_description:刑法': 0,
};
const G2_THRESHOLD = 10.83;
const LIFT = 2;
const MIN_ARTICLES = 2;
const MIN_QUESTIONS = 3;
const TARGET_SHARE = 0.05;
const SOURCE_SHARE = 0.05;
/** Statutory words kept per question word: the strongest by G². */
export const TARGETS_PER_SOURCE = 8;

/** One cell of a 2×2 table's contribution to G²: k · ln(k / expected). */
function cell(k: number, expected: number): number {
  return k > 0 && expected > 0 ? k * Math.log(k / expected) : 0;
}

function logLikelihoodRatio(k11: number, k12: number, k21: number, k22: number): number {
  const n = k11 + k12 + k21 + k22;
  const row1 = k11 + k12;
  const row2 = k21 + k22;
  const col1 = k11 + k21;
  const col2 = k12 + k22;
  return (
    2 *
    (cell(k11, (row1 * col1) / n) +
      cell(k12, (row1 * col2) / n) +
      cell(k21, (row2 * col1) / n) +
      cell(k22, (row2 * col2) / n))
  );
}

export function buildTranslation(
  pairs: readonly TrainingPair[],
  index: RegulationIndex,
  articleOf: (law: string, article: string) => number | undefined,
): TranslationEntry[] {
  const targetLimit = TARGET_SHARE * index.articles.length;
  const questionTerms = pairs.map((p) => [...questionBigrams(p.question)]);
  const questionFrequency = new Map<string, number>();
  for (const terms of questionTerms)
    for (const t of terms) questionFrequency.set(t, (questionFrequency.get(t) ?? 0) + 1);
  const sourceLimit = Math.max(1, SOURCE_SHARE * pairs.length);

  // The selective bigrams of each answering article's text, numbered.
  const targetIds = new Map<string, number>();
  const targetNames: string[] = [];
  const targetsOfArticle = new Map<number, number[]>();
  const targetsOf = (a: number): number[] => {
    let ids = targetsOfArticle.get(a);
    if (ids) return ids;
    const set = new Set<number>();
    for (const { term } of tokenize(normalizeText(index.articles[a]?.text ?? ''))) {
      if (term.length !== 2) continue;
      const df = index.postings.get(term)?.articles.length ?? 0;
      if (df === 0 || df > targetLimit) continue;
      let id = targetIds.get(term);
      if (id === undefined) {
        id = targetNames.length;
        targetIds.set(term, id);
        targetNames.push(term);
      }
      set.add(id);
    }
    targetsOfArticle.set(a, (ids = [...set].sort((x, y) => x - y)));
    return ids;
  };

  // One event per usable pair: its weight, the articles answering it, and per target the share of them using it.
  interface PairEvent {
    readonly weight: number;
    readonly answers: readonly number[];
    readonly targets: ReadonlyMap<number, number>;
  }
  const eventsOfSource = new Map<string, PairEvent[]>();
  const targetTotal = new Map<number, number>();
  let total = 0;
  pairs.forEach((pair, p) => {
    const weight = KIND_WEIGHT[stratumOf(pair)] ?? 0;
    const answers = [
      ...new Set(pair.relevant.map((r) => articleOf(r.law, r.article)).filter((a): a is number => a !== undefined)),
    ];
    if (weight === 0 || answers.length === 0) return;
    const targets = new Map<number, number>();
    for (const a of answers) for (const t of targetsOf(a)) targets.set(t, (targets.get(t) ?? 0) + 1 / answers.length);
    const event = { weight, answers, targets };
    total += weight;
    for (const [t, share] of targets) targetTotal.set(t, (targetTotal.get(t) ?? 0) + weight * share);
    for (const s of questionTerms[p] ?? []) {
      if ((questionFrequency.get(s) ?? 0) > sourceLimit) continue;
      let list = eventsOfSource.get(s);
      if (!list) eventsOfSource.set(s, (list = []));
      list.push(event);
    }
  });

  // Per source, co-occurrence with every target in dense accumulators reset after each source: the weighted count,
  // the questions and the distinct answering articles it was seen with.
  const together = new Float64Array(targetNames.length);
  const questions = new Int32Array(targetNames.length);
  const touched: number[] = [];
  const bySource = new Map<string, Array<{ t: number; g2: number; p: number }>>();
  for (const s of [...eventsOfSource.keys()].sort()) {
    const events = eventsOfSource.get(s) ?? [];
    if (events.length < MIN_QUESTIONS) continue;
    let cq = 0;
    for (const event of events) {
      cq += event.weight;
      for (const [t, share] of event.targets) {
        if (questions[t] === 0) touched.push(t);
        together[t] = (together[t] as number) + event.weight * share;
        questions[t] = (questions[t] as number) + 1;
      }
    }
    for (const t of touched) {
      const k11 = together[t] as number;
      const seenIn = questions[t] as number;
      together[t] = 0;
      questions[t] = 0;
      if (seenIn < MIN_QUESTIONS || s === targetNames[t]) continue;
      const ct = targetTotal.get(t) ?? 0;
      const pGiven = k11 / cq;
      if (pGiven < LIFT * (ct / total)) continue;
      const g2 = logLikelihoodRatio(k11, cq - k11, ct - k11, total - cq - ct + k11);
      if (g2 < G2_THRESHOLD) continue;
      // Only now, for the few that pass: the distinct articles behind the association.
      const answering = new Set<number>();
      for (const event of events)
        if (event.targets.has(t)) for (const a of event.answers) if (targetsOf(a).includes(t)) answering.add(a);
      if (answering.size < MIN_ARTICLES) continue;
      let kept = bySource.get(s);
      if (!kept) bySource.set(s, (kept = []));
      kept.push({ t, g2, p: pGiven });
    }
    touched.length = 0;
  }

  const entries: TranslationEntry[] = [];
  for (const [s, list] of bySource) {
    const kept = list
      .sort((x, y) => y.g2 - x.g2 || x.t - y.t)
      .slice(0, TARGETS_PER_SOURCE)
      .map(({ t, p }) => `${targetNames[t]}:${Math.max(1, Math.round(100 * p))}`);
    entries.push([s, kept.join(' ')]);
  }
  return entries.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
}
