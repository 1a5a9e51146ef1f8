/**
 * `today`, `yesterday` and `tomorrow` inside a direct quote count from the day the words were
 * spoken, not from publication: `"We vote today," Benn said Friday` puts the vote on Friday.
 * When the sentence dates the speaking (`said Friday`, `told reporters on Monday`), the quote's
 * day words move to that day. Otherwise, wire copy's convention: a story that leads with an event
 * of the last few days (`A jury on Thursday convicted …`, published Friday) quotes people on that
 * day, so its undated quotes count from it. With neither, publication stands in.
 */
import type { DayNumber } from './calendar.ts';
import type { Mention } from './expressions.ts';
import { dayPeriod, type Period } from './period.ts';

/** True when `index` lies inside a quotation in `text`. */
export function insideQuote(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

/** The `[start, end)` of the quotation holding `index` (inside the marks), or undefined outside quotes. */
export function quoteAround(text: string, index: number): { start: number; end: number } | undefined {
  if (!insideQuote(text, index)) return undefined;
  const before = text.slice(0, index);
  const straightOpen = before.lastIndexOf('"');
  const curlyOpen = before.lastIndexOf('“');
  const straight = straightOpen > curlyOpen;
  const start = (straight ? straightOpen : curlyOpen) + 1;
  const close = text.indexOf(straight ? '"' : '”', index);
  return { start, end: close < 0 ? text.length : close };
}

/**
 * The number of words in the quotation holding `index`, or undefined outside quotes. A quote split by its
 * attribution (`"Today," she said, "we vote."`) counts on into the part after it.
 */
export function quoteWordCount(text: string, index: number): number | undefined {
  const span = quoteAround(text, index);
  if (!span) return undefined;
  const words = (from: number, to: number): number => (text.slice(from, to).match(/[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g) ?? []).length;
  const resumed = /^["”][^.!?"“”]*,\s*["“]/.exec(text.slice(span.end));
  if (!resumed) return words(span.start, span.end);
  const rest = quoteAround(text, span.end + resumed[0].length);
  return words(span.start, span.end) + (rest ? words(rest.start, rest.end) : 0);
}

const SPEECH_BEFORE = /\b(?:said|says|told|added|wrote|stated|declared|announced|asked|warned|tweeted|posted)\b(?:\s+\w+){0,3}\s+(?:on\s+)?$/i;

export interface DatedMention {
  mention: Mention;
  period?: Period;
  sentence: { start: number; end: number };
}

/** How far before publication a lead's day may lie and still be the day its quotes were spoken. */
export const MAX_STORY_DAY_LAG = 3;

/**
 * The day the story reports on: the first past, day-precision date of the lead paragraph, if it
 * lies within `MAX_STORY_DAY_LAG` days before publication.
 */
export function storyDay(lead: DatedMention[], published: DayNumber): DayNumber | undefined {
  const day = lead.find((d) => d.period?.precision === 'day' && d.period.first <= published)?.period?.first;
  return day !== undefined && published - day <= MAX_STORY_DAY_LAG ? day : undefined;
}

/** Day words in a quote, re-counted from the dated speech verb of their sentence, or else from the story's day. */
export function reanchorQuotedDayWords(text: string, drafts: DatedMention[], story?: DayNumber): void {
  for (const draft of drafts) {
    const expr = draft.mention.expression;
    if (expr.kind !== 'calendarOffset' || expr.unit !== 'day' || !insideQuote(text, draft.mention.start)) continue;
    const speech = drafts.find(
      (other) =>
        other !== draft &&
        other.period?.precision === 'day' &&
        other.sentence.start === draft.sentence.start &&
        !insideQuote(text, other.mention.start) &&
        SPEECH_BEFORE.test(text.slice(draft.sentence.start, other.mention.start)),
    );
    const spoken = speech?.period?.first ?? story;
    if (spoken !== undefined) draft.period = dayPeriod(spoken + expr.amount);
  }
}
