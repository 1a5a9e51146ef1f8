/**
 * Decides whether the best passages answer the question, and picks the answers: passages that
 * cover enough of the question's weight and contain the kind of thing it asks for. A confident
 * wrong citation is the worst outcome, so anything short of that is `not_found` with the nearest
 * passages shown as such.
 */
import type { SearchSettings } from '../settings.ts';
import { relates } from './answer-span.ts';
import type { Ranking, ScoredPassage } from './score.ts';

/** `claim`: the question asks yes or no, so the passage must bear out all of it (see confidentEnough). */
export function isAnswer(passage: ScoredPassage, settings: SearchSettings, claim = false): boolean {
  return confidentEnough(passage, settings, claim) && !passage.lacksKind && !unrelatedAnswer(passage, settings) && !passage.opposite.some(Boolean);
}

/**
 * A passage must cover `minCoverage` of the question's weight — or a little less when many of the
 * question's words stand in it: a long paraphrase pads the question with words the article never
 * uses, and five words found together are evidence the share alone undervalues. Not for a yes/no
 * question: the words it has are its claim, and the one missing may be the part that is untrue
 * ("did China buy more than 10 million tons of U.S. soybeans after the Busan meeting").
 */
function confidentEnough(passage: ScoredPassage, settings: SearchSettings, claim: boolean): boolean {
  if (passage.confidence >= settings.minCoverage) return true;
  if (claim || passage.confidence < settings.manyWordsCoverage) return false;
  return passage.credit.filter((c) => c >= 0.5).length >= settings.manyWords;
}

/**
 * The passage has what the question asks for, but not where the question's focus is: "when did the
 * Ukraine war start" and "Monday", the day of the call. Such a span answers another question.
 */
function unrelatedAnswer(passage: ScoredPassage, settings: SearchSettings): boolean {
  return settings.answerRelation && passage.relation !== null && !relates(passage.relation);
}

function overlaps(a: ScoredPassage, b: ScoredPassage): boolean {
  return a.units.some((u) => b.units.includes(u));
}

/** Words that open a sentence leaning on the one before ("He added…", "This came after…"). */
const LEANS_BACK = /^\s*(?:he|she|it|they|this|these|those|that|his|her|its|their|such|there)\b/i;

/**
 * An answer is the sentence that answers: a two-sentence passage is cut to one of its sentences
 * when that sentence is an answer by itself (with its paragraph's support) and holds what the
 * question asks for — the same answer span, or, for questions without a kind, all the matched
 * weight. The pair stays when the second sentence leans on the first ("He added…").
 */
export function trimToSentence(passage: ScoredPassage, ranking: Ranking, settings: SearchSettings, claim = false): ScoredPassage {
  if (passage.units.length < 2) return passage;
  const options = passage.units.flatMap((unit, i) => {
    const single = ranking.single(unit.id);
    if (!single || !isAnswer(single, settings, claim)) return [];
    if (i > 0 && LEANS_BACK.test(unit.paragraph.text.slice(unit.start, unit.end))) return [];
    const holds = passage.answer
      ? single.answer?.text === passage.answer.text && single.answer.start === passage.answer.start
      : single.coverage >= passage.coverage - 1e-9;
    return holds ? [single] : [];
  });
  return options.sort((a, b) => b.score - a.score)[0] ?? passage;
}

/**
 * Answers best first (empty when nothing answers), and the nearest passages for a `not_found`.
 * Reads the ranking only as far as it must: past the answers' cutoff nothing can change them.
 */
export function selectPassages(
  ranking: Ranking,
  settings: SearchSettings,
  limit: number,
  claim = false,
): { answers: ScoredPassage[]; nearest: ScoredPassage[] } {
  const answers: ScoredPassage[] = [];
  let best: ScoredPassage | undefined;
  for (const passage of ranking) {
    // A passage that covers the question better than any answer, and says the article withholds
    // what is asked ("short on specifics regarding its potential role"), settles it: the article
    // does not say. A weaker passage after it would answer another question ("part of…").
    if (!best && passage.withheld && confidentEnough(passage, settings, claim)) break;
    if (!isAnswer(passage, settings, claim)) continue;
    best ??= passage;
    if (answers.length >= limit) break;
    if (passage.score < best.score * settings.relativeCutoff) break;
    const answer = trimToSentence(passage, ranking, settings, claim);
    if (!answers.some((a) => overlaps(a, answer))) answers.push(answer);
  }
  const nearest: ScoredPassage[] = [];
  if (answers.length === 0) {
    for (const passage of ranking) {
      if (nearest.length >= Math.min(limit, 3)) break;
      if (!nearest.some((n) => overlaps(n, passage))) nearest.push(passage);
    }
  }
  return { answers, nearest };
}
