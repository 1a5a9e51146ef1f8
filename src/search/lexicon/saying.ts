/**
 * Verbs of saying. News tells nearly every statement with "said", which the index otherwise skips
 * as a stop word: a question's "commented", "claimed" or "stated" is then told with it
 * ("Which spokesperson commented on the sale" → "spokesperson Lin Jian said, …").
 */
import { baseForms } from './wordnet.ts';

/** The forms of "say" and "tell" the index keeps, though they are stop words, for asserting verbs to match. */
export const SAYING_FORMS: ReadonlySet<string> = new Set(['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling']);

/**
 * Verbs that tell someone asserted something, and so may be told with any other verb of saying
 * ("claimed" as "added", "commented" as "said"). Not requests, offers or answers ("asked for",
 * "named"): those are acts of their own.
 */
const ASSERTING = new Set('say state assert claim argue declare insist contend allege suggest hint imply float add stress emphasize emphasise affirm reaffirm warn note remark comment reiterate repeat restate quote accuse'.split(' '));

export function assertsSomething(word: string): boolean {
  return ASSERTING.has(word) || baseForms(word, 'v').some((base) => ASSERTING.has(base));
}
