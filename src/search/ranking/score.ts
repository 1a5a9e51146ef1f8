/**
 * Scores candidate passages — single sentences and, when the question's words are spread over two,
 * adjacent sentence pairs of one paragraph. The core measure is coverage: the share of the question's
 * weight (idf of each word) that the passage matches, discounted for synonyms and typos and for
 * phrases matched only in part or far apart (see phrases.ts).
 */
import type { AnswerKind, AnswerSpan } from '../analysis/answer-types.ts';
import type { Phrase, QuestionPlan } from '../analysis/question.ts';
import { isReactVerb } from '../analysis/question-kind.ts';
import { namesAPlace } from '../lexicon/places.ts';
import type { SentenceUnit } from '../passages.ts';
import type { SearchSettings } from '../settings.ts';
import type { AnswerRelation } from './answer-relation.ts';
import { findAnswer, relates, type AnswerContext } from './answer-span.ts';
import { tellsOfEarlierYear } from './background.ts';
import type { HitTable, TermHit } from './candidates.ts';
import type { ExpandedTerm } from './expand.ts';
import { confidenceOf } from './confidence.ts';
import { applyPhraseIntegrity, type PassageWord } from './phrases.ts';

export interface ScoredPassage {
  units: SentenceUnit[];
  /** Per question term: the best hit in the passage, if any. */
  hits: (TermHit | undefined)[];
  /** Per question term: where it matched, counted in tokens across the passage. */
  positions: number[][];
  coverage: number;
  /** Per question term: the credit (0–1) the passage earns for it, after the phrase checks. */
  credit: number[];
  paragraphCoverage: number;
  /** Per question term: the credit its paragraph earns (words its other sentences supply). */
  paragraphCredit: number[];
  /** What the answer decision uses: the passage's coverage, helped by its paragraph's. */
  confidence: number;
  /** The span that answers the question's kind, when it asks for one and the passage has it. */
  answer: AnswerSpan | null;
  /** How the answer span relates to the question's matched words (see answer-relation.ts). */
  relation: AnswerRelation | null;
  /** The question asks for a kind (who, when…) that the passage lacks. */
  lacksKind: boolean;
  /** The passage says the article withholds what the question asks (see findAnswer). */
  withheld: boolean;
  /** Per question term: a word of opposite meaning the passage has instead ("reduced" for "raise"). */
  opposite: (string | undefined)[];
  /** Phrases whose words the passage has only far apart. */
  splitPhrases: Phrase[];
  score: number;
}

export interface ScoreContext {
  plan: QuestionPlan;
  terms: ExpandedTerm[];
  hits: HitTable;
  /** Sentences to score (alone and with a neighbour); `hits` also covers their paragraphs. */
  shortlist: number[];
  /** Every stem a term may match, with the terms it matches (for positions). */
  termsByStem: ReadonlyMap<string, number[]>;
  /** Scratch for this question: term positions per sentence. */
  positionCache: Map<number, number[][]>;
  units: SentenceUnit[];
  /** Unit id range of each unit's paragraph. */
  paragraphOf: (unit: SentenceUnit) => { first: number; last: number };
  spansOf: (unit: SentenceUnit, kind: AnswerKind) => AnswerSpan[];
  answers: AnswerContext;
  averageLength: number;
  settings: SearchSettings;
}

const K1 = 1.2;
const B = 0.75;
/** The most words of a paragraph's opening sentence that only names its topic (see scorePassages). */
const TOPIC_SENTENCE_WORDS = 12;
/**
 * `lead`: news puts the gist first, so the opening paragraph wins a near tie ("what was the call
 * about" → the lead, not a later "the call also touched on…"). Chosen on the dev set (0.03 of 0–0.1).
 * `beside`: an answer right beside a question word ("the Nov. 4 election") beats one a clause away
 * (chosen on dev: 0.05 of 0–0.15).
 * `background`: a sentence about an earlier year's event that the question did not ask for (see
 * background.ts); chosen on dev, 0.2 of 0.1–0.3 (enough to fall below the story's own sentence).
 * `askedBackground`: such a sentence when the question reaches back ("how long did the last strike
 * last"); 0.1, in the middle of the range (0.05–0.2) that gave the same results on dev.
 */
