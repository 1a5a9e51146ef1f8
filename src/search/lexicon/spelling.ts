/**
 * Typo repair for a question, before it is read. A misspelt word must be repaired before the
 * question's form is analysed, not after: "what counrties…" asks for a country only once
 * "counrties" is "countries", "how much is the sale womth" asks for money only once "womth" is
 * "worth", and "what did Lin say aboit Taiwan" is about Taiwan only once "aboit" is "about".
 *
 * A word is repaired only when it is neither English nor in the searched articles. The repair is,
 * in order: the nearest word of the searched articles (one edit, two from six letters); a word of
 * the question's own grammar ("about", "under", "happen", "worth"), one edit away, for a word typed
 * in lowercase (a capitalised "Chen" is a name, never "then"); else the most common English word
 * one edit away, preferring one the articles use ("opose" → "oppose", which they write "opposes",
 * rather than the commoner "pose").
 */
import { isStopWord } from '../text/stopwords.ts';
import { editDistance } from '../text/edit-distance.ts';
import type { TypoTrie } from './typo-trie.ts';
import { COMPOUND_NAMES, namesAPlace, regionMembers } from './places.ts';
import { baseForms, isDictionaryWord, isLemma } from './wordnet.ts';
import { everydayCount } from './word-frequency.ts';

export interface Correction {
  /** The word as the question typed it. */
  typed: string;
  /** The repaired word, lowercase. */
  word: string;
  /** Edits between them (1 or 2). */
  distance: number;
}

export interface SpellingContext {
  /** The searched articles' vocabulary. */
  typos: () => TypoTrie;
  /** Whether the searched articles use the word (or its stem). */
  inText: (word: string) => boolean;
  /** Whether the searched articles write `first` right before `second` (by stem): "prime minister". */
  adjacent?: (first: string, second: string) => boolean;
  /** Whether the searched articles write the word in exactly this form. */
  written?: (word: string) => boolean;
  /**
   * Repairs of single words made before against the same articles ("word capitalized" → repair):
   * a misspelt or unknown word comes back in later questions, and its repair is the same.
   */
  remembered?: Map<string, { word: string; distance: number } | null>;
}

/** Repairs remembered per set of articles before the memory starts afresh. */
const REMEMBERED_LIMIT = 10_000;

/** `repairWord`, remembered in `ctx.remembered` when there is one. */
function rememberedRepair(word: string, capitalized: boolean, ctx: SpellingContext): { word: string; distance: number } | null {
  const memory = ctx.remembered;
  if (!memory) return repairWord(word, capitalized, ctx);
  const key = `${word} ${capitalized ? 1 : 0}`;
  const known = memory.get(key);
  if (known !== undefined) return known;
  const repair = repairWord(word, capitalized, ctx);
  if (memory.size >= REMEMBERED_LIMIT) memory.clear();
  memory.set(key, repair);
  return repair;
}

/**
 * "Presidants": no English word, and not as the text writes it, though its stem is the text's
 * ("presid"). Such a slip is repaired like any other, so that the word's synonyms ("leaders") count.
 */
function slipSharingStem(word: string, ctx: SpellingContext): boolean {
  return ctx.written !== undefined && !ctx.written(word) && (!isDictionaryWord(word) || onlyAFormOfAPlace(word)) && !namesAPlace(word) && regionMembers(word).length === 0;
}

/**
 * Words of the question's form that a typo may hide: a "wich", "aboit", "happn" or "womth" left
 * unrepaired is read as a content word the text lacks, and the question's kind is lost.
 */
const GRAMMAR_WORDS = `about above after against among around because before behind below between
could does doing during from have into were many much over should since than that their there these they those
through under until what when where which while whom whose will with within without would
happen happened mention mentioned stand worth cost last lasted located hosted held
discuss discussed cover covered topic topics`.split(/\s+/);

/** Occurrences in the subtitle corpus from which a word is common enough to be meant over a two-edit article word. */
const COMMON_WORD = 1_000;

