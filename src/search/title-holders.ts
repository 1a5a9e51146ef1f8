/**
 * Who holds which office, by country, as an article writes it once: "Chinese President Xi
 * Jinping", "Japanese Prime Minister Sanae Takaichi", "Chinese foreign ministry spokesperson Lin
 * Jian". Afterwards the article writes the name alone ("Xi said…", "Xi reiterated…"), while a
 * reader asks by the office ("what did the Chinese president say about Ukraine"): the office of a
 * country then also matches the name of whoever the article says holds it.
 *
 * Only offices written after a country's name or people are kept: "President Donald Trump" says
 * of no country, and "the American president" is not matched to him by a guess.
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
    const name: string[] = [];
    for (let k = j; k < tokens.length && name.length < 3 && isName(tokens[k]!); k++) name.push(tokens[k]!.norm);
    if (name.length === 0) continue;
    for (const office of offices) {
      const key = `${country}|${office}`;
      const set = holders.get(key) ?? holders.set(key, new Set()).get(key)!;
      for (const part of name) set.add(part);
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
