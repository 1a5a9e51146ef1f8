import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/search/analysis/question.ts';
import { buildQuestionIndex } from '../../src/search/index.ts';
import { buildUnits } from '../../src/search/passages.ts';
import { clauseNumbers } from '../../src/search/ranking/answer-relation.ts';
import { ARMS, article, knowledgeBase, seedKnowledge } from './fixtures.ts';

const SUMMIT = article('summit', 'Leaders hold a phone call', [
  'The two leaders held a phone call Monday that touched on trade and the war in Ukraine. The call came amid tensions in East Asia.',
  'The call followed a meeting between the leaders in Busan on Oct. 30, where they agreed to cut tariffs; officials said prices fell.',
]);
const index = buildQuestionIndex(knowledgeBase(SUMMIT));
const ask = (q: string) => index.ask(q, { article: 'summit' });
const events = (question: string) => analyzeQuestion(question).terms.filter((t) => t.event).map((t) => t.norm);

function clausesOf(sentence: string): string[][] {
  const { units } = buildUnits([article('one', 'One', [sentence])]);
  const unit = units[0]!;
  const numbers = clauseNumbers(unit);
  const clauses: string[][] = [];
  unit.tokens.forEach((token, i) => (clauses[numbers[i]!] ??= []).push(token.norm));
  return clauses;
}

describe('clauses of a sentence', () => {
  it('ends a clause at a comma before a relative word, and at a semicolon', () => {
    const clauses = clausesOf('They met in Busan on Oct. 30, where they agreed to cut tariffs; officials said prices fell.');
    expect(clauses.map((c) => c[0])).toEqual(['they', 'where', 'officials']);
  });

  it('ends a clause opened by "if" (or "although", "while"…) at its first comma', () => {
    const clauses = clausesOf('If regulators block the deal, Harvest Pantry has agreed to pay a fee of $210 million.');
    expect(clauses.map((c) => c[0])).toEqual(['if', 'harvest']);
    expect(clausesOf('Harvest Pantry, based in Grand Rapids, operates 610 stores.')).toHaveLength(1);
  });

  it('keeps the examples ", including …" gives in the clause of what they are examples of', () => {
    expect(clausesOf('The authority handed out water at three sites, including the Lakeview Community Center, and said it had run out.').map((c) => c[0])).toEqual(['the', 'and']);
  });

  it('takes an aside in brackets out of its clause, which goes on after it', () => {
    const clauses = clausesOf('Its epicenter was 35 kilometers (22 miles) northeast of Doralik; the shaking was felt in the capital.');
    expect(clauses).toEqual([
      ['its', 'epicenter', 'was', '35', 'kilometers', 'northeast', 'of', 'doralik'],
      ['22', 'miles'],
      ['the', 'shaking', 'was', 'felt', 'in', 'the', 'capital'],
    ]);
  });

  it('keeps a fronted time phrase and a relative clause without a comma in their clause', () => {
    expect(clausesOf('Earlier this month, the ministry approved a package that includes jet parts.')).toHaveLength(1);
  });
});

describe('a place the article never names', () => {
  it('is a detail the article does not give, even in a clause that only sets the scene', () => {
    expect(ask('what did the leaders agree to cut when they met in Busan').status).toBe('answered');
    expect(ask('what did the leaders agree to cut when they met in South Korea').status).toBe('answered');
    const seoul = ask('what did the leaders agree to cut when they met in Seoul');
    expect(seoul.status).toBe('not_found');
    // The reply says why.
    expect(seoul.nearest[0]?.why).toContain('the article never gives "Seoul"');
  });

  it('is settled, in a yes/no question, by the place the passage gives where it matched ("met in Busan")', () => {
    expect(ask('did the leaders meet in seoul').answers[0]?.citation.paragraph).toBe(2);
    // (Not by a place named far from what matched: where prices fell is not told.)
    expect(ask('did prices fall in seoul').status).toBe('not_found');
  });
});

