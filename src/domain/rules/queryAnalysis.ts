import type { AliasMatch, AliasTable } from './aliasTable';
import { findAliases } from './aliasTable';
import { LEGAL_VOCABULARY, QUESTION_FILLER, QUESTION_PATTERNS } from './legalVocabulary';
import { normalizeText } from './normalize';
import { numberToChinese } from './numerals';
import type { ArticleReference } from './references';
import { findArticleReferences } from './references';
import { hasSearchableText } from './tokenize';

/**
 * Queries longer than this are cut: a pasted paragraph still finds its topic from its opening, and the cost of a
 * search stays bounded. 200 characters is four times the longest question staff asked in the judged set.
 */
export const MAX_QUERY_LENGTH = 200;

/** Statutory wording found through the vocabulary weighs less than the user's own words. */
const EXPANSION_WEIGHT = 0.8;
const QUESTION_PATTERN_WEIGHT = 0.5;

export interface QueryAlternative {
  readonly text: string;
  readonly weight: number;
}

/** One concept of the query; an article is scored on its best-matching alternative. */
export interface QueryGroup {
  readonly source: string;
  readonly alternatives: readonly QueryAlternative[];
}

export interface AnalyzedQuery {
  /** The normalized, length-limited query. */
  readonly text: string;
  readonly truncated: boolean;
  readonly references: readonly ArticleReference[];
  /** Laws named in the query outside citations (民诉法 简易程序 …). */
  readonly mentionedLaws: readonly AliasMatch[];
  readonly groups: readonly QueryGroup[];
}

interface Cue {
  readonly statutory: Set<string>;
}

const CUES: ReadonlyMap<string, Cue> = (() => {
  const cues = new Map<string, Cue>();
  for (const entry of LEGAL_VOCABULARY) {
    for (const cue of entry.cues) {
      const key = normalizeText(cue);
      const known = cues.get(key) ?? { statutory: new Set<string>() };
      for (const term of entry.statutory) if (normalizeText(term) !== key) known.statutory.add(normalizeText(term));
      cues.set(key, known);
    }
  }
  return cues;
})();
const CUE_LENGTHS = [...new Set([...CUES.keys()].map((c) => c.length))].sort((a, b) => b - a);

const FILLER = new RegExp([...QUESTION_FILLER].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Statutes write durations in Chinese numerals and months: 半年 is 六个月, 2年 is 二年. */
function rewriteQuantities(text: string): string {
  return text
    .replace(/一年半/g, '十八个月')
    .replace(/半年/g, '六个月')
    .replace(/两(?=[年月日天个周])/g, '二')
    .replace(/[0-9]+/g, (digits) => (digits.length <= 8 ? numberToChinese(Number(digits)) : digits))
    .replace(/(?<=[〇零一二三四五六七八九十百千万])天/g, '日');
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

function cueAt(text: string, start: number): string | undefined {
  for (const length of CUE_LENGTHS) {
    const candidate = text.slice(start, start + length);
    if (candidate.length === length && CUES.has(candidate)) return candidate;
  }
  return undefined;
}

/** Splits a stretch of query text into vocabulary cues (with their statutory alternatives) and plain runs. */
function groupsOf(run: string): QueryGroup[] {
  const groups: QueryGroup[] = [];
  let plain = '';
  const flushPlain = (): void => {
    if (hasSearchableText(plain)) groups.push({ source: plain, alternatives: [{ text: plain, weight: 1 }] });
    plain = '';
  };
  let i = 0;
  while (i < run.length) {
    const cue = cueAt(run, i);
    if (!cue) {
      plain += run[i];
      i++;
      continue;
    }
    flushPlain();
    const statutory = [...(CUES.get(cue)?.statutory ?? [])].map((text) => ({ text, weight: EXPANSION_WEIGHT }));
    groups.push({ source: cue, alternatives: [{ text: cue, weight: 1 }, ...statutory] });
    i += cue.length;
  }
  flushPlain();
  return groups;
}

export function analyzeQuery(rawQuery: string, aliases: AliasTable): AnalyzedQuery {
  const normalized = normalizeText(rawQuery).replace(/\s+/g, ' ').trim();
  const truncated = normalized.length > MAX_QUERY_LENGTH;
  const text = normalized.slice(0, MAX_QUERY_LENGTH);

  const references = findArticleReferences(text, aliases);
  let rest = text;
  for (const ref of references) rest = blank(rest, ref.start, ref.end);
  const mentionedLaws = findAliases(aliases, rest);

  const groups: QueryGroup[] = [];
  for (const { pattern, statutory } of QUESTION_PATTERNS) {
    const m = pattern.exec(rest);
    if (!m) continue;
    groups.push({ source: m[0], alternatives: statutory.map((t) => ({ text: t, weight: QUESTION_PATTERN_WEIGHT })) });
    rest = blank(rest, m.index, m.index + m[0].length);
  }
  rest = rest.replace(FILLER, (filler) => ' '.repeat(filler.length));
  rest = rewriteQuantities(rest);
  for (const run of rest.split(/[^\p{Script=Han}〇a-z0-9]+/u)) groups.push(...groupsOf(run));

  return { text, truncated, references, mentionedLaws, groups };
}
