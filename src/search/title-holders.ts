/**
 * Who holds which office, by country, as an article writes it once: "Chinese President Xi
 * Jinping", "Japanese Prime Minister Sanae Takaichi", "Chinese foreign ministry spokesperson Lin
 * Jian". Afterwards the article writes the name alone ("Xi said…", "Xi reiterated…"), while a
 * reader asks by the office ("what did the Chinese president say about Ukraine"): the office of a
 * country then also matches the name of whoever the article says holds it.
 *
 * Only offices written after a country's name or people are kept: "President Donald Trump" says
 * of no country alone. One exception, which news writes daily: "President Donald Trump and Chinese
 * President Xi Jinping …, according to U.S. and Chinese officials" — two holders of one office, one
 * of them China's, in a sentence that pairs China with one other country ("U.S.-China", "U.S. and
 * Chinese"): the bare title is that other country's. Nothing else is inferred.
 */
import type { SentenceUnit } from './passages.ts';
import { namesAPlace, placeAliases } from './lexicon/places.ts';
import { isTitle } from './lexicon/titles.ts';
import { isNamePart } from './names.ts';
import { isStopWord } from './text/stopwords.ts';
import { tokenize, type Token } from './text/tokenize.ts';

/** `country|office` → the name parts of its holders. */
export type TitleHolders = Map<string, Set<string>>;

/** Words that may stand between the country and the office ("Chinese foreign ministry spokesperson"). */
const OFFICE_REACH = 3;

/** One key for every name of a country: "chinese", "china" and "beijing" are one. */
export function countryKey(word: string): string | null {
  if (!namesAPlace(word)) return null;
  return [word, ...placeAliases(word)].sort()[0]!;
}

export function buildTitleHolders(units: SentenceUnit[], properNouns: ReadonlySet<string>): Map<string, TitleHolders> {
  const byArticle = new Map<string, TitleHolders>();
  for (const unit of units) {
    let holders = byArticle.get(unit.article.slug);
    if (!holders) {
      byArticle.set(unit.article.slug, (holders = new Map()));
      // A speaker's role as the quote table has it ("Chinese President" for Xi) says the same,
      // though the text may write only "President Xi".
      for (const speaker of unit.article.speakers ?? []) {
        if (speaker.kind === 'person' && speaker.role) addHolders(holders, tokenize(`${speaker.role} ${speaker.name}`), properNouns, new Set(tokenize(speaker.name).map((t) => t.norm)));
      }
    }
    addHolders(holders, unit.tokens, properNouns);
  }
  return byArticle;
}

/** Adds the holders written as "country … office Name" in `tokens` (or, given `nameWords`, in a speaker's role and name). */
function addHolders(holders: TitleHolders, tokens: Token[], properNouns: ReadonlySet<string>, nameWords?: ReadonlySet<string>): void {
  const isName = (token: Token) => (nameWords ? nameWords.has(token.norm) && !isTitle(token.norm) : isHolderName(token, properNouns));
  /** Offices this sentence gives a country, and where their holders' names start. */
  const owned: { country: string; offices: string[] }[] = [];
  const ownedNames = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const country = countryKey(tokens[i]!.norm);
    if (!country) continue;
    // The office: words after the country up to the name, the last of them a title.
    let j = i + 1;
    const offices: string[] = [];
    while (j < tokens.length && j - i <= OFFICE_REACH + 1 && !isName(tokens[j]!)) {
      if (isTitle(tokens[j]!.norm)) offices.push(tokens[j]!.norm);
      else if (isStopWord(tokens[j]!.norm)) break;
      j++;
    }
    if (offices.length === 0 || !isTitle(tokens[j - 1]?.norm ?? '')) continue;
    const name = nameAt(tokens, j, isName);
    if (name.length === 0) continue;
    for (const office of offices) addHolder(holders, country, office, name);
    owned.push({ country, offices });
    ownedNames.add(j);
  }
  if (!nameWords && owned.length > 0) addPairedHolders(holders, tokens, owned, ownedNames, isName);
}

/** The words of the name that starts at `start` (up to three: "Xi Jinping", "Sanae Takaichi"). */
function nameAt(tokens: Token[], start: number, isName: (token: Token) => boolean): string[] {
  const name: string[] = [];
  for (let k = start; k < tokens.length && name.length < 3 && isName(tokens[k]!); k++) name.push(tokens[k]!.norm);
  return name;
}

function addHolder(holders: TitleHolders, country: string, office: string, name: string[]): void {
  const key = `${country}|${office}`;
  const set = holders.get(key) ?? holders.set(key, new Set()).get(key)!;
  for (const part of name) set.add(part);
}

/**
 * "President Donald Trump and Chinese President Xi Jinping": a bare title beside the same title of
 * a country, in a sentence pairing that country with exactly one other ("U.S.-China relations",
 * "U.S. and Chinese officials"), is the other country's.
 */
function addPairedHolders(holders: TitleHolders, tokens: Token[], owned: { country: string; offices: string[] }[], ownedNames: ReadonlySet<number>, isName: (token: Token) => boolean): void {
  const keys = tokens.map((t) => countryKey(t.norm));
  for (const { country, offices } of owned) {
    const partners = new Set<string>();
    for (let k = 0; k < tokens.length; k++) {
      const a = keys[k];
      // Side by side ("U.S.-China") or joined by "and" ("U.S. and Chinese officials").
      const b = keys[k + 1] ?? (tokens[k + 1]?.norm === 'and' ? keys[k + 2] : null);
      if (!a || !b || a === b) continue;
      if (a === country) partners.add(b);
      else if (b === country) partners.add(a);
    }
    if (partners.size !== 1) continue;
    const [partner] = partners;
    for (let i = 0; i < tokens.length; i++) {
      const office = tokens[i]!.norm;
      // A title with a name after it and no country before it.
      if (!offices.includes(office) || ownedNames.has(i + 1) || keys[i - 1] || !tokens[i + 1] || !isName(tokens[i + 1]!)) continue;
      addHolder(holders, partner!, office, nameAt(tokens, i + 1, isName));
    }
  }
}

/** A word of the holder's name: not the title before it ("President" is capitalised there too). */
function isHolderName(token: Token, properNouns: ReadonlySet<string>): boolean {
  return isNamePart(token, properNouns) && !isTitle(token.norm);
}

/** The name parts of whoever holds `office` of the country `place` names, in the given tables. */
export function holdersOf(place: string, office: string, tables: Iterable<TitleHolders>): string[] {
  const country = countryKey(place);
  if (!country) return [];
  const found = new Set<string>();
  for (const table of tables) for (const part of table.get(`${country}|${office}`) ?? []) found.add(part);
  return [...found];
}
