/**
 * The search's switches and thresholds, in one frozen object. The evaluation harness turns
 * ingredients off one at a time to measure what each contributes.
 */
export interface SearchSettings {
  /** Match words by their Porter stem (`approved` ~ `approval`). */
  stemming: boolean;
  /** Repair typos against the articles' own words. */
  typos: boolean;
  /** Expand question words with synonyms (news list, country names, and WordNet if `wordnet`). */
  synonyms: boolean;
  wordnet: boolean;
  /** Use the kind of answer a question asks for (who/when/how much…) to rank and to reject. */
  questionTypes: boolean;
  /** Rank two adjacent sentences together when the question's words are spread over both. */
  sentencePairs: boolean;
  /** Words typed together ("president of Taiwan") must match close together. */
  phraseProximity: boolean;
  /** An absent everyday word ("started", "live", "runs") weighs less than an absent specific one (see ranking/term-weight.ts). */
  softUnknownVerbs: boolean;
  /** An answer span must stand in the clause of the question's focus (its event verb or subject); see ranking/answer-relation.ts. */
  answerRelation: boolean;
  /** Fuzzy matching of names with fuse.js when a word is still unknown. */
  fuzzyNames: boolean;
  /** Weight of a question word the searched articles do not contain (1 = as much as a word found once). */
  unknownWeight: number;
  /** Share of the question's weight a passage must cover to count as an answer. */
  minCoverage: number;
  /** A passage where this many of the question's words stand (each with half credit or more)… */
  manyWords: number;
  /** …counts as an answer from this share of the question's weight, below `minCoverage`. */
  manyWordsCoverage: number;
  /** Share of a word's credit kept when only another sentence of the cited paragraph has it. */
  paragraphSupport: number;
  /** Confidence added when a passage holds the kind of answer asked for (a person for "who"…) in the clause of the question's focus. */
  answerBonus: number;
  /** Confidence added when the answer stands right beside what is asked about: a number next to the thing "how many" counts ("23 million residents"), a date next to the thing that starts ("a Sept. 15 trial date"). */
  countBonus: number;
  /** Share of its weight an absent everyday word keeps ("who runs…", "how many people live…"). */
  absentEverydayWeight: number;
  /** Further answers must score at least this share of the best one. */
  relativeCutoff: number;
}

export const DEFAULT_SETTINGS: Readonly<SearchSettings> = Object.freeze({
  stemming: true,
  typos: true,
  synonyms: true,
  wordnet: true,
  questionTypes: true,
  sentencePairs: true,
  phraseProximity: true,
  softUnknownVerbs: true,
  answerRelation: true,
  fuzzyNames: true,
  unknownWeight: 0.8,
  minCoverage: 0.6,
  manyWords: 5,
  manyWordsCoverage: 0.45,
  paragraphSupport: 0.5,
  answerBonus: 0,
  countBonus: 0.15,
  absentEverydayWeight: 0.4,
  relativeCutoff: 0.8,
});
