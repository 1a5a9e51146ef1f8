import { describe, expect, it } from 'vitest';
import { buildQuestionIndex } from '../../src/search/index.ts';
import { article, knowledgeBase } from './fixtures.ts';
import { namesAKindOf, newsSynonyms } from '../../src/search/lexicon/news-synonyms.ts';
import { isCountryOrRegion } from '../../src/search/lexicon/places.ts';
import { placeAliases, regionMembers } from '../../src/search/lexicon/places.ts';
import { tokenize } from '../../src/search/text/tokenize.ts';
import { baseForms, isCommunicationVerb, isMostlyVerb, relatedWords } from '../../src/search/lexicon/wordnet.ts';
import { stem } from '../../src/search/text/stem.ts';
import { isStopWord } from '../../src/search/text/stopwords.ts';
import { confidenceOf } from '../../src/search/ranking/confidence.ts';
import type { ExpandedTerm } from '../../src/search/ranking/expand.ts';

const term = (importance: number) => ({ importance }) as ExpandedTerm;

describe('question vocabulary', () => {
  it('finds news synonyms for inflected question words through their dictionary form', () => {
    expect(newsSynonyms('buying')).toContain('purchasing');
    expect(newsSynonyms('runs')).toContain('executive');
    expect(newsSynonyms('levies')).toContain('tariffs');
    expect(newsSynonyms('parties')).toContain('sides');
    // ("The most granular readout": the most detailed one.)
    expect(newsSynonyms('granular')).toContain('detailed');
    expect(newsSynonyms('leadership')).toContain('minister');
    expect(newsSynonyms('upset')).toContain('protested');
    // ("How much did Pinewood lose": "a net loss of $46 million".)
    expect(newsSynonyms('lost')).toContain('loss');
    expect(newsSynonyms('loss')).not.toContain('lost');
    expect(newsSynonyms('part')).toContain('includes');
    expect(newsSynonyms('october')).toContain('oct');
    // Everyday and British informal words for what news writes formally.
    expect(newsSynonyms('cops')).toContain('police');
    expect(newsSynonyms('folk')).toContain('people');
    expect(newsSynonyms('kipping')).toContain('staying');
    expect(newsSynonyms('punters')).toContain('visitors');
    expect(newsSynonyms('meds')).toContain('medicines');
    // ("How is the mood between Tokyo and Beijing": how relations are.)
    expect(newsSynonyms('mood')).toContain('relations');
    expect(newsSynonyms('procuring')).toContain('purchasing');
    expect(newsSynonyms('consultations')).toContain('talks');
    expect(newsSynonyms('reversion')).toContain('return');
    expect(newsSynonyms('resolution')).toContain('settlement');
    expect(newsSynonyms('defend')).toContain('protect');
    expect(newsSynonyms('preserve')).toContain('safeguard');
    expect(newsSynonyms('safeguard')).toContain('protect');
    expect(newsSynonyms('bad')).toContain('lowest');
    expect(newsSynonyms('worst')).toContain('deteriorated');
    expect(newsSynonyms('substantive')).toContain('details');
    expect(newsSynonyms('sovereignty')).toContain('claim');
    expect(newsSynonyms('beyond')).toContain('additional');
    expect(newsSynonyms('cooperation')).toContain('shoulder');
    expect(newsSynonyms('angered')).toContain('denounced');
    expect(newsSynonyms('diplomatic')).toContain('foreign');
    expect(newsSynonyms('vouched')).toContain('confirmed');
    expect(newsSynonyms('fiscal')).toContain('budget');
    expect(newsSynonyms('entity')).toContain('ministry');
    expect(newsSynonyms('official')).toContain('formal');
    expect(newsSynonyms('disclosed')).toContain('announced');
    expect(newsSynonyms('corroborate')).toContain('confirmed');
    expect(newsSynonyms('autumn')).toContain('oct');
    expect(newsSynonyms('approach')).toContain('stance');
    expect(newsSynonyms('call')).toContain('exchange');
    // "The mainland's claim" over Taiwan is China's, as news about the strait writes it.
    expect(placeAliases('mainland')).toContain('china');
    expect(newsSynonyms('proposals')).toContain('initiative');
    expect(newsSynonyms('solve')).toContain('resolved');
    expect(newsSynonyms('particulars')).toContain('details');
    expect(newsSynonyms('chat')).toContain('call');
    expect(newsSynonyms('greenlit')).toContain('approved');
    expect(newsSynonyms('deploying')).toContain('send');
    expect(newsSynonyms('course')).toContain('trajectory');
    expect(newsSynonyms('share')).toContain('provide');
    expect(newsSynonyms('begin')).toContain('resumed');
    expect(newsSynonyms('soured')).toContain('deteriorated');
    expect(newsSynonyms('choose')).toContain('decide');
    expect(newsSynonyms('battled')).toContain('fought');
    expect(newsSynonyms('complete')).toContain('detailed');
    expect(newsSynonyms('fullest')).toContain('detailed');
    // Chat words for a crisis and its solving, one way only.
    expect(newsSynonyms('fixed')).toContain('resolved');
    expect(newsSynonyms('mess')).toContain('crisis');
    expect(newsSynonyms('crisis')).not.toContain('mess');
    expect(newsSynonyms('fate')).toContain('future');
    // A country's friends are its allies and partners; a partner need not be a friend.
    expect(newsSynonyms('friends')).toContain('partners');
    // Pushing someone to act is urging or pressing them.
    expect(newsSynonyms('pushed')).toContain('encouraged');
    expect(newsSynonyms('pushing')).toContain('urged');
    expect(newsSynonyms('partner')).not.toContain('friend');
    expect(newsSynonyms('boss')).toContain('president');
    expect(newsSynonyms('ended')).toContain('resolved');
    expect(newsSynonyms('bound')).toContain('required');
    expect(newsSynonyms('running')).toContain('minister');
    expect(newsSynonyms('contents')).toContain('includes');
    expect(newsSynonyms('notice')).toContain('notification');
    // A kind of goods names its members one way: "farm products" are soybeans, soybeans no farm.
    expect(newsSynonyms('crops')).toContain('soybeans');
    expect(newsSynonyms('soybeans')).not.toContain('farm');
  });

  it('finds them through the irregular forms WordNet lists, but not a noun sense for a verb form ("stood" holds no stance)', () => {
    expect(newsSynonyms('notified')).toContain('informed');
    expect(newsSynonyms('denied')).toContain('rejected');
    expect(newsSynonyms('stand')).toContain('position');
    expect(newsSynonyms('standing')).toContain('position');
    expect(newsSynonyms('stood')).not.toContain('position');
    expect(newsSynonyms('tie')).toContain('partners');
    expect(newsSynonyms('tied')).not.toContain('partners');
    expect(newsSynonyms('tying')).not.toContain('partners');
    expect(newsSynonyms('wins')).toContain('victory');
    expect(newsSynonyms('won')).not.toContain('victory');
    expect(newsSynonyms('bother')).toContain('uneasy');
  });

  it('reads "in the headlines" as at the forefront, one way', () => {
    expect(newsSynonyms('headlines')).toContain('forefront');
    expect(newsSynonyms('forefront')).not.toContain('headlines');
  });

  it('joins a verb to forms Porter stemming or irregular inflection keep apart', () => {
    expect(stem('adding')).toBe(stem('add'));
    expect(stem('added')).toBe(stem('add'));
    expect(stem('ran')).toBe(stem('run'));
  });

  it('gives one job one stem whoever holds it ("spokesman", "spokeswoman", "spokesperson")', () => {
    expect(stem('spokesman')).toBe(stem('spokesperson'));
    expect(stem('spokeswomen')).toBe(stem('spokesperson'));
    expect(stem('chairman')).toBe(stem('chairwoman'));
  });

  it('keeps apart words Porter stems alike though they mean something else', () => {
    expect(stem('initiative')).not.toBe(stem('initiated'));
    expect(stem('authorities')).toBe(stem('authority'));
    expect(stem('authority')).not.toBe(stem('author'));
    expect(stem('officially')).not.toBe(stem('officials'));
    expect(stem('important')).not.toBe(stem('imports'));
    expect(stem('importance')).toBe(stem('important'));
    expect(stem('executive')).not.toBe(stem('execution'));
    expect(stem('generally')).not.toBe(stem('generated'));
  });

  it('treats a degree word as carrying no topic ("matter so much")', () => {
    expect(isStopWord('much')).toBe(true);
    // "Roughly how many people live in Taiwan": a hedge, no topic.
    expect(isStopWord('roughly')).toBe(true);
    expect(isStopWord('approximately')).toBe(true);
    // "What day did Trump and Xi supposedly talk": the asker's doubt, no topic.
    expect(isStopWord('supposedly')).toBe(true);
    expect(isStopWord('reportedly')).toBe(true);
    // "The US's actual position": an intensifier, like "actually".
    expect(isStopWord('actual')).toBe(true);
    expect(isStopWord('anyway')).toBe(true);
    // "Their earlier meeting": the one before, which a text tells without the word.
    expect(isStopWord('earlier')).toBe(true);
  });

  it('lets a broader word match narrower ones one way only', () => {
    expect(newsSynonyms('leader')).toContain('minister');
    expect(newsSynonyms('minister')).not.toContain('leader');
    expect(newsSynonyms('executive')).not.toContain('president');
  });

  it('matches a comparison by its synonyms in the same degree: "the biggest fine" is "the largest"', () => {
    expect(relatedWords('biggest').map((r) => r.word)).toContain('largest');
    expect(relatedWords('bigger').map((r) => r.word)).toContain('larger');
    const fines = buildQuestionIndex(knowledgeBase(article('fines', 'Regulator fines firm', [
      'The regulator fined the firm $12 million on Monday.',
      'That would be the largest privacy fine the regulator has imposed.',
    ])));
    const biggest = fines.ask('what was the biggest privacy fine by the regulator');
    expect(biggest.status).toBe('answered');
    expect(biggest.answers[0]?.citation.paragraph).toBe(2);
  });

  it('reads sanctions as penalties, never as the approval WordNet also knows them for; the verb keeps both', () => {
    expect(relatedWords('sanctions').map((r) => r.word)).not.toContain('approve');
    expect(newsSynonyms('sanctions')).toContain('penalties');
    expect(relatedWords('sanctioned').map((r) => r.word)).toContain('approve');
  });

  it("reads a place's leaders as its government, one way only", () => {
    expect(newsSynonyms('leaders')).toContain('government');
    expect(newsSynonyms('government')).not.toContain('leaders');
    // (Not its administration: "the two leaders" are no one's administration.)
    expect(newsSynonyms('leaders')).not.toContain('administration');
  });

  it('reads relations that fell or declined as relations that deteriorated, and reunification as a return, one way only', () => {
    expect(newsSynonyms('fell')).toContain('deteriorated');
    expect(newsSynonyms('declining')).toContain('worsened');
    expect(newsSynonyms('deteriorated')).not.toContain('fell');
    expect(newsSynonyms('reunified')).toContain('return');
    expect(newsSynonyms('return')).not.toContain('reunified');
    const ties = buildQuestionIndex(knowledgeBase(article('ties', 'Beijing and Tokyo at odds', [
      'Trump and Xi spoke by phone on Monday.',
      'Relations between Beijing and Tokyo have deteriorated to their lowest point in years.',
    ])));
    expect(ties.ask('which country has seen its relations with beijing fall to their lowest point in years').answers[0]?.citation.paragraph).toBe(2);
  });

  it('reads an alliance, or closeness, as the partnership news reports, and what matters as what is important', () => {
    expect(newsSynonyms('alliance')).toContain('partners');
    expect(newsSynonyms('closeness')).toContain('partner');
    expect(newsSynonyms('partner')).not.toContain('closeness');
    expect(newsSynonyms('matters')).toContain('important');
    expect(newsSynonyms('important')).not.toContain('matters');
    const partners = buildQuestionIndex(knowledgeBase(article('partners', 'Beijing and Tokyo at odds', [
      'Trump and Xi spoke by phone on Monday.',
      "Japan remains one of Washington's most important strategic partners, adding weight to Xi's concern about regional defense alignments.",
    ])));
    expect(partners.ask("why does japan's closeness to washington worry xi").answers[0]?.citation.paragraph).toBe(2);
  });

  it('reads anger as the unease or protest news reports, one way only', () => {
    expect(newsSynonyms('angry')).toContain('uneasy');
    expect(newsSynonyms('mad')).toContain('protested');
    expect(newsSynonyms('uneasy')).not.toContain('angry');
    expect(newsSynonyms('riled')).toContain('uneasy');
    const remarks = buildQuestionIndex(knowledgeBase(article('remarks', 'Beijing and Tokyo at odds', [
      'Beijing grows increasingly uneasy over statements from Japanese Prime Minister Sanae Takaichi.',
      'Trade between the two countries fell last year.',
    ])));
    expect(remarks.ask('why is china so angry at japan').answers[0]?.citation.paragraph).toBe(1);
    // (Someone who rattled or unnerved Beijing made it uneasy.)
    expect(remarks.ask('which japanese leader has rattled beijing').answers[0]?.citation.paragraph).toBe(1);
    expect(newsSynonyms('uneasy')).not.toContain('rattled');
    // (What triggers or sparks something prompts it; an action may be told as a response, one way.)
    expect(newsSynonyms('trigger')).toContain('prompt');
    expect(newsSynonyms('prompted')).toContain('sparked');
    expect(newsSynonyms('action')).toContain('response');
    expect(newsSynonyms('response')).not.toContain('action');
  });

  it('reads "vague" as "short on specifics" and a deal as a settlement, and "willing" as no topic', () => {
    expect(newsSynonyms('vague')).toContain('specifics');
    expect(newsSynonyms('deal')).toContain('settlement');
    expect(isStopWord('willing')).toBe(true);
    expect(isStopWord('anybody')).toBe(true);
    const talks = buildQuestionIndex(knowledgeBase(article('talks', 'Leaders discuss Ukraine', [
      'The leaders spoke on Monday about trade and about tariffs on steel.',
      'Xi reiterated support for any initiative that could bring the conflict closer to a negotiated settlement, but was short on specifics.',
    ])));
    expect(talks.ask('was xi vague about the conflict').answers[0]?.citation.paragraph).toBe(2);
    expect(talks.ask('is xi willing to support a plan that brings the conflict closer to a deal').answers[0]?.citation.paragraph).toBe(2);
  });

  it('reads "reaffirm" as "reiterate"', () => {
    expect(newsSynonyms('reaffirmed')).toContain('reiterated');
    const talks = buildQuestionIndex(knowledgeBase(article('talks', 'Leaders discuss Ukraine', [
      'The leaders spoke on Monday about trade and about tariffs on steel.',
      'Chinese officials said Xi reiterated Beijing\'s support for any initiative that could end the war in Ukraine.',
    ])));
    expect(talks.ask('did beijing reaffirm its support for ending the war in ukraine').answers[0]?.citation.paragraph).toBe(2);
  });

  it('matches an irregular form of a news synonym ("battled" → "fought"), but not of a loose dictionary relation ("belongs" → "held")', () => {
    const history = buildQuestionIndex(knowledgeBase(article('history', 'Xi recalls the war', [
      'Officials held talks in Beijing on Monday about trade.',
      'Xi added that China and the U.S. fought shoulder to shoulder against fascism.',
    ])));
    expect(history.ask('what did xi say the two countries battled together against').answers[0]?.citation.paragraph).toBe(2);
    expect(history.ask('who does taiwan belong to').status).toBe('not_found');
  });

  it('reads what people were trying to do as what they sought to do ("sought", an irregular form), one way', () => {
    const summit = buildQuestionIndex(knowledgeBase(article('summit', 'Leaders meet in Busan', [
      'Trade officials held talks in Geneva on Monday.',
      'The two leaders met in Busan on Oct. 30, where they sought to stabilize relations after months of tariff escalations.',
    ])));
    const answer = summit.ask('what were the leaders trying to do in busan').answers[0];
    expect(answer?.citation.paragraph).toBe(2);
    expect(answer?.why).toContain('synonym "trying" ~ "sought"');
    // (One way: seeking something is not trying it.)
    const trial = buildQuestionIndex(knowledgeBase(article('trial', 'A new approach', ['The leaders tried a new approach in Geneva.'])));
    expect(trial.ask('what did the leaders seek in geneva').answers.flatMap((a) => a.why).join(' ')).not.toMatch(/tried/);
  });

  it('knows formal words for talks, goods, bodies and law ("confer", "commodity", "organ", "statutory")', () => {
    expect(newsSynonyms('conferred')).toContain('talk');
    expect(newsSynonyms('commodity')).toContain('soybeans');
    expect(newsSynonyms('organ')).toContain('ministry');
    expect(newsSynonyms('statutory')).toContain('legally');
    expect(newsSynonyms('ministry')).not.toContain('organ');
    expect(newsSynonyms('broke')).toContain('violated');
    expect(newsSynonyms('rule')).toContain('principle');
    expect(newsSynonyms('legacy')).toContain('outcomes');
    expect(newsSynonyms('doctrine')).toContain('principle');
    expect(newsSynonyms('protect')).toContain('safeguard');
    expect(newsSynonyms('soy')).toContain('soybeans');
    expect(newsSynonyms('published')).toContain('released');
    expect(newsSynonyms('sovereign')).toContain('sovereignty');
    expect(newsSynonyms('transfer')).toContain('sale');
    expect(newsSynonyms('importing')).toContain('purchasing');
    // ("Import" itself stays out: it is the opposite of "export", and its news words would be too.)
    expect(newsSynonyms('import')).not.toContain('purchasing');
  });

  it('answers "which crop" with a crop the text names, but not "which law" with "legally"', () => {
    expect(namesAKindOf('crop', 'soybeans')).toBe(true);
    expect(namesAKindOf('law', 'legally')).toBe(false);
    const trade = buildQuestionIndex(knowledgeBase(article('trade', 'Trade truce', [
      'Officials met on Monday to discuss tariffs.',
      'Since then, China has resumed purchasing U.S. soybeans. The United States is legally required to provide defense equipment.',
    ])));
    expect(trade.ask('which crop has china begun buying from the us again').answers[0]?.citation.paragraph).toBe(2);
    expect(trade.ask('which law requires the us to provide defense equipment').status).toBe('not_found');
  });

  it('reaches specific kinds of a specific noun several levels down', () => {
    expect(relatedWords('aircraft').map((r) => r.word)).toContain('jet');
  });

  it('relates an adverb to the adjective it comes from', () => {
    expect(relatedWords('militarily').map((r) => r.word)).toContain('military');
  });

  it('relates an adjective to the adverb made from it, which the dictionary links only the other way', () => {
    expect(relatedWords('joint').map((r) => r.word)).toContain('jointly');
    expect(relatedWords('steady').map((r) => r.word)).toContain('steadily');
  });

  it('never offers a name from the dictionary for a common word ("judge" → "Daniel")', () => {
    expect(relatedWords('judge').map((r) => r.word)).not.toContain('daniel');
    expect(relatedWords('judge').every((r) => r.word === r.word.toLowerCase())).toBe(true);
  });

  it('does not guess kinds of a general noun', () => {
    const narrower = relatedWords('leader').filter((r) => r.relation === 'narrower' && r.closeness < 0.5);
    expect(narrower).toEqual([]);
  });
});

