import type { KnowledgeBase } from '../knowledge/types.ts';
import type { QuestionIndex } from './types.ts';

export type { AskOptions, AskResult, QuestionIndex, RankedPassage } from './types.ts';

/** Builds the index `/ask` searches. (Placeholder until the search module lands.) */
export function buildQuestionIndex(_kb: KnowledgeBase): QuestionIndex {
  return {
    ask: () => ({ status: 'not_found', answers: [], nearest: [] }),
  };
}
