import type { CrimeNameEntries } from './crimeNames';
/**
 * What the search learned offline (`npm run build:search-model`, from the training pairs of the shared corpus and
 * the shipped library's own texts), shipped as plain data in `data/search/model.json` and handed to `buildIndex`.
 * The domain never reads it from disk; without a model the search runs on the texts alone.
 */
export interface SearchModel {
  /** Bumped when the shape changes; a model of another version is ignored by the loader. */
  readonly version: 1;
  /** How the model was made: sources, split, counts — shown by the build and kept for review. */
  readonly provenance: Readonly<Record<string, string | number>>;
  /** Learned scalars of the ranking (see `RankingWeights`); any left out keep their defaults. */
  readonly weights: Partial<RankingWeights>;
  /**
   * How people asked for an article, one field per way of asking: `questions` (lay and exam questions) and
   * `facts` (fact descriptions from judgments). Each entry: (document title, article number, `term:value` pairs
   * joined by spaces — the term's tf-idf weight in the article's questions, in hundredths). Indexed beside the
   * article's text; a query is scored against it by cosine similarity.
   */
  readonly asked: Readonly<Record<Exclude<AskedFieldName, 'citing'>, readonly AskedEntry[]>> & {
    /**
     * Not asked by people but said by the courts: per article, the words of the interpretations in force that
     * cite it (an interpretation of 民法典第一千零七十九条 speaks of 分居, 感情破裂 in the words cases use).
     */
    readonly citing?: readonly AskedEntry[];
  };
  /**
   * How much the courts apply a document and an article, read from the library itself: per document, the number of
   * judicial interpretations in force that cite it or name it in their title; per article, the number of articles
   * of interpretations in force that cite it. Turned into priors by `citedDocumentWeight` and `citedArticleWeight`.
   */
  /**
   * How people's words map to statutory words (`translation.ts`): per question bigram, the statutory bigrams that
   * the articles answering questions with it use far more often than other articles, with P(statutory | question)
   * in hundredths, as `term:value` pairs joined by spaces. Learned from the train pairs.
   */
  readonly translation?: readonly TranslationEntry[];
  readonly cited?: {
    readonly documents: readonly (readonly [title: string, interpretations: number])[];
    readonly articles: readonly (readonly [title: string, article: string, citingArticles: number])[];
  };
  /** The names of crimes and the 刑法 articles defining them (`crimeNames.ts`), read from the SPC and SPP's rules. */
  readonly crimeNames?: CrimeNameEntries;
}

export type AskedFieldName = 'questions' | 'facts' | 'citing';
export const ASKED_FIELDS: readonly AskedFieldName[] = ['questions', 'facts', 'citing'];
export type AskedEntry = readonly [title: string, article: string, terms: string];
export type TranslationEntry = readonly [source: string, targets: string];

/** The scalars of the ranking that the model build learns; the defaults are the ones chosen before it existed. */
export interface RankingWeights {
  /** Weight of the cosine similarity to the `questions` field, in units of the text score. */
  readonly questionsWeight: number;
  /** The same for the `facts` field. */
  readonly factsWeight: number;
  /** The same for the `citing` field. */
  readonly citingWeight: number;
  /**
   * Weight of the statutory words the query's words translate to (`SearchModel.translation`) against the words
   * themselves: each query word with translations spreads this much over them (see `expandQuery`).
   */
  readonly translationWeight: number;
  /**
   * How much the chapter a query is about (BM25 of the query over each chapter's articles together, 0–1, `chapters.ts`)
   * scales its articles.
   */
  readonly chapterWeight: number;
  /** Weight of the best few articles' words (pseudo-relevance feedback, `feedback.ts`) against the query's own. */
  readonly feedbackWeight: number;
  /** How much the law a query is about (BM25 of the query over whole documents, 0–1) scales its articles. */
  readonly lawWeight: number;
  readonly unigramWeight: number;
  readonly contextWeight: number;
  readonly coordination: number;
  /**
   * The same share of concepts covered, as it weighs the first stage's scores when they pick the candidates the
   * exact stage re-scores (`scoring.ts`, firstStage), for queries of at least `coordinatedConcepts` concepts.
   */
  readonly candidateCoordination: number;
  readonly coordinatedConcepts: number;
  /** How much a document cited by many interpretations is preferred: its articles' scores × (1 + w · share). */
  readonly citedDocumentWeight: number;
  /** The same for an article cited by many articles of interpretations. */
  readonly citedArticleWeight: number;
  /** Prior of a judicial interpretation's articles against a law's (1): the hierarchy of norms. */
  readonly interpretationPrior: number;
  /** The same for an administrative regulation (行政法规). */
  readonly regulationPrior: number;
  /**
   * How much a query that names a term a law defines (本法所称重伤，是指…) lifts that law's articles using the term
   * (`definitionScores.ts`): the term's BM25 in each, times this.
   */
  readonly definedTermWeight: number;
  /** How much an article of a law gains from the best interpretation article citing it (`citedLift.ts`). */
  readonly citedLiftWeight: number;
  /** The same for the law articles a law's best articles cite (依照本法第X条, 依照《民法典》第X条). */
  readonly lawLiftWeight: number;
  /** The articles of a crime the query names (诈骗罪) are lifted to the best score times this (`crimeNames.ts`). */
  readonly crimeNameWeight: number;
  /**
   * The share of `factsWeight` the criminal code's articles get from a query that says nothing of a crime
   * (`crimeCue.ts`): the fact descriptions of criminal judgments give 刑法's articles everyday words (保险公司, 房子,
   * 商标) that civil questions use too.
   */
  readonly factsWithoutCrimeCue: number;
}

export const DEFAULT_WEIGHTS: RankingWeights = {
  questionsWeight: 0,
  factsWeight: 0,
  citingWeight: 0,
  translationWeight: 0,
  feedbackWeight: 0,
  lawWeight: 0,
  chapterWeight: 0,
  unigramWeight: 0.5,
  contextWeight: 0.9,
  coordination: 2,
  candidateCoordination: 0,
  coordinatedConcepts: 1,
  citedDocumentWeight: 0,
  citedArticleWeight: 0,
  interpretationPrior: 0.8,
  regulationPrior: 0.8,
  definedTermWeight: 0,
  citedLiftWeight: 0,
  lawLiftWeight: 0,
  crimeNameWeight: 0,
  factsWithoutCrimeCue: 1,
};

/** One article's asked terms with their weights. */
export function parseAskedTerms(terms: string): Array<[term: string, weight: number]> {
  const out: Array<[string, number]> = [];
  for (const item of terms.split(' ')) {
    const at = item.lastIndexOf(':');
    if (at <= 0) continue;
    const count = Number(item.slice(at + 1)) / 100;
    if (Number.isFinite(count) && count > 0) out.push([item.slice(0, at), count]);
  }
  return out;
}
