/**
 * Checks that a passage tells what a question's form asks for, beyond holding the right kind of
 * span: "which X" needs the passage to say which, "how did X respond" needs X to act, a choice
 * between parties needs the event told as a verb, and a date must be as precise as asked.
 */
import type { QuestionPlan } from '../analysis/question.ts';
import type { SentenceUnit } from '../passages.ts';
import { namesAKindOf } from '../lexicon/news-synonyms.ts';
import { isTitle } from '../lexicon/titles.ts';
import { baseForms, isMostlyVerb, isOnlyAdverb } from '../lexicon/wordnet.ts';
import { isStopWord } from '../text/stopwords.ts';
import type { Token } from '../text/tokenize.ts';
import { positionLocator } from './answer-relation.ts';
import { isLightVerb } from './focus.ts';

const BEFORE_OBJECT = new Set(['on', 'to', 'from', 'against', 'with', 'over', 'of', 'between', 'at', 'in', 'by', 'for', 'toward', 'towards', 'about']);
const AUXILIARY = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'may', 'might', 'should', 'also', 'not', 'quickly', 'swiftly', 'sharply', 'later', 'then']);
/** Verbs that link a subject to what it is: "Japan remains a partner". */
export const LINKING = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'remain', 'remains', 'remained', 'seem', 'seems', 'seemed', 'become', 'becomes', 'became']);

/**
 * "How did Japan respond": the one who reacts must act in the passage — the subject of a verb
 * ("China denounced the remarks", "Taiwan's government rejects Beijing's claim", "shares fell"),
 * not named after a preposition ("a response from Tokyo", "an attack on Taiwan") nor only
 * described ("Japan remains a partner").
 */
export function actsIn(units: SentenceUnit[], reactor: number[], reaction: number[] = []): boolean {
  const at = positionLocator(units);
  // (Where the text tells the reaction itself, in that sentence: "Taiwan's foreign ministry announced…
  // Beijing sharply protested" is Beijing's reaction, not the ministry's.)
  const reactedIn = new Set(reaction.map((p) => at(p).unit));
  return reactor.some((p) => {
    const { unit: u, token: i } = at(p);
    if (reactedIn.size > 0 && !reactedIn.has(u)) return false;
    const unit = units[u]!;
    const text = unit.paragraph.text.slice(unit.start, unit.end);
    const tokens = unit.tokens;
    const gap = (a: number, b: number) => text.slice(tokens[a]!.end, tokens[b]!.start);
    // Named as an object: a preposition a few words before, in the same phrase ("between Beijing and Tokyo").
    for (let k = i - 1; k >= Math.max(0, i - 3) && !/[,;:]/.test(gap(k, k + 1)); k--) if (BEFORE_OBJECT.has(tokens[k]!.norm)) return false;
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
      if (/[,;:()]/.test(gap(k - 1, k))) return false;
      const norm = tokens[k]!.norm;
      if (LINKING.has(norm) || BEFORE_OBJECT.has(norm)) return false;
      if (AUXILIARY.has(norm) || norm.endsWith('ly')) continue;
      // (Holding a call is no reaction: where the text does not tell it, "how did Trump respond" is
      // not answered by "Trump and Xi held a phone call".)
      if (!tokens[k]!.capitalized && (isMostlyVerb(norm) || (norm.endsWith('ed') && baseForms(norm, 'v').length > 0))) return reactedIn.size > 0 || !isLightVerb(norm);
    }
    return false;
  });
}

/** Whether one of the event's matches in this sentence is a verb ("initiated"), not a noun ("initiative"); true without event words. */
export function eventAsVerb(unit: SentenceUnit, offset: number, events: number[]): boolean {
  if (events.length === 0) return true;
  return events.some((p) => {
    const token = unit.tokens[p - offset];
    return token !== undefined && (isMostlyVerb(token.norm) || token.norm.endsWith('ed')) && !inNounPhrase(unit.tokens, p - offset);
  });
}

const NOUN_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'our', 'my', 'your']);

/**
 * "The post-war international order", "the order": a word after a determiner, a possessive or an
 * adjective is a noun, however often it is a verb elsewhere ("who placed the call" is not told by it).
 */
function inNounPhrase(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (!before) return false;
  if (NOUN_OPENERS.has(before.norm)) return true;
  return baseForms(before.norm, 'a').length > 0 && baseForms(before.norm, 'v').length === 0 && !isStopWord(before.norm);
}