describe('answer confidence', () => {
  const settings = { paragraphSupport: 0.5, answerBonus: 0 };

  it('counts a word that another sentence of the paragraph supplies for part of its weight', () => {
    const alone = confidenceOf({ terms: [term(1), term(1)], credit: [1, 0], paragraphCredit: [1, 0], answers: false }, settings);
    const supported = confidenceOf({ terms: [term(1), term(1)], credit: [1, 0], paragraphCredit: [1, 1], answers: false }, settings);
    expect(alone).toBeCloseTo(0.5);
    expect(supported).toBeCloseTo(0.75);
  });

  it('adds the answer bonus only when the passage holds the kind of answer asked for', () => {
    const input = { terms: [term(2)], credit: [0.5], paragraphCredit: [0.5] };
    expect(confidenceOf({ ...input, answers: true }, { ...settings, answerBonus: 0.1 })).toBeCloseTo(0.6);
    expect(confidenceOf({ ...input, answers: false }, { ...settings, answerBonus: 0.1 })).toBeCloseTo(0.5);
  });

  it('is zero for a question without weighted words', () => {
    expect(confidenceOf({ terms: [], credit: [], paragraphCredit: [], answers: true }, settings)).toBe(0);
  });
});

describe('places', () => {
  it('reads "eastern Europe" as one region whose countries a text names', () => {
    expect(tokenize('the war in eastern europe').map((t) => t.norm)).toContain('easterneurope');
    expect(regionMembers('easterneurope')).toContain('ukraine');
    // (Korea alone is South Korea, as news writes it: "their meeting in Korea" was in Busan.)
    expect(regionMembers('korea')).toContain('busan');
    // A country holds its cities; its capital is one of them, and holds none.
    expect(regionMembers('southkorea')).toContain('busan');
    expect(regionMembers('korean')).toContain('busan');
    expect(regionMembers('seoul')).toEqual([]);
  });
});

