import { normalizeText } from './normalize';
import { forEachToken } from './tokenize';

/** A highlighted stretch of a snippet: [start, end) in UTF-16 units of `snippet.text`. */
export type MatchSpan = readonly [start: number, end: number];

export interface Snippet {
  readonly text: string;
  readonly spans: readonly MatchSpan[];
}

/**
 * What to mark in an article: whole phrases (a vocabulary term such as 审理期限 is marked only where it occurs
 * whole, not wherever its 审理 does) and loose bigrams (the user's own words, matched piecewise).
 */
export interface Highlight {
  readonly phrases: readonly string[];
  readonly bigrams: ReadonlySet<string>;
}

/** About two lines of a Slack message; long enough to show the sentence that matched. */
const SNIPPET_LENGTH = 120;
const ELLIPSIS = '…';

function merge(spans: Array<[number, number]>): MatchSpan[] {
  spans.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Where the highlight occurs in `text`, as maximal non-overlapping spans. */
function matchSpans(text: string, highlight: Highlight): MatchSpan[] {
  const normalized = normalizeText(text);
  const spans: Array<[number, number]> = [];
  for (const phrase of highlight.phrases) {
    if (!phrase) continue;
    for (let at = normalized.indexOf(phrase); at >= 0; at = normalized.indexOf(phrase, at + phrase.length)) {
      spans.push([at, at + phrase.length]);
    }
  }
  forEachToken(normalized, (term, start, end) => {
    if (term.length > 1 && highlight.bigrams.has(term)) spans.push([start, end]);
  });
  return merge(spans);
}

/**
 * The window of `text` with the most highlighted characters, cut at `length` with an ellipsis where cut.
 * Line breaks become spaces so the snippet sits on one line.
 */
export function makeSnippet(text: string, highlight: Highlight, length = SNIPPET_LENGTH): Snippet {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const spans = matchSpans(flat, highlight);
  if (flat.length <= length) return { text: flat, spans };

  let bestStart = 0;
  let bestCovered = -1;
  // Try windows that open a little before each span: the sentence around the first match reads best.
  for (const candidate of [0, ...spans.map(([start]) => Math.max(0, start - 10))]) {
    const start = Math.min(candidate, flat.length - length);
    const end = start + length;
    const covered = spans.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, end) - Math.max(s, start)), 0);
    if (covered > bestCovered) {
      bestCovered = covered;
      bestStart = start;
    }
  }
  const end = bestStart + length;
  const prefix = bestStart > 0 ? ELLIPSIS : '';
  const suffix = end < flat.length ? ELLIPSIS : '';
  const shift = prefix.length - bestStart;
  const inside = spans
    .filter(([s, e]) => e > bestStart && s < end)
    .map(([s, e]): MatchSpan => [Math.max(s, bestStart) + shift, Math.min(e, end) + shift]);
  return { text: prefix + flat.slice(bestStart, end) + suffix, spans: inside };
}
