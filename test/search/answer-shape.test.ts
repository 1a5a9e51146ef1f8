import { describe, expect, it } from 'vitest';
import { buildQuestionIndex } from '../../src/search/index.ts';
import { absentWordEmphasis } from '../../src/search/ranking/term-weight.ts';
import { analyzeQuestion } from '../../src/search/analysis/question.ts';
import { article, knowledgeBase, seedKnowledge } from './fixtures.ts';

const CALL = article('call', 'Leaders talk trade', [
  'Earlier this month, the ministry announced that the administration approved a US$330 million arms package. Beijing sharply protested the authorization, saying it violated the principle.',
  'The minister welcomed the package. He added that it came too late.',
  'Since then, China has resumed purchasing soybeans, and tariffs fell by 10%.',
]);
const FERRY = article('ferry', 'Harbor ferries stop as workers strike', [
  'The walkout halted the two ferry lines that cross the harbor.',
  'The city said the strike left 40,000 riders without service.',
]);
const index = buildQuestionIndex(knowledgeBase(CALL, FERRY));
const ask = (q: string, slug: string) => index.ask(q, { article: slug });
const term = (question: string, word: string) => analyzeQuestion(question).terms.find((t) => t.norm === word)!;

describe('the shape of an answer', () => {
  it('answers with the one sentence that answers when its paragraph supplies the rest', () => {
    const result = ask('who protested the arms sale', 'call');
    expect(result.answers[0]?.text).toBe('Beijing sharply protested the authorization, saying it violated the principle.');
    expect(result.answers[0]?.citation.paragraph).toBe(1);
  });

  it('shows the words said for a quoted answer, never a quotation mark alone', async () => {
    const seed = buildQuestionIndex(await seedKnowledge());
    const why = seed.ask('which principle did beijing say was violated').answers[0]?.why[0] ?? '';
    expect(why).toMatch(/^answers "which … say": \S/);
    expect(why).not.toMatch(/: ["“”]\s*$/);
  });

  it('keeps the sentence before one that opens with a pronoun leaning on it', () => {
    const text = ask('what did the minister add about the package', 'call').answers[0]?.text ?? '';
    expect(text).toContain('He added');
    expect(text).toContain('The minister welcomed the package.');
  });
});

describe('what a question must find in the article', () => {
  it('answers although an everyday verb of the question is said differently in the text', () => {
    expect(ask('what has China started buying again', 'call').answers[0]?.citation.paragraph).toBe(3);
  });

  it('rejects a question whose specific word the article lacks', () => {
    expect(ask('what has China tweeted', 'call').status).toBe('not_found');
    expect(ask('what is the price of bitcoin', 'call').status).toBe('not_found');
  });

  it('does not count a number that counts something else ("two ferry lines" for "how many ferries")', () => {
    expect(ask('how many ferries does the city own', 'ferry').status).toBe('not_found');
    expect(ask('how many riders were left without service', 'ferry').answers[0]?.citation.paragraph).toBe(2);
  });

  it('lets absent everyday words weigh less than specific ones, except the verb of a yes/no question', () => {
    expect(absentWordEmphasis(term('what has china started buying', 'started'), false)).toBeLessThan(1);
    expect(absentWordEmphasis(term('what did trump tweet', 'tweet'), false)).toBe(1);
    expect(absentWordEmphasis(term('what is the price of bitcoin', 'bitcoin'), false)).toBe(1);
    expect(absentWordEmphasis(term('what is the price of bitcoin', 'price'), false)).toBeLessThan(1);
    expect(absentWordEmphasis(term('will xi start talks', 'start'), true)).toBe(1);
    // A manner adverb seldom names the topic: "how should the crisis ultimately be settled".
    expect(absentWordEmphasis(term('how should the crisis ultimately be settled', 'ultimately'), false)).toBeLessThan(1);
    // A verb that only puts a stance into words weighs nothing: the noun after it is what was done ("expressed
    // opposition" → "opposes"), and the text seldom writes the verb ("which spokesman voiced displeasure…").
    expect(absentWordEmphasis(term('which spokesperson expressed opposition to the sale', 'expressed'), false)).toBe(0);
    expect(absentWordEmphasis(term('who voiced concern about the sale', 'voiced'), false)).toBe(0);
  });
});

describe('what someone said', () => {
  const CONFIRMED = article(
    'confirmed',
    'Leaders hold a call',
    ['Officials in Beijing released a long account of the call.', 'A White House official confirmed the call but gave no details.'],
    {
      speakers: [{ id: 'white-house-official', name: 'White House official', kind: 'unknown', aliases: [] }],
      quotes: [],
      statements: [],
    },
  );
  const TOLD = article('told', 'Leaders hold a call', ['Officials met in Geneva on Monday.', 'Xi told Trump that trade should grow.']);
  const said = buildQuestionIndex(knowledgeBase(CONFIRMED, TOLD));

  it('answers with a speech verb beside the speaker when the quote table holds no words of theirs there', () => {
    const result = said.ask('what did the white house say', { article: 'confirmed' });
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
  });

  it('does not take the one spoken to for the speaker ("Xi told Trump" is not what Trump said)', () => {
    expect(said.ask('what did trump say about trade', { article: 'told' }).status).toBe('not_found');
  });
});

describe('who, and what someone said, in context', () => {
  const WAR = article('war', 'Leaders hold a call', [
    'President Xi Jinping and President Donald Trump held a phone call on Monday.',
    "The call also touched on Russia's invasion of Ukraine.",
    'Chinese foreign ministry spokesperson Lin Jian said, "China deplores and opposes that."',
    "Japan remains one of Washington's most important partners.",
  ]);
  const index = buildQuestionIndex(knowledgeBase(WAR));
  const ask = (q: string) => index.ask(q, { article: 'war' });

  it('takes a possessor as "who" only for what it possesses', () => {
    expect(ask('who invaded ukraine').answers[0]?.why[0]).toBe('answers "who": Russia\'s');
    expect(ask('who was on the call').answers[0]?.why[0] ?? '').not.toContain("Russia's");
  });

  it('does not give words about something else for "what did X say about <a place>"', () => {
    expect(ask('what did lin jian say about japan').status).toBe('not_found');
    expect(ask('what did lin jian say').status).toBe('answered');
  });

  it('counts the words\' paragraph for what they are about ("what did Lin Jian say about the arms sale to Taiwan")', () => {
    const SALE = article('sale', 'Arms sale', [
      'Officials met on Monday.',
      'The administration approved an arms package for Taiwan. Beijing protested. Chinese foreign ministry spokesperson Lin Jian said, "China deplores and opposes that."',
    ]);
    const sale = buildQuestionIndex(knowledgeBase(SALE));
    expect(sale.ask('what did lin jian say about the us arms sale to taiwan').answers[0]?.text).toContain('deplores');
    expect(sale.ask('what did lin jian say about japan').status).toBe('not_found');
  });
});

describe('speakers named with their country', () => {
  const CALL = article(
    'xi-call',
    'Leaders hold a call',
    ['Officials met on Monday.', 'President Xi said, "Taiwan\'s return to China is part of the post-war order."'],
    {
      speakers: [{ id: 'xi', name: 'Xi Jinping', kind: 'person', aliases: ['Xi', 'President Xi'], role: 'Chinese President' }],
      quotes: [{ speakerId: 'xi', paragraph: 2, start: 20, partial: false, text: "Taiwan's return to China is part of the post-war order." }],
      statements: [],
    },
  );
  const index = buildQuestionIndex(knowledgeBase(CALL));

  it('reads "X quote" as X\'s words when X could speak, and as words about X otherwise', () => {
    expect(index.ask('xi quote', { article: 'xi-call' }).answers[0]?.citation.paragraph).toBe(2);
    expect(index.ask('post-war order quote', { article: 'xi-call' }).answers[0]?.citation.paragraph).toBe(2);
  });

  it('does not give a Chinese president\'s words for "what did the Taiwanese president say"', () => {
    expect(index.ask('what did the chinese president say', { article: 'xi-call' }).status).toBe('answered');
    expect(index.ask('what did the taiwanese president say', { article: 'xi-call' }).status).toBe('not_found');
  });
});

describe('"He" opening a speaker\'s sentence', () => {
  const text = 'President Xi spoke on Monday. He added that "the two countries fought side by side," urging both to protect the outcomes of the war.';
  const quoted = 'the two countries fought side by side,';
  const CALL = article('xi-added', 'Leaders hold a call', ['Officials met on Monday.', text], {
    speakers: [{ id: 'xi', name: 'Xi Jinping', kind: 'person', aliases: ['Xi', 'President Xi'], role: 'Chinese President' }],
    quotes: [{ speakerId: 'xi', paragraph: 2, start: text.indexOf(quoted), partial: true, text: quoted }],
    statements: [],
  });
  const index = buildQuestionIndex(knowledgeBase(CALL));

  it('answers "who" with the pronoun and names whom the quote table says it stands for', () => {
    const result = index.ask('who urged both countries to protect the outcomes of the war', { article: 'xi-added' });
    expect(result.answers[0]?.citation.paragraph).toBe(2);
    expect(result.answers[0]?.why[0]).toBe('answers "who": He (Xi Jinping)');
  });

  it('does not answer with the pronoun when the question names that person acting, nor when the sentence lacks what was done', () => {
    expect(index.ask('who did xi say the two countries fought against', { article: 'xi-added' }).answers[0]?.why[0] ?? '').not.toContain('Xi Jinping');
    expect(index.ask('who asked for the meeting', { article: 'xi-added' }).answers[0]?.why[0] ?? '').not.toContain('Xi Jinping');
  });
});

describe('which one of a thing the text only names', () => {
  const SALE = article('sale', 'Arms sale approved', [
    'Officials met on Monday.',
    'The administration approved a $330 million arms package that includes fighter jet components.',
  ]);
  const index = buildQuestionIndex(knowledgeBase(SALE));

  it('is not told by the thing as a modifier ("fighter jet components" says no jet)', () => {
    expect(index.ask('what fighter jets are the parts for', { article: 'sale' }).status).toBe('not_found');
    // (However precisely asked: "exact" is no word of the thing, though it may be a verb.)
    expect(index.ask('which exact fighter jet are the parts for', { article: 'sale' }).status).toBe('not_found');
    expect(index.ask('what is in the arms package', { article: 'sale' }).status).toBe('answered');
  });
});

describe('the backdrop of an event', () => {
  const VOTE = article('vote', 'Council votes on fares', [
    'The council met on Monday.',
    'The vote came amid rising anger over bus fares. Members approved the budget by six votes to three.',
  ]);
  const index = buildQuestionIndex(knowledgeBase(VOTE));

  it('is what it came amid, whether asked as a reason or as the backdrop\'s content', () => {
    expect(index.ask("what's the backdrop to the vote", { article: 'vote' }).answers[0]?.why[0]).toBe('answers "what backdrop": amid');
    expect(index.ask('what anger formed the backdrop of the vote', { article: 'vote' }).answers[0]?.citation.paragraph).toBe(2);
  });
});

describe('a word that only describes another noun of the question', () => {
  const NOTICE = article('notice', 'Ministry gets notice of sale', [
    'Officials met on Monday.',
    "The city's housing ministry announced it had received formal notification that the state administration approved a $30 million loan.",
  ]);
  const index = buildQuestionIndex(knowledgeBase(NOTICE));

  it('is not the one asked for, whatever it matches ("official notice" is no "administration")', () => {
    const why = index.ask('who announced getting official notice of the loan', { article: 'notice' }).answers[0]?.why[0] ?? '';
    expect(why).toMatch(/^answers "who": .*ministry/);
  });
});

describe('a pronoun opening the sentence after a speaker\'s', () => {
  const POLICY = article('policy', 'Mayor keeps housing policy', [
    'Officials met on Monday.',
    'Ortega has kept the old policy, declining to say whether he would raise rents. His office has encouraged the council to expand its housing budget.',
    "The Housing Department released a statement, saying Mayor Ortega approved the plan. He added that rents would be frozen.",
  ]);
  const index = buildQuestionIndex(knowledgeBase(POLICY));

  it('takes "His office" for the people of the person named just before ("the Ortega team"), not for that person', () => {
    const result = index.ask('what has the ortega team told the council about its housing spending', { article: 'policy' });
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.why[0]).toContain('encouraged the council');
    expect(index.ask('what did ortega say to the council about housing spending', { article: 'policy' }).status).toBe('not_found');
  });

  it('takes "He" for the last person named, not for the body that opened the sentence before', () => {
    expect(index.ask('what did the housing department say about rents', { article: 'policy' }).answers[0]?.why[0] ?? '').not.toContain('frozen');
  });
});

describe("a quoted person's view", () => {
  const lead = 'Trump and Chinese President Xi Jinping held a phone call Monday that touched on Taiwan, trade and the Ukraine conflict.';
  const said = 'Xi said the Ukraine crisis should be resolved "at its root."';
  const quoted = 'at its root.';
  const CALL = article('xi-view', 'Leaders hold a call', [lead, 'Officials met on Tuesday.', said], {
    speakers: [{ id: 'xi', name: 'Xi Jinping', kind: 'person', aliases: ['Xi', 'President Xi'], role: 'Chinese President' }],
    quotes: [{ speakerId: 'xi', paragraph: 3, start: said.indexOf(quoted), partial: true, text: quoted }],
    statements: [],
  });
  const index = buildQuestionIndex(knowledgeBase(CALL));

  it('is answered from what they said about it, not from the lead sentence that names them and it', () => {
    for (const question of ["what is xi's take on the ukraine war", 'what does xi want to happen with ukraine']) {
      expect(index.ask(question, { article: 'xi-view' }).answers[0]?.citation.paragraph).toBe(3);
    }
  });
});

describe('a place is not matched by its kind', () => {
  it('does not take "the two countries" for Ukraine', () => {
    const said = 'President Xi said the two countries should protect the outcomes of the war.';
    const CALL = article('xi-countries', 'Leaders hold a call', [said, 'The call also touched on the war in Europe.'], {
      speakers: [{ id: 'xi', name: 'Xi Jinping', kind: 'person', aliases: ['Xi', 'President Xi'], role: 'Chinese President' }],
      quotes: [],
      statements: [{ speakerId: 'xi', paragraph: 1, text: said }],
    });
    const index = buildQuestionIndex(knowledgeBase(CALL));
    expect(index.ask('what did xi say about the war in ukraine', { article: 'xi-countries' }).answers.map((a) => a.citation.paragraph)).not.toContain(1);
  });
});

describe('names inside a noun phrase', () => {
  const index = buildQuestionIndex(knowledgeBase(article('sale', 'Arms sale', ['Officials met on Monday.', "Earlier this month, Taiwan's foreign ministry announced that the administration approved a US$330 million arms package."])));

  it('answers "which ministry" with its owner, not the "US" of a sum in dollars', () => {
    expect(index.ask('which ministry announced the arms package', { article: 'sale' }).answers[0]?.why[0]).toBe('answers "which ministry": Taiwan\'s');
  });
});

describe('countries and offices named in passing', () => {
  const WORDS = article(
    'words',
    'Leaders hold a call',
    [
      "China's Ministry of Foreign Affairs released the most detailed account of the exchange.",
      'Japanese Prime Minister Sanae Takaichi said a Chinese attack on Taiwan could prompt a military response.',
    ],
    {
      speakers: [{ id: 'takaichi', name: 'Sanae Takaichi', kind: 'person', aliases: ['Takaichi'], role: 'Japanese Prime Minister' }],
      quotes: [],
      statements: [{ speakerId: 'takaichi', paragraph: 2, text: 'Japanese Prime Minister Sanae Takaichi said a Chinese attack on Taiwan could prompt a military response.' }],
    },
  );
  const index = buildQuestionIndex(knowledgeBase(WORDS));
  const ask = (q: string) => index.ask(q, { article: 'words' });

  it('answers "which country" with the country that owns a name ("China\'s Ministry of Foreign Affairs")', () => {
    expect(ask("which country's ministry released a detailed account").answers[0]?.why[0]).toBe('answers "which country": China\'s');
  });

  it('does not give a prime minister\'s words for "what did Japan\'s defense minister say"', () => {
    expect(ask("what did japan's prime minister say").status).toBe('answered');
    expect(ask("what did japan's defense minister say").status).toBe('not_found');
  });
});

describe('words two sides gave together', () => {
  const lead = 'Relations between the U.S. and China returned to the forefront after the leaders held a call that touched on the Ukraine war, according to U.S. and Chinese officials.';
  const ukraine = 'The call also touched on the war in Ukraine. Chinese officials said Xi reiterated support for any initiative that could bring the conflict closer to a settlement.';
  const JOINT = article('joint', 'Leaders hold a call', [lead, ukraine], {
    speakers: [
      { id: 'officials', name: 'U.S. and Chinese officials', kind: 'unknown', aliases: [] },
      { id: 'xi', name: 'Xi Jinping', kind: 'person', aliases: ['Xi'], role: 'Chinese President' },
    ],
    statements: [
      { speakerId: 'officials', paragraph: 1, text: lead },
      { speakerId: 'xi', paragraph: 2, text: ukraine.slice(ukraine.indexOf('Chinese')) },
    ],
  });
  const index = buildQuestionIndex(knowledgeBase(JOINT));

  it('gives what China said alone for "what did China say", and the joint account where no one speaks alone', () => {
    expect(index.ask('what did china say about the ukraine war', { article: 'joint' }).answers[0]?.citation.paragraph).toBe(2);
    expect(index.ask('what did the us say about the ukraine war', { article: 'joint' }).answers[0]?.citation.paragraph).toBe(1);
  });
});

describe('a number word that points to a group', () => {
  it('does not give "the two leaders" as how high tariffs are', () => {
    const summit = article('summit-tariffs', 'Leaders meet on trade', [
      'The meeting in Busan, where the two leaders sought to end months of tariff escalations, ended without a deal.',
      'Officials said the talks would resume in the spring.',
    ]);
    const index = buildQuestionIndex(knowledgeBase(summit));
    expect(index.ask('how high are the tariffs now', { article: 'summit-tariffs' }).status).toBe('not_found');
    expect(index.ask('how many leaders met in busan', { article: 'summit-tariffs' }).answers[0]?.citation.paragraph).toBe(1);
  });
});
