/**
 * The question inside a chat message: Discord's markup, a greeting, a lead-in ("I was reading about
 * the call and I'm curious — …"), an afterthought ("? sounds pretty tense") are no topic, and left
 * in, their words would be words the text must contain. The asking itself (politeness, commands)
 * is read in request.ts.
 */
import { isStopWord } from '../text/stopwords.ts';

/** The words a question opens with: an interrogative or an auxiliary. */
export const ASKS = String.raw`(?:who|whom|whose|what|whats|when|where|why|how|which|is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b`;
/** "…, so on what day did…", "…; by how much…": a question may open with a preposition. */
const PREPOSITION_FIRST = String.raw`(?:(?:on|in|at|by|for|to|from|with|since|after|before|during)\s+)?`;
/**
 * Discord's markup around a question: mentions ("@NewsBot", "<@123…>"), custom emoji
 * ("<:think:123…>", ":thinking:"), markdown (**bold**, `code`, ~~strike~~, ||spoiler||, "> " quotes).
 */
const MARKUP: [RegExp, string][] = [
  [/<(?:@[!&]?|#)\d+>/g, ' '],
  [/<a?:\w+:\d+>/g, ' '],
  [/(^|\s)@[\w.-]+/g, '$1'],
  [/(^|\s):[a-z0-9_+-]+:(?=\s|$)/gi, '$1'],
  [/\*\*|__|~~|\|\||`+/g, ''],
  [/(^|\n)\s*>+\s?/g, '$1'],
];
/**
 * "When Trump and Xi spoke by phone on Monday, what topics did the call cover?": a clause of time
 * before the question, which would make it a "when" question. The question goes first; the clause
 * stays after it, as its words may say where the answer is ("When Beijing protested the sale, which
 * principle did it say…").
 */
const TIME_CLAUSE_FIRST = new RegExp(
  String.raw`^((?:when|after|once|while)\s+[^?,]*?\b(?:[a-z]+ed|is|are|was|were|has|have|had|got|came|met|said|says|told|spoke|began|held|sent|fought|sought|bought|brought|took|gave|made|went|sat|rang|called|talked|make|makes|meet|meets|talk|talks|speak|speaks|hold|holds|call|calls|sign|signs|visit|visits)\b[^?,]*?),\s+(${PREPOSITION_FIRST}${ASKS}[^?]*?)(\?*)\s*$`,
  'i',
);

/**
 * "Given that Xi addressed the Ukraine crisis during the call, how did he say it ought to be
 * resolved?", "Considering the developments since Busan, how…": a clause of context before the
 * question, restating what the asker knows. Its words are no topic: left in, they are words the
 * answer must contain. ("Since"/"as"/"because" only before a clause — "since the Busan summit, what
 * has China done" sets the time asked about.)
 */
const CONTEXT_CLAUSE = new RegExp(
  String.raw`^(?:(?:given|considering)(?:\s+that)?|now\s+that|seeing\s+(?:that|as)|in\s+light\s+of(?:\s+the\s+fact\s+that)?|(?:since|as|because)(?=[^?,]*\b(?:[a-z]+ed|is|are|was|were|has|have|had|got|came|met|said|says|told|tells|mentions|notes|reports|describes|states|took|gave|made|went|spoke|began|held|sent|fought|sought|bought|brought)\b))\s+[^?]*?,\s+(?=${PREPOSITION_FIRST}${ASKS})`,
  'i',
);
/** "Beyond confirming that the call took place, did the White House share…": what the asker already knows. */
const BEYOND = /^(?:beyond|besides|apart\s+from|aside\s+from|other\s+than)\s+[a-z]+ing\b[^?,]*,\s+/i;
/** "If I read it right, …", "correct me if I'm wrong, …": a hedge before the question. */
const HEDGE = /^(?:if\s+i\s+(?:read|understood|understand|remember|recall|got)\s+(?:it\s+|that\s+|this\s+)?(?:right|correctly)|if\s+i(?:'?m|\s+am)\s+not\s+mistaken|correct\s+me\s+if\s+i'?m\s+wrong(?:\s+but)?|as\s+far\s+as\s+i\s+(?:know|can\s+tell))[\s,:]+/i;
/**
 * "Which organ of the Beijing government, if I am not mistaken, furnished…", "in what condition, by
 * the reporter's account, do ties…": a hedge or the article as source, set off by commas inside the
 * question. Its words are how surely or from where it is asked, not what.
 */
const MID_ASIDE = /,\s*(?:if\s+i\s+(?:am|'m|’m)\s+not\s+mistaken|if\s+i\s+(?:remember|recall|understand|understood|read\s+(?:it|this|that))(?:\s+(?:correctly|right|rightly))?|as\s+i\s+understand\s+it|i\s+(?:believe|think|gather|understand|suppose)|so\s+to\s+speak|as\s+it\s+were|if\s+you\s+will|(?:by|according\s+to|per|in)\s+(?:the|this)\s+(?:(?:reporter|writer|author|journalist|correspondent)(?:['’]s)?(?:\s+(?:account|telling|reporting|words))?|article|story|text|piece|report))\s*,(?=\s)/gi;
/** "…thx", "…pls": politeness after the question; "…, ah?": a particle of spoken English. */
const THANKS = /[\s,]+(?:pls|plz|(?:if\s+you\s+)?please|thx|thanks|thank you|ty|tia|ah|lah|leh|lor)[\s!.?]*$/i;
/** "When was the meeting?? like what date": a restatement of what was asked, after the question. */
const RESTATED = /([?!.])\s*(?:like|i mean|as in)[\s,]+(?:what|which|who|when|where|how)\b[^?!.]*[?!.]*\s*$/i;
/** "What stuff did they cover on the call, like main topics": a few words restating what is asked. */
// (Not "…, like relations wise": that names what is asked about, which request.ts keeps.)
const RESTATED_PHRASE = /,\s*(?:like|i mean|as in)\s+(?!(?:[\w'’-]+\s+){0,2}[\w'’-]*[\s-]wise\s*[?!.]*\s*$)(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+\s*([?!.]*)\s*$/i;
/**
 * "…, so I would be grateful if you could tell me which…", "…, so might you tell me what…": asking
 * politely, before the question itself (request.ts drops the asking).
 */
const POLITE_REQUEST = String.raw`(?:i(?:'d|\s+would)\s+be\s+(?:[a-z]+\s+)?(?:grateful|obliged|thankful|glad|happy)\s+if\s+you\s+(?:could|would|can)\s+|(?:could|can|would|will|might|may)\s+you\s+(?:please\s+|kindly\s+)?(?:be\s+so\s+kind\s+as\s+to\s+)?)(?:(?:tell|remind|show)\s+(?:me|us)\s+)?`;
/** "…but did not have my glasses": an auxiliary with "not" goes on a statement, not a question. */
const NOT_A_QUESTION = String.raw`(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)(?:\s+not\b|n['’]?t\b)`;
/**
 * "I was reading about the call and I'm curious — which government…", "sorry if this is basic,
 * but who is…": the question after a dash, colon or "but"; the chat before it is no topic. (Not
 * when the text opens with its question: "how did Xi describe it — was he positive?")
 */
const LEAD_IN = new RegExp(
  String.raw`^(?!\s*${ASKS}).*?(?:\s[—–]+\s*|\s-{1,2}\s|[—–]\s*|:\s+|,?\s+but\s+|,\s+so\s+|,\s+and\s+(?=${POLITE_REQUEST}))(?=(?:(?:so|and|ok|hey|just|quick one|i'?m curious|i am curious|i'?m wondering|wondering|i wonder|i was wondering|i got to wondering|i(?:'d|\s+would)\s+like\s+to\s+(?:ask|know)|roughly|approximately|about|exactly|briefly|honestly)[\s,]+)*(?:${POLITE_REQUEST})?${PREPOSITION_FIRST}(?!${NOT_A_QUESTION})${ASKS})`,
  'i',
);
/**
 * "At my age names slip away from me; who is…": the asker's own story in a clause before a
 * semicolon. (Not a statement of the topic: "the US okayed a weapons sale; how much is it worth?")
 */
const OWN_STORY_CLAUSE = new RegExp(String.raw`^(?!\s*${ASKS})[^;?]*\b(?:i|i'?m|i'?ve|i'?d|my|me|we|our)\b[^;?]*;\s+(?=${PREPOSITION_FIRST}${ASKS})`, 'i');
/**
 * "Now the weapons piece. What was the dollar value…", "Quick history angle here. According to Xi,
 * what…": a few words of chat told as a sentence of their own before the question.
 */
const SENTENCE_LEAD_IN = new RegExp(String.raw`^(?!\s*${ASKS})[^?.!]{0,40}?[.!]+\s+(?=${ASKS}|according\s+to\b)`, 'i');
/** A sentence's end: not the full stop of "U.S.", "Oct." or "Mr.", which ends no sentence. */
const SENTENCE_END = String.raw`[!?]+|(?<!\b(?:\p{Lu}|\p{Lu}\.\p{Lu}|[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ept?|[Oo]ct|[Nn]ov|[Dd]ec|[Mm]rs?|[Mm]s|[Dd]r|[Ss]t|[Jj]r|[Ss]r|vs|etc|[Gg]en|[Ss]en|[Rr]ep|[Gg]ov|[Nn]o))\.+[!?]*`;
/** How long a story before the question must be (in characters) to be dropped when the question points back into it. */
const STORY_LENGTH = 60;
/** The same for a story told in the question's own sentence, before a comma or dash: longer, as a clause of context is not yet a story. */
const LONG_LEAD_IN = 100;
/**
 * "I was scrolling through the news and saw something about Trump and Xi talking again, and I'm
 * trying to piece it together. What day of the week did they get on the phone?": a story of one or
 * more sentences, then the question in a sentence of its own at the end. The story tells why the
 * reader asks; left in, its words would be words the answer must contain. (Its first sentence is
 * no question of its own: "how did Xi put it. was he upbeat?" asks twice.)
 */
// (The question may say first where its answer is, or how exact it need be: "According to the
// report, how have ties…", "Roughly how many people…".)
const STORY_LEAD_IN = new RegExp(String.raw`^(?![^.!?]*\?)[^]*?(?:${SENTENCE_END})\s+(?:(?:so|ok|okay|anyway|basically|honestly|if\s+you\s+(?:don'?t|do\s+not)\s+mind|if\s+i\s+may)[\s,]+)*(?=(?:according\s+to\s+[^,.!?]{1,40},\s*)?(?:(?:roughly|approximately|about|exactly|briefly)\s+)?${PREPOSITION_FIRST}${ASKS}(?:[^.!?]|(?<=\b\p{Lu})\.)*[.!?]*\s*$)`, 'iu');
export const POINTS_BACK = /\b(?:about|of|on|with|from|in|to)\s+(?:that|it|this|them|there)\b(?!\s+(?:article|story|text|piece|report|passage)\b)|\b(?:that|it|this|there|them|then)(?:\s+(?:all\s+)?about)?\s*[?!.]*\s*$/i;
/** Words that only fill a pause in speech ("so like, …", "ok um, …"). */
const FILLER_WORD = /^(?:so|like|ok|okay|k|um+|uh+|er+|erm|hmm+|well|yeah|yea|yep|right|basically|anyway|anyways|alright|actually|honestly|literally|wait|oh|lol|lmao|bro|dude|man)$/;
/** "Lurker here, what did…": a few words of chat, a comma, then the question (not "According to Xi, what…"). */
const SHORT_LEAD_IN = new RegExp(String.raw`^(?!\s*${ASKS})(?!\s*(?:according|per|in|on|at|for|from|after|before|since|during|as|regarding|about|with|by|under|besides|apart|if|when|once)\b)(?:[\w'’.!-]+\s+){0,3}[\w'’.!-]+,\s+(?=${ASKS})`, 'i');
/**
 * "I have always been confused about this, does the United States…", "My grandson mentioned…,
 * could you tell me which government…", "I read about the call over coffee, and I would be grateful
 * if you could remind me…": the asker's own story before the question. (In its own sentence: a
 * comma inside the question after it is no end of a story — "…I promised to ask. How many tons, or
 * how many dollars' worth, has China bought".)
 */
const PREAMBLE = new RegExp(
  String.raw`^(?!\s*${ASKS})(?:i|i'?m|i'?ve|i'?d|my|me|as\s+(?:a|an|someone|somebody)|someone|somebody|just\s+to\s+help\s+me|(?:just\s+)?out\s+of\s+(?:interest|curiosity)|(?:forgive|pardon|excuse)\s+(?:me|my|an?)\b)\b(?:[^?.!]|[.!](?!\s+[A-Z]))*?,\s+(?:(?=(?:please\s+)?(?:(?:roughly|approximately|about|exactly|just)\s+)?(?:${ASKS}|(?:could|can|would|will)\s+you\b|please\b))|(?:and\s+)?(?=i(?:'d|\s+would)\s+(?:be|like|love)\b|i\s+(?:wonder|was\s+wondering)\b))`,
  'i',
);
/** A person the question names only by pronoun, whom a lead-in before it names. */
/** A quotation, then the question about it: "\"one of Washington's most important partners\" - which country is that". */
const QUOTED_LEAD_IN = /^\s*(["“][^"“”]{3,}["”])\s*(?:[-—–:,]+\s*|\s+)(\S.*?)\s*([?!.]*)\s*$/;
/** "That", "this" or "it" standing alone for a thing told before ("is that the population"), not "that official". */
const BARE_POINTER = /\b(?:that|this|it)\b(?=\s+(?:the|a|an|is|was|are|were|about|mean|means|meant|refer|refers|referring|talking|say|says|said|to|in|on|of|from|for)\b|\s*$)/i;
const PERSON_BACK = /\b(?:he|she|him|her|his|hers)\b/i;
/** (Not "this article", "this report": the article itself, which nothing before told.) */
const BACK_PRONOUN = /\b(?:they|them|their|he|she|him|her|his|it|its|these|those|(?:that|this)(?!\s+(?:article|story|text|piece|report|passage)\b))\b/i;
/** "Morning bot :)", "hey all!": a greeting before the question. */
const GREETING = /^(?:(?:good\s+)?(?:morning|afternoon|evening)|hi|hello|hey|hiya|howdy|yo|sup)(?:\s+(?:all|everyone|everybody|guys|folks|bot|there|y'?all|team|friends))?(?=[\s!,.:;)(-])[\s!,.]*(?:[:;]-?[)(DPp3]+)?[\s!,.]*/i;
/**
 * "Hi bot, hope your day is going great. Could you…", "good to see you.", "again, hope you don't
 * mind: when…": small talk in a sentence (or clause) of its own before the question. Its words are
 * no topic, and a pronoun in the question ("this call") does not point back into it.
 */
const SMALL_TALK = /^(?:(?:again|also|and|so)[\s,]+)?(?:(?:i\s+)?hope\s+(?:you|your|you'?re|all|everything|things|it'?s)\b[^.!?:;]{0,40}|(?:(?:it'?s|always|so)\s+)?(?:good|nice|great|lovely)\s+to\s+(?:see|have|meet|chat\s+with)\s+you\b[^.!?:;]{0,20}|how\s+(?:are|r)\s+(?:you|u|ya)(?:\s+(?:doing|today))*|thanks\s+in\s+advance|sorry\s+to\s+(?:bother|trouble)\s+you(?:\s+again)?)\s*(?:[.!?:;]+|,(?:\s*but)?)\s+/i;
/** "When did they meet, dear?", "Anyway, love, what…": the one asked, called by a word of endearment. */
const VOCATIVE = /,\s*(?:my\s+)?(?:dear|dearie|love|darling|honey|hon|sweetie|sweetheart|pet|hun|mate|buddy|pal)\b(?=\s*[,?.!]*\s*$|\s*,)/gi;
/** "…going through. Thank you kindly!", "…? Much appreciated.": thanks in a sentence of its own after the question. */
const THANKS_SENTENCE = /(?<=[.!?])\s+(?:thanks?|thank\s+you|thx|ty|cheers|many\s+thanks|much\s+appreciated|appreciate(?:d)?(?:\s+it)?)\b[^.!?]{0,25}[.!?]*\s*$/i;
/** "How are things between China and Japan these days? sounds pretty tense": a remark after the question. */
const AFTERTHOUGHT = /^([^?]*\?+)\s+[^?]+$/;
/**
 * "who's japan's pm now, i lost track", "…, I did not quite catch it on the radio", "…, if you would
 * be so kind", "…, if I understood it right", "…, could you explain?", "…, since the US didn't?" (the asker's
 * reason for asking), "…, because I assumed it would be the Pentagon" (the asker's own), "…, any
 * direct quote?" (the answer quotes
 * the text anyway): an aside after the question, with no question of its own.
 */
const ASIDE =
  // (Nor one that runs into a sentence after it: ", if I understood the article. What did Beijing say…?")
  /,\s*(?![^?]*[a-z]{2}[.!]+\s+[A-Z])(?![^?]*,\s*(?:(?:so|and|but)\s+)?(?:(?:roughly|approximately|about|exactly|just)\s+)?(?:(?:on|in|at|by|for|to|from|with|since|after|before|during)\s+)?(?:who|what|when|where|why|how|which|can\s+you|could\s+you)\b)(?:(?:because|since|as)\s+i\s+|i\s+(?:lost track|forget|forgot|can'?t remember|don'?t remember|dunno|don'?t know|am not|'?m not|did not|didn'?t|was not|wasn'?t|have not|haven'?t|had not|hadn'?t|could not|couldn'?t|think|believe|guess|reckon|suppose)|just curious|asking for a friend|(?:since|because|as)\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?\s+(?:didn'?t|did\s+not|doesn'?t|does\s+not|don'?t|do\s+not|wasn'?t|was\s+not|weren'?t|isn'?t|aren'?t|hasn'?t|haven'?t|won'?t|couldn'?t|wouldn'?t)(?=[\s?.!]*$)|if i (?:understood|understand|read|remember|recall|got|heard)(?: (?:it|that|this|things))?(?: (?:right|correctly))?|if i'?m not mistaken|iirc|afaik|something (?:about|like)|if (?:you|u|anyone) knows?|if you (?:would|could|will|'d) be so kind|if (?:that'?s|thats|it'?s|its) (?:ok|okay|alright|fine) to ask|(?:could|can|would) (?:you|someone|somebody|anyone|any1) (?:please )?(?:explain|tell me|tell us|help|list|name)(?: (?:them|it|these|those|all))?(?: please)?(?=[\s?.!]*$)|please(?=[\s?.!]*$)|kindly\s+(?:explain|tell|clarify|confirm|share|inform)(?:\s+(?:me|us))?(?=[\s?.!]*$)|(?:any|a|with\s+a|got\s+a|is\s+there\s+a|maybe\s+a)\s+(?:direct\s+|exact\s+|actual\s+)?(?:quotes?|quotation|wording)(?:\s+(?:please|pls|if\s+possible|from\s+(?:him|her|them)))?(?=[\s?.!]*$))\b[^?]*\?*\s*$/i;
/**
 * "How did Xi describe Taiwan's return to China - what phrase did he use": a second question that
 * only asks for the words the answer quotes anyway.
 */
const WORDING_AFTER = /(?:\s*[-—–,;:]+\s*|(?<=\?)\s*)(?:and\s+)?(?:what|which)\s+(?:exact\s+)?(?:phrase|phrasing|words?|term|terms|wording|expression|language)\s+(?:did|does|do)\s+(?:he|she|they|it|the\s+(?:article|text|story))\s+use\s*[?.!]*\s*$/i;
/** "…, or was it vague?": the other half of a choice the question already asks. */
const OR_ELSE = /,\s*or\s+(?:was|is|were|are|did|does|do)\s+(?:it|they|he|she|that)\b[^?]*(?=\?*\s*$)/i;
/**
 * "By how much did the US cut tariffs, was it 10 percent?": a guess after the question, which the
 * answer settles. (Not a choice it offers: "who called, was it Trump or Xi"; nor "who called who, was
 * it Trump that reached out", which says what "called" asks: who started it.)
 */
const GUESS = /,\s*(?:was|is|were|are|did|does|do)\s+(?:it|they|he|she|that)\b(?![^?]*\b(?:or|reached\s+out|initiated|made\s+the\s+call|placed\s+the\s+call)\b)[^?]*(?=\?*\s*$)/i;

/** The message without what surrounds its question: markup, thanks, a greeting, an afterthought. */
export function withoutChatAround(text: string): string {
  return MARKUP.reduce((t, [pattern, by]) => t.replace(pattern, by), text)
    .trim()
    .replace(GREETING, '')
    .replace(SMALL_TALK, '')
    .replace(VOCATIVE, '')
    .replace(THANKS_SENTENCE, '')
    .replace(CONTEXT_CLAUSE, '')
    .replace(TIME_CLAUSE_FIRST, (_: string, clause: string, question: string, mark: string) => `${question}, ${clause.charAt(0).toLowerCase()}${clause.slice(1)}${mark}`)
    .replace(BEYOND, '')
    .replace(HEDGE, '')
    .replace(MID_ASIDE, '')
    .replace(THANKS, '')
    .replace(WORDING_AFTER, '')
    .replace(RESTATED, '$1')
    .replace(RESTATED_PHRASE, '$1')
    .replace(AFTERTHOUGHT, '$1')
    .replace(ASIDE, '')
    // (Asides may come two at once: "…, could you tell me please, I am not very familiar with…".)
    .replace(ASIDE, '')
    .replace(OR_ELSE, '')
    // (Only after a question: in "according to the article, did they discuss Ukraine" the
    // question is what follows the comma.)
    .replace(GUESS, (guess: string, at: number, whole: string) => (ASKED_BEFORE.test(whole.slice(0, at)) ? '' : guess));
}

/** A question's own form: a question word anywhere, or an auxiliary opening it (as ASKS lists them). */
const ASKED_BEFORE = new RegExp(String.raw`\b(?:who|whom|whose|what|whats|when|where|why|how|which)\b|^\s*${ASKS}`, 'i');

/**
 * Whether a "he" or "she" in the question may stand for someone named before it: not when the
 * question names someone first ("how did President Xi say…, and did he give…").
 */
function pointsBackToSomeone(question: string): boolean {
  const pronoun = PERSON_BACK.exec(question);
  return pronoun !== null && !/\s(?!I\b)\p{Lu}/u.test(question.slice(0, pronoun.index));
}

/**
 * The question after a lead-in ("sorry if this is basic, but who…", "lurker here, what…"), or
 * null when there is none — or when the question points back into it ("I saw a quote about… — what
 * did Xi say about that?") or has no topic of its own ("more positive progress - who said and why").
 */
export function questionAfterLeadIn(text: string): string | null {
  // A phrase quoted from the article before the question is what the question asks about, never a
  // lead-in to drop ("\"A White House official confirmed the call\" - who was that official?"). It stands
  // where the question points back to it ("is that the population…"), or else after the question,
  // whose own form stays first.
  const quoted = QUOTED_LEAD_IN.exec(text);
  if (quoted) {
    const [, phrase, question, end] = quoted;
    const pointedAt = question!.replace(BARE_POINTER, phrase!);
    return pointedAt !== question ? `${pointedAt}${end}` : `${question} ${phrase}${end}`;
  }
  const afterPreamble = text.replace(PREAMBLE, '');
  // (Not when the question points back into the story: "…, could you tell me what topics they talked about?")
  // (A long one goes even so: its words would weigh more than the question's own.)
  const told = afterPreamble !== text && (!BACK_PRONOUN.test(afterPreamble) || text.length - afterPreamble.length > LONG_LEAD_IN) ? afterPreamble : text;
  // (A sentence before the question is dropped only when the question does not point back to it:
  // "Xi spoke of the war. What did he say about it?")
  const afterSentence = told.replace(SENTENCE_LEAD_IN, '');
  // (A long story is dropped even when the question points back into it: its words would weigh more
  // than the question's own.)
  const afterStory = told.replace(STORY_LEAD_IN, '');
  // (A short one too when the question does not point back into it: "I keep a little calendar on the
  // fridge. When did they meet in Busan?")
  const story = afterStory !== told && (told.length - afterStory.length > STORY_LENGTH || !BACK_PRONOUN.test(afterStory));
  const kept = story ? afterStory : BACK_PRONOUN.test(afterSentence) ? told : afterSentence;
  // (Nor a lead-in the question points back into: "Xi brought up fighting fascism - what was his point".)
  const afterLeadIn = kept.replace(LEAD_IN, '').replace(OWN_STORY_CLAUSE, '');
  // ("There was a weapons sale to Taiwan…, and I'm trying to get the numbers right…, so what is the
  // dollar value of that arms package": a story told in one long sentence is a story too.)
  const longLeadIn = kept.length - afterLeadIn.length > LONG_LEAD_IN;
  const beforeShortLeadIn = story || longLeadIn || !pointsBackToSomeone(afterLeadIn) ? afterLeadIn : kept;
  // (Nor a few words the question points back to: "chinese foreign ministry spokesperson, what is his name?")
  const afterShortLeadIn = beforeShortLeadIn.replace(SHORT_LEAD_IN, '');
  const question = PERSON_BACK.test(afterShortLeadIn) && !PERSON_BACK.test(beforeShortLeadIn.slice(0, beforeShortLeadIn.length - afterShortLeadIn.length)) ? beforeShortLeadIn : afterShortLeadIn;
  const ownTopic = (question.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? []).some((word) => !isStopWord(word) && !/^(?:say|says|said|tell|told|mean|means|meant|wording|words|phrasing|quote|quotes|quotation|exact|exactly|line)$/.test(word));
  // (Words of filler alone — "so like, who…between them?" — hold nothing a pronoun could point back to.)
  const leadIn = text.endsWith(question) ? text.slice(0, text.length - question.length) : null;
  const fillerOnly = leadIn !== null && (leadIn.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? []).every((word) => isStopWord(word) || FILLER_WORD.test(word));
  return question !== text && ownTopic && (story || longLeadIn || fillerOnly || !POINTS_BACK.test(question)) ? question : null;
}
