/**
 * Whether an answer span is about what the question asks, not just present in the same sentence:
 * "where was Trump during the call" is not answered by "the call came amid tensions in East Asia",
 * where "East Asia" is the place of the tensions, nor "when did the Ukraine war start" by the day
 * of a call about it. Without a parser, the test is the clause: the span must stand in the same
 * clause as the question's focus — its event verb ("meet", "protested", "start") or, without one,
 * its subject ("trump") — or a few words from it. Clauses end at semicolons, colons, dashes,
 * brackets and sentence ends, and at a comma before a conjunction or relative word (", where the
 * two leaders…", ", saying…"); a relative clause without a comma describes its noun and stays in.
 */
import type { SentenceUnit } from '../passages.ts';

export interface AnswerRelation {
  /** Share (0–1) of the passage's matched question weight that stands in the span's clause or near it. */
  share: number;
  /**
   * A focus word of the question matched in the span's clause or near it (`true`), or only
   * elsewhere or not at all (`false`); `null` when the question gives no focus words.
   */
  focus: boolean | null;
}

/** Words a span may stand from a matched word across a clause boundary ("Busan on Oct. 30"). */
const NEAR = 3;
const OPENERS = new Set(
  `and but or nor which who whom whose where when while whereas although though because since as after before
  until unless saying adding urging arguing asserting warning calling citing according leaving prompting`.split(/\s+/),
);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose', 'where']);
/** Words that open a clause which ends at its first comma ("If regulators block the deal, …"). */
const SUBORDINATORS = new Set(['if', 'unless', 'although', 'though', 'while', 'whereas', 'because', 'once', 'when', 'whenever']);
const HARD_BREAK = /[;:()\u2014\u2013]|\s-\s/;
/** After a bracketed aside closes, a break that still ends the clause before it ("(22 miles), and…"). */
const BREAK_AFTER_ASIDE = /[;:,\u2014\u2013]|\s-\s/;

const clauseCache = new WeakMap<SentenceUnit, number[]>();
const clauseCacheJoiningWhere = new WeakMap<SentenceUnit, number[]>();

/**
 * The clause number of each token of a sentence (0, 1, 2… as clauses open; the words after a bracketed
 * aside go back to the number of the clause before it). With `joinWhere`, a
 * ", where …" clause stays with the event or place it tells of: "a meeting … in Busan, where the two
 * leaders sought to stabilize relations" says why they met.
 */
export function clauseNumbers(unit: SentenceUnit, joinWhere = false): number[] {
  const cache = joinWhere ? clauseCacheJoiningWhere : clauseCache;
  const cached = cache.get(unit);
  if (cached) return cached;
  const text = unit.paragraph.text.slice(unit.start, unit.end);
  const numbers: number[] = [];
  let clause = 0;
  // "If regulators block the deal, Harvest Pantry has agreed to pay…": a clause opened by a
  // subordinator ends at its first comma, whatever word follows.
  let subordinate = SUBORDINATORS.has(unit.tokens[0]?.norm ?? '');
  // "Its epicenter was 35 kilometers (22 miles) northeast of Doralik": an aside in brackets is a
  // clause of its own, and the words after it go on with the clause before it.
  let resumed: number | null = null;
  let next = 0;
  unit.tokens.forEach((token, i) => {
    const previous = unit.tokens[i - 1];
    if (previous) {
      const gap = text.slice(previous.end, token.start);
      const opener = OPENERS.has(token.norm);
      const closes = gap.includes(')') && !gap.includes('(') && resumed !== null;
      const breaks = HARD_BREAK.test(gap) || (gap.includes(',') && (subordinate || opener || RELATIVES.has(token.norm)) && !(joinWhere && token.norm === 'where'));
      if (closes && !BREAK_AFTER_ASIDE.test(gap.slice(gap.indexOf(')')))) {
        clause = resumed!;
        resumed = null;
      } else if (breaks) {
        if (gap.includes('(') && !gap.includes(')')) resumed = clause;
        else if (closes) resumed = null;
        clause = ++next;
        subordinate = SUBORDINATORS.has(token.norm);
      }
    }
    numbers.push(clause);
  });
  cache.set(unit, numbers);
  return numbers;
}

