import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SearchModel } from '../../domain/regulations/searchModel';

/** Built by `npm run build:search-model` (bench/search/model/build.ts) and shipped with the product. */
const SEARCH_MODEL_FILE = path.resolve(__dirname, '../../../data/search/model.json');
/** Built by `npm run build:crime-names` (scripts/build-crime-names.ts) and shipped with the product. */
const CRIME_NAMES_FILE = path.resolve(__dirname, '../../../data/search/crime-names.json');

const crimeNamesSchema = z.object({
  law: z.string().min(1),
  sources: z.array(z.string()),
  crimes: z.array(z.tuple([z.string().min(2), z.array(z.string().min(3)).min(1)])),
});

const entry = z.tuple([z.string(), z.string(), z.string()]);
const modelSchema = z.object({
  version: z.literal(1),
  provenance: z.record(z.string(), z.union([z.string(), z.number()])),
  weights: z
    .object({
      questionsWeight: z.number().nonnegative(),
      factsWeight: z.number().nonnegative(),
      citingWeight: z.number().nonnegative(),
      translationWeight: z.number().nonnegative(),
      feedbackWeight: z.number().nonnegative(),
      lawWeight: z.number().nonnegative(),
      chapterWeight: z.number().nonnegative(),
      unigramWeight: z.number().nonnegative(),
      contextWeight: z.number().nonnegative(),
      coordination: z.number().nonnegative(),
      candidateCoordination: z.number().nonnegative(),
      coordinatedConcepts: z.number().int().positive(),
      citedDocumentWeight: z.number().nonnegative(),
      citedArticleWeight: z.number().nonnegative(),
      interpretationPrior: z.number().nonnegative(),
      regulationPrior: z.number().nonnegative(),
      definedTermWeight: z.number().nonnegative(),
      citedLiftWeight: z.number().nonnegative(),
      lawLiftWeight: z.number().nonnegative(),
      crimeNameWeight: z.number().nonnegative(),
      factsWithoutCrimeCue: z.number().min(0).max(1),
    })
    .partial(),
  asked: z.object({ questions: z.array(entry), facts: z.array(entry), citing: z.array(entry).optional() }),
  translation: z.array(z.tuple([z.string(), z.string()])).optional(),
  cited: z
    .object({
      documents: z.array(z.tuple([z.string(), z.number().nonnegative()])),
      articles: z.array(z.tuple([z.string(), z.string(), z.number().nonnegative()])),
    })
    .optional(),
});

const loaded = new Map<string, SearchModel | undefined>();

/**
 * The shipped search model with the table of crime names, read once per process. A missing or malformed model leaves
 * search on the texts alone (undefined), a missing or malformed table leaves the model without crime names, and
 * each says so once on stderr: regulation look-up keeps working, less well, rather than failing.
 */
export function loadSearchModel(file = SEARCH_MODEL_FILE, crimeNamesFile = CRIME_NAMES_FILE): SearchModel | undefined {
  const key = `${file}\u0000${crimeNamesFile}`;
  if (loaded.has(key)) return loaded.get(key);
  let model: SearchModel | undefined;
  try {
    model = modelSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) as SearchModel;
  } catch (error) {
    process.stderr.write(`search model ${file} not used: ${(error as Error).message.split('\n')[0]}\n`);
  }
  if (model) {
    try {
      model = { ...model, crimeNames: crimeNamesSchema.parse(JSON.parse(readFileSync(crimeNamesFile, 'utf8'))) };
    } catch (error) {
      process.stderr.write(`crime names ${crimeNamesFile} not used: ${(error as Error).message.split('\n')[0]}\n`);
    }
  }
  loaded.set(key, model);
  return model;
}
