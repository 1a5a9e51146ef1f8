/**
 * Splits a paragraph into verbatim sentences, tuned for news writing.
 *
 * A sentence ends at `.`, `!`, `?` or an ellipsis (plus any closing quotes or brackets right
 * after it) when whitespace and a capital letter, a digit or an opening quote follow. Three
 * things keep a boundary from being one:
 * - the next word starts in lowercase (`5 p.m. on Monday`, `"Why?" he asked`);
 * - the period belongs to an abbreviation: titles before names never end a sentence
 *   (`Sen. Warren`); abbreviations that also end sentences (`U.S.`, `Inc.`, initials, `Oct.`)
 *   end one only when the next word is one that typically opens a sentence (`The`, `He`, `But`),
 *   so `U.S. President Trump` and `J. K. Rowling` stay whole while `…to the U.S. The deal…` splits;
 * - the period is inside a quotation that goes on to an attribution (`"We won. We will win
 *   again," he said.` is one sentence), or the quotation is followed by one (`"Why?" Lin said.`).
 */
import type { Sentence } from './types.ts';

const TERMINATOR_RUNS = /[.!?…]+/g;
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', '»']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '{', '«']);
const WHITESPACE = /\s/;
/** Can open a sentence: a capital or caseless letter (CJK), a digit, a currency sign. */
const SENTENCE_OPENING = /[\p{Lu}\p{Lt}\p{Lo}\p{Nd}\p{Sc}]/u;
/** Dotted acronyms without their last period: `U.S`, `a.m`, `Ph.D`, `W.Va`. */
const DOTTED_ACRONYM = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;
const INITIAL = /^\p{Lu}$/u;

export function splitSentences(text: string, paragraph: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const end of [...sentenceEnds(text), text.length]) {
    let s = start;
    while (s < end && WHITESPACE.test(text[s] ?? '')) s++;
    let e = end;
    while (e > s && WHITESPACE.test(text[e - 1] ?? '')) e--;
    if (e > s) sentences.push({ text: text.slice(s, e), paragraph, index: sentences.length, start: s, end: e });
    start = end;
  }
  return sentences;
}

/** Offsets just after each sentence that is followed by another one. */
function sentenceEnds(text: string): number[] {
  const quotes = text.includes('"') || text.includes('“') ? quotationSpans(text) : [];
  const ends: number[] = [];
  for (const run of text.matchAll(TERMINATOR_RUNS)) {
    const runStart = run.index;
    const runEnd = runStart + run[0].length;
    let end = runEnd;
    while (end < text.length && CLOSERS.has(text[end] ?? '')) end++;
    if (end < text.length && WHITESPACE.test(text[end] ?? '') && isBoundary(text, runStart, runEnd, end, quotes)) ends.push(end);
  }
  return ends;
}

interface NextWord {
  /** The word with surrounding punctuation stripped (`"The` → `The`). */
  word: string;
  /** The raw token, punctuation included. */
  raw: string;
  afterOpener: boolean;
  first: string;
}

const NEXT_TOKEN = /\s*(\S+)/y;

