import { describe, expect, it } from 'vitest';
import { buildQuestionIndex } from '../../src/search/index.ts';
import { correctQuestion } from '../../src/search/lexicon/spelling.ts';
import { TypoTrie } from '../../src/search/lexicon/typo-trie.ts';
import { editDistance } from '../../src/search/text/edit-distance.ts';
import { ARMS, article, knowledgeBase, seedKnowledge } from './fixtures.ts';

/** A spelling context whose "articles" are these words, each written once. */
function spellingIn(vocabulary: string[]) {
  const trie = new TypoTrie();
  for (const w of vocabulary) trie.add(w, 1);
  return { typos: () => trie, inText: (w: string) => vocabulary.includes(w) };
}

describe('typo repair', () => {
  it('finds vocabulary words within the allowed edits, nearest and commonest first', () => {
    const trie = new TypoTrie();
    trie.add('protested', 3);
    trie.add('protests', 1);
    trie.add('tariffs', 2);
    trie.add('soybeans', 1);
    expect(trie.search('protestd', 1).map((c) => c.word)).toEqual(['protested', 'protests']);
    expect(trie.search('tarrifs', 2)[0]).toEqual({ word: 'tariffs', distance: 2, count: 2 });
    expect(trie.search('soybaens', 1)[0]?.word).toBe('soybeans');
    expect(trie.search('zzzzzz', 2)).toEqual([]);
  });

  it('repairs a badly typed full name: a two-letter part beside another part of it ("zi jingping"), a surname split in two ("xi jin ping")', async () => {
    const seed = buildQuestionIndex(await seedKnowledge());
    const ask = (q: string) => seed.ask(q, { article: 'trump-xi-call' });
    expect(ask('why is zi jingping worried about japan').answers[0]?.citation.paragraph).toBe(3);
    expect(ask('what day was the phone call between trump and zi jin ping').answers[0]?.why[0]).toBe('answers "what day": Monday');
    // (A two-letter word alone is no name: "zi" beside no other part of one stays unmatched.)
    expect(ask('what did zi say about the war').answers[0]?.why.join('; ') ?? '').not.toContain('"zi"');
  });

  it('repairs a form of "be" with a letter dropped ("wer"), which the question\'s grammar needs', () => {
    const index = buildQuestionIndex(knowledgeBase(ARMS));
    expect(index.ask('how much wer the tarrifs cut', { article: 'arms-sale' }).answers[0]?.citation.paragraph).toBe(3);
  });

  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('jain', 'jian')).toBe(1);
    expect(editDistance('protestd', 'protested')).toBe(1);
    expect(editDistance('numonia', 'pneumonia')).toBe(2);
  });

  const index = buildQuestionIndex(knowledgeBase(ARMS));

  it('answers a misspelt question and says which word it repaired', () => {
    const result = index.ask('who protestd the arm sale');
    expect(result.answers[0]?.citation.paragraph).toBe(4);
    expect(result.answers[0]?.why).toContain('typo "protestd" → "protested"');
  });

  it('repairs a misspelt name from the names the article mentions', () => {
    const result = index.ask('lin jain');
    expect(result.answers[0]?.text).toContain('Lin Jian');
    expect(result.answers[0]?.why).toContain('typo "jain" → "Jian"');
  });

  it('repairs a misspelt name typed among other words, and a name the dictionary knows as another place ("Pusan")', () => {
    const summit = buildQuestionIndex(knowledgeBase(article('summit', 'Leaders meet', [
      'The phone call came amid heightened tensions.',
      'The call followed a meeting of the two leaders in Busan on Oct. 30. Since then, China has resumed purchasing soybeans.',
    ])));
    const result = summit.ask('What has China started buying again since the Pusan meeting?');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
    expect(result.answers[0]?.why).toContain('typo "Pusan" → "Busan"');
  });

  it('repairs a misspelt question word', () => {
    expect(index.ask('wen did the two leaders meet in Busan').answers[0]?.why[0]).toBe('answers "when": Oct. 30');
  });

  it('leaves the inflected forms WordNet lists as exceptions alone ("notified", "caught", "stood")', () => {
    // Each is one edit from a word of this "text"; none is a slip.
    const trie = new TypoTrie();
    for (const word of ['notifies', 'taught', 'stoop']) trie.add(word, 1);
    const ctx = { typos: () => trie, inText: (word: string) => ['notifies', 'taught', 'stoop'].includes(word) };
    expect(correctQuestion('who notified taiwan, and who caught it, and who stood by', ctx).corrections).toEqual([]);
  });

  it('leaves correctly spelt English words that the article lacks alone', () => {
    // "tall" is one letter from "call", but it is a real word, not a typo.
    expect(index.ask('how tall is Mount Everest').status).toBe('not_found');
  });

  it('repairs a word missing a letter to the commonest English word, whose synonyms the text has', () => {
    const result = index.ask('who protested the weapns sale');
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(4);
  });

  it('repairs a letter typed once where it is doubled before other one-edit words ("setled" → "settled", not "sealed")', () => {
    const ctx = { typos: () => new TypoTrie(), inText: () => false };
    expect(correctQuestion('how should the crisis be setled', ctx).text).toBe('how should the crisis be settled');
    expect(correctQuestion('when were the tarifs cut', ctx).text).toBe('when were the tariffs cut');
  });

  it('repairs a rare word to the one with a letter left out before one with a letter changed ("initated" → "initiated", not "imitated")', () => {
    const ctx = { typos: () => new TypoTrie(), inText: () => false };
    expect(correctQuestion('which leader initated the phone call', ctx).text).toBe('which leader initiated the phone call');
    expect(correctQuestion('who complaind about the package', ctx).text).toBe('who complained about the package');
  });

  it('repairs a slip that shares its stem with a word of the text ("presidants"), but not the text\'s own forms', () => {
    const ctx = { typos: () => new TypoTrie(), inText: (w: string) => w.startsWith('presid'), written: (w: string) => w === 'president' };
    expect(correctQuestion('where did the two presidants meet', ctx).text).toBe('where did the two presidents meet');
    expect(correctQuestion('where did the two presidents meet', ctx).text).toBe('where did the two presidents meet');
    expect(correctQuestion('what did the president say', ctx).text).toBe('what did the president say');
  });

  it('repairs a rare word that swaps two letters of a word the question\'s grammar needs ("wroth" → "worth")', () => {
    const ctx = { typos: () => new TypoTrie(), inText: () => false };
    expect(correctQuestion('how much is the sale wroth', ctx).text).toBe('how much is the sale worth');
  });

  it('reads a Chinese name spelt as heard ("Shi" for "Xi") as the article\'s pinyin', () => {
    const ctx = { typos: () => new TypoTrie(), inText: (w: string) => ['xi', 'jinping'].includes(w) };
    expect(correctQuestion('what did shi jinping say', ctx).text).toBe('what did xi jinping say');
    expect(correctQuestion('what did she say', ctx).text).toBe('what did she say');
  });

  it('matches a question word that the text writes as two ("phonecall" → "phone call")', () => {
    const result = index.ask('what did trump and xi touch on in the phonecall');
    expect(result.answers[0]?.citation.paragraph).toBe(1);
    expect(result.answers[0]?.why.join('; ')).toMatch(/matched "(?:phone|call)" for "phonecall"/);
  });

  it('matches a compound the text lacks by the everyday word of it the text has ("wartime" → "war"), not by pieces of other words', () => {
    const WAR = article('war', 'Cities recall the war', ['The mayors met on Monday.', 'During the war, the two cities shared grain and fuel.']);
    const war = buildQuestionIndex(knowledgeBase(WAR));
    expect(war.ask('what did the two cities share in wartime', { article: 'war' }).answers[0]?.why.join('; ')).toContain('synonym "wartime" ~ "war"');
    const USE = article('use', 'Council use of funds', ['The council met on Monday.', 'The council will use the funds for roads.']);
    expect(buildQuestionIndex(knowledgeBase(USE)).ask('what did the council refuse', { article: 'use' }).status).toBe('not_found');
  });

  it('matches two question words that the text writes as one', () => {
    const result = index.ask('soy beans');
    expect(result.answers[0]?.citation.paragraph).toBe(3);
    expect(result.answers[0]?.why).toContain('matched "soybeans" for "soy"');
  });

  it('repairs two slips in a six-letter word when the article has the word ("tarrif" → "tariff")', () => {
    const trade = buildQuestionIndex(knowledgeBase(article('trade', 'Trade', ['Officials met on Monday.', 'The government lifted a steel tariff by 10%.'])));
    const result = trade.ask('steel tarrif', { article: 'trade' });
    expect(result.answers[0]?.citation.paragraph).toBe(2);
    expect(result.answers[0]?.why).toContain('typo "tarrif" → "tariff"');
  });

  it('repairs a misspelt word before reading the question, so the kind of answer it asks for is kept', () => {
    // "womth" is "worth": a money question, not a content word the text lacks.
    const result = index.ask('how much is the arms package womth');
    expect(result.answers[0]?.citation.paragraph).toBe(4);
    expect(result.answers[0]?.why[0]).toBe('answers "how much": US$330 million');
  });

  it('repairs a misspelt word of the question form ("aboit" → "about") instead of requiring it in the text', () => {
    const result = index.ask('what did lin jian say aboit the arms package');
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(4);
  });

  it('repairs a first word that is no English word to the interrogative it misspells ("wich country")', () => {
    const result = index.ask('wich country protested the arms package');
    expect(result.answers[0]?.citation.paragraph).toBe(4);
    expect(result.answers[0]?.why[0]).toMatch(/^answers "which country"/);
  });

  it('reads "f" written for "ph" as the word it sounds like ("fone" → "phone", not "one")', () => {
    const result = index.ask('when was the fone call');
    expect(result.answers[0]?.citation.paragraph).toBe(1);
    expect(result.answers[0]?.why).toContain('typo "fone" → "phone"');
  });

  it('prefers the English word the article uses over a commoner one ("opose" → "oppose", not "pose")', () => {
    const result = index.ask('who said China deplores and opose that');
    expect(result.answers[0]?.citation.paragraph).toBe(4);
    expect(result.answers[0]?.why).toContain('typo "opose" → "opposes"');
  });

  it('reads a rare word one letter short of a grammar word as that slip ("abut" → "about", "discus" → "discuss")', () => {
    const trie = new TypoTrie();
    trie.add('taiwan', 1);
    const ctx = { typos: () => trie, inText: (w: string) => w === 'taiwan' };
    expect(correctQuestion('what did lin say abut taiwan', ctx).text).toBe('what did lin say about taiwan');
    expect(correctQuestion('what topics did they discus', ctx).text).toBe('what topics did they discuss');
    // A letter off is not short of it: "chat" is no slip for "that".
    expect(correctQuestion('when did they have their chat', ctx).text).toBe('when did they have their chat');
    // A contraction is no slip: "doesn't" is not "does't".
    expect(correctQuestion("who doesn't accept taiwan", ctx).text).toBe("who doesn't accept taiwan");
    // A slip in the first word of a known name, read from the word after it.
    expect(correctQuestion('what did the whie house say', ctx).text).toBe('what did the white house say');
    expect(correctQuestion('the untied states', ctx).text).toBe('the united states');
    // …and in the second, read from the word before it ("hose" is a word, but not after "white").
    expect(correctQuestion('did the white hose say anything', ctx).text).toBe('did the white house say anything');
    expect(correctQuestion('a white horse', ctx).text).toBe('a white horse');
  });

  it('repairs a three-letter string that drops a letter of an article word ("cal" → "call")', () => {
    const result = index.ask('when was the phone cal');
    expect(result.answers[0]?.citation.paragraph).toBe(1);
    expect(result.answers[0]?.why).toContain('typo "cal" → "call"');
  });

  it('repairs a three-letter slip of an everyday word far commoner than any other it could be ("giv" → "give")', () => {
    const ctx = spellingIn(['china', 'taiwan']);
    expect(correctQuestion('will they giv taiwan arms', ctx).text).toBe('will they give taiwan arms');
    // (Not where several words are as likely: "wak" may be "walk", "wake" or "weak".)
    expect(correctQuestion('was it wak', ctx).corrections).toEqual([]);
  });

  it('repairs an inflection that forgot to double its consonant ("bigest" → "biggest"), not one that dropped an "e"', () => {
    const ctx = spellingIn(['fine', 'largest']);
    expect(correctQuestion('what is the bigest fine', ctx).text).toBe('what is the biggest fine');
    expect(correctQuestion('when will buses start runing', ctx).text).toBe('when will buses start running');
    // ("Hoped" is "hope" + "d"; "visited" has two syllables and does not double.)
    expect(correctQuestion('what they hoped for', ctx).corrections).toEqual([]);
    expect(correctQuestion('who visited', ctx).corrections).toEqual([]);
  });

  it('takes two swapped letters of an English word ("lenght" → "length") over an article word two edits away ("weight")', () => {
    const ctx = spellingIn(['weight', 'bridge']);
    expect(correctQuestion('what is the lenght of the bridge', ctx).text).toBe('what is the length of the bridge');
    expect(correctQuestion('what is the wieght limit', ctx).text).toBe('what is the weight limit');
  });

  it('repairs two swapped letters of a three-letter everyday word ("sya" → "say"), on the same terms', () => {
    const ctx = spellingIn(['takaichi', 'taiwan']);
    expect(correctQuestion('what did takaichi sya about taiwan', ctx).text).toBe('what did takaichi say about taiwan');
    // (Not where two swaps are as likely: "hwo" is "who" or "how".)
    expect(correctQuestion('hwo called', ctx).corrections).toEqual([]);
  });

  it('repairs a word against the articles searched, also when it was repaired before against others', () => {
    // (Single-word repairs are remembered, per set of articles searched.)
    const index = buildQuestionIndex(knowledgeBase(
      article('town', 'Town news', ['The old bridge reopened on Monday after repairs.']),
      article('wedding', 'Wedding news', ['The bride arrived on Tuesday after the storm.']),
    ));
    const why = (slug: string) => {
      const result = index.ask('when did the brige come back', { article: slug });
      return (result.answers[0] ?? result.nearest[0])?.why;
    };
    for (let round = 0; round < 2; round++) {
      expect(why('wedding')).toContain('typo "brige" → "bride"');
      expect(why('town')).toContain('typo "brige" → "bridge"');
    }
  });

  it('looks up alone a word the dictionary knows only as a name: "pusan" is the article\'s "Busan"', () => {
    const result = index.ask('when was the pusan meeting held');
    expect(result.answers[0]?.citation.paragraph).toBe(3);
    expect(result.answers[0]?.why).toContain('typo "pusan" → "Busan"');
  });

  it('reads "Sino-" as China, never as a slip for "sing"', () => {
    const result = index.ask('how are sino-japanese relations');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
    expect(result.answers[0]?.why.join('; ')).toMatch(/"sino" ~ "(?:Beijing|Chinese|China)" \(same country\)/);
  });

  it('keeps longer rare words, English three-letter words and abbreviations as typed', () => {
    const ctx = spellingIn(['call', 'through', 'china', 'economy']);
    expect(correctQuestion('a thorough account', ctx).corrections).toEqual([]);
    expect(correctQuestion('the gdp of china', ctx).corrections).toEqual([]);
    expect(correctQuestion('is the cat in china', ctx).corrections).toEqual([]);
    expect(correctQuestion('Cal called china', ctx).corrections).toEqual([]);
  });

  it('never reads a capitalised name as a misspelt function word ("Chen" is not "then")', () => {
    expect(index.ask('what did Chen say about the arms package').status).toBe('not_found');
  });
});


