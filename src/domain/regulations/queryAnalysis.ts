import { toSimplified } from '../chineseScript';
import type { AliasMatch, AliasTable } from './aliasTable';
import { findAliases } from './aliasTable';
import type { VocabularyEntry } from './legalVocabulary';
import { LEGAL_VOCABULARY, QUESTION_FILLER, QUESTION_PATTERNS } from './legalVocabulary';
import { normalizeText } from './normalize';
import { numberToChinese } from './numerals';
import type { ArticleReference } from './references';
import { findArticleReferences, PARAGRAPHS_AND_ITEMS } from './references';
import { hasSearchableText } from './tokenize';

/**
 * Queries longer than this are cut: a pasted paragraph still finds its topic from its opening, and the cost of a
 * search stays bounded. 200 characters is ten times the longest judged question (19 characters).
 */
export const MAX_QUERY_LENGTH = 200;

/**
 * Statutory wording found through the vocabulary weighs less than the user's own words, and wording inferred
 * from how a question is asked (多长时间 → 日内) less again. Dev nDCG@10 moved by under 0.01 across 0.6–0.9 and
 * 0.3–0.7, so these are not finely tuned.
 */
const EXPANSION_WEIGHT = 0.8;
const QUESTION_PATTERN_WEIGHT = 0.5;

interface QueryAlternative {
  readonly text: string;
  readonly weight: number;
  /**
   * A vocabulary term counts only where it occurs whole: 提供证据 is not half-present in 提供证明. The user's
   * own free text is matched piecewise, since its words seldom appear in the statute in the same order.
   */
  readonly whole: boolean;
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
  /** `text` with its citations blanked: the words the query says besides the articles it cites. */
  readonly words: string;
  readonly references: readonly ArticleReference[];
  /** Laws named in the query outside citations (民诉法 简易程序 …). */
  readonly mentionedLaws: readonly AliasMatch[];
  readonly groups: readonly QueryGroup[];
}

/** The vocabulary ready for matching: cue → the entries it calls up, all normalized like query text. */
export interface CompiledVocabulary {
  readonly cues: ReadonlyMap<string, readonly string[]>;
  /** Distinct cue lengths, longest first. */
  readonly lengths: readonly number[];
}

export function compileVocabulary(entries: readonly VocabularyEntry[]): CompiledVocabulary {
  const cues = new Map<string, string[]>();
  for (const entry of entries) {
    const statutory = entry.statutory.map(normalizeText);
    for (const cue of entry.cues.map(normalizeText)) {
      cues.set(cue, [...new Set([...(cues.get(cue) ?? []), ...statutory.filter((t) => t !== cue)])]);
    }
  }
  return { cues, lengths: [...new Set([...cues.keys()].map((c) => c.length))].sort((a, b) => b - a) };
}

export const DEFAULT_VOCABULARY = compileVocabulary(LEGAL_VOCABULARY);