/** A single misspelt word's repair, or null when it is a word (or no repair is close enough). */
/** How many English words one edit from a typed word make a repair two edits away a guess. */
const AMBIGUOUS_NEIGHBOURS = 3;

export function repairWord(word: string, capitalized: boolean, ctx: SpellingContext): { word: string; distance: number } | null {
  // A dictionary word is taken as meant, even one that looks like a slip ("sined", "resected"):
  // repairing those also "repairs" real words ("hosted" → "posted").
  if (word.length < 3 || /[^a-z]/.test(word) || isStopWord(word) || (ctx.inText(word) && !slipSharingStem(word, ctx))) return null;
  // A name the place list knows ("sino", "kyiv", "europe") is meant, not a slip for an English word ("sing").
  if (namesAPlace(word) || regionMembers(word).length > 0) return null;
  // "Shi Jinping": a Chinese name heard, not read — pinyin writes "x" what English spells "sh".
  const heard = pinyinSpelling(word, ctx);
  if (heard) return heard;
  if (word.length === 3) return droppedLetter(word, capitalized, ctx);
  if (isDictionaryWord(word) && !onlyAFormOfAPlace(word)) return swappedTextWord(word, ctx) ?? shortOfPlaceWord(word, ctx) ?? misspeltInflection(word) ?? rareShortWord(word, capitalized);
  const fromText = nearestInText(word, ctx);
  // ("explan" is "explain", one letter off, not the text's "expand", two: a common English word one
  // edit away is likelier meant than an article word two edits away.)
  // (One the articles use first: "aprove" is their "approve", not the commoner "prove".)
  // (Nor "lenght" the text's "weight": two letters swapped are the commonest slip of all, and "length" is one.)
  if (fromText?.distance === 2) {
    const english = dictionaryNeighbours(word);
    const meant = english.find((w) => ctx.inText(w)) ?? english.find((w) => everydayCount(w) >= COMMON_WORD) ?? english.find((w) => w.length === word.length && isSwap(word, w));
    if (meant) return { word: meant, distance: 1 };
    // ("lakers" is no slip for the text's "leaders", two edits away, when "lakes", "makers" and
    // "layers" are one: a word so near several English words is likelier a name nobody wrote.)
    if (english.length >= AMBIGUOUS_NEIGHBOURS) return null;
  }
  if (fromText) return fromText;
  // Spelt as it sounds: "fone" is "phone", "foto" "photo" (two edits away, but one sound).
  const sounded = soundedOut(word, ctx);
  if (sounded) return sounded;
  const grammar = capitalized ? null : grammarWord(word);
  if (grammar) return grammar;
  // A typo of a word the articles do not use in that form: an English word one edit away, one
  // they use first ("opose" → "oppose", which they write "opposes"), else the commonest ("tallk" →
  // "talk", whose synonyms may still be in the text: "call").
  const english = dictionaryNeighbours(word);
  const best = english.find((w) => ctx.inText(w)) ?? english[0];
  return best ? { word: best, distance: 1 } : null;
}

/**
 * "Japanes": English only as a form of a place's name ("to japan" is to lacquer), which nobody
 * means — a slip for the text's "Japanese".
 */
function onlyAFormOfAPlace(word: string): boolean {
  const bases = (['n', 'v', 'a', 'r'] as const).flatMap((pos) => baseForms(word, pos));
  return bases.length > 0 && bases.every((base) => base !== word && namesAPlace(base));
}

/** "f" written for "ph" (or "ph" for "f"): the text's word, or an English one, with the other spelling. */
function soundedOut(word: string, ctx: SpellingContext): { word: string; distance: number } | null {
  const variants = [...word.matchAll(/ph|f/g)].map((m) => word.slice(0, m.index) + (m[0] === 'f' ? 'ph' : 'f') + word.slice(m.index! + m[0].length));
  const found = variants.find((w) => ctx.inText(w)) ?? variants.find((w) => isDictionaryWord(w));
  return found ? { word: found, distance: 1 } : null;
}

