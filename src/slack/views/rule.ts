import type { KnownBlock, ModalView, SectionBlock } from '@slack/types';
import type { MatchSpan, RelatedArticles, RegulationSuggestion, SearchHit, SearchNote } from '../../domain/regulations';
import type { Locale } from '../../i18n';
import { regulationsMessages, searchNoteText } from '../../i18n/regulations';
import type { SlackMessage } from '../blockKit';
import { actions, button, clip, context, escape, header, markdown, mention, plain } from './blocks';

export const RULE_ACTIONS = {
  article: 'rule.article',
  post: 'rule.post',
  previous: 'rule.previous',
  next: 'rule.next',
} as const;

/** Results per answer: five articles read at a glance, with their buttons well inside Slack's 50 blocks. */
export const RULE_PAGE_SIZE = 5;

/** Section text is capped at 3000 characters; long articles are cut at line breaks below that. */
const SECTION_CHUNK = 2900;

/** How much of the person's query is echoed back. */
const QUERY_ECHO = 60;
/** How much of a related article's text shows beside its number: enough to recognise it. */
const RELATED_EXCERPT = 40;
/** A modal holds 100 blocks: the article's text never crowds out its related articles. */
const MAX_TEXT_SECTIONS = 90;

/**
 * mrkdwn's own markers inside statute or query text would open formatting nobody meant; their full-width forms
 * read the same.
 */
