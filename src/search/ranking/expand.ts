/**
 * Turns each question word into the stems it may match in the text, each with a quality (1 for the
 * word itself or its stem) and a reason for the explanation: a repaired typo, a WordNet synonym,
 * a news synonym, another name of the same country.
 */
import { assertsSomething, SAYING_FORMS } from '../lexicon/saying.ts';
import type { QuestionPlan, QuestionTerm } from '../analysis/question.ts';
import { absentWordEmphasis } from './term-weight.ts';
import { idf, type InvertedIndex, type Scope } from '../inverted-index.ts';
import { newsOpposites, newsSynonyms, WAYS_OF_REACTING } from '../lexicon/news-synonyms.ts';
import { isKnownPlace, isSeatOfGovernment, namesAPlace, placeAliases, regionMembers } from '../lexicon/places.ts';
import { isTitle } from '../lexicon/titles.ts';
import { everydayCount } from '../lexicon/word-frequency.ts';
import { antonyms, baseForms, isDictionaryWord, multiWordLemma, phrasalVerb, relatedWords } from '../lexicon/wordnet.ts';
import type { SearchSettings } from '../settings.ts';
import { stem } from '../text/stem.ts';
import { isStopWord } from '../text/stopwords.ts';
import { MONTHS, WEEKDAYS as WEEKDAY_NAMES } from '../../knowledge/timeline/patterns.ts';

export type MatchKind = 'word' | 'typo' | 'synonym' | 'news-synonym' | 'alias' | 'region' | 'name' | 'office' | 'opposite' | 'compound';

export interface Alternative {
  stem: string;
  /** 0–1: how well a passage containing this stem matches the question word. */
  quality: number;
  kind: MatchKind;
  /** The word that led here (`arms` for "weapons"); for typos the corrected word. */
  via: string;
  /** For a `compound` match, the question's two words ("import duties"); for an `office`, the office asked of ("Chinese president"). */
  phrase?: string;
}

const ROMAN_NUMERAL = /^[ivxlc]+$/;

export interface ExpandedTerm {
  term: QuestionTerm;
  alternatives: Alternative[];
  /** How much the word counts towards answering: rare words count more (BM25 idf). */
  importance: number;
  /** True when neither the word nor its stem occurs in the searched articles. */
  unknown: boolean;
  /**
   * Stems of words of opposite meaning that the searched articles use ("raise" → "reduced"): a
   * passage that has one and not the word says the opposite of what is asked.
   */
  opposites: ReadonlySet<string>;
  /** A word of the searched article's title: the article is about it, so its sentences may leave it out. */
  topic: boolean;
}

export interface ExpandContext {
  index: InvertedIndex;
  scope: Scope;
  settings: SearchSettings;
  /** Stems of the title when one article is searched. */
  topicStems: ReadonlySet<string>;
  /** Words the searched articles write only capitalized, as names ("Trump", "Busan"). */
  isName?: (word: string) => boolean;
  /** Other parts of the names a word is part of ("jinping" → "xi"). */
  nameParts: (word: string) => string[];
  /** The question asks yes or no: its verb is what is asked, not a way of asking. */
  yesNo: boolean;
  /** The word is what "how many" counts: the key of the question even when the title has it. */
  counted?: boolean;
  /** The question asks who did something ("who claimed…", "which spokesperson commented…"). */
  asksWho?: boolean;
  /** "What did X say about the call": the word is what X's words must be about, even when the title has it. */
  spokenAbout?: boolean;
  /** "How did Beijing respond": the word is the reacting, which the text tells by what the reactor did. */
  reaction?: boolean;
  /** The article word a real word the text lacks may be a slip for ("revolved" → "resolved"), or null. */
  realWordSlip?: (word: string) => string | null;
  /** The question is two words, typed like a search ("Takaichi party"). */
  twoWords?: boolean;
}

