/**
 * What a date mention says, before it is resolved against the publication date.
 * Recognizers produce these; `resolve.ts` turns them into calendar periods.
 */

/** Which way in time a mention leans: from its verb's tense or from its own words (`earlier`, `since`). */
export type Direction = 'past' | 'future';

export type Unit = 'day' | 'week' | 'month' | 'year';

export type Season = 'spring' | 'summer' | 'fall' | 'winter';

/** `last` = the latest one strictly before publication, `next` = the first strictly after, `this` = the current one. */
export type Shift = 'last' | 'next' | 'this';

export type DateExpression =
  /** `Oct. 30`, `Jan. 15, 2024`, `March 2024`, `in January`, `30 October`; `March of next year` has `yearOffset` 1. */
  | { kind: 'calendar'; month: number; day?: number; year?: number; shift?: Shift; yearOffset?: number }
  /** `in 2031`, `since 2019`, `the end of 2028`. */
  | { kind: 'year'; year: number }
  /** `Monday`, `on Thursday`, `last Friday`. */
  | { kind: 'weekday'; weekday: number; shift?: Shift }
  /** A calendar unit counted from publication: `yesterday` (day −1), `this month` (0), `last week` (−1), `next year` (+1). */
  | { kind: 'calendarOffset'; unit: Unit | 'weekend'; amount: number }
  /** `over the weekend`, `through the weekend`: the one just past, or the coming one when the verb is future. */
  | { kind: 'theWeekend' }
  /** A span counted from publication: `two weeks ago` (week −2), `a year ago`, `in 18 months` (month +18). */
  | { kind: 'counted'; unit: Unit; amount: number }
  /** `this summer`, `by early summer`, `the fall of 2024`. */
  | { kind: 'season'; season: Season; year?: number; shift?: Shift }
  /** `the third quarter`, `Q2 2024`, `third-quarter`. */
  | { kind: 'quarter'; quarter: number; year?: number }
  /** `before Christmas`, `on Election Day`: index into `HOLIDAYS`. */
  | { kind: 'holiday'; holiday: number; year?: number }
  /** `a week before Christmas`, `three days after Nov. 5`: another date moved by `amount` units. */
  | { kind: 'offsetFrom'; base: DateExpression; unit: Unit; amount: number }
  /** `Since then`, `after that`, `since that summit`: undated, but placed after the mention before it. */
  | { kind: 'afterAnchor' }
  /** `two days later`, `the next day`, `a year earlier`, `that day`: the mention before it, moved by `amount` units. */
  | { kind: 'anchorShift'; unit: Unit; amount: number }
  /**
   * `later that year`, `May of that year`, `Oct. 4 of that year`: the year (and month) of the mention before it;
   * `February of the following year` has `yearOffset` 1, `of the previous year` −1.
   */
  | { kind: 'anchorWithin'; unit: 'month' | 'year'; month?: number; day?: number; yearOffset?: number };

/** Expressions that need only the publication date; the others lean on an earlier mention. */
export type Absolute = Exclude<DateExpression, { kind: 'afterAnchor' | 'anchorShift' | 'anchorWithin' }>;

export function isAbsolute(expr: DateExpression): expr is Absolute {
  return expr.kind !== 'afterAnchor' && expr.kind !== 'anchorShift' && expr.kind !== 'anchorWithin';
}

/** A date as it appears in a paragraph. `written === paragraphText.slice(start, end)`. */
export interface Mention {
  start: number;
  end: number;
  written: string;
  expression: DateExpression;
  /** The mention's own words fix its direction: `earlier this month`, `since 2019`, `later this year`. */
  lean?: Direction;
  /**
   * The verb's tense does not bend the choice: a month used as an adjective (`its August recess`,
   * `the wettest August on record`) is the nearest one, whatever the sentence's tense.
   */
  tenseFree?: boolean;
  /**
   * `the end of the month`: `the` points back at the month the story is talking about, which in a past
   * narrative (`grounded the jets on Aug. 11 and returned them by the end of the month`) is not
   * necessarily the publication's.
   */
  anaphoric?: boolean;
  /**
   * A date only when its verb looks ahead: `will close in 18 months` is a date, `rose 9% in 18 months`
   * a duration.
   */
  onlyIfFuture?: boolean;
}
