/**
 * Resolves a date expression against the publication date.
 *
 * Precision policy (why each rule reports what it reports):
 * - A weekday, `yesterday`, `Oct. 30`: one day → 'day'.
 * - A week (`last week`, `two weeks ago`, `next weekend`) is not a day, and a DatePrecision
 *   has no 'week'; reporting the Monday as a 'day' would claim a precision the text never gave.
 *   So a week is reported at 'month' precision: the month holding its Thursday (the ISO 8601
 *   rule for assigning a straddling week), or, for `N weeks ago`, the month of the day N×7 back.
 * - A season or a quarter spans three months: 'year' precision, dated by the year it begins in.
 * - A holiday is its day; `a week before Christmas` moves it, at the precision of the unit moved by.
 * - Decades (`the 1990s`) are not recognized at all: even 'year' would be false precision.
 */
import { calendarDay, dayNumber, daysInMonth, mondayOf, shiftMonth, weekdayOf, type DayNumber } from './calendar.ts';
import { isAbsolute, type Absolute, type DateExpression, type Direction, type Season, type Shift, type Unit } from './expressions.ts';
import { holidayDate } from './holidays.ts';
import { chooseOccurrence, dayPeriod, monthPeriod, spanPeriod, yearPeriod, type Choice, type Period } from './period.ts';

/** Month ranges of the seasons (northern hemisphere, as in the wire copy this bot reads). */
const SEASON_START: Record<Season, number> = { spring: 3, summer: 6, fall: 9, winter: 12 };

/**
 * Resolves an expression that needs only the publication date. `direction` is the tense of the
 * verb the date belongs to (or the lean of its own words); it picks among repeating occurrences.
 * Returns undefined for impossible dates (`Feb. 30`).
 */
export function resolveAbsolute(expr: Absolute, published: DayNumber, direction?: Direction): Period | undefined {
  const pub = calendarDay(published);
  switch (expr.kind) {
    case 'calendar':
      return resolveCalendar(expr, published, direction);
    case 'year':
      return yearPeriod(expr.year);
    case 'weekday':
      return resolveWeekday(expr.weekday, expr.shift, published, direction);
    case 'calendarOffset':
      return resolveCalendarOffset(expr.unit, expr.amount, published);
    case 'theWeekend':
      return resolveCalendarOffset('weekend', direction === 'future' ? 0 : -1, published);
    case 'counted':
      return shiftPeriod(dayPeriod(published), expr.unit, expr.amount);
    case 'season': {
      if (expr.year !== undefined) return seasonPeriod(expr.season, expr.year);
      const candidates = [-1, 0, 1].map((d) => seasonPeriod(expr.season, pub.year + d));
      if (expr.shift === 'this') {
        return candidates.find((p) => p.first <= published && published <= p.last) ?? candidates.find((p) => p.date === String(pub.year));
      }
      return chooseOccurrence(candidates, published, choiceFor(expr.shift, direction, 'nearest'));
    }
    case 'holiday': {
      const on = (year: number): Period | undefined => {
        const day = holidayDate(expr.holiday, year);
        return day === undefined ? undefined : dayPeriod(day);
      };
      if (expr.year !== undefined) return on(expr.year);
      const candidates = [-1, 0, 1].map((d) => on(pub.year + d)).filter((p): p is Period => p !== undefined);
      return chooseOccurrence(candidates, published, direction ?? 'nearest');
    }
    case 'offsetFrom': {
      const base = isAbsolute(expr.base) ? resolveAbsolute(expr.base, published, direction) : undefined;
      return base && shiftPeriod(base, expr.unit, expr.amount);
    }
    case 'quarter': {
      const quarter = (year: number): Period => {
        const last = monthPeriod(year, expr.quarter * 3).last;
        return spanPeriod(dayNumber(year, expr.quarter * 3 - 2, 1), last, 'year');
      };
      if (expr.year !== undefined) return quarter(expr.year);
      return chooseOccurrence([-1, 0, 1].map((d) => quarter(pub.year + d)), published, direction ?? 'nearest');
    }
  }
}

function choiceFor(shift: Shift | undefined, direction: Direction | undefined, fallback: Choice): Choice {
  if (shift === 'last') return 'strictPast';
  if (shift === 'next') return 'strictFuture';
  return direction ?? fallback;
}