function literal(text: string): string {
  return escape(text).replace(/[*_~`]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}

/**
 * The snippet with its matched terms in bold. Slack only bolds `*…*` standing apart from the letters around it,
 * and Chinese has no spaces: a zero-width space on each side keeps the marks apart without showing.
 */
export function highlightedSnippet(snippet: string, spans: readonly MatchSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at || end <= start) continue;
    parts.push(literal(snippet.slice(at, start)), `\u200b*${literal(snippet.slice(start, end))}*\u200b`);
    at = end;
  }
  parts.push(literal(snippet.slice(at)));
  return parts.join('');
}

/** Plain-text sections of at most SECTION_CHUNK characters, cut at line breaks where possible. */
function textSections(text: string): SectionBlock[] {
  const sections: SectionBlock[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    let cut = rest.length <= SECTION_CHUNK ? rest.length : rest.lastIndexOf('\n', SECTION_CHUNK);
    if (cut <= 0) cut = SECTION_CHUNK;
    sections.push({
      type: 'section',
      text: { type: 'plain_text', text: rest.slice(0, cut).trim() || ' ', emoji: false },
    });
    rest = rest.slice(cut).trim();
  }
  return sections;
}

/** 《…》 around a title that itself cites a law: the inner marks become 〈〉, as Chinese typesetting nests them. */
function articleHeading(locale: Locale, hit: Pick<SearchHit, 'documentTitle' | 'articleNumber'>): string {
  return regulationsMessages(locale).articleTitle(
    clip(hit.documentTitle, 120).replace(/《/g, '〈').replace(/》/g, '〉'),
    hit.articleNumber,
  );
}

/** Kind, chapter and, for an old version, which one: the line under an article's title. */
function articleContext(locale: Locale, hit: SearchHit): string {
  const text = regulationsMessages(locale);
  return [
    literal(clip(hit.docType, 40)),
    ...(hit.chapter ? [literal(clip(hit.chapter, 120))] : []),
    text.validity(hit.status, hit.versionDate ?? ''),
    // Found by no word of the query: say what led to it, so the reader sees why it is here.
    ...(hit.citedIn ? [text.citedIn(literal(articleHeading(locale, hit.citedIn)))] : []),
  ].join(' · ');
}

export function ruleUsageMessage(locale: Locale): SlackMessage {
  const usage = regulationsMessages(locale).usage;
  return { text: usage, blocks: [markdown(usage)] };
}

export interface RuleResultsInput {
  /** The query as searched (normalized, cut at the length limit). */
  query: string;
  truncatedAt: number | null;
  hits: readonly SearchHit[];
  /** Citations of a year the library holds no version of, answered with the version before it; repealed laws named. */
  notes: readonly SearchNote[];
  offset: number;
  total: number;
  /** Button values, encoded by the command: what each button must carry to be answered afresh. */
  pageValue: (offset: number) => string;
  articleValue: (hit: SearchHit) => string;
  postValue: (hit: SearchHit) => string;
}

/** One page of results: each article's title, context and highlighted snippet, with 全文 and 发到频道. */
export function ruleResultsMessage(locale: Locale, input: RuleResultsInput): SlackMessage {
  const text = regulationsMessages(locale);
  const query = literal(clip(input.query, QUERY_ECHO));
  const blocks: KnownBlock[] = [
    context(text.resultsHeader(query, input.offset + 1, input.offset + input.hits.length, input.total)),
  ];
  if (input.truncatedAt !== null) blocks.push(context(text.truncated(input.truncatedAt)));
  for (const note of input.notes)
    blocks.push(context(searchNoteText(text, note, (title) => literal(clip(title, 120)))));
  for (const hit of input.hits) {
    blocks.push(
      markdown(`*${literal(articleHeading(locale, hit))}*\n${highlightedSnippet(hit.snippet, hit.spans)}`),
      context(articleContext(locale, hit)),
      actions(
        button(text.fullText, RULE_ACTIONS.article, input.articleValue(hit)),
        button(text.postToChannel, RULE_ACTIONS.post, input.postValue(hit)),
      ),
    );
  }
  const paging = [
    ...(input.offset > 0
      ? [button(text.previous, RULE_ACTIONS.previous, input.pageValue(Math.max(0, input.offset - RULE_PAGE_SIZE)))]
      : []),
    ...(input.offset + input.hits.length < input.total
      ? [button(text.next, RULE_ACTIONS.next, input.pageValue(input.offset + RULE_PAGE_SIZE))]
      : []),
  ];
  if (paging.length > 0) blocks.push(actions(...paging));
  return { text: text.resultsFallback(escape(clip(input.query, QUERY_ECHO)), input.total), blocks };
}

/** Nothing found: why, and what to try instead. */
export function ruleNoResultsMessage(
  locale: Locale,
  query: string,
  suggestions: readonly RegulationSuggestion[],
): SlackMessage {
  const text = regulationsMessages(locale);
  const lines = [text.noResults(literal(clip(query, QUERY_ECHO)))];
  const words: string[] = [];
  for (const suggestion of suggestions) {
    if (suggestion.kind === 'article-range')
      lines.push(
        `• ${text.noSuchArticle(literal(clip(suggestion.title, 120)), suggestion.cited, suggestion.first, suggestion.last)}`,
      );
    else if (suggestion.kind === 'unknown-law') lines.push(`• ${text.unknownLaw(literal(clip(suggestion.name, 40)))}`);
    else if (suggestion.kind === 'short-name')
      lines.push(
        `• ${(suggestion.titles.length === 1 ? text.shortNameOne : text.shortName)(literal(clip(suggestion.name, 40)), suggestion.titles.map((t) => `《${literal(clip(t, 120))}》`).join('、'))}`,
      );
    else if (suggestion.kind === 'repealed-law')
      lines.push(
        `• ${text.repealedLaw(literal(clip(suggestion.title, 120)), literal(clip(suggestion.repealedBy, 120)), suggestion.article, suggestion.effectiveDate ?? '')}`,
      );
    else if (suggestion.kind === 'no-such-version')
      lines.push(
        `• ${text.noSuchVersion(literal(clip(suggestion.title, 120)), suggestion.year, suggestion.versions.join('、'))}`,
      );
    else if (suggestion.kind === 'fewer-words')
      words.push(text.fewerWordsItem(literal(clip(suggestion.query, QUERY_ECHO)), suggestion.total));
    else lines.push(`• ${text.examples}`);
  }
  if (words.length > 0) lines.push(`• ${text.fewerWords}${words.join('  ')}`);
  return { text: lines[0] as string, blocks: [markdown(lines.join('\n'))] };
}

/**
 * One line per related article: its title and number, its version where not in force, and how it opens; the
 * positions in `byContent` marked as known by what the citing sentence says (`RelatedArticles.byContent`).
 */
function relatedList(
  locale: Locale,
  label: string,
  hits: readonly SearchHit[],
  byContent: readonly number[] = [],
): KnownBlock[] {
  if (hits.length === 0) return [];
  const text = regulationsMessages(locale);
  const lines = hits.map((hit, i) => {
    const version = hit.status === '现行有效' ? '' : ` (${text.validity(hit.status, hit.versionDate ?? '')})`;
    const checked = byContent.includes(i) ? ` _${text.byContent}_` : '';
    const opening = clip(hit.text.replace(/\s+/g, ' '), RELATED_EXCERPT);
    return `• *${literal(articleHeading(locale, hit))}*${literal(version)}${checked} ${literal(opening)}`;
  });
  return [markdown(clip(`*${label}*\n${lines.join('\n')}`, 2900))];
}

/**
 * The citations `RelatedArticles.uncertain` holds, by name only (the held version's article of that number may be
 * another, so its text is not shown): 《…》第三十二条、第四十三条, then why they are not listed.
 */
function uncertainNote(locale: Locale, hits: readonly SearchHit[]): KnownBlock[] {
  if (hits.length === 0) return [];
  const text = regulationsMessages(locale);
  const byTitle = new Map<string, string[]>();
  for (const hit of hits)
    byTitle.set(hit.documentTitle, [...(byTitle.get(hit.documentTitle) ?? []), hit.articleNumber]);
  const names = [...byTitle].map(([title, numbers]) =>
    literal(articleHeading(locale, { documentTitle: title, articleNumber: numbers.join('、') })),
  );
  return [context(clip(text.uncertainCites(names.join('；')), 2900))];
}

/**
 * The whole article in a modal: title, kind, chapter, version and validity, text; then what it cites, the
 * interpretations that cite it and the articles defining its terms, so a judge sees the rule and its reading together.
 */
export function ruleArticleModal(locale: Locale, hit: SearchHit, related?: RelatedArticles): ModalView {
  const text = regulationsMessages(locale);
  const relatedBlocks = related
    ? [
        ...relatedList(locale, text.cites(related.cites.length), related.cites, related.byContent?.cites),
        ...uncertainNote(locale, related.uncertain),
        ...relatedList(locale, text.citedBy(related.citedBy.length), related.citedBy, related.byContent?.citedBy),
        ...relatedList(locale, text.definitions(related.definitions.length), related.definitions),
      ]
    : [];
  return {
    type: 'modal',
    title: plain(text.modalTitle),
    close: plain(text.close),
    blocks: [
      header(clip(articleHeading(locale, hit), 150)),
      context(articleContext(locale, hit)),
      ...textSections(hit.text).slice(0, MAX_TEXT_SECTIONS),
      ...(relatedBlocks.length > 0 ? [{ type: 'divider' } as KnownBlock, ...relatedBlocks] : []),
    ],
  };
}

/** The article as posted in a channel for everyone there (rule text is not confidential). */
export function ruleChannelMessage(locale: Locale, hit: SearchHit, sharedBy: string): SlackMessage {
  const text = regulationsMessages(locale);
  const heading = articleHeading(locale, hit);
  return {
    text: heading,
    blocks: [
      markdown(`*${literal(heading)}*`),
      context(`${articleContext(locale, hit)} · ${text.sharedBy(mention(sharedBy))}`),
      ...textSections(hit.text),
    ],
  };
}
