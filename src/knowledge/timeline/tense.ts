/**
 * The tense of the verb a date belongs to, read from nearby words. It only ever bends a choice
 * the date leaves open (which year's `Oct. 30`, which `Thursday`), so a light touch is enough:
 * the first cue to the left within the date's clause, else the first to the right, else the
 * nearest cue elsewhere in the sentence.
 */
import type { Direction } from './expressions.ts';

type Cue = Direction | 'present';

interface Word {
  /** Lower case, curly apostrophes straightened. */
  text: string;
  /** As written: `May` the month is not `may` the modal. */
  raw: string;
  start: number;
  end: number;
}

const FUTURE_AUXILIARIES = new Set(['will', 'shall', 'would', 'could', 'might', 'may', 'should', 'can', 'must']);
/** Words that put what follows in the future, even in a past-tense sentence (`she expected the wells to be drilled by June`). */
const FUTURE_WORDS = new Set([
  'upcoming', 'scheduled', 'slated', 'planned', 'plan', 'plans', 'planning', 'expect', 'expects', 'expected', 'expecting',
  'intend', 'intends', 'intended', 'aim', 'aims', 'hope', 'hopes', 'poised', 'forthcoming', 'next',
  // `More rain is forecast for Wednesday`: a forecast looks ahead, noun or verb.
  'forecast', 'forecasts',
]);
/** Future only before `to`/`for`: `set to`, `due for`, `vowed to`. */
const FUTURE_BEFORE_TO = new Set(['set', 'due', 'going', 'vowed', 'pledged', 'promised', 'threatened', 'agreed', 'ready']);
/**
 * Present-tense verbs of timetables: `the law takes effect July 1`, `the tour opens on May 3`,
 * `City travel to Anfield on Sunday` all look ahead.
 */
const SCHEDULE_VERBS = new Set(
  ('opens begins starts ends runs takes returns expires closes resumes launches arrives departs travels travel plays hosts ' +
    'faces meets visits convenes reopens debuts premieres airs kicks lands concludes wraps heads goes comes votes holds reconvenes ' +
    'testifies appears')
    .split(' '),
);
/**
 * Base forms of timetable verbs, for plural subjects (`Tickets go on sale Monday`, `talks resume Friday`).
 * Only verbs that are rarely nouns or adjectives right before a date (`vote`, `open`, `close`, `end` are left
 * out: `a unanimous vote Monday`, `stayed open Monday`). After `to`, a modal or `did`, they are infinitives.
 */
const SCHEDULE_BASE_VERBS = new Set('go begin meet arrive depart play host visit convene reconvene resume reopen expire conclude testify'.split(' '));
/**
 * Timetable verbs that are as often adjectives or nouns (`stayed open Monday`, `a close vote`): a timetable
 * only right after a clause-opening subject (`Preorders open Wednesday`, `The polls close Tuesday`).
 */
