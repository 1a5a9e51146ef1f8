/**
 * Finds the kinds of thing a question can ask for — a person or organisation, a date, a place,
 * an amount, a duration, a reason, a quotation — in a sentence. Question analysis says which kind
 * a question wants; a passage that has none of it does not answer the question.
 */
import { NAME_BREAK, type Token } from '../text/tokenize.ts';
import { isKnownPlace } from '../lexicon/places.ts';
import { isStopWord } from '../text/stopwords.ts';

export type AnswerKind = 'person' | 'date' | 'time' | 'place' | 'amount' | 'duration' | 'reason' | 'quote' | 'topic';

export type Measure = 'money' | 'percent' | 'quantity' | 'tally';

export interface AnswerSpan {
  kind: AnswerKind;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  text: string;
  /** For people and places: a proper name, not a common noun like "officials". */
  named?: boolean;
  /** For amounts that measure rather than count — what "how much" asks for. */
  measure?: Measure;
  /** A country named outside a place phrase: an answer to "which country", not to "where". */
  country?: boolean;
  /** A name the quote table knows as a person's. */
  known?: boolean;
  /** For a pronoun ("He"): the person it stands for, by the quote table. */
  refersTo?: string;
}

const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen';
const UNIT = 'second|minute|hour|day|night|week|weekend|month|year|decade|century';
const MONTH =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|July|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';

// (Singular too, as a sum is written before what it buys: "a 40 million euro harbour plan".)
// (After a number only: "4.2 million crowns" is money, "the crown" is not.)
const CURRENCY_WORDS = 'dollars?|euros?|pounds?|yen|yuan|renminbi|rupees?|pesos?|francs?|crowns?|kronor|kroner|krona|krone|rand|lira|lire|shekels?|dinars?|dirhams?|riyals?|rials?|ringgit|baht|zloty|forints?|reais|rubles?|roubles?|hryvnias?|naira|shillings?|cedis?|pence|cents?|bucks|quid';
const MEASURES: [Measure, RegExp][] = [
  ['money', /(?:US|C|A|HK)?[$€£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|thousand|bn|m)\b)?/gi],
  ['money', new RegExp(`\\b\\d[\\d,.]*(?:\\s+(?:million|billion|trillion|thousand))?\\s+(?:${CURRENCY_WORDS})\\b`, 'gi')],
  ['percent', /\b\d[\d,.]*\s?(?:%|percent\b|per cent\b)/gi],
  ['quantity', new RegExp(`\\b(?:\\d[\\d,.]*|${NUMBER_WORD})\\s+(?:million|billion|trillion|thousand|hundred)\\b`, 'gi')],
  ['quantity', /\b\d[\d,.]*\s+(?:tons|tonnes|barrels|acres|hectares|miles|mph|kilometers|kilometres|km|meters|metres|feet|foot|inches|inch|yards|gallons|liters|litres|doses|degrees|pounds|kilograms|kg|grams|ounces)\b/gi],
  ['quantity', /\b\d{1,3}(?:,\d{3})+\b/g],
  ['quantity', /\b(?:half|double|doubled|tripled|quadrupled|halved|quarter|third)\b/gi],
  // A score or a vote: "beat Harbour Town 3-2", "voted 5-2". Not a count of anything.
  ['tally', /\b\d{1,3}-\d{1,3}\b(?!-)/g],
  // "By a vote of 9 to 2" (not "rose from 5 to 10", a change).
  ['tally', /(?<!\bfrom\s)\b\d{1,3}\s+to\s+\d{1,3}\b/g],
];

