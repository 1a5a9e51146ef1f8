/**
 * The question index behind `/ask`: sentences of every article in an inverted index, questions
 * read for their kind and topic words, words expanded by stem, typo repair and synonyms, passages
 * ranked by how much of the question they cover, and a plain `not_found` when none covers enough.
 */
import { MONTHS } from '../knowledge/timeline/patterns.ts';
import type { KnowledgeBase } from '../knowledge/types.ts';
import { findAnswerSpans, spanFamily, type AnswerKind, type AnswerSpan } from './analysis/answer-types.ts';
import { analyzeQuestion, type QuestionPlan } from './analysis/question.ts';
import { isReactVerb } from './analysis/question-kind.ts';
import { asksHowTo, questionOfRequest, twoQuestions } from './analysis/request.ts';
import { correctQuestion, type Correction } from './lexicon/spelling.ts';
import { InvertedIndex, type Scope } from './inverted-index.ts';
import { buildInitialisms, buildNameParts, mergeNameParts, otherNameParts, titlesOfNames, type NameParts } from './names.ts';
import { buildTitleHolders, holdersOf, type TitleHolders } from './title-holders.ts';
import { buildAttributions, namedSpeakers } from './attributions.ts';
import { FuzzyNames, articlesTouched, repairNames } from './fuzzy-names.ts';
import { namesAPlace } from './lexicon/places.ts';
import { isTitle } from './lexicon/titles.ts';
import { isDictionaryWord } from './lexicon/wordnet.ts';
import { TypoTrie } from './lexicon/typo-trie.ts';
import { warmWordNet } from './lexicon/wordnet-files.ts';
import { buildUnits, type SentenceUnit } from './passages.ts';
import { HitScratch } from './ranking/candidates.ts';
import { unstatedDetail, unwrittenNames } from './ranking/answer-span.ts';
import { expandTerm, joinSplitCompounds, matchMultiWordExpressions, matchOfficeHolders, type ExpandedTerm } from './ranking/expand.ts';
import { explain } from './ranking/explain.ts';
import { scorePassages, type ScoredPassage } from './ranking/score.ts';
import { selectPassages } from './ranking/select.ts';
import { sanitizeQuestion } from './sanitize.ts';
import { DEFAULT_SETTINGS, type SearchSettings } from './settings.ts';
import { isInterrogative, isStopWord } from './text/stopwords.ts';
import { stem } from './text/stem.ts';
import { tokenize, type Token } from './text/tokenize.ts';
import type { AskOptions, AskResult, QuestionIndex, RankedPassage } from './types.ts';

export type { AskOptions, AskResult, QuestionIndex, RankedPassage } from './types.ts';
export { DEFAULT_SETTINGS, type SearchSettings } from './settings.ts';

const DEFAULT_LIMIT = 3;
/** Across all articles, misspelt names are looked for in the few the question already matches best. */
const FUZZY_ARTICLES = 5;
const MAX_LIMIT = 10;
/** Questions longer than this many topic words are cut: nobody asks that, and it bounds the work. */
const MAX_TERMS = 24;

export interface IndexHooks {
  /** Called when answering fails unexpectedly (the question then gets `not_found`); for logging. */
  onError?: (error: unknown, question: string) => void;
  /** Called with the internals of each answer decision, for debugging (eval/ask.ts). */
  onTrace?: (trace: { terms: ExpandedTerm[]; ranked: ScoredPassage[] }) => void;
}

