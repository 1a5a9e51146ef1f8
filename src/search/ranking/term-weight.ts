/**
 * How much a question word counts when the searched text does not contain it. A question's key
 * content is its specific words — names, the nouns that identify a topic ("bitcoin", "emperor",
 * "ferries") and specific verbs ("tweet", "export", "designed"): an article without them does not
 * answer it. Everyday verbs and words ("started", "live", "runs", "wants", "home") are often only
 * said differently in the text ("resumed purchasing", "residents", "chief executive"), so their
 * absence weighs little. How everyday a word is comes from a general English frequency list.
 */
import type { QuestionTerm } from '../analysis/question.ts';
import { everydayCount } from '../lexicon/word-frequency.ts';
import { baseForms } from '../lexicon/wordnet.ts';
import { DEFAULT_SETTINGS } from '../settings.ts';
import { ATTITUDE_VERBS } from './focus.ts';

/** Verbs that only put a stance into words ("voiced concern", "lodged a protest"); "raise" or "issue" may be the event itself. */
const ONLY_EXPRESSING = new Set(['express', 'expressed', 'expresses', 'expressing', 'voice', 'voiced', 'voices', 'voicing', 'lodge', 'lodged', 'lodges', 'lodging']);

/** Occurrences in the 51-million-word subtitle corpus from which a word counts as everyday. */
const EVERYDAY = 4_000;
export function absentWordEmphasis(term: QuestionTerm, yesNo: boolean, everydayShare = DEFAULT_SETTINGS.absentEverydayWeight): number {
  if (/^\p{Lu}/u.test(term.typed)) return 1;
  // "What's the price of the weapons" is answered by "a US$330 million arms package".
  if (term.namesKind) return everydayShare;
  // "Is Xi going to visit the US": in a yes/no question the verb is the claim being asked about
  // (not an attitude to it: "does China want peace" asks about peace).
  // (Not a verb of its condition: in "would Trump send troops if fighting broke out" the claim is the sending.)
  if (term.verb && yesNo && !term.conditional && !ATTITUDE_VERBS.has(term.norm)) return 1;
  // "Which spokesperson expressed opposition": the noun after such a verb is what was done, and the
  // verb, which the text seldom writes ("voiced displeasure" → "deplores"), counts for nothing.
  if (term.verb && ONLY_EXPRESSING.has(term.norm)) return 0;
  // "Ultimately", "exactly": a manner adverb seldom names what is asked about.
  if (isOnlyAdverb(term.norm)) return everydayShare;
  return lemmaCount(term.norm) >= EVERYDAY ? everydayShare : 1;
}

/** The count of the word's dictionary form ("runs" → "run", "lives" → "live"), or of the word itself. */
function lemmaCount(word: string): number {
  const forms = (['v', 'n'] as const).flatMap((pos) => baseForms(word, pos));
  return Math.max(everydayCount(word), ...forms.map(everydayCount));
}

function isOnlyAdverb(word: string): boolean {
  return baseForms(word, 'r').length > 0 && (['n', 'v', 'a'] as const).every((pos) => baseForms(word, pos).length === 0);
}
