import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/search/analysis/question.ts';

const kind = (q: string) => analyzeQuestion(q).kind;
const words = (q: string) => analyzeQuestion(q).terms.map((t) => t.norm);

describe('question analysis', () => {
  it('reads the kind of answer from the question word', () => {
    expect(kind('who protested the arms sale')).toBe('person');
    expect(kind('when did the call take place')).toBe('date');
    expect(kind('where did the leaders meet')).toBe('place');
    expect(kind('how much was the package worth')).toBe('amount');
    expect(kind('how many people live in Taiwan')).toBe('amount');
    expect(kind('what quantity of soybeans has china bought')).toBe('amount');
    expect(kind('how long did the strike last')).toBe('duration');
    expect(kind('what year did the plant open')).toBe('date');
    expect(kind('what time does the shuttle leave')).toBe('time');
    expect(kind('what did Lin Jian say')).toBe('quote');
    expect(kind('what has the team been telling taipei about its budget')).toBe('quote');
    expect(kind('is the US required to supply Taiwan')).toBeNull();
    expect(kind('takaichi')).toBeNull();
    // What something was about: the words after "touched on", "discussed"…
    expect(kind('what did the two presidents talk about')).toBe('topic');
    expect(kind('what topics came up in the call')).toBe('topic');
    expect(kind('what was the call about')).toBe('topic');
    expect(kind('what did they discuss')).toBe('topic');
    expect(kind('what kind of attack did takaichi talk about')).not.toBe('topic');
    // A phrase saying where the talk happened may end it; vague nouns ask for topics before a verb of talking.
    expect(kind('what did they talk about on the call')).toBe('topic');
    expect(kind('what did xi and trump discuss during their phone call')).toBe('topic');
    expect(kind('what stuff did they cover on the call')).toBe('topic');
    expect(kind('what stuff were they talking about on the call')).toBe('topic');
    expect(kind('what all did they cover on the call')).toBe('topic');
    expect(kind('what things does the package include')).not.toBe('topic');
    // Words that rank the topics are part of the asking, not a topic to find: "the three big subjects".
    expect(words('what were the three big subjects they got into on the phone')).not.toContain('big');
    expect(words('which principal subjects were addressed during the exchange')).not.toContain('principal');
    // After "how", a verb of judging asks for someone's words; elsewhere "rate" is a noun.
    expect(kind('how did xi rate ties since the summit')).toBe('quote');
    // (So do verbs of linking one thing to another: "how did Xi tie Taiwan to the post-war order" — but not the noun "ties".)
    expect(kind('how did xi tie taiwan to the post-war order')).toBe('quote');
    // ("Beijing's sovereignty claim" after the clause's verb is a noun; "what did Japan's leader suggest" asks her words.)
    expect(kind("how does taipei reject beijing's sovereignty claim")).not.toBe('quote');
    expect(kind("what did japan's leader suggest")).toBe('quote');
    expect(kind('how did xi link taiwan to world war two')).toBe('quote');
    expect(kind('how are ties between beijing and tokyo described')).not.toBe('quote');
    expect(kind('what was the tariff rate')).not.toBe('quote');
    // "Did X say anything about Y" asks for X's words; "has X said whether…" checks a claim.
    expect(kind('did xi say anything about ukraine')).toBe('quote');
    // (One word between "did" and "say" is its subject, though "trump" can be a verb.)
    expect(kind('did trump say anything about taiwan on the call')).toBe('quote');
    expect(kind('has trump said whether he would send troops')).toBeNull();
    expect(kind('does taiwan agree with beijing claim about its status')).toBeNull();
    // Learners' wordings: "what Xi was saying", "how much percent".
    expect(kind('what xi was saying about ukraine war')).toBe('quote');
    // After an auxiliary, the phrase's last word is the subject's verb, not the kind asked for.
    expect(kind('what did prime minister takaichi state this month')).toBe('quote');
    expect(kind('what is the state of china japan relations')).not.toBe('quote');
    expect(kind('what has trump avoided saying')).not.toBe('quote');
    expect(analyzeQuestion('how much percent usa cut the tariffs').needsMeasure).toBe('percent');
    expect(words('how much percent usa cut the tariffs')).not.toContain('percent');
    // Typed like a search, a kind noun first.
    expect(kind('day the call took place')).toBe('date');
    expect(kind('date of the busan summit')).toBe('date');
    expect(kind('day one of the talks')).not.toBe('date');
    expect(kind('reason for the busan meeting')).toBe('reason');
    expect(kind('topics discussed on the call')).toBe('topic');
    expect(kind('location of the summit')).toBe('place');
    expect(kind('source of the most detailed readout')).toBe('person');
  });

  it('reads a "when" that opens a clause of its own after the question\'s verb as "in the case that", not as asking a time', () => {
    expect(kind('trump say if he will send soldiers when conflict happen in taiwan strait?')).toBeNull();
    // (Asked in place, it still asks when.)
    expect(kind('xi and trump met in busan when')).toBe('date');
    expect(kind('the call was when exactly')).toBe('date');
    expect(kind('trump talked to xi when on the phone')).toBe('date');
  });

  it('keeps only topic words, not the words of the question form', () => {
    expect(words('what did Lin Jian say')).toEqual(['lin', 'jian']);
    expect(words('how long did the call last')).toEqual(['call']);
    expect(words('when did the phone call take place')).toEqual(['phone', 'call']);
    // Taking office is what is asked about, not a way of asking when.
    expect(words('when did the prime minister take office')).toEqual(['prime', 'minister', 'take', 'office']);
    expect(words('how long did the count take')).toEqual(['count']);
    expect(words('which day of the week did trump and xi talk')).toEqual(['trump', 'xi', 'talk']);
    expect(words('what are the three topics of the call')).toEqual(['call']);
    // The article tells of the latest occurrence: "latest" and "recent" ask nothing of it.
    expect(words('how much was the latest arms sale worth')).toEqual(['arms', 'sale']);
    // Words that only stress the asking ("concrete", "main", "key") ask nothing of the text either.
    expect(words('what concrete trade steps followed the main summit')).toEqual(['trade', 'steps', 'followed', 'summit']);
    expect(words('what matters were on the agenda of the call')).toEqual(['call']);
    // "Which side" asks for a party, which the text need not call a side.
    expect(kind('which side gave the fullest readout')).toBe('person');
    expect(kind('on which weekday did they talk')).toBe('date');
    expect(words('which side gave the fullest readout')).toEqual(['gave', 'fullest', 'readout']);
    // "Where do X stand" asks how things are, not a place; "stand on Y" asks X's stance on Y.
    expect(kind('where do relations stand')).toBeNull();
    expect(words('where do relations stand')).toEqual(['relations']);
    expect(kind('where does beijing stand on the war')).toBeNull();
    expect(words('where does beijing stand on the war')).toEqual(['beijing', 'stand', 'war']);
    expect(words('what does the US oppose')).toEqual(['usa', 'oppose']);
  });

  it('knows who is asked about in "what did X say"', () => {
    const plan = analyzeQuestion('what did the Chinese spokesman say about the sale');
    expect(plan.speaker.map((t) => plan.terms[t]?.norm)).toEqual(['chinese', 'spokesman']);
  });

  it('groups "X of Y" and "Y\'s X" into phrases with their head', () => {
    const plan = analyzeQuestion('who is the president of Taiwan');
    expect(plan.phrases).toEqual([{ members: [0, 1], head: 0, pair: [[0], [1]], joinedBy: 'of' }]);
    const possessive = analyzeQuestion("what is Japan's foreign minister called");
    expect(possessive.phrases).toContainEqual({ members: [1, 2], head: 2 });
    expect(possessive.phrases).toContainEqual({ members: [0, 1, 2], head: 2, pair: [[0], [1, 2]], joinedBy: 'possessive' });
    // (The "of" of a verb between them joins nothing: "formally told of the loan approval".)
    const told = analyzeQuestion('which office revealed it had been formally told of the loan approval');
    expect(told.phrases.filter((p) => p.joinedBy === 'of')).toEqual([]);
  });

  it('marks what a "how many" question counts and whether it asks about the future', () => {
    const plan = analyzeQuestion('how many jobs will be cut');
    expect(plan.terms[plan.counted ?? -1]?.norm).toBe('jobs');
    expect(plan.future).toBe(true);
    expect(analyzeQuestion('what is the price of lithium').needsMeasure).toBe('money');
  });

  it('asks "how tall", "how far" for a size with its unit', () => {
    expect(analyzeQuestion('how tall was the rocket').needsMeasure).toBe('dimension');
    expect(analyzeQuestion('how far away was the shaking felt').needsMeasure).toBe('dimension');
  });

  it('reads a title typed before a named person\'s name as the name alone ("what does President Xi want done")', () => {
    const context = { isQuotedPerson: (word: string) => word === 'xi', titleWritten: (title: string, name: string) => title === 'president' && name === 'xi' };
    const titled = analyzeQuestion('what does President xi want done about ukraine', context);
    expect(titled.kind).toBe(analyzeQuestion('what does xi want done about ukraine', context).kind);
    expect(titled.kind).toBe('quote');
    expect(titled.terms.map((t) => t.norm)).not.toContain('president');
    // (A title the text does not give the name stays, to be told as wrong; one with no name after it is what is asked about.)
    expect(analyzeQuestion('what did prime minister xi say', context).terms.map((t) => t.norm)).toContain('minister');
    expect(analyzeQuestion('what did the president say about ukraine', context).terms.map((t) => t.norm)).toContain('president');
  });

  it('reads a quoted person\'s whole name as it reads the name the text uses ("what does Xi Jinping want", "why did Xi Jinping bring up…")', () => {
    const context = { isQuotedPerson: (word: string) => word === 'xi' || word === 'jinping' };
    expect(analyzeQuestion('what does xi jinping want done about ukraine', context).kind).toBe('quote');
    expect(analyzeQuestion('why did xi jinping bring up world war ii', context).kind).toBe('quote');
    expect(analyzeQuestion('why did xi jinping keep bringing up world war ii', context).kind).toBe('quote');
  });

  it('reads "when are X supposed to arrive" as asking about what is to come, however long X is', () => {
    expect(analyzeQuestion('when are the weapons from the $330m package supposed to arrive in taiwan').future).toBe(true);
    expect(analyzeQuestion('what was the package supposed to include').future).toBe(false);
  });

  it('reads "how far have X slipped" as a degree of change, which words may tell, not a distance', () => {
    expect(kind('how far have relations between Beijing and Tokyo slipped recently')).toBeNull();
    expect(kind('how far have the talks progressed')).toBeNull();
    expect(analyzeQuestion('how far did the fire spread').needsMeasure).toBe('dimension');
  });

  it('counts the people "how many workers earn less than $15" asks about; "how much does a teacher earn" asks for money', () => {
    expect(analyzeQuestion('how many workers in the state earn less than $15 an hour').needsMeasure).toBe('count');
    expect(analyzeQuestion('how much does a teacher earn').needsMeasure).toBe('money');
    expect(analyzeQuestion('how many dollars does she earn').needsMeasure).toBe('money');
    // ("Sold for", "fetched": a price.)
    expect(analyzeQuestion('how much did the looted items sell for at auction').needsMeasure).toBe('money');
    expect(analyzeQuestion('how much did the painting fetch').needsMeasure).toBe('money');
    expect(analyzeQuestion('how much did sales go up').needsMeasure).not.toBe('money');
    expect(analyzeQuestion('how many bucks is the weapons bundle').needsMeasure).toBe('money');
  });

  it('weighs little whom words were told to: "what did the sheriff tell residents"', () => {
    const plan = analyzeQuestion('what did the sheriff tell residents');
    expect(plan.kind).toBe('quote');
    expect(plan.terms.find((t) => t.norm === 'residents')?.emphasis).toBeLessThan(1);
    expect(plan.terms.find((t) => t.norm === 'sheriff')?.emphasis).toBe(1);
    // (Not what was said about: "what did the sheriff say about residents".)
    expect(analyzeQuestion('what did the sheriff say about residents').terms.find((t) => t.norm === 'residents')?.emphasis).toBe(1);
  });

  it('reads "when exactly" as asking for a date to the day', () => {
    expect(analyzeQuestion('when exactly did takaichi make her comments').datePrecision).toBe('day');
    expect(analyzeQuestion('when was the busan meeting exactly').datePrecision).toBe('day');
    expect(analyzeQuestion('when did takaichi make her comments').datePrecision).toBeNull();
  });

  it('reads "when is X getting…" as asking about an arrangement still to come, not "when is the court hearing"', () => {
    expect(analyzeQuestion('when is taiwan getting the weapons').future).toBe(true);
    expect(analyzeQuestion('when are they coming').future).toBe(true);
    expect(analyzeQuestion('when is the court hearing').future).toBe(false);
    expect(analyzeQuestion('when is the sentencing').future).toBe(false);
  });

  it('tells a level asked at a time ("how much were tariffs before the cut") from a change ("by how much were they reduced after")', () => {
    expect(analyzeQuestion('how much were tariffs before they got cut').levelAsked).toBe(true);
    expect(analyzeQuestion('what were the tariff rates before the 10% cut').levelAsked).toBe(true);
    expect(analyzeQuestion('by how much were the tariffs reduced after the meeting').levelAsked).toBe(false);
    expect(analyzeQuestion('how much were tariffs reduced after the meeting').levelAsked).toBe(false);
    expect(analyzeQuestion('how much did the us cut tariffs by').levelAsked).toBe(false);
    // (A rate or level asked with "be" is a level at any time; "the rate of the cut" is a change.)
    expect(analyzeQuestion('what are current us tariff rates on chinese goods').levelAsked).toBe(true);
    expect(analyzeQuestion('what is the us tariff rate on chinese goods').levelAsked).toBe(true);
    expect(analyzeQuestion('what was the rate of the tariff cut').levelAsked).toBe(false);
  });

  it('does not count a country after "how much" ("how much US cut tariffs"), but counts people after "how many"', () => {
    expect(analyzeQuestion('how much US cut tariffs').counted).toBeNull();
    const many = analyzeQuestion('how many Taiwanese live there');
    expect(many.terms[many.counted ?? -1]?.norm).toBe('taiwanese');
  });

  it('takes the meeting a light verb governs as the event ("hold a meeting"), not any noun ("make her comments")', () => {
    expect(analyzeQuestion('where did the two leaders hold a meeting').terms.find((t) => t.norm === 'meeting')?.event).toBe(true);
    expect(analyzeQuestion('when did takaichi make her comments').terms.find((t) => t.norm === 'comments')?.event).toBe(false);
  });

  it('reads "did Xi bring up World War II" as asking about his words', () => {
    const plan = analyzeQuestion('did xi bring up World War II', { isQuotedPerson: (word) => word === 'xi' });
    expect(plan.kind).toBe('quote');
    expect(plan.yesNo).toBe(true);
    expect(plan.cue).toBe('did … bring up');
  });

  it('reads a search-style "number of X" as a count of X, as "how many X" asks', () => {
    const plan = analyzeQuestion('number of fighter jets in deal');
    expect(plan.kind).toBe('amount');
    expect(plan.needsMeasure).toBe('count');
    expect(analyzeQuestion('soybean volume').needsMeasure).toBe('any');
  });

  it('reads a word of saying inside a noun phrase after a preposition as a noun ("responded to Beijing\'s sovereignty claim")', () => {
    expect(analyzeQuestion("How has Taipei responded to Beijing's sovereignty claim?").kind).toBeNull();
    expect(analyzeQuestion('how has Taipei responded to the territorial claim').kind).toBeNull();
    expect(analyzeQuestion('what did the head of the ministry say').kind).toBe('quote');
    expect(analyzeQuestion("what did Xi's spokesman say about it").kind).toBe('quote');
  });

  it('does not take "what was said" inside a yes/no question for its verb of saying', () => {
    expect(analyzeQuestion('did the white house share any details about what was said on the call').kind).toBeNull();
    expect(analyzeQuestion('did xi say anything about ukraine').kind).toBe('quote');
  });

  it('takes no event from the clause that only says which thing is meant ("the package that China said violated…")', () => {
    const events = (q: string) => analyzeQuestion(q).terms.filter((t) => t.event).map((t) => t.norm);
    expect(events('how much was the arms package that china said violated the principle')).toEqual([]);
    expect(events('who protested the arms package that china said violated the principle')).toContain('protested');
    expect(events('who is the source for the claim that xi called taiwan part of the order')).toContain('called');
  });

  it('takes no event from what someone said, a clause with a subject of its own ("who said Tokyo might respond if China invades…")', () => {
    const events = (q: string) => analyzeQuestion(q).terms.filter((t) => t.event).map((t) => t.norm);
    expect(events('who said tokyo might respond militarily if china invades taiwan')).toEqual([]);
    expect(events('who said china invaded taiwan')).toContain('invaded');
  });

  it('reads a misspelt question word', () => {
    expect(kind('wen did trump and xi talk')).toBe('date');
    expect(kind('Wei Jiang')).toBeNull();
  });

  it('reads causes, costs and names asked for in other words', () => {
    expect(kind('what caused the turbulence')).toBe('reason');
    // "What was the reason for…", "what's the backdrop to…": why it happened (news tells it with "amid…", "after…").
    expect(kind('what was the reason for the call')).toBe('reason');
    expect(kind("what's the backdrop to the call")).toBe('reason');
    expect(kind('what is the context of the vote')).toBe('reason');
    // ("The point of" an act is its purpose; "the main point of" a speech is what it says.)
    expect(kind('what was the point of meeting in busan')).toBe('reason');
    expect(kind('what was the main point of the speech')).not.toBe('reason');
    expect(kind('what reason did the mayor give')).not.toBe('reason');
    const cost = analyzeQuestion('what will the cancer centre cost');
    expect([cost.kind, cost.needsMeasure]).toEqual(['amount', 'money']);
    const name = analyzeQuestion("what is the pilot's name");
    expect([name.kind, name.nameOf]).toEqual(['person', true]);
    expect(words("what is the pilot's name")).toEqual(['pilot']);
    // (Names of several people are asked the same way.)
    const names = analyzeQuestion('what are the names of the senators who voted yes');
    expect([names.kind, names.nameOf]).toEqual(['person', true]);
    expect(words('what are the names of the senators who voted yes')).not.toContain('names');
  });

  it('asks "how many" for a count, "how old" for an age and "how much money" for money', () => {
    expect(analyzeQuestion('how many hospitals do they run').needsMeasure).toBe('count');
    expect(analyzeQuestion('how old is the engineer').needsMeasure).toBe('age');
    const money = analyzeQuestion('how much money does the company make');
    expect(money.needsMeasure).toBe('money');
    expect(money.terms.map((t) => t.norm)).not.toContain('money');
  });

  it('asks "how many million dollars" for money, and "how many million residents" for a count', () => {
    const dollars = analyzeQuestion('how many million dollars did the city borrow');
    expect(dollars.needsMeasure).toBe('money');
    expect(dollars.terms.map((t) => t.norm)).toEqual(['million', 'city', 'borrow']);
    expect(analyzeQuestion('how many million residents voted').needsMeasure).toBe('count');
    // "How many millions was the package": a sum in millions, not a count.
    expect(analyzeQuestion('how many millions was the arms package').needsMeasure).toBe('any');
  });

  it('takes the word closing a do-question for its verb, even a word mostly used as a noun', () => {
    const plan = analyzeQuestion('when did the plane land');
    expect(plan.terms.map((t) => [t.norm, t.event])).toEqual([['plane', false], ['land', true]]);
    expect(plan.phrases).toEqual([]);
  });

  it('takes a verb-like word after a do-auxiliary and a one-name subject for the verb ("did Washington lower…")', () => {
    const event = (question: string, word: string) => analyzeQuestion(question).terms.find((t) => t.norm === word)!.event;
    expect(event('By what percentage did Washington lower certain import duties?', 'lower')).toBe(true);
    expect(event('How much did the US ease trade pressure?', 'ease')).toBe(true);
    // (Not after a possessive, nor after "the" and a people's name: those open a noun phrase.)
    expect(event("Why does Japan's posture matter to Washington?", 'posture')).toBe(false);
    expect(event('When did the Japanese premier take office?', 'premier')).toBe(false);
  });

  it('finds that verb after a negated auxiliary or a "not" too ("why didn\'t the ministry share…")', () => {
    for (const question of ["why didn't the ministry share more details", 'why did the ministry not share more details']) {
      expect(analyzeQuestion(question).terms.map((t) => [t.norm, t.event]), question).toEqual([['ministry', false], ['share', true], ['details', false]]);
    }
  });

  it('leaves out hedges ("specifically", "particularly"), which name nothing', () => {
    expect(analyzeQuestion('why would xi be worried about japan specifically').terms.map((t) => t.norm)).toEqual(['xi', 'worried', 'japan']);
  });

  it('reads a question opening with an auxiliary as yes/no, even with a "who" inside', () => {
    const plan = analyzeQuestion('does the us take a position on who owns taiwan');
    expect([plan.kind, plan.yesNo]).toEqual([null, true]);
  });

  it('reads three or more bare keywords as a list, not one compound phrase', () => {
    expect(analyzeQuestion('trade tariffs soybeans').phrases).toEqual([]);
    expect(analyzeQuestion('fighter jet parts are in the package').phrases).not.toEqual([]);
  });

  it('reads deadlines as dates, shares as percentages, votes as tallies and "which judges" as names', () => {
    expect(kind('what is the deadline for the petition')).toBe('date');
    expect(analyzeQuestion('what share of the market will foldables have').needsMeasure).toBe('percent');
    expect(analyzeQuestion('what was the vote of the panel').needsMeasure).toBe('tally');
    const judges = analyzeQuestion('which judges were on the panel');
    expect([judges.kind, judges.nameOf]).toEqual(['person', true]);
    expect(analyzeQuestion('which company will build the buses').nameOf).toBe(true);
    // "What company makes…" asks which company, as "which" does; "what was the company's offer" does not.
    const maker = analyzeQuestion('what company makes the jet parts');
    expect([maker.kind, maker.nameOf]).toEqual(['person', true]);
    expect(analyzeQuestion("what was the company's last offer").kind).not.toBe('person');
    expect(analyzeQuestion("what are the suspects' names").nameOf).toBe(true);
    // (So does "what law requires…": a law is known by its name, which the text must give.)
    expect(analyzeQuestion('what law requires the us to arm taiwan').cue).toBe('which');
    expect(analyzeQuestion('what does the law require').cue).toBe('what');
  });

  it('reads "what did the call say about…" as a question about the call\'s content, not a quote', () => {
    expect(kind('what did the call say about russia')).toBeNull();
    expect(kind('what did the minister say about russia')).toBe('quote');
    // (A promise or a pledge is said, too: the words are asked for.)
    expect(kind('what did the mayor promise the strikers')).toBe('quote');
    expect(kind('did the union comment on the offer')).toBe('quote');
    // (How someone thinks or feels is their words; "I always thought…" is the asker's.)
    expect(kind('how does the union feel about the offer')).toBe('quote');
    expect(kind('how are things between the two, i always thought they got along')).not.toBe('quote');
  });

  it('reads a participle after "does" as describing the subject when the main verb comes later', () => {
    expect(kind('what does the arms package announced this month include')).not.toBe('quote');
    expect(kind('what did xi said about taiwan')).toBe('quote');
  });

  it('reads a closing "on the call" as where the talk happened, not what it was about', () => {
    const plan = analyzeQuestion('what did xi say about taiwan on the call');
    expect(plan.background.map((t) => plan.terms[t]!.norm)).toEqual(['call']);
    const about = analyzeQuestion('what did xi say about the call');
    expect(about.background).toEqual([]);
  });

  it('reads "next" as another occurrence only before a word it qualifies', () => {
    expect(analyzeQuestion('where will the next summit be held').contrast).toEqual(['next']);
    expect(analyzeQuestion('what does xi want to see next from both sides').contrast).toEqual([]);
  });

  it('reads "how much detail" as a degree, not a number', () => {
    expect(kind('how much detail did the white house give')).toBeNull();
    expect(kind('how much money did the white house give')).toBe('amount');
  });

  it('reads "what did X call Y" as what X called it, and "when did X call" as the phone call', () => {
    expect(kind("what did xi call taiwan's return to china")).toBe('quote');
    expect(kind('what did xi call the relationship')).toBe('quote');
    expect(kind('when did trump call xi')).toBe('date');
    expect(kind('what did they call for')).not.toBe('quote');
  });

  it('reads "X say what about Y" as what X said about Y', () => {
    expect(kind('xi say what about taiwan')).toBe('quote');
    expect(kind('xi said what exactly')).toBe('quote');
  });

  it("reads a quoted person's view as what they said, but not a country's position", () => {
    const isQuotedPerson = (word: string) => ['xi', 'jinping', 'takaichi'].includes(word);
    const take = analyzeQuestion("what is xi's take on the ukraine war", { isQuotedPerson });
    expect(take.kind).toBe('quote');
    expect(take.terms.map((t) => t.norm)).not.toContain('take');
    expect(take.speaker.map((t) => take.terms[t]!.norm)).toEqual(['xi']);
    expect(analyzeQuestion('how does xi think the war should be resolved', { isQuotedPerson }).kind).toBe('quote');
    expect(analyzeQuestion('how does xi reckon the war should be resolved', { isQuotedPerson }).kind).toBe('quote');
    expect(analyzeQuestion('whats xis stance on ukraine', { isQuotedPerson }).kind).toBe('quote');
    expect(analyzeQuestion('xi comments on ukraine', { isQuotedPerson }).kind).toBe('quote');
    // (Typed as keywords, the words last: "xi ukraine comments" — Xi speaks, of Ukraine.)
    const keywords = analyzeQuestion('xi ukraine comments', { isQuotedPerson });
    expect(keywords.kind).toBe('quote');
    expect(keywords.speaker.map((t) => keywords.terms[t]!.norm)).toEqual(['xi']);
    // (Not remarks that something else answered.)
    expect(analyzeQuestion("how did china respond to takaichi's remarks about taiwan", { isQuotedPerson }).speaker).toEqual([]);
    expect(analyzeQuestion("did china condemn takaichi's comments on taiwan", { isQuotedPerson }).kind).toBeNull();
    expect(analyzeQuestion('xi jinping comments on taiwan', { isQuotedPerson }).kind).toBe('quote');
    expect(analyzeQuestion("what is china's position on the war", { isQuotedPerson }).kind).toBeNull();
    // "Why did Xi bring up World War II": why is in what he said of it.
    const why = analyzeQuestion('why did xi keep bringing up world war 2', { isQuotedPerson });
    expect(why.kind).toBe('quote');
    expect(why.terms.map((t) => t.norm)).not.toContain('bringing');
    expect(analyzeQuestion('why did xi bring world war two up', { isQuotedPerson }).kind).toBe('quote');
    expect(analyzeQuestion('why did xi call trump', { isQuotedPerson }).kind).toBe('reason');
    // "According to Xi, …", "xi on ukraine", "which war did Xi refer to": his words too.
    for (const question of ['according to xi, what did the two countries do together', 'xi on ukraine', 'which war did xi refer to']) {
      const plan = analyzeQuestion(question, { isQuotedPerson });
      expect(plan.kind).toBe('quote');
      expect(plan.speaker.map((t) => plan.terms[t]!.norm)).toEqual(['xi']);
    }
    // (A verb news copy uses of what was said stays a word to match.)
    expect(analyzeQuestion('what did xi emphasize', { isQuotedPerson }).terms.map((t) => t.norm)).toContain('emphasize');
    // Without the article's quote table nothing is known to be a person.
    expect(analyzeQuestion("what is xi's take on the ukraine war").kind).toBeNull();
  });

  it('reads a statement asked with its tone as no question of the clause it tells of ("…gave no info about what was said?")', () => {
    const told = analyzeQuestion('so the white house gave no info at all about what was said?');
    expect(told.kind).toBeNull();
    expect(told.cue).toBe('');
    // (But an interrogative asked in place stays the question's.)
    expect(analyzeQuestion('the call touched on which topics?').cue).toBe('which topics');
    expect(analyzeQuestion('tell me about what was said').kind).toBe('quote');
  });

  it('reads a place typed with "s" and no apostrophe as its possessive ("beijings claim" is no one claiming)', () => {
    expect(kind('how did taiwan react to beijings claim')).not.toBe('quote');
    expect(kind('what did beijing claim')).toBe('quote');
  });

  it("reads someone's message as what they said", () => {
    expect(kind("what was the chinese leader's message about taiwan")).toBe('quote');
    expect(kind('what was the message of the call')).toBeNull();
    // So are their quote, words, statement or comments, exact or not; "exact" is no word of theirs.
    const quote = analyzeQuestion("what was Lin Jian's exact quote about the arms deal?");
    expect(quote.kind).toBe('quote');
    expect(quote.terms.map((t) => t.norm)).not.toContain('exact');
    expect(kind("what were lin jian's comments on the arms sale")).toBe('quote');
    expect(kind('what comments did the article quote')).not.toBe('quote');
    // A verb of saying followed by "of" is a noun: the state of relations, no one stating.
    expect(kind('what is the present state of relations between beijing and tokyo')).not.toBe('quote');
    expect(kind('what did the ministry state about the sale')).toBe('quote');
  });

  it('reads "what does Beijing say it backs" as asking what it backs: the saying only reports', () => {
    const plan = analyzeQuestion('what efforts does beijing say it backs');
    expect(plan.kind).toBeNull();
    expect(plan.terms.map((t) => t.norm)).toEqual(['efforts', 'beijing', 'backs']);
    expect(kind('what did beijing say about it')).toBe('quote');
  });
});

