/**
 * Finds who speaks around a speech verb: the phrase before it (over adverbs, a parenthesis,
 * an appositive `Jonah Pierce, policy director at …, said` or a relative clause
 * `Takaichi, who said`), or the phrase after it (`said Maria Delgado, the union's president`,
 * `according to the county clerk, Harold Benn`).
 */
import type { ParagraphContext } from './context.ts';
import {
  type Phrase,
  isVerbAdverb,
  isWord,
  modifiersStart,
  namePhrase,
  phraseEndingAt,
  slice,
} from './phrases.ts';
import { isCourtesyTitle } from './entity-kinds.ts';
import { isGivenName } from './lexicon.ts';
import { isInflectedSpeechVerb } from './speech-verbs.ts';
import type { Token } from './tokens.ts';
import {
  BE_FORMS,
  CONJUNCTIONS,
  DETERMINERS,
  MODALS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  ROLE_NOUNS,
  SPEAKER_NOUNS,
  SUBJECT_PRONOUNS,
  TITLE_WORDS,
  VERB_ADVERBS,
} from './vocabulary.ts';

/** Documents that speak for whoever issued them: `according to a statement from the ministry`. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'report', 'filing', 'letter', 'memo', 'release', 'post', 'email', 'readout', 'transcript', 'account', 'note', 'bulletin', 'advisory', 'notice', 'message']);

/** `a teacher at Eastgate Elementary School` → `teacher at Eastgate Elementary School`. */
function roleFromAppositive(ctx: ParagraphContext, first: number, last: number): string | undefined {
  const opener = ctx.tokens[first];
  if (!isWord(opener) || RELATIVE_PRONOUNS.has(opener.lower) || first > last) return undefined;
  // `speaking at a news conference`, `45`: a participle or an age is not a role.
  if (/(ing|ed)$/.test(opener.lower) || (first === last && /^\d/.test(opener.text))) return undefined;
  // A role is a noun phrase: `the roof's supports are corroded` is a clause, not a role.
  for (let k = first; k <= last; k++) {
    const w = ctx.tokens[k]?.lower ?? '';
    if (BE_FORMS.has(w) || MODALS.has(w) || SUBJECT_PRONOUNS.has(w) || w === 'that' || isInflectedSpeechVerb(w)) return undefined;
  }
  const from = ['a', 'an', 'the'].includes(opener.lower) ? first + 1 : first;
  return from <= last ? slice(ctx, from, last) : undefined;
}

/**
 * `Retailers said`, `Both campaigns have asked`: right before a speech verb, a plural noun is a
 * group speaking even when it is not one of the nouns we know.
 */
function pluralSubject(ctx: ParagraphContext, i: number, floor: number): Phrase | undefined {
  const t = ctx.tokens[i];
  if (!isWord(t) || t.possessive || ctx.nameAt.has(i) || (t.capital && !ctx.sentenceStarts.has(i))) return undefined;
  if (!/[^s]s$/.test(t.lower) || t.lower.length < 4 || /(ss|us|is)$/.test(t.lower) || t.lower === 'others') return undefined;
  if (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || CONJUNCTIONS.has(t.lower) || VERB_ADVERBS.has(t.lower)) return undefined;
  const first = modifiersStart(ctx, i, floor);
  const the = ctx.tokens[first - 1]?.lower === 'the';
  return { type: 'description', head: t.lower, headKind: 'group', bare: false, definite: the, first, last: i, text: slice(ctx, first, i) };
}

/**
 * `"…," the statement said`: a document speaks for the body that just issued it (`the statement` → the company);
 * `the bank's statement said`, `Orbitline's memo said`: for the one it belongs to.
 */
function documentSubject(ctx: ParagraphContext, i: number): Phrase | undefined {
  const t = ctx.tokens[i];
  if (!isWord(t) || !DOCUMENT_NOUNS.has(t.lower)) return undefined;
  const before = ctx.tokens[i - 1];
  if (before?.lower === 'the' && !before.possessive) return { type: 'description', head: t.lower, headKind: 'org', bare: true, definite: true, first: i, last: i, text: t.text };
  if (!isWord(before) || !before.possessive) return undefined;
  const owner = ctx.nameAt.get(i - 1);
  if (owner) return { ...namePhrase(ctx, owner), last: i };
  // `the bank's`: the bare body noun points back to the body named earlier.
  if (SPEAKER_NOUNS.get(before.lower) !== 'org' || ctx.tokens[i - 2]?.lower !== 'the') return undefined;
  return { type: 'description', head: before.lower, headKind: 'org', bare: true, definite: true, first: i - 1, last: i, text: before.bare };
}