describe('a number the article never states', () => {
  it('is a detail the article does not give; a yes/no question is settled by the number it gives', () => {
    const arms = buildQuestionIndex(knowledgeBase(ARMS));
    expect(arms.ask('what does the US$330 million arms package include').status).toBe('answered');
    expect(arms.ask('what does the US$500 million arms package include').status).toBe('not_found');
    expect(arms.ask('is the arms package worth US$500 million').status).toBe('answered');
  });
});

describe('which X, when the question names the answer in another role', () => {
  it('answers "which ministry said that Taiwan would get…" with "Taiwan\'s foreign ministry"', () => {
    const arms = buildQuestionIndex(knowledgeBase(ARMS));
    const result = arms.ask('which ministry said that taiwan would get an arms package');
    expect(result.answers[0]?.citation.paragraph).toBe(4);
    expect(result.answers[0]?.why[0]).toBe('answers "which ministry": Taiwan\'s');
  });
});

describe('"the two leaders" pointing back to names', () => {
  it('answers "which leaders met in Busan" with the names its sentence told before', () => {
    const BUSAN = article('busan', 'Leaders talk', [
      'President Donald Trump and Chinese President Xi Jinping spoke on Monday.',
      'The conversation followed a meeting between Trump and Xi in Busan on Oct. 30, where the two leaders sought to stabilize relations.',
    ]);
    const busan = buildQuestionIndex(knowledgeBase(BUSAN));
    const result = busan.ask('which two leaders met in busan');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
    expect(result.answers[0]?.why[0]).toMatch(/^answers "which leaders": (Trump|Xi)/);
  });
});

describe('a ", where …" clause telling what the event was for', () => {
  it('answers "why did they meet" with what the leaders sought to do there', () => {
    const TALKS = article('busan-talks', 'Leaders meet', [
      'Officials met on Monday.',
      'The call followed a meeting between the two leaders in Busan on Oct. 30, where they sought to stabilize relations.',
    ]);
    const result = buildQuestionIndex(knowledgeBase(TALKS)).ask('why did the two leaders meet in busan');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
    expect(result.answers[0]?.why[0]).toBe('answers "why": sought to');
  });
});

describe('a date that belongs to another event', () => {
  it('does not answer "when was the call" with the date of the meeting the call followed', () => {
    const CALLS = article('calls', 'Leaders talk', [
      'Trump and Xi held a phone call on Monday that touched on trade.',
      'The conversation also followed a meeting between Trump and Xi in Busan on Oct. 30, where the two leaders sought to stabilize relations.',
    ]);
    const calls = buildQuestionIndex(knowledgeBase(CALLS));
    expect(calls.ask('when was the call between the two leaders').answers.map((a) => a.citation.paragraph)).not.toContain(2);
    expect(calls.ask('when was the meeting between trump and xi').answers[0]?.citation.paragraph).toBe(2);
  });
});

describe('who did what the passage never says', () => {
  it('does not answer "who initiated the call" from a sentence that only tells of the call', () => {
    const arms = buildQuestionIndex(knowledgeBase(ARMS));
    expect(arms.ask('which leader initiated the phone call').status).toBe('not_found');
    expect(arms.ask('who arranged the phone call').status).toBe('not_found');
    expect(arms.ask('who held the phone call').status).toBe('answered');
  });

  it('answers a verb of saying told with another ("complained" as "protested"), but not from a sentence where nobody says anything', () => {
    const arms = buildQuestionIndex(knowledgeBase(ARMS));
    expect(arms.ask('which side requested the phone call').status).toBe('not_found');
    expect(arms.ask('who requested the phone call').status).toBe('not_found');
    const complained = arms.ask('who complained about the arms package');
    expect(complained.status).toBe('answered');
    expect(complained.answers[0]?.citation.paragraph).toBe(4);
  });

  it('does not take holding a call for a reaction, nor a title typed before the name for the one who reacts', async () => {
    // Seed ¶1: "President Donald Trump and Chinese President Xi Jinping held a phone call Monday…";
    // ¶2: "…saying President Xi emphasized…". Neither tells how Trump responded.
    const seed = buildQuestionIndex(await seedKnowledge());
    expect(seed.ask("How did President Trump respond during the call to Xi's assertions about Taiwan and the post-war order?").status).toBe('not_found');
    expect(seed.ask('how did Beijing respond to the arms sale').answers[0]?.citation.paragraph).toBe(6);
  });
});