describe('the state of something', () => {
  it('reads "what is the state of X" as asking for a condition, not a place', () => {
    expect(analyzeQuestion('what is the state of beijing tokyo ties').kind).not.toBe('place');
    expect(analyzeQuestion('what state is the plant in').kind).toBe('place');
  });

  it('takes contractions like "he\'d" as function words', () => {
    expect(analyzeQuestion("will trump say if he'd send troops").terms.map((t) => t.norm)).not.toContain('hed');
  });
});

describe('casual and slipped question forms', () => {
  it('reads "whn" as "when" (a dropped letter) rather than "who"', () => {
    expect(analyzeQuestion('whn did the call happen').kind).toBe('date');
  });

  it('reads "whats" and "whos" typed without the apostrophe as interrogatives', () => {
    expect(analyzeQuestion('whos the prime minister').kind).toBe('person');
    expect(analyzeQuestion('whats the deal with the arms sale').terms.map((t) => t.norm)).toEqual(['arms', 'sale']);
  });

  it('finds an amount asked for at the end of the phrase ("Taiwan\'s defense budget")', () => {
    expect(analyzeQuestion("what is taiwan's defense budget").kind).toBe('amount');
    expect(analyzeQuestion("what is northwind's new pickup called").kind).toBe('person');
  });

  it('keeps the particle of a phrasal verb that the dictionary knows', () => {
    const term = analyzeQuestion('who turned down the offer').terms[0]!;
    expect(term.particle).toBe('down');
    expect(term.typed).toBe('turned down');
  });
});

