/**
 * Parts of multi-word names, so that any part finds the others: news writes "Xi Jinping" once and
 * "Xi" afterwards, "Sanae Takaichi" then "Takaichi". Built per article from runs of two or three
 * proper nouns; a question's "Jinping" then also matches the article's "Xi".
 */
import type { SentenceUnit } from './passages.ts';
import { namesAPlace } from './lexicon/places.ts';
import { isTitle } from './lexicon/titles.ts';
import { isStopWord } from './text/stopwords.ts';
import { NAME_BREAK } from './text/tokenize.ts';

export type NameParts = Map<string, Set<string>>;

/** Words that finish a title begun by another ("Chief Executive", "Attorney General", "Chief Justice"). */
const TITLE_ENDINGS = new Set(['executive', 'executives', 'justice', 'general', 'counsel', 'officer', 'administrator', 'commissioner', 'superintendent', 'engineer', 'economist', 'scientist', 'whip', 'constable', 'marshal']);

export function buildNameParts(units: SentenceUnit[], properNouns: ReadonlySet<string>): Map<string, NameParts> {
  const byArticle = new Map<string, NameParts>();
  for (const unit of units) {
    let parts = byArticle.get(unit.article.slug);
    if (!parts) byArticle.set(unit.article.slug, (parts = new Map()));
    let run: string[] = [];
    const flush = () => {
      if (run.length >= 2 && run.length <= 3) {
        for (const a of run) for (const b of run) if (a !== b) (parts!.get(a) ?? parts!.set(a, new Set()).get(a)!).add(b);
      }
      run = [];
    };
    let previousEnd = 0;
    let previous: SentenceUnit['tokens'][number] | undefined;
    for (const token of unit.tokens) {
      // ("Denise Caldwell, Riverbend's chief executive": a comma ends a name.)
      if (NAME_BREAK.test(unit.paragraph.text.slice(unit.start + previousEnd, unit.start + token.start))) flush();
      previousEnd = token.end;
      // A country, capital or demonym is a name of its own, not part of a longer one: "U.S.-China
      // relations" and "Chinese President Xi" do not make "China" another name for the U.S. or Xi.
      // (Nor is a title, or the word that completes one: in "Chief Executive Margaret Hale",
      // "executive" is no other name for Hale.)
      const ofTitle = isTitle(token.norm) || (previous !== undefined && isTitle(previous.norm) && TITLE_ENDINGS.has(token.norm));
      if (isNamePart(token, properNouns) && !ofTitle) run.push(token.norm);
      else flush();
      previous = token;
    }
    flush();
  }
  const unitsOf = new Map<string, SentenceUnit[]>();
  for (const unit of units) (unitsOf.get(unit.article.slug) ?? unitsOf.set(unit.article.slug, []).get(unit.article.slug)!).push(unit);
  for (const [slug, parts] of byArticle) addAcronyms(parts, unitsOf.get(slug) ?? []);
  return byArticle;
}

/**
 * For each word of a name the articles give a title, the titles written right before it:
 * "President Donald Trump" gives "donald" and "trump" the title "president". Such names are
 * people's, as a body's name never follows a title ("chief executive Rafael Ortiz"). (A title the
 * text never gives someone is what a question gets wrong, and says so: "what did President Takaichi say".)
 */
export function titlesOfNames(units: SentenceUnit[], properNouns: ReadonlySet<string>): Map<string, Set<string>> {
  const titles = new Map<string, Set<string>>();
  for (const unit of units) {
    unit.tokens.forEach((token, i) => {
      if (!isTitle(token.norm)) return;
      let end = i + 1;
      while (end < unit.tokens.length && isTitle(unit.tokens[end]!.norm)) end++;
      for (let k = end; k < unit.tokens.length && isNamePart(unit.tokens[k]!, properNouns) && !isTitle(unit.tokens[k]!.norm); k++) {
        let forName = titles.get(unit.tokens[k]!.norm);
        if (!forName) titles.set(unit.tokens[k]!.norm, (forName = new Set()));
        forName.add(token.norm);
      }
    });
  }
  return titles;
}

/** A word of a person's or body's name: a proper noun, not a country, capital or demonym, nor a number. */
export function isNamePart(token: SentenceUnit['tokens'][number], properNouns: ReadonlySet<string>): boolean {
  return token.capitalized && properNouns.has(token.norm) && !namesAPlace(token.norm) && !isStopWord(token.norm) && !/\d/.test(token.norm);
}