const SUBJECT_LED_VERBS = new Set(['open', 'close']);
const NOT_FINITE_BEFORE = new Set(['to', 'did', "didn't", 'do', 'does', 'let', 'not']);
const PAST_WORDS = new Set(['was', 'were', 'had', 'did', 'ago', 'earlier', 'previously', 'formerly']);
const PRESENT_WORDS = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do']);
/** Common irregular simple-past forms (participle-only forms like `written` are adjectives as often as verbs). */
const IRREGULAR_PAST = new Set(
  ('said told held met came went made took gave began won lost left sent saw found became brought thought kept paid ran sold ' +
    'struck rose fell grew spoke chose drew flew knew threw broke led bought caught fought taught sought stood understood ' +
    'wrote drove ate hit put cut quit shut spread struck swore tore wore woke felt heard meant built spent lent sat fled ' +
    'forgave forgot froze hung lay rode rang sang sank shook slept slid stole stuck stung swept swung wound withdrew overtook')
    .split(' '),
);
/** Words ending in -ed that are not past tenses. */
const NOT_PAST_ED = new Set(['need', 'feed', 'speed', 'seed', 'bed', 'red', 'shed', 'proceed', 'exceed', 'succeed', 'indeed', 'hundred', 'breed', 'greed', 'bleed', 'weed', 'creed', 'deed', 'reed', 'embed', 'steed', 'united']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'every', 'each', 'newly']);
const PREPOSITIONS = new Set(['of', 'in', 'for', 'with', 'by', 'on', 'at', 'from', 'to', 'about', 'into', 'over', 'under', 'than', 'as', 'like', 'and', 'or']);
/** Before these an -ed word is an adjective or a passive: `to be drilled`, `remain closed`. */
const BE_FORMS = new Set(
  'be been being is are am get gets got getting become becomes became remain remains remained stay stays stayed seem seems seemed appear appears appeared look looks looked'.split(' '),
);
/** Before these, `cut`, `hit`, `spread` are nouns: `its first cut in 18 months`, `a big hit`. */
const NOUN_MODIFIERS = new Set('first second third fourth last latest next new big biggest deep deeper sharp steep major rate tax'.split(' '));
const PERFECT_OR_PAST_AUX = new Set(['has', 'have', 'had', 'was', 'were']);
const PRONOUNS_WITH_IS = new Set(['it', 'he', 'she', 'that', 'there', 'what', 'who', 'here']);
/** Words that open a new clause: the date's verb is not on the other side of them. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'although', 'though', 'if', 'unless', 'whereas']);
const CLAUSE_PUNCTUATION = /[,;:()\u2014\u2013"“”]/;

function wordsOf(sentence: string): Word[] {
  const words: Word[] = [];
  for (const m of sentence.matchAll(/[A-Za-z]+(?:['’][A-Za-z]+)?/g)) {
    const start = m.index;
    words.push({ text: m[0].toLowerCase().replace(/’/g, "'"), raw: m[0], start, end: start + m[0].length });
  }
  return words;
}

/** The cue word `i` gives, if any. */
function cueOf(words: Word[], i: number): Cue | undefined {
  const word = words[i]?.text ?? '';
  const prev = words[i - 1]?.text ?? '';
  const next = words[i + 1]?.text ?? '';
  if (word.endsWith("'ll") || word === "won't") return 'future';
  if (word.endsWith("n't")) {
    const base = word.slice(0, -3).replace(/^wo$/, 'will').replace(/^ca$/, 'can');
    return cueOf([{ text: base, raw: base, start: 0, end: 0 }], 0);
  }
  if (word.endsWith("'s")) return PRONOUNS_WITH_IS.has(word.slice(0, -2)) ? 'present' : undefined;
  if (FUTURE_AUXILIARIES.has(word) && words[i]?.raw !== 'May') return 'future';
  if (FUTURE_WORDS.has(word) || (FUTURE_BEFORE_TO.has(word) && (next === 'to' || next === 'for'))) {
    // `was scheduled for Oct. 30` looks back at a plan: the date may well have passed.
    return prev === 'was' || prev === 'were' || prev === 'had' ? 'past' : 'future';
  }
  if (word.endsWith('ing') && (prev === 'is' || prev === 'are' || prev === 'am')) return 'future'; // `is meeting Monday`
  if (SCHEDULE_VERBS.has(word) && !DETERMINERS.has(prev)) return 'future';
  if (SCHEDULE_BASE_VERBS.has(word)) {
    const finite = !DETERMINERS.has(prev) && !NOT_FINITE_BEFORE.has(prev) && !FUTURE_AUXILIARIES.has(prev) && !BE_FORMS.has(prev);
    return finite ? 'future' : undefined;
  }
  if (SUBJECT_LED_VERBS.has(word)) {
    const subject = words[i - 1];
    const beforeSubject = words[i - 2]?.text;
    const subjectLed =
      subject !== undefined && !DETERMINERS.has(prev) && !NOT_FINITE_BEFORE.has(prev) && !FUTURE_AUXILIARIES.has(prev) && !BE_FORMS.has(prev) &&
      cueOf(words, i - 1) === undefined && (beforeSubject === undefined || DETERMINERS.has(beforeSubject));
    return subjectLed ? 'future' : undefined;
  }
  if (PAST_WORDS.has(word)) return 'past';
  if (PRESENT_WORDS.has(word)) return 'present';
  const pastForm = IRREGULAR_PAST.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word));
  if (!pastForm) return undefined;
  if (prev === 'to' || FUTURE_AUXILIARIES.has(prev)) return undefined; // `could cut`, `to hit`: a base form; the modal decides
  const beforePrev = words[i - 2]?.text ?? '';
  if ((prev === 'have' || prev === 'be') && FUTURE_AUXILIARIES.has(beforePrev)) return 'future'; // `would have banned … starting Jan. 1`
  if (PERFECT_OR_PAST_AUX.has(prev)) return 'past'; // `has resumed`, `had sued`, `was delayed`
  // `sensors that began operating in March`, `the plan that failed in May`: `that` is a relative pronoun, not a determiner.
  if (prev === 'that' && (IRREGULAR_PAST.has(word) || PREPOSITIONS.has(next) || next === '')) return 'past';
  // `to be drilled`, `a revised offer`, `the sale of flavored products`: an adjective or a passive, not a finite verb.
  if (BE_FORMS.has(prev) || DETERMINERS.has(prev) || PREPOSITIONS.has(prev) || NOUN_MODIFIERS.has(prev)) return undefined;
  return 'past';
}

