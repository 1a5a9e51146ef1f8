import type { Citation } from '../knowledge/types.ts';

export interface AskOptions {
  /** Only search this article (its slug). */
  article?: string;
  /** How many answers at most (default 3). */
  limit?: number;
}

/** A verbatim passage (a sentence, or a few adjacent sentences of one paragraph) with its citation. */
export interface RankedPassage {
  /** Verbatim: always a substring of the cited paragraph's text. */
  text: string;
  citation: Citation;
  score: number;
  /** Why it was chosen, in a few words each: `matched "arms package" for "arms sale"`, `typo "protestd" → "protested"`. */
  why: string[];
}

export interface AskResult {
  status: 'answered' | 'not_found';
  /** Best first; empty when `not_found`. */
  answers: RankedPassage[];
  /** The closest passages when nothing answers (never presented as answers). */
  nearest: RankedPassage[];
}

export interface QuestionIndex {
  ask(question: string, options?: AskOptions): AskResult;
}