describe('a title typed before a name', () => {
  it('is no focus of its own: "when did President Trump and Xi have their phone call" is answered like "when did Trump and Xi…"', async () => {
    const seed = buildQuestionIndex(await seedKnowledge());
    expect(seed.ask('what does President Xi want done about Ukraine', { article: 'trump-xi-call' }).answers[0]?.citation.paragraph).toBe(8);
    for (const question of ['when did President Trump and Xi have their phone call', 'When did President Trump and President Xi have their phone call?']) {
      // (Asked of the article, as /ask with its article option does: its title's words are then its subject.)
      const result = seed.ask(question, { article: 'trump-xi-call' });
      expect(result.status).toBe('answered');
      expect(result.answers[0]?.citation.paragraph).toBe(1);
    }
  });
});

describe('the focus of a question', () => {
  it('takes a verb-like word as the event only where it stands as the verb', () => {
    expect(events('when did the leaders meet')).toEqual(['meet']);
    expect(events('who protested the arms sale')).toEqual(['protested']);
    expect(events('where was trump during the call')).toEqual([]);
    expect(events('when did trump call xi')).toEqual(['call']);
    // Inside a noun phrase with the verb after it, a verb-like word is the phrase's noun.
    expect(events('when did the japanese premier make her comments')).toEqual([]);
    expect(events('when was the arms deal approved')).toEqual(['approved']);
    expect(events('what does the us law require regarding taiwan')).toEqual(['require']);
    // At the end of a prepositional phrase after the question's verb, too; not in a clause of its own.
    expect(events("how did china respond to the japanese prime minister's taiwan remarks")).toEqual(['respond']);
    expect(events('why did ties improve since the two men met')).toEqual(['improve', 'met']);
    expect(events('when did the plane land')).toEqual(['land']);
    // A verb that merely ends in -ing is no gerund ("bring"); "the Busan meeting" is one.
    expect(events('why did xi bring up the war')).toEqual(['bring']);
    expect(events('who arranged the busan meeting')).toEqual(['arranged']);
  });
});

describe('an answer must relate to what the question asks about', () => {
  it('answers when the date stands in the clause of the question’s event', () => {
    const result = ask('when did the leaders meet in Busan');
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
  });

  it('does not give the date of one event for another one the sentence mentions', () => {
    expect(ask('when did the war in ukraine start').status).toBe('not_found');
  });

  it('does not give a place from a clause about something else than the subject asked about', () => {
    expect(ask('where were the officials during the call').status).toBe('not_found');
  });

});

