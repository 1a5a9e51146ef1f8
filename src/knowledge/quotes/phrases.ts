/**
 * Noun phrases that can speak: a name (`Governor Ana Ruiz`), a pronoun (`she`), or a
 * description (`Chinese officials`, `the union`, `the mayor`, `the 24-year-old`), read
 * backwards from their last word.
 */
import type { ParagraphContext } from './context.ts';
import type { NameMention } from './names.ts';
import { isDemonymWord } from './lexicon.ts';
import { isInflectedSpeechVerb } from './speech-verbs.ts';
import type { Token } from './tokens.ts';
import {
  CONJUNCTIONS,
  DETERMINERS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  ROLE_NOUNS,
  SPEAKER_NOUNS,
  SUBJECT_PRONOUNS,
  VERB_ADVERBS,
} from './vocabulary.ts';

interface PhraseBase {
  /** Token range `[first, last]` the phrase covers. */
  first: number;
  last: number;
  /** As written, without a leading determiner: `Chinese foreign ministry`. */
  text: string;
  role?: string;
  /** Reached through `, which` or `, who`: a hint whether the antecedent is a body or a person. */
  relative?: 'which' | 'who';
}

export type Phrase =
  | (PhraseBase & { type: 'name'; mention: NameMention; organizationHint: boolean })
  | (PhraseBase & { type: 'pronoun'; pronoun: string })
  | (PhraseBase & {
      type: 'description';
      head: string;
      headKind: 'org' | 'group' | 'person';
      /** `the union`: the head alone after `the`, which points back to a body named earlier. */
      bare: boolean;
      /** `the mayor`, `the company's chief executive`: someone already introduced. */
      definite: boolean;
      /** `the 24-year-old`, `the Spaniard`: a stand-in for the person just mentioned. */
      epithet?: boolean;
    });

/** Nouns that stand in for a person already named (`the veteran said`). */
const EPITHETS = new Set(['veteran', 'youngster', 'newcomer', 'rookie', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'actor', 'actress', 'singer', 'author', 'star', 'champion', 'incumbent', 'challenger']);

export const LINKING_PREPOSITIONS = new Set(['at', 'of', 'for', 'from', 'with']);

export const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
export const slice = (ctx: ParagraphContext, first: number, last: number): string =>
  ctx.text.slice(ctx.tokens[first]?.start ?? 0, ctx.tokens[last]?.end ?? 0);

/** A word that may sit between a subject and its verb: `has also`, `sharply`, `later`. */
export function isVerbAdverb(t: Token | undefined): boolean {
  return isWord(t) && !t.capital && (VERB_ADVERBS.has(t.lower) || (/ly$/.test(t.lower) && t.lower.length > 4));
}

/** Modifiers before a head noun: `Taiwan's foreign`, `U.S. and Chinese`, `legislative`. */
export function modifiersStart(ctx: ParagraphContext, head: number, floor: number): number {
  let j = head;
  while (j - 1 >= floor && head - j < 7) {
    const u = ctx.tokens[j - 1];
    if (!isWord(u)) break;
    const joinsCapitals = u.lower === 'and' && ctx.tokens[j]?.capital === true && ctx.tokens[j - 2]?.capital === true;
    // `president of global affairs`: `of` after a role belongs to it.
    const roleOf = u.lower === 'of' && ROLE_NOUNS.has(ctx.tokens[j - 2]?.lower ?? '');
    const stop =
      DETERMINERS.has(u.lower) ||
      (PREPOSITIONS.has(u.lower) && !roleOf) ||
      (CONJUNCTIONS.has(u.lower) && !joinsCapitals) ||
      RELATIVE_PRONOUNS.has(u.lower) ||
      SUBJECT_PRONOUNS.has(u.lower) ||
      isInflectedSpeechVerb(u.lower) ||
      // -ed and -ing words stay (`elected officials`, `engineering department`); -ly adverbs do not.
      (!u.capital && /ly$/.test(u.lower) && u.lower.length > 4);
    if (stop) break;
    j--;
    if (ctx.sentenceStarts.has(j)) break;
  }
  return j;
}