/** Small words that capitalized names keep but acronyms skip: "Bureau of Economics" → "BE". */
const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/**
 * "FTC" and "Federal Trade Commission": an acronym the article writes in capitals and a run of
 * capitalized words with those initials are one name, so "ftc" finds the sentence that spells it out.
 */
function addAcronyms(parts: NameParts, units: SentenceUnit[]): void {
  const acronyms = new Set<string>();
  for (const unit of units) {
    const text = unit.paragraph.text;
    for (const token of unit.tokens) {
      const raw = text.slice(unit.start + token.start, unit.start + token.end);
      if (/^\p{Lu}{2,6}$/u.test(raw)) acronyms.add(token.norm);
    }
  }
  if (acronyms.size === 0) return;
  forEachInitials(units, 2, (letters, words) => {
    if (acronyms.has(letters)) link(parts, letters, words);
  });
}

/**
 * "MFA" for the article's "Ministry of Foreign Affairs": initials a reader types that the article
 * never writes, per article, from runs of three or more capitalized words (two letters are too
 * often a word or another name: "US", "WH"). One way only, and looked up only for a question word
 * the article does not use, typed in capitals or unknown to the dictionary (see the search's name
 * lookup in index.ts).
 */
export function buildInitialisms(units: SentenceUnit[]): Map<string, NameParts> {
  const byArticle = new Map<string, NameParts>();
  const unitsOf = new Map<string, SentenceUnit[]>();
  for (const unit of units) (unitsOf.get(unit.article.slug) ?? unitsOf.set(unit.article.slug, []).get(unit.article.slug)!).push(unit);
  for (const [slug, articleUnits] of unitsOf) {
    const parts: NameParts = new Map();
    // ("FEMA" is not "declared a local emergency": a word the article also writes in lowercase is
    // an everyday word there, and stands for the name only where no other part of it could.)
    const lowercase = new Set(articleUnits.flatMap((unit) => unit.tokens.filter((t) => !t.capitalized).map((t) => t.norm)));
    forEachInitials(articleUnits, 3, (letters, words) => {
      const set = parts.get(letters) ?? parts.set(letters, new Set()).get(letters)!;
      const content = words.filter((word) => !isStopWord(word));
      const proper = content.filter((word) => !lowercase.has(word));
      for (const word of proper.length > 0 ? proper : content) set.add(word);
    });
    byArticle.set(slug, parts);
  }
  return byArticle;
}

/** Every run of `minWords` to six capitalized words (small words like "of" skipped), with its initials. */
function forEachInitials(units: SentenceUnit[], minWords: number, visit: (letters: string, words: string[]) => void): void {
  for (const unit of units) {
    const tokens = unit.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (!tokens[i]!.capitalized) continue;
      const words: string[] = [];
      let letters = '';
      for (let j = i; j < tokens.length && words.length < 6; j++) {
        const token = tokens[j]!;
        if (ACRONYM_SKIP.has(token.norm) && words.length > 0) continue;
        if (!token.capitalized) break;
        words.push(token.norm);
        letters += token.norm.charAt(0);
        if (words.length >= minWords) visit(letters, [...words]);
      }
    }
  }
}

function link(parts: NameParts, acronym: string, words: string[]): void {
  for (const word of words) {
    if (isStopWord(word)) continue;
    (parts.get(acronym) ?? parts.set(acronym, new Set()).get(acronym)!).add(word);
    (parts.get(word) ?? parts.set(word, new Set()).get(word)!).add(acronym);
  }
}

/** The other parts of names containing `word` in the given articles' name tables. */
export function otherNameParts(word: string, tables: Iterable<NameParts>): string[] {
  const found = new Set<string>();
  for (const table of tables) for (const part of table.get(word) ?? []) found.add(part);
  return [...found];
}

/** One table for all articles, for questions asked across the whole knowledge base. */
export function mergeNameParts(tables: Iterable<NameParts>): NameParts {
  const merged: NameParts = new Map();
  for (const table of tables) {
    for (const [word, parts] of table) {
      const set = merged.get(word) ?? merged.set(word, new Set()).get(word)!;
      for (const part of parts) set.add(part);
    }
  }
  return merged;
}
