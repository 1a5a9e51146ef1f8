/**
 * Where the question's speaker stands in a passage: named (with their country or office), or as
 * the "He"/"She" that opens the sentence after one they opened; and whether they are the one
 * speaking at a saying word. Part of answer-span.ts's search for "what did X say".
 */
import type { AnswerSpan } from '../analysis/answer-types.ts';
import type { QuestionPlan } from '../analysis/question.ts';
import type { AttributionTable } from '../attributions.ts';
import type { SentenceUnit } from '../passages.ts';
import { tokenize } from '../text/tokenize.ts';
import { namesAPlace } from '../lexicon/places.ts';
import { isTitle } from '../lexicon/titles.ts';
import { sentenceOf } from './answer-relation.ts';

/** Words a sentence's subject may stand from its start ("Chinese President Xi Jinping"). */
export const OPENING_NAME = 3;
/** "Chinese foreign ministry spokesperson Lin Jian": how far before a name its country may stand. */
export const OWNER_BEFORE = 5;
/** A question word matched as itself (or a typo of it), not through a synonym or another name. */
export const NAMED_QUALITY = 0.9;
/** How far before a saying word its speaker may stand ("a White House official confirmed"). */
const SPEAKER_DISTANCE = 6;
/** "…, said Chinese foreign ministry spokesperson Lin Jian": the name may follow the verb by a title's length. */
const SAID_INVERSION = 6;
const INVERTED_SPEECH = /^(?:said|says|added|wrote|asked)$/i;

/**
 * "He added that 'China and the U.S. fought shoulder to shoulder…', urging the two countries…":
 * a sentence opening with "He" or "She" whose words the quote table gives to one person. The
 * pronoun answers "who urged…", and the reply names whom it stands for.
 */
export function speakerPronoun(unit: SentenceUnit, attributions: AttributionTable): AnswerSpan | null {
  const first = unit.tokens[0];
  if (!first?.capitalized || !PERSONS_THEMSELVES.has(first.norm)) return null;
  const speakers = new Set((attributions.byUnit.get(unit.id) ?? []).map((words) => words.speaker));
  if (speakers.size !== 1) return null;
  const id = [...speakers][0]!.slice(unit.article.slug.length + 1);
  const speaker = unit.article.speakers?.find((s) => s.id === id && s.kind === 'person');
  if (!speaker) return null;
  const text = unit.paragraph.text.slice(unit.start + first.start, unit.start + first.end);
  return { kind: 'person', start: first.start, end: first.end, text, named: true, known: true, refersTo: speaker.name };
}

/**
 * Where the question's speaker stands in the passage. A speaker named with a country ("the
 * Taiwanese president") stands where the rest of the name has the country just before it
 * ("Chinese President Xi" is no Taiwanese president), and one named by office where the office is
 * written.
 */
export function speakerPositions(plan: QuestionPlan, positions: number[][], qualities: number[], isName: (word: string) => boolean, units: SentenceUnit[]): number[] {
  const found = namedSpeakerPositions(plan, positions, qualities, isName, sentenceOf(units));
  // ("His administration" is the person's people, not the person: it speaks for "the Trump team", not for Trump.)
  const theirPeople = plan.speaker.some((t) => !isName(plan.terms[t]!.norm) && !namesAPlace(plan.terms[t]!.norm) && !isTitle(plan.terms[t]!.norm));
  return [...found, ...pronounsAfter(found, units, theirPeople ? PERSON_PRONOUNS : PERSONS_THEMSELVES)];
}

/** Pronouns for a person, and for their people, that open a sentence ("He added…", "His administration has…"). */
const PERSON_PRONOUNS = new Set(['he', 'his', 'she', 'her']);
/** …and for the person alone ("He added…"). */
const PERSONS_THEMSELVES = new Set(['he', 'she']);

/**
 * Openings of sentences whose pronoun stands for a speaker who opened the sentence before:
 * "Trump has continued the policy… His administration has encouraged Taipei…" is Trump's team
 * telling Taipei.
 */
