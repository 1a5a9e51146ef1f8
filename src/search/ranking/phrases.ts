/**
 * Phrase integrity: words typed as one unit must match as one. "Foreign minister" is not matched
 * by a passage about a prime minister; "president of Taiwan" is not matched by a sentence naming
 * a president and, ten words later, Taiwan.
 */
import type { Phrase } from '../analysis/question.ts';
import { isTitle } from '../lexicon/titles.ts';
import { LINKING } from './answer-checks.ts';
import { baseForms, isMostlyVerb } from '../lexicon/wordnet.ts';
import { stem } from '../text/stem.ts';

/** A word of the passage, as much as the checks here need of it. */
export interface PassageWord {
  norm: string;
  stem?: string;
  capitalized: boolean;
}

/** Extra words allowed between the two sides of "X of Y" / "Y's X" ("the president of the island"). */
const PAIR_SLACK = 2;
/**
 * "Notice of the approval" is often told with a clause ("notification that the administration
 * approved"), "Taiwan's president" is not ("President Xi … Taiwan's return"): "of" pairs get more room.
 */
const OF_PAIR_SLACK = 4;
/** Credit left to a word whose phrase is only partly present or split. */
const PARTIAL = 0.5;
const SPLIT = 0.3;

/**
 * Lowers `credit` in place for phrases the passage matches only in part or far apart, and returns
 * the split phrases (for the explanation). `positions[t]` lists where term t matched in the passage.
 */
export function applyPhraseIntegrity(
  phrases: Phrase[],
  credit: number[],
  positions: number[][],
  /** The word at a passage position (to see "his lawyer" as Delaney's lawyer after "Delaney"). */
  wordAt: (position: number) => PassageWord | undefined = () => undefined,
  /** The question's word for a term (for the aspect nouns below). */
  headWord?: (term: number) => string,
  /** Whether the passage's paragraph matches a term elsewhere (for a head that refers back, below). */
  inParagraph?: (term: number) => boolean,
  /** Whether a term is a word of the article's own subject, its title (for qualifiers the text drops, below). */
  isTopic?: (term: number) => boolean,
): Phrase[] {
  const split: Phrase[] = [];
  const original = [...credit];
  for (const phrase of phrases) {
    const members = phrase.members;
    const matched = members.filter((t) => (original[t] ?? 0) > 0);
    if (matched.length === 0 || matched.length === members.length) {
      if (phrase.pair && matched.length > 0 && isSplit(phrase.pair, positions, wordAt, phrase.joinedBy === 'of' ? OF_PAIR_SLACK : PAIR_SLACK) && !toldTogether(phrase, positions, wordAt, headWord)) {
        // Split apart, the phrase did not match: its head names something else, its qualifier is incidental.
        for (const t of matched) {
          const factor = t === phrase.head ? PARTIAL : SPLIT;
          credit[t] = Math.min(credit[t] ?? 0, (original[t] ?? 0) * factor);
        }
        split.push(phrase);
      }
      continue;
    }
    if ((original[phrase.head] ?? 0) > 0) {
      // A name with a title the text does not give it ("President Takaichi" for Prime Minister
      // Takaichi): the name says who; the title is misremembered.
      const unmatched = members.filter((t) => !((original[t] ?? 0) > 0));
      const nameAt = positions[phrase.head]?.[0];
      if (headWord && unmatched.every((t) => isTitle(headWord(t))) && nameAt !== undefined && wordAt(nameAt)?.capitalized) {
        // Where the text gives the name a title of its own, the question's title half counts.
        const titled = [1, 2, 3].some((k) => isTitle(wordAt(nameAt - k)?.norm ?? ''));
        if (titled) for (const t of unmatched) credit[t] = Math.max(credit[t] ?? 0, PARTIAL);
        continue;
      }
      // (A day or month that only dates it is no other thing: "Monday's call" is the call the text
      // calls "the exchange".)
      // (Nor does "new": "the new arms deal" is the one the article tells of.)
      if (headWord && unmatched.every((t) => DATING_WORDS.has(headWord(t)) || NEWNESS_WORDS.has(headWord(t)))) continue;
      // (Nor a word of the article's own subject: in a story about a phone call, "the phone
      // conversation" is the conversation the text names.)
      // (Only a compound's: "the price of lithium", in a story about a lithium mine, asks of lithium.
      // But a title's: "the CEO of Corvane", in a story about Corvane, is its "Chief Executive Dana Okonkwo".)
      const titleOfSubject = phrase.joinedBy === 'of' && headWord !== undefined && isTitle(headWord(phrase.head));
      if (isTopic && (phrase.joinedBy !== 'of' || titleOfSubject) && unmatched.every(isTopic)) continue;
      // ("Bring the conflict closer to a settlement", after "Russia's invasion of Ukraine": a head
      // with "the" whose qualifiers its paragraph gives refers back to the thing the paragraph named.)
      if (inParagraph && unmatched.every(inParagraph) && (positions[phrase.head] ?? []).some((p) => REFERRING_BACK.has(wordAt(p - 1)?.norm ?? ''))) continue;
      // The head matched without its qualifiers: likely another thing of the same name.
      credit[phrase.head] = Math.min(credit[phrase.head] ?? 0, (original[phrase.head] ?? 0) * PARTIAL);
    } else if (phrase.pair && !ASPECT_NOUNS.has(headWord?.(phrase.head) ?? '')) {
      // "Mayor of X" without "mayor": the passage is about something else of X. (A bare
      // compound without its head — "American side" — only loses the head's own weight. And
      // "the goal of the meeting" is still about the meeting: an aspect is seldom named.)
      for (const t of matched) credit[t] = Math.min(credit[t] ?? 0, (original[t] ?? 0) * PARTIAL);
    }
  }
  return split;
}