/** "Shi" for "Xi", "Shijinping": the article's word with pinyin's "x" where the question wrote "sh". */
function pinyinSpelling(word: string, ctx: SpellingContext): { word: string; distance: number } | null {
  if (!word.includes('sh') || isDictionaryWord(word)) return null;
  const variant = word.replace(/sh/g, 'x');
  return ctx.inText(variant) ? { word: variant, distance: 1 } : null;
}

/** A word of the question's grammar one edit away ("aboit" → "about"), or null. */
function grammarWord(word: string): { word: string; distance: number } | null {
  const grammar = GRAMMAR_WORDS.find((w) => Math.abs(w.length - word.length) <= 1 && editDistance(word, w) === 1);
  return grammar ? { word: grammar, distance: 1 } : null;
}

/**
 * A rare English word one edit short of a grammar word is taken as that slip ("abut" for "about",
 * "discus" for "discuss"); a rare word that a grammar word is short of is meant ("thorough" is no
 * "through").
 */
function rareShortWord(word: string, capitalized: boolean): { word: string; distance: number } | null {
  if (capitalized || everydayCount(word) > 0) return null;
  const grammar = grammarWord(word);
  // (Short of it, not a letter off: "chat" is no slip for "that".)
  return grammar && grammar.word.length > word.length ? grammar : null;
}

/**
 * Three letters are too few to guess from, except a dropped letter of a four-letter word the
 * articles use or the question's grammar needs ("cal" → "call", "wat" → "what") or two swapped
 * letters of an everyday word ("sya"), and only for a string that is neither English nor everyday
 * shorthand.
 */
function droppedLetter(word: string, capitalized: boolean, ctx: SpellingContext): { word: string; distance: number } | null {
  if (capitalized || everydayCount(word) > 0 || isDictionaryWord(word)) return null;
  const fourLetters = (w: string) => w.length === 4;
  const fromText = nearestInText(word, ctx, fourLetters, 1);
  if (fromText) return fromText;
  const grammar = grammarWord(word);
  if (grammar && fourLetters(grammar.word)) return grammar;
  // ("giv" → "give", "bak" → "back": a letter dropped from an everyday word far commoner than any other it could be.)
  // ("sya" → "say", "hwo" → "who": else two letters swapped, on the same terms.)
  return commonestOf(withALetterMore(word)) ?? commonestOf(withLettersSwapped(word));
}

/** The one of `candidates` everyday enough, and far enough ahead of the rest, to be what a slip meant. */
function commonestOf(candidates: Iterable<string>): { word: string; distance: number } | null {
  const [first, second] = [...candidates].map((w) => ({ word: w, count: everydayCount(w) })).sort((a, b) => b.count - a.count);
  return first && first.count >= EVERYDAY_DROP && first.count >= DROP_MARGIN * (second?.count ?? 0) ? { word: first.word, distance: 1 } : null;
}

