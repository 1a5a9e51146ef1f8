import type { Paragraph, TimelineEvent } from '../types.ts';

/** Finds dated events and resolves their dates against `published` (YYYY-MM-DD). (Placeholder.) */
export function extractEvents(_paragraphs: Paragraph[], _published: string): TimelineEvent[] {
  return [];
}