const PATTERNS: [AnswerKind, RegExp][] = [
  ['duration', new RegExp(`\\b(?:\\d[\\d,.]*|${NUMBER_WORD}|several|a few|a|an|half an?)[\\s-]+(?:(?:more|full|straight|consecutive)\\s+)?(?:${UNIT})s?\\b`, 'gi')],
  // "After months of tariff escalations", "years of talks": a span of time told without a number.
  ['duration', new RegExp(`\\b(?:${UNIT})s(?=\\s+of\\s)`, 'gi')],
  // "Their lowest point in years", "the highest in decades": how long since it was so.
  ['duration', new RegExp(`(?<=\\bin\\s)(?:${UNIT})s\\b`, 'gi')],
  ['date', new RegExp(`\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|\\b(?:${MONTH})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?(?![\\w])`, 'g')],
  // Recurring times answer "when" too: "clinics open on weekends", "meets on Tuesdays".
  ['date', /\b(?:weekends|weekdays|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b/gi],
  ['date', /\b(?:19|20)\d{2}\b(?!\s*(?:%|percent))|\b(?:today|tonight|yesterday|tomorrow|overnight|midday|midnight)\b/gi],
  ['date', new RegExp(`\\b(?:(?:earlier|later)\\s+)?(?:this|last|next|early|late|mid)[\\s-]+(?:${UNIT}|spring|summer|fall|autumn|winter|quarter|morning|afternoon|evening|${MONTH})\\b|\\b\\d+\\s+(?:${UNIT})s?\\s+(?:ago|earlier|later)\\b|\\b(?:since|until|by|in|before|after)\\s+(?:the\\s+)?(?:spring|summer|fall|autumn|winter)\\b`, 'gi')],
  // "by the end of the year", "at the start of March": a date relative to a period.
  ['date', new RegExp(`\\b(?:by|before|at|until|from)?\\s*the\\s+(?:end|start|beginning|middle)\\s+of\\s+(?:the\\s+|this\\s+|next\\s+|last\\s+)?(?:${UNIT}|spring|summer|fall|autumn|winter|quarter|${MONTH})\\b`, 'gi')],
  ['amount', new RegExp(`\\b\\d[\\d,.]*(?:\\s+(?:million|billion|trillion|thousand|hundred))?\\b|\\b(?:${NUMBER_WORD}|dozens|hundreds|thousands|millions|billions)\\b`, 'gi')],
  ['time', /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)|\b(?:noon|midnight|midday|morning|afternoon|evening|tonight|dawn|dusk)\b/gi],
  ['reason', /\b(?:because|due to|owing to|as a result|amid|citing|arguing|asserting|insisting|contending|saying|warning|so that|so|in order to|after|since|reason|over|for|while|threatens|threatened|forcing|forced|led to|blamed|adding (?:weight )?to|fuell?ing|stoking)\b/gi],
  // "The cause is under investigation", "caused by a faulty valve", "sparked by a downed power line":
  // what a sentence says of the cause answers "what caused it", even that nobody knows yet.
  ['reason', /\b(?:(?:the|its|a|likely|probable|possible)\s+cause\b|(?:caused|triggered|sparked)\s+by\b|(?:the\s+)?result\s+of\b)/gi],
  // "…in Busan, where the two leaders sought to stabilize relations": what they set out to do is why.
  ['reason', /\b(?:sought|seeking|seek|seeks|aimed|aiming|aims|tried|trying|hoped|hoping|in a bid|in an effort|intended|intending)\s+to\b/gi],
  // "Must be respected as part of maintaining global stability": what it is done for.
  ['reason', /\bas (?:a )?part of(?= [a-z]+ing\b)/gi],
  // "Is legally required to provide…": an obligation is the reason for what it requires.
  ['reason', /\b(?:required|obliged|obligated|mandated)\s+(?:by\s+law\s+)?to\b/gi],
  // "Opened an inquiry into whether Riverbend waited too long": what an inquiry is into is why it was opened.
  ['reason', /\binto\s+(?:whether|how|why)\b/gi],
  // "China denounced the remarks, and relations … deteriorated": news tells a cause first, then its effect after ", and".
  ['reason', /(?<=,\s)and\b(?=\s)/gi],
  // "Profit fell 18%, as higher tariffs ate into margins": a clause after a comma.
  ['reason', /(?<=,\s)as\b(?!\s+(?:well|of|part|such|much|many|long|soon|far|a\s+result|usual|expected))/gi],
  ['quote', /["“”]|\b(?:said|says|told|added|stated|warned|announced|according to|wrote|asked|urged|argued|called|confirmed|denied|insisted|acknowledged)\b/gi],
  // "His administration has encouraged Taipei to expand its defense budget": what it told Taipei.
  ['quote', /\b(?:encourag|advis|appeal|demand|request|recommend|implor|plead)(?:e|es|ed|s|ing)?\b/gi],
  // "Declining to say whether he would send U.S. troops": what someone said of it is that they would not say.
  ['quote', /\b(?:declin|refus)(?:ed|es|ing)\s+to\s+(?:say|comment|specify|elaborate|disclose|answer)\b/gi],
  // "A call that touched on Taiwan, trade policy and the Ukraine conflict": what something was about.
  ['topic', /\b(?:touch(?:ed|es|ing)?\s+(?:on|upon)|discuss(?:ed|es|ing)?|cover(?:ed|s|ing)?|address(?:ed|es|ing)?|focus(?:ed|es|ing)?\s+on|cent(?:er|re)d\s+on|talk(?:ed|s|ing)?\s+about|deal(?:t|s|ing)?\s+with|went\s+over|(?:was|were|is|are)\s+about)\b/gi],
];

/** Nouns that make a capitalised run the name of an event or a document, not of anyone. */
const EVENT_NOUNS = new Set(['war', 'wars', 'conflict', 'crisis', 'treaty', 'accord', 'declaration', 'proclamation', 'principle', 'olympics', 'games', 'cup', 'championship']);

/** Nouns for people and bodies that answer "who" without a proper name: "the residents", "a spokesperson". */
const ACTOR_NOUNS = new Set(
  `official officials spokesperson spokesman spokeswoman minister ministry president government administration
  residents resident lawmakers legislators legislature leaders leader union unions company companies agency authority
  department police analysts analyst experts expert parents workers employees director chief executive governor mayor
  council member members teacher teachers doctor doctors group groups coalition association opponents protesters critics
  activists judge court prosecutors senator senators officer officers staff students voters citizens people families
  owner owners manager managers board committee commission party army military troops investors researchers scientists
  ceo chairman chairwoman secretary ambassador diplomats diplomat envoy superintendent mediator lawyers lawyer regulators
  investigators economists attorney attorneys jury jurors tenants passengers witnesses`.split(/\s+/),
);

const PLACE_NOUNS = new Set(
  `city town village county state country province region district island capital abroad overseas downtown
  terminal center centre site plant school hospital fairgrounds border coast harbor harbour valley street building
  airport port station square park campus headquarters area neighborhood neighbourhood east west north south`.split(/\s+/),
);

/** Directions, which end people's names too ("Anna North"), not only places'. */
const COMPASS = new Set(['north', 'south', 'east', 'west']);
/** Last words that make a capitalised name a place's, beyond PLACE_NOUNS: "Mill Road Bridge", "Riverside Stadium". */
const NAMED_PLACE_ENDINGS = new Set(['bridge', 'road', 'avenue', 'boulevard', 'highway', 'stadium', 'arena', 'mall', 'plaza', 'tower', 'pier', 'dam', 'base', 'prison', 'courthouse']);

const NOT_A_NAME = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/),
);

