/**
 * Splits text into word tokens that keep their character offsets, so every match can be
 * traced back to the verbatim text. Normalisation is deliberately small and predictable:
 * lowercase, accents removed, possessive `'s` dropped, `1,200` → `1200`, `U.S.`/`US` → `usa`.
 */
import { COMPOUND_NAMES } from '../lexicon/places.ts';
import { stem } from './stem.ts';

export interface Token {
  /** Lowercase, accent-free form: `taiwan`, `1200`, `usa`. */
  norm: string;
  /** Porter stem of `norm` (numbers and short words unchanged). */
  stem: string;
  /** Offsets into the tokenized text. */
  start: number;
  end: number;
  /** The word starts with a capital letter as written. */
  capitalized: boolean;
  /** Index of the token in its text. */
  position: number;
  /** "What's", "whats": an interrogative with "is" run into it. */
  withIs?: boolean;
}

// Letters/digits, joined by inner apostrophes, dots (U.S.), commas between digit groups (1,200) or decimal points.
const WORD = /[\p{L}\p{N}]+(?:(?:['’.]|,(?=\d{3}\b))[\p{L}\p{N}]+)*\.?/gu;
const ACRONYM_WITH_DOTS = /^(?:\p{L}\.){2,}$/u;

/** Removes accents and lowercases: `Proença` → `proenca`. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function normalize(raw: string): string {
  let word = raw;
  if (ACRONYM_WITH_DOTS.test(word)) word = word.replace(/\./g, '');
  else word = word.replace(/\.$/, '');
  if (word === 'US' || word === 'U.S' || word === 'USA') return 'usa';
  word = foldWord(word).replace(/['’]s$/, '').replace(/['’]$/, '');
  if (/^\d[\d,]*(?:\.\d+)?$/.test(word)) word = word.replace(/,/g, '');
  if (word === 'us' && raw === raw.toUpperCase() && raw.length > 1) return 'usa';
  return word.replace(/['’]/g, '');
}

/** True when the token was written with a possessive ending: `Taiwan's`, `farmers'`. */
export function isPossessive(text: string, token: Token): boolean {
  const raw = text.slice(token.start, token.end);
  if (/^(?:it|that|there|what|who|he|she|let)['’]s$/i.test(raw)) return false;
  return /\p{L}['’]s$/u.test(raw) || /^['’](?!\p{L})/u.test(text.slice(token.end, token.end + 2));
}

/**
 * All word tokens of `text`, in order, with offsets. Hyphenated words give one token per part;
 * known multi-word names (`United States`) become one token spanning both words.
 */
export function tokenize(text: string): Token[] {
  return joinCompounds(text, splitWords(text));
}

function joinCompounds(text: string, tokens: Token[]): Token[] {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    const compound = b && /^\s+$/.test(text.slice(a.end, b.start)) ? COMPOUND_NAMES[`${a.norm} ${b.norm}`] : undefined;
    if (b && compound) {
      joined.push({ ...a, norm: compound, stem: stem(compound), end: b.end, position: joined.length });
      i++;
    } else {
      joined.push({ ...a, position: joined.length });
    }
  }
  return joined;
}

function splitWords(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    // A trailing dot belongs to the word only in dotted acronyms (U.S.), not at a sentence's end.
    const raw = match[0].endsWith('.') && !ACRONYM_WITH_DOTS.test(match[0]) ? match[0].slice(0, -1) : match[0];
    const norm = normalize(raw);
    if (!norm) continue;
    const start = match.index ?? 0;
    tokens.push({
      norm,
      stem: stem(norm),
      start,
      end: start + raw.length,
      capitalized: /^\p{Lu}/u.test(raw),
      position: tokens.length,
    });
  }
  return tokens;
}

/** Punctuation between two capitalised words that ends a name: a comma, colon, bracket or quote mark ("Denise Caldwell, Riverbend's…"). */
export const NAME_BREAK = /[,;:()[\]"“”]/;
