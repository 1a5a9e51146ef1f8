/**
 * Everything the rules need to know about one paragraph, computed once: its quotations,
 * tokens, sentence units and names.
 */
import type { Paragraph } from '../types.ts';
import { POSITIONS_PER_PARAGRAPH } from './entities.ts';
import type { NameContext } from './name-words.ts';
import { collectMidSentenceCapitals } from './name-words.ts';
import { type NameMention, findNames } from './names.ts';
import { type QuoteSpan, findQuoteSpans } from './quote-marks.ts';
import { type Token, tokenize } from './tokens.ts';
import { type Unit, buildUnits } from './units.ts';

export interface ParagraphContext extends NameContext {
  paragraph: Paragraph;
  text: string;
  spans: QuoteSpan[];
  units: Unit[];
  names: NameMention[];
  /** For every token inside a name (role included), the name. */
  nameAt: Map<number, NameMention>;
}

export interface ParagraphSkeleton {
  paragraph: Paragraph;
  spans: QuoteSpan[];
  tokens: Token[];
  units: Unit[];
  sentenceStarts: Set<number>;
}

/** The parts that need nothing from the rest of the article. */
export function skeleton(paragraph: Paragraph): ParagraphSkeleton {
  const text = paragraph.text;
  const spans = findQuoteSpans(text);
  const tokens = tokenize(text, spans);
  const units = buildUnits(paragraph, spans, tokens);
  return { paragraph, spans, tokens, units, sentenceStarts: new Set(units.map((u) => u.first)) };
}

/** Adds the names, which need the capitalised words of the whole article. */
export function withNames(base: ParagraphSkeleton, midSentenceCapitals: Set<string>): ParagraphContext {
  const ctx: ParagraphContext = {
    ...base,
    text: base.paragraph.text,
    midSentenceCapitals,
    names: [],
    nameAt: new Map(),
  };
  ctx.names = findNames(ctx, ctx.text);
  for (const name of ctx.names) for (let i = name.first; i <= name.last; i++) ctx.nameAt.set(i, name);
  return ctx;
}

/** A position in the article that orders mentions: paragraph first, then offset. */
export const positionOf = (ctx: ParagraphContext, offset: number): number => ctx.paragraph.number * POSITIONS_PER_PARAGRAPH + offset;

/** Paragraphs with something to read; anything else is skipped rather than allowed to throw. */
function usable(paragraphs: unknown): Paragraph[] {
  if (!Array.isArray(paragraphs)) return [];
  return paragraphs.filter(
    (p): p is Paragraph => typeof p === 'object' && p !== null && typeof (p as Paragraph).text === 'string' && Number.isInteger((p as Paragraph).number),
  );
}

/** Reads every paragraph of an article, names included. */
export function readParagraphs(paragraphs: Paragraph[]): ParagraphContext[] {
  const skeletons = usable(paragraphs).map(skeleton);
  const capitals = collectMidSentenceCapitals(
    skeletons.map((s) => s.tokens),
    skeletons.map((s) => s.sentenceStarts),
  );
  // A word of a full name is a name wherever it stands (`Northwind` opening a sentence after `Northwind Motors`).
  for (const s of skeletons) {
    for (const name of withNames(s, capitals).names) {
      const words = name.name.split(/\s+/);
      if (words.length > 1) for (const w of words) capitals.add(w.replace(/['’]s?$/, ''));
    }
  }
  return skeletons.map((s) => withNames(s, capitals));
}
