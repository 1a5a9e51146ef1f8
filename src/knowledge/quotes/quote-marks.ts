/**
 * Finds the quotations in a paragraph: straight ("…") or curly (“…”) double marks, and the
 * single marks British style uses ('…', ‘…’) outside them. A single mark counts only where it
 * cannot be an apostrophe: it opens after a space and closes before a space or punctuation,
 * never between letters (`don’t`) and, where it can, not after a plural (`Farmers' Union`).
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or the paragraph's end when the quote runs on). */
  after: number;
  /** The words between the marks: `text === paragraphText.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  /**
   * False when the paragraph ends inside the quotation: the news convention for a quote that
   * runs on into the next paragraph, which opens with a fresh mark.
   */
  closed: boolean;
}

const CURLY_OPEN = new Set(['“', '„', '«']);
const CURLY_CLOSE = new Set(['”', '»']);

/** A straight mark opens when it starts the text or follows a space or an opening bracket or dash. */
function opensHere(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
  const after = text[i + 1] ?? ' ';
  return /[\s([{\u2014\u2013-]/.test(before) && !/\s/.test(after);
}

const SINGLE_MARKS = new Set(["'", '‘', '’']);

function singleOpensHere(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '’') return false;
  const before = i === 0 ? ' ' : (text[i - 1] ?? ' ');
  const rest = text.slice(i + 1);
  return /[\s([{\u2014\u2013-]/.test(before) && /^[\p{L}\p{N}]/u.test(rest) && !/^\d\ds\b/.test(rest); // not `'90s`
}

/** Where the single quotation opened at `open` closes, or -1. */
function singleCloses(text: string, open: number, limit: number): number {
  let fallback = -1;
  for (let i = open + 2; i < limit; i++) {
    if (!SINGLE_MARKS.has(text[i] ?? '') || text[i] === '‘') continue;
    const before = text[i - 1] ?? '';
    const after = text[i + 1];
    if (/\s/.test(before) || (after !== undefined && /[\p{L}\p{N}]/u.test(after))) continue; // `don’t`, `’90s`
    if (after === undefined || /[,.;:?!)\]\u2014\u2013-]/.test(after)) return i;
    // Before a space: a closing mark, unless it may be a plural's apostrophe (`Farmers' Union`).
    if (before !== 's') return i;
    if (fallback < 0) fallback = i;
  }
  return fallback;
}

function findSingleQuoteSpans(text: string, doubles: QuoteSpan[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const limitAfter = (i: number) => doubles.find((d) => d.open > i)?.open ?? text.length;
  for (let i = 0; i < text.length; i++) {
    const inside = doubles.find((d) => i >= d.open && i < d.after);
    if (inside) {
      i = inside.after - 1;
      continue;
    }
    if (!SINGLE_MARKS.has(text[i] ?? '') || !singleOpensHere(text, i)) continue;
    const close = singleCloses(text, i, limitAfter(i));
    if (close < 0) continue;
    spans.push({ open: i, after: close + 1, start: i + 1, end: close, text: text.slice(i + 1, close), closed: true });
    i = close;
  }
  return spans;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const doubles = findDoubleQuoteSpans(text);
  const singles = findSingleQuoteSpans(text, doubles);
  return [...doubles, ...singles].sort((a, b) => a.open - b.open);
}

function findDoubleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const isStraight = ch === '"';
    if (openAt < 0) {
      if (CURLY_OPEN.has(ch) || (isStraight && opensHere(text, i))) openAt = i;
      continue;
    }
    if (CURLY_CLOSE.has(ch) || isStraight) {
      spans.push({ open: openAt, after: i + 1, start: openAt + 1, end: i, text: text.slice(openAt + 1, i), closed: true });
      openAt = -1;
    } else if (CURLY_OPEN.has(ch)) {
      // An opening mark inside an open quotation: the earlier mark was never closed, start again here.
      openAt = i;
    }
  }
  if (openAt >= 0) {
    const end = text.trimEnd().length;
    if (end > openAt + 1) {
      spans.push({ open: openAt, after: end, start: openAt + 1, end, text: text.slice(openAt + 1, end), closed: false });
    }
  }
  return spans.filter((span) => span.text.trim().length > 0);
}
