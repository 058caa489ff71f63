import { analyzeQuery } from './queryAnalysis';
import { formatArticleNumber } from './numerals';
import { search, versionOfYear } from './search';
import type { RegulationIndex } from './searchIndex';
import { articleKey } from './searchIndex';
import { hasSearchableText } from './tokenize';
import { repealNamed } from './repeals';
import { titlesShortNameFits } from './shortNames';
import { bareDocumentName } from './bareNames';

/**
 * What to offer when a query found nothing:
 * - `article-range`: the query cites an article the named document does not have (民诉法第九百条); here is the
 *   range it does have;
 * - `unknown-law`, `repealed-law`: the query cites a document the library does not have, or one that the
 *   library's texts say was repealed (合同法第五十二条), and by what;
 * - `short-name`: the query cites a document by a short name that fits several (婚姻家庭编解释第五条: （一） or
 *   （二）; see shortNames.ts): here are the titles it fits;
 * - `fewer-words`: one of the query's words alone finds articles;
 * - `examples`: nothing better to offer (the query is punctuation, emoji, or words no article uses): show what
 *   queries look like.
 */
export type RegulationSuggestion =
  | {
      readonly kind: 'article-range';
      readonly title: string;
      readonly cited: string;
      readonly first: string;
      readonly last: string;
    }
  | { readonly kind: 'unknown-law'; readonly name: string }
  | {
      readonly kind: 'short-name';
      readonly name: string;
      /** The titles the name could be short for, best first (婚姻家庭编解释: （一） and （二）). */
      readonly titles: readonly string[];
    }
  | {
      readonly kind: 'repealed-law';
      /** The repealed document as its successor names it: 中华人民共和国合同法. */
      readonly title: string;
      readonly repealedBy: string;
      /** The successor's article that repealed it: 第一千二百六十条. */
      readonly article: string;
      readonly effectiveDate: string | undefined;
    }
  | {
      readonly kind: 'no-such-version';
      readonly title: string;
      readonly year: number;
      /** The version dates stored, oldest first. */
      readonly versions: readonly string[];
    }
  | { readonly kind: 'fewer-words'; readonly query: string; readonly total: number }
  | { readonly kind: 'examples' };

const MAX_WORD_SUGGESTIONS = 3;

function articleRange(index: RegulationIndex, document: number): { first: string; last: string } | undefined {
  let first: { ordinal: number; suffix: number; number: string } | undefined;
  let last: typeof first;
  for (const article of index.articles) {
    if (article.document !== document) continue;
    if (
      !first ||
      article.ordinal < first.ordinal ||
      (article.ordinal === first.ordinal && article.suffix < first.suffix)
    )
      first = article;
    if (!last || article.ordinal > last.ordinal || (article.ordinal === last.ordinal && article.suffix > last.suffix))
      last = article;
  }
  return first && last ? { first: first.number, last: last.number } : undefined;
}

/** The current version among a citation's documents, else the first named. */
function citedDocument(index: RegulationIndex, targets: readonly number[]): number | undefined {
  return targets.find((d) => index.documents[d]?.current) ?? targets[0];
}

function unknownLaw(index: RegulationIndex, name: string): RegulationSuggestion {
  const repeal = repealNamed(index, name);
  const successor = repeal && index.documents[repeal.repealedBy];
  const article = repeal && index.articles[repeal.article];
  if (!repeal || !successor || !article) {
    const titles = titlesShortNameFits(index.aliases, name).map((d) => index.documents[d]?.title ?? '');
    return titles.length > 0 ? { kind: 'short-name', name, titles } : { kind: 'unknown-law', name };
  }
  return {
    kind: 'repealed-law',
    title: repeal.title,
    repealedBy: successor.title,
    article: article.number,
    effectiveDate: repeal.effectiveDate,
  };
}

export function suggestAlternatives(index: RegulationIndex, query: string): RegulationSuggestion[] {
  const analyzed = analyzeQuery(typeof query === 'string' ? query : '', index.aliases);
  const suggestions: RegulationSuggestion[] = [];
  for (const ref of analyzed.references) {
    if (ref.unknownLaw !== undefined) {
      suggestions.push(unknownLaw(index, ref.unknownLaw));
      continue;
    }
    if (ref.versionYear !== undefined && ref.lawTargets.length > 0) {
      const [versioned] = versionOfYear(index, ref.lawTargets, ref.versionYear);
      if (versioned === undefined) {
        const title = index.documents[ref.lawTargets[0] as number]?.title ?? '';
        const versions = ref.lawTargets.map((d) => index.documents[d]?.versionDate ?? '').sort();
        suggestions.push({ kind: 'no-such-version', title, year: ref.versionYear, versions });
        continue;
      }
      if (index.byNumber.has(articleKey(versioned, ref.ordinal, ref.suffix))) continue;
      const range = articleRange(index, versioned);
      const title = index.documents[versioned]?.title;
      if (range && title) suggestions.push({ kind: 'article-range', title, cited: formatArticleNumber(ref), ...range });
      continue;
    }
    const document = citedDocument(index, ref.lawTargets);
    if (document === undefined || index.byNumber.has(articleKey(document, ref.ordinal, ref.suffix))) continue;
    const range = articleRange(index, document);
    const title = index.documents[document]?.title;
    if (range && title) suggestions.push({ kind: 'article-range', title, cited: formatArticleNumber(ref), ...range });
  }
  const name = bareDocumentName(analyzed);
  if (name) suggestions.push(unknownLaw(index, name));
  const words = analyzed.text.split(/[^\p{Script=Han}〇a-z0-9]+/u).filter(hasSearchableText);
  if (words.length > 1) {
    for (const word of words) {
      const total = search(index, word, { limit: 0 }).total;
      if (total > 0) suggestions.push({ kind: 'fewer-words', query: word, total });
      if (suggestions.filter((s) => s.kind === 'fewer-words').length >= MAX_WORD_SUGGESTIONS) break;
    }
  }
  if (suggestions.length === 0) suggestions.push({ kind: 'examples' });
  return suggestions;
}