describe('whom a "who" question asks for', () => {
  const arms = buildQuestionIndex(knowledgeBase(ARMS));

  it('answers "who did X…" with someone other than X', () => {
    const result = arms.ask('who did trump speak with on monday', { article: 'arms-sale' });
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(1);
    expect(result.answers[0]?.why[0]).toMatch(/^answers "who": /);
    expect(result.answers[0]?.why[0]).not.toContain('Trump');
  });

  it('answers "who did the American president…" with the other president, not the office asked about', () => {
    const result = arms.ask('who did the american president talk with on the phone', { article: 'arms-sale' });
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(1);
    expect(result.answers[0]?.why[0]).toMatch(/^answers "who": .*Xi Jinping/);
  });

  it('does not answer "who" with a person beside a noun merely related to the asked event', () => {
    const TALKS = article('talks', 'Ukraine talks', [
      'The call touched on the war. Xi reiterated Beijing\'s support for any initiative that could bring peace.',
      'Maria Lopez, the owner of the cafe, said business was slow.',
    ]);
    const talks = buildQuestionIndex(knowledgeBase(TALKS));
    expect(talks.ask('who initiated the call').status).toBe('not_found');
    expect(talks.ask('who initiated the phone call').status).toBe('not_found');
    // A noun for the one who does it names them.
    expect(talks.ask('who owns the cafe').answers[0]?.citation.paragraph).toBe(2);
  });

  it('does not take a noun ending in "-er" for a doer, nor a noun after an adjective for the asked verb ("who placed the call" → "the international order")', () => {
    const ORDER = article('order', 'Leaders hold a call', [
      'The foreign ministry released the most detailed account of the exchange, saying President Xi emphasized the post-war international order.',
    ]);
    const order = buildQuestionIndex(knowledgeBase(ORDER));
    expect(order.ask('who placed the call').status).toBe('not_found');
    expect(order.ask('which leader requested the phone call').status).toBe('not_found');
  });

  it('answers "what kind of settlement" with "a negotiated settlement": a participle after the article says which kind', () => {
    const PEACE = article('peace', 'Xi on Ukraine', ['Xi reiterated Beijing\'s support for efforts that could bring the conflict closer to a negotiated settlement.']);
    expect(buildQuestionIndex(knowledgeBase(PEACE)).ask('what kind of settlement to the conflict does china favor').status).toBe('answered');
  });

  it('answers "who did X fight against" with what the text says was fought against, though it is no person', () => {
    const WAR = article('war', 'Leaders recall the war', ['He added that "China and the U.S. fought shoulder to shoulder against fascism and militarism," urging both to protect the outcome.']);
    const war = buildQuestionIndex(knowledgeBase(WAR));
    expect(war.ask('who did china and the us fight against').answers[0]?.why[0]).toBe('answers "who": fascism and militarism');
    // (Also with "together" after it, and after a lead-in: "so who…".)
    expect(war.ask('so who did china and the us fight against together').answers[0]?.why[0]).toBe('answers "who": fascism and militarism');
    // (Nor is a name in the sentence before it the answer, when the passage says what was fought against.)
    const TOLD = article('told', 'Leaders recall the war', ["China's Ministry of Foreign Affairs released an account of the call, saying President Xi spoke with Trump. He added that \"China and the U.S. fought shoulder to shoulder against fascism and militarism.\""]);
    const told = buildQuestionIndex(knowledgeBase(TOLD));
    expect(told.ask('who did xi say china and the us fought against').answers[0]?.why[0]).toBe('answers "who": fascism and militarism');
    expect(told.ask('who did china and the us fight against side by side').answers[0]?.why[0]).toBe('answers "who": fascism and militarism');
  });

  it('reads "the island" in a story whose title names Taiwan as Taiwan, not Japan', () => {
    const ISLAND = article('island', 'Beijing protests arms sale to Taiwan', [
      'Japanese Prime Minister Sanae Takaichi said a Chinese attack could prompt a response.',
      "Taiwan's government rejects Beijing's claim.",
    ]);
    const island = buildQuestionIndex(knowledgeBase(ISLAND));
    expect(island.ask("who leads the island's government", { article: 'island' }).status).toBe('not_found');
  });

  it('answers "who is the X whose…" with the person described, though the clause\'s verb is not in the text', () => {
    const TOKYO = article('tokyo', 'Tensions rise', [
      "Beijing grew uneasy after comments by Japanese Prime Minister Sanae Takaichi, who said an attack on Taiwan could prompt a response.",
    ]);
    const result = buildQuestionIndex(knowledgeBase(TOKYO)).ask('who is the japanese premier whose comments angered beijing');
    expect(result.answers[0]?.why[0]).toBe('answers "who": Japanese Prime Minister Sanae Takaichi');
    expect(analyzeQuestion("who's the japanese premier whose comments angered beijing").identity).toBe(true);
    const named = buildQuestionIndex(knowledgeBase(TOKYO)).ask('what was the name of the japanese prime minister who talked about a response');
    expect(named.answers[0]?.why[0]).toMatch(/^answers "what name": .*Sanae Takaichi/);
  });

  it('still answers "who is X" with the words around X', () => {
    const result = arms.ask('who is lin jian', { article: 'arms-sale' });
    expect(result.answers[0]?.citation.paragraph).toBe(4);
  });
});

