/** An article as two versions of a document are compared: its number as written, its position, its text. */
export interface ComparableArticle {
  readonly number: string;
  readonly ordinal: number;
  readonly suffix: number;
  readonly text: string;
}

/** What a new version changed, by article number: numbers as written in the version that has the article. */
export interface ArticleChanges {
  readonly amended: readonly string[];
  readonly added: readonly string[];
  readonly repealed: readonly string[];
}

const keyOf = (article: ComparableArticle): string => `${article.ordinal}:${article.suffix}`;

/** Re-typeset text (line breaks, spaces between paragraphs) is not an amendment. */
const wording = (text: string): string => text.replace(/\s+/g, '');

const byPosition = (x: ComparableArticle, y: ComparableArticle): number => x.ordinal - y.ordinal || x.suffix - y.suffix;

/**
 * Compares two versions article by article number. An amendment that inserts or deletes articles renumbers the
 * rest, and then every later article reads as amended: the statute's own 修正/修订 note is what tells a
 * renumbering apart, and it is not part of the text compared here.
 */
export function diffArticles(
  previous: readonly ComparableArticle[],
  next: readonly ComparableArticle[],
): ArticleChanges {
  const before = new Map(previous.map((article) => [keyOf(article), article]));
  const after = new Set(next.map(keyOf));
  const amended: string[] = [];
  const added: string[] = [];
  for (const article of [...next].sort(byPosition)) {
    const old = before.get(keyOf(article));
    if (!old) added.push(article.number);
    else if (wording(old.text) !== wording(article.text)) amended.push(article.number);
  }
  const repealed = [...previous]
    .sort(byPosition)
    .filter((article) => !after.has(keyOf(article)))
    .map((article) => article.number);
  return { amended, added, repealed };
}