export function buildQuestionIndex(kb: KnowledgeBase, overrides: Partial<SearchSettings> = {}, hooks: IndexHooks = {}): QuestionIndex {
  const settings: SearchSettings = { ...DEFAULT_SETTINGS, ...overrides };
  // Questions read WordNet at random offsets: its files are read through now, not on the first questions.
  warmWordNet();
  const { units, paragraphs } = buildUnits(kb.articles);
  // Each sentence's paragraph range, by unit id: looked up for every passage scored.
  const rangeByUnit = units.map((unit) => paragraphs.get(unit.paragraph) ?? { first: unit.id, last: unit.id });
  const paragraphOf = (unit: SentenceUnit) => rangeByUnit[unit.id]!;
  const index = new InvertedIndex(units, settings.stemming);
  const scratch = new HitScratch(units.length);
  const scopes = articleScopes(units);
  const everything = scopeOf(units, 0, units.length - 1);
  const properNouns = findProperNouns(units);
  const people = peopleNames(kb);
  const nameTables = buildNameParts(units, properNouns);
  // Initials the articles never write ("MFA"): built on first need, as few questions type any.
  let initialisms: Map<string, NameParts> | null = null;
  const initialismTables = () => (initialisms ??= buildInitialisms(units));
  let mergedInitialisms: NameParts | null = null;
  const allInitialisms = () => (mergedInitialisms ??= mergeNameParts(initialismTables().values()));
  // Offices are looked up only for a question that names a country and an office: built on first need.
  let titleHolders: Map<string, TitleHolders> | null = null;
  const holderTables = () => (titleHolders ??= buildTitleHolders(units, properNouns));
  let mergedHolders: TitleHolders | null = null;
  const allHolders = () => (mergedHolders ??= mergeNameParts(holderTables().values()));
  let mergedNames: NameParts | null = null;
  const allNames = () => (mergedNames ??= mergeNameParts(nameTables.values()));
  const attributions = buildAttributions(units);
  // The titles the text writes before each name ("President Donald Trump"). Built on first need.
  let writtenTitles: Map<string, Set<string>> | null = null;
  const titlesByName = () => (writtenTitles ??= titlesOfNames(units, properNouns));
  // People (not bodies): quoted speakers, and names the text gives a title.
  const isPerson = (word: string) => people.has(word) || titlesByName().has(word);
  // A word of a quoted person's name that is not also a place's ("Taiwan" in an alias).
  const quotedPersonWord = (word: string) => people.has(word) && !namesAPlace(word);
  // Spans are found on first need, per sentence and family of kinds: a "who" question never pays
  // for date and amount patterns over thousands of sentences.
  const spans = new Map<AnswerKind, (AnswerSpan[] | undefined)[]>();
  const spansOf = (unit: SentenceUnit, kind: AnswerKind) => {
    const family = spanFamily(kind);
    let byUnit = spans.get(family[0]!);
    if (!byUnit) spans.set(family[0]!, (byUnit = new Array(units.length)));
    let found = byUnit[unit.id];
    if (!found) {
      found = findAnswerSpans(unit.paragraph.text.slice(unit.start, unit.end), unit.tokens, { properNouns, people }, family);
      byUnit[unit.id] = found;
    }
    return found;
  };
  let fuzzyNames: FuzzyNames | null = null;
  const fuzzy = () => (fuzzyNames ??= new FuzzyNames(units, properNouns));
  let trie: TypoTrie | null = null;
  const typos = () => (trie ??= buildTrie(index));

  // Single-word repairs depend only on the word and the articles searched: remembered per scope.
  const repairs = new WeakMap<Scope, Map<string, { word: string; distance: number } | null>>();
  const repairsIn = (scope: Scope) => {
    let memory = repairs.get(scope);
    if (!memory) repairs.set(scope, (memory = new Map()));
    return memory;
  };

  function ask(question: string, options: AskOptions = {}): AskResult {
    const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(Number(options.limit) || DEFAULT_LIMIT)));
    const scope = options.article === undefined ? everything : scopes.get(String(options.article).trim().toLowerCase());
    if (!scope || scope.size === 0) return { status: 'not_found', answers: [], nearest: [] };

    // Words are looked up as the index keys them: by stem, or as written when stemming is off.
    const key = (word: string) => (settings.stemming ? stem(word) : word);
    const inText = (word: string) => index.documentFrequency(key(word), scope) > 0;
    const adjacent = (first: string, second: string) => writtenTogether(index, units, scope, key(first), key(second), settings.stemming);
    const written = (word: string) => index.formsOf(key(word)).has(word);
    const respell = (words: string) => (settings.typos ? correctQuestion(words, { typos, inText, adjacent, written, remembered: repairsIn(scope) }) : { text: words, corrections: [] });
    const text = questionOfRequest(sanitizeQuestion(question));
    if (!text) return { status: 'not_found', answers: [], nearest: [] };
    const repaired = respell(text);
    // (Read again once repaired, so that the readings of phrases hold for slips too.)
    const reread = repaired.corrections.length > 0 ? respell(questionOfRequest(repaired.text)) : repaired;
    const spelling = { text: reread.text, corrections: [...repaired.corrections, ...(reread === repaired ? [] : reread.corrections)] };
    // (A title or a country in a person's alias is not the person: "President Xi", "Chinese President".)
    const plan = analyzeQuestion(spelling.text, {
      isQuotedPerson: (word) => quotedPersonWord(word) && !isTitle(word),
      titleWritten: (title, name) => titlesByName().get(name)?.has(title) ?? false,
    });
    markCorrections(plan, spelling.corrections);
    // "Lin Jian quote" asks for his words; "fascism quote" for words about fascism, which says nothing.
    const couldSpeak = (word: string) => properNouns.has(word) || namesAPlace(word) || isTitle(word) || attributions.speakersByStem.has(stem(word));
    // ("Xi Jinping Taiwan post-war order quote": the speaker is Xi Jinping; the rest is what about.)
    // ("Takaichi Taiwan remarks, what did she say": the one who speaks is Takaichi; the rest is what about.)
    if (plan.kind === 'quote') {
      const person = (t: number) => quotedPersonWord(plan.terms[t]!.norm);
      // (Only a name typed before the question word: in "what did President Trump say to Xi" the
      // speaker is told by all its words.)
      const questionAt = plan.cue === 'quote' ? Infinity : tokenize(spelling.text).find((t) => isInterrogative(t.norm))?.position ?? -1;
      const named = (t: number) => person(t) && plan.terms[t]!.position < questionAt;
      if (plan.speaker.some(named)) plan.speaker = plan.speaker.filter(named);
      else if (plan.cue === 'quote') plan.speaker = plan.speaker.filter((t) => couldSpeak(plan.terms[t]!.norm));
    }
    plan.terms = plan.terms.slice(0, MAX_TERMS);
    plan.phrases = plan.phrases.filter((p) => p.members.every((t) => t < MAX_TERMS));
    const article = options.article === undefined ? undefined : kb.bySlug.get(String(options.article).trim().toLowerCase());
    // "What subjects came up when they spoke": a question of topics that names nothing else asks
    // about the article's own subject, which its title tells.
    if (article && plan.kind === 'topic' && plan.terms.length === 0) {
      plan.terms = analyzeQuestion(article.title).terms.slice(0, MAX_TERMS);
      plan.phrases = [];
    }
    // (The month and year it was published stand in its title's place too: "the November 2025 call"
    // is the call of an article published then, which tells it as "Monday".)
    const topicStems = article ? new Set([...titleStems(article.title), ...titleStems(publicationPeriod(article.published))]) : NO_TOPIC;
    const tables = article ? [nameTables.get(article.slug) ?? new Map()] : [allNames()];
    // (Initials the article never writes, "MFA", only for a word it does not use, typed in capitals
    // or not English: WordNet knows "MFA" as a degree.)
    const capitals = new Set(plan.terms.filter((t) => /^\p{Lu}{3,6}$/u.test(t.typed)).map((t) => t.norm));
    const initialsOf = (word: string) =>
      word.length >= 3 && word.length <= 6 && !inText(word) && (capitals.has(word) || !isDictionaryWord(word))
        ? otherNameParts(word, [article ? (initialismTables().get(article.slug) ?? new Map()) : allInitialisms()])
        : [];
    const nameParts = (word: string) => {
      const parts = otherNameParts(word, tables);
      return parts.length > 0 ? parts : initialsOf(word);
    };
    // (A dictionary word of six letters or more, one edit from an article word with the same first
    // letter: "minster" → "minister". Shorter words are too often meant: "past" is no "post".)
    const realWordSlip = (word: string) => (word.length < 6 || !settings.typos || !isDictionaryWord(word) ? null : typos().search(word, 1).find((c) => c.word.length >= 4 && c.word[0] === word[0] && key(c.word) !== key(word) && inText(c.word))?.word ?? null);
    const expansion = { index, scope, settings, topicStems, nameParts, realWordSlip, isName: (word: string) => properNouns.has(word), yesNo: plan.yesNo, asksWho: plan.kind === 'person' || (plan.kind === null && plan.cue.startsWith('which')) };
    const terms = plan.terms.map((term, i) =>
      expandTerm(term, {
        ...expansion,
        counted: i === plan.counted,
        spokenAbout: plan.kind === 'quote' && plan.speaker.length > 0 && !plan.speaker.includes(i),
        reaction: plan.reactor.length > 0 && isReactVerb(term.norm),
        twoWords: plan.terms.length === 2 && plan.cue === '',
      }),
    );
    joinSplitCompounds(terms, expansion);
    titlesBeforeNames(terms, (word) => properNouns.has(word) && !namesAPlace(word));
    matchMultiWordExpressions(terms, expansion);
    matchOfficeHolders(terms, plan, expansion, (place, office) => holdersOf(place, office, article ? [holderTables().get(article.slug) ?? new Map()] : [allHolders()]));
    let candidates = scratch.collect(terms, index, scope, units, paragraphOf);
    if (settings.fuzzyNames && terms.some((t) => t.alternatives.length === 0)) {
      const searched = article ? [article.slug] : articlesTouched(candidates.table, units, FUZZY_ARTICLES);
      if (repairNames(terms, plan, fuzzy(), searched, (s) => index.documentFrequency(s, scope) > 0)) {
        candidates = scratch.collect(terms, index, scope, units, paragraphOf);
      }
    }
    const ranking = scorePassages({
      plan,
      terms,
      hits: candidates.table,
      shortlist: candidates.shortlist,
      termsByStem: termsByStem(terms),
      positionCache: new Map(),
      units,
      paragraphOf,
      spansOf,
      answers: { plan, spansOf, attributions, speakers: namedSpeakers(plan.speaker.map((t) => terms[t]!), attributions, (word) => properNouns.has(word) && !namesAPlace(word)), importance: terms.map((t) => t.importance), topic: terms.map((t) => t.topic), absentName: terms.map((t) => t.unknown && namesAPlace(t.term.norm)), unnamedPlace: terms.map((t) => unstatedDetail(t) === 'place'), unwrittenName: unwrittenNames(plan, terms), unstatedNumber: terms.map((t) => unstatedDetail(t) === 'number'), unmatchable: terms.map((t) => t.alternatives.length === 0), isName: (word) => properNouns.has(word), isPerson, matchQuality: terms.map(qualityOf) },
      averageLength: scope.averageLength,
      settings,
    });
    hooks.onTrace?.({ terms, ranked: ranking.all() });
    const whoIs = whoIsName(text, plan, (word) => quotedPersonWord(word) || (properNouns.has(word) && !namesAPlace(word)));
    let selected = selectPassages(ranking, settings, whoIs ? limit + WHO_IS_EXTRA : limit, plan.yesNo);
    const firstNamed = (a: ScoredPassage, b: ScoredPassage) => a.units[0]!.paragraph.number - b.units[0]!.paragraph.number || a.units[0]!.id - b.units[0]!.id;
    // "solberg": a bare name asks who they are, which news tells where it first names them
    // ("said Dr. Ingrid Solberg, a cardiologist at…"), not in a later "Solberg said".
    if (bareName(plan, quotedPersonWord)) selected.answers.sort(firstNamed);
    // "Who is Xi": where a passage's answer is the person ("Chinese President Xi Jinping"), not
    // someone else in a sentence about him ("officials said Xi…"), the first such.
    if (whoIs) {
      const names = new Set(plan.terms.map((t) => t.norm));
      const namesThem = (p: ScoredPassage) => (p.answer ? nameWords(p.answer.text).some((w) => names.has(w.norm)) : false);
      const answers = [...selected.answers].sort((a, b) => Number(namesThem(b)) - Number(namesThem(a)) || firstNamed(a, b)).slice(0, limit);
      selected = { ...selected, answers };
    }
    // (Instructions for the asker are no fact of an article: the passages are only the nearest.)
    const { answers, nearest } = asksHowTo(text) ? { answers: [], nearest: [...selected.answers, ...selected.nearest].slice(0, limit) } : selected;
    const toRanked = (list: ScoredPassage[]) =>
      list.flatMap((p) => toRankedPassage(p, explain(p, plan, terms)) ?? []);
    const verbatimAnswers = toRanked(answers);
    return {
      status: verbatimAnswers.length > 0 ? 'answered' : 'not_found',
      answers: verbatimAnswers,
      nearest: verbatimAnswers.length > 0 ? [] : toRanked(nearest.length > 0 ? nearest : answers),
    };
  }

  /**
   * "How did Taiwan learn of the approval, who announced it": a message of two questions that finds
   * nothing as one is asked as two, and answered when one paragraph answers both — never with an
   * answer to only one of them, which would leave the other unanswered under a confident citation.
   */
  function askMessage(question: string, options: AskOptions): AskResult {
    const whole = ask(question, options);
    const parts = whole.status === 'not_found' ? twoQuestions(sanitizeQuestion(question)) : null;
    if (!parts) return whole;
    const [first, second] = parts.map((part) => ask(part, options));
    const cited = (result: AskResult) => result.answers[0] && `${result.answers[0].citation.article} ¶${result.answers[0].citation.paragraph}`;
    if (first!.status !== 'answered' || cited(first!) !== cited(second!)) return whole;
    const both = `answers both "${parts[0]}" and "${parts[1]}"`;
    return { ...first!, answers: first!.answers.map((answer) => ({ ...answer, why: [both, ...answer.why] })) };
  }

  return {
    ask(question, options) {
      try {
        return askMessage(question, options ?? {});
      } catch (error) {
        // A bug here must not take the command down; the question simply finds nothing.
        hooks.onError?.(error, String(question));
        return { status: 'not_found', answers: [], nearest: [] };
      }
    },
  };
}