const WEIGHTS = { bm25: 0.3, paragraph: 0.15, answer: 0.15, lacksKind: -0.25, pair: -0.06, lead: 0.03, beside: 0.05, topicItem: 0.08, background: -0.2, askedBackground: 0.1 };

/**
 * The considered passages best first. Most of a passage's score is its word coverage; finding the
 * answer span (answer-span.ts) adds at most a known bonus and is the costly part, so it is done
 * only for passages that could still rank where a reader looks: a passage is completed when its
 * score without the span, plus the most the span could add, reaches the best completed one not yet
 * placed. The order read is exactly the order a full sort would give.
 */
export class Ranking {
  private readonly placed: ScoredPassage[] = [];
  /** Completed passages not yet placed. */
  private readonly ready: Ordered[] = [];
  private readonly completed = new Map<Measured, Ordered>();
  private readonly singles = new Map<number, Measured>();

  constructor(
    /** Best bound first. */
    private readonly pending: Measured[],
    private readonly complete: (passage: Measured) => ScoredPassage,
  ) {
    for (const passage of pending) if (passage.first === passage.last) this.singles.set(passage.first, passage);
  }

  /** The `i`th passage in score order, completing only what deciding it needs. */
  at(i: number): ScoredPassage | undefined {
    while (this.placed.length <= i && this.placeNext()) {}
    return this.placed[i];
  }

  *[Symbol.iterator](): Iterator<ScoredPassage> {
    for (let i = 0; ; i++) {
      const passage = this.at(i);
      if (!passage) return;
      yield passage;
    }
  }

  /** Every passage, completed and sorted (for traces and tests). */
  all(): ScoredPassage[] {
    return [...this];
  }

  /** The passage of one sentence alone, completed, if it was considered. */
  single(unitId: number): ScoredPassage | undefined {
    const passage = this.singles.get(unitId);
    return passage ? this.completedOf(passage).passage : undefined;
  }

  private completedOf(passage: Measured): Ordered {
    let done = this.completed.get(passage);
    if (!done) {
      done = { passage: this.complete(passage), first: passage.first, seq: passage.seq };
      this.completed.set(passage, done);
      this.ready.push(done);
      const at = this.pending.indexOf(passage);
      if (at >= 0) this.pending.splice(at, 1);
    }
    return done;
  }

  private placeNext(): boolean {
    for (;;) {
      const best = this.ready.reduce<Ordered | undefined>((a, b) => (!a || before(b, a) ? b : a), undefined);
      const next = this.pending[0];
      if (next && (!best || next.bound >= best.passage.score)) {
        this.completedOf(next);
        continue;
      }
      if (!best) return false;
      this.ready.splice(this.ready.indexOf(best), 1);
      this.placed.push(best.passage);
      return true;
    }
  }
}

interface Ordered {
  passage: ScoredPassage;
  first: number;
  /** Order of consideration: breaks exact ties as a stable sort would. */
  seq: number;
}

function before(a: Ordered, b: Ordered): boolean {
  return (b.passage.score - a.passage.score || a.first - b.first || a.seq - b.seq) < 0;
}

/** A passage measured for its words, before its answer span is looked for. */
interface Measured {
  first: number;
  last: number;
  seq: number;
  units: SentenceUnit[];
  covered: Covered;
  paragraph: Covered;
  bm25: number;
  /** The most its score can be once the answer span is found. */
  bound: number;
  /** Read with a topic opener: the credit of the sentences after it, the passage's own (see scoreOne). */
  ownCredit?: number[];
}

