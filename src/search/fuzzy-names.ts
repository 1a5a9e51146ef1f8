/**
 * Fuzzy lookup of names with fuse.js, for question words that match nothing else: "lin jain" is two
 * English words to the typo repair ("jain" is in the dictionary), but against the names an article
 * mentions fuse.js finds "Lin Jian" at once. Indexes are small (one per article, built on first use),
 * so fuse's full scan costs microseconds; across many articles only those the question already
 * touches are searched.
 */
import Fuse from 'fuse.js';
import type { Article } from '../knowledge/types.ts';
import type { QuestionPlan } from './analysis/question.ts';
import type { SentenceUnit } from './passages.ts';
import type { HitTable } from './ranking/candidates.ts';
import type { ExpandedTerm } from './ranking/expand.ts';
import { isDictionaryWord, isOnlyProperNoun } from './lexicon/wordnet.ts';
import { stem } from './text/stem.ts';
import { editDistance } from './text/edit-distance.ts';
import { isStopWord } from './text/stopwords.ts';
import { tokenize } from './text/tokenize.ts';

interface NameEntry {
  name: string;
  words: string[];
}

/** fuse.js score (0 exact … 1 anything) under which a name counts as meant; the word itself must also be within MAX_WORD_DISTANCE edits. */
const MAX_SCORE = 0.45;
const FUSE_THRESHOLD = 0.4;
const MAX_WORD_DISTANCE = 2;
/** Lookups remembered before the memory starts afresh. */
const CORRECTED_LIMIT = 10_000;

export class FuzzyNames {
  private readonly indexes = new Map<string, Fuse<NameEntry>>();
  private readonly names = new Map<string, NameEntry[]>();
  /** Answers of `correct`, by its arguments. */
  private readonly corrected = new Map<string, string | null>();

  constructor(units: SentenceUnit[], properNouns: ReadonlySet<string>) {
    for (const unit of units) {
      const entries = this.names.get(unit.article.slug) ?? [];
      this.names.set(unit.article.slug, entries);
      let run: string[] = [];
      const flush = () => {
        if (run.length) entries.push({ name: run.join(' '), words: [...run] });
        run = [];
      };
      for (const token of unit.tokens) {
        if (token.capitalized && properNouns.has(token.norm) && !isStopWord(token.norm)) run.push(token.norm);
        else flush();
      }
      flush();
    }
    for (const article of new Set(units.map((u) => u.article))) this.addSpeakers(article);
  }

  private addSpeakers(article: Article): void {
    const entries = this.names.get(article.slug) ?? [];
    for (const speaker of article.speakers ?? []) {
      for (const name of [speaker.name, ...(speaker.aliases ?? [])]) {
        const words = tokenize(name).map((t) => t.norm).filter((w) => !isStopWord(w));
        if (words.length) entries.push({ name: words.join(' '), words });
      }
    }
    // Deduplicate: the same name is written many times.
    const seen = new Set<string>();
    this.names.set(article.slug, entries.filter((e) => !seen.has(e.name) && seen.add(e.name)));
  }

  private index(slug: string): Fuse<NameEntry> | null {
    const entries = this.names.get(slug);
    if (!entries?.length) return null;
    let fuse = this.indexes.get(slug);
    if (!fuse) {
      fuse = new Fuse(entries, { keys: ['name'], includeScore: true, ignoreLocation: true, threshold: FUSE_THRESHOLD });
      this.indexes.set(slug, fuse);
    }
    return fuse;
  }

  /**
   * The name word that `word` most likely misspells, looked up with the words typed around it
   * (`context`, e.g. "lin jain") and, when `alone`, by itself, in the given articles. Null when no
   * name is close enough.
   */
  correct(word: string, context: string, articles: string[], alone = false): string | null {
    // Remembered: a word that matched nothing comes back in the next questions ("bitcoin", a name
    // misspelt the same way), and fuse.js scans every name of every article searched.
    const key = `${alone ? 1 : 0} ${articles.join(',')} ${word} ${context}`;
    const known = this.corrected.get(key);
    if (known !== undefined) return known;
    const found = this.lookUp(word, context, articles, alone);
    if (this.corrected.size >= CORRECTED_LIMIT) this.corrected.clear();
    this.corrected.set(key, found);
    return found;
  }

