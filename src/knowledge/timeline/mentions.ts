/**
 * Finds every date mention in a paragraph: runs the recognizers, keeps the longest reading
 * where they overlap (`Monday, Nov. 24` over `Monday`; `May of that year` over `May`), and
 * widens each mention over the words that belong to the date as written (`Earlier this month`,
 * `since 2019`, `mid-October`, `late Monday`).
 */
import { isAbsolute, type Mention } from './expressions.ts';
import { historicMentions } from './historic.ts';
import { holidayMentions } from './holidays.ts';
import { COUNT, countValue, unitOf } from './patterns.ts';
import { anchoredMentions } from './recognize-anchored.ts';
import { calendarMentions } from './recognize-calendar.ts';
import { monthMentions, quarterMentions, seasonMentions, yearMentions } from './recognize-periods.ts';
import { relativeMentions } from './recognize-relative.ts';

/** In priority order: on equal spans the earlier recognizer wins. */
const RECOGNIZERS: ((text: string) => Mention[])[] = [
  historicMentions,
  anchoredMentions,
  calendarMentions,
  holidayMentions,
  relativeMentions,
  monthMentions,
  seasonMentions,
  quarterMentions,
  yearMentions,
];

/**
 * Words in front of a date that belong to it. `earlier`/`later` also fix its direction
 * (`earlier this month` has happened; `later this year` has not); `since` puts it in the past.
 */
const MODIFIER_BEFORE = /(?:\b(earlier|later|since)\s+|\b(?:early|late|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)\s+|\bmid-\s*)$/i;

/**
 * `a week before Christmas`: a counted offset in front of a date of its own. Not across `the`:
 * in `three weeks after the Aug. 9 crash` the date names the crash, and the offset an undated event.
 */
const OFFSET_BEFORE = new RegExp(`\\b(${COUNT})\\s+(days?|weeks?|months?|years?)\\s+(before|after)\\s+$`, 'i');

function widen(text: string, mention: Mention): Mention {
  const offset = OFFSET_BEFORE.exec(text.slice(0, mention.start));
  const expression = mention.expression;
  if (offset && isAbsolute(expression)) {
    const amount = (countValue(offset[1] ?? '') ?? 1) * (offset[3]?.toLowerCase() === 'before' ? -1 : 1);
    return {
      start: offset.index,
      end: mention.end,
      written: text.slice(offset.index, mention.end),
      expression: { kind: 'offsetFrom', base: expression, unit: unitOf(offset[2] ?? 'day'), amount },
    };
  }
  const m = MODIFIER_BEFORE.exec(text.slice(0, mention.start));
  if (!m || mention.expression.kind === 'afterAnchor' || /^since\b/i.test(mention.written)) return mention;
  const word = m[1]?.toLowerCase();
  const lean = word === 'later' ? 'future' : word === 'earlier' || word === 'since' ? 'past' : undefined;
  const start = m.index;
  return { ...mention, start, written: text.slice(start, mention.end), ...(lean ? { lean } : {}) };
}

/**
 * Kinds that restate a day already given when set off by commas right after it: `on Dec. 18, a week
 * before Christmas,`, `on Nov. 24, a Monday,`, `on Dec. 24, Christmas Eve.` A list of dates repeats one
 * kind (`Monday, Tuesday and Friday`), so a restatement must differ in kind from the date it follows.
 */
const RESTATING_KINDS = new Set(['offsetFrom', 'holiday', 'weekday']);
const APPOSITION_END = /^\s*(?:[,.;:)\u2014\u2013]|$)/;

/** True when `second` only restates `first` in apposition: `first, second,` with nothing else between. */
function restates(text: string, first: Mention, second: Mention): boolean {
  if (!RESTATING_KINDS.has(second.expression.kind) || first.expression.kind === second.expression.kind) return false;
  const firstNamesADay = first.expression.kind === 'calendar' ? first.expression.day !== undefined : RESTATING_KINDS.has(first.expression.kind);
  return firstNamesADay && /^,\s*(?:an?\s+)?$/.test(text.slice(first.end, second.start)) && APPOSITION_END.test(text.slice(second.end));
}

export function findMentions(text: string): Mention[] {
  const all = RECOGNIZERS.flatMap((recognize) => recognize(text)).filter((m) => m.end > m.start);
  // Longest first (stable, so recognizer priority breaks ties), then drop anything overlapping a kept mention.
  const byLength = all.map((m, order) => ({ m, order })).sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.order - b.order);
  const kept: Mention[] = [];
  for (const { m } of byLength) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  const widened = kept.sort((a, b) => a.start - b.start).map((m) => widen(text, m));
  return widened.filter((m, i) => {
    const previous = widened[i - 1];
    return !previous || !restates(text, previous, m);
  });
}