/** When tokens `[.., last]` end an appositive `, a lawyer with …`, the name it describes, with that role. */
function appositiveOwner(ctx: ParagraphContext, from: number, last: number, floor: number): Phrase | undefined {
  for (let k = from - 1; k > floor && from - k < 15; k--) {
    const t = ctx.tokens[k];
    if (!t || t.kind === 'quote' || t.text === '.' || isInflectedSpeechVerb(t.lower)) return undefined;
    if (t.text !== ',') continue;
    const opener = ctx.tokens[k + 1];
    if (!isWord(opener) || !(['a', 'an', 'the'].includes(opener.lower) || ROLE_NOUNS.has(opener.lower))) return undefined;
    const owner = phraseEndingAt(ctx, k - 1, floor);
    if (owner?.type !== 'name') return undefined;
    const role = roleFromAppositive(ctx, k + 1, last);
    return role === undefined ? owner : { ...owner, role };
  }
  return undefined;
}

/**
 * `A Southeast Asian official who was briefed on the exchanges said`: a relative clause without
 * commas sits between the speaker and the verb; the speaker is the phrase before `who`.
 */
function relativeClauseOwner(ctx: ParagraphContext, i: number, floor: number): Phrase | undefined {
  for (let k = i; k > floor && i - k < 12; k--) {
    const t = ctx.tokens[k];
    if (!isWord(t) || isInflectedSpeechVerb(t.lower)) return undefined;
    if (t.lower !== 'who') continue;
    const owner = phraseEndingAt(ctx, k - 1, floor);
    const speaks = owner?.type === 'name' || (owner?.type === 'description' && owner.headKind !== 'org');
    // The clause stays with the description, as `people familiar with the talks` does: it says who they are.
    if (!owner || !speaks || k >= i) return undefined;
    return owner.type === 'description' ? { ...owner, last: i, text: slice(ctx, owner.first, i) } : owner;
  }
  return undefined;
}

/**
 * `Jenna Ortiz of Crestline Capital wrote`: in `PERSON of/at/from BODY <verb>` the head of the
 * subject is the person; the body is where they work, kept as their role.
 */
function personOfBody(ctx: ParagraphContext, body: Phrase, floor: number): Phrase | undefined {
  const link = ctx.tokens[body.first - 1];
  if (!isWord(link) || !['of', 'at', 'from', 'with'].includes(link.lower)) return undefined;
  const person = phraseEndingAt(ctx, body.first - 2, floor);
  if (person?.type !== 'name' || person.organizationHint || !isGivenName(ctx.tokens[person.first]?.bare ?? '')) return undefined;
  return person.role === undefined ? { ...person, role: slice(ctx, body.first, body.last) } : person;
}

/** The subject of the speech verb at `verb`: the phrase just before it, over adverbs and an appositive. */
export function subjectBefore(ctx: ParagraphContext, verb: number, floor: number): Phrase | undefined {
  let i = verb - 1;
  while (i >= floor && isVerbAdverb(ctx.tokens[i])) i--;
  if (ctx.tokens[i]?.text === ')') {
    // `Sen. Jane Doe (D-Mass.) said`: step over the parenthesis.
    let open = i - 1;
    while (open > floor && ctx.tokens[open]?.text !== '(') open--;
    if (ctx.tokens[open]?.text === '(') i = open - 1;
  }
  if (ctx.tokens[i]?.text !== ',') {
    const near = phraseEndingAt(ctx, i, floor);
    if (near?.type === 'name') return personOfBody(ctx, near, floor) ?? near;
    if (near?.type === 'pronoun') return near;
    return relativeClauseOwner(ctx, i, floor) ?? near ?? pluralSubject(ctx, i, floor) ?? documentSubject(ctx, i);
  }
  // An appositive or relative clause between commas is short and reports nothing itself.
  for (let j = i - 1; j >= Math.max(floor, i - 20); j--) {
    const u = ctx.tokens[j];
    if (!u || u.kind === 'quote' || u.text === '.' || u.text === ';' || u.lower === 'that' || isInflectedSpeechVerb(u.lower)) return undefined;
    if (u.text !== ',') continue;
    // `One former employee, Grace Tan, said`: the name between the commas is the speaker.
    const inner = ctx.nameAt.get(j + 1);
    const before = ctx.tokens[j - 1];
    const describes = isWord(before) && (!before.capital || TITLE_WORDS.has(before.lower)); // `The Prime Minister, Keir Walsh,`
    if (inner && inner.first === j + 1 && inner.last === i - 1 && describes) {
      const roleFirst = modifiersStart(ctx, j - 1, floor);
      return { ...namePhrase(ctx, inner), role: inner.role ?? slice(ctx, roleFirst, j - 1), first: roleFirst };
    }
    const head = phraseEndingAt(ctx, j - 1, floor);
    if (!head) return undefined;
    // `Johanna Berg, a lawyer with the group Privacy First, which filed the complaint, said`:
    // the phrase before the relative clause closes an appositive; the subject is before that.
    const outer = RELATIVE_PRONOUNS.has(ctx.tokens[j + 1]?.lower ?? '') ? appositiveOwner(ctx, head.first, j - 1, floor) : undefined;
    if (outer) return outer;
    const role = head.type === 'name' && head.role === undefined ? roleFromAppositive(ctx, j + 1, i - 1) : undefined;
    return role === undefined ? head : { ...head, role };
  }
  return undefined;
}