export interface KindContext {
  /** Words seen capitalized in the middle of a sentence somewhere in the knowledge base: names. */
  properNouns: ReadonlySet<string>;
  /** Words of the names of people the articles quote: never a place. */
  people?: ReadonlySet<string>;
}

/** Every answer span in a sentence, in text order. `tokens` are the sentence's tokens (offsets into `text`). */
/**
 * The kinds of span to look for when a question asks for `kind`: its own, and those that decide
 * whether one of its spans counts (a year is a date, not an amount; "4:12 p.m." swallows its digits).
 */
export function spanFamily(kind: AnswerKind): AnswerKind[] {
  switch (kind) {
    case 'amount':
      return ['amount', 'date', 'time', 'duration'];
    case 'date':
      return ['date', 'time', 'duration']; // "will publish it within 30 days" answers "when".
    case 'time':
      return ['date', 'time'];
    case 'duration':
      return ['duration', 'date']; // "suspended until Feb. 14" answers "how long".
    case 'person':
    case 'place':
      return ['person', 'place'];
    default:
      return [kind];
  }
}

export function findAnswerSpans(text: string, tokens: Token[], context: KindContext, kinds?: readonly AnswerKind[]): AnswerSpan[] {
  const wanted = (kind: AnswerKind) => !kinds || kinds.includes(kind);
  const spans: AnswerSpan[] = [];
  for (const [kind, pattern] of PATTERNS) {
    if (!wanted(kind)) continue;
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      spans.push({ kind, start, end: start + m[0].length, text: m[0] });
    }
  }
  for (const [measure, pattern] of wanted('amount') ? MEASURES : []) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      spans.push({ kind: 'amount', start, end: start + m[0].length, text: m[0], measure });
    }
  }
  if (wanted('person') || wanted('place')) spans.push(...namesAndActors(text, tokens, context));
  // "10%" is a share, "$330 million" a sum: the bare "10" or "330" inside them is no count of its own.
  // "1.2 billion euros" is money and "4:12 p.m." a time: the "1.2 billion" or "12" inside them
  // counts nothing. (A count inside a duration stays: "how many days" → "nine days".)
  const inside = (s: AnswerSpan, m: AnswerSpan) => m.start <= s.start && m.end >= s.end && m.end - m.start > s.end - s.start;
  const swallows = (s: AnswerSpan, m: AnswerSpan) =>
    m.kind === 'date' || m.kind === 'time' || m.measure === 'money' || m.measure === 'percent' || (m.measure !== undefined && s.measure === undefined);
  // A year ("since 2017") is a date, never a count.
  const isDate = (s: AnswerSpan) => spans.some((m) => m.kind === 'date' && m.start === s.start && m.end === s.end);
  const kept = spans.filter((s) => s.kind !== 'amount' || (!isDate(s) && !spans.some((m) => m !== s && inside(s, m) && swallows(s, m))));
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

