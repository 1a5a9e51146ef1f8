/**
 * News tells its story and, further down, earlier events of the same kind for background: "The
 * last comparable blaze, the Bitterroot Creek Fire in September 2020, burned about 31,000 acres".
 * Such a sentence has the question's words and an answer of the right kind ("how many acres has the
 * fire burned"), but about another fire. A sentence that dates itself to a year well before the
 * article was published is taken as background: it ranks below the story's own sentences, unless
 * the question itself reaches back ("the last strike", "in 2011", "when did the bridge first open"),
 * when it ranks above them (see WEIGHTS in score.ts, and QuestionPlan.reachesBack).
 */
import type { SentenceUnit } from '../passages.ts';

/**
 * A year written out, not after "since" ("we have waited since 2019", "the first such order since
 * Hurricane Marisol in October 2020" are about now) unless the sentence goes on to tell what
 * happened then ("the first disruption since 2019, when a labelling error forced a recall").
 */
const YEAR = /(\bsince\s+(?:[\w.'’-]+\s+){0,5}?)?\b((?:1[89]|20)\d\d)\b(,\s+when\b)?/gi;
/** A year that ended this long before publication is past: a story published in January may still tell of December's vote. */
const PAST_MARGIN_MS = 92 * 24 * 3600 * 1000;

const remembered = new WeakMap<SentenceUnit, boolean>();

/** The sentence names a year that ended well before its article was published. */
export function tellsOfEarlierYear(unit: SentenceUnit): boolean {
  let known = remembered.get(unit);
  if (known === undefined) {
    const published = Date.parse(unit.article.published);
    const sentence = unit.paragraph.text.slice(unit.start, unit.end);
    known = [...sentence.matchAll(YEAR)].some((m) => (!m[1] || m[3] !== undefined) && Date.UTC(Number(m[2]), 11, 31) < published - PAST_MARGIN_MS);
    remembered.set(unit, known);
  }
  return known;
}
