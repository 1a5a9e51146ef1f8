/**
 * Reported speech shifts tense back: `Forecasters said storms were possible Wednesday` reports, in the past
 * tense, a forecast that looked ahead. A date in a clause reported after a speech or forecast verb, whose verb
 * is a backshifted prediction (`would`, `was possible`, `were likely`, `was expected`), is future relative to
 * the report, not past.
 */

/** Verbs that report what someone said, wrote or predicted. */
const REPORTING_VERB = /\b(?:said|says|say|told|tells|forecast|forecasts|forecasted|predicted|predicts|warned|warns|estimated|projected|announced|added|noted|reported|cautioned|believed|thought|wrote)\b/i;

/**
 * A backshifted prediction and the few words between it and the date: `was possible `, `were expected to
 * reopen on `, `would arrive `. Not across clause punctuation: in `the vote, which was expected, … Monday`
 * the date belongs to another verb. `scheduled`/`planned` are left out: `said the vote was scheduled for
 * Oct. 30` as often looks back at a plan that has passed.
 */
const BACKSHIFTED_PREDICTION =
  /\b(?:would|(?:was|were)\s+(?:(?:still|now|also)\s+)?(?:possible|likely|unlikely|expected|forecast|due|poised|set\s+to))\b[^,;:.!?\u2014\u2013"“”()]{0,60}?\s+$/i;

/**
 * True when the date starting at `start` of `sentence` sits in a backshifted prediction reported after a
 * speech or forecast verb: `said storms were possible Wednesday`, `forecast that rain would arrive Thursday`.
 */
export function inReportedPrediction(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  const prediction = BACKSHIFTED_PREDICTION.exec(before);
  if (!prediction) return false;
  const reporting = before.slice(0, prediction.index);
  return REPORTING_VERB.test(reporting) && !reporting.slice(reporting.search(REPORTING_VERB)).includes(';');
}
