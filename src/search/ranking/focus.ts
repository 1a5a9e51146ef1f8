/**
 * What an answer must attach to in its sentence: the question's event verbs ("when did they
 * meet"), or without one its subject. Light and attitude verbs ("become", "expect") give way to
 * their complement when the text does not repeat them, and the article's own subject gives way to
 * the question's other words when its sentences call it "the company".
 */
import type { QuestionPlan } from '../analysis/question.ts';
import { baseForms } from '../lexicon/wordnet.ts';
import { OCCASIONS_OF_TALK } from '../analysis/question-kind.ts';

/** Verbs that mean little without their complement ("become CEO", "get a raise", "take office"). */
const LIGHT_VERBS = new Set([
  'become', 'became', 'becomes', 'get', 'gets', 'got', 'make', 'makes', 'made', 'take', 'takes', 'took', 'have', 'has', 'had',
  // ("Why does Japan's stance carry significance": the significance is what is asked about.)
  'carry', 'carries', 'carried',
  'go', 'goes', 'went', 'come', 'comes', 'came', 'give', 'gives', 'gave', 'keep', 'kept', 'put',
  // ("Which prime minister drew Beijing's anger": the anger is the event.)
  'draw', 'draws', 'drew', 'drawn',
  'supposed', 'meant', 'due', 'set', 'scheduled',
  // ("How have relations fared": how they are.)
  'fare', 'fares', 'fared', 'faring',
  // ("When was the Busan summit convened": the occasion is the event; holding it adds none.)
  'hold', 'holds', 'held', 'convene', 'convenes', 'convened', 'stage', 'staged', 'organize', 'organized', 'organise', 'organised', 'conduct', 'conducts', 'conducted', 'conducting',
]);

/** "Voiced opposition", "expressed concern", "lodged a protest": the noun after them is the event. */
const EXPRESSION_VERBS = new Set([
  'voice', 'voiced', 'voices', 'express', 'expressed', 'expresses', 'lodge', 'lodged', 'lodges', 'raise', 'raised', 'raises',
  'register', 'registered', 'issue', 'issued', 'issues', 'offer', 'offered', 'offers', 'show', 'showed', 'shown', 'shows',
  // ("Which two leaders engaged in a phone exchange": the exchange.)
  'engage', 'engaged', 'engages', 'engaging',
]);

/**
 * "When do markets expect a cut", "does China want peace": an attitude to an event, which is the
 * event asked about.
 */
export const ATTITUDE_VERBS = new Set([
  'expect', 'expects', 'expected', 'want', 'wants', 'wanted', 'plan', 'plans', 'planned', 'hope', 'hopes', 'hoped',
  'intend', 'intends', 'intended', 'need', 'needs', 'needed', 'try', 'tries', 'tried', 'wish', 'aim', 'aims',
  // "Who does Taipei believe should decide": the belief is about the deciding.
  'believe', 'believes', 'believed', 'consider', 'considers', 'considered', 'feel', 'feels', 'felt', 'fear', 'fears', 'feared',
]);
for (const verb of ATTITUDE_VERBS) LIGHT_VERBS.add(verb);
/** "Why did Trump decide to approve the package": the deciding is the approving, which is the event asked about. */
for (const verb of ['decide', 'decides', 'decided', 'opt', 'opts', 'opted']) LIGHT_VERBS.add(verb);
/** "When did Taiwan hear about the approval": news of an event, which is the event asked about. */
for (const verb of ['hear', 'hears', 'heard', 'learn', 'learns', 'learned', 'learnt']) LIGHT_VERBS.add(verb);

/** "Make", "take", "want", "hear", "find out": a verb that means little without its complement. */
export function isLightVerb(word: string, particle?: string): boolean {
  if (LIGHT_VERBS.has(word) || EXPRESSION_VERBS.has(word) || (particle === 'out' && FIND.has(word))) return true;
  // The lists keep the finite forms; "which leader has been making Beijing nervous" is the same "make".
  return word.endsWith('ing') && baseForms(word, 'v').some((base) => LIGHT_VERBS.has(base) || EXPRESSION_VERBS.has(base));
}

/** "When did Taiwan find out about the sale": news of an event, as "hear about" is. */
const FIND = new Set(['find', 'finds', 'found', 'finding']);

/**
 * What the answer must attach to: the question's event verbs ("when did they meet"), or without
 * one its subject — the first words typed together ("where was trump…", "where is the battery plant").
 */
