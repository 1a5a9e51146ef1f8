/**
 * Reads a question: what kind of answer it wants (who → a person or body, when → a date, how much →
 * an amount…) and which words carry its topic, grouped into the phrases they were typed in.
 * Interrogatives, auxiliaries and the verbs of the question form ("what did X say") set the kind;
 * they are never matched against the text.
 */
import { namesAPlace } from '../lexicon/places.ts';
import { isTitle } from '../lexicon/titles.ts';
import { baseForms, isMostlyVerb, phrasalVerb } from '../lexicon/wordnet.ts';
import { stem } from '../text/stem.ts';
import { isInterrogative, isStopWord } from '../text/stopwords.ts';
import { isPossessive, tokenize, type Token } from '../text/tokenize.ts';
import type { AnswerKind } from './answer-types.ts';
import { detectKind, type DatePrecision, type MeasureNeed } from './question-kind.ts';
import {
  afterNegatedSubject,
  AUXILIARIES,
  BE_FORMS,
  describedOnly,
  DETERMINERS,
  DO_AUXILIARIES,
  eventAfterLightVerb,
  inVerbPosition,
  isNounBeforeVerb,
  isObjectNoun,
  isPredicateAdjective,
  isVerbAfterNamedSubject,
  isVerbAfterSubject,
  likeAsExample,
  NEGATIONS,
  NOUN_DETERMINERS,
  oneOfMany,
  reportedOnly,
} from './question-verbs.ts';
import {
  asksLevel,
  asksWhomAgainst,
  backgroundTerms,
  choiceOffered,
  DID_FORMS,
  GENERIC_KIND_NOUNS,
  GOVERNMENT_NOUNS,
  kindAskedOf,
  kindOfAt,
  levelBeforeChange,
  lightenBesidePlaces,
  lightenKindOfPlace,
  mentionAsked,
  opinionAsked,
  reactorTerms,
  STANCE_NOUNS,
  SUBORDINATORS,
  talkedAboutTerms,
  talkTerms,
  yesNoSubject,
} from './question-roles.ts';

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
  /** "Did the call last more than an hour": a yes/no claim that states a length of time. */
  claimsDuration: boolean;
  /** "What did Takaichi say about the stimulus package": the terms of what the words are asked to be about. */
  saidAbout: number[];
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
  /** The question reaches back in time ("the last strike", "in 2011", "when did it first open"): background sentences may answer it (see ranking/background.ts). */
  reachesBack: boolean;
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

/** Prepositions that set the occasion something happened at: "during the call". */
const SETTING_WORDS = new Set(['during', 'on', 'at', 'throughout', 'amid']);

/** Particles that make a phrasal verb with the verb before them. */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'over', 'back', 'away', 'into', 'for']);

interface Segment {
  terms: number[];
  joinedBy: 'of' | 'possessive' | null;
  verb: boolean;
}

/** "Isn't", "wasn't": a form of "be" with its "not", as the tokenizer joins them. */
const NEGATED_BE = new Set(['isnt', 'arent', 'wasnt', 'werent']);

export interface AnalysisContext {
  /** A word that names a person the article quotes ("xi", "takaichi"), not a country or a body. */
  isQuotedPerson?: (word: string) => boolean;
  /** Whether the articles write this title before this name ("president", "xi"): typed before it, the title adds nothing. */
  titleWritten?: (title: string, name: string) => boolean;
}

/** Verbs of telling someone, whose object is the listener: "tell residents", "warned reporters". */
const TELL_FORMS = new Set(['tell', 'tells', 'told', 'telling', 'warn', 'warns', 'warned', 'warning', 'assure', 'assured', 'reassure', 'reassured']);
const LISTENER_EMPHASIS = 0.4;

