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
import { isAbsolute, type Direction, type Mention } from './expressions.ts';
import { findMentions } from './mentions.ts';
import { compareTimeline } from './order.ts';
import { MAX_STORY_DAY_LAG, reanchorQuotedDayWords, storyDay } from './quoted.ts';
import { inReportedPrediction } from './reported.ts';
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

/**
 * The direction of a mention: its own words, else its verb's tense, turned to the future when the verb is a
 * backshifted prediction in reported speech (`said storms were possible Wednesday`) — unless the same
 * sentence dates the report well before publication (`On June 2, officials said …`), when `now` is not the
 * moment the prediction looked ahead from.
 */
function directionOf(mention: Mention, sentenceText: string, offset: number, earlier: Located[], published: DayNumber): Direction | undefined {
  if (mention.tenseFree) return undefined;
  if (mention.lean) return mention.lean;
  const start = mention.start - offset;
  const tense = tenseAt(sentenceText, start, mention.end - offset);
  if (tense === 'future' || !inReportedPrediction(sentenceText, start)) return tense;
  const staleReport = earlier.some((e) => e.sentence.start === offset && e.period !== undefined && e.period.last < published - MAX_STORY_DAY_LAG);
  return staleReport ? tense : 'future';
}

function locate(paragraph: Paragraph, published: DayNumber): Located[] {
  const located: Located[] = [];
  for (const mention of findMentions(paragraph.text)) {
    const sentence = sentenceSpan(paragraph, mention.start, mention.end);
    const sentenceText = paragraph.text.slice(sentence.start, sentence.end);
    const direction = directionOf(mention, sentenceText, sentence.start, located, published);
    if (mention.onlyIfFuture && direction !== 'future') continue;
    const expression = mention.expression;
    const period = isAbsolute(expression) ? resolveAbsolute(expression, published, direction) : undefined;
    located.push({
      mention,
      paragraph: paragraph.number,
      sentence,
      ...(direction ? { direction } : {}),
      ...(period ? { period } : {}),
      text: eventText(paragraph.text, sentence, mention),
    });
  }
  return located;
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
