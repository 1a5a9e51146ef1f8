/**
 * Which capitalised words belong to names: a capital letter mid-sentence is a name; at the
 * start of a sentence only when the article uses the word mid-sentence too, or a name or a
 * speech verb follows it, or the lexicon knows it as a place.
 */
import { isKnownPlace } from './lexicon.ts';
import { isInflectedSpeechVerb } from './speech-verbs.ts';
import type { Token } from './tokens.ts';
import {
  CONJUNCTIONS,
  DETERMINERS,
  MONTHS,
  ORGANIZATION_WORDS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  ROLE_NOUNS,
  SPEAKER_NOUNS,
  SUBJECT_PRONOUNS,
  TITLE_WORDS,
  VERB_ADVERBS,
  WEEKDAYS,
} from './vocabulary.ts';

/** Capitalised words every article uses mid-sentence: proof that a sentence-initial word is a name. */
export function collectMidSentenceCapitals(tokenLists: Token[][], unitStarts: Array<Set<number>>): Set<string> {
  const capitals = new Set<string>();
  tokenLists.forEach((tokens, p) => {
    tokens.forEach((t, i) => {
      if (t.kind === 'word' && t.capital && !unitStarts[p]?.has(i) && tokens[i - 1]?.kind !== 'quote') capitals.add(t.bare);
    });
  });
  return capitals;
}

const isFunctionWord = (lower: string): boolean =>
  DETERMINERS.has(lower) ||
  PREPOSITIONS.has(lower) ||
  CONJUNCTIONS.has(lower) ||
  SUBJECT_PRONOUNS.has(lower) ||
  RELATIVE_PRONOUNS.has(lower) ||
  VERB_ADVERBS.has(lower) ||
  isInflectedSpeechVerb(lower);

export const isTimeWord = (lower: string): boolean => WEEKDAYS.has(lower) || MONTHS.has(lower);

export interface NameContext {
  tokens: Token[];
  /** Token indexes that start a sentence. */
  sentenceStarts: Set<number>;
  midSentenceCapitals: Set<string>;
}

/** A capitalised word that belongs to a name (not `The`, `Monday`, or an ordinary word opening a sentence). */
export function isNameWord(ctx: NameContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind !== 'word' || !t.capital || isTimeWord(t.lower) || t.text === 'I') return false;
  const initial = ctx.sentenceStarts.has(i) || ctx.tokens[i - 1]?.kind === 'quote';
  if (!initial) return true;
  const next = ctx.tokens[i + 1];
  // `Governor Ana Ruiz`, `Senate Minority Leader`: a capitalised role or body before a name.
  // `Secretary of State Marco Rubio`, `Minister of Finance Ana Ruiz`: a title with its `of` phrase.
  const titleOf = TITLE_WORDS.has(t.lower) && next?.lower === 'of' && Boolean(ctx.tokens[i + 2]?.capital);
  const nameFollows = titleOf || Boolean(next?.capital && next.kind === 'word' && !t.possessive);
  // `Workers walked out`: a common noun opening a sentence is no name, even when a name elsewhere
  // (`Maritime Workers Union`) capitalises it mid-sentence.
  const commonNoun = ROLE_NOUNS.has(t.lower) || SPEAKER_NOUNS.has(t.lower);
  if (commonNoun && !t.possessive) return nameFollows;
  if (ctx.midSentenceCapitals.has(t.bare)) return true;
  if (isFunctionWord(t.lower)) return false;
  if (commonNoun) return nameFollows;
  // `Maersk said …`: an unknown capitalised word that a speech verb follows is someone speaking.
  const speaks = next?.kind === 'word' && !next.capital && isInflectedSpeechVerb(next.lower) && !t.lower.endsWith('s');
  return isKnownPlace(t.bare) || nameFollows || speaks;
}

/** `Ministry`, `Centers`, `Motors`: a word that makes a name an organisation's, plural or not. */
export const isOrganizationWord = (lower: string): boolean =>
  ORGANIZATION_WORDS.has(lower) || (lower.endsWith('s') && ORGANIZATION_WORDS.has(lower.slice(0, -1)));