export function analyzeQuestion(question: string, context: AnalysisContext = {}): QuestionPlan {
  const tokens = withoutTitlesOfNames(
    tokenize(question)
      .map(fixLowercaseUs)
      .map((t) => interrogativeWithIs(t, question)),
    context.titleWritten,
  );
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
  // "What did the sheriff tell residents": whom the words were told to is seldom in them.
  if (kind.kind === 'quote' && kind.sayAt !== null) {
    const sayWord = tokens.find((t) => t.position === kind.sayAt);
    const listener = terms.find((t) => t.position > kind.sayAt! && t.position <= kind.sayAt! + 2);
    if (sayWord && TELL_FORMS.has(sayWord.norm) && listener && !namesAPlace(listener.norm)) listener.emphasis = Math.min(listener.emphasis, LISTENER_EMPHASIS);
  }
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
    // ("The first batch" counts, "when did it first open" reaches back.)
    // ("Earlier this year", "last week" keep to the story's own time: they do not reach back.)
    reachesBack: tokens.some((t, i) => (EARLIER_CUES.has(t.stem) && !(t.norm === 'first' && FIRST_AS_COUNT.has(tokens[i - 1]?.norm ?? '')) && !opensRecentPeriod(tokens, i)) || /^(?:1[89]|20)\d\d$/.test(t.norm)),
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
    claimsDuration: AUXILIARIES.has(tokens[0]?.norm ?? '') && statesDuration(tokens),
    saidAbout: kind.sayAt === null ? [] : termsAfterAbout(tokens, terms, kind.sayAt),
    speaker: kind.sayAt === null ? [] : terms.filter((t) => t.position < speakerEnd(tokens, speakerFrom, kind.sayAt!) && t.position >= speakerFrom).map((t) => terms.indexOf(t)),
  };
}

/** The terms after "about" (or "on", "regarding") that follows the saying verb: what the words are about. */
function termsAfterAbout(tokens: readonly Token[], terms: readonly QuestionTerm[], sayAt: number): number[] {
  const about = tokens.find((t) => t.position > sayAt && t.position <= sayAt + 2 && ABOUT_WORDS.has(t.norm));
  return about ? terms.flatMap((term, t) => (term.position > about.position ? [t] : [])) : [];
}

const TIME_UNITS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
const COUNTS_OF_TIME = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'few', 'many']);
/** Words after a length of time that make it a date ("a week ago") or an age ("ten years old"). */
const NOT_A_LENGTH = new Set(['ago', 'later', 'earlier', 'before', 'after', 'old', 'since', 'from', 'into', 'prior']);

/** "More than an hour", "for three days": a length of time, not a date ("a week ago") or an age. */
function statesDuration(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => TIME_UNITS.has(t.norm) && i > 0 && (COUNTS_OF_TIME.has(tokens[i - 1]!.norm) || /^\d+$/.test(tokens[i - 1]!.norm)) && !NOT_A_LENGTH.has(tokens[i + 1]?.norm ?? ''));
}

/**
 * Where the speaker's words end before the saying verb: at a topic's or listener's preposition, which
 * word order like "what has Takaichi about an attack on Taiwan said", "what has Trump to Xi said"
 * puts before the verb.
 */
function speakerEnd(tokens: readonly Token[], from: number, sayAt: number): number {
  // (Only after the auxiliary that opens the question: in "what kind of initiatives on Ukraine did Xi
  // say…" the topic comes first; and not a copula's, "what is the sentence on what Taipei says".)
  const opening = tokens[0] && AUXILIARIES.has(tokens[0].norm) ? tokens[0] : isInterrogative(tokens[0]?.norm ?? '') ? tokens[1] : undefined;
  if (!opening || opening.position < from || opening.position >= sayAt || !AUXILIARIES.has(opening.norm) || BE_FORMS.has(opening.norm)) return sayAt;
  const preposition = tokens.find((t) => t.position > opening.position + 1 && t.position < sayAt && TOPIC_PREPOSITIONS.has(t.norm));
  // (And only when the topic runs to the verb: "what did the call cover on Ukraine and what did Xi say"
  // is two questions.)
  const clauseBetween = preposition && tokens.some((t) => t.position > preposition.position && t.position < sayAt && (AUXILIARIES.has(t.norm) || isInterrogative(t.norm)));
  return preposition && !clauseBetween ? preposition.position : sayAt;
}
/** Words before what something is said about. */
const ABOUT_WORDS = new Set(['about', 'regarding', 'concerning', 'on']);
/** …and before whom it is said to, which the speaker's words end at too. */
const TOPIC_PREPOSITIONS = new Set([...ABOUT_WORDS, 'to']);

/** "beijings", "chinas": a place's possessive typed without its apostrophe (not "the States"). */
function placeWithoutApostrophe(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !namesAPlace(word) && namesAPlace(word.slice(0, -1));
}

