/**
 * `npm run build:search-model [-- --passes N] [--only weight,…]`: learns the search model from the training pairs of ../shared/corpus/training
 * (train split only) and the shipped library in data/laws, and writes data/search/model.json — the only thing the
 * product reads of it. Deterministic: the same inputs give the same file.
 *
 * 1. The asked fields: per article, the words its training questions used (see asked.ts).
 * 2. The translation table: how the questions' words map to the answering articles' words (see translation.ts).
 * 3. The ranking weights: coordinate ascent on cross-fitted folds of the train split (see folds.ts). The dev
 *    queries are scored beside but weigh nothing; the validation split is never read here.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RankingWeights, SearchModel } from '../../../src/domain/regulations/searchModel';
import { DEFAULT_WEIGHTS } from '../../../src/domain/regulations/searchModel';
import { buildIndex } from '../../../src/domain/regulations/searchIndex';
import { loadSearchModel } from '../../../src/services/regulations/searchModel';
import { cachedLibrary, corpusAvailable, loadQueries } from '../corpus';
import { loadPairs, PAIRS_FILE, pairsAvailable } from '../pairs';
import { buildAsked } from './asked';
import { buildTranslation } from './translation';
import { citingField, countCitations } from './cited';
import type { FoldScore } from './folds';
import { currentArticleOf, makeFolds, OBJECTIVE_WEIGHTS, scoreWeights } from './folds';

export const LIBRARY_DIR = path.resolve(__dirname, '../../../data/laws');
export const MODEL_FILE = path.resolve(__dirname, '../../../data/search/model.json');

/**
 * The values each learned weight may take; coordinate ascent walks them in this order until none improves.
 */
const CANDIDATES: Partial<Record<keyof RankingWeights, readonly number[]>> = {
  citingWeight: [0, 5, 10, 20],
  translationWeight: [0, 0.1, 0.25, 0.5, 1],
  interpretationPrior: [0.6, 0.8, 1],
  regulationPrior: [0.4, 0.6, 0.8],
  citedDocumentWeight: [0, 1, 2, 4],
  citedArticleWeight: [0, 0.5, 1, 2],
  lawWeight: [0, 0.25, 0.5, 1],
  chapterWeight: [0, 0.25, 0.5, 1],
  feedbackWeight: [0, 0.05, 0.1, 0.2],
  factsWeight: [0, 80, 160],
  questionsWeight: [0, 10, 20],
  coordination: [1, 2, 3],
  candidateCoordination: [0, 0.5, 1, 2],
  coordinatedConcepts: [1, 6, 10, 14],
  contextWeight: [0.5, 0.9, 1.5, 2, 3],
  unigramWeight: [0.25, 0.5, 1],
  definedTermWeight: [0, 0.1, 0.25, 0.5, 1],
  citedLiftWeight: [0, 0.25, 0.5, 1],
  lawLiftWeight: [0, 0.1, 0.25, 0.5],
  crimeNameWeight: [0, 0.5, 0.75, 1, 1.5],
  factsWithoutCrimeCue: [0, 0.25, 0.5, 0.75, 1],
};

/**
 * Where the ascent starts: the shipped weights (data/search/model.json), which earlier runs of this build reached on
 * the full library, so a rebuild — whole or `--only` some weights — starts at the shipped objective and keeps every
 * weight it is not asked to move. (A hand-kept copy of them here once started a new weight at 0 while the model
 * shipped it at 0.25.) Without a readable model, from the defaults.
 */
const START: Partial<RankingWeights> = loadSearchModel()?.weights ?? {};

function format(score: FoldScore): string {
  const parts = Object.entries(score.byType).map(([type, v]) => `${type} ${v.toFixed(3)}`);
  return `${score.objective.toFixed(4)} (${parts.join(', ')})`;
}

function main(): void {
  if (!corpusAvailable() || !pairsAvailable()) {
    console.log(`build:search-model needs ../shared/corpus (laws, training/pairs.jsonl): not found, nothing written`);
    process.exitCode = 1;
    return;
  }
  const documents = cachedLibrary(LIBRARY_DIR);
  const plain = buildIndex(documents);
  const cited = countCitations(plain);
  const citing = citingField(plain);
  const keys = new Set(documents.flatMap((d) => d.articles.map((a) => `${d.title}\u0000${a.number}`)));
  const known = (law: string, article: string): boolean => keys.has(`${law}\u0000${article}`);
  const articleOf = currentArticleOf(plain);
  const train = loadPairs('train');
  const dev = loadQueries();
  console.log(`library: ${documents.length} documents, ${keys.size} articles; train pairs: ${train.length}`);

  console.log(
    `cited: ${cited.documents.length} documents, ${cited.articles.length} articles by interpretations in force`,
  );
  let started = Date.now();
  const translation = buildTranslation(train, plain, articleOf);
  console.log(
    `translation: ${translation.length} question words mapped, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  started = Date.now();
  const folds = makeFolds(documents, train, dev, known, cited, citing, plain, articleOf, loadSearchModel()?.crimeNames);
  console.log(`folds built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  let weights: RankingWeights = { ...DEFAULT_WEIGHTS, ...START };
  let best = scoreWeights(folds, weights);
  console.log(`start: ${format(best)}`);
  const passesAt = process.argv.indexOf('--passes');
  const passes = passesAt > 0 ? Number(process.argv[passesAt + 1]) : 2;
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt > 0 ? (process.argv[onlyAt + 1] ?? '').split(',') : undefined;
  for (let round = 0; round < passes; round++) {
    let moved = false;
    for (const name of Object.keys(CANDIDATES) as (keyof RankingWeights)[]) {
      if (only && !only.includes(name)) continue;
      for (const value of CANDIDATES[name] ?? []) {
        if (value === weights[name]) continue;
        const trial = { ...weights, [name]: value };
        const score = scoreWeights(folds, trial);
        if (score.objective > best.objective + 1e-4) {
          weights = trial;
          best = score;
          moved = true;
          console.log(`${name} = ${value}: ${format(score)}`);
        }
      }
    }
    if (!moved) break;
  }

  const model: SearchModel = {
    version: 1,
    provenance: {
      pairs: path.relative(path.resolve(__dirname, '../../..'), PAIRS_FILE),
      pairsSha256: createHash('sha256').update(readFileSync(PAIRS_FILE)).digest('hex'),
      trainPairs: train.length,
      libraryDocuments: documents.length,
      libraryArticles: keys.size,
      objective: Number(best.objective.toFixed(4)),
      objectiveWeights: JSON.stringify(OBJECTIVE_WEIGHTS),
    },
    weights,
    asked: { ...buildAsked(train, known), citing },
    translation,
    cited,
  };
  mkdirSync(path.dirname(MODEL_FILE), { recursive: true });
  const text = `${JSON.stringify(model, null, 1)}\n`;
  writeFileSync(MODEL_FILE, text);
  console.log(
    `wrote ${path.relative(process.cwd(), MODEL_FILE)}: ${(text.length / 1024).toFixed(0)} KB, ` +
      `${model.asked.questions.length} + ${model.asked.facts.length} articles with asked fields, ${cited.articles.length} cited, weights ${JSON.stringify(weights)}`,
  );
}

main();