describe('more question forms', () => {
  it('reads "what was X\'s reaction" as asking what X said', () => {
    const plan = analyzeQuestion("what was the chinese spokesman's reaction");
    expect(plan.kind).toBe('quote');
    expect(plan.speaker.map((t) => plan.terms[t]!.norm)).toEqual(['chinese', 'spokesman']);
    expect(analyzeQuestion('what could prompt a response from tokyo').kind).not.toBe('quote');
  });

  it('reads a currency before an amount noun as asking for money', () => {
    const plan = analyzeQuestion('what is the dollar value of the sale');
    expect(plan.kind).toBe('amount');
    expect(plan.needsMeasure).toBe('money');
    expect(plan.terms.map((t) => t.norm)).toEqual(['sale']);
    // (Typed like a search too; and "the reported value" is any value the article gives.)
    const typed = analyzeQuestion('dollar value of the weapons sale');
    expect(typed.needsMeasure).toBe('money');
    expect(typed.terms.map((t) => t.norm)).toEqual(['weapons', 'sale']);
    expect(analyzeQuestion('what is the reported value of the sale').terms.map((t) => t.norm)).toEqual(['sale']);
    expect(analyzeQuestion('what value was reported for the sale').terms.map((t) => t.norm)).toContain('reported');
  });

  it('reads an irregular participle after an auxiliary as a verb: "soybeans China has bought since Busan"', () => {
    const plan = analyzeQuestion('volume of soybeans china has bought since busan');
    expect(plan.terms.find((t) => t.norm === 'bought')?.event).toBe(true);
    // (A verb after its subject stays no event: "where was trump" has none.)
    expect(analyzeQuestion('when did trump call xi').terms.find((t) => t.norm === 'trump')?.event).toBe(false);
  });

  it('does not take "how would you describe X" for what someone said', () => {
    expect(analyzeQuestion('how would you describe relations between china and japan').kind).not.toBe('quote');
  });

  it('reads a saying after the object of the question\'s own verb as the claim reacted to ("reject Beijing saying…")', () => {
    expect(kind('how does taipei reject beijing saying the island belongs to china')).not.toBe('quote');
    expect(kind('what is xi saying about taiwan')).toBe('quote');
    expect(kind('what was lin jian saying about the arms sale')).toBe('quote');
  });

  it('reads "how did X take Y" as how X reacted, with "take" no word to match', () => {
    const plan = analyzeQuestion('how did taiwan take beijing saying taiwan belongs to china');
    expect(plan.kind).not.toBe('quote');
    expect(plan.reactor.map((t) => plan.terms[t]!.norm)).toEqual(['taiwan']);
    expect(plan.terms.map((t) => t.norm)).not.toContain('take');
    expect(analyzeQuestion('what steps did the council take').terms.map((t) => t.norm)).toContain('steps');
  });
});