const FILLER = new RegExp([...QUESTION_FILLER].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Statutes write durations in Chinese numerals and months: 半年 is 六个月, 2年 is 二年. */
function rewriteQuantities(text: string): string {
  return (
    text
      .replace(/一年半/g, '十八个月')
      .replace(/半年/g, '六个月')
      .replace(/两(?=[年月日天个周])/g, '二')
      // Only quantities: a bare number (an amount, a case number) stays as written, like the statutes' own digits.
      .replace(/[0-9]{1,8}(?=[年月日天个周岁倍])/g, (digits) => numberToChinese(Number(digits)))
      .replace(/(?<=[〇零一二三四五六七八九十百千万])天/g, '日')
  );
}

/** A citation's paragraphs and items and the 之规定 a sentence closes it with: part of it, not words to search for. */
const CLAUSE = new RegExp(`^${PARAGRAPHS_AND_ITEMS}(?:[之的]?规定(?![\\p{Script=Han}]))?`, 'u');

function clauseLength(text: string, end: number): number {
  return CLAUSE.exec(text.slice(end))?.[0].length ?? 0;
}

/** The word a sentence introduces a citation with (依照民法典第一千一百六十五条): part of the citation too. */
const LEAD = /(?:根据|依照|依据|按照)$/;

function leadLength(text: string, start: number): number {
  return LEAD.exec(text.slice(Math.max(0, start - 2), start))?.[0].length ?? 0;
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** The longest cue at `start` with its statutory alternatives. */
function cueAt(
  vocabulary: CompiledVocabulary,
  text: string,
  start: number,
): { cue: string; statutory: readonly string[] } | undefined {
  for (const length of vocabulary.lengths) {
    const cue = text.slice(start, start + length);
    const statutory = cue.length === length ? vocabulary.cues.get(cue) : undefined;
    if (statutory) return { cue, statutory };
  }
  return undefined;
}

/** Finds vocabulary cues left to right, longest first; returns their groups and the text with them blanked. */
function extractCues(vocabulary: CompiledVocabulary, text: string): { groups: QueryGroup[]; rest: string } {
  const groups: QueryGroup[] = [];
  let rest = text;
  let i = 0;
  while (i < text.length) {
    const found = cueAt(vocabulary, text, i);
    if (!found) {
      i++;
      continue;
    }
    const alternatives = [
      { text: found.cue, weight: 1, whole: true },
      ...found.statutory.map((t) => ({ text: t, weight: EXPANSION_WEIGHT, whole: true })),
    ];
    groups.push({ source: found.cue, alternatives });
    rest = blank(rest, i, i + found.cue.length);
    i += found.cue.length;
  }
  return { groups, rest };
}

function plainGroups(text: string): QueryGroup[] {
  return rewriteQuantities(text)
    .split(/[^\p{Script=Han}〇a-z0-9]+/u)
    .filter(hasSearchableText)
    .map((run) => ({ source: run, alternatives: [{ text: run, weight: 1, whole: false }] }));
}

/**
 * A title marked with ASCII angle brackets, as typed without a Chinese input method (<民法典>, <<民法典>>, nested
 * 《最高人民法院关于适用<中华人民共和国民事诉讼法>的解释》): the 《》 of print. Only a pair around Han text, so 金额>1000
 * stays a comparison; nested pairs are read from the inside out.
 */
const ASCII_TITLE = /<{1,2}(?=\p{Script=Han})[^<>]{1,80}?>{1,2}/gu;

function foldAsciiTitleMarks(text: string): string {
  let folded = text;
  for (let depth = 0; depth < 3 && folded.includes('<'); depth++)
    folded = folded.replace(ASCII_TITLE, (title) => title.replace(/</g, '《').replace(/>/g, '》'));
  return folded;
}

export function analyzeQuery(
  rawQuery: string,
  aliases: AliasTable,
  vocabulary: CompiledVocabulary = DEFAULT_VOCABULARY,
): AnalyzedQuery {
  // A query pasted from a Hong Kong, Macao or Taiwan document (簡易程序 審限) searches the mainland texts' characters.
  const normalized = foldAsciiTitleMarks(normalizeText(toSimplified(rawQuery)))
    .replace(/\s+/g, ' ')
    .trim();
  const truncated = normalized.length > MAX_QUERY_LENGTH;
  const text = normalized.slice(0, MAX_QUERY_LENGTH);

  const references = findArticleReferences(text, aliases, { listsAndRanges: true, shortNames: true });
  let rest = text;
  for (const ref of references)
    rest = blank(rest, ref.start - leadLength(text, ref.start), ref.end + clauseLength(text, ref.end));
  const words = rest;
  const mentionedLaws = findAliases(aliases, rest);

  const groups: QueryGroup[] = [];
  for (const { pattern, statutory, keep } of QUESTION_PATTERNS) {
    const m = pattern.exec(rest);
    if (!m) continue;
    groups.push({
      source: m[0],
      alternatives: statutory.map((t) => ({ text: t, weight: QUESTION_PATTERN_WEIGHT, whole: true })),
    });
    if (!keep) rest = blank(rest, m.index, m.index + m[0].length);
  }
  // Cues go before fillers: a cue may contain a filler word (还能处罚), and then it means something.
  const cues = extractCues(vocabulary, rest);
  groups.push(...cues.groups);
  groups.push(...plainGroups(cues.rest.replace(FILLER, (filler) => ' '.repeat(filler.length))));

  return { text, truncated, words, references, mentionedLaws, groups };
}