const QUALITY = { typo1: 0.9, typo2: 0.8, alias: 0.85, seatAsCountry: 0.6, region: 0.6, namePart: 0.85, news: 0.75, wordnetScale: 0.85, opposite: 0.6, compoundKind: 0.6, compoundPart: 0.6, holder: 0.9, wayOfReacting: 0.5, degree: 0.85, realWordSlip: 0.5 };
/** A sense close enough that a word having it was not mistyped. */
const CLOSE_SENSE = 0.6;
/** "Who is investigating the incident": words for the story itself, which its sentences need not use. */
const REFERS_TO_STORY = new Set(['incident', 'incidents', 'case', 'event', 'events', 'situation', 'scenario', 'scenarios', 'matter', 'episode', 'affair', 'story', 'news', 'article', 'issue', 'condition', 'status', 'context']);
/** Weight kept by the topic of "what did X say about …". */
const SPOKEN_ABOUT_EMPHASIS = 0.5;
/** Ordinals whose dictionary relations are noise ("first" → "prime", "initiative"); "last" and "final" keep theirs (each other). */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth']);
/** Kinds of place that any place of that kind would match: "country" for "Ukraine" is no evidence. */
const PLACE_KINDS = new Set(['country', 'countries', 'nation', 'nations', 'state', 'states', 'city', 'cities', 'capital', 'port', 'region']);
/** Below this closeness a dictionary relation is a loose sense ("visit" ~ "call"), not the same thing. */
const LOOSE_SENSE = 0.5;
/** Weight kept by a title word: the whole article is about it. */
const TOPIC_EMPHASIS = 0.5;

const WEEKDAYS = WEEKDAY_NAMES.map((day) => day.toLowerCase());
const MONTH_NAMES = MONTHS.map((month) => month.toLowerCase());
const SCALES = ['hundred', 'thousand', 'million', 'billion', 'trillion'];
/** Beyond this many numbers in the searched articles, one of them is no telling answer to another. */
const MAX_OTHER_NUMBERS = 40;

/**
 * The other values of a day of the week, a month (with the short forms news writes: "Oct."), a
 * number or a scale ("million") that the searched articles write.
 */
function otherValuesOfKind(word: string, index: ExpandContext['index'], scope: ExpandContext['scope']): string[] {
  if (WEEKDAYS.includes(word)) return WEEKDAYS.filter((day) => day !== word);
  if (SCALES.includes(word)) return SCALES.filter((scale) => scale !== word);
  if (/^\d[\d.,]*$/.test(word)) {
    // (Counting stops past the bound: a folder of 1,000 articles writes thousands of numbers.)
    const numbers: string[] = [];
    for (const number of index.numbers) {
      if (number === word || index.documentFrequency(number, scope) === 0) continue;
      if (numbers.push(number) > MAX_OTHER_NUMBERS) return [];
    }
    return numbers;
  }
  const month = MONTH_NAMES.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word) && (word.length === 3 || word === 'sept')));
  if (month < 0) return [];
  return MONTH_NAMES.flatMap((name, i) => (i === month ? [] : [name, name.slice(0, 3), ...(name === 'september' ? ['sept'] : [])]));
}

