/**
 * Timeline order. Events sort by the start of the date they show, so a month or a year sorts
 * at its first day, before the days inside it (`2025-11` before `2025-11-24`, `2025` before
 * both): a coarse date says "somewhere in here", and the start is the one point it does fix.
 * Ties: the coarser first, then events placed after an anchor (`Since then`) after the
 * anchor's own date, then reading order.
 */
import type { Period } from './period.ts';

/** `2025` → `2025-00-00`, `2025-11` → `2025-11-00`: plain string order then gives the policy above. */
export function sortKey(date: string): string {
  return date.length === 4 ? `${date}-00-00` : date.length === 7 ? `${date}-00` : date;
}

export function yearOf(period: Period): number {
  return Number(period.date.slice(0, 4));
}

export function monthNumberOf(period: Period): number | undefined {
  return period.precision === 'year' ? undefined : Number(period.date.slice(5, 7));
}

export interface Sortable {
  date: string;
  placedAfter: boolean;
  paragraph: number;
  offset: number;
}

export function compareTimeline(a: Sortable, b: Sortable): number {
  const ka = sortKey(a.date);
  const kb = sortKey(b.date);
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.placedAfter !== b.placedAfter) return a.placedAfter ? 1 : -1;
  return a.paragraph - b.paragraph || a.offset - b.offset;
}
