/**
 * Dates the text gives only relative to an earlier date: `Since then`, `two days later`,
 * `the next day`, `later that year`, `May of that year`. They are resolved once the mention
 * they lean on is known (see `anchors.ts`).
 */
import type { Mention } from './expressions.ts';
import { atSentenceStart, COUNT, countValue, MONTH_NAME, monthNumber, unitOf } from './patterns.ts';
import { mentionAt } from './recognize-relative.ts';

/** `since then`, `after that`, `afterwards`, `subsequently`, `since that summit`, a closing `has continued since.` */
const AFTER = /\b(?:ever\s+)?since\s+then\b|\bsince\s+that\s+time\b|\b(?:since|after)\s+that\s+([a-z]+)\b|\bafter\s+that\b|\bafterwards?\b|\bsubsequently\b|\bthereafter\b|\b(?:days|weeks|months|years)\s+later\b|\b(?:ever\s+)?since(?=\s*(?:[.;,)]|$))/gi;
/** After `since that` / `after that`: words that show `that` is a pronoun or conjunction, not a pointer to an event. */
const NOT_AN_EVENT_NOUN = new Set(
  ('is was were are be been has have had would will could can may might should must did does do means meant time the a an it ' +
    'he she they we i you this there his her their its our my your to in on at of and or but if as so not')
    .split(' '),
);
const LATER_SENTENCE_START = /\bLater\b(?=,)/g;
const SHIFT_COUNTED = new RegExp(`\\b(${COUNT})\\s+(days?|weeks?|months?|years?)\\s+(later|earlier|afterwards?|before)\\b`, 'gi');
const SHIFT_NEIGHBOUR = /(?<!\b(?:over|within|in|for|during)\s+)\bthe\s+(next|following|previous|preceding)\s+(day|morning|afternoon|evening|night|week|month|year)\b|\bthe\s+(day)\s+(before|after)\b(?=\s*[,.;:]|$)/gi;
const SAME_DAY = /\b(?:that|the\s+same)\s+(day|morning|afternoon|evening|night|week)\b/gi;
const WITHIN = new RegExp(`\\b(?:(${MONTH_NAME})\\s+of\\s+)?[Tt]hat\\s+(month|year)\\b`, 'g');
/**
 * `February of the following year`, `in March of the previous year`: a month in the year next to the mention
 * before it. Read whole, so `the following year` is not a second event of its own.
 */
const MONTH_OF_NEIGHBOUR_YEAR = new RegExp(`\\b(${MONTH_NAME})\\s+of\\s+the\\s+(following|next|previous|preceding|prior)\\s+year\\b`, 'g');

/**
 * `that spring`, `later that summer`: a season of the year of the date before it (seasons are year precision).
 * Only where `that` points: before punctuation, the end, or a word that opens what follows (`that spring, the
 * board…`, `that summer when…`), not a complementizer before a noun (`said that spring rains…`).
 */
const THAT_SEASON = /\b[Tt]hat\s+(?:spring|summer|fall|autumn|winter)\b(?=\s*(?:[,.;:)\u2014\u2013]|$|\s(?:the|a|an|he|she|they|it|we|i|you|his|her|its|their|our|when|as|after|before|while|and|but|in|at|on|to|for)\b))/g;

function unitOfPart(word: string): 'day' | 'week' | 'month' | 'year' {
  return /^(morning|afternoon|evening|night)$/i.test(word) ? 'day' : unitOf(word);
}

export function anchoredMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(AFTER)) {
    if (m[1]) {
      if (/^['’]s\b/.test(text.slice(m.index + m[0].length))) continue; // `after that country's election`
      if (NOT_AN_EVENT_NOUN.has(m[1].toLowerCase())) {
        // `after that he left` still orders; `since that is …` is a conjunction.
        if (/^after/i.test(m[0])) found.push(mentionAt(text, m.index, m.index + 'after that'.length, { kind: 'afterAnchor' }));
        continue;
      }
    }
    found.push(mentionAt(text, m.index, m.index + m[0].length, { kind: 'afterAnchor' }));
  }
  for (const m of text.matchAll(LATER_SENTENCE_START)) {
    if (atSentenceStart(text, m.index)) found.push(mentionAt(text, m.index, m.index + m[0].length, { kind: 'afterAnchor' }));
  }
  for (const m of text.matchAll(SHIFT_COUNTED)) {
    const end = m.index + m[0].length;
    const direction = (m[3] ?? '').toLowerCase();
    // `two days before the vote` leans on an undated event; only a bare `two days before.` leans on the previous date.
    if (direction === 'before' && !/^\s*(?:[,.;:]|$)/.test(text.slice(end))) continue;
    const amount = (countValue(m[1] ?? '') ?? 1) * (direction === 'earlier' || direction === 'before' ? -1 : 1);
    found.push(mentionAt(text, m.index, end, { kind: 'anchorShift', unit: unitOf(m[2] ?? 'day'), amount }));
  }
  for (const m of text.matchAll(SHIFT_NEIGHBOUR)) {
    const which = (m[1] ?? m[4] ?? '').toLowerCase();
    const amount = which === 'next' || which === 'following' || which === 'after' ? 1 : -1;
    found.push(mentionAt(text, m.index, m.index + m[0].length, { kind: 'anchorShift', unit: unitOfPart(m[2] ?? m[3] ?? 'day'), amount }));
  }
  for (const m of text.matchAll(SAME_DAY)) {
    found.push(mentionAt(text, m.index, m.index + m[0].length, { kind: 'anchorShift', unit: unitOfPart(m[1] ?? 'day'), amount: 0 }));
  }
  for (const m of text.matchAll(WITHIN)) {
    const unit = m[2] === 'month' ? 'month' : 'year';
    const month = m[1] ? monthNumber(m[1]) : undefined;
    found.push(mentionAt(text, m.index, m.index + m[0].length, { kind: 'anchorWithin', unit, ...(month ? { month } : {}) }));
  }
  for (const m of text.matchAll(THAT_SEASON)) {
    // `fall` is also a tumble or a drop: `injured in that fall`, `from that fall`, `that fall in prices`.
    const fallNoun = /fall$/i.test(m[0]) && (/\b(?:from|in|of|after|since|by)\s+$/i.test(text.slice(0, m.index)) || /^\s+in\b/.test(text.slice(m.index + m[0].length)));
    if (fallNoun) continue;
    found.push(mentionAt(text, m.index, m.index + m[0].length, { kind: 'anchorWithin', unit: 'year' }));
  }
  for (const m of text.matchAll(MONTH_OF_NEIGHBOUR_YEAR)) {
    const month = monthNumber(m[1] ?? '');
    if (!month) continue;
    const yearOffset = /^(?:following|next)$/i.test(m[2] ?? '') ? 1 : -1;
    found.push(mentionAt(text, m.index, m.index + m[0].length, { kind: 'anchorWithin', unit: 'month', month, yearOffset }));
  }
  return found;
}
