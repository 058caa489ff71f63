import { createHash } from 'node:crypto';
import type { IndexableDocument, RegulationIndex } from '../../../src/domain/regulations/searchIndex';
import { articleKey, buildIndex } from '../../../src/domain/regulations/searchIndex';
import { parseArticleNumber } from '../../../src/domain/regulations/numerals';
import { search } from '../../../src/domain/regulations/search';
import type { RankingWeights, SearchModel } from '../../../src/domain/regulations/searchModel';
import type { JudgedQuery } from '../metrics';
import { evaluateQuery } from '../metrics';
import type { TrainingPair } from '../pairs';
import { asJudgedQuery } from '../pairs';
import { buildAsked } from './asked';
import { buildTranslation } from './translation';

/**
 * Cross-fitting on the training split: the asked fields and the translation table of fold f are built from the
 * other folds' questions, and fold f's questions are searched with them — so a weight is never chosen because a
 * question finds itself. The validation split is not here at all.
 */
export const FOLDS = 2;
/** Questions per stratum and fold that a weight is judged on: enough to rank settings, cheap enough to repeat. */
const PER_STRATUM = 80;

/**
 * What a setting is judged on: the mean nDCG@10 of each group of the train split, weighted. Lay questions are what
 * /rule must answer best and exam questions stand for the professional kinds; fact descriptions are plentiful in
 * the data but are not how /rule is asked, so they count least. The dev queries are scored beside (`dev` in the
 * log) but weigh nothing: no weight is chosen by a dev query.
 */
export const OBJECTIVE_WEIGHTS: Readonly<Record<string, number>> = {
  layperson_question: 0.5,
  exam_question: 0.25,
  'fact_description:other': 0.1,
  'fact_description:刑法': 0.15,
};

export function foldOf(pair: TrainingPair): number {
  return createHash('sha256').update(`docket-search-fold:${pair.id}`).digest().readUInt32BE(0) % FOLDS;
}

/** (title, article number) → the article's position in `index`, in the title's current version. */
export function currentArticleOf(index: RegulationIndex): (law: string, article: string) => number | undefined {
  const currentByTitle = new Map<string, number>();
  index.documents.forEach((doc, d) => {
    if (doc.current) currentByTitle.set(doc.title, d);
  });
  return (law, article) => {
    const parsed = parseArticleNumber(article);
    const d = currentByTitle.get(law);
    return parsed && d !== undefined ? index.byNumber.get(articleKey(d, parsed.ordinal, parsed.suffix)) : undefined;
  };
}

export interface FoldSetup {
  readonly index: RegulationIndex;
  readonly queries: readonly JudgedQuery[];
}

export function makeFolds(
  documents: readonly IndexableDocument[],
  train: readonly TrainingPair[],
  dev: readonly JudgedQuery[],
  known: (law: string, article: string) => boolean,
  cited: SearchModel['cited'],
  citing: SearchModel['asked']['citing'],
  plain: RegulationIndex,
  articleOf: (law: string, article: string) => number | undefined,
  /** Read from the SPC and SPP's rules, not learned: the same for every fold. */
  crimeNames?: SearchModel['crimeNames'],
): FoldSetup[] {
  const folds: FoldSetup[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const others = train.filter((p) => foldOf(p) !== f);
    const model: SearchModel = {
      version: 1,
      provenance: {},
      weights: {},
      asked: {
        ...buildAsked(others, known),
        citing,
      },
      translation: buildTranslation(others, plain, articleOf),
      cited,
      crimeNames,
    };
    const held = train.filter((p) => foldOf(p) === f && p.kind !== 'article_ref').map(asJudgedQuery);
    const byStratum = new Map<string, JudgedQuery[]>();
    for (const q of held) byStratum.set(q.type, [...(byStratum.get(q.type) ?? []), q]);
    const sample = [...byStratum.values()].flatMap((qs) => qs.slice(0, PER_STRATUM));
    // The dev queries are judged once, on the first fold's index (their articles have few training questions).
    const queries = f === 0 ? [...sample, ...dev.map((q) => ({ ...q, type: 'dev' }))] : sample;
    folds.push({ index: buildIndex(documents, model), queries });
  }
  return folds;
}

export interface FoldScore {
  readonly objective: number;
  readonly byType: Readonly<Record<string, number>>;
}

export function scoreWeights(folds: readonly FoldSetup[], weights: RankingWeights): FoldScore {
  const sums = new Map<string, { total: number; n: number }>();
  for (const { index, queries } of folds) {
    const weighted: RegulationIndex = { ...index, weights };
    for (const q of queries) {
      const o = evaluateQuery(q, (query, limit) =>
        search(weighted, query, { limit }).hits.map((h) => ({ law: h.documentTitle, article: h.articleNumber })),
      );
      const s = sums.get(q.type) ?? { total: 0, n: 0 };
      sums.set(q.type, { total: s.total + o.ndcg, n: s.n + 1 });
    }
  }
  const byType: Record<string, number> = {};
  let objective = 0;
  for (const [type, { total, n }] of sums) {
    byType[type] = total / n;
    objective += (OBJECTIVE_WEIGHTS[type] ?? 0) * (total / n);
  }
  return { objective, byType };
}