function namesAndActors(text: string, tokens: Token[], context: KindContext): AnswerSpan[] {
  const spans: AnswerSpan[] = [];
  let run: Token[] = [];
  const flush = () => {
    // "World War II", "the Ukraine Conflict": the name of an event, which answers no "who".
    if (run.some((t) => EVENT_NOUNS.has(t.norm))) run = [];
    if (run.length > 0) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      const start = first.start;
      const end = last.end;
      spans.push({ kind: 'person', start, end, text: text.slice(start, end), named: true, ...(isPerson(run, context) ? { known: true } : {}) });
      // "in Busan" is a place; "in which Mr. Okoro…" and "Dr. Holt" are people wherever they stand.
      const titled = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof)\b/.test(text.slice(start, end)) || isPerson(run, context);
      if (!titled && afterLocative(text, start)) spans.push({ kind: 'place', start, end, text: text.slice(start, end), named: true });
      // "…three sites, including the Lakeview Community Center": a name that ends in a kind of place is one, wherever it stands.
      // (Not in a direction: "Anna North" is a person.)
      else if (!titled && run.length > 1 && ((PLACE_NOUNS.has(last.norm) && !COMPASS.has(last.norm)) || NAMED_PLACE_ENDINGS.has(last.norm))) spans.push({ kind: 'place', start, end, text: text.slice(start, end), named: true });
      // "Which country…": a country answers wherever it stands ("Japan remains one of Washington's
      // partners"), though it is no "where" as the subject of a sentence ("Beijing protested").
      else if (run.length === 1 && isKnownPlace(first.norm)) spans.push({ kind: 'place', start, end, text: text.slice(start, end), named: true, country: true });
      // "China's Ministry of Foreign Affairs": the country that owns the name answers "which country".
      else if (isKnownPlace(first.norm) && /['’]s$/.test(text.slice(first.start, first.end))) {
        spans.push({ kind: 'place', start, end: first.end, text: text.slice(start, first.end), named: true, country: true });
      }
    }
    run = [];
  };
  for (const token of tokens) {
    const name = token.capitalized && !NOT_A_NAME.has(token.norm) && !/^\d/.test(token.norm) && isName(token, context);
    // "said Denise Caldwell, Riverbend's chief executive": a comma (or a colon, a bracket, a quote
    // mark) ends a name; the next capitalised word begins another.
    const previous = run[run.length - 1];
    if (name && previous && NAME_BREAK.test(text.slice(previous.end, token.start))) flush();
    if (name) run.push(token);
    else flush();
    // "Prosecutors had argued…": an actor noun opening the sentence is capitalized only by position.
    if ((!token.capitalized || (token.position === 0 && !name)) && ACTOR_NOUNS.has(token.norm)) spans.push(spanOf(text, token, 'person'));
    if (!token.capitalized && PLACE_NOUNS.has(token.norm) && afterLocative(text, token.start)) spans.push(spanOf(text, token, 'place'));
  }
  flush();
  return spans;
}

/** A run the article's quote table knows as a person ("goals from Liam Doherty"). */
function isPerson(run: Token[], context: KindContext): boolean {
  return run.some((t) => context.people?.has(t.norm) ?? false);
}

/** "in Busan", "at the county fairgrounds", "from an overseas trip": a place is where something is. */
function afterLocative(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (/\b(?:in|at|from|by)\s+(?:which|whom|whose)\s+$/i.test(before)) return false;
  // "travelling to Brussels", "returned to Rabat": where someone goes.
  if (/\b(?:travel\w*|going|goes|go|went|flew|fly\w*|return\w*|head\w*|moved?|back|routed|diverted)\s+(?:(?:north|south|east|west)\s+)?to\s+(?:the\s+)?$/i.test(before)) return true;
  // "departed Seattle at 6:12 p.m.", "bound for Lisbon": where a journey starts or ends.
  if (/\b(?:departed|departing|departs|leaving|left|reached|reaching|toward|towards|via|into|bound\s+for)\s+(?:the\s+)?$/i.test(before)) return true;
  // "35 kilometers northeast of Doralik", "off the coast of Sicily", "upstream of the dam": where,
  // told from another place. (Lowercase: "Anna North of Lumen" is a name.)
  if (/\b(?:(?:north|south)(?:east|west)?|east|west|(?:up|down)stream|off\s+the\s+coast)\s+of\s+(?:the\s+)?$/.test(before)) return true;
  return /\b(?:in|at|near|from|outside|inside|across|throughout|along)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}$/i.test(before);
}

function isName(token: Token, context: KindContext): boolean {
  if (token.position > 0) return !isStopWord(token.norm) || token.norm === 'usa';
  // A sentence's first word is capitalized anyway: a name only if it is one elsewhere too.
  return context.properNouns.has(token.norm) || isKnownPlace(token.norm);
}

function spanOf(text: string, token: Token, kind: AnswerKind): AnswerSpan {
  return { kind, start: token.start, end: token.end, text: text.slice(token.start, token.end) };
}
