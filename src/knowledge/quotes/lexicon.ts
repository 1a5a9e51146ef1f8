/**
 * What the `compromise` lexicon (shipped inside the package, no download) knows about a single
 * word or name: whether it is a place (`Beijing`, `Ohio`, `South Korea`) and whether a first
 * name is usually a woman's or a man's. Only used as a hint: the article's own pronouns win.
 *
 * The words come from lexicon-data.ts, generated from compromise by scripts/lexicon.ts: importing
 * compromise itself would build its whole model (about 0.4 s of a cold start) for a word list.
 */
import { LEXICON_WORDS } from './lexicon-data.ts';

function loadLexicon(): Map<string, string[]> {
  const lexicon = new Map<string, string[]>();
  for (const [tag, words] of Object.entries(LEXICON_WORDS)) {
    for (const word of words.split('|')) {
      const tags = lexicon.get(word);
      if (tags) tags.push(tag);
      else lexicon.set(word, [tag]);
    }
  }
  return lexicon;
}

const LEXICON = loadLexicon();

function tagsOf(word: string): string[] {
  return LEXICON.get(word.toLowerCase()) ?? [];
}

const PLACE_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Address']);

/** `Beijing`, `Ohio`, `United States`: a name the lexicon files as a place. */
export function isKnownPlace(name: string): boolean {
  return tagsOf(name).some((tag) => PLACE_TAGS.has(tag));
}

/**
 * Very common English first names the lexicon lacks or files as either gender (checked against
 * compromise 14). Names that are also places or common words (`Virginia`, `Jordan`, `Ray`) stay out:
 * for them the article's own pronouns decide.
 */
const SUPPLEMENT: Record<string, 'female' | 'male'> = {
  frank: 'male', randy: 'male', bill: 'male', bob: 'male', jack: 'male', nick: 'male', mark: 'male', jesse: 'male',
  jean: 'female', sue: 'female', lily: 'female',
};

/** A first name the lexicon knows (`Karen`, `Morgan`), or undefined. */
export function firstNameGender(word: string): 'female' | 'male' | 'either' | undefined {
  const known = SUPPLEMENT[word.toLowerCase()];
  if (known) return known;
  const tags = tagsOf(word);
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FirstName')) return 'either';
  return undefined;
}

const VERB_TAGS = new Set(['Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Modal', 'Auxiliary', 'Copula', 'Verb', 'Participle']);

/** `put`, `had`, `gave`: a word the lexicon files as a verb form. */
export function isVerbWord(word: string): boolean {
  return tagsOf(word).some((tag) => VERB_TAGS.has(tag));
}

/** `Spaniard`, `American`: a nationality, as a noun it names one person (`the Spaniard said`). */
export function isDemonymWord(word: string): boolean {
  return tagsOf(word).includes('Demonym');
}

/** `Karen`, `Paul`, `Morgan`: a word the lexicon knows as a given name. */
export function isGivenName(word: string): boolean {
  return firstNameGender(word) !== undefined;
}

/** `Chinese`, `Japanese`: nationality adjectives, which belong to a role, never to a name. */
export function isDemonym(word: string): boolean {
  return tagsOf(word).includes('Demonym');
}

/** `Teenager`, `Grandmother`, `Veteran`: a noun for a kind of person, which before a name is a role. */
export function isPersonNoun(word: string): boolean {
  return tagsOf(word).includes('Actor');
}
