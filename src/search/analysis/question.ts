/**
 * Reads a question: what kind of answer it wants (who → a person or body, when → a date, how much →
 * an amount…) and which words carry its topic, grouped into the phrases they were typed in.
 * Interrogatives, auxiliaries and the verbs of the question form ("what did X say") set the kind;
 * they are never matched against the text.
 */
import { isKnownPlace, namesAPlace } from '../lexicon/places.ts';
import { isTitle } from '../lexicon/titles.ts';
import { baseForms, isMostlyVerb, phrasalVerb } from '../lexicon/wordnet.ts';
import { isFunctionWord, isInterrogative, isStopWord } from '../text/stopwords.ts';
import { isPossessive, tokenize, type Token } from '../text/tokenize.ts';
import type { AnswerKind } from './answer-types.ts';
import { detectKind, OCCASIONS_OF_TALK, SETTING_PREPOSITIONS, type DatePrecision, type MeasureNeed } from './question-kind.ts';
import { SAYING_FORMS } from '../lexicon/saying.ts';

export interface QuestionTerm {
  /** The word as typed, for explanations. */
  typed: string;
  /** Normalised form (lowercase, no accents). */
  norm: string;
  stem: string;
  /** Index of the word in the question. */
  position: number;
  /** Share of the word's weight: below 1 for the adjective of "how bad", which answers rephrase. */
  emphasis: number;
  /** Mostly a verb in the dictionary (`give`, `meet`): answers often say it differently. */
  verb: boolean;
  /**
   * Used as the question's verb where it stands ("when did they meet", "who protested"), not as a
   * noun ("during the call") or subject ("where was trump"): the event an answer must attach to.
   */
  event: boolean;
  /** Set when the typed word was a typo repaired before reading (1 or 2 edits); `typed` keeps the typo. */
  misspelled?: number;
  /** The particle of a phrasal verb ("turned down", "step down", "look into"), which changes its meaning. */
  particle?: string;
  /** Names the kind of answer asked for ("what is the price of…"): the text may give the answer without the word. */
  namesKind?: boolean;
  /** A verb with "not" before it ("who doesn't accept…"): its opposite ("rejects") says the same. */
  negated?: boolean;
  /**
   * In an "if" or "unless" clause ("would Trump send troops if fighting broke out"): the
   * circumstance, not the claim a yes/no question asks about.
   */
  conditional?: boolean;
  /** Typed between double quotes: a quotation, whose words the text must have as written. */
  quoted?: boolean;
  /** "…during the call", "on the call": the word names the occasion where something happened, not what is asked about. */
  setting?: boolean;
}

/** Words typed as one unit: `arms sale`, `president of Taiwan`, `Japan's foreign minister`. */
export interface Phrase {
  /** Term indexes. */
  members: number[];
  /** The word the others qualify: `sale`, `president`, `minister`. */
  head: number;
  /** For "X of Y" and "Y's X": the words of both sides, which must stand close together in the text. */
  pair?: [number[], number[]];
  /** How the pair was typed: "X of Y" ('of') or "Y's X" ('possessive'). */
  joinedBy?: 'of' | 'possessive';
}

export interface QuestionPlan {
  /** What the question asks for, or null (yes/no questions, "what is…", bare keywords). */
  kind: AnswerKind | null;
  /** The words that set `kind`, as typed: `how much`, `who`. */
  cue: string;
  /** "What is the name of…", "what is X called": a proper name, not "officials". */
  needsName: boolean;
  /** "What is the name of the official": the name must stand next to what it names. */
  nameOf: boolean;
  /** What an amount must be (see MeasureNeed): a measure, money, a count or an age. */
  needsMeasure: MeasureNeed;
  terms: QuestionTerm[];
  phrases: Phrase[];
  /** "How many jobs…": the term being counted, whose number should stand next to it. */
  counted: number | null;
  /** "What did Lin Jian say": the terms naming who speaks. */
  speaker: number[];
  /** "When will…": the answer must speak of something still to come. */
  future: boolean;
  /** "What does Tokyo plan to do…", "what does Taiwan intend to use them for": asks what someone means to do. */
  intent: boolean;
  /** "When did…": asks about something that has happened. */
  past: boolean;
  /** "Is Xi going to visit…", "did China protest…": the predicate itself is what is asked. */
  yesNo: boolean;
  /** "Does Congress have to approve…": the term naming who or what a yes/no question is about, or null. */
  yesNoSubject: number | null;
  /** "Where is the response coming from": a place the thing comes from is asked (a "from" in the question). */
  fromAsked: boolean;
  /** "What day…", "which year…": how precise a date must be to answer ("this month" names no day). */
  datePrecision: DatePrecision | null;
  /** "What else did the call cover": asks for more than the main answer. */
  more: boolean;
  /** "Who placed the call, Trump or Xi": the terms of the choice offered, one of which is the answer. */
  choice: number[];
  /** "How did Japan respond to the call": the terms naming who reacts, who must act in the answer. */
  reactor: number[];
  /** "Did they talk about fentanyl": the terms of the thing talked about. */
  talkedAbout: number[];
  /** The words that tell of the talk itself in such a question: its verb ("discuss") and any occasion ("on their call"). */
  talk: number[];
  /** "The previous sale", "the next summit": words that set what is asked apart from the occurrence a text tells of. */
  contrast: string[];
  /** Terms of a clause that only sets the scene ("…since the two leaders met in South Korea"). */
  background: number[];
  /** "Who did the American president call": the question names who acts; the person asked for is someone else. */
  objectAsked: boolean;
  /** "What tariffs did China cut": the question asks which things its subject, named after them, acted on. */
  thingAsked: boolean;
  /** "Who did China and the US fight against": an opponent, which may be no person ("fascism"). */
  againstAsked?: boolean;
  /** "Who is the Japanese premier whose comments angered Beijing": the person described is the answer. */
  identity: boolean;
  /** "What does strategic ambiguity mean": what a term means, which the text must explain. */
  meaningAsked?: boolean;
  /**
   * "How much were tariffs before the cut", "what is the rate now": a level at some time, which the
   * size of a change ("reduced tariffs by 10%") does not give.
   */
  levelAsked: boolean;
  /** "What kind of fighter jets…", "what model of jet": the terms of the thing whose kind is asked. */
  kindOf: number[];
}

const DETERMINERS = new Set(['the', 'a', 'an']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'may', 'might', 'must']);

/** Verbs that carry no event of their own before a noun of one: "hold a meeting", "have a call". */
const LIGHT_BEFORE_NOUN = new Set(['hold', 'holds', 'held', 'holding', 'have', 'has', 'had', 'having', 'make', 'makes', 'made', 'take', 'takes', 'took', 'give', 'gives', 'gave']);
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'their', 'his', 'her', 'its', 'our', 'this', 'that']);

/**
 * "Where did the leaders hold a meeting": a meeting or call a light verb governs is the event
 * ("meet"). (Not every noun: "make her comments", "has the right" tell no event of their own.)
 */
function eventAfterLightVerb(tokens: Token[], token: Token): boolean {
  const at = tokens.indexOf(token);
  let k = at - 1;
  if (NOUN_DETERMINERS.has(tokens[k]?.norm ?? '')) k--;
  return k >= 0 && LIGHT_BEFORE_NOUN.has(tokens[k]!.norm) && OCCASIONS_OF_TALK.has(token.norm);
}

/** Prepositions that set the occasion something happened at: "during the call". */
const SETTING_WORDS = new Set(['during', 'on', 'at', 'throughout', 'amid']);