describe('clauses that tell of the answer from beside it', () => {
  const PORT = article('port', 'Dock workers weigh a strike', [
    'Dock workers met on Friday to discuss pay.',
    "Xi's comments come as Beijing grows uneasy over statements by Japanese Prime Minister Sanae Takaichi, who said this month that an attack on Taiwan could prompt a military response from Tokyo.",
    'The union sharply criticised the plan, saying it ignored safety rules.',
    'City spokesperson Maria Lopez said the strike would cost the port millions.',
  ]);
  const port = buildQuestionIndex(knowledgeBase(PORT));

  it('reads a relative clause right after a person as telling of that person ("Takaichi, who said…")', () => {
    const result = port.ask('which japanese leader said tokyo might respond', { article: 'port' });
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
  });

  it('gives a clause opened by "saying" the subject of the clause before it, and lets "claimed" be told as "saying"', () => {
    for (const question of ['who claimed the plan ignored safety rules', 'who argued that the plan ignored safety rules']) {
      const result = port.ask(question, { article: 'port' });
      expect(result.answers[0]?.citation.paragraph, question).toBe(3);
      expect(result.answers[0]?.why.join(' '), question).toContain('union');
    }
  });

  it('lets "commented" be told as "said" when the question asks who spoke', () => {
    const result = port.ask('which spokesperson commented on the cost of the strike', { article: 'port' });
    expect(result.answers[0]?.citation.paragraph).toBe(4);
    expect(result.answers[0]?.why.join(' ')).toContain('said');
  });

  it('does not let a request be told as saying', () => {
    expect(port.ask('who asked for the plan', { article: 'port' }).status).toBe('not_found');
  });
});

describe('the name of a role the text gives with another title', () => {
  it('answers "the name of the Japanese leader" with the prime minister, but not "the name of the official" with an administration', () => {
    const TALKS = article('talks', 'Leaders talk', [
      'Japanese Prime Minister Sanae Takaichi spoke with President Lee on Monday.',
      'The Trump administration confirmed the talks.',
    ]);
    const talks = buildQuestionIndex(knowledgeBase(TALKS));
    const leader = talks.ask("what is the japanese leader's name", { article: 'talks' });
    expect(leader.answers[0]?.text).toContain('Sanae Takaichi');
    expect(talks.ask('what is the name of the official who confirmed the talks', { article: 'talks' }).status).toBe('not_found');
  });
});

describe('news opposites WordNet lacks', () => {
  it('answers "does X agree with Y" with "X rejects Y\'s claim" (no), and does not answer "who agreed with the claim" with it', () => {
    const CLAIM = article('claim', 'Island rejects claim', [
      'The council met on Monday.',
      "The island's government rejects the mainland's claim, asserting that only residents may decide.",
      "The mainland's leader reiterated support for any talks.",
    ]);
    const claim = buildQuestionIndex(knowledgeBase(CLAIM));
    expect(claim.ask('does the island agree with the mainland', { article: 'claim' }).answers[0]?.citation.paragraph).toBe(2);
    expect(claim.ask("who agreed with the mainland's claim", { article: 'claim' }).status).toBe('not_found');
    // ("The mainland's version of things" is its claim.)
    const version = claim.ask("does the island's government accept the mainland's version of things", { article: 'claim' }).answers[0];
    expect(version?.citation.paragraph).toBe(2);
    expect(version?.why).toContain('synonym "version" ~ "claim"');
    // (So is its interpretation.)
    expect(claim.ask("who rejects the mainland's interpretation", { article: 'claim' }).answers[0]?.why).toContain('synonym "interpretation" ~ "claim"');
    // (And its argument.)
    expect(claim.ask("does the island accept the mainland's argument", { article: 'claim' }).answers[0]?.why).toContain('synonym "argument" ~ "claim"');
  });
});

