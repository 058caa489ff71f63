import { normalizeText } from '../../../src/domain/regulations/normalize';
import { tokenize } from '../../../src/domain/regulations/tokenize';
import type { AskedEntry, SearchModel } from '../../../src/domain/regulations/searchModel';
import type { AskedFieldName } from '../../../src/domain/regulations/searchModel';
import type { TrainingPair } from '../pairs';

/**
 * Which field a training question feeds: lay and exam questions are how /rule is asked; fact descriptions from
 * judgments (mostly CAIL-style 刑法 facts, formulaic, cut at 300 characters) are another register and get a field
 * and a weight of their own. Article recitations ("刑法第N条的内容是什么？") say nothing about an article's subject.
 */
export const FIELD_OF_KIND: Readonly<Record<string, AskedFieldName | undefined>> = {
  layperson_question: 'questions',
  exam_question: 'questions',
  fact_description: 'facts',
  article_ref: undefined,
};

/** Terms kept per article, and the share of a field's questions above which a term says nothing (被告人, 是否). */
export const ASKED_TERMS_PER_ARTICLE = 40;
const COMMON_SHARE = 0.05;

export function questionBigrams(question: string): Set<string> {
  const terms = new Set<string>();
  for (const t of tokenize(normalizeText(question))) if (t.term.length === 2) terms.add(t.term);
  return terms;
}

/**
 * One asked field: per labelled article, the bigrams of its questions weighted by tf-idf — the number of its
 * questions that use the term times the term's rarity among all the field's questions — the top
 * ASKED_TERMS_PER_ARTICLE of them, scaled so the strongest is 100.
 */
export function buildAskedField(
  pairs: readonly TrainingPair[],
  known: (law: string, article: string) => boolean,
): AskedEntry[] {
  const perArticle = new Map<string, Map<string, number>>();
  const questionFrequency = new Map<string, number>();
  for (const pair of pairs) {
    const terms = questionBigrams(pair.question);
    for (const t of terms) questionFrequency.set(t, (questionFrequency.get(t) ?? 0) + 1);
    for (const { law, article } of pair.relevant) {
      if (!known(law, article)) continue;
      const key = `${law}\u0000${article}`;
      let counts = perArticle.get(key);
      if (!counts) perArticle.set(key, (counts = new Map()));
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  const questions = pairs.length;
  const entries: AskedEntry[] = [];
  for (const key of [...perArticle.keys()].sort()) {
    const [law, article] = key.split('\u0000') as [string, string];
    const counts = perArticle.get(key) as Map<string, number>;
    const ranked = [...counts]
      .filter(([t]) => (questionFrequency.get(t) ?? 0) <= Math.max(1, COMMON_SHARE * questions))
      .map(([t, c]) => ({ t, value: c * Math.log(questions / (questionFrequency.get(t) ?? 1)) }))
      .filter(({ value }) => value > 0)
      .sort((x, y) => y.value - x.value || (x.t < y.t ? -1 : 1))
      .slice(0, ASKED_TERMS_PER_ARTICLE);
    const top = ranked[0]?.value ?? 0;
    const terms = ranked.map(({ t, value }) => `${t}:${Math.max(1, Math.round((100 * value) / top))}`).join(' ');
    if (terms) entries.push([law, article, terms]);
  }
  return entries;
}

export function buildAsked(
  pairs: readonly TrainingPair[],
  known: (law: string, article: string) => boolean,
): SearchModel['asked'] {
  const of = (field: AskedFieldName): AskedEntry[] =>
    buildAskedField(
      pairs.filter((p) => FIELD_OF_KIND[p.kind] === field),
      known,
    );
  return { questions: of('questions'), facts: of('facts') };
}
