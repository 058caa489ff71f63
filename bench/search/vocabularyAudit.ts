/**
 * `npx tsx bench/search/vocabularyAudit.ts`: what the training data says of each hand-written vocabulary entry
 * (src/domain/regulations/legalVocabulary.ts). For every entry, the train-split questions whose text has one of
 * its cues are searched with and without it, each on the index of its cross-fitted fold (bench/search/model/
 * folds.ts: asked fields and translation table built from the other fold, the shipped weights), so that a question
 * never finds itself through the learned fields; the entry's verdict:
 *  - `harmful`: it lowers their mean nDCG@10 — remove it;
 *  - `dev-only`: a lay-to-statutory mapping that fires on a dev query but on no train question, or on some without
 *    helping — it exists for the dev queries, not for how people ask: remove it;
 *  - `supported`: it raises their mean nDCG@10;
 *  - `unexercised`: the train split does not move with it, and it is either unused by the dev queries or a plain
 *    equivalence of legal terms (审限 = 审理期限, 二审 = 第二审程序): general vocabulary the data cannot judge.
 * The validation split is not read.
 */
import path from 'node:path';
import { buildIndex, search } from '../../src/domain/regulations';
import type { RegulationIndex } from '../../src/domain/regulations/searchIndex';
import { DEFAULT_WEIGHTS } from '../../src/domain/regulations/searchModel';
import { LEGAL_VOCABULARY } from '../../src/domain/regulations/legalVocabulary';
import { normalizeText } from '../../src/domain/regulations/normalize';
import type { CompiledVocabulary } from '../../src/domain/regulations/queryAnalysis';
import { compileVocabulary, DEFAULT_VOCABULARY } from '../../src/domain/regulations/queryAnalysis';
import { loadSearchModel } from '../../src/services/regulations/searchModel';
import { cachedLibrary, loadQueries } from './corpus';
import { citingField, countCitations } from './model/cited';
import { currentArticleOf, foldOf, makeFolds } from './model/folds';
import type { JudgedQuery } from './metrics';
import { evaluateQuery } from './metrics';
import { asJudgedQuery, loadPairs } from './pairs';

const PER_ENTRY = 60;

function meanNdcg(
  indexOf: (q: JudgedQuery) => RegulationIndex,
  vocabulary: CompiledVocabulary,
  queries: readonly JudgedQuery[],
): number {
  let total = 0;
  for (const q of queries) {
    const index = { ...indexOf(q), vocabulary };
    total += evaluateQuery(q, (query, limit) =>
      search(index, query, { limit }).hits.map((h) => ({ law: h.documentTitle, article: h.articleNumber })),
    ).ndcg;
  }
  return total / (queries.length || 1);
}

function main(): void {
  const documents = cachedLibrary(path.resolve(__dirname, '../../data/laws'));
  const plain = buildIndex(documents);
  const articleOf = currentArticleOf(plain);
  const pairs = loadPairs('train');
  const weights = { ...DEFAULT_WEIGHTS, ...loadSearchModel()?.weights };
  const folds = makeFolds(
    documents,
    pairs,
    [],
    (law, article) => articleOf(law, article) !== undefined,
    countCitations(plain),
    citingField(plain),
    plain,
    articleOf,
    loadSearchModel()?.crimeNames,
  ).map(({ index }) => ({ ...index, weights }));
  const indexOf = new Map(pairs.map((p) => [p.id, folds[foldOf(p)] as RegulationIndex]));
  const train = pairs.filter((p) => p.kind !== 'article_ref').map(asJudgedQuery);
  const dev = loadQueries();
  const normalized = new Map([...train, ...dev].map((q) => [q.id, normalizeText(q.query)]));
  const verdicts: Record<string, number> = {};
  LEGAL_VOCABULARY.forEach((entry, i) => {
    const cues = entry.cues.map(normalizeText);
    const fires = (q: JudgedQuery): boolean => cues.some((c) => normalized.get(q.id)?.includes(c));
    const trainHits = train.filter(fires).slice(0, PER_ENTRY);
    const devHits = dev.filter(fires);
    const without = compileVocabulary(LEGAL_VOCABULARY.filter((_, j) => j !== i));
    const foldIndex = (q: JudgedQuery): RegulationIndex => indexOf.get(q.id) as RegulationIndex;
    const delta =
      trainHits.length > 0
        ? meanNdcg(foldIndex, DEFAULT_VOCABULARY, trainHits) - meanNdcg(foldIndex, without, trainHits)
        : 0;
    const equivalence =
      entry.cues.length === entry.statutory.length && entry.cues.every((c) => entry.statutory.includes(c));
    const verdict =
      delta < -0.001
        ? 'harmful'
        : devHits.length > 0 && delta <= 0.001 && !equivalence
          ? 'dev-only'
          : delta > 0.001
            ? 'supported'
            : 'unexercised';
    verdicts[verdict] = (verdicts[verdict] ?? 0) + 1;
    console.log(
      `${verdict.padEnd(11)} ${String(i).padStart(3)} [${entry.cues.join('/')}] → [${entry.statutory.join('/')}] ` +
        `train ${trainHits.length} (lay ${trainHits.filter((q) => q.type === 'layperson_question').length}) Δ ${delta.toFixed(3)} dev ${devHits.map((q) => q.id).join(',')}`,
    );
  });
  console.log(JSON.stringify(verdicts));
}

main();
