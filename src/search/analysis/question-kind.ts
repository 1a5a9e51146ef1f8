/**
 * The kind of answer a question asks for, from its interrogative and the words around it:
 * who → person, when → date, where → place, why → reason, how much/many → amount,
 * how long → duration, what/which + a time, place, amount or name noun, what did X say → quote.
 */
import { editDistance } from '../text/edit-distance.ts';
import { baseForms, isDictionaryWord, isMostlyVerb, isOnlyAdverb } from '../lexicon/wordnet.ts';
import { everydayCount } from '../lexicon/word-frequency.ts';
import { isFunctionWord, isInterrogative, isStopWord } from '../text/stopwords.ts';
import type { Token } from '../text/tokenize.ts';
import type { AnswerKind } from './answer-types.ts';
import { namesAPlace } from '../lexicon/places.ts';
import { isTitle } from '../lexicon/titles.ts';

/**
 * What an amount must be: "how much…" a measure ('any'), "what is the price…" money, "how many…"
 * a count (not a share or a sum of money: "how many tariffs" is not "10%"), "how old…" an age,
 * "how tall…", "how far…" a size with its unit ('dimension').
 */
export type MeasureNeed = false | 'money' | 'any' | 'count' | 'age' | 'percent' | 'tally' | 'dimension';

export interface KindReading {
  kind: AnswerKind | null;
  cue: string;
  /** Positions of words that belong to the question form, not its topic. */
  consumed: Set<number>;
  needsName: boolean;
  /** "What is the name of the official": the name must stand next to what it names. */
  nameOf: boolean;
  needsMeasure: MeasureNeed;
  /** "How bad…": the adjective's position (kept as a topic word, with less weight). */
  degreeWordAt: number | null;
  /** "How many jobs…": position of the counted word. */
  countedAt: number | null;
  /** "What did X say": position of the speech verb. */
  sayAt: number | null;
  /** "When will…": asks about something still to come. */
  future: boolean;
  /** "When did…", "how long did…": asks about something that has happened. */
  past: boolean;
  /** "What day…", "which year…": how precise a date must be to answer. */
  datePrecision: DatePrecision | null;
  /** "How did Japan respond to the call": position of the verb of reacting. */
  reactAt: number | null;
  /** "What is the price of…": position of a noun that names the kind of answer and is kept as a topic word. */
  kindNounAt: number | null;
}

export type DatePrecision = 'weekday' | 'day' | 'month' | 'year';

const AMOUNT_HOW = new Set(['much', 'many', 'big', 'large', 'old', 'far', 'tall', 'high', 'deep', 'heavy', 'fast', 'expensive', 'often', 'small']);
const MEASURE_HOW = new Set(['much', 'big', 'large', 'expensive']);
/** "How tall", "how far": a size, told with its unit ("90 feet", "35 kilometers") or as a share. */
const DIMENSION_HOW = new Set(['tall', 'high', 'deep', 'heavy', 'far', 'fast']);
/** Things of which "how much" asks a degree, which no number measures. */
const UNCOUNTED_NOUNS = new Set(['detail', 'details', 'information', 'info', 'attention', 'support', 'progress', 'interest', 'influence', 'pressure', 'effort', 'confidence', 'trust', 'concern', 'emphasis', 'importance', 'weight']);
/** Verbs of a change in degree, which "how far has X …" asks the extent of (not of moving: "how far did the fire spread"). */
const CHANGE_VERBS = new Set(['slip', 'slips', 'slipped', 'fall', 'falls', 'fell', 'fallen', 'drop', 'drops', 'dropped', 'sink', 'sinks', 'sank', 'sunk',
  'decline', 'declines', 'declined', 'deteriorate', 'deteriorates', 'deteriorated', 'worsen', 'worsens', 'worsened', 'sour', 'soured',
  'improve', 'improves', 'improved', 'rise', 'rises', 'rose', 'risen', 'climb', 'climbs', 'climbed', 'grow', 'grows', 'grew', 'grown',
  'come', 'comes', 'came', 'progress', 'progressed', 'advance', 'advanced', 'recover', 'recovered', 'slide', 'slides', 'slid',
  'plunge', 'plunged', 'tumble', 'tumbled', 'go', 'gone', 'went']);
/** Verbs of which "how much does X …" asks a degree: "how much does Japan matter", "how much do they trust…". */
const DEGREE_VERBS = new Set(['matter', 'matters', 'mattered', 'care', 'cares', 'cared', 'value', 'values', 'valued', 'trust', 'trusts', 'trusted',
  'like', 'likes', 'liked', 'love', 'loves', 'loved', 'hate', 'hates', 'hated', 'fear', 'fears', 'feared', 'worry', 'worries', 'worried',
  'depend', 'depends', 'depended', 'rely', 'relies', 'relied', 'respect', 'respects', 'respected', 'resent', 'resents', 'resented', 'mind', 'minds', 'minded',
  // "How much did the White House disclose": how much detail it gave. (Not "say", which may report a sum.)
  'disclose', 'discloses', 'disclosed', 'reveal', 'reveals', 'revealed', 'share', 'shares', 'shared', 'divulge', 'divulges', 'divulged', 'elaborate', 'elaborates', 'elaborated', 'explain', 'explains', 'explained']);
