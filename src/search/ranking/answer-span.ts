/**
 * Finds, in a passage, the span that answers the question's kind: the person for "who", the date
 * for "when", the number for "how many" — next to the counted word when the passage has it — and
 * for "what did X say" X's own words from the quote table (or, without one, speech next to X).
 */
import type { AnswerKind, AnswerSpan } from '../analysis/answer-types.ts';
import type { QuestionPlan, QuestionTerm } from '../analysis/question.ts';
import type { AttributionTable } from '../attributions.ts';
import type { SentenceUnit } from '../passages.ts';
import { baseForms, isCommunicationVerb, isMostlyVerb } from '../lexicon/wordnet.ts';
import { clauseLocator, clauseNumbers, positionLocator, relationOf, sentenceOf, type AnswerRelation } from './answer-relation.ts';
import { NAMED_QUALITY, OPENING_NAME, OWNER_BEFORE, speakerPositions, speakerPronoun, speaks } from './speaker-positions.ts';
import { focusTerms, inceptionOnlyNear, isLightVerb, subjectTerms, withoutTopic } from './focus.ts';
import { isReactVerb } from '../analysis/question-kind.ts';
import { actsIn, eventAsVerb, explainedAfter, identifiesWhich, LINKING, precise, reversalUntold } from './answer-checks.ts';
import { fitsMeasure } from './measure-fit.ts';
import { isStopWord } from '../text/stopwords.ts';
import { tokenize, type Token } from '../text/tokenize.ts';
import type { ExpandedTerm } from './expand.ts';
import { isCountryOrRegion, namesAPlace } from '../lexicon/places.ts';
import { isTitle } from '../lexicon/titles.ts';
import { assertsSomething } from '../lexicon/saying.ts';

/** Reason cues that tell a consequence of the clause before them, which is the reason itself. */
const CONSEQUENCE_CUE = /^(?:adding (?:weight )?to|fuell?ing|stoking|forcing|led to)$/i;
/** Reason spans that tell an aim ("sought to", "in order to"), not a cause or a time ("after", "since"). */
const PURPOSE_CUE = /^(?:sought|seeking|seeks?|aimed|aiming|aims|tried|trying|hoped|hoping|in a bid|in an effort|intended|intending|in order to|so that|so|for|as (?:a )?part of)\b/i;
/** Kinds a passage must contain to answer (and `quote` when a speaker is named). */
const REQUIRED_KINDS = new Set(['person', 'date', 'time', 'place', 'amount', 'duration', 'reason', 'topic']);
/** How many words may stand between a number and what it counts ("540 pupils", "500,000 electric car batteries"). */
const COUNT_DISTANCE = 4;
/** "Declining to say whether…": what someone would not say (see answer-types.ts). */
const DECLINED = /^(?:declin|refus)(?:ed|es|ing)\b/i;
const NAME_DISTANCE = 3;
/** "The two leaders", "both sides": words before a plural that points back to names told before it. */
const BACK_REFERENCE = new Set(['two', 'both', 'three']);
/** A news word for a role ("leaders" ~ "President") names the same people in "which leaders…". */
const ROLE_QUALITY = 0.75;
/** How close a noun of the text must be to the thing "what kind of X" asks of to name it. */
const KIND_HEAD_QUALITY = 0.65;
/** Words for anyone in public office: a person given a title ("Prime Minister Sanae Takaichi") is one. */
const PUBLIC_ROLES = new Set(['official', 'officials', 'politician', 'politicians', 'leader', 'leaders', 'figure', 'statesman', 'dignitary']);
/** Question words that ask for the holder of an office, besides titles: "who leads Taiwan". */
const OFFICE_WORDS = new Set(['leader', 'leaders', 'lead', 'leads', 'head', 'heads', 'run', 'runs', 'rule', 'rules', 'governs']);
/** A question asking for a country: "which country", "which nations". */
const NATION_ASKED = /\b(?:country|countries|nation|nations)\b/;
/** "Lin Jian, China's foreign ministry spokesperson": how far after it, past a comma. */
const OWNER_AFTER = 6;
/** Words before a date within which a word putting it in the future is looked for ("scheduled a hearing on the crash for Sept. 17"). */
const AHEAD_WINDOW = 8;
/** Words that put what follows in the future (not "would" or "could", which reported speech uses). */
const PLAINLY_AHEAD = new Set(['will', 'scheduled', 'upcoming', 'next', 'expected', 'expects', 'due', 'plans', 'planned']);
const UNTIL_BEFORE = /\b(?:until|till|through)\s+(?:at\s+least\s+)?$/i;
/** "Within 30 days", "in two weeks": a span of time from now, which says when something to come will be. */
const WITHIN_BEFORE = /\b(?:within|in)\s+(?:the\s+next\s+|about\s+|roughly\s+)?$/i;
/** Words that open a time after a counted word, ending its phrase: "1,400 children last year". */
const TIME_AFTER_PHRASE = new Set(['last', 'next', 'this', 'each', 'per']);
/** Words between an answer and a question word for the answer to stand "beside" it. */
const BESIDE = 2;
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
/** "Based in", "headquartered in": a place told as where a body or a thing is. */
const LOCATED_BEFORE = /\b(?:based|located|headquartered|situated)\s+(?:in|at|near|outside)\s+$/i;
/** "Which city", "what town", "in which port city": a place smaller than a country. */
const CITY_ASKED = /\b(?:city|cities|town|towns|village|villages)$/;
/** A span that names a country or a region: its words joined ("South Korea" → southkorea), or its last word ("East Asia" → asia). */
function namesCountryOrRegion(text: string): boolean {
  const words = tokenize(text).map((t) => t.norm);
  return words.length > 0 && (isCountryOrRegion(words.join('')) || isCountryOrRegion(words[words.length - 1]!));
}
/** The size of a change: "reduced tariffs by 10%", "rose by $2". */
const CHANGE_BY = /\bby\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$/i;
/** An act and the "of" that names whom it is done to: "invasion of", "attack on the". */
const ACTED_ON = /\b(?:invasion|attack|attacks|occupation|annexation|bombing|blockade|recognition)\s+(?:of|on)\s+(the\s+)?$/i;
const LOCATIVE_BEFORE = /\b(?:in|at|near|across|throughout|inside|outside|into)\s+(?:the\s+)?$/i;
/** A counted word matched only through a loose relation ("adults" ~ "person") does not anchor a number. */
const COUNTED_MIN_QUALITY = 0.6;
/** A question word matched as another name of the same person or country ("U.S." for "American", "Jinping" for "Xi"), or better. */
const ACTOR_QUALITY = 0.85;
/** Below this a match is only a dictionary relation (WordNet), not the word, a typo, another name or a news synonym. */
const RELATED_ONLY = 0.7;
/** A match good enough for a word elsewhere in the paragraph to say what the words are about. */
const PARAGRAPH_ABOUT_QUALITY = 0.6;
/** Nouns for the one who does something: owner, founder, investor, organizer, chemist. */
const AGENT_NOUN = /^(.+?)(er|or|ist)s?$/;

/** "Owner", "investor", "organizer": a noun for the doer of a verb (not "order", "border", "motor"). */
function isAgentNoun(word: string): boolean {
  const match = AGENT_NOUN.exec(word);
  if (!match) return false;
  const [, base = '', suffix] = match;
  return suffix === 'ist' || [base, `${base}e`].some((verb) => baseForms(verb, 'v').includes(verb));
}
/** Words that tell what someone means to do. */
const INTENT_WORDS = new Set(['plan', 'plans', 'intend', 'intends', 'intended', 'intention', 'intentions', 'aim', 'aims', 'aimed', 'goal', 'goals', 'seek', 'seeks', 'sought', 'want', 'wants', 'wanted', 'hope', 'hopes', 'hoped', 'urge', 'urges', 'urged', 'urging', 'encourage', 'encourages', 'encouraged', 'should', 'may', 'might', 'purpose', 'so', 'order']);
/** Words that put a date in the future: "is scheduled to meet on Friday", "will reopen on Feb. 12". */
const FUTURE_MARKERS = new Set(['will', 'would', 'scheduled', 'expected', 'expects', 'plans', 'planned', 'planning', 'next', 'later', 'upcoming', 'due', 'could', 'soon', 'once', 'until']);
/**
 * "When did Xi first become president": the office is the event, which "President Xi Jinping held a
 * call Monday" does not tell — there the word is only his title, written before his name.
 */
function withoutTitleUse(focus: number[], plan: QuestionPlan, units: SentenceUnit[], positions: number[][]): number[] {
  const light = plan.terms.findIndex((term) => term.event && isLightVerb(term.norm, term.particle));
  if (light < 0) return focus;
  // The office the light verb takes ("become president", "become Japan's premier", "take office as
  // premier"), not a title elsewhere ("issued a denunciation of the prime minister's remarks").
  let office = light + 1;
  while (office < plan.terms.length && (namesAPlace(plan.terms[office]!.norm) || plan.terms[office]!.norm === 'office')) office++;
  const title = plan.terms[office];
  const at = positions[office] ?? [];
  if (title === undefined || !focus.includes(office) || !isTitle(title.norm) || at.length === 0) return focus;
  // (The office with what qualifies it: "president of China" is untold as a whole.)
  const locate = positionLocator(units);
  const beforeAName = (p: number) => {
    const next = locate(p + 1);
    return units[next.unit]?.tokens[next.token]?.capitalized === true;
  };
  return at.every(beforeAName) ? [] : focus;
}

/** "Agreed to build", "pledged to cut": a commitment, which tells what is still to come. */
const COMMITTED = new Set(['agreed', 'agrees', 'pledged', 'pledges', 'promised', 'promises', 'vowed', 'vows', 'committed', 'commits']);

/** A passage that tells what is still to come: "will", "scheduled", or a commitment to do it. */
function tellsWhatIsToCome(units: SentenceUnit[]): boolean {
  return units.some((u) => u.tokens.some((t, i) => FUTURE_MARKERS.has(t.norm) || (COMMITTED.has(t.norm) && u.tokens[i + 1]?.norm === 'to')));
}
/** For each word that sets the thing asked about apart ("the previous sale"), the words a passage may say it with. */
const CONTRAST_GROUPS = new Map<string, Set<string>>();
// ("Earlier" and "last" are left out: "earlier this month" dates the occurrence told of. A passage
// about what is still to come — "will report earnings on Jan. 29" — tells of the next one.)
// ("The call followed a meeting in Busan" tells of the previous meeting: what it followed came before.)
for (const group of [['previous', 'prior', 'former', 'preceding', 'followed', 'follows'], ['next', 'upcoming', 'following', 'subsequent', 'coming', ...FUTURE_MARKERS]]) {
  for (const word of group) CONTRAST_GROUPS.set(word, new Set(group));
}

/** A year ("1945"), which a text may write in words ("post-war"). */
const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * A detail the searched articles never give, by any name or word: a place ("Seoul" where the text
 * has "Busan") or a number ("20" where it has "10%"). Such a question is about something else.
 */
export function unstatedDetail(term: ExpandedTerm): 'place' | 'number' | null {
  // (Nor the article's own: its title's words, the year it was published.)
  if (term.alternatives.length > 0 || term.topic) return null;
  return namesAPlace(term.term.norm) ? 'place' : /^\d/.test(term.term.norm) ? 'number' : null;
}

