/**
 * Calendar dates with a month and a day or year: `Oct. 30`, `Jan. 15, 2024`, `30 October`,
 * `the 30th of October`, `March 2024`, `Oct. 30-31`. chrono-node reads these well (abbreviations,
 * ordinals, both endians, ranges); we keep only what it knows for certain and infer the year
 * ourselves, because chrono's implied year ignores the tense of the sentence.
 */
// English only: the package's main entry also loads fifteen other locales (~150 ms of a cold start).
import { Chrono, configuration } from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import type { Mention } from './expressions.ts';
import { mentionAt } from './recognize-relative.ts';

/**
 * chrono's parsers of counted time units (`3 days ago`, `two weeks later`, `within a month`, `the next
 * 2 weeks`). They name no month, so `calendarMentions` would drop what they read (a date counted from
 * another, `three days after Nov. 5`, is read from its calendar date alone either way), and the first
 * two cost ~180 ms of a cold start: V8 compiles a pattern to machine code on its second use, and
 * theirs are the largest chrono has.
 */
export const UNUSED_PARSERS = ['ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitCasualRelativeFormatParser'];

/** chrono's casual English reader (`chrono.casual`) without UNUSED_PARSERS. */
function calendarReader(): Chrono {
  const casual = configuration.createCasualConfiguration(false);
  return new Chrono({ ...casual, parsers: casual.parsers.filter((parser) => !UNUSED_PARSERS.includes(parser.constructor.name)) });
}
export const CALENDAR_READER = calendarReader();

/** Any fixed instant: only the components chrono is certain of are used. */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };
/** A time of day glued to the date (`Nov. 24 at 3 p.m.`) is not part of the date as written. */
const TRAILING_TIME = /,?\s+(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|GMT|UTC)|noon|midnight)[\s\S]*$/i;
const LEADING_TIME = /^(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|midnight|noon),?\s+(?:on\s+)?/i;
/** Range joiners that make two dates out of one chrono result: `from Oct. 30 to Nov. 2`. */
const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
const WORD_RANGE = /\s+(?:to|through|until|till|and)\s+/i;
/**
 * `Nov. 3 of last year`, `Oct. 4 of that year`: the year written after the day belongs to it. Read as one
 * mention, so `that year` is not a second event and `Oct. 4` does not fall in the publication's year.
 */
const YEAR_PHRASE_AFTER = /^,?\s+of\s+(last|this|next|that|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+prior)\s+year\b/i;

/** The mention for a day without a year, taking a year phrase that follows it. */
function withYearPhrase(text: string, start: number, end: number, date: { month: number; day?: number; year?: number }): Mention {
  const phrase = date.day !== undefined && date.year === undefined ? YEAR_PHRASE_AFTER.exec(text.slice(end)) : null;
  if (!phrase) return mentionAt(text, start, end, { kind: 'calendar', ...date });
  const word = (phrase[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const to = end + phrase[0].length;
  // `Oct. 4 of the following year`: counted from the year of the date before it, like `of that year`.
  if (word.startsWith('the ')) {
    const yearOffset = word === 'the following' || word === 'the next' ? 1 : -1;
    return mentionAt(text, start, to, { kind: 'anchorWithin', unit: 'year', month: date.month, yearOffset, ...(date.day !== undefined ? { day: date.day } : {}) });
  }
  if (word === 'that') return mentionAt(text, start, to, { kind: 'anchorWithin', unit: 'year', month: date.month, ...(date.day !== undefined ? { day: date.day } : {}) });
  return mentionAt(text, start, to, { kind: 'calendar', ...date, yearOffset: word === 'last' ? -1 : word === 'next' ? 1 : 0 });
}

function calendarOf(c: ParsedComponents): { month: number; day?: number; year?: number } | undefined {
  if (!c.isCertain('month')) return undefined;
  const month = c.get('month') ?? 1;
  const day = c.isCertain('day') ? c.get('day') : null;
  const year = c.isCertain('year') ? c.get('year') : null;
  if (day === null && year === null) return undefined; // a bare month: `monthMentions` decides whether it is a date
  return { month, ...(day !== null ? { day } : {}), ...(year !== null ? { year } : {}) };
}

/** Trims `[start, end)` of `text` to the date proper: no time, no trailing comma, no leading `on`. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = text.slice(start, end);
  const lead = LEADING_TIME.exec(s)?.[0].length ?? 0;
  s = s.slice(lead).replace(TRAILING_TIME, '');
  const on = /^on\s+/i.exec(s)?.[0].length ?? 0;
  s = s.slice(on).replace(/[\s,;:]+$/, '');
  return [start + lead + on, start + lead + on + s.length];
}

export function calendarMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const result of CALENDAR_READER.parse(text, REFERENCE)) {
    // Only written calendar dates: chrono's casual readings (`now`, `a week before`, `for five days`)
    // are relative expressions with rules of their own. Numbers alone (`9/11`, `2-1`) need a year.
    const named = MONTH_WORD.test(result.text);
    if (!named && (/[A-Za-z]/.test(result.text) || !result.start.isCertain('year'))) continue;
    // `three days after Nov. 5` is read whole by chrono; the offset is ours to apply (see `mentions.ts`),
    // so read the calendar date inside it on its own. Likewise when a casual word glued in front
    // (`election night, Jan. 27`) cost the month and day their certainty.
    const monthAt = result.text.search(MONTH_WORD);
    if (monthAt > 0 && (result.tags().has('result/relativeDate') || !calendarOf(result.start))) {
      const offset = result.index + monthAt;
      const inner = calendarMentions(text.slice(offset, result.index + result.text.length));
      found.push(...inner.map((m) => mentionAt(text, m.start + offset, m.end + offset, m.expression)));
      continue;
    }
    // chrono reads `end of March` as March 31: a day the text never gave. The bare month is read elsewhere.
    if (/^(?:the\s+)?(?:end|beginning|start|middle)\s+of\b/i.test(result.text)) continue;
    const first = calendarOf(result.start);
    if (!first) continue;
    const joiner = result.end ? WORD_RANGE.exec(result.text) : null;
    const second = result.end && joiner ? calendarOf(result.end) : undefined;
    if (joiner && second) {
      // Two dates written as a span: one mention each, so each keeps its own event.
      const [s1, e1] = trimSpan(text, result.index, result.index + joiner.index);
      const [s2, e2] = trimSpan(text, result.index + joiner.index + joiner[0].length, result.index + result.text.length);
      found.push(mentionAt(text, s1, e1, { kind: 'calendar', ...first }));
      found.push(withYearPhrase(text, s2, e2, second));
      continue;
    }
    const [start, end] = trimSpan(text, result.index, result.index + result.text.length);
    found.push(withYearPhrase(text, start, end, first));
  }
  return found;
}