const NOT_DEGREE = new Set(['did', 'does', 'do', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'come', 'comes', 'came']);
const TIME_NOUNS = new Set(['day', 'date', 'year', 'month', 'week', 'weekday', 'deadline']);
const COPULA_OR_ARTICLE = new Set(['is', 'was', 'are', 'were', 'the', 'a', 'an']);
/** Amount nouns the sum itself answers ("the price of…", "the size of the cut" → "10%"); a rate or a total is not any number. */
const SIZE_OF_ANSWER = new Set(['price', 'size']);
const CONTENT_AMOUNT_NOUNS = new Set(['price', 'cost', 'rate', 'size', 'total', 'vote', 'share', 'budget', 'revenue', 'population', 'salary', 'toll']);
const CLOCK_NOUNS = new Set(['time', 'hour']);
/** Words that make an amount question one about money. */
const MONEY_WORDS = new Set(['price', 'prices', 'cost', 'costs', 'costing', 'paid', 'spend', 'spent', 'worth', 'value', 'valued', 'priced', 'fee', 'fees', 'charge', 'charged', 'charges', 'earn', 'earns', 'earned', 'salary', 'salaries', 'wage', 'wages', 'fined', 'bail', 'ransom', 'refund', 'bonus']);
const MONEY_NOUNS = new Set(['money', 'cash']);
/** "Sold for", "went for": a price follows. */
const SELL_FOR = new Set(['sell', 'sells', 'sold', 'selling', 'go', 'goes', 'went', 'going']);
const FETCH = new Set(['fetch', 'fetches', 'fetched']);
const PAY_VERBS = new Set(['pay', 'paid', 'spend', 'spent']);
const DO_AUXILIARIES = new Set(['did', 'does', 'do', 'will', 'would']);
/** "Which official in Beijing said…": a place after these is where the one asked for is. */
const OF_PLACE = new Set(['in', 'of', 'from', 'at', 'for']);
const CURRENCIES = new Set(['dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'yen', 'yuan', 'cash', 'money', 'monetary', 'financial', 'bucks', 'quid']);
/** "How much will pay rise": pay as the thing that changes, not money paid. */
const PAY_CHANGES = new Set(['rise', 'rises', 'increase', 'increases', 'go', 'grow', 'grows', 'fall', 'falls', 'climb', 'jump', 'change']);
const PAY_AS_NOUN = new Set(['more', 'the', 'a', 'in', 'of', 'their', 'his', 'her', 'less']);
/** "When will…", "is going to", "plan to": the question asks about something still to come. */
const FUTURE_WORDS = new Set(['will', 'going', 'plan', 'plans', 'planned', 'planning', 'scheduled', 'expected', 'next', 'upcoming', 'soon']);

/** A word of the future where it stands: "going" only as "going to" ("had been going on" is past). */
function saysFuture(tokens: Token[]): boolean {
  return tokens.some((t, i) => (FUTURE_WORDS.has(t.norm) && (t.norm !== 'going' || tokens[i + 1]?.norm === 'to')) || arrangedToDo(tokens, i));
}
/** "When is Taiwan supposed to get the weapons", "the deal is set to close": a thing arranged ahead, still to come. */
const ARRANGED = new Set(['supposed', 'set', 'slated', 'due']);
function arrangedToDo(tokens: Token[], i: number): boolean {
  const verb = tokens[i + 2];
  // (The form of "be" may stand before its subject, however long: "when is Taiwan supposed to…",
  // "when are the weapons from the $330m package supposed to arrive".)
  const be = tokens.slice(Math.max(0, i - 8), i).some((t) => BE_PRESENT.has(t.norm));
  return ARRANGED.has(tokens[i]!.norm) && be && tokens[i + 1]?.norm === 'to' && verb !== undefined && isMostlyVerb(verb.norm);
}
const PLACE_NOUNS = new Set(['city', 'cities', 'country', 'countries', 'nation', 'nations', 'town', 'towns', 'village', 'villages', 'place', 'places', 'state', 'states', 'region', 'regions', 'location', 'locations']);
const AMOUNT_NOUNS = new Set(['percentage', 'percent', 'proportion', 'amount', 'number', 'headcount', 'count', 'quantity', 'volume', 'tonnage', 'price', 'cost', 'sum', 'figure', 'total', 'rate', 'rates', 'value', 'worth', 'size', 'score', 'tally', 'share', 'vote', 'margin']);
/** Nouns that ask for an amount as the head of "what is X's …" ("Taiwan's defense budget"), not after "what" ("what budget…"). */
const AMOUNT_HEAD_NOUNS = new Set(['budget', 'revenue', 'population', 'salary', 'toll']);
const SAY_VERBS = new Set(['say', 'says', 'said', 'saying', 'state', 'stated', 'suggest', 'suggested', 'propose', 'proposed', 'recommend', 'recommended', 'tell', 'tells', 'telling', 'told', 'announce', 'announced', 'write', 'wrote', 'claim', 'claimed', 'add', 'added', 'warn', 'warned', 'describe', 'described', 'characterize', 'characterized', 'characterise', 'characterised', 'portray', 'portrayed', 'frame', 'framed', 'depict', 'depicted', 'promise', 'promised', 'pledge', 'pledged', 'vow', 'vowed', 'comment', 'commented']);
const DID = new Set(['did', 'does', 'do', 'has', 'have', 'had']);
/** "Did Xi say anything about…", "did Lin say something on…": asks for the words themselves. */
const ABOUT_WORDS = new Set(['anything', 'something', 'much', 'about', 'on', 'regarding']);
const REACT_VERBS = new Set(['react', 'reacted', 'reacts', 'respond', 'responded', 'responds', 'reply', 'replied', 'replies', 'answer', 'answered', 'answers']);
/** Verbs that, after "how did X", ask how X took something: "how did Taiwan take the news". */
const TAKE_VERBS = new Set(['take', 'takes', 'took', 'receive', 'receives', 'received', 'greet', 'greets', 'greeted']);
/** Whether a word is a verb of reacting ("how did Japan respond"). */
export const isReactVerb = (norm: string) => REACT_VERBS.has(norm);
/** "How did Xi rate ties since the summit", "how did Xi tie Taiwan to the post-war order": after "how", verbs of judging and of linking one thing to another ask what someone said, too. */
const HOW_SAY_VERBS = new Set([...SAY_VERBS, 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'tie', 'tied', 'link', 'linked', 'connect', 'connected', 'connects', 'rate', 'rated', 'rates', 'assess', 'assessed', 'assesses', 'evaluate', 'evaluated', 'evaluates', 'sum', 'summed', 'summarize', 'summarized', 'summarise', 'summarised']);
/** "What caused the turbulence", "what prompted the lawsuit": a reason. */
const CAUSE_VERBS = new Set(['caused', 'causes', 'cause', 'prompted', 'triggered', 'sparked', 'led', 'drove']);
const SAYING_THINGS = new Set('call calls study studies report reports statement article paper survey ruling rulings data document documents memo letter filing complaint analysis law bill deal agreement decision verdict order'.split(' '));
const REFUSALS = new Set(['declined', 'declines', 'decline', 'declining', 'refused', 'refuses', 'refuse', 'refusing', 'not', "n't", 'never', 'avoid', 'avoided', 'avoids', 'avoiding']);
/** Body nouns that are figures of speech: the text names the body, and uses the word in its own sense. */
const FIGURATIVE_BODY_NOUNS = new Set(['arm', 'branch', 'branches', 'organ', 'organs', 'wing', 'wings']);
/** Bodies asked about by "which", which a text may name by what they are ("the foreign ministry"). */
const BODY_NOUNS = new Set(['agency', 'agencies', 'authority', 'authorities', 'bureau', 'institution', 'entity', 'organization', 'organizations', 'organisations', 'organisation', 'group', 'groups', 'body', 'bodies', 'department', 'departments', 'office', 'offices', 'ministry', 'ministries', 'government', 'governments', 'administration', 'arm', 'branch', 'organ', 'wing']);
/** Businesses: "what company makes…" asks which one. */
/** Things known by their names: "what law" asks which one. */
const LAW_NOUNS = new Set(['law', 'laws', 'statute', 'statutes', 'treaty', 'treaties', 'act', 'bill', 'legislation']);
const FIRM_NOUNS = new Set(['company', 'companies', 'firm', 'firms', 'corporation', 'corporations', 'manufacturer', 'manufacturers', 'maker', 'makers', 'contractor', 'contractors', 'supplier', 'suppliers', 'bank', 'banks']);
/** People asked about by role ("which judges…", "which officials…"), and the businesses and bodies above. */
const PEOPLE_NOUNS = new Set([
  ...`judge judges official officials player players lawmakers senators members executives ministers leaders officers doctors
  scientists researchers analysts experts team teams club clubs party parties
  senator minister leader executive officer doctor scientist researcher analyst expert player member lawmaker side sides`.split(/\s+/),
  ...FIRM_NOUNS,
  ...BODY_NOUNS,
]);
/** A kind noun opening a search-style fragment, with the words that may follow it ("date of…", "reason for…"). */
const FRAGMENT_KINDS: { kind: AnswerKind; nouns: ReadonlySet<string>; links: ReadonlySet<string> }[] = [
  { kind: 'date', nouns: new Set(['day', 'date']), links: new Set(['the', 'of', 'when', 'that', 'on']) },
  { kind: 'place', nouns: new Set(['location', 'venue', 'place']), links: new Set(['of']) },
  { kind: 'reason', nouns: new Set(['reason', 'reasons', 'cause', 'motive', 'purpose']), links: new Set(['for', 'of', 'behind']) },
  { kind: 'person', nouns: new Set(['source']), links: new Set(['of']) },
  // ("Topics discussed on the call": what the call touched on.)
  { kind: 'topic', nouns: new Set(['topics', 'subjects', 'issues', 'themes']), links: new Set(['discussed', 'covered', 'raised', 'addressed', 'of', 'on']) },
];
/** Nouns that ask for someone's words when typed after their name ("xi quote on taiwan"). */
const QUOTE_NOUNS = new Set(['quote', 'quotes', 'quotation', 'quotations']);
/** "What words did X use": nouns for what someone said. */
const WORDING_NOUNS = new Set(['words', 'phrase', 'phrases', 'line', 'lines', 'rhetoric', 'term', 'terms', 'language', 'wording', 'quote', 'quotes', 'quotation', 'statement', 'statements', 'comment', 'comments', 'remark', 'remarks']);
/** …and the verbs that ask for them: "what words did X use", "what exact quote did X give", "what statement did X make". */
const WORDING_VERBS = new Set(['use', 'used', 'give', 'gave', 'given', 'make', 'made', 'offer', 'offered', 'deliver', 'delivered', 'issue', 'issued']);
/** "What was X's reaction": nouns for what someone said in answer to something. */
const REACTION_NOUNS = new Set(['reaction', 'reactions', 'response', 'responses', 'reply']);
/** "What was Xi's message", "Lin Jian's quote": nouns for what someone said, when they are its owner. */
const MESSAGE_NOUNS = new Set(['message', 'messages', 'quote', 'quotes', 'quotation', 'words', 'statement', 'statements', 'comment', 'comments', 'remark', 'remarks']);
/** "Lin Jian's exact words": how closely the words are asked for, not a word they contain. */
const EXACTLY = new Set(['exact', 'actual', 'precise', 'full', 'own']);
/** "What was the reason for…", "what's the backdrop to…": nouns for why something happened. */
const REASON_NOUNS = new Set(['reason', 'reasons', 'cause', 'causes', 'motive', 'motives', 'purpose', 'backdrop', 'background', 'context']);
const REASON_LINKS = new Set(['for', 'of', 'behind', 'to']);
/** "What's the deal with…", "what's the story with…": nouns of a way of asking. */
const IDIOM_NOUNS = new Set(['deal', 'story', 'thing']);
const NAME_WORDS = new Set(['name', 'names', 'named', 'called', 'identity']);
/** Verbs of the question form for some kinds: "how long did it last", "when did it take place". */
const FORM_VERBS: Partial<Record<AnswerKind, Set<string>>> = {
  duration: new Set(['last', 'lasted', 'lasts', 'take', 'took', 'takes', 'taken']),
  // ("What price tag did the sale carry", "what value was put on it": ways of asking the sum.)
  amount: new Set(['worth', 'cost', 'costs', 'valued', 'carry', 'carries', 'carried', 'put', 'placed', 'attached']),
  date: new Set(['take', 'took', 'place', 'occur', 'occurred', 'held', 'hold']),
  // "Which city hosted the summit": the place answer is itself what hosting or holding means.
  place: new Set(['take', 'took', 'place', 'located', 'based', 'situated', 'held', 'hold', 'host', 'hosts', 'hosted', 'hosting']),
};
const TAKE = new Set(['take', 'took', 'takes', 'taken']);
const PAST_AUXILIARIES = new Set(['did', 'was', 'were']);
const STAND_ON = new Set(['on', 'over', 'regarding', 'about', 'with', 'toward', 'towards']);
const YES_NO_OPENERS = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had']);
const INTERROGATIVES = ['who', 'what', 'when', 'where', 'which', 'why', 'how', 'whom', 'whose'];

/**
 * The speech verb of "what did X say…", unless the speech is refused: "what has Trump declined to
 * say" asks what he would not say, which no quote answers.
 */
function speechVerb(tokens: Token[], at: number, possessives: ReadonlySet<number>, verbs: ReadonlySet<string> = SAY_VERBS): Token | undefined {
  const i = tokens.findIndex((t, k) => k > at && verbs.has(t.norm));
  const say = tokens[i];
  if (!say) return undefined;
  // "How does Taipei view Beijing's claim": after a possessive or an article it is a noun.
  // "How would you describe the state of…", "I always thought…": the reader's words, not what someone said.
  const previous = tokens[i - 1];
  if (previous && (possessives.has(previous.position) || ['the', 'a', 'an', 'this', 'that', 'its', 'their', 'you', 'i', 'we'].includes(previous.norm))) return undefined;
  if (['i', 'we'].includes(tokens[i - 2]?.norm ?? '') && /^(?:always|never|just|really|also|honestly|kind|sort|\w+ly)$/.test(previous?.norm ?? '')) return undefined;
  // ("How does Taipei reject Beijing's sovereignty claim": a noun of a noun phrase after its owner,
  // too, where the clause has its verb already — not "what did Japan's leader suggest".)
  const owner = tokens[i - 2];
  const verbBefore = tokens.slice(at + 1, i - 2).some((t) => !isStopWord(t.norm) && isMostlyVerb(t.norm));
  if (previous && owner && verbBefore && possessives.has(owner.position) && !isStopWord(previous.norm)) return undefined;
  // "How has Taipei responded to Beijing's sovereignty claim": a noun phrase after a preposition
  // ("of" aside: "what did the head of the ministry say").
  if (owner && i - 3 > at && PHRASE_PREPOSITIONS.has(tokens[i - 3]!.norm) && (possessives.has(owner.position) || ['the', 'a', 'an', 'its', 'their'].includes(owner.norm))) return undefined;
  // "What is the present state of relations": a noun of something, whatever stands before it.
  if (tokens[i + 1]?.norm === 'of') return undefined;
  // "Which body released the fullest version of what was said": "what was said" there names the
  // words, it does not ask for them.
  if (i - 2 > at && tokens[i - 2]?.norm === 'what' && ['is', 'are', 'was', 'were', 'been'].includes(tokens[i - 1]?.norm ?? '')) return undefined;
  const before = tokens.slice(Math.max(at + 1, i - 3), i).map((t) => t.norm);
  // "How is China's position described": the passive asks how it is put, not what China said.
  if (say.norm.endsWith('ed') && tokens.slice(at + 1, i).some((t) => ['is', 'are', 'was', 'were', 'been'].includes(t.norm))) return undefined;
  // "What does the arms package announced this month include": after "does", a participle only
  // describes the subject when the main verb comes later (not "what did xi said about taiwan").
  const mainVerbLater = tokens.slice(i + 1).some((t) => !isStopWord(t.norm) && isMostlyVerb(t.norm) && !/(?:ed|ing)$/.test(t.norm));
  if (say.norm.endsWith('ed') && mainVerbLater && tokens.slice(at + 1, i).some((t) => DO_AUXILIARIES.has(t.norm))) return undefined;
  // "What did the call say about Russia", "what does the study say": a thing that says, whose
  // "saying" is its content, not anyone's quote.
  const sayer = tokens.slice(at + 1, i).filter((t) => !isStopWord(t.norm)).pop();
  if (sayer && SAYING_THINGS.has(sayer.norm)) return undefined;
  if (reportsClause(tokens, i)) return undefined;
  // "How does Taipei respond to Beijing saying…": the saying is what was reacted to, and the
  // question asks for the reaction.
  if (tokens.slice(at + 1, i).some((t) => REACT_VERBS.has(t.norm))) return undefined;
  // "How does Taipei reject Beijing saying…", "what did Tokyo make of China saying…": a saying
  // after the object of the clause's own verb, or of a preposition, is someone else's claim.
  const objectBefore = previous !== undefined && !isStopWord(previous.norm) && !isMostlyVerb(previous.norm);
  const clauseHasVerb = tokens.slice(at + 1, i - 1).some((t) => PHRASE_PREPOSITIONS.has(t.norm) || (!isStopWord(t.norm) && isMostlyVerb(t.norm)));
  if (say.norm.endsWith('ing') && objectBefore && clauseHasVerb) return undefined;
  return before.some((w) => REFUSALS.has(w)) ? undefined : say;
}

const LINKING_FORMS = new Set(['is', 'are', 'was', 'were']);
/** Words for the size of a number, which "how many" may ask in ("how many millions"). */
const MAGNITUDES = new Set(['million', 'millions', 'billion', 'billions', 'thousand', 'thousands', 'trillion', 'trillions']);
/** Prepositions that may end a question, their object fronted: "what jets are the parts for". */
const STRANDED = new Set(['for', 'from', 'in', 'to', 'with', 'by', 'at', 'on', 'of']);
const PHRASE_PREPOSITIONS = new Set(['to', 'about', 'on', 'over', 'against', 'regarding', 'toward', 'towards', 'with', 'at']);

const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i']);

/**
 * "What efforts does Beijing say it backs": the saying only reports a clause, whose verb the
 * question asks about ("backs"); it is neither a quote asked for nor a word the text must contain.
 */
function reportsClause(tokens: Token[], sayAt: number): boolean {
  const next = tokens[sayAt + 1];
  const after = tokens[sayAt + 2];
  return SAY_VERBS.has(tokens[sayAt]?.norm ?? '') && next !== undefined && SUBJECT_PRONOUNS.has(next.norm) && after !== undefined && !isStopWord(after.norm);
}

function isKindNoun(word: string): boolean {
  return TIME_NOUNS.has(word) || CLOCK_NOUNS.has(word) || PLACE_NOUNS.has(word) || AMOUNT_NOUNS.has(word) || NAME_WORDS.has(word);
}

/**
 * "How many board members voted": what is counted is the last noun of the phrase (members), not
 * its first word. The phrase runs over content words up to a function word or a verb.
 */
function nounPhraseHead(tokens: Token[], from: number): Token {
  let head = tokens[from]!;
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A word that is a verb and hardly a noun ends the phrase ("people live…"); "cases" is a noun.
    // So does an adverb ("which spokesperson publicly condemned…").
    if (isStopWord(t.norm) || (baseForms(t.norm, 'v').length > 0 && (baseForms(t.norm, 'n').length === 0 || isMostlyVerb(t.norm)))) break;
    if (isOnlyAdverb(t.norm)) break;
    head = t;
  }
  return head;
}

/** "What topics came up", "which issues were discussed": nouns for what something was about. */
const TOPIC_NOUNS = new Set(['topic', 'topics', 'subject', 'subjects', 'issue', 'issues', 'matter', 'matters', 'theme', 'themes', 'agenda', 'area', 'areas']);
/** Verbs of talking about something, with the particle that leaves their object to the question ("talk about"). */
const TOPIC_VERBS: Record<string, string | null> = {
  discuss: null, discussed: null, cover: null, covered: null, address: null, addressed: null,
  talk: 'about', talked: 'about', talking: 'about', speak: 'about', spoke: 'about', speaking: 'about', chat: 'about', chatted: 'about', chatting: 'about',
  touch: 'on', touched: 'on', go: 'over', went: 'over', be: 'about', is: 'about', was: 'about', were: 'about', are: 'about',
};
/** Words that count or rank topics: "the three main issues", "the big subjects" (part of the asking, not of a topic). */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'several', 'main', 'key', 'major', 'big', 'biggest', 'important', 'top', 'primary', 'principal', 'central', 'core']);
/** How many answers a "which" asks for: "which two leaders". */
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'both']);
const VAGUE_NOUNS = new Set(['stuff', 'things']);
/** Nouns that count a topic noun's parts: "agenda items", "discussion points". */
const TOPIC_ITEMS = new Set(['item', 'items', 'point', 'points']);
const COPULA_FORMS = new Set(['be', 'is', 'was', 'were', 'are']);
/** "…on the call", "…during the meeting": where the talking happened, after what was talked about. */
export const SETTING_PREPOSITIONS = new Set(['on', 'in', 'during', 'at']);
/** Occasions of talk: "the call", "the summit", "the hearing". */
export const OCCASIONS_OF_TALK = new Set(['call', 'calls', 'phone', 'meeting', 'meetings', 'summit', 'talks', 'conversation', 'interview', 'conference', 'session', 'hearing', 'debate']);
const SETTINGS_OF_TALK = new Set([...OCCASIONS_OF_TALK, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** A short phrase naming an occasion of talk: "the call", "their phone call", "Monday". */
function isSetting(words: Token[]): boolean {
  return words.length > 0 && words.length <= 4 && words.some((w) => SETTINGS_OF_TALK.has(w.norm));
}
const PRECISE_ADVERBS = new Set(['exactly', 'precisely', 'roughly', 'approximately']);
const EXACTLY_ASKED = new Set(['exactly', 'precisely']);
const TOPIC_AUXILIARIES = new Set(['did', 'do', 'does', 'was', 'were', 'is', 'are', 'will', 'would', 'have', 'has', 'had', 'else', 'all']);
/** Verbs that say a topic was raised: "what topics came up", "which issues dominated". */
const TOPIC_RAISED = new Set(['came', 'come', 'up', 'dominated', 'raised', 'arose', 'featured']);

/** Words that open a clause describing a noun. */
const CLAUSE_RELATIVES = new Set(['that', 'which', 'who', 'whom']);

/**
 * "What did the two presidents talk about", "what was the call about", "what topics came up in
 * the call", "what did they discuss": the answer is what something was about — the words after
 * "touched on", "discussed"… in the text. Returns the cue and the words of the asking.
 */
function topicQuestion(tokens: Token[], at: number, wh: string, noun: Token | undefined): { cue: string; words: Token[] } | null {
  if (wh !== 'what' && wh !== 'which') return null;
  const rest = tokens.slice(at + 1);
  // "What topics…", "what are the three main issues…", "what was on the agenda…".
  // ("What stuff did they cover": vague nouns too, with a verb of talking after them.)
  const talkedOf = rest.some((t) => t.norm in TOPIC_VERBS && !COPULA_FORMS.has(t.norm));
  const topicAt = rest.slice(0, 5).findIndex((t) => TOPIC_NOUNS.has(t.norm) || (talkedOf && VAGUE_NOUNS.has(t.norm)));
  const topicNoun = topicAt >= 0 ? rest[topicAt] : noun && TOPIC_NOUNS.has(noun.norm) ? noun : undefined;
  if (topicNoun) {
    // The asking: the noun, "came up"/"were discussed", "on the agenda", and a count of the topics ("the three topics").
    const count = rest.slice(0, Math.max(0, topicAt)).filter((t) => NUMBER_WORDS.has(t.norm) || /^\d+$/.test(t.norm));
    // ("What agenda items came up": the items of an agenda are its topics.)
    const next = rest[rest.indexOf(topicNoun) + 1];
    const items = next && TOPIC_ITEMS.has(next.norm) ? [next] : [];
    return { cue: `${wh} ${topicNoun.norm}`, words: [topicNoun, ...items, ...count, ...rest.filter((t) => TOPIC_RAISED.has(t.norm) || t.norm in TOPIC_VERBS || TOPIC_NOUNS.has(t.norm))] };
  }
  // "What did they talk about", not "what kind of attack did Takaichi talk about" (a kind of attack).
  if (wh !== 'what' || !TOPIC_AUXILIARIES.has(tokens[at + 1]?.norm ?? '')) return null;
  // "…talk about on the call", "…cover during the meeting": a phrase saying where ends it as well.
  const where = tokens.findIndex((t, k) => k > at + 2 && SETTING_PREPOSITIONS.has(t.norm) && isSetting(tokens.slice(k + 1)));
  const asked = where > 0 ? tokens.slice(0, where) : tokens;
  const last = asked[asked.length - 1];
  const beforeLast = asked[asked.length - 2];
  if (!last || !beforeLast) return null;
  // "…talk about", "…touch on", "…go over", "…was the call about": the verb's particle ends the question.
  for (const [i, t] of rest.entries()) {
    const particle = TOPIC_VERBS[t.norm];
    if (particle === undefined) continue;
    if (particle === null && t === last) return { cue: `what … ${t.norm}`, words: [t] };
    // ("What is the deal that Beijing is upset about": the "about" ends a clause that describes the thing asked.)
    const clauseBetween = () => rest.slice(0, rest.indexOf(last)).some((w) => CLAUSE_RELATIVES.has(w.norm));
    if (particle !== null && last.norm === particle && (i === rest.length - 2 - (tokens.length - asked.length) || (particle === 'about' && ['is', 'was', 'were', 'are', 'be'].includes(t.norm) && !clauseBetween()))) {
      return { cue: `what … ${t.norm} ${particle}`, words: [t, last] };
    }
  }
  return null;
}

/**
 * "wen did…", "waht is…", "wich country…": a first word one edit from an interrogative, followed by
 * an auxiliary — or any word, when the first is no English word at all (a real word such as "were"
 * or "hoe" is only read as a typo where an interrogative's usual neighbour follows).
 */
/** Prepositions before a clause a statement tells of: "… about what was said". */
const EMBEDDING_PREPOSITIONS = new Set(['about', 'of', 'on', 'regarding', 'concerning', 'over']);

function interrogativeAt(tokens: Token[]): number {
  // "Does the US take a position on who owns Taiwan": a yes/no question with a clause inside.
  if (YES_NO_OPENERS.has(tokens[0]?.norm ?? '')) return -1;
  const at = tokens.findIndex((t) => isInterrogative(t.norm));
  // "The White House gave no info about what was said?": a statement asked with its tone, the
  // interrogative opening a clause it tells of — not the question's. (Not one asked in place: "they
  // talked about what?", "the call touched on which topics?")
  const told = at > 1 && EMBEDDING_PREPOSITIONS.has(tokens[at - 1]!.norm) && isFunctionWord(tokens[at + 1]?.norm ?? '') && tokens.slice(0, at - 1).filter((t) => !isStopWord(t.norm)).length >= 2;
  if (told) return -1;
  // "trump say if he will send soldiers when conflict happen in taiwan strait?": a "when" with a
  // clause of its own after the question's verb says in what case, and asks no time. (Not one asked
  // in place: "they met when?", "the call was when exactly", "and when did they meet".)
  const inWhichCase = at > 1 && tokens[at]!.norm === 'when' && tokens.length - at > 2 && !isStopWord(tokens[at + 1]!.norm) && !TOPIC_AUXILIARIES.has(tokens[at + 1]!.norm) && !PRECISE_ADVERBS.has(tokens[at + 1]!.norm) && tokens.slice(0, at).some((t) => !isStopWord(t.norm)) && !tokens.slice(0, at).some((t) => t.norm === 'and' || t.norm === 'so');
  if (inWhichCase) return -1;
  if (at >= 0) return at;
  const [first, second] = tokens;
  if (!first || !second || first.norm.length < 3 || isStopWord(first.norm)) return -1;
  if (!(isStopWord(second.norm) || ['much', 'many', 'long'].includes(second.norm) || !isEnglishWord(first.norm))) return -1;
  // "whn" is "when" (a dropped letter, the commonest slip) before "who" (a wrong one).
  const guesses = INTERROGATIVES.filter((w) => editDistance(first.norm, w) === 1);
  const guess = guesses.find((w) => isSubsequence(first.norm, w)) ?? guesses[0];
  if (!guess) return -1;
  tokens[0] = { ...first, norm: guess, stem: guess };
  return 0;
}

/** The last word of the run of content words starting at `from` ("taiwan's defense budget" → budget). */
function phraseEnd(tokens: Token[], from: number): Token | undefined {
  let end = from;
  while (end + 1 < tokens.length && !isStopWord(tokens[end + 1]!.norm) && !isInterrogative(tokens[end + 1]!.norm)) end++;
  return tokens[end];
}

/** "What did X pay (for Y)", "what will it spend": the verb of a money question, after its subject. */
function payVerb(tokens: Token[], at: number): Token | undefined {
  if (!DO_AUXILIARIES.has(tokens[at + 1]?.norm ?? '')) return undefined;
  return tokens.find((t, k) => k > at + 2 && PAY_VERBS.has(t.norm) && (tokens[k + 1] === undefined || tokens[k + 1]!.norm === 'for' || tokens[k + 1]!.norm === 'on'));
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/**
 * "When is Taiwan getting the weapons", "when are they coming": a present progressive after
 * "when is" asks about an arrangement still to come. (Not a noun in -ing: "when is the court hearing".)
 */
function arrangedAhead(tokens: Token[], at: number): boolean {
  if (!BE_PRESENT.has(tokens[at + 1]?.norm ?? '')) return false;
  return tokens.some((t, k) => k > at + 2 && /ing$/.test(t.norm) && isMostlyVerb(t.norm) && (k < tokens.length - 1 || COMING_GOING.has(t.norm)));
}
const BE_PRESENT = new Set(['is', 'are']);
const COMING_GOING = new Set(['coming', 'going', 'happening']);

/**
 * "The dollar value of the sale": the currency says money, and is no word to find — the text says
 * "US$330 million". "The reported value", "the stated cost": that the article gives it is what
 * any answer is, and no word to find either.
 */
function currencyBefore(tokens: Token[], nounAt: number, reading: KindReading): void {
  let k = nounAt - 1;
  const currency = tokens[k];
  if (currency && CURRENCIES.has(currency.norm)) {
    reading.consumed.add(currency.position);
    reading.needsMeasure = 'money';
    k--;
  }
  const reported = tokens[k];
  if (reported && REPORTED_AS.has(reported.norm) && tokens[k - 1] && DETERMINER_WORDS.has(tokens[k - 1]!.norm)) reading.consumed.add(reported.position);
}
/** How an article gives an amount: "the reported value", "the stated cost", "the quoted price". */
const REPORTED_AS = new Set(['reported', 'stated', 'quoted', 'cited', 'given', 'listed', 'published', 'disclosed', 'mentioned']);
const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

function isEnglishWord(word: string): boolean {
  return everydayCount(word) > 0 || isDictionaryWord(word);
}

export function detectKind(tokens: Token[], possessives: ReadonlySet<number> = new Set()): KindReading {
  const reading: KindReading = { kind: null, cue: '', consumed: new Set(), needsName: false, nameOf: false, needsMeasure: false, degreeWordAt: null, countedAt: null, sayAt: null, future: false, past: false, datePrecision: null, reactAt: null, kindNounAt: null };
  const at = interrogativeAt(tokens);
  const wh = tokens[at];
  if (!wh) {
    // "Will Trump and Xi meet again": a yes/no question about what is still to come.
    reading.future = saysFuture(tokens);
    if (!YES_NO_OPENERS.has(tokens[0]?.norm ?? '')) {
      // Typed like a search: "price tag of the weapons deal", "arms package value", "budget size".
      const amountAt = tokens.findIndex((t, k) => AMOUNT_NOUNS.has(t.norm) && (k === tokens.length - 1 || tokens[k + 1]?.norm === 'of' || (t.norm === 'price' && tokens[k + 1]?.norm === 'tag')));
      const amount = tokens[amountAt];
      if (amount && tokens.length >= 2) {
        reading.kind = 'amount';
        reading.cue = amount.norm;
        if (!CONTENT_AMOUNT_NOUNS.has(amount.norm)) reading.consumed.add(amount.position);
        if (tokens[amountAt + 1]?.norm === 'tag') reading.consumed.add(tokens[amountAt + 1]!.position);
        reading.needsMeasure = MONEY_WORDS.has(amount.norm) ? 'money' : 'any';
        // ("Number of fighter jets in the deal": a count of the jets, not any number.)
        if (amount.norm === 'number' && tokens[amountAt + 1]?.norm === 'of' && tokens[amountAt + 2]) {
          reading.needsMeasure = 'count';
          reading.countedAt = nounPhraseHead(tokens, amountAt + 2).position;
        }
        if (amount.norm === 'price' || amount.norm === 'cost') reading.consumed.add(amount.position);
        else if (SIZE_OF_ANSWER.has(amount.norm)) reading.kindNounAt = amount.position;
        currencyBefore(tokens, amountAt, reading);
      }
      // Typed like a search, a kind noun first: "day the call took place", "location of the
      // summit", "reason for the Busan meeting", "source of the readout".
      // ("Exact date arms sale notification was received": the date, to the day, of what follows.)
      const exactDate = EXACTLY.has(tokens[0]?.norm ?? '') || tokens[0]?.norm === 'specific' ? tokens[1] : undefined;
      const [lead, link] = exactDate && (exactDate.norm === 'date' || exactDate.norm === 'day') ? [exactDate, { norm: 'of' }] : tokens;
      const fragment = reading.kind === null && lead && link && tokens.length >= 3 ? FRAGMENT_KINDS.find((f) => f.nouns.has(lead.norm) && f.links.has(link.norm)) : undefined;
      if (fragment && lead) {
        reading.kind = fragment.kind;
        reading.cue = lead.norm;
        reading.consumed.add(lead.position);
        if (lead !== tokens[0]) reading.consumed.add(tokens[0]!.position);
        if (fragment.kind === 'date') reading.datePrecision = 'day';
      }
      // "Xi quote on Taiwan", "Lin Jian quotes": the speaker's words.
      const quoteAt = tokens.findIndex((t, k) => k > 0 && QUOTE_NOUNS.has(t.norm) && !isStopWord(tokens[k - 1]!.norm));
      if (reading.kind === null && quoteAt > 0) {
        reading.kind = 'quote';
        reading.cue = tokens[quoteAt]!.norm;
        reading.consumed.add(tokens[quoteAt]!.position);
        reading.sayAt = tokens[quoteAt]!.position;
      }
      // "Japan response to Chinese criticism": Japan must act, as in "how did Japan respond".
      // ("Takaichi military response" names what she spoke of, not a reaction to something.)
      const reaction = tokens.findIndex((t, k) => k > 0 && REACTION_NOUNS.has(t.norm) && tokens[k + 1]?.norm === 'to');
      if (reaction > 0) {
        reading.reactAt = tokens[reaction]!.position;
        // The reaction is what is asked for, not a word the text must contain ("Taiwan rejects Beijing's claim").
        reading.consumed.add(tokens[reaction]!.position);
      }
    }
    // "Did Xi say anything about Ukraine": yes, and these are his words.
    // "Did Takaichi respond to Xi's remarks": Takaichi must act in the answer, as in "how did X respond".
    // (The main verb only: "did Takaichi suggest Japan could respond" is about her suggestion.)
    const reactsAt = DID.has(tokens[0]?.norm ?? '') ? tokens.findIndex((t, k) => k > 1 && REACT_VERBS.has(t.norm)) : -1;
    // (One word between "did" and the verb is its subject, even one that can be a verb: "did trump respond".)
    if (reactsAt > 0 && (reactsAt === 2 || !tokens.slice(1, reactsAt).some((t) => isMostlyVerb(t.norm)))) reading.reactAt = tokens[reactsAt]!.position;
    // ("Has Trump said whether he would send troops" checks a claim, answered by what the text says.)
    const say = DID.has(tokens[0]?.norm ?? '') ? speechVerb(tokens, 0, possessives) : undefined;
    const after = say ? tokens[tokens.indexOf(say) + 1]?.norm : undefined;
    // ("Did Trump say…": one word between the auxiliary and "say" is its subject, whatever else it can be.)
    const between = say ? tokens.slice(1, tokens.indexOf(say)) : [];
    const verbBefore = between.length > 1 && between.some((t) => isMostlyVerb(t.norm));
    // (Nor "what was said" inside the question: "did the White House share details about what was said on the call".)
    const passive = ['was', 'were', 'is', 'are', 'been', 'being'].includes(between[between.length - 1]?.norm ?? '');
    if (say && say.position > 1 && !verbBefore && !passive && after !== undefined && ABOUT_WORDS.has(after)) {
      reading.kind = 'quote';
      reading.cue = `${tokens[0]!.norm} … ${say.norm}`;
      reading.consumed.add(say.position);
      reading.sayAt = say.position;
    }
    return reading;
  }
  reading.consumed.add(at);
  const next = tokens[at + 1];
  const set = (kind: AnswerKind | null, cue: string, ...words: (Token | undefined)[]) => {
    reading.kind = kind;
    reading.cue = cue;
    for (const w of words) if (w) reading.consumed.add(w.position);
  };
  // "Takaichi said what exactly": the speech verb before the question word, which ends the question
  // or opens what it was about ("xi say what about taiwan").
  const echoedSay = tokens[at - 1];
  const aboutNext = ['about', 'on', 'regarding', 'concerning', 'to'].includes(tokens[at + 1]?.norm ?? '');
  if (wh.norm === 'what' && echoedSay && SAY_VERBS.has(echoedSay.norm) && at > 1 && (aboutNext || tokens.slice(at + 1).every((t) => isStopWord(t.norm)))) {
    set('quote', `${echoedSay.norm} what`, echoedSay);
    reading.sayAt = echoedSay.position;
    return reading;
  }
  switch (wh.norm) {
    case 'who':
    case 'whom':
    case 'whose':
      set('person', wh.norm);
      break;
    case 'when':
      // "Since when has China been buying soybeans": from what point — which the text may give as an
      // earlier event ("since then", "since that summit").
      if (tokens[at - 1]?.norm === 'since') set('date', 'since when', tokens[at - 1]);
      else set('date', 'when');
      // "When exactly did Takaichi make her comments": a date to the day, not "this month".
      if (EXACTLY_ASKED.has(tokens[at + 1]?.norm ?? '') || EXACTLY_ASKED.has(tokens[tokens.length - 1]?.norm ?? '')) reading.datePrecision = 'day';
      break;
    case 'where': {
      // "Where do relations stand": how things are, not a place.
      // ("Where does Beijing stand on the war": the same, about the war.)
      const standAt = tokens.findIndex((t, k) => k > at && (t.norm === 'stand' || t.norm === 'stands') && (k === tokens.length - 1 || STAND_ON.has(tokens[k + 1]!.norm)));
      // There "stand" is the stance asked about ("position", "support"); at the end, a way of asking.
      if (standAt > 0) set(null, 'where … stand', standAt === tokens.length - 1 ? tokens[standAt] : undefined);
      else set('place', 'where');
      break;
    }
    case 'why':
      set('reason', 'why');
      break;
    case 'how':
      // "How did…", and "how Japan reacted…" typed without "did": no degree word after "how".
      if (!next || NOT_DEGREE.has(next.norm) || (next.capitalized || namesAPlace(next.norm) || (baseForms(next.norm, 'a').length === 0 && baseForms(next.norm, 'r').length === 0 && !AMOUNT_HOW.has(next.norm) && next.norm !== 'long'))) {
        // "How did Xi describe the relationship": what someone said.
        const say = speechVerb(tokens, at, possessives, HOW_SAY_VERBS);
        set(say ? 'quote' : null, say ? `how … ${say.norm}` : 'how', say);
        if (say) reading.sayAt = say.position;
        // "How did Japan respond to the call": Japan must act in the answer ("China denounced the
        // remarks", "shares fell"), not merely be named ("a response from Tokyo").
        // (Not an infinitive: "how has Washington encouraged Taipei to respond" asks what Washington did.)
        // ("How did Taiwan take Beijing saying…", "how did markets receive the news": taking something
        // a certain way is reacting to it, when the verb follows its subject's auxiliary closely.)
        const takenAs = (t: Token, k: number) => TAKE_VERBS.has(t.norm) && DO_AUXILIARIES.has(tokens[at + 1]?.norm ?? '') && k <= at + 4;
        const react = say ? undefined : tokens.find((t, k) => k > at + 1 && (REACT_VERBS.has(t.norm) || takenAs(t, k)) && tokens[k - 1]!.norm !== 'to');
        if (react) reading.reactAt = react.position;
        // (Its words are no content to match: "take" is not "return".)
        if (react && TAKE_VERBS.has(react.norm)) reading.consumed.add(react.position);
      }
      else if (next.norm === 'long') set(tokens[at + 2]?.norm === 'ago' ? 'date' : 'duration', 'how long', next);
      // "How much detail did the White House give": a degree told in words ("did not provide
      // additional details"), not a number.
      else if (next.norm === 'much' && UNCOUNTED_NOUNS.has(tokens[at + 2]?.norm ?? '')) set(null, 'how much', next);
      // "How much does Japan matter to Washington": a degree of feeling or weight, which the text
      // tells in words ("one of Washington's most important partners").
      else if (next.norm === 'much' && DO_AUXILIARIES.has(tokens[at + 2]?.norm ?? '') && tokens.slice(at + 3).some((t) => DEGREE_VERBS.has(t.norm))) set(null, 'how much', next);
      // "How far have relations slipped", "how far have talks progressed": a degree of change,
      // which the text may tell in words ("to their lowest point in years") as well as in figures.
      else if (next.norm === 'far' && tokens.slice(at + 2).some((t) => CHANGE_VERBS.has(t.norm))) set(null, 'how far', next);
      else if (AMOUNT_HOW.has(next.norm)) {
        set('amount', `how ${next.norm}`, next);
        if (MEASURE_HOW.has(next.norm)) reading.needsMeasure = 'any';
        else if (next.norm === 'many') reading.needsMeasure = 'count';
        else if (next.norm === 'old') reading.needsMeasure = 'age';
        else if (DIMENSION_HOW.has(next.norm)) reading.needsMeasure = 'dimension';
        const counted = tokens[at + 2];
        // "How many millions was the package": a sum in millions, not a count of things.
        // (Not "how many million residents", which counts the residents.)
        const countedAfter = tokens[at + 3];
        if (counted && next.norm === 'many' && MAGNITUDES.has(counted.norm) && (!countedAfter || isStopWord(countedAfter.norm))) reading.needsMeasure = 'any';
        else if (counted && MONEY_NOUNS.has(counted.norm)) {
          // "How much money": the money is what an answer in dollars or euros already is.
          reading.consumed.add(counted.position);
          reading.needsMeasure = 'money';
        } else if (counted && (counted.norm === 'percent' || counted.norm === 'percentage')) {
          // "How much percent did the US cut": a share, which the text writes "10%".
          reading.consumed.add(counted.position);
          reading.needsMeasure = 'percent';
        } else if (counted && !isStopWord(counted.norm) && !(next.norm === 'much' && namesAPlace(counted.norm))) {
          // ("How much US cut tariffs": a country is what acts, not what is counted.)
          const head = nounPhraseHead(tokens, at + 2);
          // "How many million dollars did Washington approve": money, which the text writes "US$330 million".
          if (CURRENCIES.has(head.norm) && !MONEY_NOUNS.has(head.norm)) {
            reading.consumed.add(head.position);
            reading.needsMeasure = 'money';
          } else reading.countedAt = head.position;
        }
      } else {
        set(null, `how ${next.norm}`, next);
        reading.degreeWordAt = next.position;
      }
      break;
    default: {
      // what / which: the noun after it (or after "is the") can name the kind.
      // Directly after it ("what year…") or after a copula ("what is the price…"), not "what will the city do".
      // ("Which of the two leaders…" asks as "which leaders…" does.)
      const from = wh.norm === 'which' && tokens[at + 1]?.norm === 'of' ? at + 2 : at + 1;
      const first = tokens.slice(from, from + 3).find((t) => !COPULA_OR_ARTICLE.has(t.norm) && !COUNT_WORDS.has(t.norm));
      // "What is the inflation rate": the kind is in the phrase's last noun when the first is none.
      const second = first ? tokens[tokens.indexOf(first) + 1] : undefined;
      // "What is Taiwan's defense budget": the kind may be in the head noun, the phrase's last word.
      // (Not after an auxiliary: in "what did Prime Minister Takaichi state", "state" is her verb.)
      const head = first && !isKindNoun(first.norm) && !DO_AUXILIARIES.has(first.norm) ? phraseEnd(tokens, tokens.indexOf(first)) : undefined;
      // ("What's Taiwan's budget": the "is" run into "what's" counts as one.)
      const copula = COPULA_OR_ARTICLE.has(next?.norm ?? '') || wh.withIs === true;
      const headKind = (w: string) => (isKindNoun(w) && !NAME_WORDS.has(w)) || (copula && AMOUNT_HEAD_NOUNS.has(w));
      // ("Which Chinese diplomatic spokesperson publicly condemned…": the noun that ends the phrase before its verb.)
      const phraseHead = first && !isKindNoun(first.norm) && !DO_AUXILIARIES.has(first.norm) ? nounPhraseHead(tokens, tokens.indexOf(first)) : undefined;
      const noun =
        first && !isKindNoun(first.norm) && second && isKindNoun(second.norm) ? second
        : head && head !== first && headKind(head.norm) ? head
        : phraseHead && phraseHead !== first && headKind(phraseHead.norm) ? phraseHead
        : first;
      const nounAt = noun ? tokens.indexOf(noun) : -1;
      // "Which US senator…": the people noun may end the phrase.
      // ("Which of the two presidents…": one of several holders of a title is a person, though "which
      // president…" alone may ask for a country's, as "which Chinese spokesperson responded" does.)
      // (So are "which two presidents…": holders counted.)
      const counted = from === at + 2 || COUNT_WORDS.has(tokens[at + 1]?.norm ?? '');
      const oneOf = counted && noun && /s$/.test(noun.norm) && isTitle(noun.norm.replace(/s$/, '')) ? noun : undefined;
      // ("What company makes the parts": a company doing something is asked for as "which" asks it.)
      const firmDoing = wh.norm === 'what' && noun === tokens[at + 1] && FIRM_NOUNS.has(noun?.norm ?? '') && !DO_AUXILIARIES.has(tokens[nounAt + 1]?.norm ?? '') && !COPULA_OR_ARTICLE.has(tokens[nounAt + 1]?.norm ?? '');
      const people = noun && (wh.norm === 'which' || firmDoing) ? [noun, nounPhraseHead(tokens, nounAt)].find((t) => PEOPLE_NOUNS.has(t.norm)) ?? oneOf : undefined;
      const pay = wh.norm === 'what' ? payVerb(tokens, at) : undefined;
      const last = tokens[tokens.length - 1];
      const topic = topicQuestion(tokens, at, wh.norm, noun);
      if (topic) set('topic', topic.cue, ...topic.words);
      else if (noun && TIME_NOUNS.has(noun.norm)) {
        set('date', `${wh.norm} ${noun.norm}`, noun);
        if (noun.norm === 'day' || noun.norm === 'month' || noun.norm === 'year') reading.datePrecision = noun.norm;
        // "On what date was it approved": a day, not "earlier this month".
        if (noun.norm === 'date') reading.datePrecision = 'day';
        // "Which day of the week": the rest names the calendar, not the topic.
        const of = tokens[nounAt + 1]?.norm === 'of' ? nounAt + 1 : -1;
        const article = of >= 0 && ['the', 'a'].includes(tokens[of + 1]?.norm ?? '') ? of + 1 : of;
        const period = article >= 0 ? tokens[article + 1] : undefined;
        if (period && TIME_NOUNS.has(period.norm)) for (let k = of; k <= article + 1; k++) reading.consumed.add(tokens[k]!.position);
        if ((noun.norm === 'day' && period?.norm === 'week') || noun.norm === 'weekday') reading.datePrecision = 'weekday';
      }
      // "What was the reason for the call", "what's the backdrop to it": why it happened, which news
      // tells with "amid…", "after…", "to…" as "why" finds them.
      // ("What was the point of meeting in Busan": its purpose; not "the main point of the speech".)
      else if (noun && (REASON_NOUNS.has(noun.norm) || (noun.norm === 'point' && tokens[nounAt - 1]?.norm === 'the' && tokens[nounAt + 1]?.norm === 'of')) && REASON_LINKS.has(tokens[nounAt + 1]?.norm ?? '') && copula) set('reason', `${wh.norm} ${noun.norm}`, noun);
      // "What's the deal with the arms sale": only a way of asking about it.
      else if (noun && IDIOM_NOUNS.has(noun.norm) && tokens[nounAt + 1]?.norm === 'with') set(null, `${wh.norm} … ${noun.norm} with`, noun);
      else if (noun && CLOCK_NOUNS.has(noun.norm)) set('time', `${wh.norm} ${noun.norm}`, noun);
      // "What is the state of Beijing-Tokyo ties": a condition, not which state.
      else if (noun && PLACE_NOUNS.has(noun.norm) && !(noun.norm === 'state' && tokens[nounAt + 1]?.norm === 'of')) set('place', `${wh.norm} ${noun.norm}`, noun);
      else if (noun && (AMOUNT_NOUNS.has(noun.norm) || (AMOUNT_HEAD_NOUNS.has(noun.norm) && noun !== first))) {
        // "What is the price of lithium": the price is also what to look for; "the number of" is not.
        set('amount', `${wh.norm} ${noun.norm}`, CONTENT_AMOUNT_NOUNS.has(noun.norm) ? undefined : noun);
        // (A price is what a sum of money answers; a rate or a total is not any number: "10%" is a cut, not the rate.)
        if (SIZE_OF_ANSWER.has(noun.norm)) reading.kindNounAt = noun.position;
        if (noun.norm === 'price' && tokens[nounAt + 1]?.norm === 'tag') reading.consumed.add(tokens[nounAt + 1]!.position);
        if (['percentage', 'percent', 'proportion', 'share'].includes(noun.norm)) reading.needsMeasure = 'percent';
        else if (['score', 'vote', 'tally'].includes(noun.norm)) reading.needsMeasure = 'tally';
        else if (noun.norm !== 'number') reading.needsMeasure = 'any';
        else if (tokens[nounAt + 1]?.norm === 'of' && tokens[nounAt + 2]) {
          // "What is the number of fighter jets": a count of the jets, as "how many jets" asks.
          reading.needsMeasure = 'count';
          reading.countedAt = nounPhraseHead(tokens, nounAt + 2).position;
        }
        // "What is the total value of the package": the other amount words of the phrase ask the same.
        // ("The total dollar value": a currency among them says money.)
        for (let k = nounAt + 1; k < tokens.length && ((AMOUNT_NOUNS.has(tokens[k]!.norm) && !CONTENT_AMOUNT_NOUNS.has(tokens[k]!.norm)) || CURRENCIES.has(tokens[k]!.norm)); k++) {
          reading.consumed.add(tokens[k]!.position);
          if (CURRENCIES.has(tokens[k]!.norm)) reading.needsMeasure = 'money';
        }
        if (noun.norm === 'total' && (AMOUNT_NOUNS.has(tokens[nounAt + 1]?.norm ?? '') || CURRENCIES.has(tokens[nounAt + 1]?.norm ?? ''))) reading.consumed.add(noun.position);
        currencyBefore(tokens, nounAt, reading);
      }
      else if (people) {
        // "Which judges were on the panel", "which US senator…": the answer names them.
        // ("Which side gave the fullest readout": a party, which the text need not call a side.)
        const party = people.norm === 'side' || people.norm === 'sides';
        // ("Which arm of Beijing's government…": a figure for a body, which the text names without it;
        // the word itself is there in other senses, "arms package".)
        set('person', `which ${people.norm}`, party || FIGURATIVE_BODY_NOUNS.has(people.norm) ? people : undefined);
        // ("Which Taiwan agency announced…" → "Taiwan's foreign ministry": a body is often named by what it is.)
        reading.nameOf = !party && !BODY_NOUNS.has(people.norm);
        // "Which two leaders spoke": how many answers are asked for, not a word to find ("II").
        for (const t of tokens.slice(at + 1, nounAt)) if (COUNT_WORDS.has(t.norm)) reading.consumed.add(t.position);
      } else if (noun && NAME_WORDS.has(noun.norm)) {
        set('person', `${wh.norm} ${noun.norm}`, noun);
        reading.nameOf = true;
      }
      else if (last && last.norm === 'called' && at === 0) set('person', `${wh.norm} … called`, last);
      else if (last && (last.norm === 'name' || last.norm === 'names') && at === 0 && wh.norm === 'what') {
        // "What is the pilot's name"
        set('person', 'what … name', last);
        reading.nameOf = true;
      } else if (next && CAUSE_VERBS.has(next.norm) && wh.norm === 'what') {
        // ("What caused the fire": "cause" stays a word to match, as news tells it with the noun —
        // "The cause is under investigation" — where "prompted" or "led" are only ways of asking.)
        set('reason', `what ${next.norm}`, ...(next.stem === 'caus' ? [] : [next]));
      }
      else if (pay) {
        // "What did China pay for the soybeans": a sum of money.
        set('amount', `what … ${pay.norm}`, pay);
        reading.needsMeasure = 'money';
      }
      else if (last && (last.norm === 'cost' || last.norm === 'costs') && wh.norm === 'what' && at === 0) {
        // "What will the cancer centre cost"
        set('amount', 'what … cost', last);
        reading.needsMeasure = 'money';
      }
      else {
        // "What words did the spokesperson use": what she said.
        // ("What exact words did Xi use to describe…": the words, and "use", are the asking; "describe" the saying.)
        // ("What's the exact wording Xi used…": the noun may follow "is the".)
        let nounAt = at + 1;
        while (nounAt < at + 3 && COPULA_OR_ARTICLE.has(tokens[nounAt]?.norm ?? '')) nounAt++;
        const exact = EXACTLY.has(tokens[nounAt]?.norm ?? '') ? tokens[nounAt++] : undefined;
        const wordingNoun = tokens[nounAt];
        const wording = WORDING_NOUNS.has(wordingNoun?.norm ?? '') ? tokens.find((t, k) => k > nounAt && WORDING_VERBS.has(t.norm)) : undefined;
        if (wording) {
          reading.consumed.add(wordingNoun!.position);
          reading.consumed.add(wording.position);
          if (exact) reading.consumed.add(exact.position);
        }
        // "What was the Chinese spokesman's reaction": what he said, as "how did he react" asks.
        // So is "what was the Chinese leader's message": someone's message is what they said.
        const exactly = (k: number) => EXACTLY.has(tokens[k - 1]?.norm ?? '');
        const ownMessage = (t: Token, k: number) => MESSAGE_NOUNS.has(t.norm) && possessives.has(tokens[exactly(k) ? k - 2 : k - 1]?.position ?? -1);
        const reaction = next && (COPULA_OR_ARTICLE.has(next.norm) || wh.withIs) ? tokens.find((t, k) => k > at && (REACTION_NOUNS.has(t.norm) || ownMessage(t, k))) : undefined;
        const reactionAt = reaction ? tokens.indexOf(reaction) : -1;
        if (reaction && exactly(reactionAt)) reading.consumed.add(tokens[reactionAt - 1]!.position);
        // "What did Xi call Taiwan's return": what he called it, in his words (not the phone call).
        const named = (next: Token | undefined) => next !== undefined && (!isStopWord(next.norm) || ['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'these', 'those'].includes(next.norm));
        const callsIt = wh.norm === 'what' && DID.has(tokens[at + 1]?.norm ?? '') ? tokens.find((t, k) => k > at + 2 && (t.norm === 'call' || t.norm === 'calls') && named(tokens[k + 1])) : undefined;
        const say = speechVerb(tokens, at, possessives) ?? reaction ?? wording ?? callsIt;
        // "Which ministry announced the approval": who spoke, not what was said.
        // ("Which principle China says the sale violated": China speaks; the principle is what it said.)
        const sayAt = say ? tokens.indexOf(say) : -1;
        const otherSpeaker = sayAt > at + 2 && (namesAPlace(tokens[sayAt - 1]!.norm) || SUBJECT_PRONOUNS.has(tokens[sayAt - 1]!.norm)) && !OF_PLACE.has(tokens[sayAt - 2]!.norm);
        const subjectSpeaks = say !== undefined && wh.norm === 'which' && !otherSpeaker && !tokens.slice(at + 1, sayAt).some((t) => DO_AUXILIARIES.has(t.norm) || COPULA_OR_ARTICLE.has(t.norm) && t.norm !== 'the');
        if (subjectSpeaks) set('person', `which … ${say.norm}`);
        else {
          // "What fighter jets are the parts for", "what country is the package from": the noun
          // phrase is the dangling preposition's object, and the answer one of it — which jets.
          // (With a linking verb only: "what progress did Xi call for" asks what he called for — "more positive progress".)
          const linkAt = tokens.findIndex((t, k) => k > at + 1 && isStopWord(t.norm));
          // (So is "what law requires…": a law is one of many, each with a name the text must give.)
          const whatNoun = wh.norm === 'what' && at === 0 && next !== undefined;
          const whichOf =
            whatNoun && ((!isStopWord(next.norm) && !isKindNoun(next.norm) && LINKING_FORMS.has(tokens[linkAt]?.norm ?? '') && STRANDED.has(tokens[tokens.length - 1]!.norm)) || LAW_NOUNS.has(next.norm));
          set(say ? 'quote' : null, say ? `${wh.norm} … ${say.norm}` : whichOf ? 'which' : wh.norm, say);
          if (say) reading.sayAt = say.position;
        }
      }
      reading.needsName = reading.kind === 'person' && !(people && BODY_NOUNS.has(people.norm));
    }
  }
  // "What did Beijing do in response to the sale": a way of saying "about".
  tokens.forEach((t, i) => {
    if (REACTION_NOUNS.has(t.norm) && tokens[i - 1]?.norm === 'in' && tokens[i + 1]?.norm === 'to') reading.consumed.add(t.position);
    if (reportsClause(tokens, i)) reading.consumed.add(t.position);
  });
  // "did China pay for…" is about money; "how much more pay…" is about a raise.
  const payAsNoun = (i: number) => PAY_AS_NOUN.has(tokens[i - 1]?.norm ?? '') || PAY_CHANGES.has(tokens[i + 1]?.norm ?? '');
  // ("How much did the items sell for", "…fetch at auction": a price.)
  const money = tokens.some((t, i) => MONEY_WORDS.has(t.norm) || (t.norm === 'pay' && !payAsNoun(i)) || (SELL_FOR.has(t.norm) && tokens[i + 1]?.norm === 'for') || FETCH.has(t.norm));
  // ("How many workers earn less than $15": the workers are counted, whatever the money word.)
  const countsThings = reading.needsMeasure === 'count' && reading.countedAt !== undefined;
  if (reading.kind === 'amount' && reading.needsMeasure && money && !countsThings) reading.needsMeasure = 'money';
  // "What does AMOC stand for": the words of the question form, not of its topic.
  const stand = tokens.findIndex((t) => t.norm === 'stand');
  if (wh.norm === 'what' && stand > at && tokens[stand + 1]?.norm === 'for') {
    reading.consumed.add(tokens[stand]!.position);
    reading.consumed.add(tokens[stand + 1]!.position);
  }
  // ("When would the parts get delivered": asked of what is still to come, as "will" asks it.)
  reading.future = saysFuture(tokens) || (wh.norm === 'when' && (arrangedAhead(tokens, at) || tokens[at + 1]?.norm === 'would'));
  reading.past = !reading.future && tokens.some((t) => PAST_AUXILIARIES.has(t.norm));
  const form = reading.kind ? FORM_VERBS[reading.kind] : undefined;
  // "When did it take place" is a way of asking; "when did she take office" asks about taking office.
  const takePlace = (i: number) => !TAKE.has(tokens[i]!.norm) || reading.kind === 'duration' || tokens[i + 1]?.norm === 'place';
  tokens.forEach((t, i) => {
    if (form?.has(t.norm) && t.position > at && takePlace(i)) reading.consumed.add(t.position);
  });
  return reading;
}