describe('a detail the passage says is withheld', () => {
  const PEACE = article('peace', 'Leaders discuss the war', [
    'The leaders spoke on Monday.',
    'The call also touched on Russia\'s invasion of Ukraine. Xi said the crisis should be resolved "at its root," a position consistent with China\'s messaging but short on specifics regarding its potential role.',
  ]);
  const peace = buildQuestionIndex(knowledgeBase(PEACE));

  it('does not answer "what specific role…" with "short on specifics regarding its potential role", but answers whether he said', () => {
    const role = peace.ask('what specific role will China play in ending the war in Ukraine', { article: 'peace' });
    expect(role.status).toBe('not_found');
    expect(role.nearest[0]?.citation.paragraph).toBe(2);
    expect(peace.ask('did Xi give specifics on the role', { article: 'peace' }).answers[0]?.citation.paragraph).toBe(2);
    expect(peace.ask('how should the crisis be resolved', { article: 'peace' }).answers[0]?.citation.paragraph).toBe(2);
  });

  it('asked as what someone said ("what role did Xi say China would play"), it is withheld all the same', () => {
    expect(peace.ask('what role did Xi say China itself would play in peace negotiations', { article: 'peace' }).status).toBe('not_found');
  });

  it('finds the thing asked for three words after "what" ("what specific mediating role…")', () => {
    expect(peace.ask('what specific mediating role is China prepared to play between Russia and Ukraine', { article: 'peace' }).status).toBe('not_found');
  });

  it('finds it after a describing word the question drops ("what concrete role"), and not past a name typed without its verb', () => {
    expect(peace.ask('what concrete role would China play in mediating talks on Ukraine', { article: 'peace' }).status).toBe('not_found');
    expect(peace.ask('what specific role China want to have in Ukraine peace negotiation', { article: 'peace' }).status).toBe('not_found');
  });

  it('does not answer it from another sentence of the paragraph either, which leaves the role out', () => {
    const offered = peace.ask('what specific role has China offered in Ukraine peace negotiations', { article: 'peace' });
    expect(offered.status).toBe('not_found');
  });

  it('stops at the withholding passage when it covers the question best: a weaker passage would answer another question', () => {
    const STABILITY = article('stability', 'Leaders discuss the war', [
      'According to the foreign ministry, Xi told Trump the two countries should "jointly safeguard the victory of World War II." Beijing\'s framing holds that the post-war settlement must be respected as part of maintaining global stability.',
      'The call also touched on Russia\'s invasion of Ukraine. Chinese officials said Xi reiterated Beijing\'s support for any initiative that could bring the conflict closer to a negotiated settlement. Xi said the crisis should be resolved "at its root," a position short on specifics regarding its potential role.',
    ]);
    const stability = buildQuestionIndex(knowledgeBase(STABILITY));
    const role = stability.ask('what role did Xi say China would play in negotiating an end to the Ukraine war', { article: 'stability' });
    expect(role.status).toBe('not_found');
    expect(role.nearest[0]?.citation.paragraph).toBe(2);
    expect(role.nearest[0]?.why[0]).toBe('says the article does not give this');
  });
});

describe('a level and the size of a change', () => {
  it('does not answer "how much were tariffs before the cut" with "reduced tariffs by 10%"', () => {
    const TRADE = article('trade', 'Tariffs cut', ['The leaders met in Busan.', 'Since then, the United States has reduced certain tariffs by 10%.']);
    const trade = buildQuestionIndex(knowledgeBase(TRADE));
    expect(trade.ask('how much were tariffs before the cut', { article: 'trade' }).status).toBe('not_found');
    expect(trade.ask('by how much were tariffs reduced', { article: 'trade' }).answers[0]?.text).toContain('10%');
  });
});