describe('nouns and idioms that look like question forms', () => {
  it('does not read a possessed "claim" as a speech verb', () => {
    expect(analyzeQuestion("how does taipei view beijing's claim").kind).not.toBe('quote');
    expect(analyzeQuestion('what did xi claim').kind).toBe('quote');
  });

  it('reads "where do X stand" as asking how things are, not for a place', () => {
    expect(analyzeQuestion('where do relations between beijing and tokyo stand').kind).toBeNull();
  });

  it('reads "what did X pay for Y" as asking for a sum of money', () => {
    const plan = analyzeQuestion('what did china pay for the soybeans');
    expect(plan.kind).toBe('amount');
    expect(plan.needsMeasure).toBe('money');
  });
});

describe('noun phrases with verb-like words', () => {
  it('reads a bare verb-like word before a preposition after "is the …" as the noun it ends', () => {
    const deal = analyzeQuestion('how big is the new arms deal for taiwan').terms.find((t) => t.norm === 'deal')!;
    expect(deal.verb).toBe(false);
    expect(analyzeQuestion('when did the plane land in denver').terms.find((t) => t.norm === 'land')!.verb).toBe(true);
  });

  it('reads "remarks that have angered Beijing" as describing the remarks, with no event of the question', () => {
    const angered = analyzeQuestion('which Japanese leader made remarks that have angered Beijing').terms.find((t) => t.norm === 'angered')!;
    expect(angered.event).toBe(false);
    // "…the claim that the sale violated" opens what the claim says: its verb stays an event.
    expect(analyzeQuestion('what is the claim that the sale violated').terms.find((t) => t.norm === 'violated')!.event).toBe(true);
  });
});

