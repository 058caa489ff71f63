import { citedBy } from './citations';
import type { RegulationIndex } from './searchIndex';

/** How many of the best articles lend their score to the articles they cite (the folds: 3 over 10, 0.5849 and 0.5843). */
const LENDERS = 3;

/**
 * The articles of laws in force that the best interpretation articles cite, lifted by `citedLiftWeight` times the
 * best citing article's score, shared among the laws' articles it cites. At weight 1 a cited article ties its lender
 * and, a law, ranks above it; the folds would take 2, but the training pairs label laws' articles only, so they
 * cannot judge an interpretation put below what it applies, and the weights stop at 1. An interpretation restates its law in the words people use (表见代理, 交强险, 案外人
 * 执行异议), so it often outranks the article it applies, which says the same in statutory words or not at all in the
 * query's (民法典第一百七十二条 never says 表见代理); the cited article joins it, also when the query's words missed it.
 */
export function withCitedLift(
  index: RegulationIndex,
  ranked: readonly { readonly a: number; readonly score: number }[],
): Array<{ a: number; score: number }> | undefined {
  const weight = index.weights.citedLiftWeight;
  if (weight <= 0 || ranked.length === 0) return undefined;
  const lift = new Map<number, number>();
  for (const { a, score } of ranked.slice(0, LENDERS)) {
    const article = index.articles[a];
    if (!article || index.documents[article.document]?.rank !== 1 || score <= 0) continue;
    const laws = citedBy(index, a).filter((cited) => {
      const target = index.articles[cited];
      const document = target ? index.documents[target.document] : undefined;
      return document?.current === true && document.rank === 0;
    });
    // An article applying one provision is about it; one listing several is about each of them less.
    for (const cited of laws) lift.set(cited, Math.max(lift.get(cited) ?? 0, score / laws.length));
  }
  if (lift.size === 0) return undefined;
  const lifted = ranked.map(({ a, score }) => {
    const extra = lift.get(a);
    if (extra === undefined) return { a, score };
    lift.delete(a);
    return { a, score: score + weight * extra };
  });
  for (const [a, extra] of lift) lifted.push({ a, score: weight * extra });
  return lifted;
}
