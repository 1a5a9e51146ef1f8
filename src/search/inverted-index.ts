/**
 * An inverted index from word stems to the sentences that contain them, with BM25 statistics.
 * Postings are sorted by sentence id and sentences of one article are contiguous, so the document
 * frequency within one article is two binary searches away.
 */
import type { SentenceUnit } from './passages.ts';
import { isStopWord } from './text/stopwords.ts';
import { SAYING_FORMS } from './lexicon/saying.ts';

export interface Postings {
  units: Int32Array;
  counts: Uint16Array;
}

export interface Scope {
  /** Unit id range, inclusive. */
  first: number;
  last: number;
  size: number;
  averageLength: number;
}

export class InvertedIndex {
  private readonly postings = new Map<string, Postings>();
  /** Every normalised word of the texts with its count: the vocabulary for typo repair. */
  readonly words = new Map<string, number>();
  /** The written forms (normalised words) of each stem: `protest` → protested, protests. */
  private readonly forms = new Map<string, Set<string>>();
  readonly unitCount: number;

  /** `stemming` false indexes words as written (normalised), for measuring what stemming adds. */
  constructor(units: SentenceUnit[], stemming = true) {
    const building = new Map<string, { units: number[]; counts: number[] }>();
    for (const unit of units) {
      const counts = new Map<string, number>();
      for (const token of unit.tokens) {
        this.words.set(token.norm, (this.words.get(token.norm) ?? 0) + 1);
        // ("Said" is kept for a question's "commented" or "claimed" to match: see lexicon/saying.ts.)
        if (isStopWord(token.norm) && !SAYING_FORMS.has(token.norm)) continue;
        const key = stemming ? token.stem : token.norm;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        const forms = this.forms.get(key) ?? this.forms.set(key, new Set()).get(key)!;
        forms.add(token.norm);
      }
      for (const [stem, count] of counts) {
        let list = building.get(stem);
        if (!list) building.set(stem, (list = { units: [], counts: [] }));
        list.units.push(unit.id);
        list.counts.push(count);
      }
    }
    this.unitCount = units.length;
    for (const [stem, list] of building) {
      this.postings.set(stem, { units: Int32Array.from(list.units), counts: Uint16Array.from(list.counts) });
    }
  }

  /** The indexed numbers ("330", "23"), for a question that gives another (see expand.ts). */
  get numbers(): readonly string[] {
    return (this.numberKeys ??= [...this.postings.keys()].filter((key) => /^\d[\d.,]*$/.test(key)));
  }

  private numberKeys?: string[];

  formsOf(stem: string): ReadonlySet<string> {
    return this.forms.get(stem) ?? EMPTY;
  }

  has(stem: string): boolean {
    return this.postings.has(stem);
  }

  /** The postings of `stem` restricted to `scope`, as index bounds into the postings arrays. */
  slice(stem: string, scope: Scope): { postings: Postings; from: number; to: number } | null {
    const postings = this.postings.get(stem);
    if (!postings) return null;
    const from = lowerBound(postings.units, scope.first);
    const to = lowerBound(postings.units, scope.last + 1);
    return to > from ? { postings, from, to } : null;
  }

  /** Number of sentences in `scope` that contain `stem`. */
  documentFrequency(stem: string, scope: Scope): number {
    const s = this.slice(stem, scope);
    return s ? s.to - s.from : 0;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** BM25 inverse document frequency (always positive). */
export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function lowerBound(array: Int32Array, value: number): number {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((array[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