describe('slips that make another English word', () => {
  const CABINET = article('cabinet', 'New cabinet sworn in', [
    'Prime Minister Jane Holt named her cabinet on Monday.',
    'The old minster in the town square will be restored next year.',
  ]);
  const PREMIER = article('premier', 'Budget passes', ['Prime Minister Jane Holt won the budget vote on Monday.', 'Lawmakers approved it 60 to 40.']);
  const index = buildQuestionIndex(knowledgeBase(CABINET, PREMIER));

  it('repairs the word when the article writes the intended one beside the same neighbour ("prime minster" → "prime minister")', () => {
    const result = index.ask('who is the prime minster', { article: 'premier' });
    expect(result.answers[0]?.citation.paragraph).toBe(1);
    expect(result.answers[0]?.why).toContain('typo "minster" → "Minister"');
  });

  it('keeps the possessive of a repaired word: "which prime minster\'s budget" asks whose, as "minister\'s" does', () => {
    const result = index.ask("which prime minster's budget won the vote on Monday", { article: 'premier' });
    expect(result.answers[0]?.citation.paragraph).toBe(1);
  });

  it('prefers the word the article writes beside the same neighbour among equally near ones ("prime ministr": minister, not ministry)', () => {
    const MINISTRY = article('ministry', 'Ministry reshuffle', ['Prime Minister Jane Holt spoke on Monday.', 'The ministry of finance and the ministry of health merged.', 'The ministry said little.']);
    const result = buildQuestionIndex(knowledgeBase(MINISTRY)).ask('prime ministr name', { article: 'ministry' });
    expect(result.answers[0]?.why).toContain('typo "ministr" → "Minister"');
  });

  it('takes the word as meant when the article uses it', () => {
    const result = index.ask('what will happen to the old minster', { article: 'cabinet' });
    expect(result.answers[0]?.citation.paragraph).toBe(2);
    expect(result.answers[0]?.why.join(' ')).not.toContain('typo');
  });

  it('takes a real word as meant without the neighbour as evidence ("minster" alone)', () => {
    expect(index.ask('when was the minster built', { article: 'premier' }).status).toBe('not_found');
  });
});