/** Words that date a thing: "Monday's call", "the October summit". */
const DATING_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow`.split(/\s+/),
);

/** Words that say a thing is the latest of its kind, which is the one a news article tells of. */
// ("Their last meeting" too: the most recent, which a story that tells of one tells of.)
const NEWNESS_WORDS = new Set(['new', 'newest', 'latest', 'recent', 'current', 'last']);

/** Determiners that point to a thing already named: "the conflict", "this crisis". */
const REFERRING_BACK = new Set(['the', 'this', 'that']);

/** Nouns for an aspect of a thing rather than another thing: "the goal of the meeting". */
const ASPECT_NOUNS = new Set(['goal', 'goals', 'aim', 'aims', 'objective', 'objectives', 'purpose', 'title', 'job', 'role', 'point', 'result', 'results', 'outcome', 'outcomes', 'impact', 'effect', 'effects', 'cause', 'causes', 'reason', 'reasons', 'focus', 'subject', 'topic', 'topics', 'details', 'nature', 'significance', 'importance', 'consequences',
  // The size or price of a thing is the answer, which the text gives as a number without the word.
  'size', 'price',
  // What a party holds or argues is told as what it says or does ("Beijing's argument" → "Beijing's claim", "China's side" → China).
  'argument', 'arguments', 'case', 'rationale', 'justification', 'reasoning', 'side']);

/** The ways a text keeps the two sides of a pair together though words stand between them. */
function toldTogether(phrase: Phrase, positions: number[][], wordAt: (position: number) => PassageWord | undefined, headWord?: (term: number) => string): boolean {
  return (
    ownedByPronoun(phrase, positions, wordAt) ||
    ownedByReference(phrase, positions, wordAt, headWord) ||
    ownedByPredicate(phrase, positions, wordAt) ||
    ownedByHolding(phrase, positions, wordAt) ||
    toldInClause(phrase, positions, wordAt) ||
    ownedByName(phrase, positions, wordAt) ||
    ownedByMaking(phrase, positions, wordAt)
  );
}

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/** "Delaney's lawyer" written as "Thomas Delaney … His lawyer, Rebecca Stone": the owner, then a pronoun for it. */
function ownedByPronoun(phrase: Phrase, positions: number[][], wordAt: (position: number) => PassageWord | undefined): boolean {
  const head = positions[phrase.head] ?? [];
  const owners = phrase.members.filter((t) => t !== phrase.head).flatMap((t) => positions[t] ?? []);
  // "its potential role": one describing word may stand between the pronoun and the thing.
  const pronounBefore = (h: number) => POSSESSIVE_PRONOUNS.has(wordAt(h - 1)?.norm ?? '') || POSSESSIVE_PRONOUNS.has(wordAt(h - 2)?.norm ?? '');
  return head.some((h) => pronounBefore(h) && owners.some((o) => o < h));
}

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * "Takaichi's remarks" written "statements from … Takaichi … China denounced the remarks": the
 * owner first, then the thing again, in the question's own word and with "the", which refers back
 * to it. (Not a related word: "the call" is no reference to "Xi's view".)
 */
function ownedByReference(phrase: Phrase, positions: number[][], wordAt: (position: number) => PassageWord | undefined, headWord?: (term: number) => string): boolean {
  if (!phrase.pair || !headWord) return false;
  const own = stem(headWord(phrase.head));
  const owners = phrase.members.filter((t) => t !== phrase.head).flatMap((t) => positions[t] ?? []);
  return (positions[phrase.head] ?? []).some((h) => DEFINITE.has(wordAt(h - 1)?.norm ?? '') && wordAt(h)?.stem === own && owners.some((o) => o < h));
}

/** Room for "one of Washington's most" between the linking verb and the adjective. */
const PREDICATE_REACH = 8;

/**
 * "Japan's importance" written "Japan remains one of Washington's most important partners": the
 * owner, a linking verb, then the quality as an adjective — a sentence says as a predicate what a
 * question names as a noun. So is a noun after the linking verb: "Japan's closeness to the US" ~
 * "Japan remains one of Washington's … partners".
 */
function ownedByPredicate(phrase: Phrase, positions: number[][], wordAt: (position: number) => PassageWord | undefined): boolean {
  if (!phrase.pair || phrase.joinedBy !== 'possessive' || !phrase.pair[1].includes(phrase.head)) return false;
  const owners = phrase.pair[0].flatMap((t) => positions[t] ?? []);
  return (positions[phrase.head] ?? []).some((h) => {
    const word = wordAt(h)?.norm ?? '';
    return (baseForms(word, 'a').length > 0 || baseForms(word, 'n').length > 0) && owners.some((o) => o < h && h - o <= PREDICATE_REACH && LINKING.has(wordAt(o + 1)?.norm ?? ''));
  });
}

/** Verbs by which a party holds a policy or stance as its own: "Trump has continued the policy of…". */
const HOLDING = new Set(['continue', 'continues', 'continued', 'maintain', 'maintains', 'maintained', 'keep', 'keeps', 'kept', 'pursue', 'pursues', 'pursued', 'adopt', 'adopts', 'adopted', 'follow', 'follows', 'followed', 'hold', 'holds', 'held', 'embrace', 'embraces', 'embraced']);

/**
 * "Trump's strategic ambiguity" written "Trump has continued the policy of strategic ambiguity": the
 * owner, then a verb of holding (after "has" at most), then the thing held.
 */
function ownedByHolding(phrase: Phrase, positions: number[][], wordAt: (position: number) => PassageWord | undefined): boolean {
  if (!phrase.pair || phrase.joinedBy !== 'possessive' || !phrase.pair[1].includes(phrase.head)) return false;
  const owners = phrase.pair[0].flatMap((t) => positions[t] ?? []);
  const holdsAfter = (o: number) => HOLDING.has(wordAt(o + 1)?.norm ?? '') || (['has', 'have', 'had'].includes(wordAt(o + 1)?.norm ?? '') && HOLDING.has(wordAt(o + 2)?.norm ?? ''));
  return (positions[phrase.head] ?? []).some((h) =>
    owners.some((o) => {
      if (o >= h || h - o > PREDICATE_REACH || !holdsAfter(o)) return false;
      return inOneSentence(o, h, wordAt);
    }),
  );
}

/** Whether the words strictly between two positions are all of one sentence (positions between sentences hold no word). */
function inOneSentence(from: number, to: number, wordAt: (position: number) => PassageWord | undefined): boolean {
  for (let i = from + 1; i < to; i++) if (!wordAt(i)) return false;
  return true;
}

/** Words a "that" clause may run before it names what the thing is of. */
const CLAUSE_REACH = 12;

/**
 * "Notice of the weapons sale" written "notification that the Trump administration approved a
 * US$330 million arms package": the clause after the thing says what it is of.
 */
function toldInClause(phrase: Phrase, positions: number[][], wordAt: (position: number) => PassageWord | undefined): boolean {
  if (!phrase.pair || phrase.joinedBy !== 'of' || !phrase.pair[0].includes(phrase.head)) return false;
  const owners = phrase.pair[1].flatMap((t) => positions[t] ?? []);
  return (positions[phrase.head] ?? []).some((h) => {
    if (wordAt(h + 1)?.norm !== 'that') return false;
    return owners.some((o) => {
      if (o <= h + 1 || o - h > CLAUSE_REACH) return false;
      return inOneSentence(h + 1, o, wordAt);
    });
  });
}

/** Verbs by which someone puts out or keeps a thing that is then theirs: "released an account", "maintained a steady trajectory". */
const MAKING_VERBS = new Set(['released', 'releases', 'issued', 'issues', 'gave', 'gives', 'published', 'publishes', 'offered', 'offers', 'provided', 'provides', 'delivered', 'delivers', 'presented', 'presents', 'unveiled', 'unveils', 'held', 'holds', 'hosted', 'hosts', 'maintained', 'maintains', 'kept', 'keeps']);
/** Auxiliaries that may stand between the owner and its verb ("has maintained"). */
const LEAD_WORDS = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are']);
/** Words of a name after a title ("President Xi Jinping held…"), which may stand between the owner's word and its verb. */
const NAME_REACH = 3;
/** Words the thing may stand after its verb ("released the most detailed account"). */
const MADE_REACH = 5;

/**
 * "The foreign ministry's account" written "China's Ministry of Foreign Affairs released the most
 * detailed account", "the trajectory of the relationship" written "the relationship has maintained
 * a steady trajectory", "the leaders' call" written "President Xi Jinping held a phone call": the
 * owner puts the thing out or holds it, right after its name.
 */
function ownedByMaking(phrase: Phrase, positions: number[][], wordAt: (position: number) => PassageWord | undefined): boolean {
  if (!phrase.pair) return false;
  // "Y's X" or "the X of Y".
  const [owner, thing] = phrase.joinedBy === 'possessive' ? phrase.pair : phrase.joinedBy === 'of' ? [phrase.pair[1], phrase.pair[0]] : [[], []];
  if (!thing.includes(phrase.head)) return false;
  const owners = owner.flatMap((t) => positions[t] ?? []);
  return (positions[phrase.head] ?? []).some((h) =>
    owners.some((o) => {
      // The verb within two words after the owner's name ("… Foreign Affairs released"), the thing
      // soon after it. ("The leaders' conversation": "President Xi Jinping held a phone call" — the
      // title's name may stand between.)
      let end = o;
      while (end - o < NAME_REACH && wordAt(end + 1)?.capitalized) end++;
      // ("The relationship has generally maintained a … trajectory": an auxiliary and an adverb may stand before it.)
      const lead = (v: number) => { for (let i = end + 1; i < v; i++) if (!LEAD_WORDS.has(wordAt(i)?.norm ?? '') && !/ly$/.test(wordAt(i)?.norm ?? '')) return false; return true; };
      const verb = [1, 2, 3].map((k) => end + k).find((v) => v < h && MAKING_VERBS.has(wordAt(v)?.norm ?? '') && (v - end <= 2 || lead(v)));
      if (verb === undefined || h - verb > MADE_REACH) return false;
      return inOneSentence(verb, h, wordAt);
    }),
  );
}

const OWNER_LINKS = new Set(['from', 'by', 'of', 'the']);

/**
 * "Takaichi's statements" written "statements from Japanese Prime Minister Sanae Takaichi": the
 * thing, then a link word, then the owner's title and name — nothing else between them.
 */
function ownedByName(phrase: Phrase, positions: number[][], wordAt: (position: number) => PassageWord | undefined): boolean {
  if (!phrase.pair || !phrase.pair[1].includes(phrase.head)) return false; // only "Y's X"
  const head = positions[phrase.head] ?? [];
  const owners = phrase.pair[0].flatMap((t) => positions[t] ?? []);
  return head.some((h) =>
    owners.some((o) => {
      if (o <= h + 1 || o - h > 8 || !OWNER_LINKS.has(wordAt(h + 1)?.norm ?? '')) return false;
      for (let i = h + 2; i < o; i++) if (!wordAt(i)?.capitalized) return false;
      return wordAt(o)?.capitalized === true;
    }),
  );
}

/**
 * Words that describe a thing without parting it from its owner: "Washington's most important
 * strategic partners" is still Washington's partners.
 */
function describes(word: string): boolean {
  if (word === 'most' || word === 'more' || word === 'very') return true;
  return word !== '' && (baseForms(word, 'a').length > 0 || baseForms(word, 'r').length > 0) && baseForms(word, 'n').length === 0 && !isMostlyVerb(word);
}

/** Words that size a thing without parting it from its owner: "approved a US$330 million arms package". */
const QUANTITY = /^(?:\d[\d.,]*|million|billion|trillion|thousand|hundred|percent|us)$/;

function isSplit([a, b]: [number[], number[]], positions: number[][], wordAt: (position: number) => PassageWord | undefined, slack = PAIR_SLACK): boolean {
  const left = a.flatMap((t) => positions[t] ?? []);
  const right = b.flatMap((t) => positions[t] ?? []);
  if (!left.length || !right.length) return false;
  let nearest = Infinity;
  for (const p of left) {
    for (const q of right) {
      let between = 0;
      for (let i = Math.min(p, q) + 1; i < Math.max(p, q); i++) if (!QUANTITY.test(wordAt(i)?.norm ?? '') && !describes(wordAt(i)?.norm ?? '')) between++;
      nearest = Math.min(nearest, between);
    }
  }
  return nearest > slack;
}