/** The phrase starting at token `k` (after `said`, or after `according to`), with a trailing appositive as its role. */
export function phraseAfter(ctx: ParagraphContext, k: number, ceiling: number, withAppositive = true): Phrase | undefined {
  let i = k;
  if (['the', 'a', 'an'].includes(ctx.tokens[i]?.lower ?? '')) i++;
  const start = ctx.tokens[i];
  if (!isWord(start) || i >= ceiling) return undefined;
  const mention = ctx.nameAt.get(i);
  let end = mention ? mention.last : i;
  // Read on to the head: `U.S. and Chinese officials`, `Democratic leaders`.
  while (end + 1 < ceiling) {
    const u = ctx.tokens[end + 1];
    const joins = u?.lower === 'and' && ctx.tokens[end]?.capital === true && ctx.tokens[end + 2]?.capital === true;
    if (!isWord(u) || (!joins && (PREPOSITIONS.has(u.lower) || CONJUNCTIONS.has(u.lower) || DETERMINERS.has(u.lower)))) break;
    if (isInflectedSpeechVerb(u.lower) || RELATIVE_PRONOUNS.has(u.lower) || SUBJECT_PRONOUNS.has(u.lower)) break;
    end++;
    if (ctx.nameAt.has(end)) end = ctx.nameAt.get(end)?.last ?? end;
  }
  // `two people familiar with the negotiations`: the group is the head; the rest describes it.
  for (let h = i; h < end; h++) {
    if (!SPEAKER_NOUNS.has(ctx.tokens[h]?.lower ?? '') || !/^(familiar|close|briefed|knowledgeable)$/.test(ctx.tokens[h + 1]?.lower ?? '')) continue;
    let stop = h + 2;
    while (stop < ceiling && isWord(ctx.tokens[stop])) stop++;
    const group = phraseEndingAt(ctx, h, i);
    if (group) return { ...group, first: i, last: stop - 1, text: slice(ctx, i, stop - 1) };
  }
  const whole = phraseEndingAt(ctx, end, i);
  const phrase = whole && whole.first >= k ? whole : mention ? namePhrase(ctx, mention) : undefined;
  const link = ctx.tokens[end + 1];
  // `the county clerk, Harold Benn.`: whatever the noun, the name after it is the speaker.
  const named = ctx.nameAt.get(end + 2);
  const closes = (t: Token | undefined) => !t || t.kind === 'punct';
  const personNoun = !phrase || (phrase.type === 'description' && phrase.headKind === 'person');
  // A name that only owns the noun (`Smith's spokesman, Tom Lee`) does not stop the one after it.
  const ownerOnly = !mention || mention.last < end;
  if (ownerOnly && personNoun && link?.text === ',' && named?.first === end + 2 && closes(ctx.tokens[named.last + 1])) {
    return { ...namePhrase(ctx, named), role: named.role ?? slice(ctx, i, end), first: i };
  }
  if (!phrase) {
    // `a statement from the ministry`: the document speaks for whoever issued it.
    const issued = DOCUMENT_NOUNS.has(ctx.tokens[end]?.lower ?? '') && isWord(link) && ['from', 'by', 'of'].includes(link.lower);
    return issued ? phraseAfter(ctx, end + 2, ceiling, false) : undefined;
  }
  if (mention) end = phrase.last;
  // `a spokesman for the ministry`: the body speaks through its spokesman.
  if (phrase.type === 'description' && phrase.headKind === 'person' && isWord(link) && ['for', 'of', 'at'].includes(link.lower)) {
    const body = phraseAfter(ctx, end + 2, ceiling, withAppositive);
    if (body && (body.type === 'name' || (body.type === 'description' && body.headKind === 'org'))) return { ...body, role: phrase.text, first: phrase.first };
  }
  if (withAppositive && phrase.type === 'name' && (phrase.role === undefined || isCourtesyTitle(phrase.role)) && ctx.tokens[end + 1]?.text === ',') {
    let stop = end + 2;
    while (stop < ceiling && isWord(ctx.tokens[stop])) stop++;
    const words = ctx.tokens.slice(end + 2, stop);
    const describesRole = ['a', 'an', 'the'].includes(words[0]?.lower ?? '') || words.some((w) => ROLE_NOUNS.has(w.lower));
    const role = describesRole ? roleFromAppositive(ctx, end + 2, stop - 1) : undefined;
    if (role !== undefined) return { ...phrase, role, last: stop - 1 };
  }
  return phrase;
}
