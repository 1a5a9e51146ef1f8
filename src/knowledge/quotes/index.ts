import type { Paragraph, Quote, Speaker, Statement } from '../types.ts';

export interface ExtractedQuotes {
  speakers: Speaker[];
  quotes: Quote[];
  statements: Statement[];
}

/** Finds direct quotes, reported statements and their speakers in an article's paragraphs. (Placeholder.) */
export function extractQuotes(_paragraphs: Paragraph[]): ExtractedQuotes {
  return { speakers: [], quotes: [], statements: [] };
}