describe('ordinals', () => {
  it('matches "first" as itself only, not through dictionary relations ("initiative", "prime")', () => {
    const TALKS = article('talks', 'Leaders talk', [
      'Trump and Xi held a phone call Monday.',
      "The call also touched on Russia's invasion of Ukraine. Chinese officials said Xi reiterated Beijing's support for any initiative that could bring the conflict closer to a settlement.",
    ]);
    const result = buildQuestionIndex(knowledgeBase(TALKS)).ask('who called who first');
    expect(result.status).toBe('not_found');
  });
});

describe('dictionary forms', () => {
  it('reads no plural into a word ending in "ss" ("discuss" is no "discus"), so "discuss" is a verb', () => {
    expect(baseForms('discuss', 'n')).toEqual([]);
    expect(baseForms('bosses', 'n')).toContain('boss');
    expect(baseForms('talks', 'n')).toContain('talk');
    expect(isMostlyVerb('discuss')).toBe(true);
  });
});

describe('verbs of communication', () => {
  it('knows a verb of saying by its most common sense, which news tells with other such verbs', () => {
    expect(isCommunicationVerb('disclosed')).toBe(true);
    expect(isCommunicationVerb('announced')).toBe(true);
    expect(isCommunicationVerb('initiated')).toBe(false);
    expect(isCommunicationVerb('met')).toBe(false);
  });

  it('tells what someone hinted or implied with "said", as news does', () => {
    const remarks = buildQuestionIndex(knowledgeBase(article('remarks', 'Takaichi remarks', [
      'Tokyo hosted a trade fair on Friday.',
      'Japanese Prime Minister Sanae Takaichi said a Chinese attack on Taiwan could prompt a military response from Tokyo.',
    ])));
    const answer = remarks.ask('which japanese leader hinted tokyo might use force if china attacked taiwan').answers[0];
    expect(answer?.citation.paragraph).toBe(2);
    expect(answer?.why.join(' ')).toMatch(/"hinted" ~ "said"/);
  });
});