/** `Oct. 30` / `in January` without a year: the occurrence closest to publication, bent by tense. */
function resolveCalendar(
  expr: Extract<DateExpression, { kind: 'calendar' }>,
  published: DayNumber,
  direction: Direction | undefined,
): Period | undefined {
  const build = (year: number): Period | undefined => {
    if (expr.day === undefined) return monthPeriod(year, expr.month);
    if (expr.day > daysInMonth(year, expr.month)) return undefined;
    return dayPeriod(dayNumber(year, expr.month, expr.day));
  };
  const year = calendarDay(published).year;
  if (expr.year !== undefined) return build(expr.year);
  if (expr.yearOffset !== undefined) return build(year + expr.yearOffset);
  const candidates = [year - 1, year, year + 1].map(build).filter((p): p is Period => p !== undefined);
  if (expr.shift === 'this') return candidates.find((p) => p.date.startsWith(String(year)));
  return chooseOccurrence(candidates, published, choiceFor(expr.shift, direction, 'nearest'));
}

/**
 * News convention: a bare weekday names the most recent such day on or before publication
 * (the same day when publication falls on it), unless the verb is future (`will meet Thursday`).
 * `last Monday` is strictly before publication; `next Monday` strictly after.
 */
function resolveWeekday(weekday: number, shift: Shift | undefined, published: DayNumber, direction: Direction | undefined): Period {
  const back = (weekdayOf(published) - weekday + 7) % 7;
  const onOrBefore = published - back;
  const onOrAfter = published + ((weekday - weekdayOf(published) + 7) % 7);
  if (shift === 'last') return dayPeriod(back === 0 ? published - 7 : onOrBefore);
  if (shift === 'next') return dayPeriod(onOrAfter === published ? published + 7 : onOrAfter);
  return dayPeriod(direction === 'future' ? onOrAfter : onOrBefore);
}

function resolveCalendarOffset(unit: Unit | 'weekend', amount: number, published: DayNumber): Period {
  const pub = calendarDay(published);
  switch (unit) {
    case 'day':
      return dayPeriod(published + amount);
    case 'week':
      return weekPeriod(mondayOf(published) + 7 * amount);
    case 'weekend': {
      // −1 (`over the weekend`): the latest weekend begun before publication day; 0: this week's; +1: next week's.
      const lastSaturday = published - 1 - ((weekdayOf(published - 1) + 1) % 7);
      const start = amount < 0 ? lastSaturday + 7 * (amount + 1) : mondayOf(published) + 5 + 7 * amount;
      return spanPeriod(start, start + 1, 'month');
    }
    case 'month': {
      const m = shiftMonth(pub.year, pub.month, amount);
      return monthPeriod(m.year, m.month);
    }
    case 'year':
      return yearPeriod(pub.year + amount);
  }
}

/** A Monday-to-Sunday week at month precision: the month of its Thursday (ISO 8601's rule). */
export function weekPeriod(monday: DayNumber): Period {
  return spanPeriod(monday, monday + 6, 'month', monday + 3);
}

/** A season of `year`, dated by the year it begins in (winter: December of `year`). */
function seasonPeriod(season: Season, year: number): Period {
  const startMonth = SEASON_START[season];
  const end = shiftMonth(year, startMonth, 2);
  return spanPeriod(dayNumber(year, startMonth, 1), monthPeriod(end.year, end.month).last, 'year');
}

/**
 * Moves a period by whole units, keeping the coarser of its precision and the unit's own
 * (a week moved lands at month precision; a month moved by days stays a month).
 */
export function shiftPeriod(from: Period, unit: Unit, amount: number): Period {
  const start = calendarDay(from.first);
  if (from.precision === 'year' || unit === 'year') return yearPeriod(start.year + (unit === 'year' ? amount : 0));
  if (from.precision === 'month' || unit === 'month') {
    const shifted = unit === 'month' ? shiftMonth(start.year, start.month, amount) : calendarDay(from.first + (unit === 'week' ? 7 : 1) * amount);
    return monthPeriod(shifted.year, shifted.month);
  }
  if (unit === 'week') {
    const day = from.first + 7 * amount;
    return spanPeriod(day, day, 'month');
  }
  return dayPeriod(from.first + amount);
}