describe('words typed without their apostrophe or with a particle', () => {
  const index = buildQuestionIndex(knowledgeBase(ARMS));

  it('reads "japans" as Japan\'s, so "Japanese" matches it', () => {
    const premier = buildQuestionIndex(knowledgeBase(article('premier', 'Tensions rise', ['Japan remains an ally.', 'On Friday, Japanese Prime Minister Sanae Takaichi said an attack could prompt a response.'])));
    const result = premier.ask('who is japans prime minister');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
    expect(result.answers[0]?.why[0]).toBe('answers "who": Japanese Prime Minister Sanae Takaichi');
  });

  it('matches a phrasal verb by its own meaning ("turned down" → "rejects")', () => {
    const result = index.ask("who turned down beijing's claim");
    expect(result.answers[0]?.citation.paragraph).toBe(5);
    expect(result.answers[0]?.why).toContain('synonym "turned down" ~ "rejects"');
  });
});

describe('two letters swapped', () => {
  it('repairs a rare dictionary word that is a swap of an article word ("chian" → "China")', () => {
    const index = buildQuestionIndex(knowledgeBase(ARMS));
    const result = index.ask('what has chian started buying again');
    expect(result.answers[0]?.citation.paragraph).toBe(3);
    expect(result.answers[0]?.why).toContain('typo "chian" → "China"');
  });
});