export function focusTerms(plan: QuestionPlan, positions: number[][]): number[] {
  // "Who is the Japanese premier whose comments angered Beijing", "what is the name of the prime
  // minister who…": the person described, not the event of the clause that describes them.
  // (Unless the description is a word the text does not use: "who is the man who spoke for…".)
  const described = plan.identity || (plan.nameOf && plan.cue.includes('name')) ? subjectTerms(plan) : [];
  if (described.some((t) => positions[t]?.length)) return described;
  // "When did Whitfield become CEO" → "took over as CEO in 2023": a light verb the text does not
  // repeat carries no event of its own; its complement does.
  const events = plan.terms.flatMap((term, t) => (term.event && !(isLightVerb(term.norm, term.particle) && !positions[t]?.length) ? [t] : []));
  // "Why did Beijing get so upset about the arms package" → "Beijing sharply protested the
  // authorization, saying…": a why-question's feeling the text tells only by its act; the reason
  // then attaches to who felt it.
  // (Only a feeling or an attempt: "why did they cancel the meeting" needs the cancelling told.)
  if (plan.kind === 'reason' && events.length > 0 && events.every((t) => !positions[t]?.length && isFeelingOrAttempt(plan.terms[t]!.norm))) return subjectTerms(plan);
  // "Why did Senate Republicans oppose the House version" → "…after the House passed its version of
  // the bill with a gas tax increase, which Senate Republicans said…": where the passage says none
  // of the question's events, in any word, a reason or a place attaches to what the question is
  // about (the missing verb still costs the passage its weight). (Not a date or a number: "when are
  // the jets to be delivered", "how much does Taiwan spend" are not told by a date or a sum beside
  // Taiwan — on dev that cost 30 unanswerable questions for 7 gained.)
  if (events.length > 0 && (plan.kind === 'reason' || plan.kind === 'place') && events.every((t) => !positions[t]?.length)) {
    const subject = subjectTerms(plan);
    if (subject.some((t) => positions[t]?.length)) return subject;
  }
  if (events.length > 0) return events;
  const light = plan.terms.findIndex((term) => term.event);
  if (light >= 0) {
    // "When did Takaichi take office": the light verb's complement ("office") is the event, which
    // the answer must attach to; without one, the rest of the question.
    const complement = plan.terms.flatMap((term, t) => (t > light && !term.verb ? [t] : []));
    return complement.length > 0 ? complement : plan.terms.flatMap((term, t) => (term.event ? [] : [t]));
  }
  // "In which city did the two presidents hold their earlier summit": with no event told, an
  // occasion the question names is what the answer attaches to, as much as its subject ("a
  // meeting between Trump and Xi in Busan").
  const subject = subjectTerms(plan);
  // (Not one that only sets the scene: "where were the officials during the call".)
  const occasions = plan.terms.flatMap((term, t) => (OCCASIONS_OF_TALK.has(term.norm) && !term.setting && !subject.includes(t) ? [t] : []));
  return [...subject, ...occasions];
}

/** The question's first words typed together, verbs aside ("the name of the White House official" → white house, official). */
export function subjectTerms(plan: QuestionPlan): number[] {
  const subject: number[] = [];
  for (let t = 0; t < plan.terms.length; t++) {
    if (plan.terms[t]!.event) break;
    // ("What is the price of the weapons": the price is what is asked for; its subject is the weapons.)
    if (subject.length === 0 && plan.terms[t]!.namesKind) continue;
    if (subject.length > 0 && plan.terms[t]!.position !== plan.terms[t - 1]!.position + 1) break;
    subject.push(t);
  }
  return subject;
}

/**
 * "How long does Solara have to stop the transfers": in an article about Solara, "Solara" is what
 * its sentences call "the company"; the focus is then the question's other words.
 */
export function withoutTopic(focus: number[], plan: QuestionPlan, topic: boolean[], positions: number[][], importance: number[] = []): number[] {
  if (!focus.every((t) => topic[t])) return focus;
  // (A place is where an occasion the sentence tells, in any of its words, was held: "where did they
  // hold their talks" → "a meeting … in Busan", in a story about the talks.)
  if (plan.kind === 'place' && focus.some((t) => plan.terms[t]!.event && OCCASIONS_OF_TALK.has(plan.terms[t]!.norm) && positions[t]?.length)) return focus;
  // (Not a word that carries no weight: a word typed twice, a choice offered "…, Trump or Xi", a
  // title before a name — "President Trump" is Trump.)
  const rest = plan.terms.flatMap((term, t) => (topic[t] || term.emphasis === 0 || importance[t] === 0 ? [] : [t]));
  return rest.length > 0 ? rest : focus;
}

/**
 * Verbs of something beginning or taking place, which a text often says with a noun ("the trial
 * date", "in the event of a conflict"), as dictionary forms; phrasal ones with their particle.
 */
const INCEPTION_VERBS = new Set([
  'start', 'begin', 'open', 'happen', 'occur', 'erupt', 'arise', 'unfold', 'ensue',
  'break out', 'come about', 'kick off', 'take place', 'get underway',
]);

function isInceptionVerb(term: QuestionPlan['terms'][number]): boolean {
  return [term.norm, ...baseForms(term.norm, 'v')].some((base) => INCEPTION_VERBS.has(term.particle ? `${base} ${term.particle}` : base));
}

/**
 * "When does the trial start" against "set a Sept. 15 trial date": when the text never says the
 * question's start-verb, the answer may stand right beside the thing that starts — but only right
 * beside it ("a call Monday that touched on … the war in Ukraine" does not date the war).
 */
export function inceptionOnlyNear(plan: QuestionPlan, positions: number[][]): boolean {
  const events = plan.terms.flatMap((term, t) => (term.event ? [t] : []));
  return events.length > 0 && events.every((t) => isInceptionVerb(plan.terms[t]!) && !positions[t]?.length);
}

/** Verbs of a feeling, or of trying, as dictionary forms ("upset", "worrying", "soured", "trying"). */
const FEELINGS_AND_ATTEMPTS = new Set([
  'feel', 'upset', 'anger', 'worry', 'concern', 'care', 'fear', 'bother', 'annoy', 'irritate', 'frustrate', 'alarm', 'trouble', 'unsettle', 'rattle', 'sour', 'mind',
  'try', 'attempt', 'seek', 'want', 'hope',
]);

function isFeelingOrAttempt(word: string): boolean {
  return [word, ...baseForms(word, 'v')].some((base) => FEELINGS_AND_ATTEMPTS.has(base));
}
