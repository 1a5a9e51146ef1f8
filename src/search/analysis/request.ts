/**
 * Chat requests in the imperative or wrapped in politeness, turned into the question they ask:
 * "can you tell me who protested" → "who protested", "give me the value of the package" → "what
 * is the value of the package", "summarize Xi's view on Taiwan" → "Xi's view on Taiwan". The
 * wrapping words are no topic; left in, "give" and "want" would be words the text must contain.
 */
import { namesAPlace } from '../lexicon/places.ts';
import { isTitle } from '../lexicon/titles.ts';
import { baseForms, isDictionaryWord, isMostlyVerb } from '../lexicon/wordnet.ts';
import { withNumerals } from '../text/number-words.ts';
import { isStopWord } from '../text/stopwords.ts';
import { ASKS, POINTS_BACK, questionAfterLeadIn, withoutChatAround } from './chat.ts';
import { GET, LINE_NOUNS, MEET, NAME_OF_PLACE, SAME_THING, sameForm, TALKING, TALKING_WORDS, typedPlace } from './paraphrases.ts';

/** Interjections before the question ("wait, who…" — but "wait times" is a topic). */
const INTERJECTION =
  /^(?:(?:please|pls|plz|hey|hi|yo|bruh|bro|dude|yeah|yep|yes|well|so|ok|okay|alright|and|hmm|um|uh|wow|whoa|oh|ah|huh|(?:real |really )?quick (?:question|q)|wait(?=[\s,:!?.]+(?:who|what(?:['’]?s)?|when|where|why|how|which|did|does|do|is|are|was|were|so)\b))\b[\s,:!?.]*)+/i;
/** Politeness and asking-about-asking before the question itself. */
const WRAPPER =
  /^(?:(?:would|do|will)\s+you\s+mind\s+(?:explaining|telling|sharing|clarifying|checking|letting)(?:\s+(?:me|us))?(?:\s+know)?\s+|if\s+(?:it'?s|it\s+is)\s+not\s+too\s+much\s+(?:trouble|to\s+ask)[\s,:]+|if\s+you\s+(?:don'?t|do\s+not)\s+mind(?:\s+(?:me\s+)?asking)?[\s,:]+|if\s+you\s+(?:could|can)\s+(?:help|assist)(?:\s+me)?[\s,:]+|if\s+(?:possible|that'?s\s+(?:alright|all\s+right|ok|okay|fine)|(?:it|the\s+(?:article|story|text|piece))\s+(?:says|does|mentions\s+it|tells))[\s,:]+|when\s+you\s+(?:get|have)\s+a\s+(?:chance|moment|sec(?:ond)?|minute)[\s,:]+|(?:if|whether)\s+you\s+(?:could|can|would)\s+(?:please\s+|kindly\s+)?(?=(?:tell|let|remind|explain|give|show|help|walk|run|fill)\b)|i(?:'d| would) be (?:really |very |most |so )?(?:grateful|thankful|obliged|glad|happy) if you (?:could|would|can)\s+(?:please\s+|kindly\s+)?|(?:let|help) me (?:know|understand)\s+|(?:run|walk|talk|take) me through\s+|fill me in(?:\s+on)?\s+|(?:does|did|do)\s+(?:(?:the|this)\s+(?:article|story|text|piece|report)|it)\s+(?:say|mention|tell\s+(?:us|me)|state|explain|specify|reveal|note|report|indicate|give)\s+(?=(?:who|whom|whose|what|when|where|why|how|which)\b)|(?:can|could|would|will|may|might) you\s+(?:please\s+|kindly\s+)?|(?:i'?m|i am|we'?re|we are) (?:looking|searching) for\s+(?=(?:the|a|an|which|what|who|whom|when|where|why|how)\b)|(?:may|might) (?:i|we)\s+(?:please\s+|kindly\s+)?(?:ask|know|enquire|inquire)\s+|i(?:'d| would) be (?:obliged|grateful|glad|interested|keen) to (?:know|learn|hear)\s+|i(?:'d| would)? (?:really )?(?:like|love|want|need) to know\s+|i wonder\s+|i got to wondering[\s,:]+|i(?:'d| would) (?:like|love) to ask(?: about)?\s+|be so kind as to\s+|do you (?:happen to )?know\s+|any idea[\s,:]+|(?:i'?m |i am |just |i was )?(?:curious|wondering)[\s,:]+|out of (?:simple |pure |idle |sheer |mere )?curiosity[\s,:]+|(?:quick|real quick) (?:one|recap|check)(?: please)?[\s,:]+|remind me(?: of(?=\s+the\s+names?\b))?[\s,:]+|tell me[\s,:]+(?:about\s+)?|kindly\s+(?:tell|explain|let\s+(?:me|us)\s+know|share|inform)(?:\s+(?:me|us))?[\s,:]+|(?:show|give) me\s+(?=(?:what|who|whom|when|where|why|how|which)\b)|explain(?: to me)?\s+(?=(?:what|who|whom|when|where|why|how|which)\b)|find(?: out)?\s+(?=(?:what|who|whom|when|where|why|how|which)\b)|(?:is|was) there (?:a|an|any) (?:figure|number|count|estimate|total|tally|date)(?: given)? (?:for|of|on)\s+(?=(?:how|what|when|which)\b)|(?:is|was) there (?:anything|something|any (?:info(?:rmation)?|mention|word|details?|indication|sign|hint))(?: (?:in|from) (?:the|this) (?:article|story|text|report|piece))? (?:about|on|regarding|of|as to)\s+(?=(?:what|who|whom|when|where|why|how|which)\b)|(?:in|from|according to) (?:the|this) (?:article|story|text|report|piece|passage)[\s,:]+)+/i;
/** "Other than X", "besides X", "as opposed to X" up to a comma, a verb's auxiliary or the end. */
const SET_ASIDE = /,?\s*\b(?:other than|besides|apart from|aside from|except(?: for)?|as opposed to|rather than|instead of)\s+(?:(?!(?:has|have|had|is|are|was|were|did|does|do|could|would|can|will|may|might|should|made|said|says)\b)[^\s,?!]+\s*){1,6}?(?=,|\s+(?:has|have|had|is|are|was|were|did|does|do|could|would|can|will|may|might|should|made|said|says)\b|\s*[?.!]*\s*$),?/gi;
/** "Who was it that announced…": who announced. */
const CLEFT = /^(who|what|which\s+\w+)\s+(?:was|is)\s+it\s+that\s+/i;
/**
 * "According to Taiwan's foreign ministry, who approved the package?": the body that reported it,
 * not words the answering sentence must hold — the citation shows the source. (Not a party to
 * what is asked: "according to Taipei, who decides the island's future" asks Taipei's view.
 * Nor "according to whom…", a question about the source.)
 */
const SOURCE_FIRST = new RegExp(String.raw`^(?:according to|per)\s+(?!whom?\b)[^,?]{0,40}?\b(?:ministry|ministries|officials?|white\s+house|spokes(?:person|man|woman)|state\s+media|reports?|readouts?|accounts?)\s*,\s+(?=${ASKS})`, 'i');
/** "Was it Trump or Xi who requested the call": who requested it, of the two. */
const CHOICE_CLEFT = /^(?:was|is)\s+it\s+([\w.'’-]+(?:\s+[\w.'’-]+)?)\s+or\s+([\w.'’-]+(?:\s+[\w.'’-]+)?)\s+(?:who|that)\s+(.+?)\s*([?.!]*)\s*$/i;
/** "Did Trump or Xi initiate the call": who initiated it, of the two (names or countries only). */
const CHOICE_YES_NO = /^(?:did|does|do|has|have|had)\s+((?:the\s+)?[\w.'’-]+)\s+or\s+((?:the\s+)?[\w.'’-]+)\s+([a-z]+)\s+(.+?)\s*([?.!]*)\s*$/i;
function choiceOfTwo(match: string, a: string, b: string, verb: string, rest: string, end: string): string {
  const named = (party: string) => {
    const word = party.replace(/^the\s+/i, '');
    return /^\p{Lu}/u.test(word) || typedPlace(word);
  };
  return named(a) && named(b) && !isStopWord(verb.toLowerCase()) ? `who ${verb} ${rest}, ${a} or ${b}${end}` : match;
}
/** "Was it Trump who initiated the call": did Trump initiate it. */
const YES_NO_CLEFT = /^(?:was|is)\s+it\s+(.+?)\s+(?:who|that)\s+(?=[a-z]+ed\b|[a-z]+\b)/i;
/**
 * "Wasn't it the prime minister who…", "isn't Lin Jian the spokesperson…", "didn't Xi say…": a
 * yes/no question asked in the negative expects yes, and asks the same as its positive.
 */
const NEGATIVE_OPENER = /^(is|are|was|were|do|does|did|has|have|had|would|could|should|wo|ca)n['’]?t\b\s*/i;
const positiveOpener = (_: string, auxiliary: string) => `${({ wo: 'will', ca: 'can' } as Record<string, string>)[auxiliary.toLowerCase()] ?? auxiliary} `;
/** "Is it true (that) Trump promised…", "true or false: Trump promised…": the claim is the question. */
const TRUE_THAT = /^(?:is (?:it )?(?:true|tru|correct|right) (?:that )?|is it a fact that |(?:true\s+or\s+false|t\s*\/\s*f|fact\s+or\s+fiction)\s*[:?,.!—–-]+\s*(?:that\s+)?)/i;
/**
 * "…, according to this?", "… per the article", "the population of Taiwan given in the article":
 * the source asked about is the article itself. (A participle that is the question's own verb
 * stays: "what reason is given in the article" → "what reason is given".)
 */
const PER_ARTICLE = /[\s,]+(?:(?:according to|per) (?:this|(?:the|this) (?:article|story|text|piece|passage|(?:news )?report)(?: (?:about|on) [^?.!]+)?)|(?<!\b(?:is|are|was|were|be|been|being)\s+)(?:as\s+)?(?:(?:given|stated|provided|listed|reported|mentioned|cited|quoted|named|cited)\s+)?(?:in|from|by) (?:this|the) (?:article|story|text|piece|passage|(?:news )?report)|(?<!\b(?:is|are|was|were|be|been|being)\s+)in this|as (?:reported|stated|written|described|given|mentioned|noted|cited)(?: (?:here|there|in (?:the|this) (?:article|story|text|piece|report)))?)(?=\s*[?.!]*\s*$)/i;
/**
 * "The resumption of which purchases has been reported", "of the violation of which principle was
 * it accused": a formal question that opens with what it asks about; asked as "which purchases…,
 * the resumption", so "which" opens it.
 */
const PIED_PIPED = /^(?:(of|in|by|to|for|with|from|on|about|at|over|against|under)\s+)?(?:the|a|an)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+of\s+((?:which|what)\b[^?]*?)\s*([?.!]*)\s*$/i;
/** "What population figure is given for Taiwan": given by the article, as "what figure does the article give". */
const GIVEN_FOR = /^((?:what|which)\s+[a-z][\w'’ -]*?)\s+(?:is|are|was|were)\s+(?:given|listed|cited|reported|stated|provided|mentioned)(?=\s+(?:for|about|on|in)\b|\s*[?.!]*\s*$)/i;
/**
 * "Which country is described as one of Washington's partners", "who is named as Japan's prime
 * minister": how the article writes of the answer, which is what is asked: which country is it.
 */
const WRITTEN_OF_AS = /^(who|what|which\s+(?:\w+\s+)?\w+|whose\s+(?:\w+\s+){0,3}?\w+)\s+(is|was|are|were)\s+(?:being\s+)?(?:(?:described|named|identified|referred\s+to|mentioned|listed|characteri[sz]ed|portrayed|cited|presented)\s+as|(?:called|termed|dubbed|labell?ed)(?!\s+(?:for|on|off|out|up|in|back)\b))\s+/i;
/** An imperative that asks for a thing: "give me the value", "show the quote", "list the topics". */
// ("Give date of busan summit": a terse command drops the article, not the "of" that follows its noun.)
const ASK_FOR = /^(?:(?:give|show|list|find|provide|state|tell)(?:\s+me)?|i\s+(?:need|want|would\s+like|'d\s+like))\s+(?=(?:the|a|an|all|every|each)\b|[a-z]+\s+(?:of|for)\s)/i;
/** "The line where…", "the sentence that says…": a request for the sentence itself. */
const QUOTED_LINE = new RegExp(String.raw`\b${LINE_NOUNS}\s+(?:where|that\s+says)\b`, 'i');
/** "Name the spokesperson who…": what is the name of the spokesperson. */
const NAME_IT = /^name\s+(?:of\s+)?(?=(?:the|a|an)\b)(?!(?:the|a|an)\s+(?:[a-z]+\s+)?(?:topics|issues|subjects|matters|areas|things|points)\b)/i;
/** "Name the three topics they covered": what the topics were. */
const NAME_TOPICS = /^name\s+(?=(?:the|a|an)\s+(?:[a-z]+\s+)?(?:topics|issues|subjects|matters|areas|things|points)\b)/i;
/** An imperative that asks for an account: "summarize Xi's view", "explain strategic ambiguity". */
const ACCOUNT = /^(?:summari[sz]e|outline|explain|describe|recap)\s+/i;

/**
 * Chat shorthand, as whole words: "ppl" → "people", "pm" → "prime minister", "ww2" → "World War
 * II", "w" → "with", "bc" → "because", "ok'd" → "approved"; fillers ("rn", "idk") go.
 */
const SHORTHAND: Record<string, string> = {
  ppl: 'people', liv: 'live', livs: 'lives', persons: 'people', mtg: 'meeting', mtgs: 'meetings', pkg: 'package', dept: 'department', pres: 'president', pm: 'prime minister', wat: 'what', wats: "what's", pop: 'population', ww2: 'World War II', wwii: 'World War II', ww2s: "World War II's", wwiis: "World War II's", govt: 'government', govts: 'governments', pkgs: 'packages', "gov't": 'government',
  admin: 'administration', intl: 'international', prez: 'president', gonna: 'going to', wanna: 'want to', gotta: 'got to',
  lol: '', lmao: '', omg: '', btw: '', tbh: '', imo: '', abt: 'about', cuz: 'because',
  bc: 'because', w: 'with', n: 'and', r: 'are', u: 'you', ur: 'your', rn: '', atm: '', tel: 'tell', etc: '', irl: 'in person', wdym: '', idk: '', ngl: '', fr: '', smh: '',
  sed: 'said', sez: 'says', tho: 'though', thx: '', lowkey: '', highkey: '', smth: 'something', sth: 'something', smthg: 'something', meetup: 'meeting', convo: 'conversation', convos: 'conversations', mofa: 'foreign ministry', mfa: 'foreign ministry', folks: 'people', folk: 'people', "ok'd": 'approved', okd: 'approved', okayed: 'approved', "ok'ed": 'approved', "ok'ing": 'approving', okaying: 'approving',
  deets: 'details', spox: 'spokesperson', teh: 'the', fm: 'foreign ministry', dc: 'Washington', gis: 'troops', cn: 'China', jp: 'Japan', tw: 'Taiwan', wh: 'White House', ag: 'agricultural', mon: 'Monday', tue: 'Tuesday', tues: 'Tuesday', thu: 'Thursday', thurs: 'Thursday',
  champ: 'champion', champs: 'champions', semis: 'semifinals', semi: 'semifinal', tix: 'tickets', info: 'information', stats: 'statistics', biz: 'business', econ: 'economy',
  exec: 'executive', execs: 'executives', cfo: 'chief financial officer', coo: 'chief operating officer', vp: 'vice president', sen: 'senator', dems: 'Democrats', dem: 'Democrat', avg: 'average', pic: 'picture', pics: 'pictures',
  cld: 'could', wld: 'would', shld: 'should', shd: 'should', tlk: 'talk', tlks: 'talks', tlkd: 'talked', tlking: 'talking', msg: 'message', msgs: 'messages', thru: 'through', b4: 'before', yr: 'year', yrs: 'years', wk: 'week', wks: 'weeks', hr: 'hour', hrs: 'hours', mins: 'minutes', approx: 'approximately', imp: 'important', impt: 'important', kinda: 'kind of', sorta: 'sort of', goin: 'going', doin: 'doing', sayin: 'saying', talkin: 'talking', nothin: 'nothing', somethin: 'something',
};
// Whole words only, and not letters of an abbreviation ("u.s.", "w. virginia").
// (With its possessive: "the japanese PM's comments" → "prime minister's".)
const SHORTHAND_WORD = new RegExp(`(?<![\\w'’.])(?:${Object.keys(SHORTHAND).map((k) => k.replace(/'/g, "['’]")).join('|')})(?:['’]s)?(?![\\w'’]|\\.\\w)`, 'gi');
function spelledOut(typed: string): string {
  const word = typed.toLowerCase().replace('’', "'");
  const full = SHORTHAND[word];
  if (full !== undefined) return full;
  const owner = word.endsWith("'s") ? SHORTHAND[word.slice(0, -2)] : undefined;
  return owner ? `${owner}'s` : typed;
}

/**
 * "Who tf is Lin Jian", "what on earth did Xi mean": an intensifier after the question word says
 * how it is asked, not what (without this "tf" and "hell" were words the answer had to hold).
 */
/**
 * "Following the leaders' meeting", "in the wake of the summit", "prior to the call": prepositions
 * of time in other words, read as "after" and "before" (which set the scene, not what is asked).
 */
// (Not the verb: "who is following the talks".)
const AFTER_IN_OTHER_WORDS = /(?<!\b(?:is|are|was|were|be|been|being|am|not|who|they|we|you|i|keep|keeps|kept|start|started|stop|stopped|been)\s+)\b(?:following|in\s+the\s+(?:wake|aftermath)\s+of|subsequent\s+to|(?:that|which)\s+(?:followed|came\s+after))\s+(?=(?:the|their|this|that|a|an|his|her|its|last|[A-Z][\w.'’-]*)\b)/g;
/**
 * "Did Trump himself say anything", "what did the spokesman himself say": a reflexive after the
 * subject only stresses who (not "Xi described himself as", an object).
 */
const REFLEXIVE_STRESS = /\b((?:did|does|do|has|have|had|was|is|were|are|will|would|could|can|should)\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?)\s+(?:himself|herself|themselves|itself)(?=\s+([a-z]+))/gi;
/** The reflexive goes when a verb follows it ("Trump himself say"), not as an object ("describe himself as"). */
const unstressed = (whole: string, subject: string, next: string) => (baseForms(next.toLowerCase(), 'v').length > 0 ? subject : whole);
/** "The most detailed one", "a hypothetical one": "one" standing for the noun before it, no number. */
const PRONOUN_ONE = /(?<=\b(?:the|a|an|this|that|which|each|every|another|other)\s+(?:[\w"“”'’-]+\s+){1,3})one(?=\s*[?.!,]|\s*$|\s+(?:or|and|that|which|who)\b)/gi;
/** "What did these two cover", "did those two agree": a number standing for people named before — they. */
const NUMBER_FOR_PEOPLE = /\b(?:these|those)\s+(?:two|three)(?=\s+([a-z]+)\b|\s*([?.!,]|$))/gi;
const peopleOfNumber = (whole: string, next: string | undefined) => (next === undefined || isMostlyVerb(next.toLowerCase()) || VERB_COMPANIONS.has(next.toLowerCase()) ? 'they' : whole);
/** Auxiliaries, and adverbs that go with a verb ("did", "really", "both"): words after a subject that is no noun's. */
const VERB_COMPANIONS = new Set(['did', 'do', 'does', 'have', 'had', 'has', 'were', 'are', 'was', 'is', 'will', 'would', 'can', 'could', 'should', 'might', 'really', 'actually', 'ever', 'even', 'just', 'also', 'both', 'all']);
/** "What is what Xi said", "what is it that Xi said": what Xi said (Spanish and French word order). */
const WHAT_IS_WHAT = /^what\s+is\s+what\s+/i;
/** "What there is inside the package" (Italian "cosa c'è"): what is inside it. */
const WHAT_THERE_IS = /^what\s+there\s+(is|are|was|were)\s+/i;
/** "What has said Trump to Xi" (Romance order): what has Trump said to Xi. */
const PARTICIPLE_FIRST = /^what\s+(has|have|had)\s+(said|told|stated|declared|announced|claimed|asked)\s+((?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?)(?=\s+(?:to|about|on|of|regarding|concerning|in|at|after|before)\b|\s*[?.!]*\s*$)/i;
/**
 * "How is called the president of Taiwan", "the Japanese prime minister, how is called?", "how is
 * the policy called" (Italian, Spanish, German order): what its name is.
 */
const HOW_CALLED_FIRST = /^how\s+(?:is|are|was|were)\s+(?:he\s+|she\s+|it\s+|they\s+)?called\s+(?!by\b)(.+?)\s*([?.!]*)\s*$/i;
const HOW_CALLED_AFTER = /^(.+?),\s*how\s+(?:is|are|was|were)\s+(?:he\s+|she\s+|it\s+|they\s+)?called\s*([?.!]*)\s*$/i;
const HOW_IS_IT_CALLED = /^how\s+(is|are|was|were)\s+(.+?)\s+called\s*([?.!]*)\s*$/i;
/** "In the course of the conversation", "over the course of the call": during it. */
const DURING_IN_OTHER_WORDS = /\b(?:in|over|throughout)\s+the\s+course\s+of\b/gi;
const BEFORE_IN_OTHER_WORDS = /\b(?:prior\s+to|ahead\s+of|preceding|in\s+the\s+run[\s-]up\s+to|(?:that|which)\s+(?:preceded|came\s+before))\s+(?=(?:the|their|this|that|a|an|his|her|its|[A-Z][\w.'’-]*)\b)/g;
/** "Did the White House say anything of substance": anything that matters (not "the substance of the talks", their details). */
const OF_SUBSTANCE = /\b(anything|something|nothing|much|little)\s+of\s+(?:real\s+)?substance\b/gi;
/** "What day of the weak": the word typed as it sounds, in the one phrase it cannot mean. */
const DAY_OF_THE_WEEK = /\bday\s+of\s+(?:the\s+)?weak\b/gi;
const WH_INTENSIFIER = /\b(who|whom|what|where|when|why|how|which)\s+(?:tf|the\s+(?:hell|heck|fuck|frick|devil)|on\s+earth|in\s+the\s+world)\b/gi;

/**
 * "What's the basic gist of the article, like what happened on Monday": a question said again
 * more plainly after "like" or "I mean"; the plain one is asked.
 */
const SAID_AGAIN = /^[^?]*?,\s*(?:like|i mean|as in|basically)[\s,]+(?=(?:what|who|whom|when|where|why|how|which)\b)/i;
/** "What's in the weapons package, like what kind of equipment": a kind asked of what the question names, not the question again. */
const KIND_ASIDE = /,\s*(?:like|i mean|as in)\s+(?:what|which)\s+(?:kind|kinds|type|types|sort|sorts)\s+of\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*([?!.]*)\s*$/i;
/** "How big was the deal (dollar amount)": a closing aside that only names the kind of answer wanted. */
const KIND_IN_BRACKETS = /\s*\((?:(?:in|the|exact|rough|roughly|approx|approximate|approximately|dollar|dollars|usd|amount|figure|number|value|price|cost|date|day|year|name|names|percent|percentage)\s*)+\)(\s*[?.!]*)\s*$/i;
/** "What is in the package, are only missiles?", "…, is it just jets?": a guess that narrows what is asked. */
const NARROWING_GUESS = /^((?:what|which)\b[^,]*?),\s*(?:(?:is|are)\s+(?:it|they|there|these|those)\s+|is\s+that\s+|are\s+|is\s+)(?:only|just|all|mostly|mainly)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*([?!.]*)\s*$/i;
/**
 * "How big was the arms deal, dollar amount": after a whole question, a closing phrase that only
 * names the kind of answer wanted. (Not after keywords: "arms sale, date?" asks for the date.)
 */
const KIND_AFTER_QUESTION = /^((?:how|what|which|who|when|where|is|are|was|were|did|does|do)\b[^,]*?),\s*(?:(?:the|in|exact|rough|roughly|approx|approximate|approximately)\s+)*(?:dollar|dollars|usd|money|amount|figure|number|value|date|year|percent|percentage)(?:\s+(?:amount|figure|value|number|terms|wise))?(\s*[?.!]*)\s*$/i;
/**
 * "How many people live on Taiwan, roughly, I always thought it was a little island?", "what's in the
 * package, is it tanks or ships or what, my grandson wanted to know?": after a whole question, a
 * guess asked again, or the asker's own story, says nothing the answer must hold.
 */
const TRAILING_ASIDE = /,\s*(?:(?:or\s+)?(?:was|is|were|are|did|does|do|has|have|had|could|would|will)\s+(?:it|he|she|they|we|that|this|there|i)\b|(?:(?:and|but|so)\s+)?(?:i\b|i['’](?:m|ve|d|ll)\b|my\b|because\b|(?:since|as)\s+i\b)|roughly\b|approximately\b|more\s+or\s+less\b|give\s+or\s+take\b|(?:millions|billions|thousands|hundreds|dozens)\b|some\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+or\s+other\b|(?:just\s+)?for\s+(?:our|my)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*[?.!]*\s*$|if\s+i\s+(?:may|might|can|could)\s+ask\b|it\s+(?:was|is|were|['’]s)\s+[^,?]*?\b(?:was|is|were)n['’]?t\s+it\b)/gi;
/** A whole question before an aside: one sentence that opens (perhaps after its subject and a comma) with a question word or an auxiliary, and goes on. */
const WHOLE_QUESTION = /^(?:[^,.!?]{1,80},\s*)?(?:(?:so|and|now|ok|okay|well)[\s,]+)?(?:(?:by|in|on|at|for|to|from|since|with|of|during|after|before)\s+)?(?:who|whom|whose|what|whats|what['’]s|when|where|why|how|which|is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b[^.!?]*?\s(?:[^\s,]+\s+){2,}/i;
function withoutTrailingAside(text: string): string {
  for (const aside of text.matchAll(TRAILING_ASIDE)) {
    // (Only at the end: after a sentence's end, another sentence, or question, follows.)
    if (/[?.!]\s+\S/.test(text.slice(aside.index))) continue;
    const before = text.slice(0, aside.index);
    if (WHOLE_QUESTION.test(`${before} `)) return `${before.trimEnd()}${/\?\s*$/.test(text) ? '?' : ''}`;
  }
  return text;
}
/** "Which side, and I'm guessing it wasn't ours, put out…": the asker's guess set off inside the question. */
const GUESS_INSIDE = /,\s*(?:and\s+)?i['’]m\s+(?:guessing|thinking|assuming|betting|sure|told)\b[^,?]*,\s*/gi;
/**
 * "I was at my granddaughter's recital so I missed it, what day…", "My late husband always said…,
 * so what subjects…": the asker's own story, set off by a comma before the question.
 */
const OWN_STORY_FIRST = /^(?:(?:now|well|ok|okay|so|oh|hmm)[\s,]+)*(?:i|i['’]m|i['’]ve|i['’]d|my|we|we['’]re|our|forgive\s+me|excuse\s+me|pardon\s+me|sorry)\b(?:(?!\b(?:who|whom|whose|what|when|where|why|how|which)\b)[^?.!]){12,}?,\s*(?:(?:so|but|and|anyway|well)\s*,?\s+)?(?=(?:who|whom|whose|what|whats|when|where|why|how|which)\b)/i;
/** The question after the asker's story, unless it points back into the story ("…, what was that?"). */
function withoutOwnStory(text: string): string {
  const story = OWN_STORY_FIRST.exec(text);
  if (!story) return text;
  const question = text.slice(story[0].length);
  return POINTS_BACK.test(question) || question.split(/\s+/).length < 4 ? text : question;
}
/** "That Japanese prime minister…, what's her name again": the name of the one described. */
const DESCRIBED_THEN_NAME = /^(?!(?:who|whom|whose|what|whats|when|where|why|how|which)\b)(.+?),\s*what['’]?s\s+(?:his|her|their|its)\s+name(?:\s+again)?\s*([?.!]*)\s*$/i;
/**
 * "Who is white house official that confirm call", "how much tariff US cut" (Korean and Chinese
 * English): the article and the auxiliary English puts in.
 */
const ROLE_WITHOUT_ARTICLE = /^(who|what)\s+(is|was|are|were)\s+(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|your|my)\b)([a-z][\w-]*(?:\s+[a-z][\w-]*){1,3})(?=\s+(?:that|who|which)\b|\s*[?.!]*\s*$)/;
const theRole = (whole: string, wh: string, be: string, role: string) => (role.split(/\s+/).every((w) => isDictionaryWord(w) && !isStopWord(w)) ? `${wh} ${be} the ${role}` : whole);
const AMOUNT_WITHOUT_AUXILIARY = /^(how\s+(?:much|many)\s+(?!(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|of)\b)[\w-]+)\s+((?:the\s+)?[\w.'’-]+)\s+([a-z]+)\b/i;
const withAuxiliary = (whole: string, asked: string, subject: string, verb: string) =>
  // (The subject a name or a place: in "how many board members wanted…" the noun goes on.)
  (typedPlace(subject.replace(/^the\s+/i, '')) || /^[A-Z]/.test(subject)) && isMostlyVerb(verb.toLowerCase()) && !VERB_COMPANIONS.has(verb.toLowerCase()) ? `${asked} did ${subject} ${verb}` : whole;
/** "What's that official's name", "what is the spokesman's full name": the name of the one described. */
const POSSESSIVE_NAME = /^what(?:['’]s|\s+is|\s+was)\s+((?:the|that|this)\s+(?:[\w-]+\s+){0,3}?[\w-]+)['’]s\s+(?:full\s+|real\s+|first\s+|last\s+)?name\b/i;
/** "How much is the value of the package" (Portuguese, Spanish order): what its value is. */
const HOW_MUCH_VALUE = /^how\s+much\s+(is|was|are|were)\s+the\s+(value|cost|price|worth|amount|total|sum)\s+of\b/i;
/** "Trivia round: …", "Question 3: …", "Bonus: …": a quiz's label before what it asks. */
const QUIZ_LABEL = /^(?:(?:trivia|quiz|bonus|final|quick|random|lightning|pop|round|question|q|no\.?|number|#?\d+|follow-?up|one\s+more)\s*){1,3}[:.)—–-]+\s+(?=\S)/i;
/**
 * "The call covered three topics — name all three": the things counted are what is asked for, as
 * "name the three topics the call covered" asks.
 */
const NAME_ALL_COUNTED = /^(.*?)\b(two|three|four|five|six|[2-9])\s+([a-z]+s)\b(.*?)\s*[—–:,;-]+\s*(?:can\s+you\s+)?(?:name|list)\s+(?:them\s+)?(?:all|both|the|them|each)?(?:\s+(?:two|three|four|five|six|[2-9]))?(?:\s+of\s+them)?\s*[?.!]*\s*$/i;
/** "What jets are the parts for, F-16s?": a guess after a question ended by its preposition is the asker's, not the question's. */
const GUESS_AFTER = /^((?:what|which)\b.*?\s(?:for|from|in|to|with|by|at|on|of)),\s*(?:(?:like|maybe|perhaps|probably|i guess|i think)\s+)?(?:the\s+|an?\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*([?!.]*)\s*$/i;

/**
 * "How many people live in Taiwan, 25 million?", "when was the summit, Oct. 31?": a number or date
 * the asker guesses after a question that asks for one. The text's own figure answers it, right or
 * wrong; the guess is no word the answer must hold.
 */
const FIGURE_GUESS = /^((?:how\s+(?:many|much|big|large|long|old|high|far)|when|what\s+(?:day|date|year|month|time|percentage|percent|amount|sum|figure|number|share))\b[^,]*?)\s*,\s*(?:(?:like|maybe|perhaps|probably|about|around|roughly|approximately|was\s+it|is\s+it|i\s+think|i\s+guess|or)\s+)?((?:[\w.$%'’-]+\s*){1,5}?)\s*([?!.]*)\s*$/i;
const GUESSED_FIGURE = /\d|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|million|billion|thousand|hundred|percent|dozen)\b/i;
const unlessGuessedFigure = (whole: string, asked: string, guess: string, end: string) => (GUESSED_FIGURE.test(guess) ? `${asked}${end}` : whole);

/** Prepositions of several words: "with regard to the island's defence", "in the context of the US": about them. */
const ABOUT = /\b(?:(?:with|in) (?:regard|respect|relation) to|in terms of|as regards|as far as|in the context of)\b/gi;
/** "Did they meet in person", "…, or whatever her name was", "who asked for it in the first place": how or how surely it is asked, not what. */
const MANNER = /\b(?:(?:are|is) we talking(?: about)?|in[\s-]person|,?\s*(?:quoting|quote)\s+(?:him|her|them|it)(?:\s+(?:directly|exactly|verbatim))?(?=\s*[?.!]*\s*$)|,?\s*(?:word\s+for\s+word|verbatim)(?=\s*[?.!]*\s*$)|in the first place|,?\s*in (?:this|that|the present|the current) context(?=\s*[?.!]*\s*$)|going forward|face[\s-]to[\s-]face|or (?:nah|not|no)(?=\s*[?.!]*\s*$|\s*,\s*\w)|or whatever(?: (?:his|her|their|its) name (?:is|was))?|or something(?: like that)?|(?<!\b(?:is|are|was|were|be|been|being)\s+)(?:quoted|mentioned|named|cited) in (?:the|this) (?:article|story|text|piece|artcle|articel)|(?:that|who|which) (?:is|are|was|were) (?:quoted|mentioned|named|cited) (?:here|there))\b/gi;
/**
 * "What figure does the article give for…", "how does the story characterize…": the article is
 * where the answer is, not a speaker; what it gives or how it describes is what is asked.
 */
const ARTICLE = String.raw`(?:the|this) (?:news )?(?:article|story|text|piece|report|author|writer|reporter|passage|lead|lede|headline|(?:opening|first) paragraph)`;
const ARTICLE_DESCRIBES = new RegExp(String.raw`^how (?:does|did) ${ARTICLE} (?:describe|characteri[sz]e|portray|present|depict|frame|explain)\s+`, 'i');
/** "How is the White House response to the call described": what the article tells of the thing, as "how does the article describe" asks. */
const DESCRIBED_THING = new RegExp(String.raw`^how\s+(?:is|are|was|were)\s+((?:the|a|an)\s+.+?)\s+(?:described|characteri[sz]ed|portrayed|depicted|presented)(?:\s+in\s+${ARTICLE})?(?=\s*[?.!]*\s*$)`, 'i');
/**
 * "What word does the article use for Beijing's protest", "which adverb describes how Beijing
 * protested": the word is in the sentence that tells it, so the question asks how the article tells it.
 */
const WORD_CHOSEN = new RegExp(String.raw`^(?:what|which)\s+(?:(?:single|exact|one|two)\s+)?(?:word|words|term|phrase|verb|verbs|adjective|adverb|noun|expression|metaphor|wording)\s+(?:(?:does|did)\s+${ARTICLE}\s+use\s+(?:for|about|to\s+(?:describe|say|characteri[sz]e|refer\s+to|explain|convey))|(?:describes|characteri[sz]es|is\s+used\s+(?:for|to\s+describe)))\s+`, 'i');
const ARTICLE_GIVES = new RegExp(String.raw`\s+(?:does|did) ${ARTICLE} (?:give|list|cite|mention|report|provide|state|offer|use|say)\b`, 'i');
/**
 * Keywords ending in what is asked for: "taiwan president name", "call topics", "taiwan
 * government reply", "busan meeting date" — the question they stand for.
 */
// (Nor an imperative that asks for them: "name the three topics", "list the topics".)
const NOT_A_QUESTION = String.raw`(?!${ASKS}|(?:name|list)\s)`;
const KEYWORDS_THEN_KIND: [RegExp, string][] = [
  [new RegExp(String.raw`^${NOT_A_QUESTION}((?:[\w.'’-]+\s+){1,4}?)names?(?=\s*[?.!]*\s*$)`, 'i'), 'what is the name of the $1'],
  [new RegExp(String.raw`^${NOT_A_QUESTION}((?:[\w.'’-]+\s+){1,4}?)(?:topics|subjects|issues)(?=\s*[?.!]*\s*$)`, 'i'), 'what topics came up in the $1'],
  [new RegExp(String.raw`^${NOT_A_QUESTION}((?:[\w.'’-]+\s+){1,4}?)(?:reply|replies|response|responses|reaction|reactions)(?=\s*[?.!]*\s*$)`, 'i'), 'how did the $1respond'],
  [new RegExp(String.raw`^${NOT_A_QUESTION}((?:[\w.'’-]+\s+){0,3}?[\w.'’-]+)\s+(?:day\s+of\s+(?:the\s+)?week|weekday)(?=\s*[?.!]*\s*$)`, 'i'), 'what day of the week was the $1'],
  [new RegExp(String.raw`^${NOT_A_QUESTION}((?:[\w.'’-]+\s+){1,4}?)(?:date|day)(?=\s*[?.!]*\s*$)`, 'i'), 'when was the $1'],
  // "Trump remarks on Taiwan during call", "takaichi comments about taiwan": what that one said about it.
  [new RegExp(String.raw`^${NOT_A_QUESTION}([\w.-]+(?:\s+[\w.-]+)?)['’]?s?\s+(?:remarks|comments|statements?|words)\s+(?:on|about|regarding)\s+(.+?)(?=\s*[?.!]*\s*$)`, 'i'), 'what did $1 say about $2'],
  // ("trump comments after xi call": what he said after it.)
  [new RegExp(String.raw`^${NOT_A_QUESTION}([\w.-]+(?:\s+[\w.-]+)?)['’]?s?\s+(?:remarks|comments|statements?|words)\s+(after|since|following)\s+(.+?)(?=\s*[?.!]*\s*$)`, 'i'), 'what did $1 say $2 $3'],
  // "Taipei stance on Beijing sovereignty claim", "Xi line on Ukraine": what that one's view of it is.
  // (Not "Xi's view on Taiwan", which says whose already.)
  [new RegExp(String.raw`^${NOT_A_QUESTION}([\w.-]+(?:\s+[\w.-]+)?)\s+(?:stance|position|view|line)\s+on\s+(.+?)(?=\s*[?.!]*\s*$)`, 'i'), "what is $1's position on $2"],
  // "China soybean purchase volume since Busan?": what that amount is ("…value" is read as the kind asked).
  [new RegExp(String.raw`^${NOT_A_QUESTION}((?:[\w.'’-]+\s+){0,4}?[\w.'’-]+)\s+(volume|amount|size|total)s?((?:\s+(?:since|after|before|during|in|at|on)(?:\s+[\w.'’-]+){1,3})?)(?=\s*[?.!]*\s*$)`, 'i'), 'what is the $2 of the $1$3'],
];
/**
 * "Us tariff reduction, how big?", "takaichi's remarks, when?", "…, exact date?": what is asked put
 * last after a comma, as in speech — the question it stands for puts it first. (Without the comma,
 * "Takaichi said what?" is read as it stands.)
 */
/** What sets a headline's question off from its subject: a comma, a dash, a colon ("Trump-Xi call — what day?"). */
const TAIL_BREAK = String.raw`(?:,|\s+[—–-]+|\s*[—–]|:)\s*`;
const WH_LAST: [RegExp, string][] = [
  [new RegExp(String.raw`^${NOT_A_QUESTION}((?:[\w.'’$%-]+,?\s+){1,9}?[\w.'’$%-]+)${TAIL_BREAK}(how\s+(?:big|large|much|many|long|often|far|bad|serious|severe|high|low))\s*\?+\s*$`, 'i'), '$2 is $1?'],
  [new RegExp(String.raw`^${NOT_A_QUESTION}((?:[\w.'’$%-]+,?\s+){1,9}?[\w.'’$%-]+)${TAIL_BREAK}(who|what|when|where|why|how)\s*\?+\s*$`, 'i'), '$2 $1?'],
  [new RegExp(String.raw`^${NOT_A_QUESTION}((?:[\w.'’$%-]+\s+){0,6}?[\w.'’$%-]+)${TAIL_BREAK}(?:the\s+|what\s+|which\s+)?(exact\s+|precise\s+)?(?:date|day)\s*\?+\s*$`, 'i'), 'what was the $2date of $1?'],
  // "Xi on ties since Busan — exact wording?": his words on it.
  [new RegExp(String.raw`^${NOT_A_QUESTION}((?:[\w.'’$%-]+\s+){0,8}?[\w.'’$%-]+)${TAIL_BREAK}(?:the\s+)?(?:exact|precise|actual|direct)\s+(?:wording|words|quote|quotes|quotation)\s*\?+\s*$`, 'i'), '$1?'],
];
/**
 * "Trade wise": the word before "wise" is the topic. ("How big was the deal, dollar-wise": a
 * money word only says a sum is asked for, which "how big" already asks.)
 */
const WISE = /(,?\s*)(?:like\s+)?\b([a-z]+)[\s-]wise\b/gi;
const wiseTopic = (_: string, before: string, word: string) => (/^(?:dollar|money|price|cost)$/i.test(word) ? '' : `${before}${word}`);
/** "How big was the sale in dollars": the unit of the sum asked for, which "how big" already asks. */
// ("How big, in dollars, was the sale": set off by commas inside the question too.)
const IN_MONEY = /,?\s+in\s+(?:dollars|dollar\s+terms|money\s+terms|money)(?:(?=\s*[?.!]*\s*$)|\s*,(?=\s))/i;
/** "Is Japan like on the US's side": "like" as a filler before a preposition, or before the question ("like what was…"). */
const FILLER_LIKE = /^\s*(?:(?:so|ok|okay|and|but)\s+)*like,?\s+(?=(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|did|does|do|has|have|can|could|will|would)\b)|\s+like\s+(?=(?:on|in|at|with|against|for|about)\s)|(?<=\b(?:is|are|was|were)\s+[\w'’.-]+)\s+like\s+(?=(?:a|an|the|really|super|so|very)\s)/gi;

/**
 * "That spokesperson guy", "the japanese prime minister lady", "the chinese guy": a casual word for
 * a person after what describes them says no more than that description.
 */
/** "That prime minister…, the lady, what's her name": a casual word for the one just described, set off by commas. */
const CASUAL_APPOSITIVE = /,\s*(?:the|that|this)\s+(?:guy|lady|dude|fella|fellow|bloke|chap|gal|man|woman)\s*(?=,|[?.!]*\s*$)/gi;
const CASUAL_PERSON = /(?<=\b(?!(?:the|a|an|that|this|some|which|what)\b)[a-z][\w'’-]*)\s+(?:guy|guys|lady|ladies|dude|dudes|fella|fellas|bloke|chap|gal)\b/gi;

/** "China vs Japan": the two sides of a relation, as "China and Japan" are. */
const VERSUS = /\s+(?:vs\.?|versus)\s+/gi;

/**
 * "Did China also lower tariffs": "also" only presumes someone else did; read without it, the
 * subject stands next to its verb, where the checks of who did what look for it.
 */
const ALSO = /(?<=[\p{L}\p{N}])\s+also(?=\s+\p{L})/giu;

/** "Taiwan government agree with China's claim or not?": a statement asked yes or no. */
const OR_NOT = /\bor\s+(?:not|no|nah)\s*[?.!]*\s*$/i;
const ASKS_FIRST = new RegExp(String.raw`^\s*${ASKS}`, 'i');
/** "Trump agreed with Xi's point, right?", "…, didn't he?": a statement asked yes or no by its tag. */
const TAG_QUESTION = /,?\s+(?:right|correct|yeah|yes|true|isn'?t\s+(?:it|that)|aren'?t\s+they|(?:didn'?t|doesn'?t|don'?t|wasn'?t|weren'?t|hasn'?t|haven'?t|won'?t|wouldn'?t)\s+(?:he|she|they|it|we))\s*\?+\s*$/i;
/**
 * "Trump is going to visit Beijing after the call?": a statement with a question mark, asked yes or
 * no — its verb a few words in. (Not "takaichi remarks china reaction?", a search with no verb.)
 */
const STATEMENT_ASKED = /^\s*((?:[\p{L}\p{N}.'’-]+\s+){1,4})(?:is|are|was|were|will|would|has|have|had|can|could|should|did|does|do)\s[^?,]*\?+\s*$/iu;
const ASKS_ANYWHERE = /\b(?:who|whom|whose|what|when|where|why|how|which)\b/i;
/** Words that cannot open the statement's subject: a question already ("is it true that…", "but is…"), or the asker ("I heard…"). */
const NOT_A_SUBJECT = new Set(['i', 'we', 'you', 'but', 'and', 'so', 'or', 'is', 'are', 'was', 'were', 'does', 'do', 'did', 'can', 'could', 'will', 'would', 'should', 'has', 'have', 'had', 'it', 'there', 'that', 'this']);
/** A short first word in w or h may be a question word mistyped ("wht", "waht", "wich", "hw"). */
const MISTYPED_ASKING = /^[wh][a-z]{0,4}$/i;

function isStatementAsked(question: string): boolean {
  const subject = STATEMENT_ASKED.exec(question)?.[1]?.trim().split(/\s+/);
  if (!subject || ASKS_FIRST.test(question) || ASKS_ANYWHERE.test(question)) return false;
  return !MISTYPED_ASKING.test(subject[0]!) && subject.every((word) => !NOT_A_SUBJECT.has(word.toLowerCase()));
}

/**
 * "My neighbour insists the U.S. is required by law to help Taiwan, is that true according to this
 * article?": the claim is what is asked about, without who made it.
 */
// (Not "…, is it true that X…": there the claim follows, and what comes before is a lead-in.)
const CLAIM_CHECK = /^(.+?),?\s+(?:(?:is|was)\s+(?:that|this|it|he|she)|are\s+they)\s+(?:true|right|correct|so)\b(?!\s+(?:that|if|whether)\b)[^?]*\?*\s*$/i;
const REPORTED = /^(?:(?:my|a|some|our)\s+(?:[\w'’-]+\s+){0,2}?(?:insists|insisted|says|said|claims|claimed|told me|thinks|believes|swears|mentioned)|(?:i|we)\s+(?:heard|read|was told|were told)(?:\s+somewhere)?|(?:someone|somebody|people)(?:\s+[\w'’-]+){0,3}?\s+(?:say|says|said|told me|claim|claims))(?:\s+that)?\s+/i;
/** "According to the article, did they…", "in the story, who…": the article is what every answer is from. */
const ARTICLE_FIRST = /^\s*(?:according\s+to|per|in|from)\s+(?:the|this)\s+(?:article|story|text|piece|report|news\s+report)\s*[,:]\s*(?=\S)/i;
/** "The the purpose": a word typed twice. */
const TYPED_TWICE = /\b(the|a|an|to|of|in|on|and|is|was)\s+\1\b/gi;

/** "What role would China play": "play" only goes with the role ("play a part"), which the text may give without it. */
const PLAYS_A_ROLE = /\b(?:play|plays|played|playing)\b(?=.*\b(?:role|roles|part)\b)|(?<=\b(?:role|roles|part)\b.*)\b(?:play|plays|played|playing)\b/gi;

/**
 * "How do I renew a US passport", "how can we apply": asking how to do something oneself, which a
 * news article does not answer (its "renewed debate" is no instructions). Not a way of asking about
 * the article: "how would I describe relations…", "how do we know…".
 */
const HOW_TO = /^how\s+(?:do|can|could|should|would|might|to)\s+(?:i|we)\s+(?!(?:describe|characteri[sz]e|know|understand|interpret|read|explain|summari[sz]e|sum)\b)/i;

/**
 * Interrogatives that open a question. (Not a yes/no question's verb: "who called who, did Trump or
 * Xi start it" asks one thing twice, and "who called who" alone would find an answer it does not ask.)
 */
const OPENS_A_QUESTION = String.raw`(?:what|what['’]?s|whats|who|whom|whose|who['’]?s|why|why['’]d|how|how['’]?s|when|where|which)\b`;
/** "How did Taiwan learn of the approval, who announced it", "who is X and what did she say": two questions, each opening with its interrogative, after a comma or "and". */
// ("According to Taipei, who should decide…, and roughly how many live there": the source told
// first is each question's; "roughly", "also" only say how the second is asked.)
const TWO_QUESTIONS = new RegExp(
  String.raw`^\s*((?:according\s+to|per)\s+[^,]{1,60},\s*)?(${OPENS_A_QUESTION}[^,]*?)(?:\s*,\s*(?:(?:and|or|but|so|like)\s+)?|\s+and\s+)(?:(?:also|roughly|approximately|about|exactly|then|just)\s+)?(${OPENS_A_QUESTION}[^,]*)$`,
  'i',
);

/** The two questions of a message that asks two, each as its own text; null when it asks one. */
export function twoQuestions(question: string): [string, string] | null {
  const match = TWO_QUESTIONS.exec(question);
  if (!match) return null;
  const source = match[1] ?? '';
  return [`${source}${match[2]!}`, `${source}${match[3]!}`];
}

export function asksHowTo(question: string): boolean {
  return HOW_TO.test(question.trim());
}

export function questionOfRequest(text: string): string {
  // ("Correct that Tokyo's premier hinted…?": a claim to check, as "is it true that…".)
  const typed = text.replace(TYPED_TWICE, '$1').replace(ARTICLE_FIRST, '').replace(/^\s*(?:is\s+it\s+)?correct\s+that\s+/i, 'is it true that ');
  const claim = CLAIM_CHECK.exec(typed);
  let question: string;
  // (Asked yes or no, and read as any question is: "is that right" keeps its claim's figures in words.)
  if (claim && !ASKS_FIRST.test(claim[1]!)) question = `does ${readRequest(claim[1]!.replace(REPORTED, '').trim())}`;
  else {
    question = readRequest(typed);
    if (OR_NOT.test(text) && !ASKS_FIRST.test(question)) question = `does ${question}`;
    else if (TAG_QUESTION.test(question) && !ASKS_FIRST.test(question)) question = `does ${question.replace(TAG_QUESTION, '')}`;
    // (As typed, too: "is it true that China has bought…" is already a question, without its opener.)
    else if (isStatementAsked(question) && isStatementAsked(typed)) question = `does ${question}`;
  }
  // (The part one plays is a role: "what part would China play" → "what role would China".)
  const withoutPlay = question.replace(PLAYS_A_ROLE, '');
  return withoutPlay === question ? question : withoutPlay.replace(/\bpart\b/gi, 'role').replace(/\s{2,}/g, ' ').replace(/\s+([?.!])/g, '$1').trim();
}

/** "Where did the leaders confer in person": meet ("in person" is otherwise only how, and goes). */
const TALK_IN_PERSON = new RegExp(String.raw`\b(${TALKING_WORDS}|get\s+together|got\s+together)\s+(?:face[\s-]to[\s-]face|in[\s-]person)\b`, 'gi');
/** "The last face to face between the two presidents": a meeting (elsewhere "face to face" is only how, and goes). */
const FACE_TO_FACE_NOUN = /\b(the|a|their|that|this)\s+((?:last|first|next|previous|recent|latest)\s+)?face[\s-]to[\s-]face(?=\s+(?:between|with|in|at|of)\b|\s*[?.!]*\s*$)/gi;
const meetInPerson = (_: string, verb: string) => sameForm(verb.split(/\s+/)[0]!, MEET, ...TALKING, GET);

/** "What did taiwans president say": a place's possessive typed without its apostrophe. */
const PLACE_POSSESSIVE = /(?<!\bthe\s)\b([A-Za-z]{3,})s\b(?=\s+[A-Za-z])/gi;
const placePossessive = (word: string, place: string) => (namesAPlace(place.toLowerCase()) && !namesAPlace(word.toLowerCase()) ? `${place}'s` : word);

/**
 * "Became Ukraine also in the call discussed?": a passive in German word order ("wurde … besprochen"),
 * the auxiliary first and the participle last; in English, "was … discussed".
 */
const BECAME_PASSIVE = /^((?:when|where|why|how|who|what)\s+)?(became|becomes)\b(?=\s.*\b[a-z]{3,}(?:ed|en)\s*[?.!]*\s*$)/i;

/** "When did the 2 of them last meet": the two of them, a way to point back, not a count. */
const DIGIT_OF_THEM = /\b(the|all)\s+([2-9])\s+of\s+(?=(?:them|us|you|those|these)\b)/gi;
const SMALL_NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

function readRequest(text: string): string {
  let rest = withNumerals(withoutChatAround(text))
    .replace(BECAME_PASSIVE, (_: string, wh: string | undefined, became: string) => `${wh ?? ''}${/^became$/i.test(became) ? 'was' : 'is'}`)
    .replace(DIGIT_OF_THEM, (_: string, the: string, digit: string) => `${the} ${SMALL_NUMBER_WORDS[Number(digit) - 2]} of `)
    .replace(/\bw\/(?=\s)/gi, 'with')
    .replace(SHORTHAND_WORD, spelledOut)
    .replace(WH_INTENSIFIER, '$1')
    .replace(DAY_OF_THE_WEEK, 'day of the week')
    .replace(AFTER_IN_OTHER_WORDS, 'after ')
    .replace(BEFORE_IN_OTHER_WORDS, 'before ')
    .replace(DURING_IN_OTHER_WORDS, 'during')
    .replace(REFLEXIVE_STRESS, unstressed)
    .replace(WHAT_IS_WHAT, 'what ')
    .replace(QUIZ_LABEL, '')
    .replace(HOW_MUCH_VALUE, 'what $1 the $2 of')
    .replace(POSSESSIVE_NAME, 'what is the name of $1')
    .replace(ROLE_WITHOUT_ARTICLE, theRole)
    .replace(AMOUNT_WITHOUT_AUXILIARY, withAuxiliary)
    .replace(NAME_ALL_COUNTED, (_: string, before: string, count: string, things: string, after: string) => `name the ${count} ${things} ${`${before.replace(/\b(?:the|their|its|his|her|these|those|all)\s*$/i, '')}${after}`.trim()}`)
    .replace(PRONOUN_ONE, '')
    .replace(NUMBER_FOR_PEOPLE, peopleOfNumber)
    .replace(WHAT_THERE_IS, 'what $1 ')
    .replace(PARTICIPLE_FIRST, 'what $1 $3 $2')
    .replace(HOW_CALLED_FIRST, 'what is the name of $1$2')
    .replace(HOW_CALLED_AFTER, 'what is the name of $1$2')
    .replace(HOW_IS_IT_CALLED, 'what $1 $2 called$3')
    .replace(PLACE_POSSESSIVE, placePossessive)
    .replace(WISE, wiseTopic)
    .replace(IN_MONEY, '')
    .replace(ABOUT, 'about')
    .replace(TALK_IN_PERSON, meetInPerson)
    .replace(FACE_TO_FACE_NOUN, '$1 $2meeting')
    .replace(MANNER, ' ')
    .replace(FILLER_LIKE, ' ')
    .replace(CASUAL_PERSON, '')
    .replace(CASUAL_APPOSITIVE, '')
    .replace(ALSO, '')
    .replace(OF_SUBSTANCE, '$1')
    .replace(VERSUS, ' and ')
    .replace(/\s+/g, ' ')
    .trim()
    // ("So who called who, did Trump or Xi…", "summarize Xi's comments on…": the rewrites below read
    // the question from its start.)
    .replace(INTERJECTION, '')
    .replace(WRAPPER, '')
    .replace(ACCOUNT, '')
    .replace(NEGATIVE_OPENER, positiveOpener);
  // (Two calls for String.replace's two signatures: a replacement string or a function.)
  for (const [pattern, name] of SAME_THING) rest = typeof name === 'string' ? rest.replace(pattern, name) : rest.replace(pattern, name);
  rest = rest.replace(INTERJECTION, '').replace(WRAPPER, '').replace(KIND_ASIDE, '$1').replace(GUESS_AFTER, '$1$2').replace(NARROWING_GUESS, '$1$2').replace(FIGURE_GUESS, unlessGuessedFigure).replace(KIND_IN_BRACKETS, '$1').replace(KIND_AFTER_QUESTION, '$1$2').replace(SAID_AGAIN, '');
  rest = withoutTrailingAside(withoutOwnStory(rest)).replace(GUESS_INSIDE, ' ').replace(DESCRIBED_THEN_NAME, 'what is the name of $1$2');
  // (Before the lead-in goes: in "us tariff reduction, how big?" what comes before the comma is what is asked about.)
  for (const [pattern, question] of WH_LAST) rest = rest.replace(pattern, question);
  const question = questionAfterLeadIn(rest);
  if (question !== null) rest = question.replace(INTERJECTION, '').replace(WRAPPER, '').replace(NEGATIVE_OPENER, positiveOpener);
  rest = rest.replace(PIED_PIPED, (_: string, preposition: string | undefined, noun: string, question: string, end: string) => `${question}, ${preposition ? `${preposition.toLowerCase()} ` : ''}the ${noun}${end}`);
  rest = rest.replace(SOURCE_FIRST, '').replace(TRUE_THAT, 'does ').replace(PER_ARTICLE, '').replace(CLEFT, '$1 ').replace(CHOICE_CLEFT, 'who $3, $1 or $2$4').replace(CHOICE_YES_NO, choiceOfTwo).replace(YES_NO_CLEFT, 'did $1 ').replace(WRITTEN_OF_AS, '$1 $2 ').replace(GIVEN_FOR, '$1');
  rest = rest.replace(WORD_CHOSEN, 'how does the article describe ').replace(ARTICLE_DESCRIBES, '').replace(ARTICLE_GIVES, '').replace(DESCRIBED_THING, '$1');
  // "Which leader, other than Trump and Xi, made remarks…", "when did they meet, as opposed to
  // Monday's call": the things set aside are no words the answer must hold. (Not "besides Taiwan,
  // what else…": there they are what the answer adds to.)
  const setAside = rest.replace(SET_ASIDE, '');
  if (setAside !== rest && !/\b(?:else|other(?! than)|another|third|more)\b/i.test(rest)) rest = setAside.replace(/\s+([,?.!])/g, '$1').replace(/^,\s*/, '').trim();
  // "Taiwan presidents name": a title's possessive typed without its apostrophe, not several presidents.
  rest = rest.replace(/\b([a-z]+)s(?=\s+names?\s*[?.!]*\s*$)/i, (word: string, singular: string) => (isTitle(singular.toLowerCase()) ? singular : word));
  for (const [pattern, question] of KEYWORDS_THEN_KIND) rest = rest.replace(pattern, question).replace(/\bthe the\b/gi, 'the').replace(/\s+$/, '');
  rest = rest.replace(/^please\s+/i, '');
  if (ASK_FOR.test(rest)) return rest.replace(ASK_FOR, 'what is ');
  // "Could you tell me the name of the spokesperson": the lead-in is gone, what it asked for remains.
  // (So does "remind me of the name of…", "I would like to know the value of…".)
  // (Not "give me the line where the mayor says…": that asked for the sentence, and what it says remains.)
  if (/^(?:the|a|an)\s/i.test(rest) && !QUOTED_LINE.test(text) && /\b(?:(?:tell|give|show|remind)\s+(?:me|us)|(?:know|learn|hear)\s+(?:the|a|an)\b|looking\s+for\s+(?:the|a|an)\b)/i.test(text)) return `what is ${rest}`;
  if (NAME_IT.test(rest)) return rest.replace(NAME_IT, 'what is the name of ').replace(NAME_OF_PLACE, 'which $1');
  if (NAME_TOPICS.test(rest)) return rest.replace(NAME_TOPICS, 'what are ');
  if (ACCOUNT.test(rest)) return rest.replace(ACCOUNT, '');
  // Nothing recognisable left (the whole text was "tell me about"): keep what was typed.
  return rest.trim() ? rest : text;
}
