import { citedBy, citingArticles } from '../../../src/domain/regulations/citations';
import type { RuleIndex } from '../../../src/domain/regulations/searchIndex';
import type { AskedEntry, SearchModel } from '../../../src/domain/regulations/searchModel';
import type { TrainingPair } from '../pairs';
import { buildAskedField } from './asked';

const INTERPRETATION = '司法解释';

/**
 * How much the courts apply each document and article, read from the shipped library: judicial interpretations
 * are written where courts apply a law, so a law that many interpretations in force cite (or name in their title:
 * 最高人民法院关于适用《中华人民共和国民法典》…) is one courts and litigants ask about, and an article that many
 * of their articles cite is one that cases turn on. Counted over the current versions; an interpretation's
 * references to itself do not count.
 */
export function countCitations(index: RuleIndex): NonNullable<SearchModel['cited']> {
  const citingTitles = new Map<string, Set<string>>();
  const note = (cited: string, citing: string): void => {
    if (cited === citing) return;
    let set = citingTitles.get(cited);
    if (!set) citingTitles.set(cited, (set = new Set()));
    set.add(citing);
  };
  const inForce = (d: number): boolean => {
    const doc = index.documents[d];
    return Boolean(doc && doc.current && doc.docType === INTERPRETATION && doc.status !== '已废止');
  };
  const titles = new Set(index.documents.map((doc) => doc.title));
  index.documents.forEach((doc, d) => {
    if (!inForce(d)) return;
    for (const m of doc.title.matchAll(/《([^》]+)》/g))
      if (titles.has(m[1] as string)) note(m[1] as string, doc.title);
  });
  index.articles.forEach((article, a) => {
    if (!inForce(article.document)) return;
    const own = index.documents[article.document]?.title as string;
    for (const target of citedBy(index, a)) {
      const cited = index.documents[index.articles[target]?.document ?? -1];
      if (cited) note(cited.title, own);
    }
  });
  const documents = [...citingTitles]
    .map(([title, set]) => [title, set.size] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const articles: Array<readonly [string, string, number]> = [];
  index.articles.forEach((article, a) => {
    const doc = index.documents[article.document];
    if (!doc?.current) return;
    const n = citingArticles(index, a).length;
    if (n > 0) articles.push([doc.title, article.number, n]);
  });
  return { documents, articles };
}

/**
 * The `citing` field: per article cited by interpretations in force, the words of the citing articles, weighted
 * like the asked fields (tf-idf of bigrams, see asked.ts): an interpretation says in the words of cases what the
 * article it applies says in general terms.
 */
const CITATION_WORDS =
  /《[^》]*》|第[〇零一二三四五六七八九十百千0-9]+条(?:之[一二三四五六七八九十]+)?|[〇零一二三四五六七八九十百千]{2,}/g;

export function citingField(index: RuleIndex): AskedEntry[] {
  const pairs: TrainingPair[] = [];
  index.articles.forEach((article, a) => {
    const doc = index.documents[article.document];
    if (!doc?.current) return;
    for (const citing of citingArticles(index, a)) {
      // The citations themselves (《中华人民共和国民法典》第一千零七十九条) say which article, not what it is about.
      const text = index.articles[citing]?.text.replace(CITATION_WORDS, ' ');
      if (text)
        pairs.push({
          id: `${citing}`,
          question: text,
          relevant: [{ law: doc.title, article: article.number }],
          source: 'library',
          kind: 'citing',
        });
    }
  });
  return buildAskedField(pairs, () => true);
}