/** Nouns whose "which" asks what it is: a stance, a role, a purpose. */
const STANCE_NOUNS = new Set(['position', 'positions', 'stance', 'view', 'views', 'opinion', 'attitude', 'policy', 'approach', 'role', 'purpose', 'goal', 'aim', 'objective']);

/** Words after a noun that introduce which one it is: "tariffs on goods such as steel", "a deal called X". */
const NAMING_AFTER = new Set(['called', 'named', 'dubbed', 'including', 'like', 'such']);
/** Words that open a clause saying which one a noun is: "any initiative that could…", "a plan aimed at…". */
const QUALIFYING_AFTER = new Set(['that', 'which', 'aimed', 'designed', 'meant', 'intended']);
const WHICH_PREPOSITIONS = new Set(['in', 'on', 'over', 'of', 'with', 'between', 'against', 'from', 'at']);
/** A match at least this good is the thing the question names (a word, typo, other name or news synonym). */
const WHICH_QUALITY = 0.6;
/** Below this, a match is only a distant dictionary relation ("product" ~ "leader", a loss leader). */
const LOOSE_QUALITY = 0.4;
/** "Which exact / specific / precise X": how precisely X is asked for. */
const PRECISELY = new Set(['exact', 'specific', 'precise', 'particular', 'actual']);
/** Words before a noun that say there are some without saying which: "certain tariffs", "various measures". */
const UNSPECIFIED = new Set(['certain', 'some', 'various', 'several', 'unspecified', 'unnamed', 'undisclosed', 'other', 'any']);
/** Nouns for any person in public life, which a named, titled person answers. */
const PERSON_ROLES = new Set(['official', 'officials', 'leader', 'leaders', 'politician', 'politicians', 'figure', 'figures', 'person', 'people', 'diplomat', 'diplomats']);

/**
 * "Which fighter jets are the components for", "which tariffs did the US reduce": the passage must
 * say which — a name, number or capitalised word with the noun ("the Ukraine conflict", "World War
 * II", "F-16 jets", "the one-China principle", "the consumer router business", "tariffs on goods such
 * as steel"). "Certain tariffs" and "fighter jet components" say there are some, not which.
 */
