/**
 * The roles words play in a question besides its topic: the talk and what was talked about, who
 * reacts, a closing clause that only sets the scene, a choice offered ("Trump or Xi"), whom a
 * yes/no question is about, whom something was against, the thing whose kind or level is asked, a
 * quoted person's view, and nouns that say little beside the place they go with ("the Chinese
 * government").
 */
import { namesAPlace } from '../lexicon/places.ts';
import { isTitle } from '../lexicon/titles.ts';
import { baseForms, isMostlyVerb } from '../lexicon/wordnet.ts';
import { isInterrogative, isStopWord } from '../text/stopwords.ts';
import type { Token } from '../text/tokenize.ts';
import type { QuestionTerm } from './question.ts';
import { OCCASIONS_OF_TALK, SETTING_PREPOSITIONS } from './question-kind.ts';
import { AUXILIARIES, BE_FORMS, DETERMINERS } from './question-verbs.ts';

/** Verbs of talk that take the thing talked about after a particle ("talk about", "touch on", "bring up")… */
const TALK_VERBS = new Set(['talk', 'talks', 'talked', 'talking', 'speak', 'speaks', 'spoke', 'speaking', 'bring', 'brought', 'raise', 'raised', 'touch', 'touched']);
const TALK_PARTICLES = new Set(['about', 'on', 'up']);
/** …or as their object ("discuss", "mention", "cover"). */
const TALK_OBJECT_VERBS = new Set(['discuss', 'discussed', 'mention', 'mentioned', 'cover', 'covered']);

/** The talk verb of a question about what was talked about, and the occasions it names ("did they discuss X on their call"). */
export function talkTerms(terms: QuestionTerm[]): number[] {
  return terms.flatMap((term, t) => (TALK_VERBS.has(term.norm) || TALK_OBJECT_VERBS.has(term.norm) || OCCASIONS_OF_TALK.has(term.norm) ? [t] : []));
}

