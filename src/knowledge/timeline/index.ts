/**
 * Timeline extraction: every date mention in an article becomes an event, its date resolved
 * against the publication date, with the verbatim clause it dates.
 *
 * Pipeline, per paragraph: find mentions (`mentions.ts`) → read the tense around each (`tense.ts`)
 * → resolve against publication (`resolve.ts`) → cut the event text (`clause.ts`). Then, across
 * paragraphs: re-count day words in quotes from the day they were spoken (`quoted.ts`) → resolve
 * mentions that lean on an earlier one (`anchors.ts`) → sort (`order.ts`).
 */
import type { Paragraph, TimelineEvent } from '../types.ts';
import { reanchorTheUnit } from './anaphoric.ts';
import { resolveAnchored, type Draft } from './anchors.ts';
import { parsePublished, type DayNumber } from './calendar.ts';
import { eventText, sentenceSpan } from './clause.ts';
import { isAbsolute, type Direction } from './expressions.ts';
import { findMentions } from './mentions.ts';
import { compareTimeline } from './order.ts';
import { reanchorQuotedDayWords, storyDay } from './quoted.ts';
import { resolveAbsolute } from './resolve.ts';
import { tenseAt } from './tense.ts';

export { InvalidPublishedDateError } from './calendar.ts';

/** Thrown for paragraphs that are not `{ number, text }` objects, naming the one at fault. */
export class TimelineInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimelineInputError';
  }
}

function checkParagraphs(paragraphs: unknown): asserts paragraphs is Paragraph[] {
  if (!Array.isArray(paragraphs)) throw new TimelineInputError(`extractEvents: expected an array of paragraphs, got ${typeof paragraphs}.`);
  paragraphs.forEach((p: unknown, i) => {
    const paragraph = p as Partial<Paragraph> | null;
    if (typeof paragraph !== 'object' || paragraph === null) throw new TimelineInputError(`extractEvents: paragraph at index ${i} is not an object.`);
    if (typeof paragraph.text !== 'string') throw new TimelineInputError(`extractEvents: paragraph at index ${i} has no text (expected a string).`);
    if (!Number.isInteger(paragraph.number)) throw new TimelineInputError(`extractEvents: paragraph at index ${i} has no integer \`number\`.`);
  });
}

interface Located extends Draft {
  sentence: { start: number; end: number };
  direction?: Direction;
  text: string;
}

function locate(paragraph: Paragraph, published: DayNumber): Located[] {
  return findMentions(paragraph.text).flatMap((mention): Located[] => {
    const sentence = sentenceSpan(paragraph, mention.start, mention.end);
    const sentenceText = paragraph.text.slice(sentence.start, sentence.end);
    const direction = mention.tenseFree ? undefined : (mention.lean ?? tenseAt(sentenceText, mention.start - sentence.start, mention.end - sentence.start));
    if (mention.onlyIfFuture && direction !== 'future') return [];
    const expression = mention.expression;
    const period = isAbsolute(expression) ? resolveAbsolute(expression, published, direction) : undefined;
    return [{
      mention,
      paragraph: paragraph.number,
      sentence,
      ...(direction ? { direction } : {}),
      ...(period ? { period } : {}),
      text: eventText(paragraph.text, sentence, mention),
    }];
  });
}

/**
 * Finds dated events and resolves their dates against `published` (`YYYY-MM-DD`).
 * Throws `InvalidPublishedDateError` or `TimelineInputError` with a message naming what is wrong.
 */
export function extractEvents(paragraphs: Paragraph[], published: string): TimelineEvent[] {
  const publishedDay = parsePublished(published);
  checkParagraphs(paragraphs);
  const byParagraph = paragraphs.map((p) => locate(p, publishedDay));
  const story = storyDay(byParagraph[0] ?? [], publishedDay);
  paragraphs.forEach((p, i) => reanchorQuotedDayWords(p.text, byParagraph[i] ?? [], story));
  const drafts = byParagraph.flat();
  reanchorTheUnit(drafts, publishedDay);
  resolveAnchored(drafts);
  const events = drafts.flatMap((d) => {
    const period = d.period;
    if (!period) return [];
    const expected = !d.anchor && (period.first > publishedDay || (period.last >= publishedDay && d.direction === 'future'));
    const event: TimelineEvent = {
      date: period.date,
      precision: period.precision,
      written: d.mention.written,
      text: d.text,
      paragraph: d.paragraph,
      expected,
      ...(d.anchor ? { after: { written: d.anchor.mention.written, paragraph: d.anchor.paragraph } } : {}),
    };
    return [{ event, sort: { date: event.date, placedAfter: Boolean(d.anchor), paragraph: d.paragraph, offset: d.mention.start } }];
  });
  return events.sort((a, b) => compareTimeline(a.sort, b.sort)).map((e) => e.event);
}