export function expandTerm(term: QuestionTerm, ctx: ExpandContext): ExpandedTerm {
  const { index, scope, settings } = ctx;
  const df = (s: string) => index.documentFrequency(s, scope);
  const alternatives = new Map<string, Alternative>();
  const offer = (word: string, quality: number, kind: MatchKind) => {
    const s = settings.stemming ? stem(word) : word;
    if (isStopWord(word) || df(s) === 0) return;
    const existing = alternatives.get(s);
    if (!existing || existing.quality < quality) alternatives.set(s, { stem: s, quality, kind, via: word });
  };
  const own = settings.stemming ? term.stem : term.norm;
  const known = df(own) > 0;
  // A word repaired before the question was read (see lexicon/spelling.ts) matches as a typo.
  const typo = term.misspelled === undefined ? null : term.misspelled === 1 ? QUALITY.typo1 : QUALITY.typo2;
  if (known) alternatives.set(own, { stem: own, quality: typo ?? 1, kind: typo ? 'typo' : 'word', via: term.norm });

  // "skeptical" and "sceptical", "center" and "centre": one word in two spellings.
  if (!known) for (const variant of spellingVariants(term.norm)) offer(variant, 1, 'word');
  // "At a low point" and "their lowest point", "a big package" and "the biggest": one adjective in
  // its degrees, which the stemmer keeps apart.
  for (const degree of degreesOf(term.norm)) offer(degree, QUALITY.degree, 'word');
  // "phonecall", "postwar": two words of the text typed as one.
  if (!known && alternatives.size === 0) for (const part of splitCompound(term.norm, df, settings.stemming)) offer(part, QUALITY.typo1, 'word');

  // "jinpings" typed without its apostrophe is still a part of "Xi Jinping".
  const parts = ctx.nameParts(term.norm);
  const possessive = parts.length === 0 && term.norm.endsWith('s') ? ctx.nameParts(term.norm.slice(0, -1)) : [];
  for (const part of [...parts, ...possessive]) offer(part, QUALITY.namePart, 'name');
  if (settings.synonyms) {
    // "japans prime minister": a possessive typed without its apostrophe names the country too.
    const place = placeAliases(term.norm).length > 0 || !term.norm.endsWith('s') ? term.norm : term.norm.slice(0, -1);
    // ("What did the White House say": where the text names the White House itself, another "U.S."
    // is likely someone else's word for the country, not the president's office speaking.)
    const aliasQuality = known && isSeatOfGovernment(term.norm) ? QUALITY.seatAsCountry : QUALITY.alias;
    for (const alias of placeAliases(place)) offer(alias, aliasQuality, 'alias');
    for (const member of regionOf(term.norm, ctx.topicStems, settings.stemming)) offer(member, QUALITY.region, 'region');
    // "How many Taiwanese…" counts people: the text may count "residents" or "citizens".
    if (ctx.counted && placeAliases(term.norm).length > 0 && !isKnownPlace(term.norm)) {
      for (const word of newsSynonyms('people')) offer(word, QUALITY.news, 'news-synonym');
    }
    // (A word of a quotation is matched as written, or as another name of the same place: "ask not
    // what your country can do" is no "urged".)
    if (!term.quoted) for (const word of newsSynonyms(term.norm)) offer(word, QUALITY.news, 'news-synonym');
    // ("How did Beijing respond to the sale": "Beijing sharply protested the authorization" — loosely,
    // as a reaction may be many acts.)
    if (ctx.reaction) for (const word of WAYS_OF_REACTING) offer(word, QUALITY.wayOfReacting, 'synonym');
    // (An ordinal has no synonyms worth matching: WordNet relates "first" to "prime" and "initiative".)
    if (settings.wordnet && !ORDINALS.has(term.norm) && !term.quoted) {
      // (Not a place's kind: "Ukraine" is a country, but "the two countries" of a sentence are others.)
      const place = isKnownPlace(term.norm);
      // (Nor a word the articles write only as a name: "best" is a synonym of the verb "trump", not of
      // President Trump. A numeral stays one: "two" is the "II" of "World War II".)
      for (const related of relatedWords(term.norm)) if (!(place && PLACE_KINDS.has(related.word)) && !(ctx.isName?.(related.word) && !ROMAN_NUMERAL.test(related.word))) offer(related.word, related.closeness * QUALITY.wordnetScale, 'synonym');
      // "Who turned down the offer" → "rejected": the phrasal verb's own words.
      const phrasal = term.particle ? phrasalVerb(term.norm, term.particle) : undefined;
      if (phrasal) for (const related of relatedWords(phrasal)) offer(related.word, related.closeness * QUALITY.wordnetScale, 'synonym');
    }
  }
  const stemmed = (w: string) => (settings.stemming ? stem(w) : w);
  // "Which spokesperson commented on the sale" → "spokesperson Lin Jian said": news tells a
  // statement with "said" (a stop word, offered here only).
  // (Only for who said it: in "what did officials say Xi reiterated" the verb is what was said, and
  // in "when did China claim Taiwan" no one speaks.)
  if (settings.synonyms && ctx.asksWho && assertsSomething(term.norm) && !SAYING_FORMS.has(term.norm)) {
    for (const form of SAYING_FORMS) {
      const s = stemmed(form);
      if (df(s) > 0 && !alternatives.has(s)) alternatives.set(s, { stem: s, quality: QUALITY.news, kind: 'synonym', via: form });
    }
  }
  // (A phrasal verb means something else than its verb: "sit down" is not the opposite of "stand".)
  const oppositeWords =
    settings.synonyms && settings.wordnet && !term.particle ? [...antonyms(term.norm).flatMap((w) => [w, ...newsSynonyms(w)]), ...newsOpposites(term.norm)].filter((w) => !isStopWord(w)) : [];
  // "Wartime" for "World War II": a dictionary compound the text lacks matches the part of it the
  // text has, loosely — when nothing else does.
  if (!known && alternatives.size === 0 && settings.synonyms) for (const part of compoundParts(term.norm, df, settings.stemming)) offer(part, QUALITY.compoundPart, 'synonym');
  // "How should the crisis be revolved": a word the text lacks, with no close sense in it either, may
  // be an everyday slip into another real word ("resolved") — matched loosely, so that it counts for
  // something without outweighing a word that is there.
  if (!known && ctx.realWordSlip && ![...alternatives.values()].some((a) => a.quality >= CLOSE_SENSE)) {
    const near = ctx.realWordSlip(term.norm);
    if (near) offer(near, QUALITY.realWordSlip, 'typo');
  }
  const opposites = new Set(oppositeWords.map(stemmed).filter((s) => !alternatives.has(s) && df(s) > 0));
  // "Does Taiwan accept Beijing's claim" is answered by "Taiwan rejects Beijing's claim": no.
  // (Only the word's own antonyms: their synonyms drift — "agree" → "disagree" → "reject".)
  if (ctx.yesNo) {
    for (const w of [...antonyms(term.norm), ...newsOpposites(term.norm)]) if (opposites.has(stemmed(w))) offer(w, QUALITY.opposite, 'opposite');
    // "Did they talk on Tuesday", where the text says Monday, "was it worth $3.3 billion" where it
    // says $330 million: another day, month, number or scale answers it — no.
    // (A number the article gives elsewhere too: "30 million residents" where it has "Oct. 30".)
    if (!known || /^\d/.test(term.norm)) for (const other of otherValuesOfKind(term.norm, index, scope)) offer(other, QUALITY.opposite, 'opposite');
  } else if (term.negated && settings.synonyms && settings.wordnet) {
    // "Who doesn't accept the claim" → "rejects the claim": not the word, its opposite.
    for (const w of oppositeWords) offer(w, QUALITY.news, 'synonym');
    opposites.clear();
  }
  const topic = (!known && REFERS_TO_STORY.has(term.norm)) || ctx.topicStems.has(term.stem) || [...alternatives.values()].some((a) => a.kind !== 'synonym' && ctx.topicStems.has(a.stem));
  // "Did Trump visit Beijing": a dictionary sense that is the article's own subject ("call" as in
  // paying a call) would find it everywhere; a word the article is about must be asked as such.
  if (!topic) for (const [s, a] of alternatives) if (a.kind === 'synonym' && a.quality < LOOSE_SENSE && ctx.topicStems.has(a.stem)) alternatives.delete(s);
  let emphasis = term.emphasis;
  // (Not in a query of two words, "Takaichi party": there the absent one is half of what is asked.)
  if (!known && settings.softUnknownVerbs && !ctx.twoWords && !term.quoted) emphasis *= absentWordEmphasis(term, ctx.yesNo, settings.absentEverydayWeight);
  // (Also what someone's words are about: "what did China say about the US selling Taiwan weapons"
  // is answered by Beijing's protest, whose sentence need not repeat the article's subject.)
  if (topic && !ctx.counted) emphasis *= TOPIC_EMPHASIS;
  // "What did Boateng say about the winner": the speaker is the key; what the words are about is
  // often said otherwise ("I just closed my eyes and jumped"). (The article's own subject stays
  // required: see answer-span.ts.)
  if (ctx.spokenAbout && !topic) emphasis *= SPOKEN_ABOUT_EMPHASIS;
  if (!known) emphasis *= settings.unknownWeight;
  // A part of a name weighs as the person does: "Jinping" written once names the Xi of every paragraph.
  const mentions = Math.max(known ? df(own) : 1, ...[...alternatives.values()].filter((a) => a.kind === 'name').map((a) => df(a.stem)));
  const importance = idf(mentions, scope.size) * emphasis;
  return { term, alternatives: [...alternatives.values()], importance, unknown: !known, topic, opposites };
}

