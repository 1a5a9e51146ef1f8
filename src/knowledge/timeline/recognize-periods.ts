/**
 * Months, years, seasons and quarters written without a day: `in January`, `since 2019`,
 * `by early summer`, `third-quarter`. Each of these words has other lives (`Theresa May`,
 * `2019 residents`, `the fall of Kabul`, `a quarter of voters`), so each needs a context
 * that makes it a date.
 */
import type { Mention, Season, Shift } from './expressions.ts';
import { atSentenceStart, COUNT_NOUNS, MONTH_NAME, monthNumber, TEMPORAL_LEAD } from './patterns.ts';
import { mentionAt } from './recognize-relative.ts';

const BARE_MONTH = new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(${MONTH_NAME})\\b(?:\\s+(?:of\\s+)?(this|last|next)\\s+year\\b)?`, 'g');
/** A month followed by a day or a year is a full date: chrono reads those. */
const FULL_DATE_AFTER = /^\.?,?\s*\d/;
/** `March and May`, `April to June`: a month after another date joins it. */
const LIST_AFTER_DATE = new RegExp(`(?:${MONTH_NAME}|\\d)\\s*(?:,|and|or|to|through|until|-|–)\\s*$`);

/**
 * A month used as an adjective after a determiner: `its August recess`, `a June primary`, and after a
 * superlative, `the wettest August on record`. The word after must be a noun (or `on record`), not a
 * function word: `the March for Our Lives` is a name.
 */
const MONTH_ADJECTIVE_BEFORE = /\b(?:the|its|their|his|her|our|a|an)\s+(?:([a-z]+est)\s+)?$/;
/**
 * `Its fiscal year ends in June`: a boundary that comes round every year is a habit, not an event.
 */
const RECURRING_YEAR_BOUNDARY = /\b(?:fiscal|financial|school|academic|tax|budget|business)\s+years?\s+(?:ends|begins|starts|runs|closes|ending|beginning|starting)\s+(?:in\s+|on\s+)?$/i;
const FUNCTION_WORD_AFTER = /^\s+(?:for|of|on|in|at|to|and|or|but|as|by|with|from|is|was|are|were|has|had|will|would|said|says)\b/;

const YEAR = /(?<![\w$£€¥#@/.,'’])(1[89]\d\d|20\d\d)(?:\s*[-–]\s*(\d{4}|\d{2}))?(?![\w%]|[.,]\d|[-–]\d)/g;
const ADJECTIVE_LEAD = /\b(?:the|a|an|its|his|her|their|our|this|that|last)\s+$/i;
const YEAR_AFTER_YEAR = /\b(?:1[89]\d\d|20\d\d)\s*(?:,|and|or)\s*$/;

const SEASON = /\b(?:(this\s+past|this|last|next)\s+)?(spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?(\d{4})\b)?/gi;
const QUARTER = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[-\s]quarter\b(?:\s+(?:of\s+)?(\d{4})\b)?|\bQ([1-4])\b(?:\s+(\d{4})\b)?/gi;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

function shiftOf(word: string | undefined): Shift | undefined {
  const lower = word?.toLowerCase().replace(/\s+/g, ' ');
  return lower === 'last' || lower === 'this past' ? 'last' : lower === 'next' ? 'next' : lower === 'this' ? 'this' : undefined;
}

export function monthMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(BARE_MONTH)) {
    const end = m.index + m[0].length;
    if (FULL_DATE_AFTER.test(text.slice(end))) continue;
    const before = text.slice(0, m.index);
    if (!m[1] && !m[3] && RECURRING_YEAR_BOUNDARY.test(before)) continue;
    const shift = shiftOf(m[1]);
    const adjective = !shift && !m[3] ? adjectiveMonth(before, text.slice(end)) : false;
    if (!shift && !m[3] && !adjective && !TEMPORAL_LEAD.test(before) && !LIST_AFTER_DATE.test(before)) continue;
    const month = monthNumber(m[2] ?? '') ?? 1;
    if (adjective && !TEMPORAL_LEAD.test(before)) {
      found.push({ ...mentionAt(text, m.index, end, { kind: 'calendar', month }), tenseFree: true });
      continue;
    }
    const yearWord = m[3]?.toLowerCase();
    if (yearWord) {
      const yearOffset = yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0;
      found.push(mentionAt(text, m.index, end, { kind: 'calendar', month, yearOffset }));
    } else {
      found.push(mentionAt(text, m.index, end, { kind: 'calendar', month, ...(shift ? { shift } : {}) }));
    }
  }
  return found;
}

/** `its August recess`, `the wettest August on record`: a month naming when something was, used as an adjective. */
function adjectiveMonth(before: string, after: string): boolean {
  const lead = MONTH_ADJECTIVE_BEFORE.exec(before);
  if (!lead) return false;
  if (lead[1]) return /^\s+(?:on\s+record|in|since|ever)\b/.test(after) || /^\s*(?:[.,;]|$)/.test(after);
  return /^\s+[a-z]{3,}/.test(after) && !FUNCTION_WORD_AFTER.test(after);
}

export function yearMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(YEAR)) {
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    const nextWord = /^\s+([a-z]+)/.exec(after)?.[1];
    if (nextWord && COUNT_NOUNS.has(nextWord)) continue;
    if (/^\s*(?:percent|per\s+cent|million|billion)\b/i.test(after)) continue;
    const temporal = TEMPORAL_LEAD.test(before) || YEAR_AFTER_YEAR.test(before) || /\bmid-$/i.test(before);
    const adjective = ADJECTIVE_LEAD.test(before) && nextWord !== undefined; // `the 2024 election`
    if (!temporal && !adjective && !atSentenceStart(text, m.index)) continue;
    if (!temporal && !adjective && !/^,/.test(after)) continue; // a sentence-initial year counts only as `2024, …`
    found.push(mentionAt(text, m.index, m.index + m[0].length, { kind: 'year', year: Number(m[1]) }));
  }
  return found;
}

export function seasonMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(SEASON)) {
    const end = m.index + m[0].length;
    const word = m[2] ?? '';
    const year = m[3] ? Number(m[3]) : undefined;
    const shift = shiftOf(m[1]);
    const before = text.slice(0, m.index).replace(/\bthe\s+$/i, '');
    if (/^[A-Z]/.test(word) && !m[1] && year === undefined && !atSentenceStart(text, m.index)) continue; // `Summer Reading Challenge`
    if (!shift && year === undefined && !TEMPORAL_LEAD.test(before)) continue;
    if (/^\s+of\s+(?!\d)/i.test(text.slice(end))) continue; // `the fall of Kabul`
    const season = (word.toLowerCase() === 'autumn' ? 'fall' : word.toLowerCase()) as Season;
    // `the spring` keeps its article in `written`: `in the spring` names the season, not a coil.
    const article = /\bthe\s+$/i.exec(text.slice(0, m.index));
    const start = article && !m[1] ? article.index : m.index;
    found.push(mentionAt(text, start, end, { kind: 'season', season, ...(year !== undefined ? { year } : {}), ...(shift ? { shift } : {}) }));
  }
  return found;
}

export function quarterMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(QUARTER)) {
    const end = m.index + m[0].length;
    if (/^\s+of\s+the\b/i.test(text.slice(end))) continue; // `the third quarter of the game`
    const quarter = m[1] ? (ORDINALS[m[1].toLowerCase()] ?? 1) : Number(m[3]);
    const yearText = m[2] ?? m[4];
    found.push(mentionAt(text, m.index, end, { kind: 'quarter', quarter, ...(yearText ? { year: Number(yearText) } : {}) }));
  }
  return found;
}
