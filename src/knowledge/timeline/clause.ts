/**
 * The short verbatim text an event shows: its sentence when that is short, otherwise the clause
 * around the date, cut at punctuation first and at conjunctions second. Every cut is a slice of
 * the paragraph, so `paragraph.text.includes(event.text)` always holds.
 */
import type { Paragraph } from '../types.ts';

export interface Span {
  start: number;
  end: number;
}

/** A sentence longer than this is cut down to the clause around the date. */
export const MAX_EVENT_TEXT = 160;
/** A clause shorter than this is widened with its neighbour: `Earlier this month` alone says nothing. */
export const MIN_EVENT_TEXT = 40;

/**
 * The sentence(s) of `paragraph` covering `[start, end)`; several when a splitter broke a
 * sentence inside the date (`Oct.` / `30`). Sentences that are not verbatim slices of the
 * paragraph are ignored; with none usable, the whole paragraph stands in.
 */
export function sentenceSpan(paragraph: Paragraph, start: number, end: number): Span {
  const usable = (Array.isArray(paragraph.sentences) ? paragraph.sentences : []).filter(
    (s) => Number.isInteger(s.start) && Number.isInteger(s.end) && paragraph.text.slice(s.start, s.end) === s.text && s.end > s.start,
  );
  const covering = usable.filter((s) => s.end > start && s.start < end);
  if (covering.length === 0) return { start: 0, end: paragraph.text.length };
  return { start: Math.min(...covering.map((s) => s.start)), end: Math.max(...covering.map((s) => s.end)) };
}

/** Offsets (into the paragraph) where punctuation divides a sentence into clauses. */
function punctuationCuts(text: string, within: Span, mention: Span): number[] {
  const cuts: number[] = [];
  const region = text.slice(within.start, within.end);
  for (const m of region.matchAll(/[,;:]\s+|\s+[—–-]\s+|[—–]|[()]/g)) {
    const at = within.start + m.index;
    const after = at + m[0].length;
    if (after <= mention.start) cuts.push(after);
    else if (at >= mention.end) cuts.push(at);
  }
  return cuts;
}

const CONJUNCTION = /\s(?=(?:that|which|who|where|when|while|because|after|before|but|and|although|though|so|if|as|whereas)\s)/g;

/** Offsets where a conjunction opens a new clause, away from the date's own preposition. */
function conjunctionCuts(text: string, within: Span, mention: Span): number[] {
  const cuts: number[] = [];
  const region = text.slice(within.start, within.end);
  for (const m of region.matchAll(CONJUNCTION)) {
    const at = within.start + m.index + 1; // the conjunction's first letter
    const wordEnd = at + (/^\S+/.exec(text.slice(at))?.[0].length ?? 0);
    if (wordEnd + 1 >= mention.start && at <= mention.end) continue; // `after Monday`: part of the date's phrase
    cuts.push(at);
  }
  return cuts;
}

/** The longest `[l, r)` from the candidates that holds the mention and fits `max`; the tightest if none fits. */
function widestFitting(lefts: number[], rights: number[], max: number): Span {
  let best: Span | undefined;
  for (const l of lefts) {
    for (const r of rights) {
      if (r - l <= max && (!best || r - l > best.end - best.start)) best = { start: l, end: r };
    }
  }
  return best ?? { start: Math.max(...lefts), end: Math.min(...rights) };
}

/** Trims spaces and dangling punctuation from both ends of `[start, end)`. */
function tidy(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:—–-]/.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

/** Cuts to whole words around the mention when no clause boundary gets under `max`. */
function wordWindow(text: string, within: Span, mention: Span, max: number): Span {
  let { start, end } = mention;
  for (;;) {
    const space = text.lastIndexOf(' ', start - 2);
    const widerStart = space < within.start ? within.start : space + 1;
    const nextSpace = text.indexOf(' ', end + 1);
    const widerEnd = nextSpace < 0 || nextSpace > within.end ? within.end : nextSpace;
    let grew = false;
    if (widerStart < start && end - widerStart <= max) [start, grew] = [widerStart, true];
    if (widerEnd > end && widerEnd - start <= max) [end, grew] = [widerEnd, true];
    if (!grew) return { start, end };
  }
}

/** The event's verbatim text for a mention at `mention` inside `sentence` (both paragraph offsets). */
export function eventText(text: string, sentence: Span, mention: Span, max = MAX_EVENT_TEXT, min = MIN_EVENT_TEXT): string {
  const whole = tidy(text, sentence);
  if (whole.end - whole.start <= max) return text.slice(whole.start, whole.end);
  // Clauses between punctuation, widened until they say something.
  const cuts = punctuationCuts(text, whole, mention);
  const lefts = [whole.start, ...cuts.filter((c) => c <= mention.start)];
  const rights = [...cuts.filter((c) => c >= mention.end), whole.end];
  let li = lefts.length - 1;
  let ri = 0;
  const at = (): Span => tidy(text, { start: lefts[li] ?? whole.start, end: rights[ri] ?? whole.end });
  while (at().end - at().start < min && (li > 0 || ri < rights.length - 1)) {
    const span = at();
    // A date that opens its clause (`Earlier this month, …`) needs what follows; otherwise take the subject on the left.
    const dateOpens = mention.start - span.start <= 1;
    if ((dateOpens || li === 0) && ri < rights.length - 1) ri++;
    else li--;
  }
  let clause = at();
  if (clause.end - clause.start <= max) return text.slice(clause.start, clause.end);
  // Still long: cut at conjunctions inside the clause.
  const inner = conjunctionCuts(text, clause, mention);
  clause = tidy(text, widestFitting([clause.start, ...inner.filter((c) => c <= mention.start)], [...inner.filter((c) => c > mention.end), clause.end], max));
  if (clause.end - clause.start > max) clause = tidy(text, wordWindow(text, clause, mention, max));
  return text.slice(clause.start, clause.end);
}