describe('asking for the words used', () => {
  it('reads "what exact quote did X give" and "what statement did X make" as what X said', () => {
    const quote = analyzeQuestion('what exact quote did lin jian give about the arms sale');
    expect(quote.kind).toBe('quote');
    expect(quote.terms.map((t) => t.norm)).toEqual(['lin', 'jian', 'arms', 'sale']);
    expect(analyzeQuestion('what statement did china make').kind).toBe('quote');
  });

  it('reads "what exact words did X use to describe Y" as asking for X\'s words about Y, with "use" no topic', () => {
    const plan = analyzeQuestion("What exact words did Xi use to describe Taiwan's return to China?");
    expect(plan.kind).toBe('quote');
    expect(plan.terms.map((t) => t.norm)).not.toContain('use');
    expect(plan.terms.map((t) => t.norm)).not.toContain('exact');
  });

  it('reads "what is the exact wording X used to describe Y" as asking for X\'s words, the wording noun after "is the"', () => {
    const plan = analyzeQuestion("what's the exact wording the coach used to describe the final");
    expect(plan.kind).toBe('quote');
    expect(plan.terms.map((t) => t.norm)).toEqual(['coach', 'final']);
  });

  it('reads "what was said" after a preposition as naming the words, not asking for them', () => {
    expect(analyzeQuestion('which body released the fullest version of what was said').kind).not.toBe('quote');
    expect(analyzeQuestion('what was said about taiwan').kind).toBe('quote');
  });

  it('keeps "since" as a word to match but out of the noun phrase before it', () => {
    const plan = analyzeQuestion("how did xi describe the relationship's trajectory since the summit");
    expect(plan.terms.map((t) => t.norm)).toContain('since');
    const since = plan.terms.findIndex((t) => t.norm === 'since');
    expect(plan.phrases.some((p) => p.members.includes(since))).toBe(false);
  });
});