const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Per term: part of a name of two or more capitalized words that the searched articles never
 * write ("the State Department", "the Security Council"). The question is about something they do
 * not mention, however well its words' dictionary relations match ("State" ~ "statement"). Not a
 * title ("Prime Minister"), which a text may give otherwise, nor where every word is capitalized.
 */
export function unwrittenNames(plan: QuestionPlan, terms: ExpandedTerm[]): boolean[] {
  const inName = plan.terms.map((term, t) => term.position > 0 && CAPITALIZED_WORD.test(term.typed) && !term.misspelled && terms[t]?.unknown === true && !isTitle(term.norm) && !namesAPlace(term.norm));
  if (!plan.terms.some((term) => /^\p{Ll}/u.test(term.typed))) return plan.terms.map(() => false);
  return inName.map((yes, t) => yes && ((inName[t - 1] === true && plan.terms[t - 1]!.position === plan.terms[t]!.position - 1) || (inName[t + 1] === true && plan.terms[t + 1]!.position === plan.terms[t]!.position + 1)));
}

export interface AnswerContext {
  plan: QuestionPlan;
  spansOf: (unit: SentenceUnit, kind: AnswerKind) => AnswerSpan[];
  attributions: AttributionTable;
  /** Speakers (`slug/id`) the question names, for "what did X say". */
  speakers: ReadonlySet<string>;
  /** Per term, its weight in the question (for how much of it stands next to an answer). */
  importance: number[];
  /** Per term, a word of the article's title: its sentences may call it "the company". */
  topic?: boolean[];
  /** Per term, a country the searched articles never name ("North Korea"). */
  absentName?: boolean[];
  /** Per term: a place the scope never names, by any of its names ("Seoul" where the text has "Busan"). */
  unnamedPlace?: boolean[];
  /** Per term: part of a name the articles never write (see unwrittenNames). */
  unwrittenName?: boolean[];
  /** Per term: a number the scope never states ("20" where the text has "10%"). */
  unstatedNumber?: boolean[];
  /** Per question term: no word of the searched articles matches it, by any name. */
  unmatchable?: boolean[];
  /** True for a word the articles write only as a name ("trump", "takaichi"). */
  isName?: (word: string) => boolean;
  /** Whether a word is part of a person's name (a quoted speaker's, or one the text gives a title), as opposed to a body's. */
  isPerson?: (word: string) => boolean;
  /** Per term, how well a text stem matches it (0 when it does not). */
  matchQuality?: ((stem: string) => number)[];
}

export interface FoundAnswer {
  answer: AnswerSpan | null;
  lacksKind: boolean;
  /** How the answer span relates to the matched words (null without an answer, or for quotes). */
  relation: AnswerRelation | null;
  /** The answer is a number standing next to the very thing "how many" counts ("23 million residents"). */
  counts?: boolean;
  /** The answer stands right beside a word of the question ("the Nov. 4 election", "a runoff on Jan. 27"). */
  beside?: boolean;
  /** The passage says the article withholds what is asked ("short on specifics regarding its potential role"). */
  withheld?: boolean;
}

/** A span relates to the question when its clause holds the question's focus (see answer-relation.ts). */
/**
 * Of two spans of one sentence where one holds the other ("December 2022" and "2022"), the fuller
 * one (true when it is `span`, false when it is the best so far); null when they do not nest.
 */
function nested(span: AnswerSpan, sentence: string, best: { span: AnswerSpan; sentence: string }): boolean | null {
  if (sentence !== best.sentence) return null;
  const holds = (a: AnswerSpan, b: AnswerSpan) => a.start <= b.start && a.end >= b.end && a.end - a.start > b.end - b.start;
  return holds(span, best.span) ? true : holds(best.span, span) ? false : null;
}

export function relates(relation: AnswerRelation | null): boolean {
  return relation !== null && relation.focus === true;
}