const RELATIVE_PRONOUNS = new Set(['that', 'which']);
/**
 * Nouns whose "that" opens what they say, not a description: "the claim that Xi called…" (but
 * "remarks that have angered Beijing", with no subject of its own, describes them).
 */
const CONTENT_NOUNS = new Set(['claim', 'claims', 'statement', 'statements', 'report', 'reports', 'view', 'idea', 'notion', 'belief', 'fact', 'news', 'argument', 'warning', 'assertion', 'suggestion', 'remark', 'remarks', 'comment', 'comments']);

/**
 * "How much was the arms package that China said violated the principle": with no event of its
 * own, the question asks about the thing; the verbs of the clause that describes it ("that China
 * said…") only say which thing, and are no event the answer must attach to.
 */
function describedOnly(tokens: Token[], terms: QuestionTerm[]): void {
  const at = tokens.findIndex((t, i) => i > 1 && RELATIVE_PRONOUNS.has(t.norm) && (!CONTENT_NOUNS.has(tokens[i - 1]!.norm) || AUXILIARIES.has(tokens[i + 1]?.norm ?? '')) && terms.some((term) => term.position === tokens[i - 1]!.position && !term.verb));
  if (at < 0) return;
  const from = tokens[at]!.position;
  if (terms.some((term) => term.position < from && term.event)) return;
  for (const term of terms) if (term.position > from) term.event = false;
}

/**
 * "Has China started buying farm goods like soy": after the question's verb, a "like" between two
 * nouns gives an example ("such as"), not a second verb the answer must tell.
 */
function likeAsExample(tokens: Token[], token: Token, terms: QuestionTerm[]): boolean {
  if (token.norm !== 'like' || !terms.some((term) => term.verb)) return false;
  const at = tokens.indexOf(token);
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return before !== undefined && after !== undefined && terms.some((term) => term.position === before.position && !term.verb) && !isStopWord(after.norm);
}

/** Nouns for those who govern a place, which news names by the place itself ("Beijing", "Tokyo"). */
const GOVERNMENT_NOUNS = new Set(['government', 'governments', 'administration', 'administrations', 'authorities', 'leadership', 'leaderships']);
/**
 * "Why does Japan's stance (or role) matter to Xi": asked why, a place's stance is what it said or did, which
 * the answering sentence seldom calls a stance. (Asked what it is — "what is China's position on
 * Ukraine" — the word may be the text's own: "a position consistent with…".)
 */
const STANCE_NOUNS = new Set(['stance', 'stances', 'position', 'positions', 'posture', 'attitude', 'standpoint', 'role', 'roles']);
/** How much such a noun still counts beside its place: it tells little that the place does not. */
const BESIDE_PLACE_EMPHASIS = 0.4;

/**
 * "Ties between the Chinese and Japanese governments", "the governments of China and Japan": news
 * writes "relations between Beijing and Tokyo". The place carries the meaning; a noun of `nouns`
 * beside it, missing from the sentence that answers, must not weigh as a topic of its own.
 */
function lightenBesidePlaces(tokens: Token[], terms: QuestionTerm[], nouns: ReadonlySet<string>[]): void {
  const at = (term: QuestionTerm) => tokens.findIndex((t) => t.position === term.position);
  const isPlace = (token: Token | undefined) => token !== undefined && namesAPlace(token.norm);
  for (const term of terms) {
    if (!nouns.some((set) => set.has(term.norm))) continue;
    const i = at(term);
    // Before it ("the Chinese government", "China's and Japan's governments") or after "of".
    const before = isPlace(tokens[i - 1]);
    const after = tokens[i + 1]?.norm === 'of' && (isPlace(tokens[i + 2]) || (DETERMINERS.has(tokens[i + 2]?.norm ?? '') && isPlace(tokens[i + 3])));
    if (before || after) term.emphasis *= BESIDE_PLACE_EMPHASIS;
  }
}

/** Nouns for the kind of thing a place is. */
const PLACE_KIND_NOUNS = new Set(['country', 'nation', 'state']);

/**
 * "Whether Taiwan is a sovereign country", "is Taiwan an independent nation": the noun says what
 * the named place is, which the text does not repeat ("no formal position on Taiwan's sovereignty");
 * its adjective carries the question.
 */
function lightenKindOfPlace(tokens: Token[], terms: QuestionTerm[]): void {
  for (const term of terms) {
    if (!PLACE_KIND_NOUNS.has(term.norm)) continue;
    let i = tokens.findIndex((t) => t.position === term.position) - 1;
    while (i > 0 && !isStopWord(tokens[i]!.norm) && !namesAPlace(tokens[i]!.norm)) i--;
    if (!['a', 'an'].includes(tokens[i]?.norm ?? '')) continue;
    const subject = BE_FORMS.has(tokens[i - 1]?.norm ?? '') ? tokens[i - 2] : tokens[i - 1];
    const inverted = BE_FORMS.has(tokens[i - 2]?.norm ?? '') && namesAPlace(tokens[i - 1]?.norm ?? '');
    if ((subject && namesAPlace(subject.norm)) || inverted) term.emphasis *= BESIDE_PLACE_EMPHASIS;
  }
}

/** Verbs by which someone tells of a clause: "which agency said it had been notified". */
// (Only those no term stands for: "which body announced that…" keeps "announced" as its event.)
const TELLING = new Set(['said', 'says', 'told', 'tells']);
const CLAUSE_OPENERS = new Set(['that', 'it', 'they', 'he', 'she', 'we']);
const CLAUSE_AUXILIARIES = new Set(['might', 'could', 'would', 'will', 'should', 'may', 'can', 'must', 'is', 'was', 'are', 'were', 'has', 'had', 'have']);

/**
 * "Which Taiwanese agency said it had been formally notified of the approval": who told it is
 * asked; the verbs of what they told ("notified") are no event the answer must do.
 */
function reportedOnly(tokens: Token[], terms: QuestionTerm[]): void {
  // ("Who said Tokyo might respond if China invades Taiwan": a clause with a subject of its own, too.)
  // (Only right after "who": "which official said…" keeps the clause's verb, its subject being absent from the text.)
  const clauseAfter = (i: number) => CLAUSE_OPENERS.has(tokens[i + 1]?.norm ?? '') || (i === 1 && tokens.slice(i + 2, i + 5).some((t) => CLAUSE_AUXILIARIES.has(t.norm)));
  const at = tokens.findIndex((t, i) => i > 0 && TELLING.has(t.norm) && clauseAfter(i));
  if (at < 0) return;
  const from = tokens[at]!.position;
  for (const term of terms) if (term.position > from) term.event = false;
}

/** Words that may follow a stranded "against": "who did they fight against together in World War II". */
const AFTER_AGAINST = new Set(['together', 'jointly', 'alongside', 'side', 'shoulder', 'back', 'then', 'in', 'during', 'at', 'before', 'with']);

/** "Who did China and the US fight against (together, in WW2)": the one opposed is asked for. */
function asksWhomAgainst(tokens: Token[]): boolean {
  const wh = tokens.findIndex((t) => isInterrogative(t.norm));
  if (wh < 0 || !['who', 'whom'].includes(tokens[wh]!.norm)) return false;
  const at = tokens.findIndex((t, i) => i > wh && t.norm === 'against');
  return at > 0 && (at === tokens.length - 1 || AFTER_AGAINST.has(tokens[at + 1]!.norm));
}

/** Nouns by which "what … of X" asks which kind of X. */
const KIND_NOUNS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts', 'model', 'models', 'make', 'brand', 'version', 'variant']);
const GENERIC_KIND_NOUNS = new Set(['kinds', 'type', 'types', 'sorts']);

