/**
 * Finds the names in a paragraph (runs of capitalised words) and keeps titles and roles apart
 * from them: `Chinese President Xi Jinping` → name `Xi Jinping`, role `Chinese President`;
 * `Chinese foreign ministry spokesperson Lin Jian` → name `Lin Jian`, role before it.
 */
import { isDemonym, isGivenName, isKnownPlace, isPersonNoun, isVerbWord } from './lexicon.ts';
import { type NameContext, isNameWord, isOrganizationWord, isTimeWord } from './name-words.ts';
import { isInflectedSpeechVerb } from './speech-verbs.ts';
import type { Token } from './tokens.ts';
import {
  CONJUNCTIONS,
  DETERMINERS,
  NAME_CONNECTORS,
  PLACE_WORDS,
  PREPOSITIONS,
  ROLE_NOUNS,
  SPEAKER_NOUNS,
  TITLE_WORDS,
  VERB_ADVERBS,
} from './vocabulary.ts';


export interface NameMention {
  /** The name as written, without title or possessive: `Xi Jinping`, `Farmers' Union`. */
  name: string;
  /** Title and name as written: `Chinese President Xi Jinping`. */
  written: string;
  role?: string;
  /** Token range of the whole phrase, role included: `[first, last]`. */
  first: number;
  last: number;
  /** Token where the name itself starts. */
  nameFirst: number;
  /** Paragraph offsets of the whole phrase. */
  start: number;
  end: number;
  /** Paragraph offset of the name itself, which orders it among mentions. */
  nameStart: number;
  /** Introduced as a body: `the group Privacy First`, `the carmaker Northwind`. */
  body: boolean;
}

const hasWord = (tokens: Token[], from: number, to: number, words: ReadonlySet<string>) =>
  tokens.slice(from, to + 1).some((t) => words.has(t.lower));

const hasOrganizationWord = (tokens: Token[], from: number, to: number) =>
  tokens.slice(from, to + 1).some((t) => isOrganizationWord(t.lower));

/** Where the capitalised run starting at `i` ends (inclusive). */
function runEnd(ctx: NameContext, i: number): number {
  const { tokens } = ctx;
  let end = i;
  for (;;) {
    const cur = tokens[end];
    const next = tokens[end + 1];
    if (!cur || !next) return end;
    if (cur.possessive) {
      // `China's Ministry of Foreign Affairs` is one name; `Hadley's remarks` ends at Hadley.
      if (isNameWord(ctx, end + 1) && isOrganizationWord(next.lower)) end++;
      else return end;
      continue;
    }
    if (isNameWord(ctx, end + 1)) {
      end++;
      continue;
    }
    // `Theresa May`: a month after a name is a surname, unless a day or year follows (`May 12`).
    const after = tokens[end + 2];
    if (next.kind === 'word' && next.capital && isTimeWord(next.lower) && !next.text.endsWith('.') && !/^\d/.test(after?.text ?? '')) {
      end++;
      continue;
    }
    if (next.kind === 'word' && NAME_CONNECTORS.has(next.lower) && isNameWord(ctx, end + 2)) {
      let after = end + 2;
      while (isNameWord(ctx, after + 1) && !tokens[after]?.possessive) after++;
      const orgish = (from: number, to: number) => hasOrganizationWord(tokens, from, to) || hasWord(tokens, from, to, PLACE_WORDS);
      const particle = !['of', 'for', 'and'].includes(next.lower);
      // `Securities and Exchange Commission`, `Centers for Disease Control and Prevention`; not `Trump and Xi`.
      const insideOfPhrase = hasWord(tokens, i, end, new Set(['of', 'for'])) && orgish(i, end);
      // `Kevin O'Brien of Lakeshore Securities`: a person's name ends before `of`; the body is where they work.
      const personBefore = !particle && end > i && isGivenName(tokens[i]?.bare ?? '') && !orgish(i, end) && !TITLE_WORDS.has(tokens[i]?.lower ?? '');
      const joins =
        personBefore ? false :
        particle ||
        (next.lower === 'and'
          ? orgish(end + 2, after) || insideOfPhrase
          : orgish(i, end) || orgish(end + 2, after) || TITLE_WORDS.has(cur.lower));
      if (joins) {
        end = after;
        continue;
      }
    }
    return end;
  }
}

const surface = (text: string, tokens: Token[], from: number, to: number): string => {
  const first = tokens[from];
  const last = tokens[to];
  if (!first || !last) return '';
  const end = last.possessive ? last.start + last.bare.length : last.end;
  return text.slice(first.start, end);
};

/** Lowercase words a lexicon may file as verbs that are at home in a role: `state senator`, `acting director`. */
const ROLE_MODIFIERS = new Set(['state', 'city', 'county', 'federal', 'national', 'regional', 'local', 'district', 'acting', 'managing', 'presiding', 'ruling', 'governing', 'outgoing', 'incoming', 'former', 'head']);