/**
 * The guarantee `/ask` rests on, checked on every passage: its text is sliced from, and found in,
 * the one paragraph it cites. A passage that fails it is dropped, never shown.
 */
const NO_TOPIC: ReadonlySet<string> = new Set();

/** "November 2025" for "2025-11-24"; nothing for a date it cannot read. */
function publicationPeriod(published: string): string {
  const match = /^(\d{4})-(\d{2})/.exec(published);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${match[1]}` : '';
}

function titleStems(title: string): Set<string> {
  return new Set(tokenize(title).filter((t) => !isStopWord(t.norm)).map((t) => t.stem));
}

function toRankedPassage(passage: ScoredPassage, why: string[]): RankedPassage | null {
  const first = passage.units[0]!;
  const last = passage.units[passage.units.length - 1]!;
  const text = first.paragraph.text.slice(first.start, last.end);
  if (last.paragraph !== first.paragraph || !text.trim() || !first.paragraph.text.includes(text)) return null;
  return {
    text,
    citation: { article: first.article.slug, paragraph: first.paragraph.number },
    score: Math.round(passage.score * 1000) / 1000,
    why,
  };
}

/** Each stem the question's terms may match, with the terms (indices) it matches. */
function termsByStem(terms: ExpandedTerm[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  terms.forEach((term, t) => {
    for (const { stem } of term.alternatives) {
      const list = map.get(stem);
      if (!list) map.set(stem, [t]);
      else if (!list.includes(t)) list.push(t);
    }
  });
  return map;
}

/** Whether some sentence in `scope` has a word keyed `first` right before one keyed `second` (stems, or words when not stemming). */
function writtenTogether(index: InvertedIndex, units: SentenceUnit[], scope: Scope, first: string, second: string, stemming: boolean): boolean {
  const a = index.slice(first, scope);
  const b = index.slice(second, scope);
  if (!a || !b) return false;
  const inB = new Set(b.postings.units.subarray(b.from, b.to));
  for (let i = a.from; i < a.to; i++) {
    const unit = units[a.postings.units[i]!]!;
    if (!inB.has(unit.id)) continue;
    const tokens = unit.tokens;
    const keyOf = (t: number) => (stemming ? tokens[t]!.stem : tokens[t]!.norm);
    for (let t = 0; t + 1 < tokens.length; t++) if (keyOf(t) === first && keyOf(t + 1) === second) return true;
  }
  return false;
}

function scopeOf(units: SentenceUnit[], first: number, last: number): Scope {
  const size = Math.max(0, last - first + 1);
  let total = 0;
  for (let i = first; i <= last; i++) total += units[i]?.length ?? 0;
  return { first, last, size, averageLength: size ? total / size : 1 };
}

function articleScopes(units: SentenceUnit[]): Map<string, Scope> {
  const scopes = new Map<string, Scope>();
  let start = 0;
  for (let i = 1; i <= units.length; i++) {
    if (i === units.length || units[i]!.article !== units[start]!.article) {
      scopes.set(units[start]!.article.slug, scopeOf(units, start, i - 1));
      start = i;
    }
  }
  return scopes;
}

/** A question that is only the name of a person the articles quote ("solberg", "Ingrid Solberg"). */
function bareName(plan: QuestionPlan, isPerson: (word: string) => boolean): boolean {
  return plan.kind === null && plan.cue === '' && !plan.yesNo && plan.terms.length > 0 && plan.terms.length <= 3 && plan.terms.every((t) => isPerson(t.norm));
}

/** "Who is Xi", "who's Lin Jian": who a person the articles name is, asked with nothing more. */
function whoIsName(text: string, plan: QuestionPlan, isPerson: (word: string) => boolean): boolean {
  return plan.cue === 'who' && WHO_IS.test(text) && plan.terms.length > 0 && plan.terms.length <= 3 && plan.terms.every((t) => isPerson(t.norm));
}
const WHO_IS = /^\s*who(?:['’]?s|\s+(?:is|was))\s/i;
/** How many more passages "who is X" looks through for the one that names X. */
const WHO_IS_EXTRA = 5;

/** The words of the names of the people the articles quote (the quote table's persons). */
function peopleNames(kb: KnowledgeBase): Set<string> {
  const words = new Set<string>();
  for (const article of kb.articles) {
    for (const speaker of article.speakers ?? []) {
      if (speaker.kind !== 'person') continue;
      for (const name of [speaker.name, ...(speaker.aliases ?? [])]) for (const token of nameWords(name)) if (!isStopWord(token.norm)) words.add(token.norm);
    }
  }
  return words;
}

/**
 * The words of a speaker's name as the text writes it: what follows the last title ("Ohio Lt. Gov.
 * Ellen Marsh" → Ellen Marsh). The words before a title say whose office it is, a place or a body,
 * and stay places wherever else they stand ("a battery plant in Ohio").
 */
function nameWords(name: string): Token[] {
  const tokens = tokenize(name);
  const lastTitle = tokens.findLastIndex((token) => isTitle(token.norm));
  return tokens.slice(lastTitle + 1);
}

/** Words written capitalized mid-sentence and never in lowercase: names. */
function findProperNouns(units: SentenceUnit[]): Set<string> {
  const capitalized = new Set<string>();
  const lowercase = new Set<string>();
  for (const unit of units) {
    for (const token of unit.tokens) {
      // "President Xi": a title is no name, even where the article only writes it capitalised.
      if (!token.capitalized || isTitle(token.norm)) lowercase.add(token.norm);
      else if (token.position > 0) capitalized.add(token.norm);
    }
  }
  for (const word of lowercase) capitalized.delete(word);
  return capitalized;
}

/** Terms that were typos show the word as typed, and match as typos (see lexicon/spelling.ts). */
function markCorrections(plan: QuestionPlan, corrections: Correction[]): void {
  for (const term of plan.terms) {
    const correction = corrections.find((c) => c.word === term.norm);
    if (!correction) continue;
    // (Keeping a possessive the word was typed with: "minster's" says whose, as "minister's" does.)
    term.typed = correction.typed + (/['’]s?$/.exec(term.typed)?.[0] ?? '');
    term.misspelled = correction.distance;
  }
}

/**
 * "What did President Xi say", "Prime Minister Takaichi's remarks": a title typed before a name the
 * text writes says nothing the name does not, and the text may give the name alone ("Xi said…").
 */
function titlesBeforeNames(terms: ExpandedTerm[], isName: (word: string) => boolean): void {
  for (let i = 0; i < terms.length; i++) {
    let end = i;
    while (end < terms.length && isTitle(terms[end]!.term.norm) && (end === i || terms[end]!.term.position === terms[end - 1]!.term.position + 1)) end++;
    const name = terms[end];
    if (end === i || !name || name.term.position !== terms[end - 1]!.term.position + 1 || !isName(name.term.norm)) continue;
    // (It counts for nothing, nor by its looser senses: "President" is no "administration" that speaks for the named one.)
    for (let t = i; t < end; t++) {
      terms[t]!.importance = 0;
      terms[t]!.alternatives = terms[t]!.alternatives.filter((a) => a.kind === 'word');
    }
    i = end;
  }
}

function buildTrie(index: InvertedIndex): TypoTrie {
  const trie = new TypoTrie();
  for (const [word, count] of index.words) if (!isStopWord(word) && !/\d/.test(word)) trie.add(word, count);
  return trie;
}

/** How well a text stem matches a term: its best alternative with that stem, or 0. */
function qualityOf(term: ExpandedTerm): (stem: string) => number {
  return (stem) => term.alternatives.reduce((best, a) => (a.stem === stem && a.quality > best ? a.quality : best), 0);
}
