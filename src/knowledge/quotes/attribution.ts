/**
 * Decides who said each quotation of a unit: the speech verb before it (`X said "…"`,
 * `called the plan "…"`), the attribution right after it (`"…," she said`), the previous
 * quotation of the same sentence, or, for a quotation standing alone, the last speaker quoted
 * (split quotes and continuation paragraphs). Titles and scare quotes are left out.
 */
import type { ParagraphContext } from './context.ts';
import type { Entity } from './entities.ts';
import type { QuoteSpan } from './quote-marks.ts';
import { followsNamingCue, isSingleWord, looksLikeTitle } from './scare-quotes.ts';
import { type UnitAnalysis, viaOf } from './unit-analysis.ts';
import type { VerbUse } from './verb-uses.ts';

export interface AttributedQuote {
  span: QuoteSpan;
  token: number;
  speaker: Entity;
  via: string[];
  partial: boolean;
  /** Attributed through `he`, `she`…, or carried on from the previous quotation. */
  indirectSpeaker: boolean;
}

const isPunct = (ctx: ParagraphContext, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (ctx.tokens[k]?.kind !== 'punct') return false;
  return true;
};

/**
 * Only words and commas between (`said the deal was "…"`, `he said, the estimate was "…"`),
 * or a colon just before the marks (`said: "…"`).
 */
const sameClause = (ctx: ParagraphContext, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k];
    const allowed = t?.kind === 'word' || t?.text === ',' || (k === to - 1 && t?.text === ':');
    if (!allowed) return false;
  }
  return true;
};

/** `"…," Ruiz said` / `"…," said Maria Delgado`: the attribution follows the closing mark. */
function attributionAfter(ctx: ParagraphContext, uses: VerbUse[], quote: number): VerbUse | undefined {
  return uses.find((u) => {
    // An inherited subject counts only when it stands right after the marks (`"…," Smith was quoted as saying`).
    if (u.index <= quote || !u.subject) return false;
    let first = u.inverted ? u.index : u.subject.first;
    // `"…," the mayor said`: the article belongs to the subject.
    if (['the', 'a', 'an'].includes(ctx.tokens[first - 1]?.lower ?? '')) first--;
    return first > quote && isPunct(ctx, quote + 1, first);
  });
}

/** A quotation with only punctuation around it in its unit: it can only continue someone. */
function standsAlone(ctx: ParagraphContext, analysis: UnitAnalysis, quote: number): boolean {
  return isPunct(ctx, analysis.unit.first, quote) && isPunct(ctx, quote + 1, analysis.unit.last);
}

/** Who spoke last, and through whom: a quotation standing alone continues them. */
export interface LastSpeech {
  speaker: Entity;
  via: string[];
}

export interface QuoteMemory {
  /**
   * The last speech before this unit, quoted or reported: in this paragraph or, for a paragraph's
   * opening quote, the one before (`Smith said the plan would fail.` ¶ `"It will never work."`).
   */
  last?: LastSpeech;
  lastInParagraph?: LastSpeech;
  /** `"We lost." That was the verdict of coach Jim Park`: who the next sentence says spoke. */
  namedNext?: Entity;
}

export function attributeQuotes(ctx: ParagraphContext, analysis: UnitAnalysis, memory: QuoteMemory): AttributedQuote[] {
  const { unit, uses } = analysis;
  const found: AttributedQuote[] = [];
  let previous: AttributedQuote | undefined;
  let segmentStart = unit.first;
  for (let q = unit.first; q < unit.last; q++) {
    const token = ctx.tokens[q];
    const span = token?.quote !== undefined ? ctx.spans[token.quote] : undefined;
    if (!token || !span) continue;
    const before = [...uses].reverse().find((u) => u.index >= segmentStart && u.index < q && analysis.speakerOf(u));
    const after = before ? undefined : attributionAfter(ctx, uses, q);
    const use = before ?? after;
    const title = looksLikeTitle(span.text);
    // A verb close to the marks in the same clause (`called it "…"`, `said the deal was "fair"`, `"…," he said`)
    // vouches even for one word or a title; farther away, a lone quoted word is a scare quote.
    const tight = Boolean(after) || (before !== undefined && q - before.index <= 10 && sameClause(ctx, before.index + 1, q));
    const named = followsNamingCue(ctx, q, true) || (title && followsNamingCue(ctx, q, false));
    // A lone word in marks that is a sentence of its own (`"Never."`) is speech, not a scare quote.
    const alone = standsAlone(ctx, analysis, q) && !title;
    const doubtful = named || ((title || isSingleWord(span.text)) && !tight && !alone);
    segmentStart = q + 1;
    if (doubtful) continue;

    let speaker = use ? analysis.speakerOf(use) : undefined;
    let via = speaker ? viaOf(analysis, use, speaker) : [];
    let indirectSpeaker = use?.subject?.type === 'pronoun';
    const restated = analysis.restated.get(q) ?? (standsAlone(ctx, analysis, q) ? memory.namedNext : undefined);
    if (!speaker && restated) {
      speaker = restated;
    } else if (!speaker && previous) {
      ({ speaker, via } = previous);
      indirectSpeaker = true;
    } else if (!speaker && analysis.according && !standsAlone(ctx, analysis, q)) {
      speaker = analysis.according.entity;
    } else if (!speaker && standsAlone(ctx, analysis, q)) {
      const carried = memory.lastInParagraph ?? (q === 0 ? memory.last : undefined);
      if (carried) ({ speaker, via } = carried);
      indirectSpeaker = true;
    }
    if (!speaker) continue;
    // Words run into the marks (`said the deal was "fair"`); a sentence that ended (`wrote on X.`) does not.
    const runIn = ctx.tokens[q - 1];
    const partial = q > unit.first && runIn?.kind === 'word' && !/[.!?]$/.test(runIn.text);
    const attributed: AttributedQuote = { span, token: q, speaker, via, partial, indirectSpeaker };
    found.push(attributed);
    previous = attributed;
  }
  return found;
}
