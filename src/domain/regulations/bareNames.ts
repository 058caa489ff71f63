import type { AnalyzedQuery } from './queryAnalysis';

/**
 * A query that is only a document's name, of a kind the library does not collect — meeting minutes, amending
 * acts, replies (九民纪要, 刑法修正案(十一)) — searched as words finds articles that use 纪要 or 修正案 in passing.
 * Such a name is answered as an unknown law instead (`search`, `suggestAlternatives`). Not 意见 or 通知: 量刑意见 and
 * 开庭通知 are asked as terms, and no text of the library says them either.
 */
const BARE_NAME =
  /^《?[\p{Script=Han}〈〉()]{1,16}?(?:纪要|修正案|批复|答复)(?:\([一二三四五六七八九十]+\)|[一二三四五六七八九十]{1,3})?》?$/u;

/** The name the whole query is, when it is one of such a kind that no alias covers whole; else undefined. */
export function bareDocumentName(analyzed: AnalyzedQuery): string | undefined {
  const words = analyzed.words.trim();
  if (analyzed.references.length > 0 || !BARE_NAME.test(words)) return undefined;
  const offset = analyzed.words.indexOf(words);
  // 民诉解释 is an alias; 刑法修正案(十一) only holds one (刑法).
  if (analyzed.mentionedLaws.some((m) => m.start <= offset && m.end >= offset + words.length)) return undefined;
  return words.replace(/[《》]/g, '');
}
