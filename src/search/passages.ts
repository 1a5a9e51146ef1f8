/**
 * The units the search ranks: sentences, each cited to its paragraph. Offsets are checked against
 * the paragraph text here, once, so every answer can be sliced verbatim from its paragraph.
 */
import type { Article, Paragraph } from '../knowledge/types.ts';
import { tokenize, type Token } from './text/tokenize.ts';
import { isStopWord } from './text/stopwords.ts';

export interface SentenceUnit {
  id: number;
  article: Article;
  paragraph: Paragraph;
  /** Offsets into `paragraph.text`: `paragraph.text.slice(start, end)` is the sentence. */
  start: number;
  end: number;
  /** Tokens with offsets relative to `start`. */
  tokens: Token[];
  /** Number of content (non-stop) words, for length normalisation. */
  length: number;
}

export interface ParagraphRange {
  /** First and last unit id of the paragraph (inclusive). */
  first: number;
  last: number;
}

/** The sentences of a paragraph as verbatim offset ranges, repairing or replacing bad offsets. */
export function sentenceRanges(paragraph: Paragraph): { start: number; end: number }[] {
  const text = paragraph.text;
  const ranges: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const sentence of paragraph.sentences ?? []) {
    let start = sentence.start;
    let end = sentence.end;
    if (text.slice(start, end) !== sentence.text || start < cursor) {
      // The splitter's offsets disagree with the text: find the sentence's own text instead.
      start = sentence.text ? text.indexOf(sentence.text, cursor) : -1;
      end = start + sentence.text.length;
    }
    if (start < 0 || end <= start) continue;
    ranges.push({ start, end });
    cursor = end;
  }
  return withGapsFilled(text, ranges);
}

/**
 * Text the sentences leave out (a splitter that drops a fragment, or gives none at all) becomes
 * passages of its own: every word of a paragraph stays findable.
 */
function withGapsFilled(text: string, ranges: { start: number; end: number }[]): { start: number; end: number }[] {
  const filled: { start: number; end: number }[] = [];
  let cursor = 0;
  const gap = (from: number, to: number) => {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (/[\p{L}\p{N}]/u.test(body)) filled.push({ start: from + lead, end: from + lead + body.length });
  };
  for (const range of ranges) {
    gap(cursor, range.start);
    filled.push(range);
    cursor = range.end;
  }
  gap(cursor, text.length);
  return filled;
}

export function buildUnits(articles: Article[]): { units: SentenceUnit[]; paragraphs: Map<Paragraph, ParagraphRange> } {
  const units: SentenceUnit[] = [];
  const paragraphs = new Map<Paragraph, ParagraphRange>();
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      const first = units.length;
      for (const { start, end } of sentenceRanges(paragraph)) {
        const tokens = tokenize(paragraph.text.slice(start, end));
        const length = tokens.filter((t) => !isStopWord(t.norm)).length;
        units.push({ id: units.length, article, paragraph, start, end, tokens, length: Math.max(1, length) });
      }
      if (units.length > first) paragraphs.set(paragraph, { first, last: units.length - 1 });
    }
  }
  return { units, paragraphs };
}