/** The terms of the first noun phrase after "talk about", "discuss", "bring up": the thing talked about. */
export function talkedAboutTerms(tokens: Token[], terms: QuestionTerm[]): number[] {
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
export function reactorTerms(terms: QuestionTerm[], reactAt: number | null): number[] {
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

/** Words that open a clause setting the scene of the question. */
export const SUBORDINATORS = new Set(['since', 'after', 'before', 'while', 'because', 'until', 'during']);

/**
 * The terms after a scene-setting word past the question's start ("how did Xi describe ties since
 * they met in Busan" → they, met, Busan), or of a closing phrase that says where the talk happened
 * ("what did Xi say about Taiwan on the call" → call).
 */
export function backgroundTerms(tokens: Token[], terms: QuestionTerm[]): number[] {
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

/**
 * "…, Trump or Xi": two words joined by "or" that end the question — or a cleft that offers them
 * ("was it Trump or Xi that started the call").
 */
export function choiceOffered(tokens: Token[], terms: QuestionTerm[]): number[] {
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

/** Words that name no one in particular: "was anything said", "did the person from the White House…". */
const NO_ONE_IN_PARTICULAR = new Set(['anything', 'something', 'everything', 'nothing', 'anyone', 'someone', 'everyone', 'anybody', 'somebody', 'everybody', 'person', 'people', 'official', 'officials', 'one', 'thing', 'things']);

/**
 * "Does Congress have to sign off…", "did the Pentagon confirm…": the noun right after a yes/no
 * question's auxiliary (or its "the") is who or what the question is about. (Not an acronym the
 * dictionary lacks, "would POTUS send…", nor a word for no one in particular.)
 */
export function yesNoSubject(tokens: Token[], terms: QuestionTerm[]): number | null {
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

/** Words that may follow a stranded "against": "who did they fight against together in World War II". */
const AFTER_AGAINST = new Set(['together', 'jointly', 'alongside', 'side', 'shoulder', 'back', 'then', 'in', 'during', 'at', 'before', 'with']);

/** "Who did China and the US fight against (together, in WW2)": the one opposed is asked for. */
export function asksWhomAgainst(tokens: Token[]): boolean {
  const wh = tokens.findIndex((t) => isInterrogative(t.norm));
  if (wh < 0 || !['who', 'whom'].includes(tokens[wh]!.norm)) return false;
  const at = tokens.findIndex((t, i) => i > wh && t.norm === 'against');
  return at > 0 && (at === tokens.length - 1 || AFTER_AGAINST.has(tokens[at + 1]!.norm));
}

/** Nouns by which "what … of X" asks which kind of X. */
const KIND_NOUNS = new Set(['kind', 'kinds', 'type', 'types', 'sort', 'sorts', 'model', 'models', 'make', 'brand', 'version', 'variant']);
export const GENERIC_KIND_NOUNS = new Set(['kinds', 'type', 'types', 'sorts']);

/** Where "what / which KIND of" puts its kind noun ("what type of…"), or -1. */
export function kindOfAt(tokens: Token[]): number {
  return tokens.findIndex((t, i) => KIND_NOUNS.has(t.norm) && tokens[i + 1]?.norm === 'of' && ['what', 'which'].includes(tokens[i - 1]?.norm ?? ''));
}

/** "What kind of fighter jets are the parts for": the terms of X, typed right after "what kind of". */
export function kindAskedOf(tokens: Token[], terms: QuestionTerm[]): number[] {
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
export function asksLevel(tokens: Token[]): boolean {
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
export function levelBeforeChange(tokens: Token[]): boolean {
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

/** Nouns for someone's view of a thing: "Xi's take on…", "Xi stance on…". */
const OPINION_NOUNS = new Set(['stance', 'position', 'view', 'views', 'take', 'opinion', 'opinions', 'attitude', 'thoughts', 'feelings', 'stand', 'comments', 'remarks', 'words', 'message']);
const OPINION_OBJECTS = new Set(['on', 'about', 'regarding', 'towards', 'toward', 'of', 'over']);
/** Verbs of wanting and believing: "what does Xi want…", "how does Xi think…". */
const OPINION_VERBS = new Set(['think', 'want', 'believe', 'feel', 'hope', 'see', 'view', 'expect', 'reckon']);
export const DID_FORMS = new Set(['does', 'did', 'do']);

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
export function opinionAsked(tokens: Token[], isQuotedPerson: (word: string) => boolean): WordsAsked | null {
  const person = (t: Token | undefined) => quotedPerson(t, isQuotedPerson);
  // (Opening the question: in "how did China respond to Takaichi's remarks" the remarks are what was answered.)
  // (Nor after a verb of the asker's: in "did China condemn Takaichi's comments on Taiwan" China's act is asked.)
  for (let i = 1; i < Math.min(tokens.length - 1, 5); i++) {
    const opening = tokens.slice(0, i - 1).every((t) => isStopWord(t.norm) || person(t));
    if (OPINION_NOUNS.has(tokens[i]!.norm) && OPINION_OBJECTS.has(tokens[i + 1]!.norm) && person(tokens[i - 1]) && opening) return { words: [tokens[i]!], sayAt: tokens[i]!.position };
  }
  const wh = tokens[0]?.norm;
  // (The name may be typed whole: "what does Xi Jinping want".)
  const afterName = pastName(tokens, 2, person);
  if ((wh === 'what' || wh === 'how') && DID_FORMS.has(tokens[1]?.norm ?? '') && afterName > 2 && OPINION_VERBS.has(tokens[afterName]?.norm ?? '')) {
    return { words: [tokens[afterName]!], sayAt: tokens[afterName]!.position };
  }
  // "Does Xi think things are going well": yes or no, from his words.
  const afterSubject = pastName(tokens, 1, person);
  if (wh !== undefined && DID_FORMS.has(wh) && afterSubject > 1 && OPINION_VERBS.has(tokens[afterSubject]?.norm ?? '')) {
    return { words: [tokens[afterSubject]!], sayAt: tokens[afterSubject]!.position };
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

/** Where a name typed at `at` ends: up to three of its words ("Xi", "Xi Jinping"); `at` itself if none is. */
function pastName(tokens: Token[], at: number, isNameWord: (token: Token | undefined) => boolean): number {
  let end = at;
  while (end < at + 3 && isNameWord(tokens[end])) end++;
  return end;
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
export function mentionAsked(tokens: Token[], isQuotedPerson: (word: string) => boolean): WordsAsked | null {
  // ("Did Xi bring up World War II": whether his words mention it.)
  const yesNo = DID_FORMS.has(tokens[0]?.norm ?? '');
  if (!yesNo && !['why', 'which', 'what'].includes(tokens[0]?.norm ?? '')) return null;
  // ("Which war did…": up to two words between the interrogative and "did".)
  const did = yesNo ? 0 : tokens.findIndex((t, i) => i > 0 && i <= 3 && DID_FORMS.has(t.norm));
  if (did < 0 || !quotedPerson(tokens[did + 1], isQuotedPerson)) return null;
  // (The name may be typed whole: "why did Xi Jinping bring up…".)
  const name = pastName(tokens, did + 1, (t) => quotedPerson(t, isQuotedPerson));
  // ("Why did Xi keep bringing up…": the verb after "keep".)
  const keeps = ['keep', 'kept', 'keeps'].includes(tokens[name]?.norm ?? '');
  const verbAt = name + (keeps ? 1 : 0);
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

/** Nouns for those who govern a place, which news names by the place itself ("Beijing", "Tokyo"). */
export const GOVERNMENT_NOUNS = new Set(['government', 'governments', 'administration', 'administrations', 'authorities', 'leadership', 'leaderships']);
/**
 * "Why does Japan's stance (or role) matter to Xi": asked why, a place's stance is what it said or did, which
 * the answering sentence seldom calls a stance. (Asked what it is — "what is China's position on
 * Ukraine" — the word may be the text's own: "a position consistent with…".)
 */
export const STANCE_NOUNS = new Set(['stance', 'stances', 'position', 'positions', 'posture', 'attitude', 'standpoint', 'role', 'roles']);
/** How much such a noun still counts beside its place: it tells little that the place does not. */
const BESIDE_PLACE_EMPHASIS = 0.4;

/**
 * "Ties between the Chinese and Japanese governments", "the governments of China and Japan": news
 * writes "relations between Beijing and Tokyo". The place carries the meaning; a noun of `nouns`
 * beside it, missing from the sentence that answers, must not weigh as a topic of its own.
 */
export function lightenBesidePlaces(tokens: Token[], terms: QuestionTerm[], nouns: ReadonlySet<string>[]): void {
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
export function lightenKindOfPlace(tokens: Token[], terms: QuestionTerm[]): void {
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