/**
 * Two question words that the dictionary knows as one expression ("import duties", "prime
 * minister") match the expression's synonyms ("tariffs", "premier"): both words, with the one text
 * word. Changes `terms` in place.
 */
export function matchMultiWordExpressions(terms: ExpandedTerm[], ctx: ExpandContext): void {
  if (!ctx.settings.synonyms || !ctx.settings.wordnet) return;
  for (let i = 0; i + 1 < terms.length; i++) {
    const [a, b] = [terms[i]!, terms[i + 1]!];
    if (b.term.position !== a.term.position + 1) continue;
    const expression = multiWordLemma(a.term.norm, b.term.norm);
    if (!expression) continue;
    // "The state department" is no statement: in the expression, a word has none of its own senses.
    for (const term of [a, b]) term.alternatives = term.alternatives.filter((x) => x.kind !== 'synonym');
    for (const related of relatedWords(expression.lemma)) {
      // The expression's synonyms, or the one word for its kind ("import duty" is a tariff) when
      // that word is specific, not an everyday one ("unemployment rate" is a percent).
      if (related.relation !== 'synonym' && !(related.relation === 'broader' && everydayCount(related.word) === 0)) continue;
      const s = ctx.settings.stemming ? stem(related.word) : related.word;
      if (isStopWord(related.word) || ctx.index.documentFrequency(s, ctx.scope) === 0) continue;
      // A foreign minister is a minister, an inflation rate a rate: the expression's own head
      // word names every other kind too.
      // (But where the head word alone is a synonym of the whole — "phone call" is a "call" — the
      // text's "the call" is the expression, and the first word shares it.)
      const headAlone = related.relation === 'synonym' && s === b.term.stem;
      if (!headAlone && (s === a.term.stem || s === b.term.stem)) continue;
      const quality = related.relation === 'synonym' ? related.closeness * QUALITY.wordnetScale : QUALITY.compoundKind;
      for (const term of headAlone ? [a] : [a, b]) {
        const existing = term.alternatives.find((x) => x.stem === s);
        // The whole expression matched: kept as such even where one word alone matched too, so
        // both words may share the text's one word.
        if (existing && (existing.kind === 'word' || existing.kind === 'typo')) continue;
        const best = Math.max(quality, existing?.quality ?? 0);
        term.alternatives = [...term.alternatives.filter((x) => x.stem !== s), { stem: s, quality: best, kind: 'compound', via: related.word, phrase: `${a.term.typed} ${b.term.typed}` }];
        term.unknown = false;
      }
    }
  }
}

