/**
 * Other words for the same thing, as readers type them: "the Second World War" (World War II),
 * "sat down with" (met), "the American president's staff" (the White House), "what was the summit
 * meant to achieve" (its purpose). Each rewrite turns a question into the words a news text uses;
 * `questionOfRequest` (request.ts) applies them in order. General usage only: nothing here is keyed
 * to a particular article or question.
 */
import { isKnownPlace, namesAPlace, placeAliases } from '../lexicon/places.ts';
import { baseForms, NOUN_FILES, nounFile } from '../lexicon/wordnet.ts';
import { isStopWord } from '../text/stopwords.ts';
import { ASKS } from './chat.ts';

/** "What is the name of the city where they met": which city — a place, not a person's name. */
export const NAME_OF_PLACE = /\bwhat(?:['’]s|\s+is|\s+was)\s+the\s+names?\s+of\s+the\s+(city|town|village|country|nation|place|region|state|province|island|capital)\b/gi;
/** Nouns for a sentence of the article asked for itself: "the line", "the exact sentence". */
export const LINE_NOUNS = String.raw`(?:line|lines|sentence|sentences|passage|part|bit|quote|text)`;

/** A word naming a country as typed: "China", "the US", "u.s." (not the pronoun "us"). */
export function typedPlace(word: string): boolean {
  const lower = word.toLowerCase();
  return namesAPlace(lower.replace(/\./g, '') === 'us' ? 'usa' : lower);
}

/**
 * Whether a pronoun can stand for the one who says: "Beijing… it", "the ministry… it", "the
 * officials… they", "Xi… he" (a name that is no place is taken for a person).
 */
function pronounOfSayer(sayer: string, pronoun: string): boolean {
  const lower = sayer.toLowerCase().replace(/^(?:the|its|their|his|her)\s+/, '');
  const place = lower.split(/\s+/).some(typedPlace);
  const body = /^(?:the|its|their)\s/i.test(sayer) || place;
  switch (pronoun.toLowerCase()) {
    case 'it':
      return lower === 'it' || body;
    case 'they':
    case 'we':
      return /^(?:they|we)$/.test(lower) || body || /s$/.test(lower);
    default:
      return /^(?:he|she)$/.test(lower) || (!body && !/^(?:it|they|we|you|i)$/.test(lower));
  }
}

/** Things whose name is what the text calls them, not a proper name: policies, plans (not laws or treaties). */
const NAMED_IDEAS = String.raw`(?:policy|policies|approach|strategy|plan|plans|principle|doctrine|concept|term|phrase|slogan|stance)`;
/** A verb's base, -s, past and -ing forms; "|" between spellings of one ("dialed|dialled"). */
export type VerbForms = readonly [string, string, string, string];
const CUT: VerbForms = ['cut', 'cuts', 'cut', 'cutting'];
const LEARN: VerbForms = ['learn', 'learns', 'learned', 'learning'];
const ANNOUNCE: VerbForms = ['announce', 'announces', 'announced', 'announcing'];
const HOLD: VerbForms = ['hold', 'holds', 'held', 'holding'];
export const MEET: VerbForms = ['meet', 'meets', 'met', 'meeting'];
const PROTEST: VerbForms = ['protest', 'protests', 'protested', 'protesting'];
const MAKE: VerbForms = ['make', 'makes', 'made', 'making'];
export const GET: VerbForms = ['get', 'gets', 'got|gotten', 'getting'];
const SEEK: VerbForms = ['seek', 'seeks', 'sought', 'seeking'];
const MANUFACTURE: VerbForms = ['manufacture', 'manufactures', 'manufactured', 'manufacturing'];
/** Kinds of noun a thing made is ("jet", "bread", "steel"), and kinds no thing is ("call", "decision", "progress"). */
const MADE_KINDS: ReadonlySet<number> = new Set([NOUN_FILES.artifact, NOUN_FILES.food, NOUN_FILES.substance, NOUN_FILES.object, NOUN_FILES.plant]);
const UNMADE_KINDS: ReadonlySet<number> = new Set([NOUN_FILES.act, NOUN_FILES.communication, NOUN_FILES.event, NOUN_FILES.cognition, NOUN_FILES.attribute, NOUN_FILES.state, NOUN_FILES.process]);
/** "The fighter jet parts": a phrase of nouns naming a made thing, whose head is no act or saying ("the phone call"). */
function madeThing(words: string): boolean {
  const all = words.toLowerCase().split(/\s+/);
  // (A noun phrase alone: "the phone call with Trump" is no made thing, nor "lower some tariffs".)
  if (all.some((w, i) => (i > 0 && isStopWord(w)) || baseForms(w, 'a').some((base) => base !== w))) return false;
  const nouns = all.filter((w) => !isStopWord(w));
  const head = nouns[nouns.length - 1];
  // (Not "made the approval public", "make tariffs lower": an adjective after the thing says what it was made.)
  if (head === undefined || UNMADE_KINDS.has(nounFile(head) ?? -1) || baseForms(head, 'a').length > 0) return false;
  return nouns.some((w) => MADE_KINDS.has(nounFile(w) ?? -1));
}
/** A statement named by its noun, and the verb that tells it: "the suggestion that…" is what someone suggested. */
const STATEMENT_VERB: Record<string, VerbForms> = {
  suggestion: ['suggest', 'suggests', 'suggested', 'suggesting'],
  claim: ['claim', 'claims', 'claimed', 'claiming'],
  statement: ['state', 'states', 'stated', 'stating'],
  remark: ['remark', 'remarks', 'remarked', 'remarking'],
  comment: ['comment', 'comments', 'commented', 'commenting'],
  assertion: ['assert', 'asserts', 'asserted', 'asserting'],
  argument: ['argue', 'argues', 'argued', 'arguing'],
  warning: ['warn', 'warns', 'warned', 'warning'],
  announcement: ['announce', 'announces', 'announced', 'announcing'],
};
const STATEMENT_NOUN = `(${Object.keys(STATEMENT_VERB).join('|')})`;
/** "What was the reaction of X to": how X responded, in the tense asked. */
function respondedAs(was: string, who: string): string {
  if (/^(?:is|are)$/i.test(was)) return `how does ${who} respond to`;
  if (/^ha/i.test(was)) return `how has ${who} responded to`;
  return `how did ${who} respond to`;
}
/** Verbs of aiming at something, which news tells as what someone sought. */
const AIMING: readonly VerbForms[] = [
  ['try', 'tries', 'tried', 'trying'],
  ['attempt', 'attempts', 'attempted', 'attempting'],
  ['hope', 'hopes', 'hoped', 'hoping'],
  ['aim', 'aims', 'aimed', 'aiming'],
];
/** Verbs of talking that "by phone" makes a phone call and "in person" a meeting. */
export const TALKING: readonly VerbForms[] = [
  ['talk', 'talks', 'talked', 'talking'],
  ['speak', 'speaks', 'spoke', 'speaking'],
  ['converse', 'converses', 'conversed', 'conversing'],
  ['confer', 'confers', 'conferred', 'conferring'],
];
export const TALKING_WORDS = TALKING.flat().join('|');

/** A form of an idiom's verb ("found" of "find out") as the same form of the verb news uses ("learned"). */
export function sameForm(typed: string, as: VerbForms, ...verbs: VerbForms[]): string {
  const word = typed.toLowerCase();
  for (const forms of verbs) {
    const at = forms.findIndex((form) => form.split('|').includes(word));
    if (at >= 0) return as[at]!;
  }
  return as[0];
}

/** Recognizing or acknowledging, officially or not: "does the US formally recognize…". */
const RECOGNIZING = String.raw`(?:officially\s+|formally\s+)?(?:recogni[sz]es?|recogni[sz]ed|recogni[sz]ing|acknowledges?|acknowledged|acknowledging)`;
/** What recognizing a place as sovereign, or its owner, asks: "have a position on Taiwan's sovereignty" (the islands'). */
const positionOnSovereignty = (place: string) => `have a position on ${place}${/s$/i.test(place) ? "'" : "'s"} sovereignty`;

/** "…(at all), what did Xi say": a second question asking someone's words about what the first names. */
const THEN_WHAT_DID_X_SAY = String.raw`(?:\s+at\s+all)?\s*[,?]+\s*(?:and\s+)?(?:if\s+so\s*,?\s*)?what\s+did\s+([\w.'’-]+)\s+say\s*([?!.]*)\s*$`;

/** The world wars, which a question may name by their years: "the 1939-45 conflict", "the 1940s global war". */
const WORLD_WARS = [
  { name: 'World War II', first: '1939', last: '(?:19)?45', decade: '(?:19)?40s' },
  { name: 'World War I', first: '1914', last: '(?:19)?18', decade: '(?:19)?10s' },
];
const WAR = String.raw`(?:(?:great|global|world|worldwide|world-wide)\s+)?(?:war|conflict)`;
const YEARS_TO = String.raw`\s*(?:-|–|—|to|through|until|and)\s*`;

/** "The war of the 1940s", "the 1940s global conflict", "the 1939-1945 war", "the conflict that ended in 1945". */
function worldWarByItsYears(war: (typeof WORLD_WARS)[number]): [RegExp, string][] {
  const { name, first, last, decade } = war;
  return [
    [new RegExp(String.raw`\b(?:the\s+)?${WAR}\s+(?:of|in|during)\s+the\s+${decade}\b`, 'gi'), name],
    [new RegExp(String.raw`\b(?:the\s+)?${decade}\s+${WAR}\b`, 'gi'), name],
    [new RegExp(String.raw`\b(?:the\s+)?${WAR}\s+(?:of\s+|from\s+|between\s+)?${first}${YEARS_TO}${last}\b`, 'gi'), name],
    [new RegExp(String.raw`\b(?:the\s+)?${first}${YEARS_TO}${last}\s+${WAR}\b`, 'gi'), name],
    [new RegExp(String.raw`\b(?:the\s+)?${WAR}\s+(?:that|which)\s+ended\s+in\s+${last}\b`, 'gi'), name],
  ];
}

/** The United States as a question may name it owning something: "the American", "the US", "Washington's". */
const AMERICAN = String.raw`(?:american|america['’]s|u\.?s\.?|united\s+states|washington['’]s)`;

/** Things asked for precisely but not by name ("what exact date", "what specific role"): not "which specific". */
const NOT_BY_NAME = String.raw`(?!(?:date|day|time|year|month|number|figure|amount|sum|percentage|role|words?)\b)`;

/** "The Second World War", "sat down with": other names for a thing. */
export const SAME_THING: [RegExp, string | ((match: string, ...groups: string[]) => string)][] = [
  // "How much bad is the relation…": how bad it is ("much" of a learner's English, not an amount).
  [/\bhow\s+much\s+(bad|worse|good|better|serious|tense|close|strong|weak)\b/gi, 'how $1'],
  // "Taiwan government agree with Beijing claim or what they say?": what it says about the claim —
  // the "or what" asks for its stance, whichever way it goes.
  [/^(?:(?:does|do|did)\s+)?(.+?)\s+(?:agree|agrees|agreed)\s+with\s+(.+?)\s*,?\s+or\s+what\s+(?:(?:do|does|did)\s+)?(?:they|it|he|she)\s+(?:say|says|said)\b/i, 'what does $1 say about $2'],
  // "Ties between the Chinese and Japanese capitals", "the Japanese capital's response": a country's
  // capital stands for its government, which the text names by the country or its capital city
  // ("Beijing and Tokyo"), both other names of the country.
  // (So do two governments, between which there are relations: "the governments of Tokyo and Beijing".)
  [/\b(?:the\s+)?([A-Za-z]+)\s+and\s+([A-Za-z]+)\s+(?:capitals|governments)\b/gi, (whole: string, a: string, b: string) => (namesAPlace(a.toLowerCase()) && namesAPlace(b.toLowerCase()) ? `${a} and ${b}` : whole)],
  [/\b(?:the\s+)?(?:capitals|governments)\s+of\s+([A-Za-z]+)\s+and\s+([A-Za-z]+)\b/gi, (whole: string, a: string, b: string) => (namesAPlace(a.toLowerCase()) && namesAPlace(b.toLowerCase()) ? `${a} and ${b}` : whole)],
  [/\bthe\s+([A-Za-z]+)\s+capital(['’]s)?(?!\s+(?:city|of|flows?|markets?|controls?|spending|investment|gains?)\b)/gi, (whole: string, a: string, owner?: string) => (namesAPlace(a.toLowerCase()) ? `${a}${owner ? "'s" : ''}` : whole)],
  // "What name does the article give to the policy…": the name of the policy, which the article gives by naming it.
  [/^(?:what|which)\s+(name|title|label)\s+(?:does|did)\s+(?:the|this)\s+(?:article|story|text|piece|report|author|writer)\s+(?:give|use|apply|attach)\s+(?:to\s+|for\s+)?/i, 'what is the $1 of '],
  // "Which came first, the Busan meeting or the phone call": whether the one came before the other,
  // which the text tells by their order ("the call followed a meeting…"). ("Which came last" asks the reverse.)
  [/^which\s+(?:one\s+)?(?:came|happened|occurred|took\s+place|was)\s+(first|earlier|sooner|last|later)\s*[,:]?\s+(.+?)\s+or\s+(.+?)\s*([?.!]*)\s*$/i, (_: string, order: string, a: string, b: string, end: string) =>
    `did ${a} happen ${/^(?:first|earlier|sooner)$/i.test(order) ? 'before' : 'after'} ${b}${end}`],
  // "Quote where it says the US cut tariffs", "give me the line where Beijing says…", "what's the
  // exact sentence mentioning X", "…, quote me the line": every answer is a quoted sentence, so
  // asking for one asks for what it says.
  [new RegExp(String.raw`^(?:please\s+)?(?:quote|cite|show\s+me|give\s+me)\s+(?:(?:the|a)\s+)?(?:exact\s+)?(?:${LINE_NOUNS}\s+)?(?:where|that\s+says)\s+(?:(?:it|the\s+(?:article|story|text|piece))\s+(?:says|mentions|talks\s+about|states|describes|notes)\s+(?:that\s+)?)?`, 'i'), ''],
  [/^(?:please\s+)?quote\s+what\s+(?:the\s+(?:article|story|text|piece)|it)\s+says\s+(?:about|on|regarding)\s+/i, 'what does the article say about '],
  // "Quote Trump on China buying soybeans": what he said about it.
  [/^(?:please\s+)?quote\s+(?!(?:the|a|an|me|us|what|where|any|some|his|her|their)\b)((?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)\s+(?:on|about|regarding|concerning)\s+/i, 'what did $1 say about '],
  [/^(?:what(?:['’]s|\s+is)\s+)?(?:the\s+)?(?:exact\s+)?(?:line|sentence|passage)\s+(?:that\s+)?(?:mentioning|mentions|about|where\s+it\s+(?:says|mentions))\s+/i, ''],
  [/[,\s-]+(?:please\s+)?(?:quote|cite|show|give)\s+(?:me\s+|us\s+)?(?:the\s+)?(?:exact\s+|opening\s+|relevant\s+|actual\s+)*(?:line|lines|sentence|sentences|passage|bit|part|text|quote|wording)(?:\s+(?:from|in)\s+(?:the\s+)?(?:article|story|text|piece))?\s*([?.!]*)\s*$/i, '$1'],
  // "What is the population figure given for Taiwan": the figure for it — giving is how the text tells it.
  [/\b(figure|number|date|name|amount|total|estimate|value|price|count|tally)\s+(?:given|listed|cited|reported|stated|provided|mentioned|quoted)\s+(?=(?:for|of|on|about)\b)/gi, '$1 '],
  // "What headcount does Taipei cite for the people", "what figure did officials quote": the figure it
  // gives — citing is how the text tells it, not an event of its own.
  [/^((?:what|which)\s+(?:figure|number|amount|total|estimate|value|count|headcount|tally|population)\s+(?:does|did|do)\s+(?:[\w.'’-]+\s+){1,4}?)(?:cite|quote|state|report|mention|provide|put|use)\b/i, '$1give'],
  // "What is the exact name of…", "what exactly is the policy called": how precisely is no word of the
  // answer. (But "the exact date", "when exactly" ask for a day, not a weekday: see question-kind.ts.)
  [/\b(?:exact|precise|specific|actual)\s+(?=(?:name|names|figure|number|amount|sum|title|population|total|value|cost|percentage)\b)/gi, ''],
  [/^(what|who|where|which|how\s+much|how\s+many)\s+(?:exactly|precisely|specifically)\s+/i, '$1 '],
  // "What particular proposal did Xi endorse": which one, by name — "any initiative that could…" does not say.
  // ("Particular" is a stop word; "specific" is kept, so that a name is asked for.)
  [new RegExp(String.raw`^(?:what|which)\s+(?:particular|specific)\s+${NOT_BY_NAME}(?=[a-z])`, 'i'), 'which specific '],
  // ("What Ukraine peace plan exactly is China backing": the same, the adverb after the thing.)
  [new RegExp(String.raw`^what\s+${NOT_BY_NAME}((?:[a-z'’-]+\s+){1,3}?)(?:exactly|specifically|precisely)\s+(?=(?:is|are|was|were|did|does|do|has|have|will)\b)`, 'i'), 'which specific $1'],
  // "Ukraine war what did Xi say": a topic typed before the question is what he spoke about.
  [/^(?:(?:on|about|regarding|re)\s+)?(?!(?:so|ok|okay|and|but|then|hey|wait|well|um|uh|also|now|yeah|yes|no)\b)((?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)\s+((?:what|how)\s+(?:did|does|do|has|have)\s+(?:[\w.'’-]+\s+){0,2}?(?:say|said|think|thought|feel|felt))\s*([?.!]*)$/i,
    (whole: string, topic: string, question: string, end: string) => (isStopWord(topic.split(/\s+/).pop()!.toLowerCase()) ? whole : `${question} about ${topic}${end}`)],
  // "Does China say it'll back…": "will", which the sentences after a saying are read with.
  [/\b(it|they|he|she|we|you|i|that|who|there)['’]ll\b/gi, '$1 will'],
  // "How many live in Taiwan acc to this": according to it.
  [/\bacc\.?\s+to\b/gi, 'according to'],
  // "What do we learn about Xi's remarks…": what the article says about them.
  [/^what\s+(?:do|can|did)\s+(?:we|i|you|readers)\s+(?:learn|know|find\s+out|hear|read|get\s+to\s+know)\s+(?=about\b)/i, 'what does the article say '],
  // "Does the article give a dollar figure for the package": what that figure is. (Whether the
  // article gives it is told by answering or by "the article does not say".)
  [/^(?:does|did)\s+(?:(?:the|this)\s+(?:article|story|text|piece|report)|it)\s+(?:give|list|provide|cite|mention|include|report|state|offer)\s+(?:a|an|any|the)\s+((?:[\w$'’-]+\s+){0,2}?(?:figure|number|date|name|amount|price|cost|value|total|count|estimate|tally))\s+(?=(?:for|of|on)\b)/i, 'what is the $1 '],
  // "Precisely which tariffs…": the stress asks nothing the question word does not.
  [/^(?:precisely|exactly|specifically)\s+(?=(?:which|what|who|whom|when|where|how|why)\b)/i, ''],
  // "Taiwan's take on the claim" is its view of it; "the status of the sale" is what happened to it.
  [/(['’]s|s) take on\b/gi, '$1 view on'],
  [/\bwhat(?:['’]?s| is| was) the (?:latest |current )?status of\b/gi, 'what happened to'],
  [/\b(?:the )?second world war\b|\bworld war (?:two|2)\b|\bww ?(?:two|2)\b/gi, 'World War II'],
  [/\b(?:the )?first world war\b|\bworld war (?:one|1)\b|\bww ?(?:one|1)\b/gi, 'World War I'],
  // "The order set up after 1945", "the post-1945 settlement": the post-war one, as news writes of the
  // world after the Second World War; "back in the 1940s", "the war of the 1940s": that war.
  [/\bpost[\s-]?1945\b/gi, 'post-war'],
  [/\b(?:after|since|following)\s+1945\b/gi, 'after the war'],
  [/\b(?:that|which)\s+(?:followed|came\s+after)\s+1945\b/gi, 'after the war'],
  [/\bthe\s+1945\s+(?=(?:(?:global|international|world)\s+)?(?:outcome|outcomes|triumph|victory|settlement|order|arrangement)\b)/gi, 'the post-war '],
  ...WORLD_WARS.flatMap(worldWarByItsYears),
  // "Did the call include discussion of the war": touch on it, as news tells what a call covered.
  [/\b(include|includes|included|including)\s+(?:(?:a|any|some)\s+)?(?:discussion|mention|talk|conversation)s?\s+(?:of|about|on)\b/gi, (_: string, include: string) => sameForm(include, ['touch on', 'touches on', 'touched on', 'touching on'], ['include', 'includes', 'included', 'including'])],
  // "Chinese and American forces battled together": the two countries, as the text says they fought.
  [/\b([A-Za-z]+)\s+and\s+([A-Za-z]+)\s+(?:forces|troops|soldiers|armies|militaries|sides|peoples)\b/gi, twoPeoples],
  // "The American executive office", "the US presidential residence", "the Oval Office": the White
  // House, as news names the US president's office. (Only an American one: "the presidential office"
  // alone may be Taipei's or Seoul's.)
  [new RegExp(String.raw`\b(?:the\s+)?${AMERICAN}\s+(?:(?:executive|presidential|president['’]s)\s+(?:office|mansion|residence)|mansion)\b`, 'gi'), 'the White House'],
  [/\b(?:the\s+)?(?:executive\s+mansion|oval\s+office|white\s+house)\s+(?:at|on)\s+1600\s+pennsylvania\s+avenue\b/gi, 'the White House'],
  [/\b1600\s+pennsylvania\s+avenue\b/gi, 'the White House'],
  // ("The American president's staff", "US presidential aides": the people of his office.)
  [new RegExp(String.raw`\b(?:the\s+)?${AMERICAN}\s+(?:presidential|president['’]s)\s+(?:staff|staffers|aides|team|advisers|advisors)\b`, 'gi'), 'the White House'],
  // ("The U.S. executive branch": the administration, which speaks as the White House. Only
  // America's: Taiwan's executive branch is its own.)
  [new RegExp(String.raw`\b(?:the\s+)?${AMERICAN}\s+executive\s+branch\b`, 'gi'), 'the White House'],
  // ("The occupant of the Oval Office": the president, not his office.)
  [/\b(?:the\s+)?occupant\s+of\s+the\s+(?:oval\s+office|white\s+house)\b/gi, 'the American president'],
  [/\b(?:the\s+)?(?:executive\s+mansion|oval\s+office)\b/gi, 'the White House'],
  // "The 47th American president": which one by number, which news never counts.
  [/\b(?:the\s+)?\d+(?:st|nd|rd|th)\s+(?=(?:(?:american|u\.?s\.?|us|united\s+states)\s+)?president\b)/gi, 'the '],
  // Countries by their official names: "the People's Republic", "the Republic of Korea".
  [/\b(?:the\s+)?democratic\s+people['’]?s\s+republic\s+of\s+korea\b/gi, 'North Korea'],
  [/\b(?:the\s+)?people['’]?s\s+republic(?:\s+of\s+china)?\b/gi, 'China'],
  [/\b(?:the\s+)?republic\s+of\s+korea\b/gi, 'South Korea'],
  [/\b(?:the\s+)?republic\s+of\s+china\b/gi, 'Taiwan'],
  // "The self-ruled island", "the self-governing territory": news's epithet for a place, no fact asked about.
  [/\bself[\s-](?:ruled|governed|governing|ruling)\s+(?=(?:island|territory|democracy|region)s?\b)/gi, ''],
  [/\b(?:back\s+)?(?:in|during|from)\s+the\s+(?:19)?40s\b/gi, 'in World War II'],
  [/\b(?:sit|sat|sitting|sits) down(?: with)?\b/gi, 'meet'],
  [/\b(?:get|got|gets|getting) together(?: with)?\b/gi, 'meet'],
  // "Who put out the most detailed account": released it, as news says of statements and accounts.
  [/\bput out (?=(?:a|an|the|its|their|his|her|this|that|any)\s)/gi, 'released '],
  [/\bputs out (?=(?:a|an|the|its|their|his|her|this|that|any)\s)/gi, 'releases '],
  [/\bputting out (?=(?:a|an|the|its|their|his|her|this|that|any)\s)/gi, 'releasing '],
  // "What has the administration told Taipei to do": what it urged Taipei to do, not its words.
  [/\b(?:tell|tells|told|telling)\s+([\w'’.-]+)\s+to\s+(?=do\b|doing\b)/gi, 'urged $1 to '],
  // "The 330m arms deal", "US$1.5bn": amounts written the short way, as news spells them out.
  // (Only written onto the number: "5 m" may be metres.)
  [/\b(\d+(?:\.\d+)?)(?:m|mn|mln)\b/gi, '$1 million'],
  [/\b(\d+(?:\.\d+)?)(?:bn|b)\b/gi, '$1 billion'],
  // "On October 30th", "the 30th of October": the day without its ordinal ending, as news writes dates.
  [/\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(\.?\s+\d{1,2})(?:st|nd|rd|th)\b/gi, '$1$2'],
  [/\b(\d{1,2})(?:st|nd|rd|th)\s+of\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi, '$1 '],
  // "Where did they meet prior to this call": before it.
  [/\bprior to\b/gi, 'before'],
  // "Does America have to give Taiwan weapons": whether it is required to.
  // ("Why does the US have to…": why it is required to.)
  [/^((?:why|how come|since when)\s+)?(?:do|does|did)\s+(.+?)\s+(?:have|has|had) to\s+(?!say\b)/i, '$1is $2 required to '],
  // "Who signed off on the arms deal": who approved it.
  [/\bsigned\s+off\s+on\b/gi, 'approved'],
  [/\bsigns\s+off\s+on\b/gi, 'approves'],
  [/\bsigning\s+off\s+on\b/gi, 'approving'],
  [/\bsign\s+off\s+on\b/gi, 'approve'],
  // "Who dropped the most detailed readout": released it (not "dropped the charges").
  [/\b(?:drop|drops|dropped|dropping)\s+(?=(?:a|an|the|its|their|his|her|this|that)\s+(?:[a-z-]+\s+){0,3}(?:readout|read-out|play-by-play|rundown|recap|statement|account|report|version|details|summary|video|transcript)\b)/gi, 'released '],
  // "When did Trump and Xi hop on the phone": when they called.
  [/\b(?:hop|hops|hopped|hopping|jump|jumps|jumped|jumping|got|get|gets|getting)\s+on\s+(?:a|the)\s+(?:phone|call|line)(?!\s+with)\b/gi, 'call'],
  // "Who did Trump get on the phone with", "hop on a call with": whom he called.
  [/\b(?:hop|hops|hopped|hopping|jump|jumps|jumped|jumping|get|gets|got|getting)\s+on\s+(?:a|the)\s+(?:phone|call|line)\s+with\b/gi, 'call'],
  // "Does the US take a side / a stance on…": whether it has a position on it ("take" is no act of its
  // own here). ("Take an official side on…": the adjective stays with the position.)
  ...(
    [['take', 'have'], ['takes', 'has'], ['taking', 'having'], ['took', 'had'], ['taken', 'had'], ['pick', 'have'], ['picks', 'has'], ['picked', 'had'], ['choose', 'have'], ['chose', 'had']] as const
  ).map(([take, have]): [RegExp, string] => [new RegExp(String.raw`\b${take}\s+((?:a|an|any)\s+)?([a-z]+\s+)?(?:sides?|stance|position)\s+(?=on|in|over|regarding)\b`, 'gi'), `${have} $1$2position `]),
  // "What did the two of them talk about": what did they — a pronoun, no number to match.
  [/\b(did|do|does|have|had|were|are|was|will|would|could|can|should)\s+the\s+(?:two|both)\s+of\s+(?:them|em|'em)\b/gi, '$1 they'],
  [/^the\s+(?:two|both)\s+of\s+(?:them|em|'em)\b/i, 'they'],
  [/\bthe\s+(?:two|both)\s+of\s+(?:them|em|'em)\b/gi, 'them'],
  // "What is inside the package": what is in it.
  [/\b(what(?:['’]s| is| was| are| were))\s+inside(?:\s+of)?\b/gi, '$1 in'],
  // "What kind of military hardware is in the arms sale": what it includes — the kind of thing is
  // the answer, which the text names ("fighter jet components"), not words it must also hold.
  [/^(?:what|which)\s+(?:kinds?|sorts?|types?|categor(?:y|ies))\s+of\s+(?:military\s+|defense\s+|defence\s+)?(?:hardware|equipment|materiel|gear|weapons|weaponry|arms|items|things|stuff|systems)\s+(?:is|are|was|were)\s+(?:in|inside|included\s+in|part\s+of|covered\s+by|contained\s+in)\s+/i, 'what is included in '],
  // "Who makes the fighter jet parts": manufactures them — "make" with a made thing is no light verb
  // ("make a call", "made a decision"), and the text must say who produces it.
  [/\b(make|makes|made|making)\s+((?:(?:the|a|an|its|their|these|those|some|all)\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+))(?=\s*[?.!,]*\s*$|\s+(?:for|in|of|that|which|used|on)\b)/gi, (whole: string, make: string, thing: string, words: string) => (madeThing(words) ? `${sameForm(make, MANUFACTURE, MAKE)} ${thing}` : whole)],
  // "Who made the suggestion that…", "by whom was the claim made that…": who suggested, claimed it —
  // a statement named by its noun is told with the verb ("said this month that…").
  [new RegExp(String.raw`^by\s+whom\s+(?:was|were|has\s+been|had\s+been)\s+(?:the|a|an|this|that)\s+${STATEMENT_NOUN}\s+made\s+(?=that\b)`, 'i'), (_: string, noun: string) => `who ${STATEMENT_VERB[noun.toLowerCase()]![2]} `],
  [new RegExp(String.raw`\b(make|makes|made|making)\s+(?:the|a|an|this|that)\s+${STATEMENT_NOUN}\s+(?=that\b)`, 'gi'), (_: string, make: string, noun: string) => `${sameForm(make, STATEMENT_VERB[noun.toLowerCase()]!, MAKE)} `],
  // "Who did Trump ring up": telephoned. (Only with "up": "a ring of protesters" is no call.)
  [/\b(?:ring|rings|ringing|rang|rung) up\b/gi, 'call'],
  // "What was said by Trump about Taiwan": what he said of it — the one saying is who is asked about.
  [/^what\s+(was|has\s+been|were|is)\s+(?:said|stated|claimed)\s+by\s+(.+?)(?=\s+(?:about|on|regarding|concerning|during|in|at|to|after|before)\b|\s*[?.!]*\s*$)/i, (_: string, was: string, who: string) => (/^has/i.test(was) ? `what has ${who} said` : /^is/i.test(was) ? `what does ${who} say` : `what did ${who} say`)],
  // "What role does Xi Jinping hold": who he is, which news tells by the title before the name.
  // (Not "what position does China hold on Taiwan", a view; nor "what role will China play".)
  // ("…hold in the Chinese government": where the title is held says which one, not what else is asked.)
  [/^what\s+(?:role|title|position|post|office|job)\s+(?:does|did|do)\s+(.+?)\s+(?:hold|have|occupy)(?:\s+(?:in|at|within|inside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:government|administration|ministry|cabinet|state|country|party|leadership))?(?=\s*[?.!]*\s*$)/i, 'who is $1'],
  // "What is Xi Jinping's official title", "Lin Jian's job": who the person is (not a place's
  // "role" or "position", which is its part or its view).
  [/^what(?:['’]?s|\s+is|\s+was)\s+((?:[\w.-]+\s+){0,2}?[\w.-]+?)(?:['’]s|s['’]?)?\s+(?:official\s+|formal\s+|exact\s+|full\s+)?(?:title|job|job\s+title|post|office|rank)(?=\s*(?:in\s+(?:this|the\s+(?:article|story|piece))\s*)?[?.!]*\s*$)/i, (whole: string, who: string) => (who.split(/\s+/).some(typedPlace) || /^(?:the|a|an|his|her|their|its)$/i.test(who.split(/\s+/)[0]!) ? whole : `who is ${who}`)],
  // "How much did the US knock the tariffs down by", "bring down some of its tariffs": cut them.
  [/\b(knock|knocks|knocked|knocking|bring|brings|brought|bringing)\s+((?:(?:the|its|their|those|these|some)\s+)?(?:[a-z]+\s+)?(?:of\s+(?:its|their|the)\s+)?)?down\b/gi, (_: string, knock: string, object = '') => `${sameForm(knock, CUT, ['knock', 'knocks', 'knocked', 'knocking'], ['bring', 'brings', 'brought', 'bringing'])} ${object}`.trimEnd()],
  // "Who let it be known that Taiwan had been notified": who announced it.
  [/\blet\s+it\s+be\s+known\b/gi, 'announced'],
  // "How many people call Taiwan home": live there.
  [/\b(call|calls|called)\s+([a-z][\w'’.-]*)\s+home\b/gi, (_: string, call: string, place: string) => `${sameForm(call, ['live', 'lives', 'lived', 'living'], ['call', 'calls', 'called', 'calling'])} in ${place}`],
  // "The state of affairs between Beijing and Tokyo": their relations.
  [/\b(?:the\s+)?(?:current\s+|present\s+)?state\s+of\s+(?:affairs|play|things)\s+between\b/gi, 'relations between'],
  // "What is the present condition of diplomatic relations": how they are.
  [/^what(?:['’]s|\s+is|\s+was)\s+the\s+(?:current\s+|present\s+)?(?:state|condition|status|health)\s+of\s+(?=(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:ties|relations|relationship)\b)/i, 'how are '],
  // "How would one characterize the current state of ties": how they are.
  [/^how\s+(?:would|could|should|might|do|does|can)\s+(?:one|you|i|we|people)\s+(?:characteri[sz]e|describe|sum\s+up|assess)\s+(?:the\s+(?:current\s+|present\s+)?(?:state|status|condition|health)\s+of\s+)?(?=(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:ties|relations|relationship)\b)/i, 'how are '],
  // "How far have relations between Beijing and Tokyo fallen": how bad they are.
  [/^how\s+(?:far|badly|low)\s+(?:have|has|had)\s+((?:the\s+)?(?:[\w'’.-]+\s+){0,3}?(?:ties|relations|relationship)\b.*?)\s+(?:fallen|fell|sunk|sank|deteriorated|declined|dropped|worsened|soured)\b/i, 'how bad are $1'],
  // "Who currently leads Japan's government": who is its leader.
  [/^who\s+(?:(?:currently|now|presently)\s+)?(?:leads|heads|runs)\s+(?:the\s+)?([a-z]+(?:['’]s)?)\s+(?:government|govt|country|nation|cabinet)\b/i, (_: string, owner: string) => `who is ${/['’]s$/i.test(owner) ? owner : `the ${owner}`} leader`],
  // "That October sit-down": that meeting.
  [/\bsit[\s-]downs?\b(?!\s+with)/gi, (match: string) => (/s$/i.test(match) ? 'meetings' : 'meeting')],
  // "Who currently serves as Japan's prime minister": who is.
  [/^who\s+(?:(?:currently|now|presently)\s+)?(serves|served|is serving|was serving)\s+as\b/i, (_: string, serves: string) => (/^serves|^is/i.test(serves) ? 'who is' : 'who was')],
  // "What is the name of the lady who is Prime Minister of Japan", "which woman is…": who is (the
  // text names her by her office, never as a lady).
  [/^(?:(?:what(?:['’]s|\s+is|\s+was)\s+)?(?:the\s+)?name\s+of\s+the|which)\s+(?:person|woman|man|lady|gentleman|guy|gal|fellow|individual)\s+(?:(?:who|that)\s+)?(?=(?:is|was|has|had|did|does|said|says)\b)/i, 'who '],
  // "Which matters did Trump and Xi take up": discuss.
  [/^((?:what|which)\b.*?\b(?:did|do|does|will|would|could))\s+(.+?)\s+take\s+up\b/i, '$1 $2 discuss'],
  // "A good deal of tension": much; "at the time the two men spoke": when.
  [/\ba\s+(?:good|great)\s+deal\s+of\b/gi, 'much'],
  [/\bat\s+the\s+(?:time|moment)\s+(?:that\s+|when\s+)?(?=(?:the|they|he|she|we|both|their|his|her|its)\b)/gi, 'when '],
  // "How long ago did Takaichi make her comments": when ("this month" answers it; "ago" is no word of it).
  [/\bhow\s+long\s+ago\b/gi, 'when'],
  // "Cut by 10 percent": as news writes it, "10%".
  [/(\d)\s*(?:percent|per\s+cent|pct)\b/gi, '$1%'],
  // "Was the package worth more or less than $300 million", "does Taiwan have more or fewer than 20
  // million people": a figure guessed as a bound asks for the figure, which the answer gives.
  [/^(was|were|is|are|did|does|do|has|have|had)\s+(.+?)\s+(?:by\s+)?(?:more|less|fewer|greater|higher|lower|bigger|smaller|over|under|above|below)\s+or\s+(?:more|less|fewer|greater|higher|lower|bigger|smaller|over|under|above|below)(?:\s+than)?\s+(?:about\s+|around\s+)?(?:us)?[$€£]?\d[\d.,]*%?(?:\s+(?:million|billion|thousand|hundred|trillion|percent|dollars))*(?:\s+(?!(?:in|on|at|after|before|since|during|for|of|to|from|by|with)\b)([a-z]+))?(.*)$/i, (_: string, aux: string, rest: string, counted: string | undefined, after: string) =>
    counted ? `how many ${counted} ${aux} ${rest}${after}` : `how much ${aux} ${rest}${after}`],
  // "What part of the world was tense": what region (the world is no word the answer holds).
  [/\b(?:part|corner)(s?)\s+of\s+the\s+(?:world|globe|planet)\b/gi, (_: string, plural: string) => (plural ? 'regions' : 'region')],
  // "The 2 leaders": the two, as news writes a count of people or things.
  [/\b(the|both|these|those|all|between)\s+([2-9])\s+(?=[a-z]+s\b)/gi, (_: string, before: string, digit: string) => `${before} ${['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][Number(digit) - 2]} `],
  // "Was the Russia-Ukraine war part of the conversation": was it discussed in it.
  [/^(was|were|is|are)\s+(.+?)\s+(?:a\s+|any\s+)?part\s+of\s+(?:the|their|that|this)\s+((?:phone\s+)?(?:conversation|call|talks?|discussions?|agenda|exchange|chat))\b/i, '$1 $2 discussed in the $3'],
  // "Did trade come up in the conversation": was it discussed.
  [/\b(?:come|comes|came|coming)\s+up\b(?!\s+with)/gi, 'discussed'],
  // "Which issue moved back to the center of world diplomacy": returned to it.
  // "What has China gone back to buying": resumed buying. (But "going back to Beijing" is returning, below.)
  [/\b(?:go|goes|went|gone|going|get|gets|got|gotten|getting)\s+back\s+to\s+([a-z]+ing)\b/gi, (back: string, doing: string) => (namesAPlace(doing.toLowerCase()) ? back : `resumed ${doing}`)],
  // "Is China back to buying soy": has it resumed buying it.
  [/^(?:is|are)\s+(.+?)\s+back\s+to\s+([a-z]+ing)\b/i, (back: string, who: string, doing: string) => (namesAPlace(doing.toLowerCase()) ? back : `has ${who} resumed ${doing}`)],
  [/\b(move|moves|moved|moving|come|comes|came|coming|go|goes|went|going)\s+back\s+(?=to\b|into\b)/gi, (_: string, move: string) => (/s$/i.test(move) && !/^goes$/i.test(move) ? 'returns ' : /ing$/i.test(move) ? 'returning ' : /^(?:moved|came|went)$/i.test(move) ? 'returned ' : /^goes$/i.test(move) ? 'returns ' : 'return ')],
  // "Where did Trump and Xi catch up face to face": where they met.
  [/\b(?:catch|catches|caught|catching)\s+up(?:\s+with)?\b/gi, 'meet'],
  // "Spoke on the blower": by phone.
  [/\bon\s+the\s+blower\b/gi, 'by phone'],
  // "How did Beijing take the news of the authorization": how it reacted to it.
  [/\b(take|takes|took|taking)\s+the\s+news\s+(?:of|about|that)\b/gi, (_: string, take: string) => sameForm(take, ['react to', 'reacts to', 'reacted to', 'reacting to'], ['take', 'takes', 'took', 'taking'])],
  // "Where did Trump and Xi link up before this": where they met.
  [/\b(?:link|links|linked|linking)\s+up(?:\s+with)?\b/gi, 'meet'],
  // "Their late-October get-together": their meeting.
  [/\bget[\s-]togethers?\b/gi, (match: string) => (/s$/i.test(match) ? 'meetings' : 'meeting')],
  // "Who made public that Taiwan had been notified", "who made the arms deal public", "which body
  // made it known that…": who announced it.
  [/\b(make|makes|made|making)\s+((?:[\w'’$.-]+\s+){0,5}?)(?:public|known)\b/gi, (_: string, make: string, what: string) => [sameForm(make, ANNOUNCE, MAKE), what.trim()].filter(Boolean).join(' ')],
  // "Who went public about getting official notice": who announced it.
  [/\b(go|goes|went|gone|going)\s+public(?:\s+(?:with|about|on))?\b/gi, (_: string, go: string) => sameForm(go, ANNOUNCE, ['go', 'goes', 'went|gone', 'going'])],
  // "What was the summit supposed to achieve": its purpose, which news tells as what was sought.
  [/^(what)\s+(was|were|is|are)\s+((?:the|that|this|those|these|their|its)\s+[\w'’ -]+?)\s+(?:supposed|meant|intended|designed)\s+to\s+(?:achieve|accomplish|deliver|bring\s+about)\b/gi, '$1 $2 the purpose of $3'],
  // "What was the aim of that summit": its purpose too.
  [/^(what)\s+(was|were|is|are)\s+the\s+(?:main\s+|chief\s+|stated\s+)?(?:aim|aims|goal|goals|objective|objectives)\s+of\b/gi, '$1 $2 the purpose of'],
  // "Who used the phrase 'jointly safeguard…'", "who uttered those words": who said it.
  // (Not the article's own use: "strategic ambiguity as the article uses the term".)
  [/(?<!\b(?:article|story|text|piece|report)\s+)\b(use|uses|used|using|utter|utters|uttered|uttering|invoke|invokes|invoked|invoking)\s+(?:the|that|this|those|these)\s+(?:phrase|words?|expression|term|line|wording|slogan)\b/gi, (_: string, verb: string) => (/ing$/i.test(verb) ? 'saying' : /d$/i.test(verb) ? 'said' : /s$/i.test(verb) ? 'says' : 'say')],
  // "Why were they trying to patch things up", "mend fences": make relations steady again, as news says it.
  [/\b(?:(?:patch|patches|patched|patching)\s+(?:things|it|relations|ties)\s+up|(?:patch|patches|patched|patching)\s+up\s+(?:things|relations|ties)|(?:mend|mends|mended|mending)\s+(?:fences|ties|relations)|(?:smooth|smooths|smoothed|smoothing)\s+things\s+over)\b/gi, 'stabilize relations'],
  // "Taiwan being handed back to China": returned to it.
  [/\b(hand|hands|handed|handing|give|gives|gave|given|giving)\s+back\b/gi, (_: string, hand: string) => sameForm(hand, ['return', 'returns', 'returned', 'returning'], ['hand', 'hands', 'handed', 'handing'], ['give', 'gives', 'gave|given', 'giving'])],
  // "When do lawmakers come back", "did prices go up", "have sales gone down": "come", "go" and
  // "get" are stop words alone, so the particle would stand for the verb ("back" ~ support).
  // (Only these pairs, which news says in one word; not "go up against" a rival.)
  [/\b(come|comes|came|coming|go|goes|went|gone|going|get|gets|got|gotten|getting)\s+back\b(?!\s+to\s+[a-z]+ing\b)/gi, (_: string, verb: string) => sameForm(verb, ['return', 'returns', 'returned', 'returning'], ['come', 'comes', 'came', 'coming'], ['go', 'goes', 'went|gone', 'going'], ['get', 'gets', 'got|gotten', 'getting'])],
  [/\b(go|goes|went|gone|going)\s+up\b(?!\s+against\b)/gi, (_: string, verb: string) => sameForm(verb, ['rise', 'rises', 'rose', 'rising'], ['go', 'goes', 'went|gone', 'going'])],
  [/\b(go|goes|went|gone|going)\s+down\b/gi, (_: string, verb: string) => sameForm(verb, ['fall', 'falls', 'fell', 'falling'], ['go', 'goes', 'went|gone', 'going'])],
  // "Where does Taiwan's return fit in the post-war order": how it relates, not a place.
  [/\bwhere\s+(does|do|did|would|will|should|could)\s+(?=(?:[\w.'’-]+\s+){1,8}?fits?\s+(?:in|into|within)\b)/gi, (_: string, aux: string) => `how ${aux} `],
  // "Japan could hit back militarily", "how did Beijing strike back": respond, as news writes it.
  [/\b(hit|hits|hitting|strike|strikes|struck|striking)\s+back(\s+at)?\b/gi, (_: string, hit: string, at?: string) => sameForm(hit, ['respond', 'responds', 'responded', 'responding'], ['hit', 'hits', 'hit', 'hitting'], ['strike', 'strikes', 'struck', 'striking']) + (at ? ' to' : '')],
  // "Who told the public that Taipei had been notified": who announced it.
  [/\b(tell|tells|told|telling|inform|informs|informed|informing)\s+the\s+(?:public|press|world|media)\b/gi, (_: string, tell: string) => sameForm(tell, ANNOUNCE, ['tell', 'tells', 'told', 'telling'], ['inform', 'informs', 'informed', 'informing'])],
  // "By how much did Washington scale back its tariffs", "roll back", "dial back": cut them.
  [/\b(scale|scales|scaled|scaling|roll|rolls|rolled|rolling|pare|pares|pared|paring|dial|dials|dialed|dialled|dialing|dialling|ratchet|ratchets|ratcheted|ratcheting)\s+(back|down)\b(?!\s+(?:on|from)\b)/gi, (match: string, verb: string, particle: string) =>
    /^(?:roll|rolls|rolled|rolling|pare|pares|pared|paring)$/i.test(verb) && particle.toLowerCase() === 'down' ? match : sameForm(verb, CUT, ['scale', 'scales', 'scaled', 'scaling'], ['roll', 'rolls', 'rolled', 'rolling'], ['pare', 'pares', 'pared', 'paring'], ['dial', 'dials', 'dialed|dialled', 'dialing|dialling'], ['ratchet', 'ratchets', 'ratcheted', 'ratcheting'])],
  // "What did Xi call on both sides to pursue": what he urged them to do. (Not "called on Monday to…".)
  [/\b(call|calls|called|calling)\s+(?:up)?on\s+(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+(?:phone|line|call)|[a-z]+\.?\s+\d)\b)(?=(?:[\w'’.-]+\s+){1,4}?to\s+[a-z]+)/gi, (_: string, call: string) => `${sameForm(call, ['urge', 'urges', 'urged', 'urging'], ['call', 'calls', 'called', 'calling'])} `],
  // "When did the war first start": a start is the first of it; "first" adds no word the text need write.
  [/\bfirst\s+(?=(?:start|starts|started|starting|begin|begins|began|begun|beginning|break\s+out|broke\s+out|erupt|erupted)\b)/gi, ''],
  // "How many acres has the fire burned so far": until now, which any figure the text gives is;
  // "far" would ask for a distance the text does not give.
  [/\s*(?<!\bhow\s+)\b(?:so|thus)\s+far\b(?!\s+(?:from|away)\b)/gi, ''],
  // "What did the US share after the call ended": after the call — its end is no event asked about.
  // ("After it was over": after it, which the rest of the question says.)
  [/\b(after|once)\s+(?:it|the\s+([a-z]+))\s+(?:had\s+)?(?:ended|finished|concluded|was\s+over|wrapped\s+up)\b/gi, (_: string, after: string, thing?: string) => (thing ? `${after} the ${thing}` : '')],
  // "How did China react to what Takaichi said": to her remarks — the saying is the thing reacted
  // to, not what is asked. (Only at the end: "what did Xi say" asks for words.)
  [/\b(to|about|over|at|by|on)\s+what\s+(?!(?:was|were|is|are|had|has|have|been|be|being|will|would|could|might|may|exactly|they|he|she|it|we|you|i)\b)((?:[\w.'’-]+\s+){0,2}?[\w.'’-]+)\s+(?:had\s+|has\s+)?(?:said|says|stated|wrote|claimed|remarked)(?=\s*[?.!]*\s*$)/gi, (_: string, to: string, who: string) => `${to} ${/['’]s$/i.test(who) ? who : `${who}'s`} remarks`],
  // "What did they end up talking about": what they talked about — how it came about is no topic.
  [/\b(?:end|ends|ended|ending)\s+up\s+(?=[a-z]+ing\b)/gi, ''],
  // "How does Taiwan respond to China saying the island belongs to it": to China's claim — what
  // was claimed is the thing reacted to, told where the claim is named ("rejects Beijing's claim").
  [/\b((?:respond|responds|responded|responding|react|reacts|reacted|reacting|reply|replies|replied|replying|response|responses|reaction|reactions)\s+to)\s+((?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?)\s+(?:saying|claiming|insisting|asserting|arguing)\b.*$/gi, (_: string, respond: string, who: string) => `${respond} ${/['’]s$/i.test(who) ? who : `${who}'s`} claim`],
  // "They met in the fall": the season, which news may date by its months (not "the fall of the regime", "prices fall").
  [/\b(in|during|by|this|last|next|early|late)\s+(the\s+)?fall\b(?!\s+of\s+(?!\d{4}\b))/gi, '$1 $2autumn'],
  // "In what manner did Xi say it should end": how.
  [/\bin\s+what\s+(?:manner|way|fashion)\b/gi, 'how'],
  // "Take place" is to happen: "took" and "place" are no words the text must have.
  [/\b(take|takes|took|taken|taking)\s+place\b/gi, (_: string, take: string) => sameForm(take, ['happen', 'happens', 'happened', 'happening'], ['take', 'takes', 'took|taken', 'taking'])],
  // "What did Xi say about getting to the bottom of the war": its root, which the text may name.
  [/\b(?:get|gets|got|getting|gotten)\s+to\s+the\s+(?:bottom|root|heart)\s+of\b/gi, 'the root of'],
  // "Where and on what date did they meet": where and when (the date is the second kind asked).
  [/\b(where|who|what|how\s+much|how\s+many)\s+and\s+(?:on|at|in)\s+(?:what|which)\s+(?:date|day)\b/gi, '$1 and when'],
  // "How far have things fallen between Beijing and Tokyo": how bad their relations are.
  [/^how\s+(?:far|low|much)\s+(?:have|has|had)\s+(?:things|matters|the\s+relationship|(?:the\s+)?((?:[\w.'’-]+\s+){0,2})(?:relations|ties))\s+(?:fallen|sunk|dropped|slipped|deteriorated|worsened|soured|declined)\b/i, 'how bad are $1relations'],
  // "How things stand between Beijing and Tokyo", "how do matters now stand between…": their relations.
  [/\bhow\s+(?:do\s+|did\s+)?(?:things|matters|affairs)\s+(?:presently\s+|currently\s+|now\s+)?(?:stand|stood)\s+(?=between\b)/gi, 'how are relations '],
  // "What were Takaichi's remarks about": what she said (the words are the answer, not a topic list).
  [/^what\s+(?:was|were|is|are)\s+((?:[\w.-]+\s+){0,2}?[\w.-]+)['’]s?\s+(?:remarks|comments|statements?|words|speech|message|warning|comment|remark)\s+(?:all\s+|really\s+)?about\s*([?.!]*)\s*$/i, 'what did $1 say$2'],
  // "What was the 'shoulder to shoulder' line about": what is meant by the words.
  [new RegExp(String.raw`^what\s+(?:was|is|were|are)\s+(?:the|that|this|his|her|their|[\w.'’-]+['’]s)\s+(.+?)\s+(?:${LINE_NOUNS}|remark|remarks|comment|comments|phrase|bit|words)\s+(?:all\s+)?about\b`, 'i'), 'what is meant by $1'],
  // "Where's China at on ending the war": where it stands on it, its position (chat).
  [/^where(?:['’]?s|\s+is|\s+are|['’]re)\s+(.+?)\s+at\s+(?=(?:on|with|regarding|about|over)\b)/i, (_: string, who: string) => `where ${/s$/i.test(who) && !/ss$/i.test(who) ? 'do' : 'does'} ${who} stand `],
  // "Where do China-Japan relations stand": how they are — no place asked.
  // (So does "describe where China-Japan relations stand", a question told in a statement's order.)
  [/^(?:(?:describe|explain|tell\s+me|show\s+me)\s+)?where\s+(?:(?:do|does|did)\s+)?((?:[\w.'’-]+\s+){0,4}?(?:ties|relations|relationship))\s+(?:now\s+)?(?:stand|stands|stood)\b/i, 'how are $1'],
  // "Did Beijing spell out its role": specify it (the text: "short on specifics").
  [/\bspell(s|ed|ing)?\s+out\b/gi, (_: string, ending = '') => ({ s: 'specifies', ed: 'specified', ing: 'specifying' } as Record<string, string>)[ending] ?? 'specify'],
  // "Did the presidents converse by telephone": hold a phone call, as news tells it.
  // ("Which leader did Trump speak with by telephone": the "with" stays with the call.)
  [new RegExp(String.raw`\b(${TALKING_WORDS})(\s+(?:with|to))?\s+(?:by|over\s+the|on\s+the|via)\s+(?:tele)?phone\b`, 'gi'), (_: string, verb: string, withWord = '') => `${sameForm(verb, HOLD, ...TALKING)} a phone call${withWord ? ' with' : ''}`],
  // "When did the Japanese PM make the Taiwan comments": when she said so — a text dates the saying
  // ("who said this month that…"), and "comments" may be another's ("Xi's comments come as…").
  [/^(when)\s+(did|does|do|has|have|had|will)\s+(.+?)\s+(?:make|made)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|those\s+|these\s+)?((?:[\w'’-]+\s+){0,2}?)(?:comments?|remarks?|statements?)\b/i, (_: string, wh: string, aux: string, who: string, about: string) =>
    `${wh} ${aux} ${who} ${/^ha/i.test(aux) ? 'said' : 'say'} that${about.trim() ? ` about ${about.trim()}` : ''}`],
  // Idioms, told as news tells them: "who got on the horn with Xi" (a phone call), "did the White
  // House spill any beans" (reveal details), "who blew up over the sale" (protested it), "who let
  // the public know" (announced), "the fullest readout" (the most detailed).
  [/\b(get|gets|got|gotten|getting)\s+on\s+the\s+(?:horn|blower)\s+(together|with)\b/gi, (_: string, get: string, how: string) => `${sameForm(get, HOLD, GET)} a phone call ${how.toLowerCase()}`],
  [/\b(spill|spills|spilled|spilt|spilling)\s+(?:any|the|some)\s+(?:most\s+|more\s+)?beans\b/gi, (_: string, spill: string) => `${sameForm(spill, ['reveal', 'reveals', 'revealed', 'revealing'], ['spill', 'spills', 'spilled|spilt', 'spilling'])} details`],
  [/\b(kick|kicks|kicked|kicking|raise|raises|raised|raising|make|makes|made|making)\s+up\s+an?\s+(?:fuss|stink|row|storm)\b|\b(raise|raises|raised|raising|make|makes|made|making)\s+an?\s+(?:fuss|stink)\b/gi, (_: string, kick?: string, raise?: string) =>
    sameForm(kick ?? raise ?? '', PROTEST, ['kick', 'kicks', 'kicked', 'kicking'], ['raise', 'raises', 'raised', 'raising'], MAKE)],
  [/\b(blow|blows|blew|blown|blowing)\s+up\s+(?:over|about|at)\b/gi, (_: string, blow: string) => sameForm(blow, PROTEST, ['blow', 'blows', 'blew|blown', 'blowing'])],
  [/\b(let|lets|letting)\s+(?:the\s+public|the\s+world|everyone|everybody|people|reporters|the\s+press)\s+know\b/gi, (_: string, letVerb: string) => sameForm(letVerb, ['announced', 'announces', 'announced', 'announcing'], ['let', 'lets', '', 'letting'])],
  [/\bon\s+the\s+(?:menu|docket|table)\s+(?=for|at|during|in|on)/gi, 'on the agenda '],
  // "Ukraine on the agenda too?", "was trade on the agenda": was it discussed (what "agenda" names
  // is the talks, which a yes/no question with no talk of its own leaves unsaid).
  [/^(?:(was|were|is|are)\s+)?(?!(?:what|which|who|how|when|where|why)\b)((?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)\s+on\s+the\s+agenda((?:\s+(?:too|as\s+well|also))?\s*[?.!]*)\s*$/i, (_: string, was: string | undefined, what: string, end: string) => `${was ?? 'was'} ${what} discussed${end}`],
  // "Is Japan on good terms with China": how their relations are.
  [/\b(?:on|in)\s+(good|bad|poor|friendly|decent|better|worse|speaking|cordial|strained)\s+terms\s+with\b/gi, (_: string, how: string) => `having ${how} relations with`],
  // (Of two accounts, "the fuller" is the most detailed too.)
  [/\b(?:the\s+)?(?:fullest|fuller|(?:most|more)\s+(?:complete|comprehensive|thorough|extensive|in-depth|exhaustive|blow-by-blow|play-by-play)|more\s+detailed)\s+(?=(?:[\w-]+\s+)?(?:readout|read-out|account|version|description|report|summary|rundown|recap|play-by-play)\b)/gi, 'the most detailed '],
  // "Which part of the Chinese government gave…": which body of it.
  [/\bwhich\s+(?:part|parts|branch|wing|organ|section|division)\s+(?=of\s+(?:the\s+|its\s+|their\s+)?(?:[\w.'’-]+\s+){0,2}?(?:government|govt|administration|state|regime|cabinet|leadership)\b)/gi, 'which body '],
  // "When is Trump going to Beijing": visiting it (not "going to" of the future, "going to meet").
  [/\b(going|headed|heading)\s+to\s+((?:the\s+)?[A-Za-z.'’-]+)/gi, (whole: string, _go: string, place: string) => (namesAPlace(place.replace(/^the\s+/i, '').replace(/['’]s$/i, '').toLowerCase()) ? `visiting ${place}` : whole)],
  // "In whose words were China and the U.S. described as…": who said so.
  [/^in\s+whose\s+(?:words|telling|account|view)\s*,?\s+(?:(?:was|were|is|are)\s+(.+?)\s+(?:described|called|characteri[sz]ed|portrayed|depicted)\s+as\s+)?/i, (_: string, what?: string) => (what ? `who said ${what} ` : 'who said ')],
  // "The way things have gone between the two countries": their relations.
  [/\b(?:the\s+)?way\s+(?:things|matters|it)\s+(?:have|has|had)\s+(?:gone|been\s+going|developed|progressed)\s+(?=between\b)/gi, 'relations '],
  // (So do "how does Xi feel things have gone between the two", "how things have been going between".)
  [/\b(?:things|matters)\s+(?:have|has|had)\s+(?:gone|been\s+going|developed|progressed|been)\s+(?=between\b)/gi, 'relations have been '],
  // "The bad blood between China and Japan": their bad relations.
  [/\bbad\s+blood\s+(?=between\b)/gi, 'bad relations '],
  // "How deep does the rift run": how serious it is — a degree told in words, not a measure.
  [/^how\s+deep\s+(?:does|do|did)\s+(.{1,80}?)\s+(?:run|go|reach)\b/i, 'how serious is $1'],
  // "Who currently holds the presidency of Taiwan": who is its president.
  [/^who\s+(?:(?:currently|now|presently)\s+)?(?:holds|occupies|has)\s+the\s+(presidency|premiership|chancellorship)\s+(?=of|in)\b/i, (_: string, office: string) => `who is the ${({ presidency: 'president', premiership: 'prime minister', chancellorship: 'chancellor' } as Record<string, string>)[office.toLowerCase()]} `],
  // "Was Ukraine raised on the call", "was trade brought up": discussed.
  [/^((?:was|were|is|are)\s+.{1,60}?)\s+(?:raised|brought\s+up|broached)\b(?=\s+(?:on|during|in|at)\b|\s*[?.!]*\s*$)/i, '$1 discussed'],
  // "Why does Japan's position carry extra weight for Xi": it adds weight to his concern — one
  // idiom for another, neither of whose verbs a text must share.
  [/\b(carry|carries|carried|carrying)\s+(?:(?:extra|added|additional|more|particular|special|greater|much|real)\s+)?weight\b/gi, (_: string, carry: string) => `${sameForm(carry, ['add', 'adds', 'added', 'adding'], ['carry', 'carries', 'carried', 'carrying'])} weight`],
  // "Which principle China say the sale violated": a learner's question without its "did".
  [/^([Ww]hat|[Ww]hich\s+[\w-]+|[Ww]ho|[Ww]hom|[Hh]ow|[Ww]hy|[Ww]hen|[Ww]here)\s+((?:the\s+)?\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*)?)\s+(say|think|want|mean|claim|believe)\b/u, '$1 did $2 $3'],
  // ("Which principle Beijing said was violated": in the past, with the clause said.)
  [/^([Ww]hat|[Ww]hich\s+[\w-]+)\s+((?:the\s+)?\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*)?)\s+(said|thought|claimed|believed)\s+(?=(?:was|were|is|are|had|has|would|could|should|will)\b)/u, (_: string, wh: string, who: string, verb: string) =>
    `${wh} did ${who} ${({ said: 'say', thought: 'think', claimed: 'claim', believed: 'believe' } as Record<string, string>)[verb] ?? verb} `],
  // "What is the exact quote from Xi about Taiwan", "what was the statement by the spokesperson":
  // what the one named said.
  [/^what(?:\s+(?:is|was|are|were)|'s)\s+(?:the|a)\s+(?:(?:exact|actual|precise|full|direct|verbatim)\s+)?(?:quote|quotes|quotation|quotations|statement|statements|words|wording|remarks?|comments?)\s+(?:from|by)\s+((?:the\s+)?[\w.'’-]+(?:\s+(?!about|on|regarding|concerning|over|in|during)[\w.'’-]+){0,3}?)(?=\s+(?:about|on|regarding|concerning|over|in|during)\b|\s*[?.!]*\s*$)/i, 'what did $1 say'],
  // "According to which body did Xi call for…": which body said he did.
  [/^according\s+to\s+(which|what)\s+(body|bodies|ministry|agency|government|office|department|organi[sz]ation|authority|officials?)\s*,?\s+(?:did|does|do)\s+/i, (_: string, which: string, body: string) => `${which.toLowerCase()} ${body} said that `],
  // "Where did the two leaders convene before the call": met (not "the summit was convened", which holds it).
  [/\b(convene|convenes|convened|convening)\b(?=\s+(?:in|at|on|prior|before|after|during|with|together)\b|\s*[?.!]*\s*$)/gi, (verb: string, ...rest: unknown[]) =>
    // (String.replace passes the match's offset and the whole text after the group.)
    /\b(?:was|were|been|is|are)\b/i.test(String(rest[2]).slice(0, Number(rest[1]))) ? verb : sameForm(verb, MEET, ['convene', 'convenes', 'convened', 'convening'])],
  // "The aggregate dollar value": the total.
  [/\b(?:aggregate|overall|combined|cumulative)\s+(?=(?:dollar\s+|monetary\s+)?(?:value|cost|price|worth|amount|sum)\b)/gi, 'total '],
  // "Why would Xi be worried about Japan's stance, given its ties to Washington": a clause of context
  // after the question; its words may help find the passage, but "given" is no event it must tell.
  [/(?:,\s*|\s+)given\s+(?:that\s+)?(?=(?:its|their|his|her|how|who|what|the|that|all)\b)/gi, ', with '],
  // "What was Xi talking about with WW2", "what was he going on about": what he said about it.
  [/^what\s+(?:was|is|were|are)\s+(.+?)\s+(?:talking|going\s+on|banging\s+on|harping\s+on|rambling\s+on)\s+about\s+(?:with|regarding|concerning|re)\s+/i, 'what did $1 say about '],
  [/^what\s+(?:was|is|were|are)\s+(.+?)\s+(?:going|banging|harping|rambling)\s+on\s+about(?=\s*[?.!]*\s*$)/i, 'what did $1 say'],
  // "Is there a quote from Xi about Taiwan", "Xi's exact words on Taiwan", "what's Xi's exact line on
  // Taiwan": what he said about it.
  [/^(?:(?:is|was)\s+there\s+(?:a|any)\s+(?:direct\s+|exact\s+|actual\s+)?(?:quote|quotation|comment|statement)s?\s+(?:from|by)\s+((?:[\w.'’-]+\s+){0,2}?[\w.'’-]+?)|(?:(?:i\s+(?:need|want|would\s+like|'d\s+like)|give\s+me|show\s+me|what\s+(?:were|are|is|was)|what['’]?s)\s+)?((?:[\w.'’-]+\s+){0,2}?[\w.'’-]+?)['’]s?\s+(?:exact|own|actual|precise)\s+(?:words|wording|line|lines|quote|statement|remarks|comments))\s+(?:on|about|regarding|concerning)\s+/i, (_: string, from?: string, owner?: string) => `what did ${from ?? owner} say about `],
  // "What were they trying to achieve at the summit": what they sought there ("achieve" names no
  // deed of its own; the aim is the answer).
  [new RegExp(String.raw`\b(${AIMING.flat().join('|')})\s+to\s+(?:achieve|accomplish|get\s+done)\b`, 'gi'), (_: string, verb: string) => sameForm(verb, SEEK, ...AIMING)],
  // "Where did the most detailed description of the call come from": who is its source.
  // (Only for something told: "where did the leaders come from" asks their origin.)
  [/^where\s+(?:did|does|do)\s+((?:[\w'’-]+\s+){0,4}?(?:account|description|report|readout|information|info|quote|claim|news|statement|details?|figures?|numbers?)\b.*?)\s+come\s+from(?=\s*[?.!]*\s*$)/i, 'who is the source of $1'],
  // "The 330 million dollar deal", "the 330-million-dollar deal": a sum the text writes with its sign ("US$330 million").
  [/\$?(\d[\d,.]*)(?:[\s-]+(thousand|million|billion|trillion))?[\s-]+(?:(?:us|u\.s\.|american)[\s-]+)?dollars?\b/gi, (_: string, sum: string, scale: string | undefined) => `$${sum}${scale ? ` ${scale}` : ''}`],
  // "How does Xi describe the state of US-China ties": the ties.
  [/\bthe\s+(?:state|condition|health)\s+of\s+(?=(?:[\w.'’-]+\s+){0,3}?(?:ties|relations|relationship)\b)/gi, ''],
  // "Who was on the other end of Trump's Monday phone call": whom he called.
  [/^who\s+(?:was|is)\s+on\s+the\s+other\s+end\s+of\s+([\w.'’-]+?)['’]s?\s+((?:[\w-]+\s+){0,2}?)(?:phone\s+)?(?:call|line)\b/i, (_: string, caller: string, when: string) => `who did ${caller} call ${when}`.trimEnd()],
  // "Who was on the call", "who took part in the talks": who held them, as news tells the parties.
  [/^who\s+(?:(?:was|were|is|are)\s+(?:on|in|part\s+of|involved\s+in)|(?:took|take|takes|taking)\s+part\s+in|participated\s+in|participates\s+in|joined|had)\s+(the\s+(?:[\w'’-]+\s+){0,2}?(?:call|meeting|summit|talks|conversation))\b/i, 'who held $1'],
  // "Was the call on Tuesday or what day was it", "did they meet in Seoul or where was it": the
  // question after "or" is what is asked; the guess before it is no word the answer must hold.
  [/^(was|were|is|are|did|does)\s+(.+?)\s+(?:on|in|at)\s+[\w.'’ -]{1,25}?\s+or\s+(what\s+[a-z]+|which\s+[a-z]+|when|where)\s+(?:was|is|were|are|did)\s+(?:it|they|that)\b\s*([?!.]*)\s*$/i, '$3 $1 $2$4'],
  // "How many topics came up on the call": the text lists them without counting ("touched on Taiwan,
  // trade policy and the Ukraine conflict"); the list is the answer, which the asker counts.
  [/^how\s+many\s+(?:different\s+|separate\s+|main\s+|major\s+)?(topics|issues|subjects|themes|matters|areas)\b/i, 'what $1'],
  // "Did they talk about Ukraine at all, what did Xi say", "did Ukraine come up on the call, what did
  // Xi say": what he said of it — the first question names the topic the second asks about.
  [new RegExp(String.raw`^(?:so\s+)?did\s+(?:they|the\s+(?:two\s+)?(?:leaders|presidents|men)|[\w.'’-]+\s+and\s+[\w.'’-]+)\s+(?:talk|speak|touch)\s+(?:about|on)\s+([^,?]+?)${THEN_WHAT_DID_X_SAY}`, 'i'), 'what did $2 say about $1$3'],
  [new RegExp(String.raw`^(?:so\s+)?did\s+([^,?]+?)\s+(?:come\s+up|discussed)(?:\s+(?:on|in|during)\s+the\s+[\w-]+)?${THEN_WHAT_DID_X_SAY}`, 'i'), 'what did $2 say about $1$3'],
  // "Which spokesperson is quoted reacting to the sale": who reacted — being quoted is how the text tells it.
  // ("Who is the spokesman quoted objecting to the deal": after a noun too, the spokesman objecting.)
  [/\b(?:(?:is|was|are|were)\s+)?(?:quoted|cited)\s+(?:as\s+)?(?=[a-z]+ing\b)/gi, ''],
  // "Xi's remark on Taiwan's return?", "Xi's line on Ukraine": a noun phrase for what someone said is asking what they said.
  [new RegExp(String.raw`^(?!${ASKS})((?:[\w.'’-]+\s+){0,2}?[\w.'’-]+?)['’]s?\s+(?:remarks?|comments?|words|statements?|line|take)\s+(on|about|regarding|over)\s+(?=\S)`, 'i'), (_: string, who: string) => `what did ${who} say about `],
  // "Who, according to Taipei's government, has the right to…": the source told first, as in
  // "according to Taipei's government, who has…".
  [/^(who|whom|what|when|where|why|how(?:\s+(?:much|many|long|far))?|which\s+[\w-]+),\s+((?:according\s+to|per)\s+[^,?]{1,60}?),\s*/i, '$2, $1 '],
  // ("who called who did trump or xi start the call": typed without its comma.)
  [/^(who\s+[a-z]+\s+whom?)\s+(?=(?:did|was\s+it|is\s+it)\s)/i, '$1, '],
  // "Who called who, did Trump or Xi initiate it?", "…, did Trump call Xi or the other way round":
  // the second question offers the two parties, as "who called who, Trump or Xi" does.
  [/^(who\b[^,?!]*?)\s*(?:[,?!]+|\s-+)\s*(?:did|was\s+it|is\s+it)\s+((?:the\s+)?[\w.]+)\s+or\s+((?:the\s+)?[\w.]+)\b(?:\s+(?:who|that)\b)?[^,?!]*([?!.]*)\s*$/i, '$1, $2 or $3$4'],
  // (So does the yes/no question alone: "did Trump call Xi or was it the other way round".)
  [/^did\s+((?:the\s+)?[\w.]+)\s+(?:call|phone|ring|contact|reach\s+out\s+to)\s+((?:the\s+)?[\w.]+)\s*,?\s+or\s+(?:was\s+it\s+|is\s+it\s+)?(?:the\s+other\s+way(?:\s+(?:round|around))?|vice\s+versa)\b[^?!]*([?!.]*)\s*$/i, 'who called who, $1 or $2$3'],
  [/^(who\b[^,?!]*?)\s*(?:[,?!]+|\s-+)\s*(?:did|was\s+it)\s+((?:the\s+)?[\w.]+)\s+[a-z]+\s+((?:the\s+)?[\w.]+)\s+or\s+(?:was\s+it\s+)?(?:the\s+other\s+way(?:\s+(?:round|around))?|vice\s+versa)\b[^?!]*([?!.]*)\s*$/iu, '$1, $2 or $3$4'],
  [/^(who\b[^,?!]*?)\s*(?:[,?!]+|\s-+)\s*did\s+((?:the\s+)?[\w.]+)\s+[a-z]+(?:\s+(?:it|the\s+[a-z]+|out|up|off|first))*?\s+or\s+(?:did\s+|was\s+it\s+)?((?:the\s+)?[\w.]+)\b[^?!]*([?!.]*)\s*$/i, '$1, $2 or $3$4'],
  // "Who called who, was it Trump that reached out?", "…, did Trump call Xi or did Xi call Trump":
  // who started the call, where no rule above read the two parties offered.
  [/^who\s+(?:called|phoned|rang|contacted)\s+(?:who|whom)(?:\s+first)?\s*(?:[,?!]+|\s-+)\s*(?:was\s+it|did)\s+(?:the\s+)?[\w.]+\s+(?:(?:that|who)\s+)?(?:reached\s+out|reach\s+out|called|call|initiated|initiate|phoned|phone|rang|ring|started\s+it|start\s+it|made\s+the\s+call|make\s+the\s+call|placed\s+the\s+call|place\s+the\s+call)\b[^?!]*([?!.]*)\s*$/i, 'who initiated the call$1'],
  // "In Xi's view, how should…": according to Xi — "view" is the asking, not a word of the answer.
  [/^in\s+((?:[\w.'’-]+\s+){0,2}?[\w.'’-]+?)['’]s?\s+(?:view|opinion|words|telling|account|estimation|mind),\s*/i, 'according to $1, '],
  // "What was Trump told by Xi", "what were officials assured of by Beijing": what Xi told Trump
  // — the one told stands first, but the one who speaks is the one after "by".
  [/^(what|which\s+[\w-]+)\s+(?:was|were)\s+((?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?)\s+(told|asked|promised|assured|warned|urged|informed|reminded)(?:\s+of)?\s+by\s+((?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)(?=\s+(?:that|to|about|on|over|regarding|during|in)\b|\s*[?.!]*\s*$)/i, '$1 had $4 $3 $2'],
  // "What was posted by Trump after the call": what Trump had posted — asked of the one who acts,
  // as the text tells it. (Not "reduced by 10%": a figure is no one who acts.)
  [/^(what|which\s+[\w-]+)\s+(?:was|were)\s+((?:first|later|also|then|officially|publicly|formally)\s+)?([a-z]+(?:ed|en|wn|ld|id|nt|ne|ht))\s+by\s+(?![\d$])((?:(?:the|a|an)\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)(?=\s+(?:about|on|over|regarding|during|in|after|before|to|at|when|for|earlier|later|this|last|afterwards?)\b|\s*[?.!]*\s*$)/i, '$1 had $4 $2$3'],
  // "Who's the source for Xi backing the initiative", "according to whom did Xi say…": who said it,
  // as the text names its sources ("Chinese officials said Xi…"). (Not "the source for what Xi
  // said", or "the source of the account": the account is not what was said.)
  [/^who(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?sources?\s+(?:(?:for|behind)\s+(?:the\s+(?:claim|report|statement|word|idea|line)s?\s+(?:that\s+|about\s+)?)?|of\s+the\s+(?:claim|report|statement|word|idea|line)s?\s+(?:that\s+|about\s+)?)(?!what\b)/i, 'who said '],
  [/^according\s+to\s+whom\s+(?:did|does|do)\s+(.+?)\s+say\b/i, 'who said $1 said'],
  [/^who\s+(?:reported|relayed|claimed)\s+that\s+/i, 'who said '],
  // "Who described the relationship as steady": who said it is — the text may say so in other words.
  [/^who\s+(?:described|characteri[sz]ed|portrayed|depicted)\s+(.+?)\s+as\s+/i, 'who said $1 is '],
  // "By whom were the remarks denounced?": who denounced them.
  [/^by\s+whom\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(.+?)\s+([a-z]+(?:ed|en|wn|ld|id|nt))\s*([?.!]*)\s*$/i, 'who $2 $1$3'],
  // "What kind of efforts does Beijing say it will back": what it will back — the saying only reports it.
  // (Only when the pronoun is the one who says: in "how does Xi say it should be solved", "it" is the war.)
  [/\b(?:does|did|do)\s+((?:[\w.'’-]+\s+){0,2}?[\w.'’-]+)\s+say\s+(?:that\s+)?(it|they|he|she|we)\s+(will|would|could|can|should|might|must)\s+(?=[a-z])/gi, (whole: string, sayer: string, pronoun: string, modal: string) =>
    (pronounOfSayer(sayer, pronoun) ? `${modal} ${sayer} ` : whole)],
  // "Who is entitled to determine the island's future", "who has the sole right to decide it": who may.
  [/\b(?:(?:alone|solely|only)\s+)?(?:is|are|was|were)\s+(?:solely\s+|alone\s+)?entitled\s+to\s+(?=[a-z])/gi, 'may '],
  [/\b(who|which\s+[a-z]+)['’]s\s+(?:solely\s+|alone\s+)?entitled\s+to\s+(?=[a-z])/gi, '$1 may '],
  [/\b(?:(?:alone|solely|only)\s+)?(?:has|have|had|holds?|held)\s+the\s+(?:sole\s+|only\s+|exclusive\s+)?(?:right|prerogative|power|authority)\s+to\s+(?=[a-z])/gi, 'may '],
  // "Who is currently serving as Japan's prime minister": who is.
  [/^who\s+(?:is|was)\s+(?:currently|now|presently)\s+serving\s+as\b/i, 'who is'],
  // "In late October": the month, which the text dates to the day ("Oct. 30").
  // (So is "at the end of October", "around the start of March".)
  [/\b(?:late|early|mid)[\s-]+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi, ''],
  [/\b(?:at|by|near|around|toward|towards|in)\s+the\s+(?:very\s+)?(?:end|start|beginning|middle)\s+of\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi, 'in '],
  // "Why is this call a big deal", "why does the meeting matter": what an occasion came amid or
  // after, which is how news tells what makes it matter. (Not "why does Japan matter": a party's
  // weight is told of the party itself.)
  [/\bwhy\s+(?:is|was|does|did)\s+((?:the|this|that|their|today['’]s|monday['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:call|meeting|summit|talks|conversation|visit|exchange))\s+(?:(?:such|so|really|even)\s+)?(?:(?:an?\s+)?(?:big|huge)\s+deal|important|significant|notable|newsworthy|noteworthy|consequential|matters?|mattered)\b/gi, 'why did $1 happen'],
  // "Must America supply Taiwan with weapons by law", "US has to arm Taiwan by law?": is it required to.
  [/^(?:is\s+)?((?:the\s+)?[\w.'’-]+)\s+(?:must|ha(?:ve|s)\s+to)\s+(?:by\s+law\s+)?(?=.*\bby\s+law\b)/i, 'is $1 required to '],
  [/^must\s+((?:the\s+)?[\w.'’-]+)\s+(?=.*\bby\s+law\b)/i, 'is $1 required to '],
  // "Is the US obligated (by law) to arm Taiwan": required (legally) to, as news says it.
  // (Not a polite "I would be obliged to know…".)
  [/(?<!\b(?:would|['’]d)\s+be\s+(?:much\s+|very\s+|most\s+)?)\b(obligated|obliged|compelled|mandated)(\s+by\s+law)?\s+to\b/gi, (_: string, __: string, byLaw?: string) => `${byLaw ? 'legally ' : ''}required to`],
  // "Tokyo could get involved militarily": respond militarily, as news tells a party stepping in.
  [/\b(get|gets|got|getting)\s+(militarily\s+)?involved(\s+militarily)?\b/gi, (_: string, get: string, before?: string, after?: string) => `${sameForm(get, ['respond', 'responds', 'responded', 'responding'], GET)}${before || after ? ' militarily' : ''}`],
  // "Who gets to choose the island's future": who may (not "how did Xi get to Busan").
  [/\b(?:gets|get|got)\s+to\s+(?=(?:decide|determine|choose|pick|vote|say|settle|shape|set|make|call)\b)/gi, 'may '],
  // "Why is Japan's stance a big deal for Xi": "a big deal" is what matters, not a deal.
  [/\b(?:(?:such|so|really|even)\s+)?an?\s+(?:big|huge|massive)\s+deal\b/gi, 'important'],
  // "The whole point of the meeting", "the real reason", "the stated purpose": the point, the reason.
  [/\bthe\s+(?:whole|real|actual|main|underlying|stated|declared|official|ostensible)\s+(?=(?:point|reason|purpose|idea|aims?|goals?|motive|objectives?)\b)/gi, 'the '],
  // "After a long stretch of escalating duties": the span of time is only how long the escalations
  // ran ("after months of tariff escalations"); the words of it are none the text needs.
  [/\b(?:a|the)\s+(?:long|lengthy|extended|protracted)\s+(?:stretch|period|spell|run)\s+of\s+/gi, ''],
  // "How would you describe current ties": ties now are what the article tells.
  [/\b(?:current|present|present-day|existing|diplomatic)\s+(?=(?:ties|relations|relationship)\b)/gi, ''],
  // "Japan's current premier": the one in office, whom the article names.
  [/\b(?:current|present|sitting|incumbent)\s+(?=(?:prime\s+minister|premier|president|leader|foreign\s+minister|spokesperson|spokesman|spokeswoman)\b)/gi, ''],
  // "When Trump dialed in Monday": when he called.
  [/\b(dial|dials|dialed|dialled|dialing|dialling)(?:\s+in)?\b/gi, (_: string, dial: string) => sameForm(dial, ['call', 'calls', 'called', 'calling'], ['dial', 'dials', 'dialed|dialled', 'dialing|dialling'])],
  // "When did Taipei get word of the approval": when it learned of it.
  [/\b(get|gets|got|gotten|getting|receive|receives|received|receiving)\s+(?:official\s+|formal\s+)?word\b/gi, (_: string, get: string) => sameForm(get, LEARN, GET, ['receive', 'receives', 'received', 'receiving'])],
  // "When's the last time the town was threatened": when it was last threatened ("time" is what "when" asks).
  [/\b(when(?:['’]?s)?(?:\s+(?:is|was|will\s+be))?)\s+the\s+(last|first|previous|next)\s+time\b/gi, '$1 $2'],
  // "How should the war be wrapped up": ended, which news tells as resolved or settled.
  [/\b(wrap|wraps|wrapped|wrapping)\s+(?:(?:it|this|that|them|things)\s+)?up\b/gi, (_: string, wrap: string) => sameForm(wrap, ['end', 'ends', 'ended', 'ending'], ['wrap', 'wraps', 'wrapped', 'wrapping'])],
  // ("How does Xi want the fighting wound down": ended too.)
  [/\b(wind|winds|wound|winding)\s+(?:(?:it|this|that|them|things)\s+)?down\b/gi, (_: string, wind: string) => sameForm(wind, ['end', 'ends', 'ended', 'ending'], ['wind', 'winds', 'wound', 'winding'])],
  // "According to the folks running things in Taipei", "the people in charge in Beijing": its
  // government, which news names by the place.
  [/\b(?:the\s+)?(?:people|folks|guys|ones|lot)\s+(?:(?:who|that)\s+(?:run|runs|are\s+running)|running|in\s+charge)(?:\s+(?:things|stuff|the\s+show))?(?:\s+(?:in|at|of|over))?\s+(?=[a-z])/gi, 'the government of '],
  // "Did Washington stay tight-lipped about it": decline to say, as keeping it secret (below).
  [/\b(stay|stays|stayed|staying|remain|remains|remained|remaining)\s+(?:(?:pretty|very|so|rather|fairly|largely|mostly)\s+)?(?:tight-lipped|tight\s+lipped|silent|mum)(?:\s+(?:about|on|over|regarding))?\b/gi, (_: string, stay: string) => `${sameForm(stay, ['decline', 'declines', 'declined', 'declining'], ['stay', 'stays', 'stayed', 'staying'], ['remain', 'remains', 'remained', 'remaining'])} to say`],
  // "Who gets to choose where the island goes from here": its future.
  [/\bwhere\s+(.+?)\s+(?:goes|go|is\s+going|are\s+going)\s+from\s+here\b/gi, 'the future of $1'],
  // "A kinetic response", "kinetic action": military force, as defence jargon names it.
  [/\b(?:military\s+)?kinetic\s+(?=(?:response|action|strike|strikes|option|options|force)\b)/gi, 'military '],
  // "What does strategic ambiguity mean in practice": what it means.
  [/\s+in\s+(?:practice|practical\s+terms|real\s+terms|real\s+life)\b/gi, ''],
  // "How much did Washington let on about it", "has Trump let on whether…": reveal, as news says of
  // what an official would or would not say. "Went on record": said so publicly.
  [/\b(let|lets|letting)\s+on\b/gi, (_: string, let_: string) => sameForm(let_, ['reveal', 'reveals', 'revealed', 'revealing'], ['let', 'lets', 'let', 'letting'])],
  [/\b(go|goes|went|gone|going)\s+on\s+(?:the\s+)?record\b/gi, (_: string, go: string) => sameForm(go, ['say', 'says', 'said', 'saying'], ['go', 'goes', 'went|gone', 'going'])],
  // "Splash more cash on defence": spend more on it — a budget.
  [/\b(splash|splashes|splashed|splashing)\s+(?:out\s+)?(?:more\s+|some\s+|the\s+)?(?:cash|money|dosh|dough)\s+on\b/gi, (_: string, splash: string) => `${sameForm(splash, ['spend', 'spends', 'spent', 'spending'], ['splash', 'splashes', 'splashed', 'splashing'])} more on`],
  // "If it all goes pear-shaped": if it goes wrong — a conflict, in news of a war.
  [/\b(?:it\s+all\s+|things\s+|everything\s+)?(?:go|goes|went|going)\s+pear[\s-]shaped\b/gi, 'a conflict breaks out'],
  // "What did the ministry say Xi emphasized about Taiwan": what Xi emphasized, as the ministry
  // tells it — the saying only reports another's words, as "according to" does.
  [/^[Ww]hat\s+(?:did|does|do|has|have)\s+(.+?)\s+(?:say|report|tell\s+(?:us|reporters))\s+(?:that\s+)?(he|she|they|(?:(?:president|prime\s+minister|premier|mr\.?|ms\.?|mrs\.?)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(emphasi[sz]ed|stressed|said|told|added|insisted|argued|warned|urged|noted|reiterated|claimed)\b/, (_: string, source: string, speaker: string, verb: string) =>
    `according to ${source}, what did ${speaker} ${baseForms(verb.toLowerCase(), 'v')[0] ?? 'say'}`],
  // "Kessler age", "age of the manager": how old the person is, which news writes "Kessler, 57,".
  [/^(?:the\s+)?age\s+of\s+([\w'’. -]{2,40}?)\s*\??\s*$/i, 'how old is $1'],
  [/^(?!(?:what|who|whose|how|when|where|why|which|is|was|are|were|did|does|do)\b)([\w'’. -]{2,40}?)(?:['’]s)?\s+age\s*\??\s*$/i, 'how old is $1'],
  // "Who called whom", "who rang who — did Trump ring Xi or the other way round": who made the call,
  // which a text tells only by one party calling the other ("held a call" says no one started it).
  [/^who\s+(?:actually\s+|really\s+|first\s+|initially\s+|exactly\s+)?(?:called|rang|phoned|dialed|dialled|telephoned)\s+(?:who|whom)\b(?:[\s,—–-]+(?:did|was\s+it)\b[^?]*)?/i, 'who initiated the call'],
  // "Why is Beijing fuming at Tokyo lately?", "… at the moment?": now, which is when news tells of.
  [/,?\s+(?:lately|of\s+late|these\s+days|nowadays|at\s+the\s+moment|at\s+present)(?=\s*[?.!]*\s*$)/gi, ''],
  // "Ratcheting up import duties": escalating them, as news tells a tariff war.
  [/\b(ratchet|ratchets|ratcheted|ratcheting)\s+up\b/gi, (_: string, ratchet: string) => sameForm(ratchet, ['escalate', 'escalates', 'escalated', 'escalating'], ['ratchet', 'ratchets', 'ratcheted', 'ratcheting'])],
  // "Who spoke at the start of the week": on Monday, as news dates it.
  [/\b(?:at|on|during)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+week\b/gi, 'on Monday'],
  // "Cost how many dollar" (a learner's singular): how many dollars.
  [/\bhow\s+many\s+(dollar|euro|pound)\b(?!s)/gi, 'how many $1s'],
  // "Ought to have the final say": decide (the modal stays; "decides" would follow it badly).
  [/\b(ought\s+to|should|must|would|will|can|could|may|might)\s+(?:get|have)\s+(?:the\s+)?(?:final|last|ultimate)\s+(?:say|word)\s+(?:over|on|in|about)\b/gi, '$1 decide'],
  // "What has to be respected": what must be ("has" would read as the question's own verb).
  [/\b(?:has|have)\s+to\s+(?=be\b)/gi, 'must '],
  // "Since when is it that China buys…", "who is it who protested" (French word order): the question itself.
  [/\b(what|who|whom|when|where|why|how|since\s+when)\s+is\s+it\s+(?:that|who)\s+/gi, '$1 '],
  // "What is the good name of the spokesperson" (Indian English): the name.
  [/\b(?:your|his|her|their|the)\s+good\s+name\b/gi, (match: string) => match.replace(/\s+good\s+/i, ' ')],
  // "What does Trump keep secret about a war", "kept quiet on": what he declines to say, as news tells it.
  [/\b(keep|keeps|kept|keeping)\s+(?:it\s+|things\s+)?(?:secret|quiet|mum|hush-hush|under\s+wraps)(?:\s+(?:about|on|over|regarding))?\b/gi, (_: string, keep: string) => `${sameForm(keep, ['decline', 'declines', 'declined', 'declining'], ['keep', 'keeps', 'kept', 'keeping'])} to say`],
  // "Who decides what becomes of the island": its future.
  [/\bwhat\s+(?:will\s+|would\s+|should\s+)?(?:becomes?|became)\s+of\s+/gi, 'the future of '],
  // "How much did the US knock off some tariffs": cut them by.
  [/\b(knock|knocks|knocked|knocking)\s+off\b/gi, (_: string, knock: string) => sameForm(knock, CUT, ['knock', 'knocks', 'knocked', 'knocking'])],
  // "What crop did Beijing begin buying again", "start importing again": resumed buying.
  [/\b(begin|began|begun|begins|beginning|start|started|starts|starting)\s+([a-z]+ing)\s+(?=(?:[\w'’.-]+\s+){0,3}?again\b)/gi, (_: string, begin: string, doing: string) =>
    `${sameForm(begin, ['resume', 'resumes', 'resumed', 'resuming'], ['begin', 'begins', 'began|begun', 'beginning'], ['start', 'starts', 'started', 'starting'])} ${doing} `],
  // "Who speaks for China's foreign ministry", "on behalf of", "who's the person that speaks for…",
  // "the man that speak for…": its spokesperson.
  [/^who(?:(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?(?:person|one|official|man|woman|guy)\s+(?:that|who))?\s+(?:(?:is|was)\s+)?(?:speaks|spoke|speak|speaking|talks|talk|talked|talking)\s+(?:on\s+behalf\s+of|for)\s+/i, 'who is the spokesperson for '],
  // "The Chinese foreign office": its foreign ministry, as British English names one.
  [/\bforeign\s+office\b/gi, 'foreign ministry'],
  // "Buying from the States": from the US.
  [/\b(from|in|to|into|with|by)\s+the\s+states\b/gi, '$1 the US'],
  // "When Trump rang Xi": called him. (Not "rang true", "rang out".)
  [/\brang\s+(?!(?:true|hollow|out|in|up)\b)/gi, 'called '],
  // "How did Taiwan find out": how it learned.
  [/\b(find|finds|found|finding)\s+out\b/gi, (_: string, find: string) => sameForm(find, LEARN, ['find', 'finds', 'found', 'finding'])],
  // "The leaders' telephone exchange": their phone call (not a switchboard, which WordNet knows it as).
  [/\b((?:tele)?phone)\s+exchanges?\b/gi, 'phone call'],
  // "Import taxes", "import levies": tariffs, as news calls them. (WordNet knows "import duty" itself.)
  [/\bimport\s+(?:tax|taxes|levy|levies|charge|charges|fee|fees)\b/gi, (match: string) => (/(?:taxes|levies|charges|fees)$/i.test(match) ? 'tariffs' : 'tariff')],
  // "Had the weapons deal been green-lit": approved.
  [/\bgreen[\s-]?(?:lit|lighted)\b/gi, 'approved'],
  [/\bgreen[\s-]?light(s|ing)\b/gi, (_: string, ending: string) => (ending === 's' ? 'approves' : 'approving')],
  // "The package got the green light": its approval, as news says.
  [/\b(?:a|the)\s+(?:green[\s-]?light|thumbs[\s-]?up)\b/gi, 'approval'],
  // "What did Takaichi say that ruffled China's feathers": upset China.
  [/\b(ruffle|ruffles|ruffled|ruffling)\s+([\w.-]+)['’]s?\s+feathers\b/gi, (_: string, ruffle: string, who: string) => `${sameForm(ruffle, ['upset', 'upsets', 'upset', 'upsetting'], ['ruffle', 'ruffles', 'ruffled', 'ruffling'])} ${who}`],
  // "Which leader got Beijing worked up": upset it.
  [/\b(get|gets|got|getting)\s+([\w.-]+)\s+(?:all\s+|so\s+)?(?:worked|riled|wound|fired)\s+up\b/gi, (_: string, get: string, who: string) => `${sameForm(get, ['upset', 'upsets', 'upset', 'upsetting'], GET)} ${who}`],
  // "Has it been smooth sailing between them": steady.
  [/\bsmooth\s+sailing\b/gi, 'steady'],
  // "What was Xi saying about the two fighting together back in the day": when is the rest's to say.
  [/,?\s*\b(?:back\s+in\s+the\s+day|back\s+then|way\s+back)\b/gi, ''],
  // One idiom for another: news copy says "shoulder to shoulder".
  [/\bside by side\b/gi, 'shoulder to shoulder'],
  // "Were they on the same side in the war / against…": fighting together, shoulder to shoulder in news
  // copy. (Not "on the same side about Taiwan": agreeing, as allies do.)
  [/\bon\s+the\s+same\s+(?:side|team)(?=\s+(?:against|in|during|back)\b)/gi, 'shoulder to shoulder'],
  // "The ministry of foreign affairs" is the foreign ministry, which news writes either way.
  [/\b(?:ministry|minister) of foreign affairs\b|\bforeign affairs (ministry|minister)\b/gi, (match: string) => (/minister\b/i.test(match) && !/ministry/i.test(match) ? 'foreign minister' : 'foreign ministry')],
  // "Which is the posture of the USA": a learner's "what is" (which of none offered).
  [/^which\s+(is|are|was|were)\s+(?=(?:the|a|an)\s)/i, 'what $1 '],
  // "Japan's head of government" is its leader, whom news calls by the office ("Prime Minister").
  [/\b(?:heads?|chiefs?) of (?:state|government|govt|goverment)\b/gi, (match: string) => (/^(?:heads|chiefs)/i.test(match) ? 'leaders' : 'leader')],
  // "Who is the current head of government", "the sitting prime minister": the office's holder the
  // article names is its holder then. (Only before an office: "Taiwan's current defense budget" is
  // a detail of its own.)
  [/^(who\s+(?:is|are|was|were)\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?)(?:current|present|sitting|incumbent)\s+(?=(?:[\w'’]+\s+)?(?:leaders?|heads?|presidents?|premiers?|prime\s+ministers?|ministers?|chancellors?|spokes(?:person|man|woman)|secretary|governors?|mayors?|chief)\b)/i, '$1'],
  // "What enemies did the two nations battle together": whom they fought against. ("Which enemies did Xi
  // say they fought" keeps the tense of the reported clause.)
  [/\b(?:what|which)\s+(?:enemy|enemies|foes?|forces|adversary|adversaries|opponents?)\s+did\s+(.+?)\s+(fight|fought|battle|battled|combat|combated|confront|confronted)(\s+together|\s+jointly)?\b(?!\s+(?:against|with)\b)/gi, (_: string, who: string, fight: string, together = '') =>
    `who did ${who} ${/^(?:fought|battled|combated|confronted)$/i.test(fight) ? 'fought' : 'fight'}${together} against`],
  // (So does "who did Beijing and Washington battle together": whom, the foe.)
  [/\b(who|whom)\s+did\s+(.+?)\s+(?:battle|combat)(\s+together|\s+jointly)?\b(?!\s+(?:against|with)\b)/gi, 'who did $2 fight$3 against'],
  // "A stance on who rightfully governs the island": on its sovereignty.
  // "Does Taiwan agree with Beijing that it belongs to China": with Beijing's claim that it does.
  [/\b(agree|agrees|agreed|disagree|disagrees|disagreed)\s+with\s+(?!(?:him|her|them|us|me|you|it|this|that|those|these|everyone|anyone)\b)((?:the\s+)?[\w.-]+)\s+that\b/gi, "$1 with $2's claim that"],
  // "Who is the owner of Taiwan", "who is the rightful ruler of the island": who owns it.
  [/\bwho\s+(is|was)\s+the\s+(?:rightful\s+|legitimate\s+|real\s+|true\s+|legal\s+)?(?:owner|ruler|sovereign)\s+of\b/gi, (_: string, is: string) => `who ${/^was$/i.test(is) ? 'owned' : 'owns'}`],
  // (So is recognizing or accepting who owns it: "does Washington recognize who owns Taiwan".)
  [/\b(on|about|over|regarding|concerning|recogni[sz]es?|recogni[sz]ed|recogni[sz]ing|acknowledges?|acknowledged|accepts?|accepted)\s+who\s+(?:rightfully\s+|legitimately\s+|really\s+|actually\s+)?(?:governs|rules|owns|controls|should\s+govern|should\s+rule|has\s+sovereignty\s+over)\b/gi, '$1 sovereignty over'],
  // "Does the US recognize Taiwan as sovereign / as part of China": whether it has a position on
  // Taiwan's sovereignty, which is what recognizing it as either would be.
  [new RegExp(String.raw`\b${RECOGNIZING}\s+((?:the\s+)?[\w.'’-]+)\s+as\s+(?:an?\s+)?(?:(?:sovereign\s+|independent\s+)?(?:country|nation|state)|sovereign|independent|part\s+of\s+[\w.'’-]+|belonging\s+to\s+[\w.'’-]+|[\w.'’-]+['’]s)\b`, 'gi'), (_: string, place: string) => positionOnSovereignty(place)],
  // (So is recognizing a party's sovereignty or control over it: "does the US recognize Chinese sovereignty over Taiwan".
  // Not a claim, which its owner's rival may reject: "does Taiwan recognize Beijing's claim".)
  [new RegExp(String.raw`\b${RECOGNIZING}\s+(?:the\s+)?(?:[\w.'’-]+\s+)?(?:sovereignty|ownership|control|rule)\s+(?:over|of)\s+((?:the\s+)?[\w.'’-]+)`, 'gi'), (_: string, place: string) => positionOnSovereignty(place)],
  [new RegExp(String.raw`\b${RECOGNIZING}\s+whose\s+(?:territory|land|country|island)\s+((?:the\s+)?[\w.'’-]+)\s+is\b`, 'gi'), (_: string, place: string) => positionOnSovereignty(place)],
  // (So is a government's saying or considering it so: "does the US say Taiwan is its own country".
  // Not a person's: "did Xi say Taiwan is part of China" asks his words.)
  [/^(does|do|did)\s+((?:the\s+)?[\w.'’-]+)\s+(?:officially\s+|formally\s+|actually\s+)?(?:say|consider|regard|view|see)\s+((?:the\s+)?[\w.'’-]+)\s+(?:is|as|to\s+be)\s+(?:(?:its|their)\s+own\s+(?:country|nation|state)|an?\s+(?:(?:sovereign|independent)\s+)?(?:country|nation|state)|sovereign|independent|part\s+of\s+[\w.'’-]+|belonging\s+to\s+[\w.'’-]+)\b/i, (whole: string, does: string, who: string, place: string) => (typedPlace(who.replace(/^the\s+/i, '')) ? `${does} ${who} ${positionOnSovereignty(place)}` : whole)],
  // "A side on who Taiwan belongs to": on sovereignty over it.
  [/\b(on|about|over|regarding|concerning)\s+(?:who|whom)\s+((?:[\w.'’-]+\s+){0,2}?[\w.'’-]+)\s+(?:rightfully\s+|really\s+|actually\s+)?(?:belongs|belong|should\s+belong)\s+to\b/gi, '$1 sovereignty over $2'],
  // (So is a side on whether it is part of another: "a side on whether Taiwan is part of China".)
  [/\b(on|about|over|regarding|concerning)\s+(?:whether|if)\s+(?:or\s+not\s+)?((?:the\s+)?[\w.'’-]+)\s+(?:is|was|should\s+be)\s+(?:(?:really|rightfully|actually)\s+)?(?:(?:an?\s+)?part\s+of\s+[\w.'’-]+|(?:its|their)\s+own\s+(?:country|nation|state)|an?\s+(?:(?:sovereign|independent)\s+)?(?:country|nation|state)|sovereign|independent)(?:\s+or\s+not)?\b/gi, '$1 sovereignty over $2'],
  [/\b(on|about|over|regarding|concerning)\s+(?:whether|if)\s+((?:the\s+)?[\w.'’-]+)\s+(?:(?:really|rightfully|actually)\s+)?(?:belongs|should\s+belong)\s+to\s+[\w.'’-]+(?:\s+or\s+not)?\b/gi, '$1 sovereignty over $2'],
  // "The head of Japan's government": Japan's leader.
  [/\b(?:the\s+)?(?:(?:current|present|sitting)\s+)?head\s+of\s+([\w.-]+)['’]s?\s+(?:government|govt|goverment)\b/gi, "$1's leader"],
  // "The chief of the Chinese government", "the leader in Beijing": China's, Beijing's leader.
  [/\b(?:the\s+)?(?:(?:current|present|sitting)\s+)?(?:head|chief|leader)\s+of\s+the\s+([A-Za-z.-]+)\s+(?:government|govt|goverment)\b/g, 'the $1 leader'],
  [/\b(?:the\s+)?(leader|president|premier|government|prime\s+minister)\s+in\s+(?=\p{Lu})([\w.-]+)\b/gu, "$2's $1"],
  // "The American side", "on the Chinese side": that country's party to the talks, which news names
  // by the country. (Not "on the US's side", on its side: an ally.)
  [/\b(?:the\s+)?([a-z][a-z.]*)\s+sides?\b/gi, (match: string, word: string) => (typedPlace(word) ? word : match)],
  // "What did Japan say back": how it responded — a reply, which must come from Japan and after.
  // ("What did the spokesman say in response to the sale" asks for his words about it: left as it is.)
  [/^((?:so|and|ok|okay|wait)[\s,]+)?what\s+(did|does|do|has|have|had)\s+(.+?)\s+say\s+back\b/i, '$1how $2 $3 respond'],
  [/^((?:so|and|ok|okay|wait)[\s,]+)?what(?:['’]?s|\s+is|\s+are)\s+(.+?)\s+saying\s+back\b/i, '$1how is $2 responding'],
  // ("What did Trump answer when…", "what trump replied": his response, not "answer" in the dictionary's
  // sense of "return", which the text says of relations.)
  [/^((?:so|and|ok|okay|wait)[\s,]+)?what\s+(did|does|do|has|have|had|will|would)\s+(.+?)\s+(?:answer|reply|retort)\b/i, (_: string, opener: string | undefined, auxiliary: string, who: string) => `${opener ?? ''}how ${auxiliary} ${who} respond`],
  [/^((?:so|and|ok|okay|wait)[\s,]+)?what\s+((?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?)\s+(?:answered|replied|retorted)\b/i, (_: string, opener: string | undefined, who: string) => `${opener ?? ''}how did ${who} respond`],
  // "What was the reaction of Beijing to the sale", "what response was issued by Tokyo to…", "what
  // reply did Japan give to…": how the party responded — the response must be that party's.
  [/^what\s+(was|were|is|are|has\s+been|have\s+been)\s+(?:the\s+)?(?:official\s+|initial\s+|formal\s+)?(?:response|reaction|reply)\s+(?:of|from|by)\s+(.+?)\s+to\b/i, (_: string, was: string, who: string) => respondedAs(was, who)],
  [/^what\s+(?:official\s+|formal\s+)?(?:response|reaction|reply)\s+(did|does|do|has|have|had)\s+(.+?)\s+(?:give|make|issue|offer|have|gave|made|issued|offered|had)\s+to\b/i, (_: string, did: string, who: string) => `how ${did} ${who} ${/^ha/i.test(did) ? 'responded' : 'respond'} to`],
  [/^what\s+(?:official\s+|formal\s+)?(?:response|reaction|reply)\s+(was|were|is|are|has\s+been|have\s+been)\s+(?:issued\s+|given\s+|made\s+|offered\s+)?(?:by|from)\s+(.+?)\s+to\b/i, (_: string, was: string, who: string) => respondedAs(was, who)],
  [/\b(say|said|says|saying)\s+(?:(?:anything|something|much)\s+back|back|(?:anything|something|much)\s+in\s+(?:response|reply|return))\b/gi, (_: string, say: string) => sameForm(say, ['respond', 'responds', 'responded', 'responding'], ['say', 'says', 'said', 'saying'])],
  // "What is the name of the policy…", "the name for Trump's policy", "what is Trump's plan called": a policy's name is the policy
  // as the text calls it ("the policy of strategic ambiguity"), not a person's name.
  [new RegExp(String.raw`\b(what(?:['’]?s|\s+is|\s+was|\s+are|\s+were))\s+the\s+names?\s+(?:of|for)\s+(?=(?:the|this|that|his|her|its|their|[\w.-]+?['’]?s)\s+(?:[\w.'’-]+\s+){0,2}?${NAMED_IDEAS}\b)`, 'gi'), '$1 '],
  [new RegExp(String.raw`^(what(?:['’]s|\s+is|\s+was))\s+(.*?\b${NAMED_IDEAS}\b.*?)\s+(?:called|named|known\s+as)(?=\s*[?.!]*\s*$)`, 'i'), '$1 $2'],
  // ("What is the approach called under which Washington stays vague…": a clause after the name says which.)
  [new RegExp(String.raw`^(what(?:['’]s|\s+is|\s+was))\s+((?:the|this|that|[\w.-]+?['’]s)\s+(?:[a-z'’-]+\s+){0,2}?${NAMED_IDEAS})\s+(?:called|named|known\s+as)\s+(?=(?:under|by|in|for|that|which|where|whereby|with|through)\b)`, 'i'), '$1 $2 '],
  [NAME_OF_PLACE, 'which $1'],
  // "The name of the spokesperson quoted": which one the article quotes, not a word of its text.
  // (Not "who was quoted", where it is the question's verb.)
  [/(?<!\b(?:was|is|were|are|be|been|being|get|got|gets)\s)(?<=[a-z]\s)(?:quoted|mentioned|cited|featured)(?:\s+(?:here|there|above|in it))?(?=\s*[?.!]*\s*$)/gi, ''],
  // "How did word of the approval come out": how it was announced.
  [/\bhow\s+(?:did|does|has|had)\s+(?:the\s+)?(?:word|news)\s+(?:of|about)\s+(.+?)\s+(?:come\s+out|get\s+out|break|emerge|surface|spread)\b/gi, 'how was $1 announced'],
  // "Given the US angle", "the trade side of things": the US, trade — an aspect names only itself.
  [/\b(?:the|that|this)\s+([\w.'’-]+)\s+(?:angle|side\s+of\s+things)\b/gi, '$1'],
  // Idioms of news talk: "put boots on the ground" (send troops), "gets the final say over"
  // (decides), "team up against" or "to fight" (fight together against).
  [/\b(put|puts|putting|send|sends|sending|sent)\s+(?:(?:american|us|u\.s\.|any|his|their)\s+)?boots\s+on\s+the\s+ground\b/gi, (_: string, put: string) => `${sameForm(put, ['send', 'sends', 'sent', 'sending'], ['put', 'puts', 'put', 'putting'], ['send', 'sends', 'sent', 'sending'])} troops`],
  [/\b(?:get|gets|got|getting|has|have|had|having)\s+(?:the\s+)?(?:final|last|ultimate)\s+(?:say|word)\s+(?:over|on|in|about)\b/gi, 'decides'],
  // ("Who may make the final call on the island's future": decide it.)
  [/\b(make|makes|made|making)\s+the\s+(?:final|last|ultimate)\s+(?:call|decision)\s+(?:over|on|about)\b/gi, (_: string, make: string) => sameForm(make, ['decide', 'decides', 'decided', 'deciding'], MAKE)],
  [/\b(team|teams|teamed|teaming)\s+up\s+(?=against\b)/gi, (_: string, team: string) => `${sameForm(team, ['fight', 'fights', 'fought', 'fighting'], ['team', 'teams', 'teamed', 'teaming'])} together `],
  // (So is teaming up to fight: "who did they team up to fight" asks the foe.)
  [/\b(team|teams|teamed|teaming)\s+up\s+to\s+(?:fight|battle|combat|defeat|take\s+on)\b/gi, (_: string, team: string) => `${sameForm(team, ['fight', 'fights', 'fought', 'fighting'], ['team', 'teams', 'teamed', 'teaming'])} together against`],
  // "How does Taipei push back on Beijing's claim": reject it, as news tells a party resisting a claim.
  [/\b(push|pushes|pushed|pushing)\s+back\s+(?:on|against)\b/gi, (_: string, push: string) => sameForm(push, ['reject', 'rejects', 'rejected', 'rejecting'], ['push', 'pushes', 'pushed', 'pushing'])],
  // "They met back in October": in October ("back" is no verb here).
  [/\bback\s+(?=(?:in|on|at|during|when|then)\b)/gi, ''],
  // "What state are relations in": how they are (a condition, not a state of a country — "what
  // state is the plant in" may ask for one).
  [/^what\s+(?:state|shape|condition)\s+(is|are|was|were)\s+((?:[\w'’.-]+\s+){0,5}?(?:relations|ties|relationship|talks|negotiations|economy)\b.*?)\s+in\b/i, 'how $1 $2'],
  // "In what state are the relations between China and Japan now": the same, the preposition first.
  [/^in\s+what\s+(?:state|shape|condition)\s+(is|are|was|were)\s+(?=(?:[\w'’.-]+\s+){0,5}?(?:relations|ties|relationship|talks|negotiations|economy)\b)/i, 'how $1 '],
  // "Where did Trump and Xi see each other": where they met.
  [/\b(?:see|saw|seen|seeing)\s+each\s+other\b/gi, 'meet'],
  // "Mr Xi", "Mrs Takaichi": a courtesy title, which news seldom writes and which names no office.
  [/\b(?:mr|mrs|ms|mx|messrs)\b\.?\s+(?=[a-z])/gi, ''],
  // "…, and which one?": "one" stands for the thing already named.
  [/\bwhich ones?\b/gi, 'which'],
  // "What Xi Jinping said about Taiwan?": a question without its "did" — what did he say about it.
  [
    /^what\s+(?!(?:was|were|is|are|has|have|had|did|does|do|will|would|could|exactly|else|they|he|she|it|we|you|i)\b)((?:[\w.'’-]+\s+){0,2}?[\w.'’-]+)\s+(said|says)\s+(?=(?:about|on|regarding|of|to|in|during|after|before)\b)/i,
    (_: string, speaker: string, said: string) => `what ${said.toLowerCase() === 'said' ? 'did' : 'does'} ${speaker} say `,
  ],
  // "What said Trump about Ukraine": the verb before its subject, as in many languages.
  [
    /^what\s+(said|says)\s+(?!(?:that|the\s+(?:article|story|text|piece|report))\b)(.+?)(?=\s+(?:about|on|regarding|of|to|in|during|after|before)\b|\s*[?.!]*\s*$)/i,
    (_: string, said: string, speaker: string) => `what ${said.toLowerCase() === 'said' ? 'did' : 'does'} ${speaker} say`,
  ],
];

/** The countries of two peoples ("Chinese and American" → "china and usa"), or the words as typed. */
function twoPeoples(match: string, first: string, second: string): string {
  // (A people's name, not a place's: "Chinese and American forces", not "China and Russia forces".)
  const countryOf = (people: string) => {
    const word = people.toLowerCase();
    return namesAPlace(word) && !isKnownPlace(word) ? placeAliases(word).find(isKnownPlace) : undefined;
  };
  const [one, other] = [countryOf(first), countryOf(second)];
  return one && other ? `${one} and ${other}` : match;
}
