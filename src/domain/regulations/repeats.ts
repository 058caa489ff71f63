/**
 * The library holds a few documents twice under two titles (关于审理使用人脸识别技术…的规定 with and without its
 * issuer): the same number with the same words, whitespace aside, is the same provision. Search shows it once, and
 * counts it once, so a page of hits is full and the count says how many pages follow.
 */

interface RepeatSource {
  readonly documents: ReadonlyArray<{ readonly current: boolean }>;
  readonly articles: ReadonlyArray<{ readonly document: number; readonly number: string; readonly text: string }>;
}

// What /\s/ matches, so that the key is the text with every whitespace run removed.
function isWhitespace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Characters of an article's opening that bucket it; equal openings are then compared whole. */
const OPENING = 32;

/**
 * FNV-1a over the number and the opening of the text without whitespace: buckets the articles without a string per
 * article or a pass over every character of the library.
 */
function openingHash(number: string, text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < number.length; i++) hash = Math.imul(hash ^ number.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash, 0x01000193);
  let taken = 0;
  for (let i = 0; i < text.length && taken < OPENING; i++) {
    const code = text.charCodeAt(i);
    if (isWhitespace(code)) continue;
    hash = Math.imul(hash ^ code, 0x01000193);
    taken++;
  }
  return hash;
}

/**
 * Per article, the first article (in index order) with its number and words when it is of a document in force and
 * shares them with another such article, else -1. A superseded version repeats its successor's unchanged articles,
 * but only a citation finds it, so it is left out.
 */
export function findRepeats(index: RepeatSource): Int32Array {
  const firstByHash = new Map<number, number>();
  const clashes = new Map<number, number[]>();
  index.articles.forEach((article, a) => {
    if (!index.documents[article.document]?.current) return;
    const hash = openingHash(article.number, article.text);
    const first = firstByHash.get(hash);
    if (first === undefined) firstByHash.set(hash, a);
    else clashes.set(hash, [...(clashes.get(hash) ?? [first]), a]);
  });
  const repeatOf = new Int32Array(index.articles.length).fill(-1);
  for (const articles of clashes.values()) {
    // Equal openings are compared on the whole words.
    const byKey = new Map<string, number[]>();
    for (const a of articles) {
      const { number, text } = index.articles[a] as RepeatSource['articles'][number];
      const key = `${number}\u0000${text.replace(/\s+/g, '')}`;
      byKey.set(key, [...(byKey.get(key) ?? []), a]);
    }
    for (const same of byKey.values()) if (same.length > 1) for (const a of same) repeatOf[a] = same[0] as number;
  }
  return repeatOf;
}
