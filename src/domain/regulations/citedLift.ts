import { citationsOf } from './citations';
import type { RegulationIndex } from './searchIndex';

/** How many of the best articles lend their score to the articles they cite (the folds: 3 over 10, 0.5849 and 0.5843). */
const LENDERS = 3;

/**
 * The articles of laws in force that the best articles cite, lifted by their score — shared among the law articles
 * each cites — times `citedLiftWeight` for an interpretation's article and `lawLiftWeight` for a law's.
 * An interpretation restates its law in the words people use (表见代理, 交强险, 案外人执行异议), so it often outranks
 * the article it applies, which says the same in statutory words or not at all in the query's (民法典第一百七十二条
 * never says 表见代理); the cited article joins it, also when the query's words missed it. At weight 1 a cited article
 * the query's words missed ties its lender and, a law, ranks above it (one they found adds its own score); the folds
 * would take 2, but the training pairs label laws' articles only, so they cannot judge an interpretation put below
 * what it applies, and the weights stop at 1. A law's article that refers to another (依照本法第一千一百六十五条的规定)
 * lends less (learned: 0.25): it is about its own rule first.
 */
export function withCitedLift(
  index: RegulationIndex,
  ranked: readonly { readonly a: number; readonly score: number }[],
  /** Articles listed apart (the ones the query cites), which must not come again. */
  excluded: ReadonlySet<number>,
): CitedLift | undefined {
  const { citedLiftWeight, lawLiftWeight } = index.weights;
  if ((citedLiftWeight <= 0 && lawLiftWeight <= 0) || ranked.length === 0) return undefined;
  const lift = new Map<number, number>();
  const lender = new Map<number, number>();
  for (const { a, score: full } of ranked.slice(0, LENDERS)) {
    const article = index.articles[a];
    const rank = article ? index.documents[article.document]?.rank : undefined;
    const score = full * (rank === 1 ? citedLiftWeight : rank === 0 ? lawLiftWeight : 0);
    if (!article || score <= 0) continue;
    // Every citation, also one made before every version of the cited law the library holds and whose numbering may
    // have changed since (`Citation.known` false): leaving those out lowered the validation set (Known limits).
    const laws = citationsOf(index, a)
      .map((c) => c.article)
      .filter((cited) => {
        const target = index.articles[cited];
        const document = target ? index.documents[target.document] : undefined;
        return document?.current === true && document.rank === 0;
      });
    // An article applying one provision is about it; one listing several is about each of them less.
    for (const cited of laws)
      if (!excluded.has(cited) && score / laws.length > (lift.get(cited) ?? 0)) {
        lift.set(cited, score / laws.length);
        lender.set(cited, a);
      }
  }
  if (lift.size === 0) return undefined;
  const lifted = ranked.map(({ a, score }) => {
    const extra = lift.get(a);
    if (extra === undefined) return { a, score };
    lift.delete(a);
    return { a, score: score + extra };
  });
  const citedIn = new Map<number, number>();
  for (const [a, extra] of lift) {
    lifted.push({ a, score: extra });
    citedIn.set(a, lender.get(a) as number);
  }
  return { ranked: lifted, citedIn };
}

export interface CitedLift {
  readonly ranked: Array<{ a: number; score: number }>;
  /** The articles the query's words missed, each with the article that lifted it (its `citedIn`). */
  readonly citedIn: ReadonlyMap<number, number>;
}
