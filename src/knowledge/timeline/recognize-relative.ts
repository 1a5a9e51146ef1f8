/**
 * News-style dates counted from publication, which chrono either lacks or resolves differently:
 * weekdays (most recent, not nearest), `this month`, `last week`, `yesterday`, `two weeks ago`.
 */
import type { DateExpression, Mention, Shift } from './expressions.ts';
import { quoteWordCount } from './quoted.ts';
import { atSentenceStart, COUNT, countValue, unitOf, WEEKDAY_NAME, WEEKDAYS } from './patterns.ts';

export function mentionAt(text: string, start: number, end: number, expression: DateExpression): Mention {
  return { start, end, written: text.slice(start, end), expression };
}

function shiftOf(word: string | undefined): Shift | undefined {
  const lower = word?.toLowerCase().replace(/\s+/g, ' ');
  if (lower === 'last' || lower === 'this past') return 'last';
  if (lower === 'next') return 'next';
  if (lower === 'this') return 'this';
  return undefined;
}

/** `this month`, `last week`, `next year`, `this past weekend` — but not `the last year` (a duration) or `every week`. */
const CALENDAR_UNIT = /(?<!\b(?:the|a|an|every|each|per|within)\s+)\b(this\s+past|this|last|next)\s+(week|month|year|weekend)\b/gi;
/** `by the end of the year`, `by year's end`: the current one. `widen` adds `the end of`. */
const THE_UNIT = /(?<=\b(?:end|beginning|start|middle)\s+of\s+)the\s+(week|month|year)\b|\b(week|month|year)(?:['’]s\s+end|-end)\b/gi;
const DAY_WORD = /\b(yesterday|today|tomorrow|tonight)\b|\b(last\s+night)\b|\bthis\s+(?:morning|afternoon|evening)\b/gi;
const AGO = new RegExp(`\\b(${COUNT})\\s+(days?|weeks?|months?|years?)\\s+ago\\b`, 'gi');
/**
 * `in 18 months`, `in two years' time`: counted ahead from publication (kept only with a future verb).
 * Not after a superlative or a count of times (`the first cut in 18 months`, `the highest in two years`,
 * `twice in three weeks`), nor before `of` (`in two years of talks`): those are spans looking back.
 */
const IN_COUNTED = new RegExp(`\\bin\\s+(${COUNT})\\s+(days?|weeks?|months?|years?)(?:['’]\\s+time)?\\b(?!\\s+of\\b)`, 'gi');
const LOOKING_BACK_BEFORE = /\b(?:first|highest|lowest|biggest|largest|smallest|most|least|best|worst|fewest|longest|shortest|only|strongest|weakest|steepest|sharpest|fastest|slowest|once|twice|times|time)\b(?:\s+[\w'’-]+){0,4}\s+$/i;
const THE_WEEKEND = /\b(?:over|through|during|at|on|until|till|by|for|since|into)\s+the\s+(weekend)\b/gi;
const WEEKDAY = new RegExp(`\\b(?:((?:[Ll]ast|[Nn]ext|[Tt]his(?:\\s+past)?))\\s+)?(${WEEKDAY_NAME})\\b(?:\\s+(morning|afternoon|evening|night))?`, 'g');
/** Weekday names inside the names of days and papers: `Black Friday`, `Super Tuesday`, `the Sunday Times`. */
const NAMED_DAY_BEFORE = /\b(?:Black|Cyber|Good|Ash|Super|Holy|Maundy|Bloody|Easter|Palm|Shrove|Giving|Blue|Manic|Man|Girl)\s+$/;
/** `every Monday`, and the days listed after it: `every Monday and Thursday`. */
const RECURRING_BEFORE = new RegExp(`\\b(?:every|each|on\\s+alternate|most|some)\\s+(?:${WEEKDAY_NAME}\\s*(?:,|and|or)\\s*)*$`, 'i');
/** `open Monday through Friday`: a weekly schedule, not two dates. */
const SCHEDULE_BEFORE = new RegExp(`\\b${WEEKDAY_NAME}\\s*(?:through|thru|to|-|–)\\s*$`);
const SCHEDULE_AFTER = new RegExp(`^\\s*(?:through|thru|to|-|–)\\s*${WEEKDAY_NAME}\\b`);

/** A quote this short is an answer or a retort (`"Not today."`), not a report of what happened that day. */
const MAX_ANSWER_QUOTE_WORDS = 3;

/**
 * Nouns of things that happen on a day: `today's verdict` is the verdict handed down today, while
 * `today's prices`, `today's teenagers` mean the present.
 */
const DAY_EVENT_NOUNS = new Set(
  ('decision verdict ruling judgment sentencing vote election primary runoff referendum announcement meeting hearing ' +
    'session summit talk debate speech statement address briefing conference report release launch opening closure ' +
    'deal agreement order move action event ceremony rally protest march strike walkout attack shooting crash explosion ' +
    'storm game match race final result win victory loss defeat arrest raid filing testimony news')
    .split(' '),
);

/**
 * `today` meaning `now`, not a day: a possessive before a noun that is not an event (`today's prices`,
 * `today's teenagers`) or the whole of a short quoted reply (`"Not today."`).
 */
function notADay(text: string, start: number, end: number): boolean {
  // The noun may follow an adjective (`today's unanimous verdict`), so the next two words are read.
  const possessed = /^['’]s\s+([A-Za-z-]+)(?:\s+([A-Za-z]+))?/.exec(text.slice(end));
  if (possessed) {
    const isEvent = (word: string | undefined): boolean => word !== undefined && (DAY_EVENT_NOUNS.has(word.toLowerCase()) || DAY_EVENT_NOUNS.has(word.toLowerCase().replace(/s$/, '')));
    return !isEvent(possessed[1]) && !isEvent(possessed[2]);
  }
  const words = quoteWordCount(text, start);
  return words !== undefined && words <= MAX_ANSWER_QUOTE_WORDS;
}

export function relativeMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(CALENDAR_UNIT)) {
    const unit = m[2]?.toLowerCase() as 'week' | 'month' | 'year' | 'weekend';
    const shift = shiftOf(m[1]);
    const amount = shift === 'last' ? -1 : shift === 'next' ? 1 : 0;
    found.push(mentionAt(text, m.index, m.index + m[0].length, { kind: 'calendarOffset', unit, amount }));
  }
  for (const m of text.matchAll(THE_UNIT)) {
    const unit = (m[1] ?? m[2])?.toLowerCase() as 'week' | 'month' | 'year';
    found.push({ ...mentionAt(text, m.index, m.index + m[0].length, { kind: 'calendarOffset', unit, amount: 0 }), anaphoric: true });
  }
  for (const m of text.matchAll(DAY_WORD)) {
    const word = (m[1] ?? m[2] ?? 'today').toLowerCase().replace(/\s+/g, ' ');
    // `USA Today`, `Russia Today`: a capitalized `Today` mid-sentence is a title.
    if (/^[A-Z]/.test(m[0]) && !atSentenceStart(text, m.index)) continue;
    if (word === 'today' && notADay(text, m.index, m.index + m[0].length)) continue;
    const amount = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
    found.push(mentionAt(text, m.index, m.index + m[0].length, { kind: 'calendarOffset', unit: 'day', amount }));
  }
  for (const m of text.matchAll(AGO)) {
    const amount = countValue(m[1] ?? '') ?? 1;
    found.push(mentionAt(text, m.index, m.index + m[0].length, { kind: 'counted', unit: unitOf(m[2] ?? 'day'), amount: -amount }));
  }
  for (const m of text.matchAll(IN_COUNTED)) {
    if (LOOKING_BACK_BEFORE.test(text.slice(0, m.index))) continue;
    const amount = countValue(m[1] ?? '') ?? 1;
    found.push({ ...mentionAt(text, m.index, m.index + m[0].length, { kind: 'counted', unit: unitOf(m[2] ?? 'day'), amount }), onlyIfFuture: true });
  }
  for (const m of text.matchAll(THE_WEEKEND)) {
    const start = m.index + m[0].length - 'the weekend'.length;
    found.push(mentionAt(text, start, m.index + m[0].length, { kind: 'theWeekend' }));
  }
  for (const m of text.matchAll(WEEKDAY)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (NAMED_DAY_BEFORE.test(before) || RECURRING_BEFORE.test(before)) continue;
    if (SCHEDULE_BEFORE.test(before) || SCHEDULE_AFTER.test(after)) continue;
    if (/\bthe\s+$/i.test(before) && /^\s+[A-Z][a-z]/.test(after) && !m[3]) continue; // `the Sunday Times`
    const weekday = WEEKDAYS.indexOf(m[2] ?? '');
    const shift = shiftOf(m[1]);
    found.push(mentionAt(text, m.index, m.index + m[0].length, { kind: 'weekday', weekday, ...(shift ? { shift } : {}) }));
  }
  return found;
}