export interface RelationInput {
  units: SentenceUnit[];
  /** Passage positions of the span's tokens (counted across the passage, +1 between sentences). */
  span: number[];
  /** Per term, its matched positions in the passage. */
  positions: number[][];
  /** Per term, its matched weight in the passage (importance × credit). */
  weights: number[];
  /** Terms the answer must attach to: the question's event verbs, or its subject. */
  focus: number[];
  /** Only words right next to the span relate (no clause-wide relation): see focus.ts. */
  nearOnly?: boolean;
  /** The span is a pronoun ("He"). */
  pronoun?: boolean;
  /**
   * The question tells no act, only what it asks about ("where is Halvorsen based"): a relative
   * clause that describes those words ("Halvorsen, which is based in Copenhagen") relates to them.
   * (Not with an act: "when did Takaichi become prime minister" is not "Prime Minister Sanae
   * Takaichi, who said earlier this month…" — that date is the saying's.)
   */
  describes?: boolean;
  /** A ", where …" clause belongs to the clause before it (for reasons: see clauseNumbers). */
  joinWhere?: boolean;
  /**
   * The span tells a consequence of the clause before it ("Japan remains a key partner, adding
   * weight to Xi's concern"): that clause is the reason, and what it tells relates to the span.
   */
  consequence?: boolean;
  /**
   * The span is a date: a next sentence opening "Since then," or "Since that summit," tells what
   * has gone on from that date ("…a meeting in Busan on Oct. 30… Since then, China has resumed
   * purchasing U.S. soybeans": when did China resume buying soybeans).
   */
  sinceThen?: boolean;
}