export function scorePassages(ctx: ScoreContext): Ranking {
  const total = ctx.terms.reduce((sum, t) => sum + t.importance, 0);
  const measured: Measured[] = [];
  const byRange = new Map<string, Measured | null>();
  const paragraphCoverage = new Map<number, Covered>();
  /** Measures a run of sentences once; `worth` may turn it down (then it is not ranked). */
  const consider = (first: number, last: number, worth?: (passage: Measured) => boolean): Measured | null => {
    const key = `${first}-${last}`;
    const known = byRange.get(key);
    if (known !== undefined) return known;
    const passage = measure(first, last, measured.length, ctx, total, paragraphCoverage);
    const kept = !worth || worth(passage) ? passage : null;
    byRange.set(key, kept);
    if (kept) measured.push(kept);
    return kept;
  };
  for (const id of total > 0 ? ctx.shortlist : []) {
    consider(id, id);
    if (!ctx.settings.sentencePairs) continue;
    const range = ctx.paragraphOf(ctx.units[id]!);
    // A pair's sentences are also scored alone: an answer is cut to one of them when it suffices.
    if (id > range.first) {
      consider(id - 1, id);
      consider(id - 1, id - 1);
    }
    if (id < range.last) {
      consider(id, id + 1);
      consider(id + 1, id + 1);
    }
    // A paragraph that opens with a short topic sentence ("The call also touched on Russia's invasion
    // of Ukraine.") goes on about that topic ("…bring the conflict closer to a settlement. Xi said
    // the crisis should be resolved…"): its third sentence is also read with the opener — when the
    // opener adds a word the two sentences after it lack (else it only lengthens the answer).
    if (id === range.first + 2 && ctx.units[range.first]!.tokens.length <= TOPIC_SENTENCE_WORDS) {
      const pair = consider(id - 1, id)!;
      const withOpener = consider(range.first, id, (passage) => passage.covered.credit.some((credit, t) => credit > (pair.covered.credit[t] ?? 0)));
      if (withOpener) withOpener.ownCredit = pair.covered.credit;
    }
  }
  measured.sort((a, b) => b.bound - a.bound);
  return new Ranking(measured, (passage) => scoreOne(passage, ctx));
}

function mergeHits(units: SentenceUnit[], ctx: ScoreContext): (TermHit | undefined)[] {
  const merged = new Array<TermHit | undefined>(ctx.terms.length);
  for (const unit of units) {
    ctx.hits.get(unit.id)?.forEach((hit, t) => {
      const current = merged[t];
      if (hit && (!current || current.alternative.quality < hit.alternative.quality)) merged[t] = hit;
    });
  }
  return merged;
}

function weighted(ctx: ScoreContext, credit: number[], total: number): number {
  return ctx.terms.reduce((sum, term, t) => sum + term.importance * (credit[t] ?? 0), 0) / total;
}

/**
 * A title word a text may leave out of a phrase ("phone" of "the phone conversation", in a story
 * about a phone call) — not a place or a person ("Taiwan's president", "Trump's position" are
 * someone else's). The body a story is about is left out too: "Lumen's chief executive" is the
 * "chief executive Rafael Ortiz" of a story about Lumen, which calls it "the company".
 */