function withLettersSwapped(word: string): string[] {
  return [...word.slice(1)].map((_, i) => word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
}

/** Occurrences (subtitle corpus) from which a four-letter word is everyday enough to be what a three-letter slip meant… */
const EVERYDAY_DROP = 10_000;
/** …when it is this many times commoner than the next word the slip could be. */
const DROP_MARGIN = 4;

/**
 * Two neighbouring letters swapped ("chian" for "china") seldom make a common word, so a rare
 * dictionary word that is a swap of an article word is taken as that word. (Other one-letter
 * slips make real words too often: "hosted" is no "posted".)
 */
function swappedTextWord(word: string, ctx: SpellingContext): { word: string; distance: number } | null {
  if (everydayCount(word) > 0) return null;
  // (…or of a word the question's grammar needs: "how much is it wroth" is "worth".)
  const grammar = GRAMMAR_WORDS.find((w) => w.length === word.length && isSwap(word, w));
  return nearestInText(word, ctx, (w) => w.length === word.length && isSwap(word, w), 1) ?? (grammar ? { word: grammar, distance: 1 } : null);
}

/**
 * "Bigest", "runing": English only by the suffix rules ("big" + "est"), which do not know that a
 * one-syllable word ending consonant–vowel–consonant doubles its last letter before "-ed", "-er",
 * "-est" or "-ing". The doubled form is what was meant — unless the word is the regular form of
 * another with an "e" ("hoped" is "hope" + "d", not a slip for "hopped").
 */
function misspeltInflection(word: string): { word: string; distance: number } | null {
  const [, base = '', last = '', suffix = ''] = UNDOUBLED.exec(word) ?? [];
  if (!base) return null;
  const pos = suffix === 'er' || suffix === 'est' ? 'a' : 'v';
  // (One syllable only: "visited" does not double, and which longer words do depends on the stress.)
  if (!isLemma(base) || (base.match(/[aeiouy]+/g) ?? []).length !== 1 || baseForms(`${base}e`, pos).length > 0) return null;
  const meant = `${base}${last}${suffix}`;
  return isDictionaryWord(meant) ? { word: meant, distance: 1 } : null;
}
/** A word ending consonant–vowel–consonant (not w, x or y), then a suffix that starts with a vowel. */
const UNDOUBLED = /^([a-z]*[^aeiou][aeiou]([b-df-hj-np-tvz]))(ed|er|est|ing)$/;

/**
 * "chines" for "Chinese", "japanes": a rare dictionary word (the plural of "chine") one letter short
 * of a place or nationality the articles write is that word with a letter dropped.
 */
function shortOfPlaceWord(word: string, ctx: SpellingContext): { word: string; distance: number } | null {
  if (everydayCount(word) > 0) return null;
  return nearestInText(word, ctx, (w) => w.length === word.length + 1 && namesAPlace(w) && isOneDropped(word, w), 1);
}

/** `short` is `long` with one letter left out. */
function isOneDropped(short: string, long: string): boolean {
  const i = [...short].findIndex((ch, k) => ch !== long[k]);
  return i < 0 ? long.length === short.length + 1 : short.slice(i) === long.slice(i + 1);
}

function isSwap(a: string, b: string): boolean {
  const i = [...a].findIndex((ch, k) => ch !== b[k]);
  return i >= 0 && i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The nearest word of the searched articles (one edit, two from six letters) that `accept` also takes. */
function nearestInText(
  word: string,
  ctx: SpellingContext,
  accept: (candidate: string) => boolean = () => true,
  maxDistance = word.length >= 6 ? 2 : 1,
  minLength = 4,
): { word: string; distance: number } | null {
  const found = ctx.typos().search(word, maxDistance).find((c) => c.word.length >= minLength && ctx.inText(c.word) && accept(c.word));
  return found ? { word: found.word, distance: found.distance } : null;
}

// Letters joined by inner apostrophes; a word as the question typed it.
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

/** The question with its misspelt words repaired, and what was repaired (for the explanation). */
export function correctQuestion(text: string, ctx: SpellingContext): { text: string; corrections: Correction[] } {
  const words = [...text.matchAll(WORD)].map((m) => {
    const [base = m[0], ...rest] = m[0].split(/(?=['’])/);
    return { at: m.index, typed: m[0], base, lower: base.toLowerCase(), rest: rest.join('') };
  });
  const corrections: Correction[] = [];
  let corrected = '';
  let from = 0;
  let joinedTo = -1;
  words.forEach((w, i) => {
    if (i === joinedTo) return;
    // "Tie wan", "bu san": a name heard as two words (dictation), written as one.
    const next = words[i + 1];
    const joined = next && !w.rest && text.slice(w.at + w.typed.length, next.at) === ' ' ? splitName(w.lower, next.lower, ctx) : null;
    if (next && joined) {
      corrections.push({ typed: `${w.base} ${next.typed}`, word: joined.word, distance: joined.distance });
      corrected += text.slice(from, w.at) + joined.word + next.rest;
      from = next.at + next.typed.length;
      joinedTo = i + 1;
      return;
    }
    // "doesn't", "won't": a contraction, not a slip in "doesn".
    if (/^['’]t$/i.test(w.rest)) return;
    // (The text's own phrase first: "prime ministr" is "prime minister", though "ministry" is as near.)
    const fix = compoundSlip(w.lower, words[i + 1]?.lower, words[i - 1]?.lower) ?? repairInContext(w.lower, words[i - 1]?.lower, words[i + 1]?.lower, ctx) ?? rememberedRepair(w.lower, /^[A-Z]/.test(w.base), ctx);
    if (!fix) return;
    corrections.push({ typed: w.base, word: fix.word, distance: fix.distance });
    corrected += text.slice(from, w.at) + fix.word + w.rest;
    from = w.at + w.typed.length;
  });
  return { text: corrected + text.slice(from), corrections };
}

/**
 * A name of the articles typed as two words ("tie wan" for Taiwan, "bu san" for Busan): neither word
 * is in the articles, and together they are a word of theirs that is a place or no English word, of five
 * letters or more — exactly, or up to two edits away from six letters (a sound heard as another: "tie" for "tai").
 */
// (Not a name the tokenizer joins itself: "white house" is read as the White House already.)
const COMPOUND_TOKENS = new Set(Object.values(COMPOUND_NAMES));
function splitName(first: string, second: string, ctx: SpellingContext): { word: string; distance: number } | null {
  if (/[^a-z]/.test(first + second) || isStopWord(first) || isStopWord(second) || ctx.inText(first) || ctx.inText(second)) return null;
  const joined = first + second;
  if (joined.length < 5) return null;
  const found = ctx.typos().search(joined, joined.length >= 6 ? 2 : 0).find((c) => c.word.length >= 5 && !COMPOUND_TOKENS.has(c.word) && ctx.inText(c.word) && (namesAPlace(c.word) || !isDictionaryWord(c.word)));
  return found ? { word: found.word, distance: Math.max(1, found.distance) } : null;
}

/**
 * A slip that makes another English word ("prime minster", "the arms sail"): the word is repaired
 * only when the articles write a word one edit from it (two from six letters) right beside the
 * question's neighbouring word, in the same order ("prime minister"). The text's own phrase is the
 * evidence; a real word without it is taken as meant.
 */
function repairInContext(word: string, before: string | undefined, after: string | undefined, ctx: SpellingContext): { word: string; distance: number } | null {
  if (!ctx.adjacent || word.length < 4 || /[^a-z]/.test(word) || isStopWord(word) || ctx.inText(word)) return null;
  if (namesAPlace(word) || regionMembers(word).length > 0) return null;
  const beside = (w: string | undefined) => (w && !isStopWord(w) && ctx.inText(w) ? w : undefined);
  const left = beside(before);
  const right = beside(after);
  if (!left && !right) return null;
  const adjacent = ctx.adjacent;
  // (A word of three letters too, as the phrase vouches for it: "world ware" is "world war".)
  return nearestInText(word, ctx, (w) => Boolean((left && adjacent(left, w)) || (right && adjacent(w, right))), undefined, 3);
}

/** The first words of the multi-word names the tokenizer joins, by their second word: "house" → "white". */
const COMPOUND_FIRSTS = new Map<string, string[]>();
for (const name of Object.keys(COMPOUND_NAMES)) {
  const [first, second] = name.split(' ');
  if (first && second) COMPOUND_FIRSTS.set(second, [...(COMPOUND_FIRSTS.get(second) ?? []), first]);
}

/** …and the second words, by their first: "white" → "house". */
const COMPOUND_SECONDS = new Map<string, string[]>();
for (const name of Object.keys(COMPOUND_NAMES)) {
  const [first, second] = name.split(' ');
  if (first && second) COMPOUND_SECONDS.set(first, [...(COMPOUND_SECONDS.get(first) ?? []), second]);
}

/**
 * "Whie House", "Untied States": a slip in the first word of a known name, read from the word after
 * it; "White Hose", "United Stats": in the second, read from the word before it.
 */
function compoundSlip(word: string, next: string | undefined, previous?: string): { word: string; distance: number } | null {
  if (word.length < 3) return null;
  const first = next ? COMPOUND_FIRSTS.get(next)?.find((f) => f !== word && editDistance(word, f) === 1) : undefined;
  // (Not a common word of its own: "a white horse" is meant.)
  const second = previous ? COMPOUND_SECONDS.get(previous)?.find((f) => f !== word && editDistance(word, f) === 1 && everydayCount(word) * 20 < Math.max(1, everydayCount(f))) : undefined;
  const fix = first ?? second;
  return fix ? { word: fix, distance: 1 } : null;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** `word` with one letter added anywhere, each string once ("hel" gives "hell" by either "l"). */
function withALetterMore(word: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i <= word.length; i++) for (const ch of LETTERS) found.add(word.slice(0, i) + ch + word.slice(i));
  return found;
}
const neighbourCache = new Map<string, string[]>();

/**
 * English words one edit away (a deletion, swap, substitution or insertion), commonest first as
 * everyday usage counts them: "weapns" → "weapons", not some rarer word one letter off. Cached.
 */
function dictionaryNeighbours(word: string): string[] {
  const cached = neighbourCache.get(word);
  if (cached) return cached;
  const found = findNeighbours(word);
  if (neighbourCache.size < 50_000) neighbourCache.set(word, found);
  return found;
}

function findNeighbours(word: string): string[] {
  const candidates = new Set<string>();
  for (let i = 0; i < word.length; i++) candidates.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i++) candidates.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 0; i < word.length; i++) for (const ch of LETTERS) if (ch !== word[i]) candidates.add(word.slice(0, i) + ch + word.slice(i + 1));
  for (const longer of withALetterMore(word)) candidates.add(longer);
  candidates.delete(word);
  // Common words first, from the frequency table in memory, then the rarer ones the dictionary
  // knows (a few hundred WordNet look-ups, once per typo: the result is cached).
  const common = [...candidates]
    .filter((c) => c.length >= 3 && everydayCount(c) > 0)
    .sort((a, b) => everydayCount(b) - everydayCount(a) || a.localeCompare(b));
  // Among rarer words, a letter typed once where it is doubled is the commonest slip ("setled" →
  // "settled", not "sealed"); then the word whose dictionary form is commoner ("settle"), since
  // the frequency table counts few inflected forms; then a letter left out, the commonest slip
  // of all ("initated" → "initiated", not "imitated"; "complaind" → "complained", not "complaint").
  const rare = [...candidates]
    .filter((c) => c.length >= 3 && everydayCount(c) === 0 && isDictionaryWord(c, false))
    .map((c) => ({ c, doubled: doublesALetter(word, c), count: Math.max(0, ...(['v', 'n', 'a'] as const).flatMap((pos) => baseForms(c, pos).map(everydayCount))), dropped: c.length > word.length }))
    .sort((a, b) => Number(b.doubled) - Number(a.doubled) || b.count - a.count || Number(b.dropped) - Number(a.dropped) || a.c.localeCompare(b.c))
    .map(({ c }) => c);
  return [...common, ...rare];
}

/** Whether `candidate` is `word` with one of its letters doubled ("setled" → "settled"). */
function doublesALetter(word: string, candidate: string): boolean {
  if (candidate.length !== word.length + 1) return false;
  const i = [...word].findIndex((ch, k) => ch !== candidate[k]);
  const at = i < 0 ? word.length : i;
  return at > 0 && candidate[at] === candidate[at - 1] && candidate.slice(at + 1) === word.slice(at);
}
