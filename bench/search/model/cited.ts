import { findAliases } from '../../../src/domain/regulations/aliasTable';
import { citationsOf, citingArticles } from '../../../src/domain/regulations/citations';
import { normalizeText } from '../../../src/domain/regulations/normalize';
import type { RegulationIndex } from '../../../src/domain/regulations/searchIndex';
import type { AskedEntry, SearchModel } from '../../../src/domain/regulations/searchModel';
import type { TrainingPair } from '../pairs';
import { buildAskedField } from './asked';

const INTERPRETATION = '司法解释';

/**
 * How much the courts apply each document and article, read from the shipped library: judicial interpretations
 * are written where courts apply a law, so a law that many interpretations in force cite (or name in their title:
 * 最高人民法院关于适用《中华人民共和国民法典》…) is one courts and litigants ask about, and an article that many
 * of their articles cite is one that cases turn on. Counted over the current versions; an interpretation's
 * references to itself do not count. Every citation counts, also one made before every version of the cited law the
 * library holds and not known to mean its article of that number (`Citation.known`), as when the model was learned:
 * counting the trusted ones only started the folds at 0.5854 instead of 0.5884.
 */
export function countCitations(index: RegulationIndex): NonNullable<SearchModel['cited']> {
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
    for (const { article: target } of citationsOf(index, a)) {
      const cited = index.documents[index.articles[target]?.document ?? -1];
      if (cited) note(cited.title, own);
    }
  });
  const counts = new Map([...citingTitles].map(([title, set]) => [title, set.size]));
  for (const [interpretation, laws] of appliedLaws(index, titles))
    counts.set(interpretation, Math.max(counts.get(interpretation) ?? 0, ...laws.map((law) => counts.get(law) ?? 0)));
  const documents = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const articles: Array<readonly [string, string, number]> = [];
  index.articles.forEach((article, a) => {
    const doc = index.documents[article.document];
    if (!doc?.current) return;
    const n = citingArticles(index, a, true).length;
    if (n > 0) articles.push([doc.title, article.number, n]);
  });
  return { documents, articles };
}

/**
 * The laws each interpretation in force applies: the one its title names (适用《中华人民共和国民事诉讼法》的解释), else
 * the documents its articles refer to most, by article citations and by name (民间借贷规定 cites 民法典; 特邀调解规定
 * is made 根据《中华人民共和国民事诉讼法》; 在线诉讼规则 names the three procedure laws once each). Interpretations
 * are the courts' own instruments for applying a law, so none cites them and by the count above they would all weigh
 * as never applied; they are applied as much as the law they apply. (The training pairs cannot say otherwise: of
 * their 8,600 labelled articles, seven are interpretations'.)
 */
function appliedLaws(index: RegulationIndex, titles: ReadonlySet<string>): Map<string, string[]> {
  const applied = new Map<string, string[]>();
  const tallies = new Map<string, Map<string, number>>();
  index.documents.forEach((doc) => {
    if (!doc.current || doc.docType !== INTERPRETATION || doc.status === '已废止') return;
    const named = /适用《([^》]+)》/.exec(doc.title)?.[1];
    if (named && titles.has(named)) applied.set(doc.title, [named]);
  });
  index.articles.forEach((article, a) => {
    const doc = index.documents[article.document];
    if (!doc?.current || doc.docType !== INTERPRETATION || doc.status === '已废止' || applied.has(doc.title)) return;
    let tally = tallies.get(doc.title);
    if (!tally) tallies.set(doc.title, (tally = new Map()));
    const note = (title: string | undefined): void => {
      if (title && title !== doc.title) tally.set(title, (tally.get(title) ?? 0) + 1);
    };
    for (const { article: target } of citationsOf(index, a))
      note(index.documents[index.articles[target]?.document ?? -1]?.title);
    for (const match of findAliases(index.aliases, normalizeText(article.text)))
      for (const title of new Set(match.targets.map((d) => index.documents[d]?.title))) note(title);
  });
  for (const [title, tally] of tallies) {
    const most = Math.max(0, ...tally.values());
    if (most > 0)
      applied.set(
        title,
        [...tally].filter(([, n]) => n === most).map(([law]) => law),
      );
  }
  return applied;
}

/**
 * The `citing` field: per article cited by interpretations in force, the words of the citing articles, weighted
 * like the asked fields (tf-idf of bigrams, see asked.ts): an interpretation says in the words of cases what the
 * article it applies says in general terms.
 */
const CITATION_WORDS =
  /《[^》]*》|第[〇零一二三四五六七八九十百千0-9]+条(?:之[一二三四五六七八九十]+)?|[〇零一二三四五六七八九十百千]{2,}/g;

export function citingField(index: RegulationIndex): AskedEntry[] {
  const pairs: TrainingPair[] = [];
  index.articles.forEach((article, a) => {
    const doc = index.documents[article.document];
    if (!doc?.current) return;
    for (const citing of citingArticles(index, a, true)) {
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