function droppableTopicWord(ctx: ScoreContext, t: number): boolean {
  const term = ctx.plan.terms[t];
  if (ctx.terms[t]?.topic !== true || term === undefined || namesAPlace(term.norm)) return false;
  if (ctx.answers.isPerson && !ctx.answers.isPerson(term.norm)) return true;
  return !/^\p{Lu}/u.test(term.typed) && !/['’]s?$/.test(term.typed);
}

/** The sentence and word at a passage position (counted as in matchedPositions: +1 between sentences). */
export function locate(units: SentenceUnit[], position: number): { unit: SentenceUnit; token: SentenceUnit['tokens'][number] } | undefined {
  let offset = 0;
  for (const unit of units) {
    if (position < offset + unit.tokens.length) {
      const token = unit.tokens[position - offset];
      return token ? { unit, token } : undefined;
    }
    offset += unit.tokens.length + 1;
  }
  return undefined;
}

/** The word at a passage position. */
function wordLocator(units: SentenceUnit[]): (position: number) => PassageWord | undefined {
  return (position) => locate(units, position)?.token;
}

/** Coverage of a run of sentences, after the phrase checks; also returns what scoring reuses. */
function cover(units: SentenceUnit[], ctx: ScoreContext, total: number, inParagraph?: (term: number) => boolean) {
  const hits = mergeHits(units, ctx);
  const positions = matchedPositions(units, hits, ctx);
  const credit = hits.map((hit) => hit?.alternative.quality ?? 0);
  releaseSharedWords(hits, positions, credit, wordLocator(units), ctx.settings.stemming, compoundOf(ctx.plan));
  const splitPhrases = ctx.settings.phraseProximity ? applyPhraseIntegrity(ctx.plan.phrases, credit, positions, wordLocator(units), (t) => ctx.plan.terms[t]?.norm ?? '', inParagraph, (t) => droppableTopicWord(ctx, t)) : [];
  return { hits, positions, credit, splitPhrases, coverage: weighted(ctx, credit, total) };
}

type Covered = ReturnType<typeof cover>;

/** The most an answer span can add to a score (see the answer terms in scoreOne). */
function answerBonusBound(units: SentenceUnit[], plan: QuestionPlan): number {
  // (No kind asked, no span: only the penalty for lacking one can apply.)
  if (!plan.kind) return 0;
  const topic = plan.kind !== 'topic' ? 0 : plan.more ? 2 * WEIGHTS.topicItem : WEIGHTS.topicItem * listedItems(units.map((u) => u.paragraph.text.slice(u.start, u.end)).join(' '));
  return WEIGHTS.answer + WEIGHTS.beside + topic;
}

function measure(first: number, last: number, seq: number, ctx: ScoreContext, total: number, paragraphCache: Map<number, Covered>): Measured {
  const units = ctx.units.slice(first, last + 1);
  const paragraph = coverParagraph(units[0]!, ctx, total, paragraphCache);
  const covered = cover(units, ctx, total, (t) => (paragraph.credit[t] ?? 0) > 0);
  const { hits, credit } = covered;
  const length = units.reduce((sum, u) => sum + u.length, 0);
  const norm = K1 * (1 - B + (B * length) / Math.max(1, ctx.averageLength * units.length));
  const bm25 =
    ctx.terms.reduce((sum, term, t) => {
      const count = hits[t]?.count ?? 0;
      return sum + term.importance * (credit[t] ?? 0) * ((count * (K1 + 1)) / (count + norm));
    }, 0) /
    (total * (K1 + 1));
  const withoutAnswer = covered.coverage + WEIGHTS.bm25 * bm25 + WEIGHTS.paragraph * paragraph.coverage + (units.length > 1 ? WEIGHTS.pair : 0) + (units[0]!.paragraph.number === 1 ? WEIGHTS.lead : 0);
  // (The small margin absorbs rounding: the score adds the same terms in another order.)
  const bound = withoutAnswer + (ctx.settings.questionTypes ? answerBonusBound(units, ctx.plan) : 0) + 1e-9;
  return { first, last, seq, units, covered, paragraph, bm25, bound };
}

function scoreOne(passage: Measured, ctx: ScoreContext): ScoredPassage {
  const { units, covered, paragraph, bm25 } = passage;
  const { hits, positions, credit, splitPhrases, coverage } = covered;
  const paragraphCoverage = paragraph.coverage;
  const { answer, lacksKind, relation, counts, beside, withheld = false } = ctx.settings.questionTypes
    ? findAnswer(units, positions, credit, ctx.answers)
    : { answer: null, lacksKind: false, relation: null, counts: false, beside: false };
  // (Read with its topic sentence, a passage is no surer than without it: the opener's words count
  // as the paragraph's support, not as the passage's own. Only the ranking gains.)
  const ownCredit = passage.ownCredit ?? credit;
  const confidence =
    confidenceOf({ terms: ctx.terms, credit: ownCredit, paragraphCredit: paragraph.credit, answers: answer !== null && (relation === null || relates(relation)) }, ctx.settings) +
    (counts ? ctx.settings.countBonus : 0);
  const score =
    coverage +
    WEIGHTS.bm25 * bm25 +
    WEIGHTS.paragraph * paragraphCoverage +
    (answer ? WEIGHTS.answer : lacksKind ? WEIGHTS.lacksKind : 0) +
    (units.length > 1 ? WEIGHTS.pair : 0) +
    (units[0]!.paragraph.number === 1 ? WEIGHTS.lead : 0) +
    (beside && answer && (relation === null || relates(relation)) ? WEIGHTS.beside : 0) +
    // "What was the call about": the sentence that lists all it touched on beats one that adds a
    // topic; "what else did it cover" asks for the one that adds ("also touched on").
    (answer?.kind === 'topic' ? (ctx.plan.more ? (units.some(saysAlso) ? 2 * WEIGHTS.topicItem : 0) : WEIGHTS.topicItem * listedItems(answer.text)) : 0) +
    (units.some(tellsOfEarlierYear) ? (ctx.plan.reachesBack ? WEIGHTS.askedBackground : WEIGHTS.background) : 0);
  // In a yes/no question the opposite is the answer ("has China stopped buying…" → "resumed"): no.
  const opposite = ctx.plan.yesNo ? ctx.terms.map(() => undefined) : oppositesIn(units, hits, ctx);
  return { units, hits, positions, coverage, credit, paragraphCoverage, paragraphCredit: paragraph.credit, confidence, answer, relation, lacksKind, withheld, opposite, splitPhrases, score };
}

/**
 * "What tariffs did the U.S. raise" and "the United States has reduced certain tariffs": a question
 * word the passage lacks, where it has the opposite, asks about something that did not happen.
 */
function oppositesIn(units: SentenceUnit[], hits: (TermHit | undefined)[], ctx: ScoreContext): (string | undefined)[] {
  // (Nor a word of what was reacted to: "how did China respond to the comments about defending
  // Taiwan" is answered where the comments are told as about an attack.)
  const reaction = ctx.plan.reactor.length > 0 ? ctx.plan.terms.findIndex((term) => isReactVerb(term.norm)) : -1;
  return ctx.terms.map((term, t) => {
    // (A word of the scene-setting clause is not what is asked: "…since their last meeting".)
    // (Nor what was talked about: "who angered Beijing by speaking about defending the island" is
    // told as remarks about an attack on it.)
    if (hits[t] || term.opposites.size === 0 || ctx.plan.background.includes(t) || ctx.plan.talkedAbout.includes(t) || (reaction >= 0 && t > reaction)) return undefined;
    for (const unit of units) {
      const token = unit.tokens.find((tok) => term.opposites.has(ctx.settings.stemming ? tok.stem : tok.norm));
      if (token) return unit.paragraph.text.slice(unit.start + token.start, unit.start + token.end);
    }
    return undefined;
  });
}

function coverParagraph(unit: SentenceUnit, ctx: ScoreContext, total: number, cache: Map<number, Covered>): Covered {
  const range = ctx.paragraphOf(unit);
  const cached = cache.get(range.first);
  if (cached !== undefined) return cached;
  const value = cover(ctx.units.slice(range.first, range.last + 1), ctx, total);
  cache.set(range.first, value);
  return value;
}

/**
 * One word of the text answers one word of the question: "what was discussed on the call" must not
 * count "conversation" twice (as a synonym of "discussed" and of "call"). Words are claimed by
 * exact matches first, then by the closest relations; a term matched only through synonyms, on
 * words already claimed, loses that match. (Other names of one thing — "Taipei" ~ "Taiwan" — share.)
 */
const RELATED_KINDS = new Set(['synonym', 'news-synonym', 'opposite']);

function releaseSharedWords(
  hits: (TermHit | undefined)[],
  positions: number[][],
  credit: number[],
  wordAt: (position: number) => PassageWord | undefined,
  stemming: boolean,
  compound: (a: number, b: number) => boolean = () => false,
): void {
  const taken = new Map<number, number>();
  const related = (hit: TermHit) => RELATED_KINDS.has(hit.alternative.kind);
  const key = (p: number) => (stemming ? wordAt(p)?.stem : wordAt(p)?.norm);
  // Exact matches first; then the related words with the fewest places to go, so that "discussed"
  // (call, phone or touched) leaves "call" to "conversation", which has nothing else.
  const order = hits
    .map((hit, t) => ({ hit, t }))
    .filter((x): x is { hit: TermHit; t: number } => x.hit !== undefined)
    .sort(
      (a, b) =>
        Number(related(a.hit)) - Number(related(b.hit)) ||
        (related(a.hit) ? (positions[a.t]?.length ?? 0) - (positions[b.t]?.length ?? 0) : 0) ||
        b.hit.alternative.quality - a.hit.alternative.quality,
    );
  for (const { hit, t } of order) {
    if (related(hit)) {
      const own = (positions[t] ?? []).filter((p) => !taken.has(p));
      // ("Taiwan's resident population" → "residents": a two-word name told with one word keeps both.)
      // (Only the head: "telephone conversation" is not told by "conversation" alone.)
      if (own.length === 0 && (positions[t] ?? []).some((p) => compound(taken.get(p)!, t))) continue;
      positions[t] = own;
      if (own.length === 0) {
        credit[t] = 0;
        hits[t] = undefined;
        continue;
      }
    }
    // A term claims the words its match stands for ("role" claims "role", not the "position" it
    // might also have matched, which "stance" needs).
    const own = (positions[t] ?? []).filter((p) => key(p) === hit.alternative.stem);
    for (const p of own.length ? own : positions[t] ?? []) if (!taken.has(p)) taken.set(p, t);
  }
}

/** Whether question term `head` follows `modifier` as the head of one noun phrase ("resident population", "bilateral ties"). */
function compoundOf(plan: ScoreContext['plan']): (modifier: number, head: number) => boolean {
  return (modifier, head) => {
    const first = plan.terms[modifier];
    const second = plan.terms[head];
    return !!first && !!second && head === modifier + 1 && second.position === first.position + 1 && !first.verb && !second.verb;
  };
}

/** Positions (counted across the passage, +1 between sentences) of the tokens that matched each term, by any of its alternatives. */
export function matchedPositions(units: SentenceUnit[], hits: (TermHit | undefined)[], ctx: ScoreContext): number[][] {
  const positions: number[][] = hits.map(() => []);
  let offset = 0;
  for (const unit of units) {
    const own = positionsInUnit(unit, ctx);
    for (let t = 0; t < hits.length; t++) {
      if (!hits[t]) continue;
      for (const p of own[t] ?? []) positions[t]!.push(offset + p);
    }
    offset += unit.tokens.length + 1;
  }
  return positions;
}

/** Per term, the token positions in one sentence that match it; computed once per sentence and question. */
function positionsInUnit(unit: SentenceUnit, ctx: ScoreContext): number[][] {
  const cached = ctx.positionCache.get(unit.id);
  if (cached) return cached;
  const positions: number[][] = ctx.terms.map(() => []);
  const stemming = ctx.settings.stemming;
  for (const token of unit.tokens) {
    const matching = ctx.termsByStem.get(stemming ? token.stem : token.norm);
    if (matching) for (const t of matching) positions[t]!.push(token.position);
  }
  ctx.positionCache.set(unit.id, positions);
  return positions;
}

/** Items a topic answer lists beyond the first: "Taiwan, trade policy and the Ukraine conflict" → 2. */
function listedItems(text: string): number {
  return (text.match(/,\s|\s(?:and|as well as)\s/g) ?? []).length;
}

function saysAlso(unit: SentenceUnit): boolean {
  return unit.tokens.some((t) => t.norm === 'also' || t.norm === 'additionally');
}
