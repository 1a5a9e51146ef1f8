/**
 * Units: the paragraph's sentences, merged wherever a quotation crosses a sentence boundary,
 * so `"We are not retreating. We are matching…," Liu said.` is one unit with its attribution.
 */
import type { Paragraph } from '../types.ts';
import type { QuoteSpan } from './quote-marks.ts';
import type { Token } from './tokens.ts';

export interface Unit {
  start: number;
  end: number;
  /** Token indexes into the paragraph's tokens: `[first, last)`. */
  first: number;
  last: number;
}

/** Sentence boundaries from `paragraph.sentences`, or the whole paragraph when they are missing or out of range. */
function sentenceRanges(paragraph: Paragraph): Array<[number, number]> {
  const length = paragraph.text.length;
  const ranges = (paragraph.sentences ?? [])
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length && s.end > s.start)
    .map((s) => [s.start, s.end] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  return ranges.length > 0 ? ranges : [[0, length]];
}

export function buildUnits(paragraph: Paragraph, spans: QuoteSpan[], tokens: Token[]): Unit[] {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sentenceRanges(paragraph)) {
    const previous = merged[merged.length - 1];
    const boundary = previous?.[1] ?? -1;
    const quoteCrosses = spans.some((span) => span.open < boundary && span.after > boundary);
    if (previous && (quoteCrosses || start < previous[1])) previous[1] = Math.max(previous[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => {
    let first = tokens.findIndex((t) => t.start >= start);
    if (first < 0) first = tokens.length;
    let last = first;
    while (last < tokens.length && (tokens[last]?.start ?? Infinity) < end) last++;
    return { start, end, first, last };
  });
}
