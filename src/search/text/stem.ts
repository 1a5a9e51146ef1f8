/** Porter stemming (the `stemmer` package), cached: the same few thousand words recur everywhere. */
import { stemmer } from 'stemmer';
import { IRREGULAR } from './irregular.ts';

const cache = new Map<string, string>();

/**
 * Words Porter cuts down to another word's stem though they mean something else: "initiative"
 * (a plan) → "initi", as "initiated" (began) and "initial"; "authority" → "author"; "organization"
 * → "organ"; "university" → "univers", as "universe"; "news" → "new"; "community" → "commun";
 * "officially" (formally) → "offici", as "officials" (people); "important" → "import", as trade's
 * "imports"; "general" → "gener", as "generate"; "executive" → "execut", as "execution";
 * "personal" → "person".
 */
const OWN_STEM: Record<string, string> = {
  initiative: 'initiative', initiatives: 'initiative',
  authority: 'authority', authorities: 'authority',
  organization: 'organization', organizations: 'organization', organisation: 'organization', organisations: 'organization',
  university: 'university', universities: 'university',
  news: 'news',
  community: 'community', communities: 'community',
  officially: 'officially',
  important: 'important', importance: 'important', importantly: 'important',
  general: 'general', generally: 'general',
  executive: 'executive', executives: 'executive',
  personal: 'personal', personally: 'personal',
  // One job whoever holds it: "which spokesman" is the spokesperson the text names.
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', spokesperson: 'spokesperson',
  spokesmen: 'spokesperson', spokeswomen: 'spokesperson', spokespersons: 'spokesperson', spokespeople: 'spokesperson',
  chairman: 'chairperson', chairwoman: 'chairperson', chairperson: 'chairperson',
  chairmen: 'chairperson', chairwomen: 'chairperson', chairpersons: 'chairperson',
};
const CACHE_LIMIT = 200_000;

export function stem(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  // Numbers and very short words are left alone: `us`, `10`, `ii`.
  const base = IRREGULAR[word] ?? word;
  const result = OWN_STEM[base] ?? (base.length <= 2 || /\d/.test(base) ? base : stemmer(base));
  if (cache.size < CACHE_LIMIT) cache.set(word, result);
  return result;
}
