import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR } from './corpus';
import type { JudgedQuery } from './metrics';

/**
 * The training pairs of ../shared/corpus/training and the one split of them every script uses: `validation` is
 * fixed by a hash of the pair id and is never read by the model build or any tuning; `train` is what the search
 * model learns from. Lay questions, exam questions and non-criminal pairs are few, so half of each is held out;
 * of the plentiful 刑法 fact descriptions and article recitations a smaller share is enough.
 */
export const PAIRS_FILE = path.join(CORPUS_DIR, 'training', 'pairs.jsonl');

export interface TrainingPair {
  readonly id: string;
  readonly question: string;
  readonly relevant: readonly { readonly law: string; readonly article: string }[];
  readonly source: string;
  readonly kind: string;
}

export type Split = 'train' | 'validation';

const CRIMINAL_LAW = '中华人民共和国刑法';

/** A pair's stratum: its kind, with fact descriptions told apart by whether they are about 刑法 alone. */
export function stratumOf(pair: TrainingPair): string {
  if (pair.kind !== 'fact_description') return pair.kind;
  return pair.relevant.every((r) => r.law === CRIMINAL_LAW) ? 'fact_description:刑法' : 'fact_description:other';
}

const VALIDATION_SHARE: Readonly<Record<string, number>> = {
  layperson_question: 0.5,
  exam_question: 0.5,
  'fact_description:other': 0.5,
  'fact_description:刑法': 0.15,
  article_ref: 0.2,
};

function unitHash(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

export function splitOf(pair: TrainingPair): Split {
  return unitHash(`docket-search-split-v1:${pair.id}`) < (VALIDATION_SHARE[stratumOf(pair)] ?? 0.2)
    ? 'validation'
    : 'train';
}

export function pairsAvailable(): boolean {
  return existsSync(PAIRS_FILE);
}

export function loadPairs(split?: Split, file = PAIRS_FILE): TrainingPair[] {
  const pairs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as TrainingPair);
  return split ? pairs.filter((p) => splitOf(p) === split) : pairs;
}

/** A pair as a judged query: every listed article answers it (grade 2), typed by its stratum. */
export function asJudgedQuery(pair: TrainingPair): JudgedQuery {
  return {
    id: pair.id,
    query: pair.question,
    type: stratumOf(pair),
    relevant: pair.relevant.map((r) => ({ law: r.law, article: r.article, grade: 2 })),
  };
}

/** Train pairs judged per kind: enough to see the gap, without searching all 5,800. */
export const TRAIN_SAMPLE_PER_KIND = 300;

/** The train sample eval:search and tune:search both score: the first pairs of each kind, in file order. */
export function trainSample(): JudgedQuery[] {
  const counts = new Map<string, number>();
  return loadPairs('train')
    .map(asJudgedQuery)
    .filter((query) => {
      const seen = counts.get(query.type) ?? 0;
      counts.set(query.type, seen + 1);
      return seen < TRAIN_SAMPLE_PER_KIND;
    });
}