function description(ctx: ParagraphContext, head: number, floor: number): Phrase | undefined {
  const t = ctx.tokens[head];
  if (!isWord(t) || t.possessive) return undefined;
  const epithet = /^\d+-year-old$/.test(t.lower) || (t.capital && isDemonymWord(t.bare) && !ctx.nameAt.has(head)) || EPITHETS.has(t.lower);
  if (epithet && ctx.tokens[head - 1]?.lower === 'the') {
    return { type: 'description', head: t.lower, headKind: 'person', bare: true, definite: true, epithet: true, first: head, last: head, text: t.text };
  }
  // `the mayor`, `the chief executive`: a role word heads a description of one person.
  const headKind = SPEAKER_NOUNS.get(t.lower) ?? (ROLE_NOUNS.has(t.lower) && !t.capital ? 'person' : undefined);
  if (!headKind) return undefined;
  const first = modifiersStart(ctx, head, floor);
  const the = ctx.tokens[first - 1]?.lower === 'the';
  const bare = first === head && the;
  const definite = the || ctx.tokens[first]?.possessive === true;
  return { type: 'description', head: t.lower, headKind, bare, definite, first, last: head, text: slice(ctx, first, head) };
}

export function namePhrase(ctx: ParagraphContext, mention: NameMention): Phrase {
  const phrase: Phrase = {
    type: 'name',
    mention,
    organizationHint: false,
    first: mention.first,
    last: mention.last,
    text: slice(ctx, mention.first, mention.last),
  };
  if (mention.role !== undefined) phrase.role = mention.role;
  // `Analysts at Morgan Stanley`: people speaking for a body; the body is the speaker.
  let k = mention.first - 1;
  if (ctx.tokens[k]?.lower === 'the') k--;
  const link = ctx.tokens[k];
  const group = ctx.tokens[k - 1];
  if (isWord(link) && LINKING_PREPOSITIONS.has(link.lower) && isWord(group) && (SPEAKER_NOUNS.has(group.lower) || ROLE_NOUNS.has(group.lower))) {
    const groupFirst = modifiersStart(ctx, k - 1, 0);
    phrase.organizationHint = true;
    phrase.role = slice(ctx, groupFirst, k - 1);
    phrase.first = groupFirst;
  }
  return phrase;
}

/** The phrase whose last word is token `i`, not reaching before `floor`. */
export function phraseEndingAt(ctx: ParagraphContext, i: number, floor: number): Phrase | undefined {
  const t = ctx.tokens[i];
  if (i < floor || !isWord(t)) return undefined;
  if (SUBJECT_PRONOUNS.has(t.lower)) return { type: 'pronoun', pronoun: t.lower, first: i, last: i, text: t.text };
  if (t.lower === 'who' || t.lower === 'which') {
    const antecedentEnd = ctx.tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
    const antecedent = phraseEndingAt(ctx, antecedentEnd, floor);
    return antecedent && { ...antecedent, relative: t.lower };
  }
  const mention = ctx.nameAt.get(i);
  if (mention && i >= mention.nameFirst) return namePhrase(ctx, mention);
  const described = description(ctx, i, floor);
  if (described) return described;
  // `Several residents at the meeting`: the speaker is before the prepositional phrase.
  for (let k = i - 1; k >= Math.max(floor + 1, i - 5); k--) {
    const u = ctx.tokens[k];
    if (!isWord(u)) break;
    if (LINKING_PREPOSITIONS.has(u.lower) || u.lower === 'in') {
      const group = ctx.tokens[k - 1];
      if (isWord(group) && SPEAKER_NOUNS.get(group.lower) === 'group') return description(ctx, k - 1, floor);
      break;
    }
  }
  return undefined;
}