describe('slips in "how many" and "how much"', () => {
  it('repairs "meny" to "many", keeping the count asked for', () => {
    const index = buildQuestionIndex(knowledgeBase(ARMS));
    expect(index.ask('how meny residents does taiwan have').answers[0]?.why[0]).toBe('answers "how many": 23 million');
  });
});

describe('a place word with a letter dropped', () => {
  it('repairs a rare dictionary word one letter short of a nationality the text writes ("chines" → "Chinese")', () => {
    const trie = new TypoTrie();
    trie.add('chinese', 4);
    const ctx = { typos: () => trie, inText: (w: string) => w === 'chinese' };
    expect(correctQuestion('what did the chines president say', ctx).text).toBe('what did the chinese president say');
    // Only toward a word the searched text writes: this one has no "Chinese".
    const japanese = new TypoTrie();
    japanese.add('japanese', 4);
    expect(correctQuestion('what did the chines president say', { typos: () => japanese, inText: (w: string) => w === 'japanese' }).text).toBe('what did the chines president say');
  });
});

describe('one edit to a common word before two to an article word', () => {
  it('repairs "explan" to "explain", not to the text\'s "expand", and "aprove" to the text\'s "approve", not "prove"', () => {
    const trie = new TypoTrie();
    trie.add('expand', 2);
    trie.add('approved', 1);
    const ctx = { typos: () => trie, inText: (w: string) => ['expand', 'approved', 'approve'].includes(w) };
    expect(correctQuestion('explan xi view', ctx).text).toBe('explain xi view');
    expect(correctQuestion('what did they aprove', ctx).text).toBe('what did they approve');
  });
});