describe('which office', () => {
  it('reads "which Taiwanese office announced…" as asking for a body', () => {
    const plan = analyzeQuestion('which taiwanese office announced the approval of the arms');
    expect(plan.kind).toBe('person');
    expect(plan.needsName).toBe(false);
  });

  it('reads "which Taiwanese ministry announced" as asking for the ministry, which the text names by what it is', () => {
    const plan = analyzeQuestion('which taiwanese ministry announced the notification');
    expect(plan.cue).toBe('which ministry');
    expect(plan.needsName).toBe(false);
  });

  it('takes the count in "which two leaders" as how many are asked for, not a word to find', () => {
    expect(analyzeQuestion('which two leaders spoke by phone').terms.map((t) => t.norm)).not.toContain('two');
  });
});

describe('which body', () => {
  it('reads "which arm of the government" as asking for a body, named or not', () => {
    const plan = analyzeQuestion("which arm of beijing's government released the fullest readout");
    expect(plan.kind).toBe('person');
    expect(plan.needsName).toBe(false);
  });
});

describe('the occasion of what was said', () => {
  it('reads "in the phone call with Trump" at the end as the setting, not what was spoken about', () => {
    const plan = analyzeQuestion('what did xi say about taiwan in the phone call with trump');
    expect(plan.background.map((t) => plan.terms[t]!.norm)).toEqual(['phone', 'call', 'trump']);
  });

  it('reads "which government" as asking for a body, which the text may name by what it is', () => {
    expect(analyzeQuestion('which government announced the notification').needsName).toBe(false);
  });
});

describe('ways of asking a sum', () => {
  it('reads "what price tag did it carry" and "what value was put on it" as asking the sum, with no verb of their own', () => {
    const carry = analyzeQuestion('what price tag did the weapons sale carry');
    expect(carry.kind).toBe('amount');
    expect(carry.terms.map((t) => t.norm)).not.toContain('carry');
    expect(analyzeQuestion('what dollar value was put on the weapons sale').terms.map((t) => t.norm)).not.toContain('put');
  });

  it('reads the last word after "about" as a noun when no "did" waits for its verb', () => {
    expect(analyzeQuestion('why beijing mad about arms deal').terms.find((t) => t.norm === 'deal')!.event).toBe(false);
    expect(analyzeQuestion('when did the arms sale to taiwan start').terms.find((t) => t.norm === 'start')!.event).toBe(true);
  });
});

describe('money', () => {
  it('reads "the monetary worth" as asking a sum of money, "monetary" no word to find', () => {
    const plan = analyzeQuestion('what is the monetary worth of the weapons deal');
    expect(plan.needsMeasure).toBe('money');
    expect(plan.terms.map((t) => t.norm)).not.toContain('monetary');
  });
});

describe('which nation', () => {
  it('reads "which nation" as asking for a country', () => {
    expect(analyzeQuestion('which nation is among washington\'s partners').kind).toBe('place');
  });
});

describe('plans', () => {
  it('reads "are they planning to meet" as asking about something still to come', () => {
    expect(analyzeQuestion('are the two presidents planning to meet again').future).toBe(true);
  });
});

describe('predicate adjectives', () => {
  it('reads "was angry about the arms deal" as saying its verb, so "deal" is a noun', () => {
    const deal = analyzeQuestion('who was angry about the arms deal').terms.find((t) => t.norm === 'deal')!;
    expect(deal.event).toBe(false);
  });

  it('negates an adjective said with "is not" or "isn\'t", but not the nouns around it', () => {
    const plan = analyzeQuestion("why isn't beijing happy with japan");
    expect(plan.terms.find((t) => t.norm === 'happy')!.negated).toBe(true);
    expect(plan.terms.find((t) => t.norm === 'beijing')!.negated).toBeFalsy();
    expect(analyzeQuestion('why is beijing not happy with japan').terms.find((t) => t.norm === 'happy')!.negated).toBe(true);
    expect(analyzeQuestion('why is beijing happy').terms.find((t) => t.norm === 'happy')!.negated).toBeFalsy();
  });
});

describe('-ing words', () => {
  it('reads an -ing word after a noun as a noun, unless the question is in the progressive', () => {
    const meeting = analyzeQuestion('who arranged the busan meeting').terms.find((t) => t.norm === 'meeting')!;
    expect(meeting.verb).toBe(false);
    const planning = analyzeQuestion('what is the company planning').terms.find((t) => t.norm === 'planning')!;
    expect(planning.verb).toBe(true);
  });
});