describe('a kind the text does not tell', () => {
  it('does not answer "what kind of fighter jets" with "fighter jet components", but answers "what kind of initiative" with "any initiative that…"', () => {
    const ARMS_UKRAINE = article('kinds', 'Arms and talks', [
      'The administration approved an arms package that includes fighter jet components.',
      'Xi reiterated support for any initiative that could bring the conflict closer to a settlement.',
    ]);
    const kinds = buildQuestionIndex(knowledgeBase(ARMS_UKRAINE));
    expect(kinds.ask('what kind of fighter jets are the parts for', { article: 'kinds' }).status).toBe('not_found');
    expect(kinds.ask('what kind of initiative does Xi support', { article: 'kinds' }).answers[0]?.citation.paragraph).toBe(2);
    expect(kinds.ask('what kind of hardware is in the package', { article: 'kinds' }).answers[0]?.citation.paragraph).toBe(1);
    // (Typed as a search, too: "fighter jet model in the arms package".)
    expect(kinds.ask('fighter jet model in the arms package', { article: 'kinds' }).status).toBe('not_found');
    expect(kinds.ask('fighter jet components in the arms package', { article: 'kinds' }).status).toBe('answered');
  });
});

describe('a person a quote question asks to be spoken about', () => {
  it('does not answer "what did Lin Jian say about Takaichi" with words of his that never name her', () => {
    const WORDS = article('words', 'Ministry responds to arms sale', [
      'Japanese Prime Minister Sanae Takaichi said this month that Tokyo could respond to an attack.',
      'Beijing protested the arms sale. Chinese foreign ministry spokesperson Lin Jian said, "China deplores and opposes that."',
    ]);
    const words = buildQuestionIndex(knowledgeBase(WORDS));
    expect(words.ask("what did Lin Jian say about Takaichi's comments", { article: 'words' }).status).toBe('not_found');
    expect(words.ask('what did Lin Jian say about the arms sale', { article: 'words' }).answers[0]?.citation.paragraph).toBe(2);
  });
});

describe('since when', () => {
  it('answers "since when" with the earlier event the text counts from ("since then", "since that summit")', () => {
    const SOY = article('soy', 'Trade resumes', ['The leaders met in Busan on Oct. 30.', 'Since then, China has resumed purchasing soybeans.']);
    const soy = buildQuestionIndex(knowledgeBase(SOY));
    expect(soy.ask('since when has china been buying soybeans again', { article: 'soy' }).answers[0]?.why[0]).toBe('answers "since when": Since then');
  });
});

describe('a reason told by its consequence', () => {
  it('relates the clause before "adding weight to…" to the why-question, as that clause is the reason', () => {
    const pipeline = article('pipeline', 'Pipeline closure worries Stockholm', [
      'Swedish officials met on Tuesday to discuss the closure of the Baltic pipeline.',
      "Norway remains one of Sweden's largest energy suppliers, adding weight to Stockholm's concern about the closure.",
      'Prices rose by 4% in the week after the announcement.',
    ]);
    const index = buildQuestionIndex(knowledgeBase(pipeline));
    const result = index.ask('why does norway matter so much to sweden', { article: 'pipeline' });
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
  });
});

describe("a place's stance, asked why", () => {
  it('weighs "stance" lightly in a why-question about a place (the text tells what the place did), not in "what is its stance"', () => {
    const emphasis = (q: string) => analyzeQuestion(q).terms.find((t) => t.norm === 'stance')?.emphasis;
    expect(emphasis("why does canada's stance matter")).toBeLessThan(1);
    expect(emphasis("what is canada's stance on the closure")).toBe(1);
  });

  it('weighs a place\'s "role" lightly the same way ("why does Canada\'s role matter so much to Britain")', () => {
    const emphasis = (q: string) => analyzeQuestion(q).terms.find((t) => t.norm === 'role')?.emphasis;
    expect(emphasis("why does canada's role matter so much to britain")).toBeLessThan(1);
    expect(emphasis("what role will canada play")).toBe(1);
  });
});

