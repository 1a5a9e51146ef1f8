/** Words and regular-expression pieces shared by the recognizers. */

/** Full month names only: a bare `Mar` or `Jan` is far more often something else. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_NAME = `(?:${MONTHS.join('|')})`;

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const WEEKDAY_NAME = `(?:${WEEKDAYS.join('|')})`;

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
export const COUNT = `(?:${Object.keys(NUMBER_WORDS).join('|')}|\\d{1,2})`;

/** `two` → 2, `12` → 12; undefined for anything else. */
export function countValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d{1,2}$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower];
}

/** `1`–`12` for a month name, undefined otherwise. */
export function monthNumber(name: string): number | undefined {
  const index = MONTHS.indexOf(name);
  return index < 0 ? undefined : index + 1;
}

/** `days` → `day`. */
export function unitOf(word: string): 'day' | 'week' | 'month' | 'year' {
  return word.toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
}

/**
 * Words after which a bare month, year or season reads as a date (`in May`, `since 2019`,
 * `by early summer`), rather than as a name, a verb or a count (`Theresa May`, `2019 residents`).
 */
export const TEMPORAL_LEAD = /\b(?:in|since|until|till|by|from|through|throughout|to|during|before|after|of|for|around|between|starting|beginning|early|late|mid-|mid|this|last|next|as early as|as late as|as soon as|back in)\s*$/i;

/** Nouns that make a preceding four-digit number a count (`in 1800 homes`), not a year. */
export const COUNT_NOUNS = new Set(
  ('people persons residents workers jobs troops soldiers students children cases votes homes houses units cars vehicles tons ' +
    'tonnes miles km kilometers kilometres meters metres feet acres hectares dollars euros pounds yuan yen rupees times members ' +
    'employees deaths infections patients sites stores shops words pages points calories barrels megawatts rooms beds seats ' +
    'copies signatures participants delegates guests visitors fans households families farms schools companies firms')
    .split(' '),
);

/** True when `index` begins a sentence (possibly after an opening quote or bracket). */
export function atSentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?]["”’)]?\s+)["“(]?$/.test(text.slice(0, index));
}
