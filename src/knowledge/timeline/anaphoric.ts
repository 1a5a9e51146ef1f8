/**
 * `the end of the month`, `by the end of the year`: `the` points back at the month (or year) the story
 * is talking about. Counted from publication by default, but in a past narrative that follows an
 * earlier date (`grounded the jets on Aug. 11 and returned them to service by the end of the month`,
 * published in September) it is that date's month. Only past-tense mentions move: a future `by the
 * end of the year` is this year's whatever came before it.
 */
import type { Draft } from './anchors.ts';
import { calendarDay, type DayNumber } from './calendar.ts';
import type { Direction } from './expressions.ts';
import { monthPeriod, yearPeriod } from './period.ts';

export function reanchorTheUnit(drafts: (Draft & { direction?: Direction })[], published: DayNumber): void {
  const pub = calendarDay(published);
  drafts.forEach((draft, index) => {
    const expr = draft.mention.expression;
    if (!draft.mention.anaphoric || draft.direction !== 'past' || expr.kind !== 'calendarOffset') return;
    if (expr.unit !== 'month' && expr.unit !== 'year') return;
    const earlier = drafts
      .slice(0, index)
      .reverse()
      .find((d) => d.paragraph === draft.paragraph && d.period && !d.anchor && (expr.unit === 'year' || d.period.precision !== 'year'));
    if (!earlier?.period) return;
    const at = calendarDay(earlier.period.first);
    if (expr.unit === 'year' && at.year < pub.year) draft.period = yearPeriod(at.year);
    if (expr.unit === 'month' && at.year * 12 + at.month < pub.year * 12 + pub.month) draft.period = monthPeriod(at.year, at.month);
  });
}