function nextWord(text: string, from: number): NextWord | undefined {
  NEXT_TOKEN.lastIndex = from;
  const raw = NEXT_TOKEN.exec(text)?.[1];
  if (!raw) return undefined;
  let k = 0;
  while (k < raw.length && OPENERS.has(raw[k] ?? '')) k++;
  const word = raw.slice(k).replace(/[^\p{L}\p{N}'’]+$/u, '');
  return { word, raw, afterOpener: k > 0, first: raw[k] ?? '' };
}

function isBoundary(text: string, runStart: number, runEnd: number, end: number, quotes: Span[]): boolean {
  const next = nextWord(text, end);
  if (!next || !SENTENCE_OPENING.test(next.first)) return false;
  if (quotes.some((q) => q.open < runStart && q.close >= end && q.continues)) return false;
  if (end > runEnd && isQuoteCloser(text[end - 1] ?? '') && startsAttribution(text, end)) return false;
  if (text.slice(runStart, runEnd) !== '.') return true;

  const token = tokenBefore(text, runStart);
  if (NEVER_ENDS.has(token)) return false;
  if (isAmbiguousAbbreviation(token)) {
    if (INITIAL.test(next.word) && next.raw === `${next.word}.`) return false; // `J. K. Rowling`
    return next.afterOpener || SENTENCE_STARTERS.has(next.word.toLowerCase());
  }
  return true;
}

function isAmbiguousAbbreviation(token: string): boolean {
  return ENDS_ONLY_BEFORE_A_STARTER.has(token) || DOTTED_ACRONYM.test(token) || INITIAL.test(token);
}

/** The word a period is attached to, without leading brackets or quotes: `(U.S.` → `U.S`. */
function tokenBefore(text: string, period: number): string {
  let s = period;
  while (s > 0 && !WHITESPACE.test(text[s - 1] ?? '')) s--;
  return text.slice(s, period).replace(/^[^\p{L}\p{N}]+/u, '');
}

function isQuoteCloser(c: string): boolean {
  return c === '"' || c === '”' || c === "'" || c === '’';
}

/** `Lin Jian said.` / `Xi added,`: up to four capitalised words, then a speech verb that ends the clause. */
function startsAttribution(text: string, from: number): boolean {
  const m = /^\s+((?:[\p{Lu}][\p{L}'’.-]*\s+){1,4})(\p{Ll}+)([.,;:]|$)/u.exec(text.slice(from, from + 120));
  return m !== null && SPEECH_VERBS.has(m[2] ?? '');
}

interface Span {
  open: number;
  close: number;
  /** The quotation closes with a comma or dash: its sentence goes on (`…," he said`). */
  continues: boolean;
}

/** Double-quoted spans: curly quotes pair by nesting, straight quotes pair in order. Unclosed ones are ignored. */
function quotationSpans(text: string): Span[] {
  const spans: Span[] = [];
  const curly: number[] = [];
  let straight = -1;
  const add = (open: number, close: number): void => {
    spans.push({ open, close, continues: /[,—–-]/.test(text[close - 1] ?? '') });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') curly.push(i);
    else if (c === '”') {
      const open = curly.pop();
      if (open !== undefined) add(open, i);
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        add(straight, i);
        straight = -1;
      }
    }
  }
  return spans;
}

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Written only before a name or a continuation: never the last word of a sentence. Case-sensitive. */
const NEVER_ENDS = words(`
  Mr Mrs Ms Mx Messrs Mmes Dr Drs Prof Gov Govs Sen Sens Rep Reps Gen Gens Lt Col Maj Capt Cmdr Adm
  Sgt Cpl Pvt Rev Msgr Fr Hon Pres Supt Insp Det Atty Amb vs v e.g i.e cf viz approx`);

/**
 * Abbreviations that may also end a sentence (besides dotted acronyms and initials):
 * months and `No.` (before numbers), company and name suffixes, street words, U.S. state abbreviations.
 */
const ENDS_ONLY_BEFORE_A_STARTER = words(`
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos p pp Vol Fig Art Sec Ch
  Inc Corp Ltd Co Cos Bros Jr Sr St Ave Rd Blvd Mt Ft Dept Univ Assn
  Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
  Neb Nev Okla Ore Pa Penn Tenn Tex Vt Va Wash Wis Wyo`);

/** Words that typically open a sentence (lowercase): function words and sentence adverbs, never names. */
const SENTENCE_STARTERS = words(`
  the a an this that these those it its it's he she they we i you his her their our my your there here
  in on at for from with by after before during since until when whenever while if as but and or nor so
  yet still however meanwhile also then now later earlier last next some many most much both all each
  every such what who whom whose which where why how according despite although though because instead
  even other another one no not only more several few neither either once under over among between
  without within about against into through amid following separately elsewhere further furthermore
  moreover indeed thus therefore otherwise first finally today yesterday tomorrow asked`);

/** Verbs that close an attribution after a quotation: `"Why?" Lin Jian said.` */
const SPEECH_VERBS = words(`
  said says asked asks added adds told tells wrote writes replied replies explained noted continued
  insisted warned argued declared shouted recalled acknowledged stressed urged responded answered`);
