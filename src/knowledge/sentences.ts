import type { Sentence } from './types.ts';

/** Splits a paragraph into verbatim sentences. (Placeholder: naive split; the knowledge module replaces it.) */
export function splitSentences(text: string, paragraph: number): Sentence[] {
  const sentences: Sentence[] = [];
  const re = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = (m.index ?? 0) + lead;
    sentences.push({ text: body, paragraph, index: sentences.length, start, end: start + body.length });
  }
  return sentences;
}