describe('a slip into another real word the article lacks', () => {
  const TALKS = article('talks', 'Ferry talks resume', [
    'Union leader Ana Ruiz met the ferry operator on Monday.',
    'Ruiz said the dispute should be resolved "before the summer timetable starts."',
    'The operator posted a loss of 4 million euros last year.',
  ]);
  const index = buildQuestionIndex(knowledgeBase(TALKS));

  it('matches a long word with no sense in the text to the article word one letter off ("revolved" → "resolved"), loosely', () => {
    const result = index.ask('how did Ruiz say the dispute should be revolved', { article: 'talks' });
    expect(result.answers[0]?.citation.paragraph).toBe(2);
    expect(result.answers[0]?.why).toContain('typo "revolved" → "resolved"');
  });

  it('does not read a short everyday word as another ("past" is no "posted")', () => {
    const result = index.ask('what did the operator do in the past', { article: 'talks' });
    expect(result.answers.flatMap((a) => a.why).join(' ')).not.toContain('"past" → ');
  });
});

describe('a name of two letters typed a letter off', () => {
  const VISIT = article('visit', 'Premier visits the port', [
    'Premier Xi Wen toured the port of Halden on Monday.',
    'Xi said the new quay would open "within two years."',
  ]);
  const index = buildQuestionIndex(knowledgeBase(VISIT));

  it('reads a capitalised two-letter word the text lacks as the one such name a letter off ("Xu" → "Xi")', () => {
    const result = index.ask('What did Xu say about the new quay?', { article: 'visit' });
    expect(result.answers[0]?.citation.paragraph).toBe(2);
    expect(result.answers[0]?.why).toContain('typo "Xu" → "Xi"');
  });

  it('not beside another name the text lacks: "Wang Yi" is someone else', () => {
    expect(index.ask('What did Wang Yi say about the new quay?', { article: 'visit' }).answers.flatMap((a) => a.why).join(' ')).not.toContain('"Yi" → "Xi"');
  });
});

