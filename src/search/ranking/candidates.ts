/**
 * Collects, for the sentences that match the question best, the best match of each question word
 * (which alternative, how good, how often). Two passes keep this fast when common words touch
 * thousands of sentences: the first only adds up weights in flat typed arrays (reused between
 * questions), the second builds per-sentence detail for the shortlist and its paragraphs.
 */
import { newsSynonyms } from '../lexicon/news-synonyms.ts';
import { SAYING_FORMS } from '../lexicon/saying.ts';
import { baseForms } from '../lexicon/wordnet.ts';
import type { InvertedIndex, Scope } from '../inverted-index.ts';
import type { ParagraphRange, SentenceUnit } from '../passages.ts';
import type { Alternative, ExpandedTerm } from './expand.ts';

export interface TermHit {
  alternative: Alternative;
  count: number;
}

/** unit id → one slot per question term (undefined where the term does not match). */
export type HitTable = Map<number, (TermHit | undefined)[]>;

/**
 * Sentences kept after the first pass (their paragraphs come along for context). With every dev
 * question asked of all 40 eval articles at once, 30, 40 and 60 give the same answers (re-checked
 * on 9,992 questions: 30 changes two answers, both wrong either way); 30 instead of 40 scores a
 * quarter fewer passages at 1,000 articles.
 */
const SHORTLIST = 30;

export interface Candidates {
  /** Detail for the shortlisted sentences and the other sentences of their paragraphs. */
  table: HitTable;
  /** The sentences worth scoring, best first by summed word weight. */
  shortlist: number[];
}

/** Reusable scratch arrays: one row of `unitCount` slots per question term. */
export class HitScratch {
  private quality: Float32Array;
  private alternative: Int16Array;
  private count: Uint16Array;
  private readonly quick: Float64Array;

  constructor(private readonly unitCount: number, private terms = 8) {
    this.quality = new Float32Array(unitCount * terms);
    this.alternative = new Int16Array(unitCount * terms);
    this.count = new Uint16Array(unitCount * terms);
    this.quick = new Float64Array(unitCount);
  }

  private ensure(terms: number): void {
    if (terms <= this.terms) return;
    this.terms = terms;
    this.quality = new Float32Array(this.unitCount * terms);
    this.alternative = new Int16Array(this.unitCount * terms);
    this.count = new Uint16Array(this.unitCount * terms);
  }

  collect(terms: ExpandedTerm[], index: InvertedIndex, scope: Scope, units: SentenceUnit[], paragraphOf: (u: SentenceUnit) => ParagraphRange): Candidates {
    this.ensure(terms.length);
    const width = this.terms;
    const touched: number[] = [];
    terms.forEach((term, t) => {
      term.alternatives.forEach((alternative, a) => {
        const slice = index.slice(alternative.stem, scope);
        if (!slice) return;
        const forms = acceptedForms(alternative, index);
        if (forms === 'none') return;
        const { postings, from, to } = slice;
        for (let i = from; i < to; i++) {
          const unit = postings.units[i]!;
          const cell = unit * width + t;
          const previous = this.quality[cell]!;
          if (previous >= alternative.quality) continue;
          if (forms !== 'all' && !units[unit]!.tokens.some((tok) => forms.has(tok.norm))) continue;
          if (this.quick[unit] === 0) touched.push(unit);
          this.quick[unit]! += term.importance * (alternative.quality - previous) + 1e-9;
          this.quality[cell] = alternative.quality;
          this.alternative[cell] = a;
          this.count[cell] = postings.counts[i]!;
        }
      });
    });

    const shortlist = topK(touched, SHORTLIST, (x, y) => this.quick[y]! - this.quick[x]! || x - y);
    const table: HitTable = new Map();
    const addRow = (unit: number) => {
      if (table.has(unit) || this.quick[unit] === 0) return;
      const row = new Array<TermHit | undefined>(terms.length);
      for (let t = 0; t < terms.length; t++) {
        const cell = unit * width + t;
        if (this.quality[cell]! > 0) row[t] = { alternative: terms[t]!.alternatives[this.alternative[cell]!]!, count: this.count[cell]! };
      }
      table.set(unit, row);
    };
    for (const unit of shortlist) {
      const range = paragraphOf(units[unit]!);
      for (let u = range.first; u <= range.last; u++) addRow(u);
    }
    // Clear only what this question touched.
    for (const unit of touched) {
      this.quick[unit] = 0;
      this.quality.fill(0, unit * width, unit * width + width);
    }
    return { table, shortlist };
  }
}

/**
 * The first `k` of `items` in `order`, sorted: a common word touches thousands of sentences, of
 * which only the best few are scored, so a full sort is wasted work. (A bounded insertion: each
 * item past the first `k` costs one comparison unless it beats the current last.)
 */
function topK(items: number[], k: number, order: (a: number, b: number) => number): number[] {
  const top: number[] = [];
  for (const item of items) {
    if (top.length === k && order(item, top[k - 1]!) >= 0) continue;
    let i = top.length < k ? top.length : k - 1;
    while (i > 0 && order(item, top[i - 1]!) < 0) {
      if (i < k) top[i] = top[i - 1]!;
      i--;
    }
    top[i] = item;
  }
  return top;
}

/**
 * The written forms through which a related word may match: the stem `depart` (from `start`) must
 * not match "department", nor `arm` (from `weapon`) "army". 'all' when every form is fine.
 */
function acceptedForms(alternative: Alternative, index: InvertedIndex): Set<string> | 'all' | 'none' {
  const forms = index.formsOf(alternative.stem);
  // ("Said" offered for "commented": its stem holds only the forms of "say", "said" among them.)
  if (alternative.kind === 'word' || SAYING_FORMS.has(alternative.via)) return 'all';
  const via = alternative.via;
  // (A word of a name only as written: the "Protection" of "Information Protection Authority",
  // which "IPA" finds, is no "protected" elsewhere.)
  if (alternative.kind === 'name') {
    const written = [...forms].filter((norm) => norm === via || norm === `${via}s`);
    return written.length === forms.size ? 'all' : written.length ? new Set(written) : 'none';
  }
  // ("Fought" for the "fight" news offers for "battled": an irregular form of the same verb. Only
  // for the hand-kept news words: a loose dictionary relation — "hold" for "belongs" — would bring
  // in every "held".)
  const irregular = (norm: string) => alternative.kind === 'news-synonym' && baseForms(norm, 'v').includes(via);
  // (Nor a form the same news group lists: "authorization" beside "authorize", which it offers for "approval".)
  let group: Set<string> | undefined;
  const listed = (norm: string) => alternative.kind === 'news-synonym' && (group ??= new Set(newsSynonyms(via))).has(norm);
  const ok = [...forms].filter((norm) => (norm.length <= via.length + 3 && norm.slice(0, 3) === via.slice(0, 3)) || irregular(norm) || listed(norm));
  if (ok.length === forms.size) return 'all';
  return ok.length ? new Set(ok) : 'none';
}
