/**
 * Quotation marks that do not report speech: titles of works and campaigns
 * (`"Every Drop Counts"`), names (`known as "Project Kestrel"`) and scare quotes around a word.
 */
import type { ParagraphContext } from './context.ts';
import { NAMING_CUES } from './vocabulary.ts';

const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as']);

const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

/** `Office of Water Resilience`, `Keep Eastgate Reading`: every word that matters is capitalised. */
export function looksLikeTitle(text: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0 || words.length > 8 || /[?!]\s*$/.test(text)) return false;
  const major = words.filter((w, i) => i === 0 || !MINOR_WORDS.has(w.toLowerCase()));
  return major.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && (words.length > 1 || !/[.,]$/.test(text.trim()));
}

export function isSingleWord(text: string): boolean {
  return wordsOf(text).length <= 1;
}

/** Cues that always introduce a name: `known internally as "…"`, `titled "…"`, `the so-called "…"`. */
const NAME_ONLY_CUES = new Set(['known', 'titled', 'entitled', 'named', 'nicknamed', 'so-called']);

/**
 * Whether a naming word sits just before the quotation. `strict` counts only the words that
 * never report speech; otherwise `called`, `dubbed`… count too (for capitalised titles).
 */
export function followsNamingCue(ctx: ParagraphContext, quoteToken: number, strict: boolean): boolean {
  // A title may follow what it names: `called the new strategy "Project Northstar"`.
  const reach = strict ? 3 : 5;
  for (let k = quoteToken - 1; k >= Math.max(0, quoteToken - reach); k--) {
    const t = ctx.tokens[k];
    if (!t || t.kind !== 'word') return false;
    if (strict ? NAME_ONLY_CUES.has(t.lower) : NAMING_CUES.has(t.lower)) return true;
  }
  return false;
}
