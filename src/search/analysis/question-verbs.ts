/**
 * Where verbs and events stand in a question: whether a verb-like word is the question's verb or a
 * noun ("the call", "did trump say", "when did the plane land"), and which verbs tell no event an
 * answer must attach to (those of a clause that only describes or reports something). With the
 * auxiliaries, forms of "be", negations and determiners that this reading turns on.
 */
import { isKnownPlace, namesAPlace } from '../lexicon/places.ts';
import { SAYING_FORMS } from '../lexicon/saying.ts';
import { baseForms, isMostlyVerb } from '../lexicon/wordnet.ts';
import { isFunctionWord, isInterrogative, isStopWord } from '../text/stopwords.ts';
import type { Token } from '../text/tokenize.ts';
import type { QuestionTerm } from './question.ts';
import { OCCASIONS_OF_TALK } from './question-kind.ts';

export const DETERMINERS = new Set(['the', 'a', 'an']);
export const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'may', 'might', 'must']);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
export const NEGATIONS = new Set(['not', 'never', 'doesnt', 'dont', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'wont', 'wouldnt', 'cant', 'cannot', 'couldnt', 'hasnt', 'havent', 'hadnt', 'shouldnt']);

/** Auxiliaries that take a bare verb after the subject: "when did the plane land". */
// (Negated too: "why didn't the White House share more details".)
export const DO_AUXILIARIES = new Set(['do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'dont', 'doesnt', 'didnt', 'wont', 'wouldnt', 'cant', 'cannot', 'couldnt', 'shouldnt', 'mustnt']);

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
export function inVerbPosition(tokens: Token[], token: Token): boolean {
  const i = tokens.indexOf(token);
  const before = tokens[i - 1]?.norm ?? '';
  if (NOUN_MARKERS.has(before) || /['’]s?$/.test(before)) return false;
  // ("Tokyo would not stay out" reads as "Tokyo would stay out": "not" stands between.)
  const skip = (before === 'not' || before === 'never') && AUXILIARIES.has(tokens[i - 2]?.norm ?? '') ? 1 : 0;
  if (AUXILIARIES.has(tokens[i - 1 - skip]?.norm ?? '') && i + 1 < tokens.length && !isParticiple(token.norm) && !subjectBeforeAuxiliary(tokens, i, skip)) return false;
  return true;
}

/** "Was arrested", "has resumed" — and the irregular ones: "soybeans China has bought since Busan". */
function isParticiple(word: string): boolean {
  return PARTICIPLE.test(word) || (!word.endsWith('s') && baseForms(word, 'v').some((base) => base !== word));
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
export function isNounBeforeVerb(tokens: Token[], token: Token): boolean {
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

/**
 * "When did the plane land": after a do-auxiliary and its subject, the word that closes the clause
 * (at the end, or before a function word) is the verb, even one mostly used as a noun ("land", "fall").
 */
export function isVerbAfterSubject(tokens: Token[], token: Token, afterSubject: boolean): boolean {
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
export function isVerbAfterNamedSubject(tokens: Token[], token: Token, question: string): boolean {
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
export function afterNegatedSubject(tokens: Token[], token: Token): boolean {
  const i = tokens.indexOf(token);
  return i >= 2 && NEGATIONS.has(tokens[i - 1]!.norm) && !isStopWord(tokens[i - 2]!.norm) && !isInterrogative(tokens[i - 2]!.norm);
}

/**
 * "Why did the authority refuse a bigger raise": a verb and then a determiner already stand after
 * the subject, so a verb-like word that closes the clause is the object's noun, not a second verb.
 * (Not one with a verb between: "…say their talks went".)
 */
export function isObjectNoun(tokens: Token[], i: number): boolean {
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

/** Verbs that carry no event of their own before a noun of one: "hold a meeting", "have a call". */
const LIGHT_BEFORE_NOUN = new Set(['hold', 'holds', 'held', 'holding', 'have', 'has', 'had', 'having', 'make', 'makes', 'made', 'take', 'takes', 'took', 'give', 'gives', 'gave']);
export const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'their', 'his', 'her', 'its', 'our', 'this', 'that']);

/**
 * "Where did the leaders hold a meeting": a meeting or call a light verb governs is the event
 * ("meet"). (Not every noun: "make her comments", "has the right" tell no event of their own.)
 */
export function eventAfterLightVerb(tokens: Token[], token: Token): boolean {
  const at = tokens.indexOf(token);
  let k = at - 1;
  if (NOUN_DETERMINERS.has(tokens[k]?.norm ?? '')) k--;
  return k >= 0 && LIGHT_BEFORE_NOUN.has(tokens[k]!.norm) && OCCASIONS_OF_TALK.has(token.norm);
}

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
export function describedOnly(tokens: Token[], terms: QuestionTerm[]): void {
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
export function likeAsExample(tokens: Token[], token: Token, terms: QuestionTerm[]): boolean {
  if (token.norm !== 'like' || !terms.some((term) => term.verb)) return false;
  const at = tokens.indexOf(token);
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return before !== undefined && after !== undefined && terms.some((term) => term.position === before.position && !term.verb) && !isStopWord(after.norm);
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
export function reportedOnly(tokens: Token[], terms: QuestionTerm[]): void {
  // ("Who said Tokyo might respond if China invades Taiwan": a clause with a subject of its own, too.)
  // (Only right after "who": "which official said…" keeps the clause's verb, its subject being absent from the text.)
  const clauseAfter = (i: number) => CLAUSE_OPENERS.has(tokens[i + 1]?.norm ?? '') || (i === 1 && tokens.slice(i + 2, i + 5).some((t) => CLAUSE_AUXILIARIES.has(t.norm)));
  const at = tokens.findIndex((t, i) => i > 0 && TELLING.has(t.norm) && clauseAfter(i));
  if (at < 0) return;
  const from = tokens[at]!.position;
  for (const term of terms) if (term.position > from) term.event = false;
}

/**
 * "Was Ukraine one of the things they talked about": "one of" picks a member of what follows, which
 * the text names without counting it ("the call also touched on…").
 */
export function oneOfMany(tokens: Token[], token: Token): boolean {
  const i = tokens.indexOf(token);
  // (Not "one of Washington's most important partners", which the text may say word for word.)
  // ("One of the United States' allies" is one of a place's.)
  const owner = tokens[i + 3];
  return token.norm === 'one' && tokens[i + 1]?.norm === 'of' && ['the', 'these', 'those'].includes(tokens[i + 2]?.norm ?? '') && !(owner && (owner.capitalized || namesAPlace(owner.norm)));
}

/** "Japan being close to Washington": after "being", a word that can be an adjective says how, not what is done. */
export function isPredicateAdjective(tokens: Token[], token: Token): boolean {
  const i = tokens.indexOf(token);
  return tokens[i - 1]?.norm === 'being' && baseForms(token.norm, 'a').length > 0 && !token.norm.endsWith('ed');
}