/** A lowercase role written before a name: `Chief executive`, `City Council member`, `foreign ministry spokesperson`. */
function rolePrefixStart(ctx: NameContext, nameFirst: number): number | undefined {
  const { tokens } = ctx;
  const before = tokens[nameFirst - 1];
  if (!before || before.kind !== 'word' || before.capital || !ROLE_NOUNS.has(before.lower)) return undefined;
  let i = nameFirst - 1;
  while (i - 1 >= 0) {
    const t = tokens[i - 1];
    if (!t || t.kind !== 'word' || ctx.sentenceStarts.has(i)) break;
    if (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || CONJUNCTIONS.has(t.lower) || isInflectedSpeechVerb(t.lower)) break;
    // `had put manager Elena Vasquez`: a verb ends the role (but `state senator`, `acting director` do not).
    const verbish = isVerbWord(t.lower) || VERB_ADVERBS.has(t.lower) || /(ed|ing)$/.test(t.lower);
    if (!t.capital && verbish && !ROLE_MODIFIERS.has(t.lower) && !ROLE_NOUNS.has(t.lower) && !SPEAKER_NOUNS.has(t.lower)) break;
    i--;
  }
  const first = tokens[i];
  // A capitalised opener like `Chief` belongs to the role even at the start of a sentence.
  return first && !(DETERMINERS.has(first.lower) && !first.capital) ? i : undefined;
}

/** `group` in `the Vienna-based group Privacy First`: a lowercase noun for a body right before a name. */
const isBodyNoun = (t: Token | undefined): boolean => t?.kind === 'word' && !t.capital && SPEAKER_NOUNS.get(t.lower) === 'org';

/** Reads every name in a paragraph, with its role. */
export function findNames(ctx: NameContext, text: string): NameMention[] {
  const mentions: NameMention[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(ctx, i)) continue;
    const end = runEnd(ctx, i);
    if (tokens.slice(i, end + 1).every((t) => isDemonym(t.bare))) {
      i = end; // `Chinese` alone is an adjective, not someone who can speak
      continue;
    }
    let lastTitle = -1;
    for (let k = i; k <= end; k++) {
      const t = tokens[k];
      if (!t || t.possessive) continue;
      // `Teenager Maya Collins`, `Grandmother Ana Ruiz`: a noun for a person before a given name is a role.
      const nameAfter = isGivenName(tokens[k + 1]?.bare ?? '') || (k === i && end - k >= 2);
      const personNoun = k < end && isPersonNoun(t.lower) && !isGivenName(t.bare) && nameAfter;
      if (TITLE_WORDS.has(t.lower) || personNoun) lastTitle = k;
    }
    // `Secretary of State Marco Rubio`: the `of State` belongs to the title.
    while (lastTitle >= 0 && lastTitle + 2 < end && tokens[lastTitle + 1]?.lower === 'of') lastTitle += 2;
    let nameFirst = lastTitle >= 0 && lastTitle < end ? lastTitle + 1 : i;
    if (lastTitle === end) {
      // Only a title (`Prime Minister`), or a surname that is also a title word (`John Major`).
      const allTitles = tokens
        .slice(i, end + 1)
        .every((t) => TITLE_WORDS.has(t.lower) || t.text.endsWith('.') || isDemonym(t.bare) || isKnownPlace(t.bare));
      if (allTitles) {
        i = end;
        continue;
      }
      nameFirst = i;
    }
    const mention: NameMention = {
      name: surface(text, tokens, nameFirst, end),
      written: surface(text, tokens, i, end),
      first: i,
      last: end,
      nameFirst,
      start: tokens[i]?.start ?? 0,
      end: tokens[end]?.end ?? 0,
      nameStart: tokens[nameFirst]?.start ?? 0,
      body: isBodyNoun(tokens[i - 1]),
    };
    const prefix = rolePrefixStart(ctx, i);
    if (nameFirst > i || prefix !== undefined) {
      const roleFrom = prefix ?? i;
      mention.role = text.slice(tokens[roleFrom]?.start ?? 0, tokens[nameFirst - 1]?.end ?? 0);
      mention.first = roleFrom;
      mention.start = tokens[roleFrom]?.start ?? mention.start;
      mention.written = surface(text, tokens, roleFrom, end);
    }
    // `Westbrook coach Martin Kessler`, `City Council member Rosa Jimenez`: a name inside the role is part of it.
    while (mentions.length > 0 && (mentions[mentions.length - 1]?.first ?? -1) >= mention.first) mentions.pop();
    mentions.push(mention);
    i = end;
  }
  return mentions;
}