/** Where "what / which KIND of" puts its kind noun ("what type of…"), or -1. */
function kindOfAt(tokens: Token[]): number {
  return tokens.findIndex((t, i) => KIND_NOUNS.has(t.norm) && tokens[i + 1]?.norm === 'of' && ['what', 'which'].includes(tokens[i - 1]?.norm ?? ''));
}

/** "What kind of fighter jets are the parts for": the terms of X, typed right after "what kind of". */
function kindAskedOf(tokens: Token[], terms: QuestionTerm[]): number[] {
  const at = kindOfAt(tokens);
  // "What fighter jet model…": the thing named before the kind noun.
  // (Typed as a search, too: "fighter jet model in arms package".)
  const asked = ['what', 'which'].includes(tokens[0]?.norm ?? '');
  const from = asked ? 1 : 0;
  const fragment = !asked && !tokens.some((t) => isInterrogative(t.norm));
  const kindNounAt = at < 0 && (asked || fragment) ? tokens.findIndex((t, i) => i >= from + 1 && i <= from + 3 && KIND_NOUNS.has(t.norm) && tokens.slice(from, i).every((w) => !isStopWord(w.norm))) : -1;
  if (kindNounAt > 0) return terms.flatMap((term, t) => (term.position >= tokens[from]!.position && term.position < tokens[kindNounAt]!.position ? [t] : []));
  if (at < 0) return [];
  const found: number[] = [];
  let next = tokens[at + 2]?.position ?? -1;
  for (let t = 0; t < terms.length; t++) {
    if (terms[t]!.position !== next) continue;
    found.push(t);
    next++;
  }
  return found;
}

/**
 * "How much were tariffs before they got cut", "what is the rate now": a form of "be" asks for a
 * level, at a time set by "before", "now"… — with no change told before it ("by how much were
 * tariffs reduced after the meeting" asks for the change).
 */
function asksLevel(tokens: Token[]): boolean {
  const tellsChange = (t: Token) => CHANGE_WORDS.has(t.norm) || (/ed$/.test(t.norm) && isMostlyVerb(t.norm));
  // ("What is the tariff rate on Chinese goods" asks a level too, unless a change is told anywhere
  // in it: "what was the rate of the cut".)
  const levelNoun = tokens.findIndex((t) => LEVEL_NOUNS.has(t.norm));
  const at = levelNoun >= 0 && !tokens.some((t) => tellsChange(t) || CHANGE_NOUNS.has(t.norm)) ? levelNoun : tokens.findIndex((t) => LEVEL_TIMES.has(t.norm));
  if (at < 0 || tokens[0]?.norm === 'by' || !tokens.slice(1, 4).some((t) => BE_FORMS.has(t.norm))) return false;
  return !tokens.slice(0, at).some(tellsChange);
}
/** Nouns for a level itself, not its change: "the tariff rate". */
const LEVEL_NOUNS = new Set(['rate', 'rates', 'level', 'levels']);
/** "What was/were X before the cut": a be-verb after "what", then "before" or "prior to" a change within three words. */
function levelBeforeChange(tokens: Token[]): boolean {
  if (tokens[0]?.norm !== 'what' || !BE_FORMS.has(tokens[1]?.norm ?? '')) return false;
  const at = tokens.findIndex((t, i) => t.norm === 'before' || (t.norm === 'prior' && tokens[i + 1]?.norm === 'to'));
  // ("What was the situation like before the cut" asks how things stood, not a level.)
  if (at <= 2 || tokens.slice(2, at).some((t) => t.norm === 'like' || STATE_NOUNS.has(t.norm))) return false;
  return tokens.slice(at + 1, at + 5).some((t) => CHANGE_WORDS.has(t.norm) || CHANGE_NOUNS.has(t.norm));
}
const STATE_NOUNS = new Set(['situation', 'state', 'mood', 'atmosphere', 'relationship', 'relations', 'ties', 'context', 'backdrop', 'background', 'position', 'stance', 'view', 'policy', 'reaction', 'response']);
const CHANGE_NOUNS = new Set(['reduction', 'reductions', 'increases', 'hike', 'hikes', 'rise', 'drop', 'decline', 'change', 'changes']);
const CHANGE_WORDS = new Set(['cut', 'cuts', 'raise', 'raised', 'lower', 'lowered', 'reduce', 'reduced', 'increase', 'increased', 'fell', 'rose', 'dropped', 'climbed']);
/** Words that set the time of a level asked about: "before the cut", "now". */
const LEVEL_TIMES = new Set(['before', 'prior', 'previously', 'originally', 'now', 'current', 'currently', 'still', 'after']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Particles that make a phrasal verb with the verb before them. */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'over', 'back', 'away', 'into', 'for']);

interface Segment {
  terms: number[];
  joinedBy: 'of' | 'possessive' | null;
  verb: boolean;
}

/** "Isn't", "wasn't": a form of "be" with its "not", as the tokenizer joins them. */
const NEGATED_BE = new Set(['isnt', 'arent', 'wasnt', 'werent']);
const NEGATIONS = new Set(['not', 'never', 'doesnt', 'dont', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'wouldnt', 'cant', 'cannot', 'couldnt', 'hasnt', 'havent', 'hadnt', 'shouldnt']);

export interface AnalysisContext {
  /** A word that names a person the article quotes ("xi", "takaichi"), not a country or a body. */
  isQuotedPerson?: (word: string) => boolean;
}

