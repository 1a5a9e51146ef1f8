/**
 * What an entity is, from its name alone: a person, an organisation, a place; a likely gender
 * from a first name or an honorific; whether an acronym stands for it.
 */
import type { SpeakerKind } from '../types.ts';
import { firstNameGender, isKnownPlace } from './lexicon.ts';
import { isOrganizationWord } from './name-words.ts';
import { PLACE_WORDS } from './vocabulary.ts';

export type Gender = 'female' | 'male';

/** Mention positions are `paragraph * POSITIONS_PER_PARAGRAPH + offset`, so they sort in reading order. */
export const POSITIONS_PER_PARAGRAPH = 1_000_000;

export interface Entity {
  name: string;
  role?: string;
  kind: SpeakerKind;
  /** Every other form the article used. */
  aliases: Set<string>;
  gender?: Gender;
  /** `Chinese officials`, `residents`: answers to `they`. */
  plural: boolean;
  /** Introduced by a proper name, as opposed to a description. */
  named: boolean;
}

const MINOR_NAME_WORDS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'to', '&']);

/** `CDC` for `Centers for Disease Control and Prevention`, `UAW` for `United Auto Workers`. */
export function isAcronymOf(acronym: string, name: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return false;
  const initials = wordsOf(name)
    .filter((w) => !MINOR_NAME_WORDS.has(w.toLowerCase()))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
  return initials.length > 1 && (initials === acronym || (acronym.length >= 3 && initials.startsWith(acronym)));
}

export const wordsOf = (name: string): string[] => name.split(/\s+/).filter(Boolean);

const GENERATIONAL_SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

/** The words that identify a person: `Ferdinand Marcos Jr.` → `Ferdinand Marcos`, so `Marcos` finds him. */
export function nameCore(name: string): string[] {
  const words = wordsOf(name);
  while (words.length > 1 && GENERATIONAL_SUFFIX.test(words[words.length - 1] ?? '')) words.pop();
  return words;
}
export const sameWords = (a: string[], b: string[]): boolean => a.length === b.length && a.every((w, i) => w.toLowerCase() === b[i]?.toLowerCase());

/** Place words that are also common surnames. */
const PLACE_SURNAMES = new Set(['park', 'lake', 'hill', 'street', 'rivers', 'woods', 'bay']);

export function classifyName(name: string, role: string | undefined): SpeakerKind {
  const words = nameCore(name);
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
  if (lower.some((w) => isOrganizationWord(w))) return 'organization';
  if (role !== undefined) return 'person';
  // `Jim Park`, `Ana Lake`: a given name and a place word that is also a common surname is a person.
  const surnameLike = words.length === 2 && firstNameGender(words[0] ?? '') !== undefined && PLACE_SURNAMES.has(lower[1] ?? '');
  if (!surnameLike && (isKnownPlace(name) || PLACE_WORDS.has(lower[lower.length - 1] ?? ''))) return 'place';
  // `Ana Ruiz`, `Kevin O’Brien`, `Fiona MacLeod`: capitalised words with lowercase letters (not `USA`).
  if (words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u.test(w))) return 'person';
  return 'unknown';
}

/** Titles of courtesy ("Dr.", "Mrs."), which say how to address someone, not what they do. */
export function isCourtesyTitle(role: string): boolean {
  return /^(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sir|Dame)\.?$/.test(role.trim());
}

export function genderPrior(name: string, role: string | undefined): Gender | undefined {
  if (role && /\b(Mr|Sir|King|Prince|Lord)\b/.test(role)) return 'male';
  if (role && /\b(Mrs|Ms|Miss|Dame|Queen|Princess)\b/.test(role)) return 'female';
  const words = wordsOf(name);
  const first = firstNameGender(words[0] ?? '');
  const last = words.length > 1 ? firstNameGender(words[words.length - 1] ?? '') : undefined;
  if (first !== 'female' && first !== 'male') return undefined;
  // `Lin Jian`: family name first; a given name of the other gender at the end means we cannot tell.
  if ((last === 'female' || last === 'male') && last !== first) return undefined;
  return first;
}

/** A person, or a name of two to four words that could be one (`Ana Ruiz`; not `Lakeside Health and Mercy Valley Medical`). */
export const personLike = (e: Entity): boolean => {
  if (e.kind === 'person') return true;
  if (e.kind !== 'unknown' || !e.named) return false;
  const words = nameCore(e.name);
  return words.length >= 2 && words.length <= 4 && !words.some((w) => MINOR_NAME_WORDS.has(w.toLowerCase()));
};