describe('news words added for unseen wording', () => {
  it('relates a statute to the law, a bundle to what a package includes, ringing to calling, annoyance to protest', () => {
    expect(newsSynonyms('statute')).toContain('legally');
    expect(newsSynonyms('bundled')).toContain('includes');
    expect(newsSynonyms('rang')).toContain('called');
    expect(newsSynonyms('annoyed')).toContain('protested');
    expect(newsSynonyms('complaint')).toContain('protested');
    expect(newsSynonyms('beefing')).toContain('uneasy');
    expect(newsSynonyms('sold')).toContain('sale');
    expect(newsSynonyms('comment')).toContain('confirmed');
    // Headline verbs: to blast is to protest, to okay is to approve, to commit troops is to send them.
    expect(newsSynonyms('blasted')).toContain('protested');
    expect(newsSynonyms('okayed')).toContain('approved');
    expect(newsSynonyms('commit')).toContain('send');
    expect(newsSynonyms('protested')).not.toContain('blasted');
    expect(newsSynonyms('territory')).toContain('sovereignty');
    // One-way: the law is no statute's synonym in reverse.
    expect(newsSynonyms('legally')).not.toContain('statute');
    // Divulging is disclosing; what a deal encompasses, it includes; "the pair" are two.
    expect(newsSynonyms('divulge')).toContain('provide');
    expect(newsSynonyms('encompass')).toContain('includes');
    expect(newsSynonyms('pair')).toContain('two');
    expect(newsSynonyms('two')).not.toContain('pair');
    // "Both sides" of a diplomatic story are its countries.
    expect(newsSynonyms('sides')).toContain('countries');
    // Moving forward is making progress.
    expect(newsSynonyms('forward')).toContain('progress');
    // Voicing displeasure is protesting.
    expect(newsSynonyms('displeasure')).toContain('protested');
    // A settlement honoured is respected; an arrangement is a settlement.
    expect(newsSynonyms('honored')).toContain('respected');
    expect(newsSynonyms('arrangement')).toContain('settlement');
    // A framework of the world is its order.
    expect(newsSynonyms('framework')).toContain('order');
    // Pushed to increase a budget is to expand it.
    expect(newsSynonyms('increase')).toContain('expand');
    // "If China hit Taiwan": an attack.
    expect(newsSynonyms('hit')).toContain('attack');
    // A country's diplomats speak through its foreign ministry.
    expect(newsSynonyms('diplomats')).toContain('ministry');
    expect(newsSynonyms('ministry')).not.toContain('diplomats');
    // What a government cites, it asserts or says.
    expect(newsSynonyms('cite')).toContain('asserting');
    // Leaders who conversed talked on a call.
    expect(newsSynonyms('conversed')).toContain('call');
    // Ties that slipped deteriorated; a sale accused of breaching a principle was said to violate it.
    expect(newsSynonyms('slipped')).toContain('deteriorated');
    expect(newsSynonyms('accused')).toContain('saying');
    expect(newsSynonyms('breaching')).toContain('violated');
    // "Both capitals" are both governments; capital in the singular may be money.
    expect(newsSynonyms('capitals')).toContain('sides');
    expect(newsSynonyms('capital')).not.toContain('sides');
    // The substance of talks is their details.
    expect(newsSynonyms('substance')).toContain('details');
  });
});

describe('countries and regions', () => {
  it('tells a country or a region, which is no city, from a capital or another city', () => {
    for (const word of ['china', 'southkorea', 'asia', 'europe']) expect(isCountryOrRegion(word), word).toBe(true);
    for (const word of ['beijing', 'washington', 'busan', 'chinese']) expect(isCountryOrRegion(word), word).toBe(false);
  });
});