export function analyzeQuestion(question: string, context: AnalysisContext = {}): QuestionPlan {
  const tokens = tokenize(question)
    .map(fixLowercaseUs)
    .map((t) => interrogativeWithIs(t, question));
  // ("beijings claim", "chinas stance": a place's possessive typed without its apostrophe.)
  const possessives = new Set(tokens.filter((t) => isPossessive(question, t) || placeWithoutApostrophe(t.norm)).map((t) => t.position));
  const kind = detectKind(tokens, possessives);
  // "What were the tariffs before the cut", "what was the tariff level before the US cut it": the
  // level before a change, which only a number tells ("reduced … by 10%" is the change, not it).
  if (kind.kind === null && kind.cue === 'what' && levelBeforeChange(tokens)) {
    kind.kind = 'amount';
    kind.needsMeasure = 'any';
  }
  const isQuotedPerson = context.isQuotedPerson;
  const opinion = !isQuotedPerson ? null : kind.kind === null ? opinionAsked(tokens, isQuotedPerson) ?? mentionAsked(tokens, isQuotedPerson) : kind.kind === 'reason' ? mentionAsked(tokens, isQuotedPerson) : null;
  if (opinion) {
    // "What is Xi's take on the Ukraine war", "how does Xi think it should be resolved": a
    // person's view is what they said of it. "Why did Xi bring up World War II", "which war did
    // Xi refer to": the answer is in what he said of it, and around it.
    kind.kind = 'quote';
    kind.cue = `${kind.cue || (DID_FORMS.has(tokens[0]?.norm ?? '') ? tokens[0]!.norm : 'what')} … ${opinion.words.map((t) => t.norm).join(' ') || 'say'}`;
    kind.sayAt = opinion.sayAt;
    for (const word of opinion.words) kind.consumed.add(word.position);
  }
  // "What type of initiatives", "what kinds of peace efforts": the kind noun asks, as "kind" does.
  // (Not "model" or "make", which ask for a name the text must give.)
  const kindNoun = tokens[kindOfAt(tokens)];
  if (kindNoun && GENERIC_KIND_NOUNS.has(kindNoun.norm)) kind.consumed.add(kindNoun.position);
  const speakerFrom = opinion?.from ?? 0;
  const terms: QuestionTerm[] = [];
  // Words between double quotes: a quotation, whose words the text must have as written. (Of four
  // words or more: two or three may be the asker's own, set off — "did the US \"cut tariffs\"".)
  const quotations = [...question.matchAll(/["“]([^"“”]{3,})["”]/g)].filter((m) => m[1]!.trim().split(/\s+/).length >= 4).map((m) => [m.index!, m.index! + m[0].length] as const);
  const quotedAt = (offset: number) => quotations.some(([start, end]) => offset > start && offset < end);
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let join: Segment['joinedBy'] = null;
  const close = () => {
    if (current) segments.push(current);
    current = null;
  };

  // "Who arranged the Busan meeting": an -ing word after a noun names a thing, unless the question
  // is in the progressive ("what is the company planning").
  const progressive = tokens.some((t) => BE_FORMS.has(t.norm));
  for (const token of tokens) {
    const degree = token.position === kind.degreeWordAt;
    // ("Trump's own position": "own" stresses the owner; the phrase goes on.)
    if (token.norm === 'own' && possessives.has(tokens[tokens.indexOf(token) - 1]?.position ?? -1)) continue;
    if ((kind.consumed.has(token.position) && !degree) || isStopWord(token.norm) || isInterrogative(token.norm) || likeAsExample(tokens, token, terms) || oneOfMany(tokens, token)) {
      const continuesJoin = join === 'of' && DETERMINERS.has(token.norm);
      // (Only right after the phrase's word: in "officially told of the approval" the "of" is the verb's.)
      const rightAfterPhrase: boolean = current !== null;
      close();
      if (!continuesJoin) join = token.norm === 'of' && rightAfterPhrase && !segments[segments.length - 1]!.verb ? 'of' : null;
      continue;
    }
    // (An -ing form of a verb: "bring", "sing" and "string" are no gerunds.)
    const gerundNoun = !progressive && token.norm.endsWith('ing') && current !== null && baseForms(token.norm, 'v').some((base) => base !== token.norm);
    const verb = !token.capitalized && !gerundNoun && !isNounBeforeVerb(tokens, token) && !isObjectNoun(tokens, tokens.indexOf(token)) && !isPredicateAdjective(tokens, token) && (isMostlyVerb(token.norm) || isVerbAfterSubject(tokens, token, current !== null || afterNegatedSubject(tokens, token)) || isVerbAfterNamedSubject(tokens, token, question));
    const index = terms.length;
    terms.push({ typed: question.slice(token.start, token.end), norm: token.norm, stem: token.stem, position: token.position, emphasis: degree ? 0.4 : 1, verb, event: (verb && inVerbPosition(tokens, token)) || eventAfterLightVerb(tokens, token), ...(quotedAt(token.start) ? { quoted: true } : {}) });
    if (token.position === kind.kindNounAt) terms[index]!.namesKind = true;
    {
      let k = tokens.indexOf(token) - 1;
      while (k >= 0 && NOUN_DETERMINERS.has(tokens[k]!.norm)) k--;
      if (k >= 0 && SETTING_WORDS.has(tokens[k]!.norm)) terms[index]!.setting = true;
    }
    // "Who doesn't accept Beijing's claim": a verb with "not" before it (one word may stand between).
    const at = tokens.indexOf(token);
    if (verb && tokens.slice(Math.max(0, at - 2), at).some((t) => NEGATIONS.has(t.norm))) terms[index]!.negated = true;
    if (verb && tokens.slice(1, at).some((t) => CONDITIONS.has(t.norm))) terms[index]!.conditional = true;
    // "Why is Beijing not happy with Japan", "why isn't Beijing happy": an adjective said with "is not" is negated too.
    // (The dictionary is asked only when a "not" is there: most questions have none.)
    const isNot = !verb && ((NEGATIONS.has(tokens[at - 1]?.norm ?? '') && tokens.slice(0, at - 1).some((t) => BE_FORMS.has(t.norm))) || tokens.slice(0, at).some((t) => NEGATED_BE.has(t.norm)));
    if (isNot && baseForms(token.norm, 'a').length > 0 && baseForms(token.norm, 'n').length === 0) terms[index]!.negated = true;
    const after = tokens[at + 1];
    if (verb && after && PARTICLES.has(after.norm) && phrasalVerb(token.norm, after.norm)) {
      terms[index]!.particle = after.norm;
      terms[index]!.typed = question.slice(token.start, after.end);
    }
    if (verb) {
      close();
      segments.push({ terms: [index], joinedBy: null, verb: true });
      join = null;
      continue;
    }
    // "The relationship's trajectory since the summit": "since" is a term ("since that summit"),
    // but no word of a noun phrase.
    if (SUBORDINATORS.has(token.norm)) {
      close();
      join = null;
      continue;
    }
    if (!current) {
      current = { terms: [], joinedBy: join, verb: false };
      join = null;
    }
    (current as Segment).terms.push(index);
    if (isPossessive(question, token)) {
      close();
      join = 'possessive';
    }
  }
  close();
  // "Side by side": a word typed twice counts once.
  terms.forEach((term, i) => {
    if (terms.slice(0, i).some((earlier) => earlier.stem === term.stem)) term.emphasis = 0;
  });
  describedOnly(tokens, terms);
  lightenBesidePlaces(tokens, terms, kind.kind === 'reason' ? [GOVERNMENT_NOUNS, STANCE_NOUNS] : [GOVERNMENT_NOUNS]);
  lightenKindOfPlace(tokens, terms);
  if (kind.kind === 'person') reportedOnly(tokens, terms);
  const counted = kind.countedAt === null ? null : terms.findIndex((t) => t.position === kind.countedAt);
  const talkedAbout = talkedAboutTerms(tokens, terms);
  // "…, Trump or Xi": the choice offered names the candidate answers, not what the passage must
  // cover — one of them is never there.
  const choice = choiceOffered(tokens, terms);
  if (kind.kind === 'person') for (const t of choice) terms[t]!.emphasis = 0;
  return {
    kind: kind.kind,
    cue: kind.cue,
    needsName: kind.needsName,
    nameOf: kind.nameOf,
    needsMeasure: kind.needsMeasure,
    terms,
    // "trade tariffs soybeans": three or more bare keywords are a list, not one compound.
    // (Asked why, "Japan's stance" is Japan as it acts or speaks, which a passage seldom calls a
    // stance: the phrase need not be told whole.)
    phrases: isKeywordList(tokens, terms) ? [] : phrasesOf(segments, terms).filter((p) => !(kind.kind === 'reason' && STANCE_NOUNS.has(terms[p.head]!.norm))),
    counted: counted !== null && counted >= 0 ? counted : null,
    future: kind.future,
    intent: tokens.some((t, i) => INTENT_VERBS.has(t.norm) && tokens[i + 1]?.norm === 'to'),
    past: kind.past,
    datePrecision: kind.datePrecision,
    more: tokens.slice(0, 3).some((t) => t.norm === 'else'),
    choice,
    background: backgroundTerms(tokens, terms),
    // ("What will they do next": an adverb, not "the next …".)
    // ("Prior to this call" is "before" it, not "the prior call".)
    // ("The next summit", not "what Xi wants to see next from both sides": a word it qualifies must follow.)
    contrast: [
      ...tokens.filter((t, i) => CONTRAST_WORDS.has(t.norm) && tokens[i + 1] !== undefined && !isStopWord(tokens[i + 1]!.norm) && !['week', 'month', 'year', 'day', 'to'].includes(tokens[i + 1]!.norm)).map((t) => t.norm),
      // "Did the leaders agree to meet again": another meeting, the next one. (Not "buying soybeans
      // again", which a resumption tells.)
      ...(tokens.some((t, i) => t.norm === 'again' && MEETING_VERBS.has(tokens[i - 1]?.norm ?? '')) ? ['next'] : []),
    ],
    reactor: reactorTerms(terms, kind.reactAt),
    talkedAbout,
    talk: talkedAbout.length > 0 ? talkTerms(terms) : [],
    yesNo: AUXILIARIES.has(tokens[0]?.norm ?? ''),
    yesNoSubject: yesNoSubject(tokens, terms),
    fromAsked: tokens.some((t) => t.norm === 'from'),
    objectAsked: ['who', 'whom'].includes(tokens[0]?.norm ?? '') && DO_AUXILIARIES.has(tokens[1]?.norm ?? ''),
    thingAsked: ['what', 'which'].includes(tokens[0]?.norm ?? '') && tokens[1] !== undefined && !isStopWord(tokens[1].norm) && DO_AUXILIARIES.has(tokens[2]?.norm ?? ''),
    againstAsked: asksWhomAgainst(tokens),
    // ("Who's the spokesperson quoted": "is" run into "who".)
    levelAsked: kind.kind === 'amount' && asksLevel(tokens),
    kindOf: kindAskedOf(tokens, terms),
    identity: tokens[0]?.norm === 'who' && (tokens[0]?.withIs ? DETERMINERS.has(tokens[1]?.norm ?? '') : BE_FORMS.has(tokens[1]?.norm ?? '') && DETERMINERS.has(tokens[2]?.norm ?? '')),
    meaningAsked: tokens[0]?.norm === 'what' && DO_AUXILIARIES.has(tokens[1]?.norm ?? '') && tokens[tokens.length - 1]?.norm === 'mean',
    speaker: kind.sayAt === null ? [] : terms.filter((t) => t.position < kind.sayAt! && t.position >= speakerFrom).map((t) => terms.indexOf(t)),
  };
}

/** "beijings", "chinas": a place's possessive typed without its apostrophe (not "the States"). */
function placeWithoutApostrophe(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !namesAPlace(word) && namesAPlace(word.slice(0, -1));
}

/** Nouns for someone's view of a thing: "Xi's take on…", "Xi stance on…". */
const OPINION_NOUNS = new Set(['stance', 'position', 'view', 'views', 'take', 'opinion', 'opinions', 'attitude', 'thoughts', 'feelings', 'stand', 'comments', 'remarks', 'words', 'message']);
const OPINION_OBJECTS = new Set(['on', 'about', 'regarding', 'towards', 'toward', 'of', 'over']);
/** Verbs of wanting and believing: "what does Xi want…", "how does Xi think…". */
const OPINION_VERBS = new Set(['think', 'want', 'believe', 'feel', 'hope', 'see', 'view', 'expect']);
const DID_FORMS = new Set(['does', 'did', 'do']);

/** The words that ask for a quoted person's words (consumed), and where the person's name ends. */
interface WordsAsked {
  words: Token[];
  sayAt: number;
  /** Where the person's name starts ("which war did Xi…": not "war"). */
  from?: number;
}

/**
 * The words asking for a quoted person's view: "Xi's take on…" (the noun after the person, before
 * what it is of), "what/how does Xi think…" (the verb after the person), "according to Xi, …",
 * "xi on ukraine". Null otherwise, and for countries and bodies, whose position the text may state
 * without quoting anyone ("the United States maintains no formal position").
 */
function opinionAsked(tokens: Token[], isQuotedPerson: (word: string) => boolean): WordsAsked | null {
  const person = (t: Token | undefined) => quotedPerson(t, isQuotedPerson);
  // (Opening the question: in "how did China respond to Takaichi's remarks" the remarks are what was answered.)
  // (Nor after a verb of the asker's: in "did China condemn Takaichi's comments on Taiwan" China's act is asked.)
  for (let i = 1; i < Math.min(tokens.length - 1, 5); i++) {
    const opening = tokens.slice(0, i - 1).every((t) => isStopWord(t.norm) || person(t));
    if (OPINION_NOUNS.has(tokens[i]!.norm) && OPINION_OBJECTS.has(tokens[i + 1]!.norm) && person(tokens[i - 1]) && opening) return { words: [tokens[i]!], sayAt: tokens[i]!.position };
  }
  const wh = tokens[0]?.norm;
  if ((wh === 'what' || wh === 'how') && DID_FORMS.has(tokens[1]?.norm ?? '') && person(tokens[2]) && OPINION_VERBS.has(tokens[3]?.norm ?? '')) {
    return { words: [tokens[3]!], sayAt: tokens[3]!.position };
  }
  // "According to Xi, what…": his words. "Xi on Ukraine", "lin jian on the arms sale": chat for the same.
  if (wh === 'according' && tokens[1]?.norm === 'to' && person(tokens[2])) return { words: [tokens[0]!], sayAt: tokens[2]!.position + 1 };
  const name = person(tokens[0]) ? (person(tokens[1]) ? 2 : 1) : 0;
  if (name > 0 && tokens[name]?.norm === 'on' && tokens.length > name + 1) return { words: [], sayAt: tokens[name]!.position };
  // "xi ukraine comments", "takaichi taiwan remarks": the person, what about, then the words.
  const last = tokens[tokens.length - 1];
  const between = tokens.slice(name, -1);
  if (name > 0 && last && OPINION_NOUNS.has(last.norm) && between.length >= 1 && between.length <= 3 && between.every((t) => !isStopWord(t.norm))) return { words: [last], sayAt: tokens[name]!.position };
  return null;
}

/** Verbs of bringing something up in talk, with the particle some take: "bring up", "refer to". */
const MENTION_VERBS = new Map<string, string | null>([
  ['bring', 'up'], ['refer', 'to'], ['talk', 'about'], ['point', 'to'],
  ...['mention', 'raise', 'cite', 'invoke', 'emphasize', 'emphasise', 'stress', 'highlight', 'reference'].map((verb) => [verb, null] as [string, null]),
]);

/**
 * "Why did Xi bring up World War II", "which war did Xi refer to": the verb of mentioning (with its
 * particle) after a quoted person.
 */
function mentionAsked(tokens: Token[], isQuotedPerson: (word: string) => boolean): WordsAsked | null {
  // ("Did Xi bring up World War II": whether his words mention it.)
  const yesNo = DID_FORMS.has(tokens[0]?.norm ?? '');
  if (!yesNo && !['why', 'which', 'what'].includes(tokens[0]?.norm ?? '')) return null;
  // ("Which war did…": up to two words between the interrogative and "did".)
  const did = yesNo ? 0 : tokens.findIndex((t, i) => i > 0 && i <= 3 && DID_FORMS.has(t.norm));
  if (did < 0 || !quotedPerson(tokens[did + 1], isQuotedPerson)) return null;
  // ("Why did Xi keep bringing up…": the verb after "keep".)
  const keeps = ['keep', 'kept', 'keeps'].includes(tokens[did + 2]?.norm ?? '');
  const verbAt = did + (keeps ? 3 : 2);
  const verb = tokens[verbAt];
  const base = verb && [verb.norm, ...baseForms(verb.norm, 'v')].find((form) => MENTION_VERBS.has(form));
  if (!verb || !base) return null;
  const particle = MENTION_VERBS.get(base);
  // (A verb news copy uses too stays a word to match: "what did Xi emphasize" → "Xi emphasized".)
  const own = TOLD_VERBS.has(base) ? [] : [verb];
  const words = keeps ? [tokens[verbAt - 1]!, ...own] : own;
  const sayAt = (keeps ? tokens[verbAt - 1]! : verb).position;
  const from = tokens[did + 1]!.position;
  if (!particle) return { words, sayAt, from };
  // The particle right after the verb, or after what is brought up ("bring World War II up").
  const at = tokens.findIndex((t, i) => i > verbAt && t.norm === particle);
  return at < 0 ? null : { words: [...words, tokens[at]!], sayAt, from };
}

/** Verbs of mentioning that news copy itself uses of what someone said. */
const TOLD_VERBS = new Set(['emphasize', 'emphasise', 'stress', 'highlight', 'cite']);

function quotedPerson(token: Token | undefined, isQuotedPerson: (word: string) => boolean): boolean {
  // ("xis take": a possessive typed without its apostrophe.)
  return token !== undefined && (isQuotedPerson(token.norm) || (token.norm.endsWith('s') && isQuotedPerson(token.norm.slice(0, -1))));
}

/** Words that open a clause setting the scene of the question. */
/** Words that open a condition: "…if fighting broke out", "…unless Beijing objects". */
const CONDITIONS = new Set(['if', 'unless']);

const SUBORDINATORS = new Set(['since', 'after', 'before', 'while', 'because', 'until', 'during']);

/**
 * The terms after a scene-setting word past the question's start ("how did Xi describe ties since
 * they met in Busan" → they, met, Busan), or of a closing phrase that says where the talk happened
 * ("what did Xi say about Taiwan on the call" → call).
 */
function backgroundTerms(tokens: Token[], terms: QuestionTerm[]): number[] {
  const at = tokens.findIndex((t, i) => i > 1 && SUBORDINATORS.has(t.norm));
  const setting = settingAtEnd(tokens);
  const from = Math.min(at < 0 ? Infinity : tokens[at]!.position, setting < 0 ? Infinity : tokens[setting]!.position);
  return terms.flatMap((t, i) => (t.position > from ? [i] : []));
}

/**
 * Where "on the call", "during their phone call" starts, when it ends the question (perhaps with
 * whom it was held: "in the phone call with Trump"); else -1.
 */
function settingAtEnd(tokens: Token[]): number {
  for (let i = tokens.length - 2; i >= Math.max(2, tokens.length - 9); i--) {
    if (!SETTING_PREPOSITIONS.has(tokens[i]!.norm)) continue;
    const rest = tokens.slice(i + 1);
    const occasion = rest.findIndex((t) => OCCASIONS_OF_TALK.has(t.norm));
    if (occasion < 0 || !rest.slice(0, occasion).every((t) => isStopWord(t.norm) || t.norm === 'phone')) continue;
    let end = occasion;
    while (end + 1 < rest.length && OCCASIONS_OF_TALK.has(rest[end + 1]!.norm)) end++;
    const after = rest.slice(end + 1);
    if (after.length === 0 || (['with', 'between'].includes(after[0]!.norm) && after.length <= 4)) return i;
  }
  return -1;
}

/** "The previous sale", "the next summit" (but "next week" is a date). */
const INTENT_VERBS = new Set(['plan', 'plans', 'planning', 'planned', 'intend', 'intends', 'intending', 'intended', 'aim', 'aims', 'aiming', 'aimed']);
const CONTRAST_WORDS = new Set(['previous', 'prior', 'former', 'next', 'upcoming', 'subsequent']);
/** Verbs (not their nouns: "when was that meeting again" asks to be reminded) that "again" makes another occurrence of. */
const MEETING_VERBS = new Set(['meet', 'met', 'talk', 'talked', 'speak', 'spoke', 'visit', 'visited', 'convene', 'convened', 'gather', 'gathered']);

/**
 * "…, Trump or Xi": two words joined by "or" that end the question — or a cleft that offers them
 * ("was it Trump or Xi that started the call").
 */
function choiceOffered(tokens: Token[], terms: QuestionTerm[]): number[] {
  const n = tokens.length;
  const at = (token: Token) => terms.findIndex((t) => t.position === token.position);
  const cleft = tokens.findIndex((t, i) => t.norm === 'or' && tokens[i - 2]?.norm === 'it' && COPULA.has(tokens[i - 3]?.norm ?? '') && CLEFT_RELATIVES.has(tokens[i + 2]?.norm ?? ''));
  if (cleft > 0) {
    const [first, second] = [at(tokens[cleft - 1]!), at(tokens[cleft + 1]!)];
    return first >= 0 && second >= 0 ? [first, second] : [];
  }
  // ("…, China or the US": an article may stand before the second.)
  const or = tokens[n - 2]?.norm === 'or' ? n - 2 : tokens[n - 3]?.norm === 'or' && tokens[n - 2]!.norm === 'the' ? n - 3 : -1;
  if (n < 4 || or < 1) return [];
  const [first, second] = [at(tokens[or - 1]!), at(tokens[n - 1]!)];
  return first >= 0 && second >= 0 ? [first, second] : [];
}
const COPULA = new Set(['was', 'is']);
const CLEFT_RELATIVES = new Set(['that', 'who', 'which']);

function isKeywordList(tokens: Token[], terms: QuestionTerm[]): boolean {
  return terms.length >= 3 && terms.length === tokens.length;
}

function phrasesOf(segments: Segment[], terms: QuestionTerm[]): Phrase[] {
  const phrases: Phrase[] = [];
  const headOf = (s: Segment) => s.terms[s.terms.length - 1]!;
  segments.forEach((segment, i) => {
    // "The Taiwan president" is Taiwan's president: a title with its country is a pair, which a
    // text naming some other president and Taiwan apart does not match.
    const [first, ...rest] = segment.terms;
    const countrysTitle = rest.length > 0 && namesAPlace(terms[first!]!.norm) && isTitle(terms[headOf(segment)]!.norm) && !rest.some((t) => namesAPlace(terms[t]!.norm));
    if (countrysTitle) phrases.push({ members: segment.terms, head: headOf(segment), pair: [[first!], rest], joinedBy: 'possessive' });
    else if (segment.terms.length > 1) phrases.push({ members: segment.terms, head: headOf(segment) });
    const previous = segments[i - 1];
    if (segment.joinedBy && previous && !previous.verb) {
      const left = headOf(previous);
      const right = headOf(segment);
      phrases.push({
        members: [...previous.terms, ...segment.terms],
        head: segment.joinedBy === 'of' ? left : right,
        pair: [previous.terms, segment.terms],
        joinedBy: segment.joinedBy,
      });
    }
  });
  return phrases;
}

/** Words that open a noun phrase: "the", "its", "these". */
const NOUN_PHRASE_OPENERS = new Set([...DETERMINERS, 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
/** …and the prepositions before one: after either, a verb-like word is a noun ("the call", "during the meeting"). */
const NOUN_MARKERS = new Set([...NOUN_PHRASE_OPENERS, 'of', 'in', 'on', 'at', 'during', 'for', 'from', 'with', 'by', 'about', 'after', 'before', 'over', 'to']);
const PARTICIPLE = /(?:ed|en|ing)$/;

/**
 * A verb-like word is the question's verb unless its neighbours make it a noun: after a determiner
 * or preposition ("the call", "during the meeting"), or as the subject right after an auxiliary
 * ("where was trump…", "when did trump call…") — there only a participle is a verb ("was arrested").
 */
/** Words that name no one in particular: "was anything said", "did the person from the White House…". */
const NO_ONE_IN_PARTICULAR = new Set(['anything', 'something', 'everything', 'nothing', 'anyone', 'someone', 'everyone', 'anybody', 'somebody', 'everybody', 'person', 'people', 'official', 'officials', 'one', 'thing', 'things']);

/**
 * "Does Congress have to sign off…", "did the Pentagon confirm…": the noun right after a yes/no
 * question's auxiliary (or its "the") is who or what the question is about. (Not an acronym the
 * dictionary lacks, "would POTUS send…", nor a word for no one in particular.)
 */
function yesNoSubject(tokens: Token[], terms: QuestionTerm[]): number | null {
  if (!AUXILIARIES.has(tokens[0]?.norm ?? '')) return null;
  const at = tokens[1]?.norm === 'the' ? 2 : 1;
  const token = tokens[at];
  // (Nor a plural or a title, which may stand for people the text names: "did the leaders discuss…" of Trump and Xi.)
  const forms = token ? baseForms(token.norm, 'n') : [];
  const singularNoun = forms.length > 0 && forms.every((form) => form === token!.norm);
  if (!token || !singularNoun || NO_ONE_IN_PARTICULAR.has(token.norm) || isTitle(token.norm)) return null;
  const term = terms.findIndex((t) => t.position === token.position && !t.verb);
  return term >= 0 ? term : null;
}

function inVerbPosition(tokens: Token[], token: Token): boolean {
  const i = tokens.indexOf(token);
  const before = tokens[i - 1]?.norm ?? '';
  if (NOUN_MARKERS.has(before) || /['’]s?$/.test(before)) return false;
  // ("Tokyo would not stay out" reads as "Tokyo would stay out": "not" stands between.)
  const skip = (before === 'not' || before === 'never') && AUXILIARIES.has(tokens[i - 2]?.norm ?? '') ? 1 : 0;
  if (AUXILIARIES.has(tokens[i - 1 - skip]?.norm ?? '') && i + 1 < tokens.length && !PARTICIPLE.test(token.norm) && !subjectBeforeAuxiliary(tokens, i, skip)) return false;
  return true;
}

/**
 * "Who may decide…", "who does Taipei say may choose…": the auxiliary's subject stands before it
 * (the question word, or left out after a verb of saying), so a verb after it is the verb.
 */
function subjectBeforeAuxiliary(tokens: Token[], i: number, skip = 0): boolean {
  const token = tokens[i]!;
  const beforeAuxiliary = tokens[i - 2 - skip];
  // (Not a subject with its verb after it: "who will trump call".)
  const next = tokens[i + 1];
  if (!beforeAuxiliary || token.capitalized || !isMostlyVerb(token.norm) || (next && !isStopWord(next.norm) && isMostlyVerb(next.norm))) return false;
  return beforeAuxiliary.norm === 'who' || SAYING_FORMS.has(beforeAuxiliary.norm) || (!isStopWord(beforeAuxiliary.norm) && !isInterrogative(beforeAuxiliary.norm) && isMostlyVerb(beforeAuxiliary.norm));
}

/**
 * "When did the Japanese premier make…", "when was the arms deal approved": a verb-like word inside
 * a noun phrase (a determiner, then only nouns and adjectives) with a verb right after it is the
 * phrase's noun; the verb after it is the question's. So is one that ends the question after its
 * verb has been said, inside a prepositional phrase ("how did China respond to the prime
 * minister's Taiwan remarks"); but not without one ("when did the plane land").
 */
/** Verbs of talk that take the thing talked about after a particle ("talk about", "touch on", "bring up")… */
const TALK_VERBS = new Set(['talk', 'talked', 'talking', 'speak', 'spoke', 'bring', 'brought', 'raise', 'raised', 'touch', 'touched']);
const TALK_PARTICLES = new Set(['about', 'on', 'up']);
/** …or as their object ("discuss", "mention", "cover"). */
const TALK_OBJECT_VERBS = new Set(['discuss', 'discussed', 'mention', 'mentioned', 'cover', 'covered']);

/** The talk verb of a question about what was talked about, and the occasions it names ("did they discuss X on their call"). */
function talkTerms(terms: QuestionTerm[]): number[] {
  return terms.flatMap((term, t) => (TALK_VERBS.has(term.norm) || TALK_OBJECT_VERBS.has(term.norm) || OCCASIONS_OF_TALK.has(term.norm) ? [t] : []));
}

/** The terms of the first noun phrase after "talk about", "discuss", "bring up": the thing talked about. */
function talkedAboutTerms(tokens: Token[], terms: QuestionTerm[]): number[] {
  const at = tokens.findIndex((t, i) => TALK_OBJECT_VERBS.has(t.norm) || (TALK_VERBS.has(t.norm) && TALK_PARTICLES.has(tokens[i + 1]?.norm ?? '')));
  if (at < 0) return [];
  // (Not the talk of a clause inside the question: "did the White House share details about what
  // was discussed on trade" asks about the details.)
  if (tokens.slice(1, at).some((t) => isInterrogative(t.norm) || t.norm === 'whether')) return [];
  let k = at + 1;
  while (k < tokens.length && isStopWord(tokens[k]!.norm)) k++;
  const found: number[] = [];
  for (; k < tokens.length && !isStopWord(tokens[k]!.norm); k++) {
    const t = terms.findIndex((term) => term.position === tokens[k]!.position);
    if (t >= 0) found.push(t);
  }
  return found;
}

/**
 * The words of the one who reacts ("how did Japan respond"): those before the reaction verb. Of
 * "Ukraine's government" the place is the one that must act: "Chinese officials said…" is some
 * government, but not Ukraine's.
 */
function reactorTerms(terms: QuestionTerm[], reactAt: number | null): number[] {
  if (reactAt === null) return [];
  // (A word read as a verb may be the subject all the same: "how did trump actually respond".)
  const earlier = terms.flatMap((t, i) => (t.position < reactAt ? [i] : []));
  const nouns = earlier.filter((i) => !terms[i]!.verb);
  const before = nouns.length > 0 ? nouns : earlier;
  // ("How did the American president respond": the office holder reacts, not whatever else the
  // text writes "U.S." in — "U.S.-China relations returned".)
  const office = (i: number) => (terms[i + 1] && terms[i + 1]!.position === terms[i]!.position + 1 && isTitle(terms[i + 1]!.norm) ? i + 1 : null);
  const places = before.filter((i) => namesAPlace(terms[i]!.norm)).map((i) => office(i) ?? i);
  return places.length > 0 ? [...new Set(places)] : before;
}

/**
 * "Was Ukraine one of the things they talked about": "one of" picks a member of what follows, which
 * the text names without counting it ("the call also touched on…").
 */
function oneOfMany(tokens: Token[], token: Token): boolean {
  const i = tokens.indexOf(token);
  // (Not "one of Washington's most important partners", which the text may say word for word.)
  // ("One of the United States' allies" is one of a place's.)
  const owner = tokens[i + 3];
  return token.norm === 'one' && tokens[i + 1]?.norm === 'of' && ['the', 'these', 'those'].includes(tokens[i + 2]?.norm ?? '') && !(owner && (owner.capitalized || namesAPlace(owner.norm)));
}

/** "Japan being close to Washington": after "being", a word that can be an adjective says how, not what is done. */
function isPredicateAdjective(tokens: Token[], token: Token): boolean {
  const i = tokens.indexOf(token);
  return tokens[i - 1]?.norm === 'being' && baseForms(token.norm, 'a').length > 0 && !token.norm.endsWith('ed');
}

function isNounBeforeVerb(tokens: Token[], token: Token): boolean {
  const i = tokens.indexOf(token);
  const next = tokens[i + 1];
  // "How did trump respond", "did trump say": the one word between "did" and its verb is the subject.
  const afterDid = i >= 1 && DO_AUXILIARIES.has(tokens[i - 1]!.norm) && (i === 1 || isInterrogative(tokens[i - 2]!.norm));
  if (afterDid && next && !isFunctionWord(next.norm) && !isInterrogative(next.norm) && isMostlyVerb(next.norm)) return true;
  let j = i - 1;
  while (j >= 0 && ((!isStopWord(tokens[j]!.norm) && !isInterrogative(tokens[j]!.norm) && !isMostlyVerb(tokens[j]!.norm)) || joinsAdjectives(tokens, j))) j--;
  // "Why is Beijing mad about arms deal": a preposition opens the noun phrase that ends the question, with no article.
  // (Not after a "did" still waiting for its verb: "when did the arms sale to Taiwan start".)
  if (!next && j < i - 1 && j >= 1 && PHRASE_PREPOSITIONS.has(tokens[j]!.norm) && !tokens.slice(0, j).some((t) => DO_AUXILIARIES.has(t.norm))) return true;
  if (!(j < i - 1 && j >= 0 && NOUN_PHRASE_OPENERS.has(tokens[j]!.norm))) return false;
  // "How big is the new arms deal for Taiwan": after "is" and its subject no bare verb can stand
  // before a preposition; the word ends the noun phrase.
  if (next && PHRASE_PREPOSITIONS.has(next.norm) && !PARTICIPLE.test(token.norm) && tokens.slice(0, j).some((t) => BE_FORMS.has(t.norm)) && !tokens.slice(0, i).some((t) => DO_AUXILIARIES.has(t.norm))) return true;
  // The verb after it may be one of the question form ("…premier say", "…premier make").
  if (next) return !isFunctionWord(next.norm) && !isInterrogative(next.norm) && isMostlyVerb(next.norm);
  // At the end, only inside a prepositional phrase: "since the two men met" is a clause.
  // (The verb said before may be "was" with its adjective: "who was angry about the arms deal".)
  const predicate = (t: Token, k: number) => BE_FORMS.has(t.norm) && k + 1 < j - 1 && !isStopWord(tokens[k + 1]!.norm) && !isInterrogative(tokens[k + 1]!.norm);
  return PHRASE_PREPOSITIONS.has(tokens[j - 1]?.norm ?? '') && tokens.slice(0, j).some((t, k) => (!AUXILIARIES.has(t.norm) && !isInterrogative(t.norm) && isMostlyVerb(t.norm)) || predicate(t, k));
}

/** "A steady and positive track": an "and" or "or" between two adjectives stays inside the noun phrase. */
function joinsAdjectives(tokens: Token[], at: number): boolean {
  const adjective = (t: Token | undefined) => t !== undefined && !isStopWord(t.norm) && baseForms(t.norm, 'a').length > 0 && !isMostlyVerb(t.norm);
  return (tokens[at]!.norm === 'and' || tokens[at]!.norm === 'or') && adjective(tokens[at - 1]) && adjective(tokens[at + 1]);
}

/** Prepositions that take only a noun phrase (not "after", "before", "since", which also open clauses). */
const PHRASE_PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'during', 'for', 'from', 'with', 'by', 'about', 'over', 'to']);

/** Auxiliaries that take a bare verb after the subject: "when did the plane land". */
// (Negated too: "why didn't the White House share more details".)
const DO_AUXILIARIES = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'dont', 'doesnt', 'didnt', 'wont', 'wouldnt', 'cant', 'cannot', 'couldnt', 'shouldnt', 'mustnt']);

/**
 * "When did the plane land": after a do-auxiliary and its subject, the word that closes the clause
 * (at the end, or before a function word) is the verb, even one mostly used as a noun ("land", "fall").
 */
function isVerbAfterSubject(tokens: Token[], token: Token, afterSubject: boolean): boolean {
  if (!afterSubject) return false;
  const i = tokens.indexOf(token);
  if (!tokens.slice(0, i).some((t) => DO_AUXILIARIES.has(t.norm))) return false;
  const next = tokens[i + 1];
  if (next && !isStopWord(next.norm)) return false;
  return baseForms(token.norm, 'v').length > 0;
}

/**
 * "By what percentage did Washington lower certain tariffs": after a do-auxiliary and a subject of
 * one name, a word that can be a verb is the verb, even one mostly used otherwise ("lower", "back").
 */
function isVerbAfterNamedSubject(tokens: Token[], token: Token, question: string): boolean {
  const i = tokens.indexOf(token);
  const subject = tokens[i - 1];
  // ("The" only before a country, "did the US ease…": not "did the Japanese prime minister…".)
  const auxiliary = tokens[i - 2]?.norm === 'the' && subject && isKnownPlace(subject.norm) ? tokens[i - 3] : tokens[i - 2];
  if (!subject?.capitalized || isStopWord(subject.norm) || !auxiliary || !DO_AUXILIARIES.has(auxiliary.norm)) return false;
  // (Not after a possessive, which opens a noun phrase: "does Japan's posture matter".)
  if (/['’]s?$/.test(question.slice(subject.start, subject.end))) return false;
  return !isStopWord(token.norm) && baseForms(token.norm, 'v').length > 0;
}

/** "Why did the official not share more details": the "not" stands between the subject and its verb. */
function afterNegatedSubject(tokens: Token[], token: Token): boolean {
  const i = tokens.indexOf(token);
  return i >= 2 && NEGATIONS.has(tokens[i - 1]!.norm) && !isStopWord(tokens[i - 2]!.norm) && !isInterrogative(tokens[i - 2]!.norm);
}

/**
 * "Why did the authority refuse a bigger raise": a verb and then a determiner already stand after
 * the subject, so a verb-like word that closes the clause is the object's noun, not a second verb.
 * (Not one with a verb between: "…say their talks went".)
 */
function isObjectNoun(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next && !isStopWord(next.norm)) return false;
  for (let k = i - 1; k > 1; k--) {
    const word = tokens[k]!.norm;
    if (NOUN_PHRASE_OPENERS.has(word) && word !== 'that') {
      const verb = tokens[k - 1]!.norm;
      return !AUXILIARIES.has(verb) && !isStopWord(verb) && baseForms(verb, 'v').length > 0;
    }
    if (isStopWord(word) || isInterrogative(word) || isMostlyVerb(word)) return false;
  }
  return false;
}

/** "What's", "whats", "whos": an interrogative with "is" run into it, typed with or without its apostrophe. */
function interrogativeWithIs(token: Token, question: string): Token {
  // "What's": the 's of an interrogative is "is", not a possessive.
  if (isInterrogative(token.norm) && /['’]s$/i.test(question.slice(token.start, token.end))) return { ...token, withIs: true };
  const base = token.norm.endsWith('s') ? token.norm.slice(0, -1) : '';
  return base && isInterrogative(base) ? { ...token, norm: base, stem: base, withIs: true } : token;
}

/** "the us", "us tariffs": the country, not the pronoun. */
function fixLowercaseUs(token: Token, i: number, tokens: Token[]): Token {
  if (token.norm !== 'us') return token;
  const before = tokens[i - 1]?.norm;
  const after = tokens[i + 1]?.norm;
  const country = before === 'the' || (after !== undefined && !isStopWord(after) && !isInterrogative(after));
  return country ? { ...token, norm: 'usa', stem: 'usa' } : token;
}