/** Terms before an office that may name its country: "Chinese foreign ministry spokesperson". */
const COUNTRY_REACH = 3;

/**
 * "What did the Chinese president say about Ukraine" → "Xi said the crisis should be resolved…":
 * an office of a country matches the name of whoever the article says holds it ("Chinese President
 * Xi Jinping"), and so does a word for the office ("the Chinese leader"). `holders(place, office)`
 * gives the holders' name parts. Not where a person is what is asked ("who is the Chinese
 * president", "which Japanese leader…"): the name is then the answer, not a word of the question;
 * nor where the question names the holder itself.
 * Changes `terms` in place.
 */
export function matchOfficeHolders(terms: ExpandedTerm[], plan: QuestionPlan, ctx: ExpandContext, holders: (place: string, office: string) => string[]): void {
  if (plan.kind === 'person') return;
  // (Most questions name no country: nothing to look up.)
  if (!terms.some((term) => namesAPlace(term.term.norm))) return;
  const typed = new Set(terms.map((term) => term.term.norm));
  for (let t = 1; t < terms.length; t++) {
    // The country: a term typed just before, with only words of the office between.
    let country = -1;
    for (let k = t - 1; k >= 0 && t - k <= COUNTRY_REACH && terms[k]!.term.position === terms[k + 1]!.term.position - 1; k--) {
      if (namesAPlace(terms[k]!.term.norm)) {
        country = k;
        break;
      }
    }
    if (country < 0) continue;
    const word = terms[t]!.term.norm;
    const offices = [word, ...newsSynonyms(word)].filter(isTitle);
    if (offices.length === 0) continue;
    const names = new Set(offices.flatMap((office) => holders(terms[country]!.term.norm, office)));
    // ("When did Sanae Takaichi become Japan's prime minister": the office is what is asked of her.)
    if ([...names].some((part) => typed.has(part))) continue;
    // The name stands for the office and its country both ("Xi said…" for "the Chinese president said").
    const office = `${terms[country]!.term.typed} ${terms[t]!.term.typed}`;
    for (const term of [terms[t]!, terms[country]!]) {
      for (const part of names) {
        const s = ctx.settings.stemming ? stem(part) : part;
        if (term.alternatives.some((a) => a.stem === s) || ctx.index.documentFrequency(s, ctx.scope) === 0) continue;
        term.alternatives = [...term.alternatives, { stem: s, quality: QUALITY.holder, kind: 'office', via: part, phrase: office }];
        term.unknown = false;
      }
    }
  }
}

