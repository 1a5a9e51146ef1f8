/**
 * A resolved date: a span of days with the precision the article gives it.
 * Every period knows its first and last day, so choosing among candidate years and sorting
 * mixed precisions can work on plain numbers.
 */
import type { DatePrecision } from '../types.ts';
import { calendarDay, dayNumber, daysInMonth, formatDate, type DayNumber } from './calendar.ts';
import type { Direction } from './expressions.ts';

export interface Period {
  precision: DatePrecision;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  first: DayNumber;
  last: DayNumber;
}

export function dayPeriod(n: DayNumber): Period {
  const { year, month, day } = calendarDay(n);
  return { precision: 'day', date: formatDate(year, month, day, 'day'), first: n, last: n };
}

export function monthPeriod(year: number, month: number): Period {
  const first = dayNumber(year, month, 1);
  return { precision: 'month', date: formatDate(year, month, 1, 'month'), first, last: first + daysInMonth(year, month) - 1 };
}

export function yearPeriod(year: number): Period {
  return { precision: 'year', date: formatDate(year, 1, 1, 'year'), first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
}

/**
 * A span reported at a coarser precision than its own length (a season, a quarter, a week):
 * its `date` names the containing month or year, while `first`/`last` keep the real span
 * so that year inference and the `expected` flag stay exact.
 */
export function spanPeriod(first: DayNumber, last: DayNumber, precision: 'month' | 'year', labelDay: DayNumber = first): Period {
  const { year, month } = calendarDay(labelDay);
  return { precision, date: formatDate(year, month, 1, precision), first, last };
}

/** How to pick among occurrences of a date that repeats every year (or week). */
export type Choice = Direction | 'nearest' | 'strictPast' | 'strictFuture';

/**
 * Picks the occurrence that fits `choice` relative to `published`:
 * `past` = the latest that has started by publication, `future` = the first that has not ended,
 * `strictPast`/`strictFuture` = wholly before/after, `nearest` = the closest (the past wins a tie).
 * `candidates` must be in ascending order.
 */
export function chooseOccurrence(candidates: Period[], published: DayNumber, choice: Choice): Period | undefined {
  switch (choice) {
    case 'past':
      return candidates.filter((p) => p.first <= published).at(-1);
    case 'strictPast':
      return candidates.filter((p) => p.last < published).at(-1);
    case 'future':
      return candidates.find((p) => p.last >= published);
    case 'strictFuture':
      return candidates.find((p) => p.first > published);
    case 'nearest': {
      const gap = (p: Period): number => (p.last < published ? published - p.last : p.first > published ? p.first - published : 0);
      let best: Period | undefined;
      for (const p of candidates) if (!best || gap(p) < gap(best)) best = p;
      return best;
    }
  }
}
