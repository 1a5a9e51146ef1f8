/**
 * Resolves mentions that lean on an earlier date (`Since then`, `two days later`, `May of that year`).
 * The anchor is the nearest dated mention before it in reading order, in the same paragraph or the
 * one just before: further back, `then` is as likely to mean something the text never dated.
 */
import { isAbsolute, type Mention } from './expressions.ts';
import { monthNumberOf, yearOf } from './order.ts';
import type { Period } from './period.ts';
import { dayPeriod, monthPeriod, yearPeriod } from './period.ts';
import { dayNumber, daysInMonth } from './calendar.ts';
import { shiftPeriod } from './resolve.ts';

/** A mention on its way to becoming an event. */
export interface Draft {
  mention: Mention;
  paragraph: number;
  period?: Period;
  /** Set when the draft is only known to come after another. */
  anchor?: Draft;
}

/**
 * The nearest earlier draft with a date of its own, within the paragraph or the one before.
 * A day counted from the anchor (`that night`, `the next day`) needs an anchor that names a day:
 * in `said in a filing last week … escaped the building that night`, the night is the fire's,
 * not a night of last week; so a day-precision mention is preferred when there is one in reach.
 */
function anchorFor(drafts: Draft[], index: number, needsDay = false): Draft | undefined {
  const self = drafts[index];
  if (!self) return undefined;
  let nearest: Draft | undefined;
  for (let i = index - 1; i >= 0; i--) {
    const candidate = drafts[i];
    if (!candidate || candidate.paragraph < self.paragraph - 1) break;
    if (!candidate.period || candidate.anchor) continue;
    if (!needsDay || candidate.period.precision === 'day') return candidate;
    nearest ??= candidate;
  }
  return nearest;
}

/** Fills `period` (and `anchor` for `since then`) of the anchored drafts, in reading order so chains work. */
export function resolveAnchored(drafts: Draft[]): void {
  drafts.forEach((draft, index) => {
    const expr = draft.mention.expression;
    if (isAbsolute(expr)) return;
    const anchor = anchorFor(drafts, index, expr.kind === 'anchorShift' && expr.unit === 'day');
    if (!anchor?.period) return;
    if (expr.kind === 'afterAnchor') {
      draft.period = anchor.period;
      draft.anchor = anchor;
    } else if (expr.kind === 'anchorShift') {
      draft.period = shiftPeriod(anchor.period, expr.unit, expr.amount);
    } else if (expr.kind === 'anchorWithin') {
      const year = yearOf(anchor.period) + (expr.yearOffset ?? 0);
      const month = expr.month ?? (expr.unit === 'month' ? monthNumberOf(anchor.period) : undefined);
      if (expr.unit === 'month' && month === undefined) return; // `that month` after a bare year: no month to name
      if (month !== undefined && expr.day !== undefined) {
        if (expr.day <= daysInMonth(year, month)) draft.period = dayPeriod(dayNumber(year, month, expr.day));
        return;
      }
      draft.period = month === undefined ? yearPeriod(year) : monthPeriod(year, month);
    }
  });
}