export function findAnswer(
  units: SentenceUnit[],
  positions: number[][],
  qualities: number[],
  ctx: AnswerContext,
): FoundAnswer {
  const { plan } = ctx;
  const kind = plan.kind;
  // "What did China buy after the leaders met in Seoul": a place the article never names, in any
  // of its names, is a detail the article does not give — whatever else the passage shares, and
  // even in a clause that only sets the scene. (What someone said about a place is checked below.)
  // (A yes/no question is settled by the place the passage gives instead: "was the summit held in
  // Seoul" by "a meeting … in Busan".)
  if (kind !== 'quote' && ctx.unnamedPlace?.some(Boolean) && !(plan.yesNo && givesAPlace(units, positions))) return { answer: null, lacksKind: true, relation: null };
  if (ctx.unwrittenName?.some(Boolean)) return { answer: null, lacksKind: true, relation: null };
  // "What does Tokyo plan to do to mend ties": a passage that tells no plan, aim or thing to come does not say.
  if (plan.intent && !units.some((u) => u.tokens.some((t) => FUTURE_MARKERS.has(t.norm) || INTENT_WORDS.has(t.norm)))) return { answer: null, lacksKind: true, relation: null };
  // So is a number it never states: "why were tariffs cut by 20%" (the text: 10%), "the US$500
  // million package". (A yes/no question is settled by the number the text gives instead.)
  // (Not a year that only sets the scene, which the text may date in words: "the order set up after 1945" → "post-war".)
  if (!plan.yesNo && ctx.unstatedNumber?.some((unstated, t) => unstated && !(plan.background.includes(t) && YEAR.test(plan.terms[t]!.norm)))) return { answer: null, lacksKind: true, relation: null };
  // "When was the previous arms sale approved", "where will the next summit be held": another
  // occurrence than the one the passage tells of, unless it says "previous" or "next" too.
  if (plan.contrast.some((word) => !units.some((u) => u.tokens.some((t) => CONTRAST_GROUPS.get(word)?.has(t.norm))))) return { answer: null, lacksKind: true, relation: null };
  // "Did China lower its tariffs", "by how much has China reduced its tariffs" against "…, and the
  // United States has reduced…".
  if (kind !== 'quote' && (kind || plan.yesNo || plan.thingAsked) && doneByAnother(plan, units, positions, ctx)) return { answer: null, lacksKind: true, relation: null };
  // "What specific role will China play" against "… short on specifics regarding its potential
  // role": the passage says the article does not give it. (A yes/no question is answered by it: no.)
  if (!plan.yesNo && askedOnlyAsWithheld(plan, units, ctx)) return { answer: null, lacksKind: true, relation: null, withheld: true };
  // "What is Taipei's position" is not answered by "The United States maintains no formal position":
  // a stance the passage gives another party.
  if (stanceOfAnother(plan, units, positions, ctx)) return { answer: null, lacksKind: true, relation: null };
  // "What kind of fighter jets are the parts for" is not answered by "fighter jet components": the
  // text must say which kind ("F-16 fighter jets"), not only name the thing.
  if (!plan.yesNo && plan.kindOf.length > 0 && kindUntold(plan, units, ctx.matchQuality?.[plan.kindOf[plan.kindOf.length - 1]!])) return { answer: null, lacksKind: true, relation: null };
  // "What did Takaichi say about Japan's economic stimulus package": her words on another subject
  // are no answer; a good part of what they are asked to be about must be in the paragraph.
  if (kind === 'quote' && quoteTopicUntold(plan, units, positions, ctx)) return { answer: null, lacksKind: true, relation: null };
  if (!kind) {
    const lacks =
      (plan.yesNo && ((plan.yesNoSubject !== null && ctx.unmatchable?.[plan.yesNoSubject] === true) || !statesTheClaim(plan, units) || claimOfAnother(plan, units, positions, ctx) || onlySceneTold(plan, units, positions, ctx) || reversalUntold(plan, units) || talkedOfUnnamed(plan, ctx) || talkedOfElsewhere(plan, units, positions, ctx))) ||
      (plan.cue === 'which' && !identifiesWhich(plan, units, positions, qualities, ctx.matchQuality)) ||
      (plan.meaningAsked === true && !explainedAfter(plan, units, positions)) ||
      (plan.reactor.length > 0 && !actsIn(units, reactorPositions(plan, units, positions), plan.terms.flatMap((term, t) => (isReactVerb(term.norm) ? (positions[t] ?? []) : []))));
    return { answer: null, lacksKind: lacks, relation: null };
  }
  if (kind === 'quote' && plan.speaker.length > 0) {
    // "What did Takaichi say about the call": when Y is the article's own subject (a title word),
    // words of X that do not mention it are about something else. (Other topics are often said
    // in other words: "what did Boateng say about the winner" → "I just closed my eyes and jumped".)
    // So is a country the article never names ("what did they say about North Korea").
    // So is a place the words do not name ("what did Lin Jian say about Japan"): a place is seldom said in other words.
    // (Not a word of a clause that only sets the scene: "…since the two leaders met in South Korea".)
    const about = plan.terms.flatMap((term, t) =>
      plan.speaker.includes(t) || plan.background.includes(t) || !(ctx.topic?.[t] || ctx.absentName?.[t] || namesAPlace(term.norm) || (ctx.isName?.(term.norm) ?? false)) ? [] : [t],
    );
    // (The words' own paragraph counts: "what did Lin Jian say about the arms sale to Taiwan" is
    // answered by his "China deplores and opposes that" after the sentence about the sale.)
    if (about.length > 0 && about.every((t) => !positions[t]?.length) && !about.some(inParagraph(units, ctx))) return { answer: null, lacksKind: true, relation: null };
    // "Did Tokyo say anything about the Trump-Xi call": the thing spoken about, the phrase's last
    // word, is what counts; "Xi" of "Xi's comments" is only a word of it.
    const last = plan.terms.length - 1;
    // (One phrase: "…about Taiwan's return to China and … about the war in Ukraine" asks two things.)
    const onePhrase = about.every((t, i) => i === 0 || plan.terms[t]!.position === plan.terms[about[i - 1]!]!.position + 1);
    if (onePhrase && about.includes(last) && ctx.topic?.[last] && !positions[last]?.length && !inParagraph(units, ctx)(last)) return { answer: null, lacksKind: true, relation: null };
    // ("…about the call between Trump and Xi": the thing before a preposition is what is spoken of,
    // the names after it only say which. Not a name: in "what did Xi tell Trump about Taiwan", Trump is told.)
    const [head, next] = about;
    const headFirst = head !== undefined && next !== undefined && plan.terms[next]!.position === plan.terms[head]!.position + 2 && !namesAPlace(plan.terms[head]!.norm) && !(ctx.isName?.(plan.terms[head]!.norm) ?? false);
    if (headFirst && ctx.topic?.[head] && !ctx.unmatchable?.[head] && !positions[head]?.length && !inParagraph(units, ctx)(head)) return { answer: null, lacksKind: true, relation: null };
    // The quote table says what a named person said; speech next to words that name no one in it
    // ("what did economists say") is looked for in the text.
    const namesSomeone = ctx.speakers.size > 0 || plan.speaker.some((t) => ctx.isName?.(plan.terms[t]!.norm));
    if (namesSomeone && ctx.attributions.articlesWithSpeakers.has(units[0]!.article.slug)) {
      const attributed = attributedWords(units, ctx);
      if (attributed) return attributed;
    }
  }
  // "Who placed the call, Trump or Xi": one of the two, alone where the question's event is — a
  // sentence naming both ("Trump and Xi held a call") does not say which.
  const choice = kind === 'person' && plan.choice.length === 2 ? plan.choice.map((t) => positions[t] ?? []) : null;
  if (choice) {
    const unitOf = sentenceOf(units);
    const [a, b] = choice.map((list) => new Set(list.map(unitOf)));
    if ([...a!].some((u) => b!.has(u)) && !oneInEventClause(choice, units, positions, plan, ctx)) return { answer: null, lacksKind: true, relation: null };
  }
  const offered = new Set(choice?.flat() ?? []);
  const events = plan.terms.flatMap((term, t) => (term.event ? positions[t] ?? [] : []));
  // The question's main verb (its first event: "who initiated the phone call") matched only loosely.
  const mainEvent = plan.terms.findIndex((term) => term.event);
  const loosePersonEvent = mainEvent >= 0 && (positions[mainEvent]?.length ?? 0) > 0 && (qualities[mainEvent] ?? 0) < RELATED_ONLY;
  const mainEventAt = mainEvent >= 0 ? positions[mainEvent] ?? [] : [];
  const matched = new Set(positions.flat());
  const near = (list: number[], distance: number) => (at: number) => list.some((p) => Math.abs(p - at) <= distance);
  const counted = plan.counted;
  // "How many minutes did the call run": where the articles never name what is counted, by any
  // word, no number in them counts it ("the two leaders" is no number of minutes).
  if (kind === 'amount' && counted !== null && counted >= 0 && ctx.unmatchable?.[counted]) return { answer: null, lacksKind: true, relation: null };
  const countedAt = counted !== null && positions[counted]?.length && (qualities[counted] ?? 0) >= COUNTED_MIN_QUALITY ? positions[counted]! : null;
  const countedNear = countedAt && ((at: number) => near(countedAt, COUNT_DISTANCE)(at) || tallyPutAt(units, countedAt, at));
  // "How many passengers did Pinewood carry" is not answered by "Coastline carried 4.1 million
  // passengers": a figure or date in a paragraph that never names whom the question asks about
  // belongs to someone else. (Not a name of the article's own subject, which its text often calls
  // "the company"; nor the lead, which often names no one yet: "A former councilman was sentenced…".)
  if ((kind === 'amount' || kind === 'date' || kind === 'duration') && !plan.yesNo && units[0]!.paragraph.number > 1 && namedElsewhere(plan, units, positions, ctx)) {
    return { answer: null, lacksKind: true, relation: null };
  }
  // "When will…", "how long will the recount take": an answer about something still to come.
  if ((kind === 'date' || kind === 'duration') && plan.future && !tellsWhatIsToCome(units)) {
    return { answer: null, lacksKind: true, relation: null };
  }
  const weights = ctx.importance.map((w, t) => w * (qualities[t] ?? 0));
  const inception = inceptionOnlyNear(plan, positions);
  const focus = withoutTitleUse(inception ? subjectTerms(plan) : withoutTopic(focusTerms(plan, positions), plan, ctx.topic ?? [], positions, ctx.importance), plan, units, positions);
  // "Who was the White House official that confirmed the call": the person described is named
  // right beside the words that describe them ("spokesperson Lin Jian"), or not at all ("A White
  // House official confirmed…" — and "China" a sentence before is someone else), or is the
  // subject of a linking verb whose clause describes them ("Japan remains one of Washington's…").
  const described = plan.identity ? subjectTerms(plan) : [];
  const identityOf = described.length > 0 && focus.length === described.length && focus.every((t, i) => t === described[i]) ? described : null;
  const describedAt = identityOf ? identityOf.flatMap((t) => positions[t] ?? []) : [];
  // "Who initiated the call": a passage that never says the question's main verb, nor a word
  // related to it, does not say who did it, however much else it shares.
  // (A verb of saying may be told with another: "disclosed" as "announced" — but with one. "Who
  // requested the call" is not answered by a sentence where nobody says, asks or tells anything.)
  if (kind === 'person' && mainEvent >= 0 && focus.includes(mainEvent) && !positions[mainEvent]?.length) {
    const { norm, particle } = plan.terms[mainEvent]!;
    if (!isLightVerb(norm, particle) && (!isCommunicationVerb(norm) || !speaksIn(units, matched))) return { answer: null, lacksKind: true, relation: null };
  }
  const speakerAt = kind === 'quote' && plan.speaker.length ? speakerPositions(plan, positions, qualities, (word) => ctx.isName?.(word) ?? false, units) : null;
  const speakerNear = speakerAt ? speaks(speakerAt) : null;

  const actsInQuestion = plan.terms.some((term) => term.event);
  // "The name of the White House official": beside "official" ("official Jane Doe", "the official, Jane Doe,").
  const subject = subjectTerms(plan);
  const namedThing = plan.nameOf ? subject[subject.length - 1] : undefined;
  // The thing itself must be in the text: a synonym ("administration" for "official") names another.
  // ("Which leaders took part": a president is a leader — a news word for the same role counts.)
  const namedAt = namedThing === undefined ? [] : ownPositions(units, plan.terms[namedThing]!.stem);
  // ("The name of the Chinese leader": a title of office the text gives instead, "President Xi Jinping", is the same role.)
  const roleWord =
    namedThing !== undefined &&
    (qualities[namedThing] ?? 0) >= ROLE_QUALITY &&
    (plan.cue.startsWith('which') || (positions[namedThing] ?? []).some((p) => isTitle(tokenAt(units, p)?.norm ?? '')));
  const besideName = namedThing === undefined ? null : near(roleWord ? [...namedAt, ...(positions[namedThing] ?? [])] : namedAt, NAME_DISTANCE);
  // "…a meeting between Trump and Xi in Busan, where the two leaders sought…": "the two leaders"
  // points back to names earlier in its sentence, which answer "which leaders met" from afar.
  const locate = namedAt.length ? positionLocator(units) : () => ({ unit: 0, token: 0 });
  const pointsBack = namedAt.filter((p) => {
    const { unit, token } = locate(p);
    return BACK_REFERENCE.has(units[unit]!.tokens[token - 1]?.norm ?? '');
  });
  const publicRole = namedThing !== undefined && PUBLIC_ROLES.has(plan.terms[namedThing]!.norm);
  const namedNear = besideName && ((at: number) => besideName(at) || pointsBack.some((p) => at < p && locate(at).unit === locate(p).unit));
  const named = new Set(positions.flatMap((list, t) => ((qualities[t] ?? 0) >= NAMED_QUALITY ? list : [])));
  // "Who announced getting official notice": a word that only describes another of the question's
  // nouns ("official" of "notice") is not the one asked for, whatever it matches ("administration").
  const describing = new Set(plan.phrases.flatMap((phrase) => (phrase.members.length === 2 ? phrase.members.filter((t) => t !== phrase.head && !(ctx.isName?.(plan.terms[t]!.norm) ?? false) && !namesAPlace(plan.terms[t]!.norm)) : [])));
  const describingAt = new Set([...describing].flatMap((t) => positions[t] ?? []));
  // Where the thing asked for stands: "which ministry", "the name of the official".
  let askedAt: number[] | undefined;
  // ("Which body announced…" → "Taiwan's foreign ministry announced…": the thing asked for may be
  // told with a news word for it.)
  // ("Which Taiwan agency…": the word after "which" when the cue names it, else the first.)
  const whichWord = () => {
    const whichAt = Math.max(0, plan.terms.findIndex((term) => plan.cue === `which ${term.norm}`));
    const own = ownPositions(units, plan.terms[whichAt]!.stem);
    return own.length > 0 || (qualities[whichAt] ?? 0) < RELATED_ONLY ? own : positions[whichAt] ?? [];
  };
  const askedPositions = () => (askedAt ??= plan.cue.startsWith('which') && plan.terms[0] ? whichWord() : namedAt);
  // "Who did the American president talk with": a title names no one — "Chinese President Xi
  // Jinping" is not the person the question names — but another name of the same does ("U.S." for "American").
  // (Only a name before the question's verb acts in it: in "by whom was it stated … a military
  // response from Tokyo", Tokyo is no actor, and "Japanese Prime Minister Sanae Takaichi" answers.)
  const namedActor = new Set(positions.flatMap((list, t) => ((qualities[t] ?? 0) >= ACTOR_QUALITY && !isTitle(plan.terms[t]!.norm) && (mainEvent < 0 || t < mainEvent) ? list : [])));

  // "Who is Taiwan's president": the person must hold the office of that country, written with the
  // name ("Chinese President Xi Jinping", "Lin Jian, China's spokesperson"); a president named in a
  // sentence that mentions Taiwan is someone else's.
  const ownerTerms = officeOwners(plan);
  const owners = ownerTerms.flatMap((t) => positions[t] ?? []);
  const ownerRequired = ownerTerms.length > 0;
  // …and hold that office: "the Japanese foreign minister" is not "Japanese Prime Minister Sanae Takaichi".
  const offices = ownerRequired ? plan.terms.flatMap((term, t) => (isTitle(term.norm) ? [positions[t] ?? []] : [])) : [];

  // "When did the crash happen" is not answered by "a hearing on the crash is scheduled for Sept. 17".
  const pastOnly = plan.past && (kind === 'date' || kind === 'duration');

  // "Who claimed that China and the U.S. fought…" → "He added that…": a verb of saying the text
  // tells with another stands in for the question's, so the speaker is the one beside that verb.
  const saidOtherwise =
    kind === 'person' && mainEvent >= 0 && !positions[mainEvent]?.length && assertsSomething(plan.terms[mainEvent]!.norm)
      ? { positions: positions.map((list, t) => (t === mainEvent ? sayingPositions(units, matched) : list)), weights: weights.map((w, t) => (t === mainEvent ? ctx.importance[t] ?? 0 : w)) }
      : null;

  const countryOfTitle = kind === 'place' && /^which (?:country|nation)$/.test(plan.cue) && plan.terms[0] && isTitle(plan.terms[0].norm) ? positions[0] ?? [] : [];
  let offset = 0;
  let best: { span: AnswerSpan; sentence: string; distance: number; relation: AnswerRelation; foreign: boolean; aim: boolean } | null = null;
  // "What was the purpose of the summit": an aim the text tells beats a cause or a time beside it.
  const purposeAsked = kind === 'reason' && /\bpurpose\b/.test(plan.cue);
  for (const unit of units) {
    const anchors = [...matched].filter((p) => p >= offset && p < offset + unit.tokens.length);
    const sentence = unit.paragraph.text.slice(unit.start, unit.end);
    const pronoun = kind === 'person' ? speakerPronoun(unit, ctx.attributions) : null;
    // "Who did they fight against": what the sentence says was fought against, or nothing — never a
    // name in it or in the sentence before ("China's Ministry… released… He added that '…against fascism'").
    const against = kind === 'person' && plan.againstAsked ? opponents(unit) : null;
    // (A copy: spansOf caches its lists, and the spans pushed below belong to this question alone.)
    const spans: AnswerSpan[] = against ?? [...ctx.spansOf(unit, kind), ...(pronoun ? [pronoun] : [])];
    // "Which country's prime minister…" → "Japanese Prime Minister Sanae Takaichi": the people's
    // name written before the title answers, though it is no place span of its own.
    const titleOwners = countryOfTitle.length > 0 ? ownerWords(unit, offset, countryOfTitle) : [];
    spans.push(...titleOwners);
    if (plan.cue === 'since when') spans.push(...sinceEvent(sentence));
    for (const span of spans) {
      if (pastOnly && aheadOf(unit, span)) continue;
      // "When did the plane land" → "at 4:12 p.m."; "how much severance" → "16 weeks of severance pay".
      const fitsKind =
        (span.kind === kind && (!span.country || NATION_ASKED.test(plan.cue))) ||
        (kind === 'date' && span.kind === 'time') ||
        // "When will it publish its report" → "within 30 days": a time from now is when, for what is to come.
        (kind === 'date' && plan.future && span.kind === 'duration' && WITHIN_BEFORE.test(sentence.slice(Math.max(0, span.start - 20), span.start))) ||
        // "How long will the ferry be suspended" → "until at least Feb. 14".
        (kind === 'duration' && span.kind === 'date' && UNTIL_BEFORE.test(sentence.slice(Math.max(0, span.start - 20), span.start))) ||
        (kind === 'amount' && plan.needsMeasure === 'any' && span.kind === 'duration');
      if (!fitsKind || (plan.needsName && !span.named) || !fitsMeasure(span, plan, sentence)) continue;
      // "Which nations' leaders…": a city that names no country ("Busan") is no nation; a capital
      // that stands for one ("Beijing") is.
      if (kind === 'place' && !span.country && NATION_ASKED.test(plan.cue) && /^[A-Za-z]+$/.test(span.text) && !namesAPlace(span.text.toLowerCase())) continue;
      if (plan.datePrecision && !precise(span.text, plan.datePrecision)) continue;
      // "The conversation also followed a meeting … in Busan on Oct. 30": the date is the meeting's,
      // an event the question does not ask about standing between what it asks about and the date.
      if (kind === 'date' && dateOfAnotherEvent(unit, span, offset, matched)) continue;
      const inside = unit.tokens.filter((t) => t.start < span.end && t.end > span.start).map((t) => offset + t.position);
      const at = inside[0] ?? offset;
      // A span made only of the question's own words ("who is Lin Jian" → "Lin Jian") answers
      // nothing; one its verb only derives from ("who prosecuted" → "Prosecutors") is the answer.
      if (choice && !inside.some((p) => offered.has(p))) continue;
      // A choice between parties ("…, Trump or Xi", "which side…") needs the event told as a verb:
      // "Xi reiterated support for any initiative" tells no one initiating.
      if ((choice || plan.cue === 'which side' || plan.cue === 'which sides') && !eventAsVerb(unit, offset, events)) continue;
      // …and so does a "who" whose main verb the text says only with a related noun: "who initiated
      // the call" is not answered by "Xi reiterated support for any initiative".
      if (kind === 'person' && loosePersonEvent && !toldAsDoer(unit, offset, span, inside, mainEventAt)) continue;
      // ("Which ministry announced that Taiwan got notice": "Taiwan's foreign ministry" — the owner
      // of the thing asked for answers, though the question names it in another role.)
      const ownsAsked = /['’]s?$/.test(span.text) && inside.length > 0 && [1, 2].some((k) => askedPositions().includes(Math.max(...inside) + k));
      // (A reason's cue is no name: "asserting that…" answers why, though "claim" matched "asserting".)
      if (!choice && kind !== 'reason' && inside.length > 0 && inside.every((p) => named.has(p)) && !ownsAsked) continue;
      if (kind === 'person' && inside.length > 0 && inside.every((p) => describingAt.has(p))) continue;
      // "A judge blocked a merger in New Jersey": a name after "in" is where, not who.
      // ("Joined from Accra Lions" is where from, too, unless the name is a person's: "goals from Liam
      // Doherty", "statements from Japanese Prime Minister Sanae Takaichi".)
      const before = sentence.slice(Math.max(0, span.start - 16), span.start);
      // "How much were tariffs before the cut" is not answered by the cut's size ("reduced … by 10%").
      if (plan.levelAsked && CHANGE_BY.test(before)) continue;
      // "…touched on Russia's invasion of Ukraine": the one an act is done to is no "who" of another
      // question ("who was on the call"), unless the question names the act ("who did Russia invade").
      const actOf = ACTED_ON.exec(before);
      if (kind === 'person' && actOf && !matched.has(at - 2 - (actOf[1] ? 1 : 0))) continue;
      // "The two leaders": a number word after "the" points to a group already named; it is no
      // amount, unless the question counts that very thing ("how many leaders").
      if (kind === 'amount' && plan.counted === null && /\b(?:the|these|those)\s+$/i.test(before) && /^[a-z]+$/i.test(span.text)) continue;
      const titled = inside.some((p) => isTitle(unit.tokens[p - offset]?.norm ?? ''));
      if (kind === 'person' && (LOCATIVE_BEFORE.test(before) || (FROM_BEFORE.test(before) && !span.known && !titled))) continue;
      // "Where did Takaichi make her remarks" is not "a military response from Tokyo": where from is no where.
      if (kind === 'place' && plan.cue === 'where' && FROM_BEFORE.test(before) && !plan.fromAsked) continue;
      // "In which city did they meet": a country or a region is no city ("…Taiwan's return to China").
      if (kind === 'place' && CITY_ASKED.test(plan.cue) && namesCountryOrRegion(span.text)) continue;
      // "Who did Trump speak with": a person the question names acts in it; the answer is someone else.
      // ("Who is the Japanese premier whose comments angered Beijing": the one described is the answer.)
      // (Nor "what is the name of the X who…".)
      if (kind === 'person' && actsInQuestion && !plan.identity && !plan.nameOf && !choice && inside.some((p) => namedActor.has(p)) && !ownsAsked) continue;
      // …nor a pronoun standing for that person ("who did Xi say they fought against" is not "He").
      if (span.refersTo !== undefined && refersToAsked(span.refersTo, plan)) continue;
      // "Which officials" may be answered "U.S. and Chinese officials"; "the name of the official" not by "Chinese".
      // ("Which official said Tokyo might respond" → "Japanese Prime Minister Sanae Takaichi, who said…":
      // where the sentence does not write the role, a title written with the name holds it.)
      const holdsRole = titled && publicRole && !namedAt.some((p) => p >= offset && p < offset + unit.tokens.length);
      if (namedNear && !holdsRole && (!inside.some(namedNear) || (isPlaceOrPeople(span.text) && !plan.cue.startsWith('which')))) continue;
      if (countedNear && !inside.some(countedNear)) continue;
      // "How old is Tomas Reyes" is not answered by "Farrow, 47, was dismissed along with … Tomas Reyes":
      // an age set off after a name is that person's.
      if (plan.needsMeasure === 'age' && ageOfAnother(unit, at - offset, sentence, (i) => matched.has(offset + i))) continue;
      // "After months of tariff escalations": a span of time without a number is how long that
      // thing went on, which must be a word of the question ("how long did the call last" is not it).
      // (Nor is it an amount: "what were the tariff rates before the cut" is no "months".)
      if (span.kind === 'duration' && /^[a-z]+s$/i.test(span.text) && (kind !== 'duration' || inside.length === 0 || ![2, 3, 4].some((k) => matched.has(Math.max(...inside) + k)))) continue;
      if (countedNear && plan.needsMeasure !== 'any' && !countsTheWord(unit, inside.map((p) => p - offset), (positions[counted!] ?? []).map((p) => p - offset))) continue;
      // ("Trump has continued the policy…, declining to say whether…": a participle after a comma
      // has the subject of its sentence, the speaker when the sentence opens with them.)
      const declined = kind === 'quote' && DECLINED.test(span.text);
      if (speakerNear && !speakerNear(at, span.text) && !(declined && sentence.slice(0, span.start).trimEnd().endsWith(',') && speakerAt!.some((p) => p >= offset && p - offset <= OPENING_NAME))) continue;
      // What someone would not say answers what they said of that very thing ("sending troops"),
      // not of the article's whole subject ("what did Trump say about Taiwan").
      if (declined && !plan.terms.some((term, t) => !plan.speaker.includes(t) && !ctx.topic?.[t] && (positions[t] ?? []).some((p) => p > at && p < offset + unit.tokens.length))) continue;
      // "The call also touched on Russia's invasion": a possessor answers "who" only for what it
      // possesses ("who invaded Ukraine", "which ministry" → "Taiwan's foreign ministry"), not for
      // the call ("who else was on the call").
      // (A party offered by name answers through what it owns: "…, Taiwan or the US" → "Taiwan's foreign ministry announced".)
      if (kind === 'person' && !choice && /['’]s?$/.test(span.text) && inside.length > 0 && ![1, 2].some((k) => matched.has(Math.max(...inside) + k))) continue;
      // "US$330 million": a currency, not the country.
      if (kind === 'person' && /^\s*\$/.test(sentence.slice(span.end, span.end + 2))) continue;
      if (ownerRequired && !holdsOffice(span, inside, owners, offices, sentence.slice(span.end))) continue;
      // "A White House official": a name right before the words describing the person asked for
      // says which body they serve, not who they are; "China and the U.S.": another party;
      // "U.S.-China" for "White House": the description again.
      if (identityOf && inside.length > 0 && (restatesDescription(unit, offset, inside, describedAt) || modifiesHead(unit, offset, Math.max(...inside), describedAt))) continue;
      // ("Harvest Pantry, based in Grand Rapids": the words that say where a body is are no distance from it.)
      const locatedBy = kind === 'place' && LOCATED_BEFORE.test(sentence.slice(0, span.start)) ? 2 : 0;
      const distance = anchors.length ? Math.min(...anchors.map((p) => Math.abs(p - at))) - locatedBy : 50;
      const spanAt = inside.length ? inside : [at];
      // (The person described stands right beside the description, unless a linking verb follows them.)
      const besideOnly = identityOf !== null && !LINKING.has(unit.tokens[Math.max(...spanAt) - offset + 1]?.norm ?? '');
      let told = relationOf({ units, span: spanAt, positions, weights, focus, nearOnly: inception || besideOnly, joinWhere: kind === 'reason', pronoun: span.refersTo !== undefined, consequence: kind === 'reason' && CONSEQUENCE_CUE.test(span.text), describes: !actsInQuestion, sinceThen: kind === 'date' && plan.datePrecision !== 'day' });
      if (!told.focus && saidOtherwise && relationOf({ units, span: spanAt, ...saidOtherwise, focus: [mainEvent] }).focus) told = { ...told, focus: true };
      // A pronoun the quote table resolves opens its speaker's sentence: every clause of it is theirs,
      // when the sentence tells the question's main verb ("who urged…" → "…, urging the two
      // countries") and what it was done to, beyond the article's own subject ("who asked for the
      // call": no call in it).
      const inUnit = (t: number) => positions[t]?.some((p) => p >= offset && p < offset + unit.tokens.length) ?? false;
      const tellsAct = () => (mainEvent < 0 ? focus.some(inUnit) : inUnit(mainEvent)) && plan.terms.some((_, t) => t !== mainEvent && !ctx.topic?.[t] && inUnit(t));
      // (Not for the person described: who "He" is, the question asks by name.)
      // (The owner of the title asked about is tied to it by being written with it.)
      const relation = (span.refersTo !== undefined && identityOf === null && tellsAct()) || titleOwners.includes(span) ? { ...told, focus: true } : told;
      // A span in the clause of the question's words beats a closer one outside it.
      // "Who did the American president call": of two presidents, the one of a country the question does not name.
      const foreign = plan.objectAsked && kind === 'person' && inside.some((p, i) => !matched.has(p) && namesAPlace(unit.tokens[p - offset]?.norm ?? '') && i < inside.length - 1);
      const aim = purposeAsked && PURPOSE_CUE.test(span.text);
      const better =
        !best ||
        (relates(relation) !== relates(best.relation) ? relates(relation) : foreign !== best.foreign ? foreign : aim !== best.aim ? aim : nested(span, sentence, best) ?? distance < best.distance);
      if (better) best = { span, sentence, distance, relation, foreign, aim };
    }
    offset += unit.tokens.length + 1;
  }
  // A number next to the word it counts is already tied to the question ("540 students"); speech
  // is tied to its speaker by speakerNear and the quote table, and may follow in the next sentence.
  // An age ("the 24-year-old said…") is tied to its person by its own words, even across sentences.
  const anchored = countedNear !== null || kind === 'quote' || plan.needsMeasure === 'age';
  const required = REQUIRED_KINDS.has(kind) || (kind === 'quote' && plan.speaker.length > 0);
  return {
    answer: best ? shown(best.span, best.sentence) : null,
    lacksKind: !best && required,
    relation: anchored ? null : best?.relation ?? null,
    // Anchored right beside what is asked about: a number next to what "how many" counts, a date
    // next to the thing a start-verb is about ("a Sept. 15 trial date").
    counts: best !== null && (countedNear !== null || (inception && relates(best.relation))),
    beside: best !== null && best.distance <= BESIDE,
  };
}

/** A word putting the span in the future stands shortly before it ("scheduled … for Sept. 17", "will vote Wednesday"). */
function aheadOf(unit: SentenceUnit, span: AnswerSpan): boolean {
  const first = unit.tokens.findIndex((token) => token.end > span.start);
  const from = Math.max(0, (first < 0 ? unit.tokens.length : first) - AHEAD_WINDOW);
  return unit.tokens.slice(from, first < 0 ? undefined : first).some((token) => PLAINLY_AHEAD.has(token.norm));
}

/** Passage positions of the tokens with this stem (the word itself, not its synonyms). */
function ownPositions(units: SentenceUnit[], stem: string): number[] {
  const role = sameRole(stem);
  const found: number[] = [];
  let offset = 0;
  for (const unit of units) {
    for (const token of unit.tokens) if (token.stem === stem || (role !== null && sameRole(token.stem) === role)) found.push(offset + token.position);
    offset += unit.tokens.length + 1;
  }
  return found;
}

/** "Spokesman", "spokeswoman", "spokesperson": one role, whatever the word says of the holder (→ "spokes"). */
function sameRole(stem: string): string | null {
  const match = /^(.{4,}?)(?:man|men|woman|women|person|people|peopl)$/.exec(stem);
  return match ? match[1]! : null;
}

/**
 * "How many ferries": the number must count ferries, not "two ferry lines", where "ferry" only
 * qualifies what is counted. A counted word after the number must end its noun phrase: what
 * follows it is punctuation, a function word or a verb, not another noun.
 */
/** Nouns that hold a count of what follows their "of": "the number of detainees", "the death toll of". */
const TALLY_NOUNS = new Set(['number', 'numbers', 'total', 'toll', 'count', 'tally']);
/** How far a count may stand after what it counts when news puts it "at" a figure. */
const TALLY_REACH = 12;

/**
 * "Sulmeria puts the number of its own detainees in Ardavian custody at roughly 900": a count news
 * puts "at" a figure stands further from the thing counted than a number beside it does.
 */
function tallyPutAt(units: SentenceUnit[], counted: number[], at: number): boolean {
  if (tokenAt(units, at - 1)?.norm !== 'at' && tokenAt(units, at - 2)?.norm !== 'at') return false;
  return counted.some((p) => at > p && at - p <= TALLY_REACH && [2, 3, 4].some((k) => TALLY_NOUNS.has(tokenAt(units, p - k)?.norm ?? '') && tokenAt(units, p - k + 1)?.norm === 'of'));
}

function countsTheWord(unit: SentenceUnit, number: number[], counted: number[]): boolean {
  const last = Math.max(...number);
  const after = counted.filter((c) => c > last && c - last <= COUNT_DISTANCE);
  if (after.length === 0) return true; // Counted word before the number ("jobs: 1,200"), or only near it.
  const text = unit.paragraph.text.slice(unit.start, unit.end);
  return after.some((c) => {
    const word = unit.tokens[c];
    const next = unit.tokens[c + 1];
    if (!word || !next) return true;
    const joined = /^[\s-]*$/.test(text.slice(word.end, next.start));
    // ("1,400 children last year": a time after the word ends its phrase.)
    if (TIME_AFTER_PHRASE.has(next.norm)) return true;
    // The phrase goes on only through another noun ("ferry lines"); "sites since…" ends at "sites".
    return !joined || isStopWord(next.norm) || isMostlyVerb(next.norm) || baseForms(next.norm, 'n').length === 0;
  });
}

/** "Chinese", "U.S.": a country or its people, which qualifies a thing but is not its name. */
function isPlaceOrPeople(text: string): boolean {
  return tokenize(text).every((t) => namesAPlace(t.norm));
}

/**
 * "Will Trump and Xi meet again next month": a yes/no question about the future is answered only by
 * a passage that says something is to come, not by the meeting that was.
 */
function statesTheClaim(plan: QuestionPlan, units: SentenceUnit[]): boolean {
  // ("Did the call last more than an hour": a claim of a length of time needs one in the passage.)
  if (plan.claimsDuration && !units.some((u) => LENGTH_OF_TIME.test(u.paragraph.text.slice(u.start, u.end)))) return false;
  return !plan.future || tellsWhatIsToCome(units);
}
// (Hyphened too: "a five-year guarantee".)
const LENGTH_OF_TIME = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)(?:\s+(?:more\s+|full\s+)?|-)(?:minutes?|hours?|days?|weeks?|months?|years?)\b|\b(?:minute|hour|day|week|month|year)-long\b/i;

/**
 * "Did Japan push back after China denounced Takaichi": where nothing of the main clause but its
 * subject is in the paragraph, the passage tells the scene the question sets, not its claim.
 */
function onlySceneTold(plan: QuestionPlan, units: SentenceUnit[], positions: number[][], ctx: AnswerContext): boolean {
  if (plan.background.length === 0) return false;
  const main = plan.terms.flatMap((term, t) => (plan.background.includes(t) || term.emphasis === 0 ? [] : [t]));
  if (main.length < 2) return false;
  const told = inParagraph(units, ctx);
  return main.slice(1).every((t) => !positions[t]?.length && !told(t));
}

/** Verbs of siding with a claim or proposal, which a paragraph must say in words of its own. */
const AGREEING = new Set(['agree', 'agrees', 'agreed', 'agreeing', 'concur', 'concurs', 'concurred', 'endorse', 'endorses', 'endorsed']);
/** A news synonym or better ("accepted", "backed"), not a loose WordNet sense. */
const AGREEING_QUALITY = 0.75;
/** Below this, a word is only a loose sense of agreeing ("support"); an opposite ("rejects") tells the stance. */
const LOOSE_AGREEING_QUALITY = 0.5;

/**
 * "Did Trump agree with Xi that Taiwan's return is part of the post-war order" is not answered by
 * Xi saying so: where neither the question's subject nor its verb is in the passage, it tells
 * someone else's claim, however much of its content it shares. (A pronoun in it may stand for the
 * subject; then neither may be anywhere in the paragraph.)
 */
function claimOfAnother(plan: QuestionPlan, units: SentenceUnit[], positions: number[][], ctx: AnswerContext): boolean {
  const claimed = claimVerb(plan, ctx);
  // ("Did the two leaders agree to…": agreeing is the claim whoever the subject.)
  const verb = claimed ?? agreeingVerb(plan);
  if (verb === null) return false;
  const agreeing = AGREEING.has(plan.terms[verb]!.norm);
  // (Matched in the passage only by a loose sense — "support" for "agree" — it is not said there either.)
  if (agreeing && !inParagraph(units, ctx, LOOSE_AGREEING_QUALITY)(verb)) return true;
  if (claimed === null || positions[verb]?.length) return false;
  // "Did Trump agree that Taiwan's return…": agreeing is the claim, and a paragraph with no word for
  // it (a close one: "held" is only a loose sense of "agree") tells what was agreed to, not that he did.
  if (agreeing && !inParagraph(units, ctx, AGREEING_QUALITY)(verb)) return true;
  if (!plan.terms.slice(0, verb).every((_, t) => !positions[t]?.length)) return false;
  // (In the passage itself, unless a pronoun there may stand for the subject: "He added that…".)
  if (!units.some((u) => u.tokens.some((t) => SUBJECT_PRONOUNS.has(t.norm)))) return true;
  const told = inParagraph(units, ctx);
  return !told(verb) && plan.terms.slice(0, verb).every((_, t) => !told(t));
}

/** The question's verb of agreeing ("did the two leaders agree to…"), or null. */
function agreeingVerb(plan: QuestionPlan): number | null {
  const at = plan.terms.findIndex((term) => term.verb && AGREEING.has(term.norm));
  return at < 0 ? null : at;
}

/**
 * "Did the two leaders talk about fentanyl": when no word of the article matches the thing talked
 * about in any way, no passage says they did (though it may tell that they talked).
 */
function talkedOfUnnamed(plan: QuestionPlan, ctx: AnswerContext): boolean {
  return plan.talkedAbout.length > 0 && plan.talkedAbout.every((t) => ctx.unmatchable?.[t] === true);
}

/**
 * "Did the two leaders talk about Ukraine" is not answered by a passage on their talks that names
 * nothing of Ukraine, in its sentences or their paragraph: it tells that they talked, not of what.
 */
function talkedOfElsewhere(plan: QuestionPlan, units: SentenceUnit[], positions: number[][], ctx: AnswerContext): boolean {
  if (plan.talkedAbout.length === 0) return false;
  // (…nor by one that names it but tells no talk: "did they discuss the arms package on their call"
  // is not answered by the sentence on the package's approval.)
  if (plan.talk.length > 0 && plan.talk.every((t) => !positions[t]?.length)) return true;
  const told = inParagraph(units, ctx);
  return plan.talkedAbout.every((t) => !positions[t]?.length && !told(t));
}

/**
 * Whether the passage tells where what the question matched happened: "in" or "at" before a name
 * ("a meeting between Trump and Xi in Busan"), not a month's ("in October"), a few words from a
 * matched word of its sentence.
 */
function givesAPlace(units: SentenceUnit[], positions: number[][]): boolean {
  const locate = positionLocator(units);
  const matched = positions.flat().map(locate);
  return units.some((u, k) =>
    u.tokens.some(
      (t, i) =>
        (t.norm === 'in' || t.norm === 'at') &&
        u.tokens[i + 1]?.capitalized === true &&
        !CALENDAR_NAMES.test(u.tokens[i + 1]!.norm) &&
        matched.some((m) => m.unit === k && Math.abs(m.token - i) <= PLACE_DISTANCE),
    ),
  );
}
const PLACE_DISTANCE = 6;
const CALENDAR_NAMES = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their']);

/** A match close enough to stand for the question's verb (a synonym, not a loose relative). */
const CLOSE_MATCH = 0.5;

/** The passage positions where term `t` matched closely (the word, or a synonym, not a loose relative). */
function closeMatches(units: SentenceUnit[], positions: number[][], t: number, ctx: AnswerContext): number[] {
  const locate = positionLocator(units);
  return (positions[t] ?? []).filter((position) => {
    const { unit, token } = locate(position);
    return (ctx.matchQuality?.[t]?.(units[unit]!.tokens[token]!.stem) ?? 1) >= CLOSE_MATCH;
  });
}
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'while', 'whereas', 'yet']);
/** How many auxiliaries and adverbs may stand between a doer and its verb ("has also sharply reduced"). */
const ACTOR_DISTANCE = 4;