describe('which one did it', () => {
  it('reads "which X announced…" as asking who, and "what did X announce" as asking what', () => {
    expect(analyzeQuestion('which ministry announced the notification').kind).toBe('person');
    expect(analyzeQuestion('what did the ministry announce').kind).toBe('quote');
    // (Unless a place or a pronoun stands before the verb: it speaks, and "which principle" is what it said.)
    expect(analyzeQuestion('which principle china says the arms sale violated').kind).toBe('quote');
    expect(analyzeQuestion('which principle they said the sale violated').kind).toBe('quote');
    expect(analyzeQuestion('which official in beijing said the sale was illegal').kind).toBe('person');
  });

  it('reads "what X is Y for/from" as asking which X, and "what X did Y call for" as asking what', () => {
    expect(analyzeQuestion('what fighter jets are the parts for').cue).toBe('which');
    expect(analyzeQuestion('what party is takaichi from').cue).toBe('which');
    expect(analyzeQuestion('what progress did xi call for').cue).toBe('what');
    expect(analyzeQuestion('what fighter jet parts are in the deal').cue).toBe('what');
  });

  it('reads "which of the two leaders…" as "which leaders…", and "how did Xi frame…" as asking his words', () => {
    expect(analyzeQuestion('which of the two leaders initiated the call').cue).toBe('which leaders');
    expect(analyzeQuestion('how did xi frame the approach to the crisis').kind).toBe('quote');
  });

  it('asks for an amount with "by what margin"', () => {
    expect(analyzeQuestion('by what margin did washington cut its tariffs').kind).toBe('amount');
  });

  it('finds the people noun at the end of "which US senator"', () => {
    expect(analyzeQuestion('which us senator criticized the sale').cue).toBe('which senator');
  });

  it('asks for an amount with "what is X\'s budget" but not with "what budget…"', () => {
    expect(analyzeQuestion("what is taiwan's defense budget").kind).toBe('amount');
    expect(analyzeQuestion('what budget has the administration asked taiwan to grow').kind).toBeNull();
  });
});

describe('passive speech verbs', () => {
  it('reads "how is X described" as asking how X is put, not what X said', () => {
    expect(analyzeQuestion("how is china's position described").kind).not.toBe('quote');
    expect(analyzeQuestion('how did xi describe the relationship').kind).toBe('quote');
  });
});

describe('a word typed twice', () => {
  it('counts once ("side by side")', () => {
    const sides = analyzeQuestion('what did they fight side by side').terms.filter((t) => t.norm === 'side');
    expect(sides.map((t) => t.emphasis)).toEqual([1, 0]);
  });
});

describe('words of the asking, not of the topic', () => {
  it('consumes the other amount words of "the total value of"', () => {
    expect(analyzeQuestion('what is the total value of the arms package').terms.map((t) => t.norm)).toEqual(['arms', 'package']);
  });

  it('reads "in response to" as "about"', () => {
    expect(analyzeQuestion('what did beijing do in response to the authorization').terms.map((t) => t.norm)).not.toContain('response');
  });

  it('reads a search-style "X response to Y" as asking for X\'s reaction, not for the word "response"', () => {
    const plan = analyzeQuestion("taiwan's response to beijing's claim");
    expect(plan.terms.map((t) => t.norm)).not.toContain('response');
    expect(plan.reactor.map((t) => plan.terms[t]!.norm)).toEqual(['taiwan']);
  });
});

describe('asking for the words used', () => {
  it('reads "what exact quote did X give" and "what statement did X make" as what X said', () => {
    const quote = analyzeQuestion('what exact quote did lin jian give about the arms sale');
    expect(quote.kind).toBe('quote');
    expect(quote.terms.map((t) => t.norm)).toEqual(['lin', 'jian', 'arms', 'sale']);
    expect(analyzeQuestion('what statement did china make').kind).toBe('quote');
  });

  it('reads "what words did X use" as what X said', () => {
    const plan = analyzeQuestion('what words did the chinese spokesperson use');
    expect(plan.kind).toBe('quote');
    expect(plan.speaker.map((t) => plan.terms[t]!.norm)).toEqual(['chinese', 'spokesperson']);
    // ("What line did Xi use to tie Taiwan to…": a line is words, too.)
    expect(analyzeQuestion('what line did xi use to tie taiwan to the post-war order').kind).toBe('quote');
  });
});

describe('objects of the question\'s verb', () => {
  it('reads a verb-like word after a verb and its determiner as the object\'s noun', () => {
    const raise = analyzeQuestion('why did the authority refuse a bigger raise').terms.find((t) => t.norm === 'raise');
    expect(raise?.verb).toBe(false);
    expect(analyzeQuestion('when did their plane land').terms.find((t) => t.norm === 'land')?.event).toBe(true);
    expect(analyzeQuestion('what principle did beijing accuse the sale of violating').terms.find((t) => t.norm === 'violating')?.verb).toBe(true);
  });

  it('reads a verb after a modal as the verb when the subject stands before it ("who does Taipei say may choose")', () => {
    const plan = analyzeQuestion("who does the taipei government say may choose the island's future");
    expect(plan.terms.find((t) => t.norm === 'choose')?.event).toBe(true);
    expect(analyzeQuestion('who will trump call').terms.find((t) => t.norm === 'trump')?.event).toBe(false);
  });

  it('reads adjectives joined by "and" as one noun phrase ("on a steady and positive track")', () => {
    expect(analyzeQuestion('since when does xi say ties have been on a steady and positive track').terms.find((t) => t.norm === 'track')?.verb).toBe(false);
  });
});

describe('degrees, durations and the future', () => {
  it('reads "how much does X matter" as a degree, not an amount', () => {
    expect(analyzeQuestion('how much does japan matter to washington').kind).toBe(null);
    expect(analyzeQuestion('how much did the us cut tariffs').kind).toBe('amount');
    // (So is how much someone disclosed or revealed: how much detail; what they said may be a sum.)
    expect(analyzeQuestion('how much did the white house disclose about the call').kind).toBe(null);
    expect(analyzeQuestion('how much did taiwan say the package was worth').kind).toBe('amount');
  });

  it('reads "going" as the future only in "going to"', () => {
    expect(analyzeQuestion('how long had the tariff fights been going on').future).toBe(false);
    expect(analyzeQuestion('is xi going to visit washington').future).toBe(true);
  });
});

describe('what a thing is about', () => {
  it('reads "what was the call about" as its topics, but not an "about" that ends a clause describing the thing', () => {
    expect(kind('what was the call about')).toBe('topic');
    expect(kind('what is the 330 million dollar deal that Beijing is upset about')).not.toBe('topic');
    expect(kind('what is the report which the minister was angry about')).not.toBe('topic');
  });
});

describe('"like" giving an example', () => {
  it('reads "like" between two nouns after the verb as "such as", not as a verb', () => {
    expect(words('has china started buying farm goods like soy again')).not.toContain('like');
    expect(words('does china like the deal')).toContain('like');
  });
});

