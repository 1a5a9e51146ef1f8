/**
 * A Library is one consistent snapshot of the knowledge base and the indexes built from it.
 * When the knowledge folder changes a new Library replaces the old one whole, so a command
 * never sees a half-updated index.
 */
import type { KnowledgeBase } from './knowledge/types.ts';
import { buildQuestionIndex, type QuestionIndex } from './search/index.ts';
import { buildSpeakerDirectory, type SpeakerDirectory } from './search/speakers.ts';

export interface Library {
  kb: KnowledgeBase;
  index: QuestionIndex;
  speakers: SpeakerDirectory;
}

export function buildLibrary(kb: KnowledgeBase): Library {
  return { kb, index: buildQuestionIndex(kb), speakers: buildSpeakerDirectory(kb) };
}