/**
 * Two question words the text writes as one ("soy beans" → "soybeans", "health care" →
 * "healthcare"): both match the joined word, as written. Changes `terms` in place.
 */
export function joinSplitCompounds(terms: ExpandedTerm[], ctx: ExpandContext): void {
  for (let i = 0; i + 1 < terms.length; i++) {
    const [a, b] = [terms[i]!, terms[i + 1]!];
    if (b.term.position !== a.term.position + 1) continue;
    // (As typed, too, when typo repair changed a word: "jin ping" is "Jinping", though repair read "jin" as "Jian".)
    const read = a.term.norm + b.term.norm;
    const typed = typedWord(a) + typedWord(b);
    const found = [read, ...(typed !== read ? [typed] : [])].map((joined) => joinedInText(joined, ctx)).find((j) => j.df > 0);
    if (!found) {
      joinAsDictionaryWord(a, b, read, ctx);
      continue;
    }
    const { joined, s, df } = found;
    // (What typo repair made of a word the join explains is no reading of it.)
    const repaired = joined !== read;
    const importance = idf(df, ctx.scope.size);
    // ("Jin ping" is Xi Jinping's name, which the text may give as "Xi" alone.)
    const nameParts = ctx.nameParts(joined).map((part) => ({ stem: ctx.settings.stemming ? stem(part) : part, quality: QUALITY.namePart, kind: 'name' as const, via: part }));
    for (const term of [a, b]) {
      term.alternatives = [{ stem: s, quality: 1, kind: 'word', via: joined }, ...nameParts, ...(repaired ? [] : term.alternatives.filter((x) => x.stem !== s))];
      term.importance = Math.max(term.importance, importance * term.term.emphasis);
      term.unknown = false;
    }
    // (One word typed in two: it counts once.)
    b.importance = 0;
  }
}

/**
 * "The ministry's spokes man": two words the text lacks, or one, that make an English word when
 * joined ("spokesman") are that word split by a slip, matched by its own senses ("spokesperson").
 */
function joinAsDictionaryWord(a: ExpandedTerm, b: ExpandedTerm, joined: string, ctx: ExpandContext): void {
  if (!(a.unknown || b.unknown) || !isDictionaryWord(joined)) return;
  const whole = expandTerm({ ...a.term, typed: typedWord(a) + typedWord(b), norm: joined, stem: stem(joined) }, ctx);
  if (whole.alternatives.length === 0) return;
  for (const term of [a, b]) {
    term.alternatives = whole.alternatives.map((x) => ({ ...x }));
    term.importance = Math.max(term.importance, whole.importance);
    term.unknown = false;
  }
}

