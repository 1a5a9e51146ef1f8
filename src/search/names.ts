/**
 * Parts of multi-word names, so that any part finds the others: news writes "Xi Jinping" once and
 * "Xi" afterwards, "Sanae Takaichi" then "Takaichi". Built per article from runs of two or three
 * proper nouns; a question's "Jinping" then also matches the article's "Xi".
 */
import type { SentenceUnit } from './passages.ts';
import { isKnownPlace, placeAliases } from './lexicon/places.ts';
import { isStopWord } from './text/stopwords.ts';

export type NameParts = Map<string, Set<string>>;

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
    for (const token of unit.tokens) {
      // A country, capital or demonym is a name of its own, not part of a longer one: "U.S.-China
      // relations" and "Chinese President Xi" do not make "China" another name for the U.S. or Xi.
      const place = isKnownPlace(token.norm) || placeAliases(token.norm).length > 0;
      const namePart = token.capitalized && properNouns.has(token.norm) && !place && !isStopWord(token.norm) && !/\d/.test(token.norm);
      if (namePart) run.push(token.norm);
      else flush();
    }
    flush();
  }
  return byArticle;
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