/** True when a clause boundary lies between sentence offsets `from` and `to`. */
function boundaryBetween(sentence: string, words: Word[], from: number, to: number): boolean {
  if (CLAUSE_PUNCTUATION.test(sentence.slice(from, to))) return true;
  return words.some((w) => w.start >= from && w.end <= to && CLAUSE_OPENERS.has(w.text));
}

const CONDITIONALS = new Set(['if', 'unless']);
/** Plan words that open a participial phrase: `A previous trial date, set for Feb. 10, was vacated`. */
const PLAN_PARTICIPLES = new Set(['set', 'scheduled', 'slated', 'planned', 'due', 'expected']);

/**
 * True when the future cue at word `i` is a plan participle set off by commas (`X, set for Feb. 10, was
 * vacated`) and the sentence's own verb after the phrase is past: the plan was made, and dropped, before now.
 */
function reducedRelativeInPast(sentence: string, words: Word[], i: number, dateEnd: number): boolean {
  const word = words[i];
  if (!word || !PLAN_PARTICIPLES.has(word.text)) return false;
  const before = sentence.slice(words[i - 1]?.end ?? 0, word.start);
  if (!before.includes(',')) return false;
  const close = sentence.indexOf(',', dateEnd);
  if (close < 0) return false;
  const next = words.findIndex((w) => w.start > close);
  if (next < 0) return false;
  for (let j = next; j < Math.min(words.length, next + 3); j++) {
    const cue = cueOf(words, j);
    if (cue) return cue === 'past';
  }
  return false;
}

/**
 * Direction of the verb governing the date at `[start, end)` of `sentence`, or undefined when
 * the sentence gives no usable cue (present tense, no verb).
 */
export function tenseAt(sentence: string, start: number, end: number): Direction | undefined {
  const words = wordsOf(sentence);
  const left = words.map((_, i) => i).filter((i) => (words[i]?.end ?? 0) <= start).reverse();
  const right = words.map((_, i) => i).filter((i) => (words[i]?.start ?? 0) >= end);
  const inClause = (i: number): boolean => {
    const w = words[i];
    if (!w) return false;
    return w.end <= start ? !boundaryBetween(sentence, words, w.end, start) && !CLAUSE_OPENERS.has(w.text) : !boundaryBetween(sentence, words, end, w.start);
  };
  for (const side of [left, right]) {
    for (const i of side) {
      if (!inClause(i)) {
        // `If the strike continues into the weekend, …`: a condition with no tense of its own looks ahead.
        if (side === left && CONDITIONALS.has(words[i]?.text ?? '')) return 'future';
        break;
      }
      const cue = cueOf(words, i);
      if (cue === 'future' && side === left && reducedRelativeInPast(sentence, words, i, end)) return 'past';
      if (cue) return cue === 'present' ? undefined : cue;
    }
  }
  // An introductory date (`On Monday, the company said …`): the nearest real cue in the sentence, but not
  // across a semicolon, and only when the date's clause is too short to hold a verb of its own.
  const clauseWords = [...left, ...right].filter(inClause).length;
  if (clauseWords > 3) return undefined;
  let best: { direction: Direction; distance: number } | undefined;
  for (const [side, distanceOf] of [
    [left, (w: Word): number => start - w.end],
    [right, (w: Word): number => w.start - end],
  ] as const) {
    for (const i of side) {
      const cue = cueOf(words, i);
      const w = words[i];
      if (!w || sentence.slice(Math.min(w.end, start), Math.max(w.start, end)).includes(';')) break;
      if (!cue || cue === 'present') continue;
      if (!best || distanceOf(w) < best.distance) best = { direction: cue, distance: distanceOf(w) };
      break;
    }
  }
  return best?.direction;
}