  private lookUp(word: string, context: string, articles: string[], alone: boolean): string | null {
    let best: { word: string; score: number } | null = null;
    // ("since pusan meeting" is far from every name; "pusan" alone is near "Busan".)
    const queries = context === word || !alone ? [context] : [context, word];
    for (const slug of articles) {
      for (const hit of queries.flatMap((query) => this.index(slug)?.search(query, { limit: 3 }) ?? [])) {
        const score = hit.score ?? 1;
        if (score > MAX_SCORE || (best && best.score <= score)) continue;
        const nearest = hit.item.words
          .map((w) => ({ w, d: editDistance(word, w) }))
          .sort((a, b) => a.d - b.d)[0];
        if (nearest && nearest.d > 0 && nearest.d <= (word.length >= 7 ? MAX_WORD_DISTANCE : 1)) best = { word: nearest.w, score };
      }
    }
    return best?.word ?? (word.length < 3 && alone ? this.shortName(word, articles) : null);
  }

  /** A name of two letters is too short for fuse.js to rank alone: "Xu" is the one such name a letter off, "Xi". */
  private shortName(word: string, articles: string[]): string | null {
    const near = new Set(articles.flatMap((slug) => this.names.get(slug) ?? []).flatMap((e) => e.words).filter((w) => w.length === word.length && editDistance(word, w) === 1));
    return near.size === 1 ? [...near][0]! : null;
  }
}

/** Articles with the most matching sentences: where a misspelt name is worth looking for. */
export function articlesTouched(hits: HitTable, units: SentenceUnit[], limit = 20): string[] {
  const counts = new Map<string, number>();
  for (const id of hits.keys()) {
    const slug = units[id]!.article.slug;
    counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([slug]) => slug);
}

/**
 * Gives each question word that matched nothing the name word it most likely misspells, when there
 * is one. Returns true when any word was repaired.
 */
const LONG_WORD = 6;

export function repairNames(
  terms: ExpandedTerm[],
  plan: QuestionPlan,
  names: FuzzyNames,
  articles: string[],
  occurs: (stem: string) => boolean,
): boolean {
  let repaired = false;
  terms.forEach((term) => {
    if (term.alternatives.length > 0 || term.term.norm.length < 2) return;
    // A long English word ("minister") is an absent word, not a misspelt name ("Ministry").
    if (term.term.norm.length >= LONG_WORD && isDictionaryWord(term.term.norm)) return;
    // The words typed next to it help: "lin jain" finds "Lin Jian" where "jain" alone finds nothing.
    const neighbours = plan.terms.filter((other) => Math.abs(other.position - term.term.position) <= 1);
    // ("Zi Jingping": a word of two letters only beside another part of the name, which it must then complete.)
    const short = term.term.norm.length < 3;
    const beside = terms.filter((other) => other !== term && Math.abs(other.term.position - term.term.position) === 1);
    // (Or typed as a name on its own, "what did Xu tell Trump": not beside another name the text
    // lacks — "Wang Yi", "Li Qiang" are someone else.)
    const alone = /^\p{Lu}/u.test(term.term.typed) && !isDictionaryWord(term.term.norm) && !beside.some((other) => other.alternatives.length === 0 && /^\p{Lu}/u.test(other.term.typed));
    if (short && !alone && !beside.some((other) => other.alternatives.some((a) => a.kind === 'name'))) return;
    const context = neighbours.map((n) => n.norm).join(' ');
    // (Looked up alone only when it is no English word, typed as a name, or a word the dictionary
    // knows only as a name, of another spelling — "pusan" for "Busan": "last" or "hour" alone is
    // near some name.)
    const typedAsName = term.term.position > 0 && /^\p{Lu}/u.test(term.term.typed);
    const word = names.correct(term.term.norm, context, articles, typedAsName || !isDictionaryWord(term.term.norm) || isOnlyProperNoun(term.term.norm));
    if (!word || !occurs(stem(word)) || (short && editDistance(word, term.term.norm) > 1)) return;
    term.alternatives.push({ stem: stem(word), quality: 0.85, kind: 'typo', via: word });
    repaired = true;
  });
  return repaired;
}