/** Words that open a condition: "…if fighting broke out", "…unless Beijing objects". */
const CONDITIONS = new Set(['if', 'unless']);

const INTENT_VERBS = new Set(['plan', 'plans', 'planning', 'planned', 'intend', 'intends', 'intending', 'intended', 'aim', 'aims', 'aiming', 'aimed']);
/** "The previous sale", "the next summit" (but "next week" is a date). */
const CONTRAST_WORDS = new Set(['previous', 'prior', 'former', 'next', 'upcoming', 'subsequent']);
/** Words before which "first" is the first of several now ("the first batch"), not the first time. */
const FIRST_AS_COUNT = new Set(['the', 'a', 'its', 'their', 'his', 'her', 'this', 'that', 'our', 'your']);
/**
 * Words by which a question reaches back to an earlier time, and verbs of beginnings, whose answer
 * is often history ("when did the bridge open": 1957), as stems.
 */
const EARLIER_CUES = new Set(
  ['last', 'previous', 'prior', 'past', 'before', 'earlier', 'history', 'historic', 'ever', 'ago', 'since', 'record', 'former', 'first', 'original', 'once', 'other', 'another', 'old', 'open', 'build', 'built', 'found', 'founded', 'establish', 'begin', 'began', 'start', 'launch', 'create'].map(stem),
);
/** "Earlier this year", "earlier this month", "last week", "past month": a span that ends now. */
function opensRecentPeriod(tokens: Token[], at: number): boolean {
  if (!['earlier', 'last', 'past', 'previous'].includes(tokens[at]!.norm)) return false;
  const next = tokens[at + 1]?.norm ?? '';
  if (next === 'this') return ['year', 'month', 'week', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter'].includes(tokens[at + 2]?.norm ?? '');
  return next !== 'earlier' && tokens[at]!.norm !== 'earlier' && ['week', 'month', 'weekend', 'night', 'days', 'weeks'].includes(next);
}

/** Verbs (not their nouns: "when was that meeting again" asks to be reminded) that "again" makes another occurrence of. */
const MEETING_VERBS = new Set(['meet', 'met', 'talk', 'talked', 'speak', 'spoke', 'visit', 'visited', 'convene', 'convened', 'gather', 'gathered']);

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

/** "What's", "whats", "whos": an interrogative with "is" run into it, typed with or without its apostrophe. */
function interrogativeWithIs(token: Token, question: string): Token {
  // "What's": the 's of an interrogative is "is", not a possessive.
  if (isInterrogative(token.norm) && /['’]s$/i.test(question.slice(token.start, token.end))) return { ...token, withIs: true };
  const base = token.norm.endsWith('s') ? token.norm.slice(0, -1) : '';
  return base && isInterrogative(base) ? { ...token, norm: base, stem: base, withIs: true } : token;
}

/**
 * "What does President Xi want done about Ukraine" asks what Xi said, as "what does Xi want…"
 * does: a title typed before a name, as the article writes it, adds nothing (the index gives
 * it no weight either; see titlesBeforeNames in index.ts), and left in it hides the name from the
 * readings that look for a person right after "what does".
 */
function withoutTitlesOfNames(tokens: Token[], titleWritten?: (title: string, name: string) => boolean): Token[] {
  if (!titleWritten) return tokens;
  const kept = tokens.filter((t, i) => {
    if (!isTitle(t.norm)) return true;
    let next = i + 1;
    while (next < tokens.length && isTitle(tokens[next]!.norm)) next++;
    const name = tokens[next];
    return !(name && titleWritten(t.norm, name.norm));
  });
  return kept.length === tokens.length || kept.length === 0 ? tokens : kept.map((t, position) => ({ ...t, position }));
}

/** "the us", "us tariffs": the country, not the pronoun. */
function fixLowercaseUs(token: Token, i: number, tokens: Token[]): Token {
  if (token.norm !== 'us') return token;
  const before = tokens[i - 1]?.norm;
  const after = tokens[i + 1]?.norm;
  const country = before === 'the' || (after !== undefined && !isStopWord(after) && !isInterrogative(after));
  return country ? { ...token, norm: 'usa', stem: 'usa' } : token;
}