describe('agreeing, told only by a loose sense', () => {
  it('does not answer "did X agree with Y about Z" with a passage where Y supports Z and X is not there', () => {
    const PEACE = article('peace', 'Hale and Novak discuss trade and the war in a call', [
      'President Ivo Hale and President Elena Novak held a call on Monday that touched on trade and the war.',
      'The call also touched on the war. Officials said Novak reiterated support for any initiative that could end the war.',
    ]);
    const peace = buildQuestionIndex(knowledgeBase(PEACE));
    expect(peace.ask('did Hale agree with Novak about how to end the war', { article: 'peace' }).status).toBe('not_found');
    // (What the passage does say is still found.)
    expect(peace.ask('what did Novak support', { article: 'peace' }).answers[0]?.citation.paragraph).toBe(2);
  });

  it('whoever the subject: "the two leaders" name no one, but agreeing is still the claim', () => {
    const TALKS = article('talks', 'Hale and Novak talk by phone', [
      'President Ivo Hale and President Elena Novak held a phone conversation on Monday.',
      'The conversation also followed a meeting between Hale and Novak in Geneva on Oct. 2, where the two leaders sought to stabilize relations.',
    ]);
    const talks = buildQuestionIndex(knowledgeBase(TALKS));
    expect(talks.ask('Did the two leaders agree to a further visit during the conversation?', { article: 'talks' }).status).toBe('not_found');
    expect(talks.ask('where did the two leaders meet', { article: 'talks' }).answers[0]?.citation.paragraph).toBe(2);
  });
});

describe('a title typed before a name', () => {
  it('counts for little beside the name, which the text may write alone ("President Novak" → "Novak said…")', () => {
    const PEACE = article('peace', 'Leaders discuss the war', [
      'President Elena Novak and Prime Minister Ivo Hale spoke on Monday about trade.',
      'Novak said the war should be resolved "at its root."',
    ]);
    const peace = buildQuestionIndex(knowledgeBase(PEACE));
    const result = peace.ask('In what manner did President Novak say the war ought to be resolved?', { article: 'peace' });
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
  });
});

describe('a purpose asked', () => {
  it('is answered by the aim the text tells ("sought to"), not a time or cause beside it ("after")', () => {
    const SUMMIT = article('summit', 'Leaders meet', [
      'The call followed a meeting between the two leaders in Busan on Oct. 30, where the two leaders sought to stabilize relations after months of tariff escalations.',
    ]);
    const summit = buildQuestionIndex(knowledgeBase(SUMMIT));
    const result = summit.ask('What was the objective of the Busan meeting in light of the tariff escalations?', { article: 'summit' });
    expect(result.answers[0]?.why[0]).toBe('answers "what purpose": sought to');
  });
});

describe('a date and the "Since then" sentence after it', () => {
  const TRADE = article('trade', 'Trade thaw', [
    'The leaders met in Busan on Oct. 30 after months of tariff escalations. Since then, China has resumed purchasing U.S. soybeans.',
  ]);
  const trade = buildQuestionIndex(knowledgeBase(TRADE));

  it('dates what the "Since then" sentence tells', () => {
    const result = trade.ask('when did china resume buying soybeans', { article: 'trade' });
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.text).toContain('Oct. 30');
  });

  it('but not the exact day it happened, nor what the date\'s own sentence tells only as background', () => {
    expect(trade.ask('on what exact date did china resume buying soybeans', { article: 'trade' }).status).toBe('not_found');
    expect(trade.ask('what month did the tariff escalations start', { article: 'trade' }).status).toBe('not_found');
  });
});
