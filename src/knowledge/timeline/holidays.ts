/**
 * Named days news copy dates things by: `before Christmas`, `on Election Day`, `over Thanksgiving`.
 * Fixed ones are a month and day; floating ones follow their rule (`fourth Thursday of November`).
 * Only days whose date is the same wherever the story is read are listed, plus the U.S. federal
 * ones that wire copy uses without a country (`Independence Day` is left out: every country has one).
 */
import { dayNumber, weekdayOf, type DayNumber } from './calendar.ts';
import type { DateExpression, Mention } from './expressions.ts';
import { TEMPORAL_LEAD } from './patterns.ts';
import { mentionAt } from './recognize-relative.ts';

/** The `n`th `weekday` (0 = Sunday) of a month; `n = -1` for the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): DayNumber {
  if (n < 0) {
    const last = dayNumber(year, month + 1, 0);
    return last - ((weekdayOf(last) - weekday + 7) % 7);
  }
  const first = dayNumber(year, month, 1);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
}

/** Western Easter Sunday (the anonymous Gregorian algorithm). */
function easter(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

const fixed = (month: number, day: number) => (year: number): DayNumber => dayNumber(year, month, day);
const thanksgiving = (year: number): DayNumber => nthWeekday(year, 11, 4, 4);

/** Name as a regular-expression source → its date in a given year. Longer names first. */
export const HOLIDAYS: [string, (year: number) => DayNumber][] = [
  ["New Year['’]s Eve", fixed(12, 31)],
  ["New Year['’]s(?: Day)?", fixed(1, 1)],
  ['Christmas Eve', fixed(12, 24)],
  ['Christmas(?: Day)?', fixed(12, 25)],
  ['Boxing Day', fixed(12, 26)],
  ["Valentine['’]s Day", fixed(2, 14)],
  ["St\\. Patrick['’]s Day", fixed(3, 17)],
  ['Juneteenth', fixed(6, 19)],
  ['the Fourth of July|July Fourth', fixed(7, 4)],
  ['Halloween', fixed(10, 31)],
  ['Veterans Day', fixed(11, 11)],
  ['Martin Luther King(?: Jr\\.)? Day', (y) => nthWeekday(y, 1, 1, 3)],
  ["Presidents['’]? Day", (y) => nthWeekday(y, 2, 1, 3)],
  ['Memorial Day', (y) => nthWeekday(y, 5, 1, -1)],
  ["Mother['’]s Day", (y) => nthWeekday(y, 5, 0, 2)],
  ["Father['’]s Day", (y) => nthWeekday(y, 6, 0, 3)],
  ['Labor Day', (y) => nthWeekday(y, 9, 1, 1)],
  ['Election Day', (y) => nthWeekday(y, 11, 1, 1) + 1],
  ['Thanksgiving(?: Day)?', thanksgiving],
  ['Black Friday', (y) => thanksgiving(y) + 1],
  ['Cyber Monday', (y) => thanksgiving(y) + 4],
  ['Good Friday', (y) => easter(y) - 2],
  ['Easter Monday', (y) => easter(y) + 1],
  ['Easter(?: Sunday)?', easter],
];

const NAMES = new RegExp(`\\b(?:${HOLIDAYS.map(([name]) => `(${name})`).join('|')})(?:,?\\s+(\\d{4})\\b)?`, 'g');
/** Prepositions that make a holiday name a date (`before Christmas`), on top of the usual temporal ones. */
const HOLIDAY_LEAD = /\b(?:on|at|over|ahead\s+of|around|the\s+week\s+of|the\s+day\s+(?:before|after))\s*$/i;
const DAY_NEIGHBOUR = /\bthe\s+day\s+(before|after)\s+$/i;
/** Nouns that may follow a holiday name in a date (`before the Thanksgiving holiday`); any other makes it an adjective (`Christmas shopping`). */
const HOLIDAY_NOUNS = /^\s+(?:holiday|holidays|weekend|break|recess|morning|afternoon|evening|night)\b/;

/**
 * Words a holiday name cannot modify, so after a lead preposition it is a date: `By Christmas the wing
 * will be staffed`, `before Easter we will decide`.
 */
const CLAUSE_WORD_AFTER = /^\s+(?:the|a|an|this|these|those|it|he|she|we|they|i|you|there|and|or|but|when|if|as|so|is|was|will|would)\b/;

/**
 * `at a New Year's Day rally`, `during the Christmas Eve service`: an event held on the day itself.
 * Only names of a single day (`… Day`, `… Eve`): `at a Christmas party` may be any evening in December.
 */
function dayEvent(before: string, name: string, after: string): boolean {
  return /(?:Day|Eve)$/.test(name) && /\b(?:at|during)\s+(?:a|an|the|its|his|her|their)\s+$/i.test(before) && /^\s+[a-z]{3,}/.test(after);
}

export function holidayMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(NAMES)) {
    const index = m.slice(1, HOLIDAYS.length + 1).findIndex((g) => g !== undefined);
    const yearText = m[HOLIDAYS.length + 1];
    const before = text.slice(0, m.index).replace(/\bthe\s+$/i, '');
    const after = text.slice(m.index + m[0].length);
    if (!yearText && dayEvent(text.slice(0, m.index), m[0], after)) {
      found.push(mentionAt(text, m.index, m.index + m[0].length, { kind: 'holiday', holiday: index }));
      continue;
    }
    if (!yearText && !TEMPORAL_LEAD.test(before) && !HOLIDAY_LEAD.test(before)) continue;
    if (!yearText && /^\s+[a-z]/.test(after) && !HOLIDAY_NOUNS.test(after) && !CLAUSE_WORD_AFTER.test(after)) continue;
    const holiday: DateExpression = { kind: 'holiday', holiday: index, ...(yearText ? { year: Number(yearText) } : {}) };
    // `the day after Labor Day` is the day after it: one mention, moved by a day.
    const neighbour = DAY_NEIGHBOUR.exec(text.slice(0, m.index));
    if (neighbour) {
      const amount = neighbour[1]?.toLowerCase() === 'before' ? -1 : 1;
      found.push(mentionAt(text, neighbour.index, m.index + m[0].length, { kind: 'offsetFrom', base: holiday, unit: 'day', amount }));
      continue;
    }
    found.push(mentionAt(text, m.index, m.index + m[0].length, holiday));
  }
  return found;
}

export function holidayDate(holiday: number, year: number): DayNumber | undefined {
  return HOLIDAYS[holiday]?.[1](year);
}
