/**
 * Dates so famous that news copy leaves out the year: `the Sept. 11 attacks`, `the Jan. 6 riot`.
 * Read like any `Sept. 11`, they would land in the year nearest publication. Each is recognized only
 * before the noun that names the event, so `a hearing on Sept. 11` stays an ordinary date.
 */
import type { Mention } from './expressions.ts';
import { mentionAt } from './recognize-relative.ts';

const HISTORIC: { pattern: RegExp; year: number; month: number; day: number }[] = [
  { pattern: /\b(?:Sept?\.|September)\s+11(?:th)?(?=,?\s+(?:\d{4}\s+)?(?:attacks?|terror|terrorist|hijack|hijackings)\b)/g, year: 2001, month: 9, day: 11 },
  { pattern: /\b(?:Jan\.|January)\s+6(?:th)?(?=,?\s+(?:\d{4}\s+)?(?:attack|riot|riots|insurrection|rioters|Capitol)\b)/g, year: 2021, month: 1, day: 6 },
  { pattern: /\b(?:Oct\.|October)\s+7(?:th)?(?=,?\s+(?:\d{4}\s+)?(?:attacks?|massacre|assault|Hamas)\b)/g, year: 2023, month: 10, day: 7 },
];

export function historicMentions(text: string): Mention[] {
  return HISTORIC.flatMap(({ pattern, year, month, day }) =>
    [...text.matchAll(pattern)].map((m) => mentionAt(text, m.index, m.index + m[0].length, { kind: 'calendar', month, day, year })),
  );
}