/**
 * "Did China lower its tariffs" against "China has resumed purchasing U.S. soybeans, and the United
 * States has reduced certain tariffs": the verb the question asks about has another country as its
 * doer, so the passage does not state the claim. Only when the question's subject is a country or
 * a person and the verb's own subject, right before it, is another country ("Taiwan's sovereignty
 * but opposes" is no doer of "opposes"; "the Trump administration approved" names no other country
 * than "the US").
 */
function doneByAnother(plan: QuestionPlan, units: SentenceUnit[], positions: number[][], ctx: AnswerContext): boolean {
  const claim = claimOf(plan, ctx);
  if (claim === null || !positions[claim.verb]?.length) return false;
  const { subject, verb } = claim;
  const subjectAt = new Set(positions.slice(subject, verb).flat());
  const locate = positionLocator(units);
  // Where the passage says the verb, or a close word for it (not a loose relative: "decide" for "reject").
  const said = closeMatches(units, positions, verb, ctx);
  return said.length > 0 && said.every((position) => {
    const { unit, token: index } = locate(position);
    const tokens = units[unit]!.tokens;
    const start = position - index;
    // "Beijing's support for any initiative": a noun with its owner, not the verb with its doer.
    const sentence = units[unit]!.paragraph.text.slice(units[unit]!.start, units[unit]!.end);
    const before = tokens[index - 1];
    if (before && /['’]s?$/.test(sentence.slice(before.start, before.end))) return false;
    // The verb's own subject: the word before it, past auxiliaries and adverbs ("has", "sharply");
    // not past a conjunction ("…on Taiwan's sovereignty but opposes": the subject is further back).
    let k = index - 1;
    while (k >= 0 && index - k <= ACTOR_DISTANCE && !CONJUNCTIONS.has(tokens[k]!.norm) && (isStopWord(tokens[k]!.norm) || /ly$/.test(tokens[k]!.norm))) k--;
    if (k < 0 || CONJUNCTIONS.has(tokens[k]!.norm)) return false;
    // A country, or a body of one: "Taiwan's government rejects", "Chinese officials said".
    if (k > 0 && !namesAPlace(tokens[k]!.norm) && namesAPlace(tokens[k - 1]!.norm)) k--;
    // ("China and the U.S. fought…": the question's subject is one of two doers joined by "and".)
    const and = tokens[k - 1]?.norm === 'and' ? k - 1 : tokens[k - 1]?.norm === 'the' && tokens[k - 2]?.norm === 'and' ? k - 2 : -1;
    if (and > 0 && subjectAt.has(start + and - 1)) return false;
    return !subjectAt.has(start + k) && namesAPlace(tokens[k]!.norm);
  });
}

const claims = new WeakMap<QuestionPlan, { subject: number; verb: number } | null>();

/**
 * The term of the verb a question tells its named subject doing ("did China lower…", "has the US
 * resumed…", "did Trump and Xi agree…"), or null.
 */
function claimVerb(plan: QuestionPlan, ctx: AnswerContext): number | null {
  return claimOf(plan, ctx)?.verb ?? null;
}

/**
 * The claim's verb and the first term of its subject: 0, or 1 after the thing asked in "what
 * tariffs did China cut". Once per question: findAnswer runs per passage.
 */
function claimOf(plan: QuestionPlan, ctx: AnswerContext): { subject: number; verb: number } | null {
  let known = claims.get(plan);
  if (known === undefined) claims.set(plan, (known = findClaim(plan, ctx)));
  return known;
}

function findClaim(plan: QuestionPlan, ctx: AnswerContext): { subject: number; verb: number } | null {
  // The subject: the names the question opens with — or, asked "what/which N did…", the names after N.
  const named = (t: number) => namesAPlace(plan.terms[t]!.norm) || (ctx.isName?.(plan.terms[t]!.norm) ?? false);
  const subject = plan.thingAsked && plan.terms.length > 1 && !named(0) && named(1) ? 1 : 0;
  let verb = subject;
  while (verb < plan.terms.length && named(verb) && (verb === subject || plan.terms[verb]!.position <= plan.terms[verb - 1]!.position + 2)) verb++;
  // The verb right after it (not "does the US officially say Taiwan belongs…": that claim is about what it says).
  const term = plan.terms[verb];
  return verb > subject && term && term.position === plan.terms[verb - 1]!.position + 1 && (term.verb || baseForms(term.norm, 'v').length > 0) ? { subject, verb } : null;
}

/** The country or people's name right before a matched title in the unit ("Japanese" of "Japanese Prime Minister"). */
function ownerWords(unit: SentenceUnit, offset: number, titleAt: number[]): AnswerSpan[] {
  const sentence = unit.paragraph.text.slice(unit.start, unit.end);
  return titleAt.flatMap((p) => {
    const before = unit.tokens[p - offset - 1];
    if (p < offset || p - offset >= unit.tokens.length || !before?.capitalized || !namesAPlace(before.norm)) return [];
    return [{ kind: 'place' as const, start: before.start, end: before.end, text: sentence.slice(before.start, before.end), named: true, country: true }];
  });
}

/** "…fought shoulder to shoulder against fascism and militarism": what a sentence says was fought against. */
function opponents(unit: SentenceUnit): AnswerSpan[] {
  const sentence = unit.paragraph.text.slice(unit.start, unit.end);
  return [...sentence.matchAll(/\bagainst\s+((?:the\s+)?[\w'’-]+(?:\s+(?:and|or)\s+[\w'’-]+)?)/gi)].map((match) => {
    const start = match.index + match[0].length - match[1]!.length;
    return { kind: 'person', start, end: start + match[1]!.length, text: match[1]! };
  });
}

/** The age at token `index` follows a name the question does not ask about, set off by commas ("Farrow, 47,"). */
function ageOfAnother(unit: SentenceUnit, index: number, sentence: string, asked: (index: number) => boolean): boolean {
  const owner = unit.tokens[index - 1];
  const age = unit.tokens[index];
  if (!owner || !age || !owner.capitalized || !sentence.slice(owner.end, age.start).includes(',')) return false;
  return !asked(index - 1);
}

/** The question names this person itself ("who did Xi say…"): the pronoun cannot be its answer. */
function refersToAsked(name: string, plan: QuestionPlan): boolean {
  const parts = new Set(name.toLowerCase().split(/\s+/));
  return plan.terms.some((term) => parts.has(term.norm));
}

/** "At a special meeting", "during a visit": the words that make an event noun the occasion of the clause's own event, and how far before it they may stand. */
const OCCASION_BEFORE = new Set(['at', 'during']);
const OCCASION_REACH = 3;
/** Nouns of events that a date in the same phrase belongs to ("a meeting … on Oct. 30"). */
const EVENT_NOUNS = new Set(['meeting', 'meetings', 'summit', 'summits', 'talks', 'visit', 'trip', 'election', 'vote', 'attack', 'invasion', 'conference', 'hearing', 'trial', 'ceremony', 'speech', 'announcement', 'session']);

/**
 * Between the question's last matched word before the date and the date, an event noun the question
 * did not ask about; or one heading the phrase the date ends, after the clause's verb ("The
 * conversation also followed a meeting between Trump and Xi in Busan on Oct. 30": the meeting's date).
 */
function dateOfAnotherEvent(unit: SentenceUnit, span: AnswerSpan, offset: number, matched: Set<number>): boolean {
  const first = unit.tokens.findIndex((t) => t.end > span.start);
  const before = first < 0 ? unit.tokens.length : first;
  let lastMatched = -1;
  for (let i = 0; i < before; i++) if (matched.has(offset + i)) lastMatched = i;
  if (lastMatched < 0) return false;
  // ("…will vote at a special meeting on July 8": a meeting the event is held at is its occasion, not another event.)
  const occasion = (i: number) => {
    let k = i - 1;
    while (k >= 0 && !OCCASION_BEFORE.has(unit.tokens[k]!.norm) && i - k <= OCCASION_REACH && !isMostlyVerb(unit.tokens[k]!.norm)) k--;
    return k >= 0 && OCCASION_BEFORE.has(unit.tokens[k]!.norm);
  };
  const otherEvent = (from: number) => unit.tokens.slice(from, before).some((t, k) => EVENT_NOUNS.has(t.norm) && !matched.has(offset + from + k) && !occasion(from + k));
  if (otherEvent(lastMatched + 1)) return true;
  let verb = before - 1;
  // (A name is no verb, though WordNet knows "trump" as one; nor is an event noun, "meeting".)
  const isVerb = (t: Token) => !t.capitalized && !isStopWord(t.norm) && !EVENT_NOUNS.has(t.norm) && isMostlyVerb(t.norm);
  while (verb >= 0 && !isVerb(unit.tokens[verb]!)) verb--;
  // (Only when the question's words are also the clause's subject, before its verb: "busan date" asks for that date.)
  const subjectAsked = unit.tokens.slice(0, Math.max(0, verb)).some((_, i) => matched.has(offset + i));
  return verb >= 0 && subjectAsked && otherEvent(verb + 1);
}

/** The reactor's words, less a title typed before its name ("how did President Trump respond": Trump, not any president). */
function reactorNamed(plan: QuestionPlan): number[] {
  const named = plan.reactor.filter((t) => !isTitle(plan.terms[t]!.norm));
  return named.length > 0 ? named : plan.reactor;
}

/**
 * Where the one asked to react stands. For an office of a country ("the American president"),
 * its holder's name, or the title written with that country — not another country's holder
 * ("President Xi emphasized…").
 */
function reactorPositions(plan: QuestionPlan, units: SentenceUnit[], positions: number[][]): number[] {
  const at = positionLocator(units);
  return reactorNamed(plan).flatMap((t) => {
    const country = t - 1;
    const owned = isTitle(plan.terms[t]!.norm) && plan.terms[country] !== undefined && plan.terms[country]!.position === plan.terms[t]!.position - 1 && namesAPlace(plan.terms[country]!.norm);
    if (!owned) return positions[t] ?? [];
    return (positions[t] ?? []).filter((p) => {
      const { unit, token } = at(p);
      return !isTitle(units[unit]!.tokens[token]?.norm ?? '') || (positions[country] ?? []).some((q) => q < p && q >= p - 3);
    });
  });
}

/**
 * Words that say a detail is not given: "short on specifics regarding", "did not provide details
 * on", "declined to say", "without specifying". What follows them in their clause is withheld.
 */
const WITHHOLDING: readonly (readonly string[])[] = [
  ['short', 'on', 'specifics'], ['short', 'on', 'details'], ['no', 'details'], ['few', 'details'], ['no', 'specifics'],
  ['declined', 'to'], ['declining', 'to'], ['declines', 'to'], ['refused', 'to'], ['refusing', 'to'],
  ['did', 'not', 'say'], ['did', 'not', 'specify'], ['did', 'not', 'disclose'], ['did', 'not', 'detail'], ['did', 'not', 'elaborate'],
  ['without', 'specifying'], ['without', 'saying'], ['without', 'elaborating'], ['without', 'details'],
  ['not', 'disclosed'], ['undisclosed'], ['unclear'], ['unspecified'],
];
/** How far after "what"/"which" the word naming what is asked for may stand ("what specific mediating role"). */
const ASKED_REACH = 3;

/** Nouns for where a party stands, which belong to whoever holds them. */
const STANCE_NOUNS = new Set(['position', 'positions', 'stance', 'stances', 'view', 'views', 'stand', 'attitude', 'opinion', 'opinions']);
/** How far before a stance noun its holder may stand ("The United States maintains no formal position"). */
const HOLDER_DISTANCE = 6;

/**
 * Whether every place the passage says the stance the question gives its owner ("Taipei's
 * position") has another place or named party before it as its holder.
 */
function stanceOfAnother(plan: QuestionPlan, units: SentenceUnit[], positions: number[][], ctx: AnswerContext): boolean {
  const locate = positionLocator(units);
  return plan.phrases.some((phrase) => {
    // (Or typed as a compound: "taipei position", "the Taiwanese position".)
    const possessive = phrase.joinedBy === 'possessive' && phrase.pair;
    if (!possessive && (phrase.pair || phrase.head !== phrase.members[phrase.members.length - 1])) return false;
    const owner = possessive ? phrase.pair![0][phrase.pair![0].length - 1]! : phrase.members[0]!;
    const noun = possessive ? phrase.pair![1][phrase.pair![1].length - 1]! : phrase.head;
    const ownerWord = plan.terms[owner]!.norm;
    if (!STANCE_NOUNS.has(plan.terms[noun]!.norm) || !(namesAPlace(ownerWord) || (ctx.isName?.(ownerWord) ?? false))) return false;
    const ownerAt = new Set(positions[owner] ?? []);
    // (Not a prefix the stance word's synonyms happen to share: "post" of "post-World War II".)
    const stanceAt = (positions[noun] ?? []).map((p) => ({ p, ...locate(p) })).filter(({ unit, token }) => {
      const u = units[unit]!;
      return u.paragraph.text.slice(u.start, u.end)[u.tokens[token]!.end] !== '-';
    });
    return (
      stanceAt.length > 0 &&
      stanceAt.every(({ p, unit, token }) => {
        const tokens = units[unit]!.tokens;
        for (let k = token - 1; k >= Math.max(0, token - HOLDER_DISTANCE); k--) {
          if (ownerAt.has(p - token + k)) return false;
          if (namesAPlace(tokens[k]!.norm) || (tokens[k]!.capitalized && (ctx.isName?.(tokens[k]!.norm) ?? false))) return true;
        }
        return false;
      })
    );
  });
}

/**
 * Whether the thing a question asks for ("role" of "what role…") stands in the passage only where
 * the passage says it is withheld.
 */
function askedOnlyAsWithheld(plan: QuestionPlan, units: SentenceUnit[], ctx: AnswerContext): boolean {
  // Only the thing a "what"/"which" question asks for ("what role…"), not its other words: "what has
  // the US asked Taiwan to increase" is not withheld by "declining to say whether he would send U.S. troops".
  if (!plan.cue.startsWith('what') && !plan.cue.startsWith('which')) return false;
  // (A describing word the question drops may stand before it: "what concrete role".) A name there
  // is the question going on: "what did China…", "what specific role China want". (Not a verb: the
  // words after "what" are often read as one, "exact", "mediating".)
  const goesOn = (term: QuestionTerm) => namesAPlace(term.norm) || (ctx.isName?.(term.norm) ?? false);
  // ("Which" names a kind the passage may answer by name even there: "in which strait… declining to
  // say whether he would send U.S. troops in the event of a conflict in the Taiwan Strait".)
  const reach = plan.cue.startsWith('what') ? 2 : 1;
  if (!plan.terms[0] || plan.terms[0].position > reach || goesOn(plan.terms[0])) return false;
  const withheld = new Set<number>();
  let offset = 0;
  for (const unit of units) {
    const norms = unit.tokens.map((t) => t.norm);
    const clauses = clauseNumbers(unit);
    norms.forEach((_, i) => {
      const cue = WITHHOLDING.find((words) => words.every((w, k) => norms[i + k] === w));
      if (!cue) return;
      for (let j = i + cue.length; j < norms.length && clauses[j] === clauses[i]; j++) withheld.add(offset + j);
    });
    offset += unit.tokens.length + 1;
  }
  // Its head: the last of the words right after it ("what specific role" → role; not "what has
  // Washington…"), written as the question writes it, where the passage says it is withheld.
  let head = 0;
  for (let next = plan.terms[1]; next && next.position === plan.terms[head]!.position + 1 && next.position <= ASKED_REACH && !goesOn(next); next = plan.terms[head + 1]) head++;
  const own = plan.terms[head]!.stem;
  let at = 0;
  const inPassage = units.some((unit) => {
    const found = unit.tokens.some((token, i) => token.stem === own && withheld.has(at + i));
    at += unit.tokens.length + 1;
    return found;
  });
  if (inPassage) return true;
  // …or, where the passage leaves it out, its paragraph names it only so: the passage would be
  // answering from the paragraph's word for it.
  if (units.some((unit) => unit.tokens.some((token) => token.stem === own))) return false;
  const words = wordsOfParagraph(units[0]!.paragraph);
  return words.some((w) => w.stem === own) && words.every((w, i) => w.stem !== own || WITHHOLDING.some((cue) => withheldAt(words, i, cue)));
}

/** Words a withheld thing may stand after its cue ("short on specifics regarding its potential role"). */
const WITHHELD_REACH = 6;

/** Whether the word at `at` stands within reach after the cue, in the same sentence. */
function withheldAt(words: Token[], at: number, cue: readonly string[]): boolean {
  for (let start = Math.max(0, at - WITHHELD_REACH - cue.length); start < at; start++) {
    if (cue.every((w, k) => words[start + k]?.norm === w) && start + cue.length <= at) return true;
  }
  return false;
}

const QUALIFIERS_AFTER = new Set(['that', 'which', 'such', 'including', 'like', 'aimed', 'designed', 'meant', 'intended']);

/**
 * Whether the passage writes the thing whose kind is asked only bare: every time its head word
 * stands there as typed, nothing that could say its kind stands before it — a name or number
 * ("F-16", "Boeing"), or a describing word other than the question's own ("includes fighter jet
 * components" tells no kind of fighter jet). The head may be the question's word or a news word for
 * the same thing ("fighter jet" for "fighter aircraft", "hardware" for "equipment": "military hardware"
 * says a kind); said only in a looser word, the thing is the answer itself.
 */
function kindUntold(plan: QuestionPlan, units: SentenceUnit[], headQuality?: (stem: string) => number): boolean {
  const head = plan.terms[plan.kindOf[plan.kindOf.length - 1]!]!;
  const asked = new Set(plan.terms.map((t) => t.stem));
  // ("What type of fighter aircraft": the text's news word for the thing, "fighter jet", names it
  // too — unless that word is another of the question's: "what kind of parts were included".)
  // (A noun close in meaning counts: "parts" ~ "components".)
  const isHead = (stem: string) => stem === head.stem || (!asked.has(stem) && (headQuality?.(stem) ?? 0) >= KIND_HEAD_QUALITY);
  let seen = false;
  for (const unit of units) {
    const text = unit.paragraph.text.slice(unit.start, unit.end);
    for (let i = 0; i < unit.tokens.length; i++) {
      if (!isHead(unit.tokens[i]!.stem)) continue;
      // (A thing is named by a noun: "a package that includes fighter jet components" names no
      // kind by its verb "includes", though "parts" ~ "includes".)
      if (baseForms(unit.tokens[i]!.norm, 'n').length === 0) continue;
      seen = true;
      // (Or after it: "any initiative that could bring the conflict closer to a settlement".)
      if (QUALIFIERS_AFTER.has(unit.tokens[i + 1]?.norm ?? '')) return false;
      let k = i - 1;
      while (k >= 0 && asked.has(unit.tokens[k]!.stem) && !isStopWord(unit.tokens[k]!.norm)) k--;
      const before = unit.tokens[k];
      if (!before) continue;
      const written = text.slice(before.start, before.end);
      // (A participle between an article and the noun is its adjective: "a negotiated settlement".)
      const participle = /(?:ed|en)$/.test(before.norm) && ['a', 'an', 'the'].includes(unit.tokens[k - 1]?.norm ?? '');
      const qualifies = /\d/.test(written) || /^\p{Lu}/u.test(written) || (!isStopWord(before.norm) && (!isMostlyVerb(before.norm) || participle));
      if (qualifies) return false;
    }
  }
  return seen;
}

/** "Since then", "since that summit": the point an ongoing thing started from, told as an earlier event. */
const SINCE_EVENT = /\bsince\s+(?:then|that\s+(?:time|point|day|summit|meeting|call|visit|deal)|the\s+(?:summit|meeting|call|visit|deal))\b/gi;

function sinceEvent(sentence: string): AnswerSpan[] {
  return [...sentence.matchAll(SINCE_EVENT)].map((m) => ({ kind: 'date' as const, start: m.index!, end: m.index! + m[0].length, text: m[0], named: false }));
}

function tokenAt(units: SentenceUnit[], position: number): Token | undefined {
  const { unit, token } = positionLocator(units)(position);
  return units[unit]?.tokens[token];
}

/** Someone in the passage says, asks or tells something: a verb of communication the question did not bring. */
function speaksIn(units: SentenceUnit[], matched: Set<number>): boolean {
  return sayingPositions(units, matched).length > 0;
}

/** Passage positions of verbs of saying the question's words did not match ("added", "saying"). */
function sayingPositions(units: SentenceUnit[], matched: Set<number>): number[] {
  const found: number[] = [];
  let offset = 0;
  for (const unit of units) {
    unit.tokens.forEach((token, i) => {
      if (!matched.has(offset + i) && isCommunicationVerb(token.norm)) found.push(offset + i);
    });
    offset += unit.tokens.length + 1;
  }
  return found;
}

/** A paragraph's words, tokenized once for the paragraph checks here (the index keeps only its sentences'). */
const paragraphWords = new WeakMap<SentenceUnit['paragraph'], Token[]>();

function wordsOfParagraph(paragraph: SentenceUnit['paragraph']): Token[] {
  let words = paragraphWords.get(paragraph);
  if (!words) paragraphWords.set(paragraph, (words = tokenize(paragraph.text)));
  return words;
}

/** Days and months are names too, but date a thing rather than say whose it is. */
const DATE_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/**
 * Whether the question names someone or something (a name the articles write, not a title, a
 * day or one of the choices offered) that neither the passage nor its paragraph names.
 */
function namedElsewhere(plan: QuestionPlan, units: SentenceUnit[], positions: number[][], ctx: AnswerContext): boolean {
  const unmatchedNames = plan.terms.flatMap((term, t) =>
    (ctx.isName?.(term.norm) ?? false) &&
    !ctx.topic?.[t] &&
    !plan.background.includes(t) &&
    !plan.speaker.includes(t) &&
    !plan.choice.includes(t) &&
    !isTitle(term.norm) &&
    !DATE_NAME.test(term.norm) &&
    !positions[t]?.length
      ? [t]
      : [],
  );
  // (The paragraph's words are read only then: most passages have every name the question gives.)
  if (unmatchedNames.length === 0) return false;
  const paragraphHas = inParagraph(units, ctx);
  return unmatchedNames.some((t) => !paragraphHas(t));
}

/** Whether a term matches a word of the passage's paragraph (its other sentences included). */
/**
 * Whether a quote question names its speaker and, after "about", a subject of three words or more,
 * of which the passage's paragraph tells fewer than a third.
 */
function quoteTopicUntold(plan: QuestionPlan, units: SentenceUnit[], positions: number[][], ctx: AnswerContext): boolean {
  if (plan.speaker.length === 0) return false;
  const topic = plan.saidAbout.filter((t) => !plan.speaker.includes(t) && plan.terms[t]!.emphasis > 0);
  if (topic.length < 3) return false;
  const told = inParagraph(units, ctx);
  const found = topic.filter((t) => (positions[t]?.length ?? 0) > 0 || told(t)).length;
  return found * 3 < topic.length;
}

function inParagraph(units: SentenceUnit[], ctx: AnswerContext, minQuality = PARAGRAPH_ABOUT_QUALITY): (term: number) => boolean {
  const words = wordsOfParagraph(units[0]!.paragraph);
  return (term) => words.some((w) => (ctx.matchQuality?.[term]?.(w.stem) ?? 0) >= minQuality);
}

/**
 * "Was it the US or China that lowered tariffs" → "China has resumed buying soybeans, and the United
 * States has reduced certain tariffs": a sentence naming both may still say which, when only one
 * stands in the clause of the question's event.
 */
function oneInEventClause(choice: number[][], units: SentenceUnit[], positions: number[][], plan: QuestionPlan, ctx: AnswerContext): boolean {
  const event = plan.terms.findIndex((term) => term.event);
  const locate = positionLocator(units);
  // (Where the text says the event, or a close word for it: not "Trump", which WordNet relates to "announce".)
  const eventAt = event >= 0 ? closeMatches(units, positions, event, ctx) : [];
  if (eventAt.length === 0) return false;
  const clauseOf = clauseLocator(units, locate);
  const eventClauses = new Set(eventAt.map(clauseOf));
  // ("US$330 million" is a currency, not the country.)
  const currency = (p: number) => {
    const { unit, token } = locate(p);
    const u = units[unit]!;
    return u.paragraph.text.charAt(u.start + u.tokens[token]!.end) === '$';
  };
  const [a, b] = choice.map((list) => list.some((p) => eventClauses.has(clauseOf(p)) && !currency(p)));
  return a !== b;
}

/**
 * Whether the sentence tells the span as the one doing the event at `events`: the event as a verb,
 * a noun for the doer ("owner" for "who owns"), or the span as its possessor ("Russia's invasion").
 */
function toldAsDoer(unit: SentenceUnit, offset: number, span: AnswerSpan, inside: number[], events: number[]): boolean {
  if (eventAsVerb(unit, offset, events)) return true;
  if (events.some((p) => isAgentNoun(unit.tokens[p - offset]?.norm ?? ''))) return true;
  if (!/['’]s?$/.test(span.text) || inside.length === 0) return false;
  const last = Math.max(...inside);
  return events.some((p) => p > last && p - last <= 2);
}

/** Question terms naming the country whose office holder is asked for ("who is Japan's prime minister"). */
function officeOwners(plan: QuestionPlan): number[] {
  // ("Who did the American president call": the office holder is the one calling, not the answer.)
  // (A title word that only modifies a common noun names no office: "its defense budget".)
  const modifier = (t: number) => {
    const next = plan.terms[t + 1];
    return next !== undefined && next.position === plan.terms[t]!.position + 1 && !isTitle(next.norm) && !/^\p{Lu}/u.test(next.typed);
  };
  // (Nor an office whose holder owns another thing: "who denounced the Japanese prime minister's
  // comments" asks who denounced, not who holds the office.)
  const owning = (t: number) => {
    // (To the end of the title: "prime minister's".)
    let end = t;
    while (plan.terms[end + 1] && isTitle(plan.terms[end + 1]!.norm) && plan.terms[end + 1]!.position === plan.terms[end]!.position + 1) end++;
    return /['’]s?$/.test(plan.terms[end]!.typed) && plan.terms[end + 1] !== undefined;
  };
  const offices = plan.terms.flatMap((t, i) => (((isTitle(t.norm) && !modifier(i)) || OFFICE_WORDS.has(t.norm)) && !owning(i) ? [i] : []));
  if (plan.kind !== 'person' || plan.objectAsked || offices.length === 0) return [];
  // (A place past the question's verb is what the office holders did something about, not whose
  // they are: "which leaders had the phone call about Taiwan".)
  const ownsAnOffice = (t: number) => offices.some((o) => !plan.terms.slice(Math.min(o, t) + 1, Math.max(o, t)).some((term) => term.event));
  // "taiwans president": a possessive typed without its apostrophe.
  return plan.terms.flatMap((t, i) => ((namesAPlace(t.norm) || namesAPlace(t.norm.replace(/s$/, ''))) && ownsAnOffice(i) ? [i] : []));
}

/**
 * Whether a name span is the holder of the office asked for: a named person, not the country
 * itself or a place named after it ("South China Sea"), with the country and the office written
 * with the name.
 */
function holdsOffice(span: AnswerSpan, inside: number[], owners: number[], offices: number[][], after: string): boolean {
  if (!span.named || isPlaceOrPeople(span.text)) return false;
  // A country word inside the name must be a title's ("Chinese President Xi Jinping").
  const words = tokenize(span.text);
  const ownerAt = inside.findIndex((p) => owners.includes(p));
  if (ownerAt >= 0 && !words.slice(ownerAt + 1).some((w) => isTitle(w.norm))) return false;
  return [owners, ...offices].every((words) => ownedBy(words, inside, after));
}

/** Whether one of `owners` (a country's or an office's words) stands with the name: just before or inside it, or after it past a comma. */
function ownedBy(owners: number[], inside: number[], after: string): boolean {
  if (inside.length === 0) return false;
  const first = Math.min(...inside);
  const last = Math.max(...inside);
  return owners.some((p) => (p >= first - OWNER_BEFORE && p <= last) || (p > last && p - last <= OWNER_AFTER && /^\s*,/.test(after)));
}

const QUOTED = /["“]([^"”]+)["”]/;
const SHOWN_WORDS = 120;

/**
 * A speech verb found as the answer ("Xi told Trump the two countries should…") is shown by the
 * words said: the quotation after it, else the verb with the rest of its sentence ("confirmed the
 * call but did not provide additional details") — not the verb alone.
 */
function withWordsSaid(span: AnswerSpan, sentence: string): AnswerSpan {
  if (/^["“”]/.test(span.text)) {
    if (/[\p{L}\p{N}]/u.test(span.text)) return span;
    // (A quotation mark alone — the opening of "grossly violated" — stands for the words it opens.)
    const opened = QUOTED.exec(sentence.slice(span.start))?.[1]?.trim();
    return opened ? { ...span, text: shortened(opened) } : span;
  }
  const after = sentence.slice(span.end);
  const words = QUOTED.exec(after)?.[1]?.trim() ?? `${span.text} ${after.replace(/^[\s,:]+/, '')}`.trim();
  return words ? { ...span, text: shortened(words) } : span;
}

/** Text shown for an answer, cut at a word once it runs past SHOWN_WORDS characters. */
function shortened(words: string): string {
  return words.length > SHOWN_WORDS ? `${words.slice(0, SHOWN_WORDS).replace(/\s+\S*$/, '')}…` : words;
}

/** A speech or topic verb is shown with what it says or names; other spans as they are. */
function shown(span: AnswerSpan, sentence: string): AnswerSpan {
  return span.kind === 'quote' ? withWordsSaid(span, sentence) : span.kind === 'topic' ? withTopics(span, sentence) : span;
}

/**
 * A topic verb found as the answer is shown with what it names, to the end of its clause:
 * "touched on Taiwan, trade policy and the Ukraine conflict".
 */
function withTopics(span: AnswerSpan, sentence: string): AnswerSpan {
  const after = sentence.slice(span.end);
  const end = after.search(/[.;:!?]|,\s+(?:according|which|where|while|saying|but|as|who)\b|\s[-\u2014\u2013]\s/);
  return { ...span, text: shortened(`${span.text}${end < 0 ? after : after.slice(0, end)}`.trim()) };
}

/** "What did X say": the quotes and statements the quote table gives to X, in this passage. */
function attributedWords(units: SentenceUnit[], ctx: AnswerContext): FoundAnswer | null {
  for (const unit of units) {
    for (const words of ctx.attributions.byUnit.get(unit.id) ?? []) {
      if (ctx.speakers.has(words.speaker)) {
        return { answer: { kind: 'quote', start: words.start, end: words.end, text: words.text }, lacksKind: false, relation: null };
      }
    }
  }
  return null;
}

/** Words that may stand between a name and the noun it qualifies or joins: "U.S. and Chinese officials". */
const QUALIFIER_JOINS = new Set(['and', 'or', 'the', 'a', 'an']);

/**
 * Whether the span ending at passage position `last` qualifies or is joined to a following word at
 * one of `heads` ("A White House official", "U.S. and Chinese officials", "China and the U.S."):
 * only joining words and capitalised qualifiers stand between them, with no comma.
 */
function modifiesHead(unit: SentenceUnit, offset: number, last: number, heads: number[]): boolean {
  const text = unit.paragraph.text.slice(unit.start, unit.end);
  return heads.some((head) => {
    if (head <= last || head - last > 4) return false;
    const between = unit.tokens.slice(last - offset + 1, head - offset);
    const from = unit.tokens[last - offset];
    const to = unit.tokens[head - offset];
    if (!from || !to || text.slice(from.end, to.start).includes(',')) return false;
    return between.every((t) => QUALIFIER_JOINS.has(t.norm) || /^\p{Lu}/u.test(text.slice(t.start, t.end)));
  });
}

/** A span made of the description's own matches, and places beside them ("U.S.-China" for "the White House official"). */
function restatesDescription(unit: SentenceUnit, offset: number, inside: number[], describedAt: number[]): boolean {
  return inside.some((p) => describedAt.includes(p)) && inside.every((p) => describedAt.includes(p) || namesAPlace(unit.tokens[p - offset]?.norm ?? ''));
}