export function relationOf(input: RelationInput): AnswerRelation {
  const at = positionLocator(input.units);
  const locate = clauseLocator(input.units, at, input.joinWhere);
  const spanClauses = new Set(input.span.map(locate));
  const first = Math.min(...input.span);
  const last = Math.max(...input.span);
  // "Sanae Takaichi, who said … a military response from Tokyo": a relative clause right after
  // the span tells of the span, so what it says relates to it ("which leader said Tokyo might respond").
  if (startsRelativeClause(input.units, at(last + 1))) spanClauses.add(locate(last + 1));
  // "Beijing sharply protested the authorization, saying it 'grossly violated'…": a clause opened
  // by a participle of saying shares the subject of the clause before it.
  // (Not for a pronoun: who "He" is, and what he did, is settled with the quote table; see answer-span.ts.)
  if (!input.pronoun) for (const key of participleClausesOf(input.units, at(first), input.joinWhere)) spanClauses.add(key);
  if (input.consequence) {
    const { unit, token } = at(first);
    const clause = clauseNumbers(input.units[unit]!, input.joinWhere)[token] ?? 0;
    if (clause > 0) spanClauses.add(`${unit}:${clause - 1}`);
  }
  // (Only when the "since then" sentence tells the question's focus, and the date's own sentence
  // none of it nor any word of the question the other does not: "a meeting on Oct. 30 … after
  // months of tariff escalations" dates the meeting, not when the escalations began.)
  const spanUnit = at(last).unit;
  const onlyInSpanUnit = (t: number) => (input.positions[t] ?? []).length > 0 && (input.positions[t] ?? []).every((p) => at(p).unit === spanUnit);
  if (input.sinceThen && !input.focus.some((t) => (input.positions[t] ?? []).some((p) => at(p).unit === spanUnit)) && !input.weights.some((w, t) => w > 0 && onlyInSpanUnit(t))) {
    const next = input.units[spanUnit + 1];
    const toldNext = input.focus.some((t) => (input.positions[t] ?? []).some((p) => at(p).unit === spanUnit + 1));
    if (next && toldNext && next.tokens[0]?.norm === 'since' && ['then', 'that', 'this'].includes(next.tokens[1]?.norm ?? '')) {
      const nextUnit = spanUnit + 1;
      for (const clause of new Set(clauseNumbers(next, input.joinWhere))) spanClauses.add(`${nextUnit}:${clause}`);
    }
  }
  const beside = (p: number) => p >= first - NEAR && p <= last + NEAR;
  // "Halvorsen, which is based in Copenhagen": a relative clause tells of the words right before it,
  // so what the span's clause says relates to them ("where is Halvorsen based").
  const antecedent = input.nearOnly || !input.describes ? null : antecedentOf(input.units, at(first), input.joinWhere);
  const related = input.nearOnly ? beside : (p: number) => spanClauses.has(locate(p)) || beside(p) || (antecedent !== null && p >= antecedent.from && p <= antecedent.to);
  let total = 0;
  let near = 0;
  input.weights.forEach((weight, t) => {
    if (weight <= 0) return;
    total += weight;
    if ((input.positions[t] ?? []).some(related)) near += weight;
  });
  const focus =
    input.focus.length === 0 ? null : input.focus.some((t) => (input.weights[t] ?? 0) > 0 && (input.positions[t] ?? []).some(related));
  return { share: total > 0 ? near / total : 0, focus };
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** Participles that open a clause whose subject is the subject of the clause before ("…, saying"). */
const SHARED_SUBJECT_OPENERS = new Set(['saying', 'adding', 'urging', 'arguing', 'asserting', 'warning', 'calling', 'citing']);

/**
 * When the span opens its clause (its subject), the clause keys (see clauseLocator) of the
 * participle clauses that follow it in its sentence.
 */
function participleClausesOf(units: SentenceUnit[], { unit, token }: TokenAt, joinWhere = false): string[] {
  const sentence = units[unit];
  if (!sentence) return [];
  const clauses = clauseNumbers(sentence, joinWhere);
  const clause = clauses[token];
  if (clause === undefined) return [];
  // The subject opens its clause, behind at most an article or the capitalised words of a title
  // ("Chinese President Xi Jinping"): not "He added that 'China…'".
  const text = sentence.paragraph.text.slice(sentence.start, sentence.end);
  const lead = sentence.tokens.slice(clauses.indexOf(clause), token);
  if (!lead.every((word) => ARTICLES.has(word.norm) || /^\p{Lu}/u.test(text.slice(word.start, word.end)))) return [];
  const keys: string[] = [];
  sentence.tokens.forEach((word, i) => {
    if (clauses[i]! > clause && clauses[i - 1] !== clauses[i] && SHARED_SUBJECT_OPENERS.has(word.norm)) keys.push(`${unit}:${clauses[i]}`);
  });
  return keys;
}

function startsRelativeClause(units: SentenceUnit[], { unit, token }: TokenAt): boolean {
  const word = units[unit]?.tokens[token];
  // ("In December 2022, when FBI agents searched his office": the clause tells of the date.)
  return word !== undefined && (RELATIVES.has(word.norm) || word.norm === 'when');
}

/** Words a relative clause may tell of before it: the noun phrase's last few words. */
const ANTECEDENT_WORDS = 3;

/**
 * When the span stands in a relative clause set off by a comma (", which is based in…", ", who
 * leads…"), the passage positions of the few words before the comma, in the clause before it.
 */
function antecedentOf(units: SentenceUnit[], { unit, token }: TokenAt, joinWhere = false): { from: number; to: number } | null {
  const sentence = units[unit];
  if (!sentence) return null;
  const clauses = clauseNumbers(sentence, joinWhere);
  const opener = clauses.indexOf(clauses[token] ?? -1);
  const word = sentence.tokens[opener];
  if (opener <= 0 || !word || !RELATIVES.has(word.norm) || word.norm === 'that') return null;
  const text = sentence.paragraph.text.slice(sentence.start, sentence.end);
  if (!text.slice(sentence.tokens[opener - 1]!.end, word.start).includes(',')) return null;
  let offset = 0;
  for (let u = 0; u < unit; u++) offset += units[u]!.tokens.length + 1;
  let from = opener - 1;
  while (from > 0 && opener - from < ANTECEDENT_WORDS && clauses[from - 1] === clauses[opener - 1]) from--;
  return { from: offset + from, to: offset + opener - 1 };
}

/** A sentence's index in a passage's `units`, and a token's index in that sentence. */
export interface TokenAt {
  unit: number;
  token: number;
}

/**
 * Maps a passage position (counted across the passage, +1 between sentences) to its sentence's
 * index in `units` and its token's index in that sentence.
 */
export function positionLocator(units: SentenceUnit[]): (position: number) => TokenAt {
  const starts: number[] = [];
  let offset = 0;
  for (const unit of units) {
    starts.push(offset);
    offset += unit.tokens.length + 1;
  }
  return (position) => {
    let u = starts.length - 1;
    while (u > 0 && starts[u]! > position) u--;
    return { unit: u, token: position - starts[u]! };
  };
}

/** Maps a passage position to a passage-wide clause key (sentence, clause). */
export function clauseLocator(units: SentenceUnit[], at: (position: number) => TokenAt, joinWhere = false): (position: number) => string {
  return (position) => {
    const { unit, token } = at(position);
    return `${unit}:${clauseNumbers(units[unit]!, joinWhere)[token] ?? -1}`;
  };
}

/** Maps a passage position to the index of its sentence in `units`. */
export function sentenceOf(units: SentenceUnit[]): (position: number) => number {
  const at = positionLocator(units);
  return (position) => at(position).unit;
}
