/**
 * One-shot reading of the knowledge folder, for start-up and scripts. A long-running process that
 * follows edits keeps a `KnowledgeStore` instead (see watch.ts).
 */
import { KnowledgeStore, type StoreOptions } from './store.ts';
import type { KnowledgeBase, KnowledgeProblem } from './types.ts';

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  /** Every problem found, sorted by file and line; the articles in `kb` are the valid ones. */
  problems: KnowledgeProblem[];
}

/** Reads every `.md` article in `dir`. Never throws for bad input: what is wrong comes back in `problems`. */
export async function loadKnowledge(dir: string, options: StoreOptions = {}): Promise<LoadedKnowledge> {
  return new KnowledgeStore(dir, options).loadAll();
}