export function identifiesWhich(plan: QuestionPlan, units: SentenceUnit[], positions: number[][], qualities: number[], matchQuality?: ((stem: string) => number)[]): boolean {
  // The noun phrase after "which", up to a possessor ("which Japanese politician's remarks" asks which politician).
  const noun: number[] = [];
  // (An adverb ends it too: "which spokesperson publicly condemned…".)
  // ("Which exact fighter jet": how precisely it is asked, not a word of the thing, though "exact" may be a verb.)
  const start = PRECISELY.has(plan.terms[0]?.norm ?? '') ? 1 : 0;
  // ("Which navy ship joined…": a word that may be a verb is the phrase's noun when the verb comes right after it.)
  // (Only in a phrase that opens the question: in "China resumed buying which product", "resumed" is the verb.)
  const opensQuestion = plan.terms[start]?.position === start + 1;
  const verbNext = (t: number) => opensQuestion && plan.terms[t + 1]?.verb === true && plan.terms[t + 1]!.position === plan.terms[t]!.position + 1;
  for (let t = start; t < plan.terms.length && (!plan.terms[t]!.verb || (t > start && verbNext(t))) && !isOnlyAdverb(plan.terms[t]!.norm); t++) {
    if (t > 0 && plan.terms[t]!.position !== plan.terms[t - 1]!.position + 1) break;
    noun.push(t);
    if (/['’]s?$/.test(plan.terms[t]!.typed)) break;
  }
  const head = noun[noun.length - 1];
  if (head === undefined) return true;
  // "Which position does the US have on…": what the stance is, not which of several named ones.
  if (STANCE_NOUNS.has(plan.terms[head]!.norm)) return true;
  // "Which Japanese official's statements": a titled name ("Prime Minister Sanae Takaichi") says
  // which official, though the text never calls her one.
  if ((qualities[head] ?? 0) === 0 && PERSON_ROLES.has(plan.terms[head]!.norm)) return units.some((u) => u.tokens.some((t, i) => isTitle(t.norm) && u.tokens[i + 1]?.capitalized === true));
  const locate = positionLocator(units);
  // "Which agricultural commodity…" → "soybeans": the text names a kind of the thing, which says
  // which (and the phrase's words may share that one word).
  const wordAt = (p: number) => { const at = locate(p); return units[at.unit]?.tokens[at.token]?.norm ?? ''; };
  // (Not one the text leaves vague: "which levies" is not answered by "certain tariffs".)
  const vague = (p: number) => { const at = locate(p); return UNSPECIFIED.has(units[at.unit]?.tokens[at.token - 1]?.norm ?? ''); };
  if (noun.some((t) => (positions[t] ?? []).some((p) => !vague(p) && (namesAKindOf(plan.terms[head]!.norm, wordAt(p)) || namesAKindOf(plan.terms[t]!.norm, wordAt(p)))))) return true;
  // "Which fighter jet model": a passage that never names a model does not say which.
  if ((qualities[head] ?? 0) === 0) return false;
  // The head's own match, before the phrase checks halve it for a qualifier the text lacks ("which specific tariffs").
  const own = matchQuality?.[head] ? Math.max(0, ...(positions[head] ?? []).map((p) => { const at = locate(p); return matchQuality[head]!(units[at.unit]!.tokens[at.token]!.stem); })) : 0;
  const headQuality = Math.max(qualities[head] ?? 0, own);
  // ("Which products…" and "leaders": a loose dictionary relation is no mention of the thing at all.)
  if (headQuality < LOOSE_QUALITY) return false;
  if (headQuality < WHICH_QUALITY) return true;
  const asked = new Set(plan.terms.map((term) => term.stem));
  const phrase = new Set(noun.flatMap((t) => positions[t] ?? []));
  const identifies = (token: Token | undefined) =>
    token !== undefined && !asked.has(token.stem) && ((token.capitalized && token.position > 0) || /\d/.test(token.norm));
  // A noun before the noun says which, as a name does ("the consumer router business", "steel
  // tariffs"); an adjective ("certain tariffs", "new rules") does not.
  const nounModifier = (token: Token | undefined) =>
    token !== undefined && !asked.has(token.stem) && !isStopWord(token.norm) && baseForms(token.norm, 'n').length > 0 && baseForms(token.norm, 'a').length === 0 && !isMostlyVerb(token.norm);
  return (positions[head] ?? []).some((p) => {
    const { unit: u, token: i } = locate(p);
    const unit = units[u]!;
    const offset = p - i;
    const text = unit.paragraph.text.slice(unit.start, unit.end);
    // Only where the text names the thing itself ("components" for "parts"), not something loosely related ("pressure point").
    if (matchQuality && (matchQuality[head]?.(unit.tokens[i]!.stem) ?? 0) < WHICH_QUALITY) return false;
    // The noun phrase as written: the matched words around the head ("fighter jet").
    let first = i;
    while (first > 0 && phrase.has(offset + first - 1)) first--;
    const before = unit.tokens[first - 1];
    const inName = unit.tokens[i]!.capitalized && i > 0;
    const after = unit.tokens[i + 1];
    const gap = after ? text.slice(unit.tokens[i]!.end, after.start) : '';
    // "Prime Minister Sanae Takaichi", "the spokesperson, Lin Jian,", "the conflict in Ukraine",
    // "tariffs on Chinese steel": a name after the noun, or after a preposition, says which, too.
    const afterPreposition = after && WHICH_PREPOSITIONS.has(after.norm) ? unit.tokens[i + (unit.tokens[i + 2]?.norm === 'the' ? 3 : 2)] : undefined;
    const named =
      after && (NAMING_AFTER.has(after.norm) ? identifies(unit.tokens[i + (after.norm === 'such' ? 3 : 2)]) : (/^\s*,?\s*$/.test(gap) && identifies(after)) || identifies(afterPreposition));
    // ("Fighter jet components": a compound before the noun says which, though "jet" alone may be an adjective.)
    const compound = before !== undefined && baseForms(before.norm, 'n').length > 0 && nounModifier(unit.tokens[first - 2]);
    // "The one-China principle", "the zero-debt rule": a hyphened modifier says which, though one of its words is the question's.
    const beforeBefore = unit.tokens[first - 2];
    const joined = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && text.slice(a.end, b.start) === '-';
    const hyphened =
      before !== undefined && ((joined(before, unit.tokens[first]) && !asked.has(before.stem)) || (joined(beforeBefore, before) && !(asked.has(before.stem) && asked.has(beforeBefore!.stem))));
    // "Which initiative does Xi support" → "any initiative that could bring the conflict closer to a
    // negotiated settlement": a clause after the noun says which, when no other word does. ("Which
    // specific peace proposal" asks for one by name.)
    const qualified = start === 0 && after !== undefined && /^\s*$/.test(gap) && QUALIFYING_AFTER.has(after.norm);
    return identifies(before) || nounModifier(before) || compound || hyphened || inName || Boolean(named) || qualified;
  });
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** How precise a date span is, finest first: a day, a week, a month, a year. */
const PRECISION: [RegExp, number][] = [
  [new RegExp(`\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|(?:${MONTHS})\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+(?:${MONTHS})\\b|\\d{1,2}/\\d{1,2})`, 'i'), 0],
  [/\bweek(?:end)?s?\b/i, 1],
  [new RegExp(`\\b(?:${MONTHS}|month)\\b`, 'i'), 2],
  [/\b(?:\d{4}|year)\b/i, 3],
];
const RANK = { day: 0, month: 2, year: 3 } as const;
/** A time of day on the clock: "10 p.m.", "6:30 am", "noon". */
const CLOCK_TIME = /\d\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|\bo'clock\b|\b(?:noon|midnight)\b/i;
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight)\b/i;

/**
 * "What day did she comment" is not answered by "this month", nor "which day of the week" by
 * "Oct. 30"; a date of unknown form is let through.
 */
export function precise(text: string, wanted: keyof typeof RANK | 'weekday'): boolean {
  if (wanted === 'weekday') return WEEKDAY.test(text);
  // ("On what day did she sign it" is not answered by "between 10 p.m. and 6 a.m.": an hour is no day.)
  if (CLOCK_TIME.test(text) && !PRECISION.some(([pattern]) => pattern.test(text))) return false;
  const rank = PRECISION.find(([pattern]) => pattern.test(text))?.[1];
  return rank === undefined || rank <= RANK[wanted];
}

/** Taking back what one said or did: "retract", "apologise", "walk back" (as verb, particle). */
const REVERSAL_VERBS = new Set(['retract', 'withdraw', 'apologize', 'apologise', 'recant', 'rescind', 'revoke', 'backtrack', 'reverse']);
const REVERSAL_NOUNS = new Set(['retraction', 'withdrawal', 'apology', 'apologies', 'reversal', 'u-turn']);
const REVERSAL_PHRASALS = new Set(['take back', 'walk back', 'back down', 'row back', 'climb down', 'back off']);

/** Whether the question's words at `i` (and the next) say a reversal: "retracted", "took back", "apology". */
function reversalAt(words: { norm: string }[], i: number): boolean {
  const word = words[i]!.norm;
  if (REVERSAL_NOUNS.has(word) || baseForms(word, 'v').some((base) => REVERSAL_VERBS.has(base))) return true;
  const next = words[i + 1]?.norm;
  return next !== undefined && baseForms(word, 'v').some((base) => REVERSAL_PHRASALS.has(`${base} ${next}`));
}

/**
 * "Did Takaichi retract her remarks", "has she taken back what she said": whether something was
 * taken back is told only by a passage that speaks of taking it back (or of refusing to). One
 * that only reports the remarks and the anger at them does not say.
 */
export function reversalUntold(plan: QuestionPlan, units: SentenceUnit[]): boolean {
  const asked = plan.terms.some((term, t) => reversalAt([{ norm: term.norm }, { norm: term.particle ?? plan.terms[t + 1]?.norm ?? '' }], 0));
  if (!asked) return false;
  return !units.some((unit) => unit.tokens.some((_, i) => reversalAt(unit.tokens, i)));
}

/** Words a sentence must go on for after a term to explain it. */
const EXPLANATION_WORDS = 3;

/**
 * "What does the one-China principle mean" is not answered by "…grossly violated the one-China
 * principle.": the term must be explained where it stands — its sentence goes on after it
 * ("strategic ambiguity, declining to say whether…").
 */
export function explainedAfter(plan: QuestionPlan, units: SentenceUnit[], positions: number[][]): boolean {
  // (Where the term's last word, its head, stands: "Beijing" of the sentence is no "China" of the term.)
  const head = plan.terms.findLastIndex((t) => t.norm !== 'mean');
  const term = head < 0 ? [] : positions[head] ?? [];
  if (term.length === 0) return true;
  const at = positionLocator(units);
  return term.some((p) => {
    const { unit, token } = at(p);
    return units[unit]!.tokens.length - 1 - token >= EXPLANATION_WORDS;
  });
}