/** A question word as typed, without a possessive ending. */
function typedWord(term: ExpandedTerm): string {
  return term.term.typed.toLowerCase().replace(/['’]s?$/, '');
}

/** Two question words joined, with how many passages of the searched text hold the joined word. */
function joinedInText(joined: string, ctx: ExpandContext): { joined: string; s: string; df: number } {
  const s = ctx.settings.stemming ? stem(joined) : joined;
  return { joined, s, df: ctx.index.documentFrequency(s, ctx.scope) };
}

/** Two words of the searched text that make up `word` ("phone" + "call"), each of three letters or more, or []. */
function splitCompound(word: string, df: (stem: string) => number, stemming: boolean): string[] {
  const key = (w: string) => (stemming ? stem(w) : w);
  return twoWordSplits(word).find(([a, b]) => df(key(a)) > 0 && df(key(b)) > 0) ?? [];
}

/** Every way to cut `word` into two parts of three letters or more, neither a stop word, shortest first part first. */
function twoWordSplits(word: string): [string, string][] {
  const splits: [string, string][] = [];
  for (let i = 3; i <= word.length - 3; i++) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    if (!isStopWord(a) && !isStopWord(b)) splits.push([a, b]);
  }
  return splits;
}

/** The parts of a dictionary compound ("wartime" → "war", "time") that the text has, both parts being everyday words. */
function compoundParts(word: string, df: (stem: string) => number, stemming: boolean): string[] {
  if (!isDictionaryWord(word)) return [];
  const key = (w: string) => (stemming ? stem(w) : w);
  // (Everyday words both: "refuse" is no "ref" + "use", nor "islanders" "island" + "ers".)
  const parts = twoWordSplits(word).find(([a, b]) => everydayCount(a) > 0 && everydayCount(b) > 0);
  return parts ? parts.filter((part) => df(key(part)) > 0) : [];
}

/** The other spellings of a word between American and British English. */
export function spellingVariants(word: string): string[] {
  const variants = new Set<string>();
  const swap = (from: RegExp, to: string) => {
    if (from.test(word)) variants.add(word.replace(from, to));
  };
  swap(/^sk(?=ep)/, 'sc');
  swap(/^sc(?=ep)/, 'sk');
  swap(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
  swap(/is(e|es|ed|ing|ation|ations)$/, 'iz$1');
  swap(/yz(e|es|ed|ing)$/, 'ys$1');
  swap(/ys(e|es|ed|ing)$/, 'yz$1');
  swap(/our(s|ed|ing|able)?$/, 'or$1');
  swap(/([^aeiou])or(s|ed|ing|able)?$/, '$1our$2');
  swap(/([^aeiou])er(s)?$/, '$1re$2');
  swap(/([^aeiou])re(s)?$/, '$1er$2');
  swap(/ense$/, 'ence');
  swap(/ence$/, 'ense');
  swap(/og$/, 'ogue');
  swap(/ogue$/, 'og');
  swap(/lled$|lling$/, (word.endsWith('ed') ? 'led' : 'ling'));
  swap(/([^l])led$/, '$1lled');
  swap(/([^l])ling$/, '$1lling');
  // "October" and "Oct.": news writes months short before a day.
  const month = MONTH_ABBREVIATIONS[word];
  if (month) for (const short of month) variants.add(short);
  variants.delete(word);
  return [...variants];
}

const MONTH_ABBREVIATIONS: Record<string, string[]> = {
  january: ['jan'], february: ['feb'], march: ['mar'], april: ['apr'], august: ['aug'], september: ['sept', 'sep'],
  october: ['oct'], november: ['nov'], december: ['dec'],
  jan: ['january'], feb: ['february'], apr: ['april'], aug: ['august'], sept: ['september'], oct: ['october'], nov: ['november'], dec: ['december'],
};

/**
 * The countries a region word stands for. "The island" in a story whose title names Taiwan is
 * Taiwan, not Japan: a singular region word names the one member the title names, when it names one.
 */
function regionOf(word: string, topicStems: ReadonlySet<string>, stemming: boolean): string[] {
  const members = regionMembers(word);
  if (word.endsWith('s') || topicStems.size === 0) return members;
  const key = (w: string) => (stemming ? stem(w) : w);
  const countryOf = (member: string) => [member, ...placeAliases(member)];
  const titled = members.filter((member) => countryOf(member).some((name) => topicStems.has(key(name))));
  if (titled.length === 0) return members;
  const names = new Set(titled.flatMap(countryOf));
  return members.filter((member) => names.has(member));
}

/**
 * The other degrees of an adjective: "low" → "lower", "lowest"; "lowest" → "low"; "big" →
 * "bigger", "biggest"; "early" → "earliest". Only words WordNet knows as adjectives.
 */
function degreesOf(word: string): string[] {
  const forms = baseForms(word, 'a');
  const bases = forms.filter((base) => base !== word);
  if (bases.length > 0) return bases;
  if (forms.length === 0 || word.length < 3) return [];
  const stemOf = word.endsWith('e') ? word.slice(0, -1) : word.endsWith('y') ? `${word.slice(0, -1)}i` : /[^aeiou][aeiou][bdgmnpt]$/.test(word) ? `${word}${word.at(-1)}` : word;
  return [`${stemOf}er`, `${stemOf}est`];
}