describe('a word split in two by a slip', () => {
  const index = buildQuestionIndex(knowledgeBase(ARMS));

  it('joins two words the text lacks into the English word they make ("spokes man" → spokesman ~ spokesperson)', () => {
    const result = index.ask("What's the name of the Chinese foreign ministry spokes man?", { article: 'arms-sale' });
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.text).toContain('Lin Jian');
  });
});

describe('a name typed in parts', () => {
  it('reads "Xi Jin Ping" as Xi Jinping, counted once, and finds a sentence that names him "Xi" alone', () => {
    const CALL = article('call', 'Leaders talk', [
      'President Donald Trump and Chinese President Xi Jinping held a call on Monday about trade.',
      'Xi said the relationship had "generally maintained a steady trajectory."',
    ]);
    const result = buildQuestionIndex(knowledgeBase(CALL)).ask('What did Xi Jin Ping say about the relationship?', { article: 'call' });
    expect(result.answers[0]?.citation.paragraph).toBe(2);
  });
});

describe('a name heard as two words (dictation)', () => {
  it('joins two words the text lacks into the name they sound out ("tie wan" → Taiwan, "bu san" → Busan)', () => {
    const ctx = spellingIn(['taiwan', 'busan', 'takaichi', 'people']);
    expect(correctQuestion('how many people live in tie wan', ctx).text).toBe('how many people live in taiwan');
    expect(correctQuestion('where is bu san', ctx).text).toBe('where is busan');
    expect(correctQuestion('what did taka ichi say', ctx).text).toBe('what did takaichi say');
  });

  it('leaves words the text has, English words that make no name of it, and names the tokenizer joins itself', () => {
    const ctx = spellingIn(['taiwan', 'people', 'whitehouse', 'bus']);
    expect(correctQuestion('how many people live there', ctx).corrections).toEqual([]);
    expect(correctQuestion('did the bus stop', ctx).corrections).toEqual([]);
    expect(correctQuestion('what did the white house say', ctx).corrections).toEqual([]);
    // (A contraction stays one word: "doesn't" is no slip.)
    expect(correctQuestion("who doesn't accept it", ctx).text).toBe("who doesn't accept it");
  });
});

describe('a slip into another English word beside the word the text writes with it', () => {
  it('repairs it to a three-letter word of the text\'s phrase ("world ware" → "world war")', () => {
    const result = buildQuestionIndex(knowledgeBase(article('ww', 'Anniversary', ['Leaders marked the end of World War II in a ceremony on Monday.']))).ask('what did leaders mark at the world ware ceremony', { article: 'ww' });
    expect([...result.answers, ...result.nearest][0]?.why.join('; ')).toContain('typo "ware" → "War"');
  });
});

describe('a slip that is English only as a form of a place\'s name', () => {
  it('repairs "Japanes" to the text\'s "Japanese" ("to japan" is to lacquer, which nobody means)', () => {
    const CALL = article('pm', 'Remarks', ['Japanese Prime Minister Sanae Takaichi said this month that an attack could prompt a response.']);
    const result = buildQuestionIndex(knowledgeBase(CALL)).ask('Who is the Japanes prime minister?', { article: 'pm' });
    expect(result.answers[0]?.why.join('; ')).toContain('typo "Japanes" → "Japanese"');
  });
});
