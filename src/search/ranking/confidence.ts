/**
 * How sure the search is that a passage answers the question — the number the answer decision
 * compares with `minCoverage`. It is the question's weight the passage covers, with two kinds of
 * support a reader would accept:
 * - the cited paragraph: a word its other sentences supply ("the call" two sentences earlier)
 *   counts for most of its weight — the paragraph is what the answer cites;
 * - the kind of answer: a passage holding what the question asks for (a person for "who", a
 *   number for "how many") next to the matched words is more likely the answer.
 */
import type { ExpandedTerm } from './expand.ts';

export interface ConfidenceInput {
  terms: ExpandedTerm[];
  /** Per term, the passage's credit (0–1). */
  credit: number[];
  /** Per term, the credit of the passage's whole paragraph. */
  paragraphCredit: number[];
  /** The passage holds the kind of thing the question asks for. */
  answers: boolean;
}

export interface ConfidenceSettings {
  /** Share of the credit the paragraph adds to the passage's own, for each word (0 = none, 1 = all). */
  paragraphSupport: number;
  /** Added when the passage holds the kind of answer asked for. */
  answerBonus: number;
}

export function confidenceOf(input: ConfidenceInput, settings: ConfidenceSettings): number {
  let total = 0;
  let covered = 0;
  input.terms.forEach((term, t) => {
    const own = input.credit[t] ?? 0;
    const paragraph = Math.max(own, input.paragraphCredit[t] ?? 0);
    total += term.importance;
    covered += term.importance * (own + (paragraph - own) * settings.paragraphSupport);
  });
  if (total <= 0) return 0;
  return covered / total + (input.answers ? settings.answerBonus : 0);
}