describe('the parts of a topic noun', () => {
  it('reads "agenda items" as the topics asked for, not words the text must hold', () => {
    expect(words('what agenda items came up during the call')).not.toContain('items');
    expect(kind('what agenda items came up during the call')).toBe('topic');
    expect(words('which items were in the package')).toContain('items');
  });
});

describe('the subject right after "did"', () => {
  it('reads a lowercase name between "did" and its verb as the subject, not a verb ("how did trump respond")', () => {
    expect(analyzeQuestion('how did trump respond to xi').reactor).toEqual([0]);
    // (With an adverb after it, too: "trump actually" reads like a verb and its adverb.)
    expect(analyzeQuestion('how did trump actually respond to xi').reactor).toEqual([0]);
    expect(analyzeQuestion('what did trump say about taiwan').terms[0]?.verb).toBe(false);
    expect(analyzeQuestion('when did talks resume').terms.find((t) => t.norm === 'talks')?.verb).toBe(false);
  });

  it('reads the one word between "did" and a reaction verb as the one who reacts, even a word that can be a verb ("did trump respond")', () => {
    const plan = analyzeQuestion("did trump respond to xi's comments on ukraine");
    expect(plan.reactor.map((t) => plan.terms[t]!.norm)).toEqual(['trump']);
  });
});

describe('"one of the …"', () => {
  it('reads "one of the things" as picking a member, not as the word "one" the text must hold', () => {
    const norms = (question: string) => analyzeQuestion(question).terms.map((t) => t.norm);
    expect(norms('was ukraine one of the things they talked about on the call')).not.toContain('one');
    // The text may say "one of Washington's most important partners" word for word.
    expect(norms("is japan one of washington's most important partners")).toContain('one');
    expect(norms("which country is one of the United States' key allies")).toContain('one');
  });
});

describe('an adjective after "being"', () => {
  it('reads "Japan being close to Washington" as how Japan is, not as something done', () => {
    const plan = analyzeQuestion('why would xi be worried about japan being close to washington');
    expect(plan.terms.find((t) => t.norm === 'close')?.verb).toBe(false);
    // A participle after "being" is still an event: "the package being approved".
    expect(analyzeQuestion('why was china angry about the package being approved').terms.find((t) => t.norm === 'approved')?.verb).toBe(true);
  });
});

describe('"own" after a possessive', () => {
  it('keeps "Trump\'s own position" one phrase: "own" stresses the owner', () => {
    const plan = analyzeQuestion("What was Trump's own position on Ukraine");
    const phrase = plan.phrases.find((p) => plan.terms[p.head]!.norm === 'position');
    expect(phrase?.members.map((t) => plan.terms[t]!.norm)).toEqual(['trump', 'position']);
    const japan = analyzeQuestion("what was japan's own position on ukraine");
    expect(japan.phrases.length).toBe(1);
  });
});

describe('a stance asked why', () => {
  it('does not ask for "Japan\'s stance" told whole when asked why (a passage tells what Japan is or does)', () => {
    const heads = (question: string) => {
      const plan = analyzeQuestion(question);
      return plan.phrases.map((p) => plan.terms[p.head]!.norm);
    };
    expect(heads("why does japan's stance worry xi so much")).not.toContain('stance');
    // Asked what it is, the stance is the thing asked for ("a position consistent with…").
    expect(heads("what is china's stance on the ukraine war")).toContain('stance');
  });
});

describe('what a place is', () => {
  it('weighs the noun that says what a named place is lightly ("whether Taiwan is a sovereign country")', () => {
    const weight = (question: string) => analyzeQuestion(question).terms.find((t) => t.norm === 'country' || t.norm === 'nation')!.emphasis;
    expect(weight('does the us say whether taiwan is a sovereign country')).toBeLessThan(0.5);
    expect(weight('is taiwan an independent nation')).toBeLessThan(0.5);
    // Not a country asked about in its own right.
    expect(weight('did a country like japan protest the sale')).toBe(1);
    expect(weight('is there a country that protested')).toBe(1);
  });
});

describe('reactions', () => {
  it('asks for the reaction, not for words said, when the saying is what was reacted to ("respond to Beijing saying…")', () => {
    const plan = analyzeQuestion('how does taipei respond to beijing saying taiwan belongs to china');
    expect(plan.kind).not.toBe('quote');
    expect(plan.reactor.map((t) => plan.terms[t]!.norm)).toEqual(['taipei']);
    expect(analyzeQuestion('how did lin jian respond, saying what').kind).not.toBe('quote');
  });

  it("takes the place of \"Ukraine's government\" as the one who must act", () => {
    const plan = analyzeQuestion("how did ukraine's government respond to xi");
    expect(plan.reactor.map((t) => plan.terms[t]!.norm)).toEqual(['ukraine']);
    const unnamed = analyzeQuestion('how did the government respond to xi');
    expect(unnamed.reactor.map((t) => unnamed.terms[t]!.norm)).toEqual(['government']);
  });

  it('does not read an infinitive reaction as the question\'s verb ("encouraged Taipei to respond")', () => {
    expect(analyzeQuestion('how has the administration encouraged taipei to respond to tensions').reactor).toEqual([]);
  });
});

describe('negated auxiliaries', () => {
  it('reads "wouldn\'t", "shouldn\'t" and "aren\'t" as grammar, not as words the text must hold', () => {
    expect(words("why wouldn't the white house share more details")).toEqual(['whitehouse', 'share', 'details']);
    expect(words("why aren't they talking")).toEqual(['talking']);
  });
});

describe('the speaker of a question in another language\'s word order', () => {
  const speaker = (q: string) => {
    const plan = analyzeQuestion(q);
    return plan.speaker.map((t) => plan.terms[t]!.norm);
  };

  it('ends at a topic or listener put before the verb ("what has Takaichi about an attack said", "what has Trump to Xi said")', () => {
    expect(speaker('What has Sanae Takaichi about a Chinese attack on Taiwan said?')).toEqual(['sanae', 'takaichi']);
    expect(speaker('What has Trump to Xi about Taiwan said?')).toEqual(['trump']);
  });

  it('is not cut where the topic comes before the auxiliary (all the words before the verb, as before)', () => {
    expect(speaker('What kind of initiatives on the Ukraine war did Xi say Beijing supports?')).toEqual(['initiatives', 'ukraine', 'war', 'xi']);
    expect(speaker('What did Xi say about Taiwan?')).toEqual(['xi']);
  });

  it('reads "what headcount" as asking for an amount', () => {
    expect(kind('what headcount does the union give for the plant')).toBe('amount');
  });
});

describe('a yes/no claim of a length of time', () => {
  it('is marked where the claim states one ("more than an hour", "for three days"), not a date ("a week ago") or a wh-question', () => {
    expect(analyzeQuestion('did the call last more than an hour').claimsDuration).toBe(true);
    expect(analyzeQuestion('was the bridge closed for three days').claimsDuration).toBe(true);
    expect(analyzeQuestion('did they meet a week ago').claimsDuration).toBe(false);
    expect(analyzeQuestion('how long did the call last').claimsDuration).toBe(false);
  });
});
