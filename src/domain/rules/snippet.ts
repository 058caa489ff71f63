import { normalizeText } from './normalize';
import { tokenize } from './tokenize';

/** A highlighted stretch of a snippet: [start, end) in UTF-16 units of `snippet.text`. */
export type MatchSpan = readonly [start: number, end: number];

export interface Snippet {
  readonly text: string;
  readonly spans: readonly MatchSpan[];
}

/** About two lines of a Slack message; long enough to show the sentence that matched. */
export const SNIPPET_LENGTH = 120;
const ELLIPSIS = '…';

/** Where the highlight terms occur in `text`, merged into maximal spans. */
export function matchSpans(text: string, highlight: ReadonlySet<string>): MatchSpan[] {
  const spans: Array<[number, number]> = [];
  for (const token of tokenize(normalizeText(text))) {
    if (!highlight.has(token.term)) continue;
    const last = spans[spans.length - 1];
    if (last && token.start <= last[1]) last[1] = Math.max(last[1], token.end);
    else spans.push([token.start, token.end]);
  }
  return spans;
}

/**
 * The window of `text` with the most highlighted characters, cut at SNIPPET_LENGTH with an ellipsis where cut.
 * Line breaks become spaces so the snippet sits on one line.
 */
export function makeSnippet(text: string, highlight: ReadonlySet<string>, length = SNIPPET_LENGTH): Snippet {
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