function pronounsAfter(speakerAt: number[], units: SentenceUnit[], pronouns: ReadonlySet<string>): number[] {
  const found: number[] = [];
  let start = 0;
  for (let u = 0; u + 1 < units.length; u++) {
    const tokens = units[u]!.tokens;
    const next = start + tokens.length + 1;
    const opening = speakerAt.filter((p) => p >= start && p - start <= OPENING_NAME).map((p) => p - start);
    // (The pronoun stands for the last person named: "China's Ministry of Foreign Affairs…, saying
    // President Xi emphasized… He added" is Xi speaking, not the ministry.)
    const personAfter = (last: number) => tokens.some((token, i) => i > last + 1 && (isTitle(token.norm) || namesPerson(units[u]!, token.norm)));
    if (opening.length > 0 && pronouns.has(units[u + 1]!.tokens[0]?.norm ?? '') && !personAfter(Math.max(...opening))) found.push(next);
    start = next;
  }
  return found;
}

/** Whether `word` is part of the name of a person the article quotes or reports. */
function namesPerson(unit: SentenceUnit, word: string): boolean {
  let words = personWords.get(unit.article);
  if (!words) {
    words = new Set((unit.article.speakers ?? []).flatMap((speaker) => (speaker.kind === 'person' ? tokenize(speaker.name).map((token) => token.norm) : [])));
    personWords.set(unit.article, words);
  }
  return words.has(word);
}
const personWords = new WeakMap<SentenceUnit['article'], Set<string>>();

function namedSpeakerPositions(plan: QuestionPlan, positions: number[][], qualities: number[], isName: (word: string) => boolean, sentence: (position: number) => number): number[] {
  // A title must be there as written: "defense minister" is not the "military" near a prime minister.
  // (Unless the speaker's name is there: "President Takaichi" misremembers Prime Minister Takaichi's title.)
  const title = (t: number) => isTitle(plan.terms[t]!.norm);
  const namedBy = plan.speaker.some((t) => !title(t) && (qualities[t] ?? 0) >= NAMED_QUALITY && isName(plan.terms[t]!.norm));
  if (!namedBy && plan.speaker.some((t) => title(t) && (qualities[t] ?? 0) < NAMED_QUALITY)) return [];
  // …nor a title without the name asked with it: "what did President Trump say" is not "President Xi … emphasized".
  if (!namedBy && plan.speaker.some((t) => !title(t) && isName(plan.terms[t]!.norm) && !namesAPlace(plan.terms[t]!.norm))) return [];
  const countries = plan.speaker.filter((t) => namesAPlace(plan.terms[t]!.norm));
  const others = plan.speaker.filter((t) => !countries.includes(t));
  const all = plan.speaker.flatMap((t) => positions[t] ?? []);
  if (countries.length === 0 || others.length === 0) return all;
  const country = countries.flatMap((t) => positions[t] ?? []);
  // (A body or people in the same sentence: "…Russia's invasion of Ukraine. Chinese officials said" is no Ukrainian official.)
  const common = (t: number) => !title(t) && !isName(plan.terms[t]!.norm);
  return others.flatMap((t) => (positions[t] ?? []).filter((p) => country.some((c) => c <= p && p - c <= OWNER_BEFORE && (!common(t) || sentence(c) === sentence(p)))));
}

/**
 * Whether one of the speaker's words is the subject of the speech word at `at`: just before it
 * ("a White House official confirmed"), or just after a "said" ("…, said Lin Jian"). After "told"
 * or "urged" it is the one spoken to ("Xi told Trump").
 */
export function speaks(speaker: number[]): (at: number, verb: string) => boolean {
  return (at, verb) =>
    speaker.some((p) => (p < at && at - p <= SPEAKER_DISTANCE) || (p > at && p - at <= SAID_INVERSION && INVERTED_SPEECH.test(verb)));
}
