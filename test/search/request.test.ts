import { describe, expect, it } from 'vitest';
import { asksHowTo, questionOfRequest, twoQuestions } from '../../src/search/analysis/request.ts';
import { analyzeQuestion } from '../../src/search/analysis/question.ts';
import { buildQuestionIndex } from '../../src/search/index.ts';
import { ARMS, knowledgeBase } from './fixtures.ts';

describe('requests phrased as commands or wrapped in politeness', () => {
  it('unwraps the question inside', () => {
    expect(questionOfRequest('can you tell me who protested the arms sale')).toBe('who protested the arms sale');
    expect(questionOfRequest('I want to know how many people live in Taiwan')).toBe('how many people live in Taiwan');
    expect(questionOfRequest('according to the article, who confirmed the call')).toBe('who confirmed the call');
    // (Read as the same words typed alone are: "what Xi said about…" asks what he said.)
    expect(questionOfRequest('show me what Xi said about Ukraine')).toBe(questionOfRequest('what Xi said about Ukraine'));
    expect(questionOfRequest('can you tell me who took part in the phone call')).toBe(questionOfRequest('who took part in the phone call'));
  });

  it('drops where the reader saw it, "given in the article", but keeps a participle that is the question\'s verb', () => {
    expect(questionOfRequest('What is the population of Taiwan given in the article?')).toBe('What is the population of Taiwan?');
    expect(questionOfRequest('which tariff cut is mentioned in this article?')).toBe('which tariff cut?');
    expect(questionOfRequest('how is Xi described in the article')).toBe('how is Xi described');
  });

  it('reads "hit back" and "strike back" as responding, "hand back" as returning, and texting shorthand for could, would, should', () => {
    expect(questionOfRequest('which leader said japan cld hit back militarily')).toBe('which leader said japan could respond militarily');
    expect(questionOfRequest('how did beijing hit back at tokyo')).toBe('how did beijing respond to tokyo');
    expect(questionOfRequest('who struck back')).toBe('who responded');
    expect(questionOfRequest('what did xi claim about the island being handed back')).toBe('what did xi claim about the island being returned');
    expect(questionOfRequest('did china give back the money')).toBe('did china return the money');
    expect(questionOfRequest('he hit the back of the car')).toBe('he hit the back of the car');
  });

  it('reads "come back", "go up" and "go down" as the one verb news writes, in the tense typed', () => {
    expect(questionOfRequest('when do lawmakers come back for the special session')).toBe('when do lawmakers return for the special session');
    expect(questionOfRequest('has the ceo gone back to the office')).toBe('has the ceo returned to the office');
    expect(questionOfRequest('how much did prices go up')).toBe('how much did prices rise');
    expect(questionOfRequest('why did sales go down')).toBe('why did sales fall');
    expect(questionOfRequest('when did tariffs go up against china')).toBe('when did tariffs go up against china');
    // Going back to doing something is resuming it (a rule of its own).
    expect(questionOfRequest('what has china gone back to buying')).toBe('what has china resumed buying');
  });

  it('spells out chat shorthand of sport, money and office ("champ", "semis", "tix", "info", "cfo")', () => {
    expect(questionOfRequest('who did the champ beat in the semis')).toBe('who did the champion beat in the semifinals');
    expect(questionOfRequest('how much were tix')).toBe('how much were tickets');
    expect(questionOfRequest("who is the company's cfo")).toBe("who is the company's chief financial officer");
    expect(questionOfRequest('any info on the vp')).toBe('any information on the vice president');
  });

  it('drops "so far" (until now), which asks for no distance, but keeps "how far"', () => {
    expect(questionOfRequest('how many acres has the fire burned so far?')).toBe('how many acres has the fire burned?');
    expect(questionOfRequest('how far is the fire from town')).toBe('how far is the fire from town');
  });

  it('drops "first" before a verb of starting, which says no more than the start does', () => {
    expect(questionOfRequest('when did the war first start')).toBe('when did the war start');
    expect(questionOfRequest('when did the intruders first get in')).toBe('when did the intruders first get in');
  });

  it('spells out shorthand with its possessive ("the PM\'s comments") and a dropped g ("goin")', () => {
    expect(questionOfRequest("who slammed the japanese PM's comments")).toBe("who slammed the japanese prime minister's comments");
    expect(questionOfRequest('when is trump goin to beijing')).toBe('when is trump visiting beijing');
    expect(questionOfRequest('what topics did trump n xi tlk about b4 the summit')).toBe('what topics did trump and xi talk about before the summit');
    expect(questionOfRequest('who dropped the most detailed recap of the call')).toBe('who released the most detailed recap of the call');
  });

  it('unwraps old-fashioned courtesy ("might I ask", "I would be obliged to know", "out of simple curiosity")', () => {
    expect(questionOfRequest('Might I kindly ask who protested the arms sale?')).toBe('who protested the arms sale?');
    expect(questionOfRequest('Might you tell me where the leaders met?')).toBe('where the leaders met?');
    expect(questionOfRequest('I would be obliged to know who confirmed the call.')).toBe('who confirmed the call.');
    expect(questionOfRequest('Out of simple curiosity, how many people live in Taiwan?')).toBe('how many people live in Taiwan?');
    expect(questionOfRequest('Could you please remind me of the name of the spokesperson?')).toBe('what is the name of the spokesperson?');
    expect(questionOfRequest("I'd like to know the value of the arms package")).toBe('what is the value of the arms package');
    expect(questionOfRequest("I'm looking for the name of the spokesperson who commented")).toBe('what is the name of the spokesperson who commented');
    expect(questionOfRequest("I'm looking for which body released the account")).toBe('which body released the account');
    expect(questionOfRequest('Name of the Chinese foreign ministry spokesman')).toBe('what is the name of the Chinese foreign ministry spokesman');
    expect(questionOfRequest('name the three topics')).toBe('what are the three topics');
  });

  it('reads everyday idioms as the words news uses ("thumbs up", "ruffled feathers", "smooth sailing", "pick a side on who X belongs to")', () => {
    expect(questionOfRequest('How did Beijing react when the arms sale got the thumbs up?')).toBe('How did Beijing react when the arms sale got approval?');
    expect(questionOfRequest("What did Takaichi say that ruffled China's feathers?")).toBe('What did Takaichi say that upset China?');
    expect(questionOfRequest('which japanese leader got beijing worked up lately')).toBe('which japanese leader upset beijing');
    expect(questionOfRequest('what gets tokyo so riled up')).toBe('what upsets tokyo');
    expect(questionOfRequest('Has it been smooth sailing since the summit?')).toBe('Has it been steady since the summit?');
    expect(questionOfRequest('Which side spilled the most beans about the call?')).toBe('Which side revealed details about the call?');
    expect(questionOfRequest('Does the U.S. pick a side on who Taiwan belongs to?')).toBe('Does the U.S. have a position on sovereignty over Taiwan?');
  });

  it('drops what the question sets aside ("other than X", "as opposed to X"), unless it asks for what else', () => {
    expect(questionOfRequest('Which leader, other than Trump and Xi, made remarks that upset Beijing?')).toBe('Which leader made remarks that upset Beijing?');
    expect(questionOfRequest('When did Trump and Xi meet, as opposed to their phone call?')).toBe('When did Trump and Xi meet?');
    expect(questionOfRequest("Besides the U.S. and China, which country's government rejects the claim?")).toBe("which country's government rejects the claim?");
    expect(questionOfRequest('Besides Taiwan, what other topic came up?')).toMatch(/^Besides Taiwan, what other topic/);
    expect(questionOfRequest('why cut tariffs by 10% instead of more')).toBe('why cut tariffs by 10% instead of more');
  });

  it('reads "how matters stand between" as relations, and "where and on what date" as where and when', () => {
    expect(questionOfRequest('how matters presently stand between Beijing and Tokyo')).toBe('how are relations between Beijing and Tokyo');
    expect(questionOfRequest('where and on what date did the two presidents meet?')).toBe('where and when did the two presidents meet?');
    expect(questionOfRequest('why does japan matter to washington in this context')).toBe('why does japan matter to washington');
    expect(questionOfRequest('how far have things fallen between beijing and tokyo')).toBe('how bad are relations between beijing and tokyo');
    expect(questionOfRequest('How much have China-Japan ties deteriorated?')).toBe('how bad are China-Japan relations?');
    expect(questionOfRequest('How much have tariffs fallen?')).toBe('How much have tariffs fallen?');
  });

  it('reads a source told between the question word and the verb as told first', () => {
    expect(questionOfRequest("Who, according to Taipei's government, has the right to determine the island's future?")).toBe("according to Taipei's government, Who may determine the island's future?");
    expect(questionOfRequest("How would one characterize the present condition of Sino-Japanese bilateral ties?")).toBe('how are Sino-Japanese bilateral ties?');
  });

  it('reads one idiom as another and a learner\'s question without "did" as with it', () => {
    expect(questionOfRequest("Why does Japan's position carry extra weight for Xi?")).toBe("Why does Japan's position add weight for Xi?");
    expect(questionOfRequest('Which principle China say the arms sale violated?')).toBe('Which principle did China say the arms sale violated?');
    expect(questionOfRequest('what china say about it')).toBe('what china say about it');
  });

  it('reads "how did word of X come out" as how X was announced', () => {
    expect(questionOfRequest('how did word of the arms approval come out')).toBe('how was the arms approval announced');
    expect(questionOfRequest('how did news of the strike spread')).toBe('how was the strike announced');
  });

  it('reads "the US angle" as the US', () => {
    expect(questionOfRequest("what's the trade angle here")).toBe("what's trade here");
    expect(questionOfRequest('why does tokyo matter, given the us angle')).toBe('why does tokyo matter, with us');
  });

  it('keeps the question before ", like what kind of X" (a kind asked of what it names)', () => {
    expect(questionOfRequest('whats in the weapons package, like what kind of equipment')).toBe('whats in the weapons package');
    expect(questionOfRequest("what's the basic gist of the article, like what happened on Monday")).toBe('what happened on Monday');
  });

  it('reads news-talk idioms: boots on the ground, the final say, teaming up against, a face to face', () => {
    expect(questionOfRequest('would trump put american boots on the ground if war broke out')).toBe('would trump send troops if war broke out');
    expect(questionOfRequest("who does taipei say gets the final say over the island's fate")).toBe("who does taipei say decides the island's fate");
    expect(questionOfRequest('who did america and china team up against')).toBe('who did america and china fight together against');
    expect(questionOfRequest('who did america and china team up to fight')).toBe('who did america and china fight together against');
    expect(questionOfRequest('they teamed up to fight fascism')).toBe('they fought together against fascism');
    expect(questionOfRequest('which city hosted the last face to face between the two presidents')).toBe('which city hosted the last meeting between the two presidents');
    expect(questionOfRequest('did they meet face to face')).toBe('did they meet');
  });

  it('reads "push back on" as reject', () => {
    expect(questionOfRequest("how does taipei push back on beijing's claim")).toBe("how does taipei reject beijing's claim");
    expect(questionOfRequest('the union pushed back against the plan')).toBe('the union rejected the plan');
  });

  it('drops "according to the passage" as it drops "according to the article"', () => {
    expect(questionOfRequest('According to the passage, how does Beijing link Taiwan to the post-war order?')).toBe('how does Beijing link Taiwan to the post-war order?');
    expect(questionOfRequest('who protested the sale, according to the passage?')).toBe('who protested the sale?');
  });

  it('drops "end up" before what was ended up doing', () => {
    expect(questionOfRequest('what did the two leaders end up talking about')).toBe('what did the two leaders talking about');
    expect(questionOfRequest('how did the strike end')).toBe('how did the strike end');
  });

  it('reads "respond to X saying…" as responding to X\'s claim', () => {
    expect(questionOfRequest('how does taiwan respond to china saying the island belongs to it')).toBe("how does taiwan respond to china's claim");
    expect(questionOfRequest("how did the ministry react to the mayor's office claiming fares would rise")).toBe("how did the ministry react to the mayor's office's claim");
    expect(questionOfRequest("what was the union's response to the city saying fares would rise")).toBe("what was the union's response to the city's claim");
  });

  it('drops a closing aside in brackets that only names the kind of answer wanted', () => {
    expect(questionOfRequest('how big was the deal (dollar amount)')).toBe('how big was the deal');
    expect(questionOfRequest('when did they talk (exact date)?')).toBe('when did they talk?');
    expect(questionOfRequest('who won (the match)')).toBe('who won (the match)');
  });

  it('drops a guess typed after a question ended by its preposition', () => {
    expect(questionOfRequest('what fighter jets are those parts for, f16s?')).toBe('what fighter jets are those parts for?');
    expect(questionOfRequest('which country is the package from, maybe japan?')).toBe('which country is the package from?');
    expect(questionOfRequest('what is the call about, trade?')).toBe('what is the call about, trade?');
  });

  it('reads "did they talk about X, what did Y say" as what Y said about X', () => {
    expect(questionOfRequest('did they talk about ukraine at all, what did xi say')).toBe('what did xi say about ukraine');
    expect(questionOfRequest('did ukraine come up on the call, what did xi say')).toBe('what did xi say about ukraine');
    expect(questionOfRequest('did trump and xi talk about ukraine? what did xi say?')).toBe('what did xi say about ukraine?');
  });

  it('reads "how many topics" as what topics: the text lists them, and the list answers', () => {
    expect(questionOfRequest('how many topics came up on the trump xi call')).toBe('what topics discussed on the trump xi call');
    expect(questionOfRequest('How many different issues did they discuss?')).toBe('what issues did they discuss?');
    expect(questionOfRequest('how many people live in taiwan')).toBe('how many people live in taiwan');
  });

  it('drops a figure or date guessed after a question that asks for one', () => {
    expect(questionOfRequest('how many people live in taiwan, 25 million?')).toBe('how many people live in taiwan?');
    expect(questionOfRequest('when was the busan summit, oct 31?')).toBe('when was the busan summit?');
    expect(questionOfRequest('how much did the US lower tariffs, was it 15 percent?')).toBe('how much did the US lower tariffs?');
    // (Not a place or a list, which say what is asked about: "when did they meet, in busan?")
    expect(questionOfRequest('when did they meet, in busan?')).toBe('when did they meet, in busan?');
    expect(questionOfRequest('how many countries, china japan and the us?')).toBe('how many countries, china japan and the us?');
    // (So is a guess offered before the question it stands for.)
    expect(questionOfRequest('was the trump xi phone call on tuesday or what day was it')).toBe('what day was the trump xi phone call');
    expect(questionOfRequest('did they meet in seoul or where was it?')).toBe('where did they meet?');
  });

  it('reads a topic typed before "what did X say" as what X spoke about', () => {
    expect(questionOfRequest('ukraine war what did xi say')).toBe('what did xi say about ukraine war');
    expect(questionOfRequest('on the strike what did the mayor say?')).toBe('what did the mayor say about the strike?');
    expect(questionOfRequest('so what did xi say')).toBe('what did xi say');
  });

  it('reads getting involved (militarily) as responding, as news tells a party stepping in', () => {
    expect(questionOfRequest('who said tokyo could get involved militarily')).toBe('who said tokyo could respond militarily');
    expect(questionOfRequest('did the union get involved')).toBe('did the union respond');
  });

  it('reads "gets to decide" as "may decide", not "get to" a place', () => {
    expect(questionOfRequest("who gets to choose the island's future")).toBe("who may choose the island's future");
    expect(questionOfRequest('how did xi get to busan')).toBe('how did xi get to busan');
  });

  it('reads "obligated (by law) to" as news writes it: "(legally) required to"', () => {
    expect(questionOfRequest('is the us obligated to arm taiwan')).toBe('is the us required to arm taiwan');
    expect(questionOfRequest('are carriers obliged by law to refund fares')).toBe('are carriers legally required to refund fares');
    expect(questionOfRequest('is it bound to happen')).toBe('is it bound to happen');
    // (So is what one must or has to do by law.)
    expect(questionOfRequest('must the airline refund fares by law?')).toBe('is the airline required to refund fares by law?');
    expect(questionOfRequest('carriers have to refund fares by law?')).toBe('is carriers required to refund fares by law?');
    expect(questionOfRequest('must the airline refund fares?')).toBe('must the airline refund fares?');
  });

  it('reads why an occasion matters as what it came amid, and a party\'s weight as asked', () => {
    expect(questionOfRequest('why is this call a big deal right now')).toBe('why did this call happen right now');
    expect(questionOfRequest('why does the meeting matter')).toBe('why did the meeting happen');
    expect(questionOfRequest('why was the busan summit so significant')).toBe('why did the busan summit happen');
    expect(questionOfRequest('why does japan matter')).toBe('why does japan matter');
    // ("A big deal" elsewhere is what matters, not an agreement; "the big deal" may be one.)
    expect(questionOfRequest("why is japan's stance such a big deal for xi")).toBe("why is japan's stance important for xi");
    expect(questionOfRequest('who signed the big deal')).toBe('who signed the big deal');
  });

  it('reads news idioms as the words a text uses for them', () => {
    expect(questionOfRequest('Which two leaders spoke by telephone on Monday?')).toBe('Which two leaders held a phone call on Monday?');
    expect(questionOfRequest('did they talk over the phone')).toBe('did they hold a phone call');
    expect(questionOfRequest('Did Beijing spell out its role?')).toBe('Did Beijing specify its role?');
    expect(questionOfRequest('How did Beijing respond to the US green-lighting arms for Taiwan?')).toBe('How did Beijing respond to the US approving arms for Taiwan?');
    expect(questionOfRequest('How might one characterise the present state of affairs between Beijing and Tokyo?')).toBe('how are relations between Beijing and Tokyo?');
    expect(questionOfRequest('Where do China-Japan relations stand at the moment?')).toBe('how are China-Japan relations?');
    // (Told in a statement's order after "describe", "explain".)
    expect(questionOfRequest('Describe where China-Japan relations stand right now')).toBe('how are China-Japan relations right now');
    // "At the end of October" dates it to a month, as "in late October" does; "the whole point" is the point.
    expect(questionOfRequest('What was the whole point of the meeting in Busan at the end of October?')).toBe('What was the point of the meeting in Busan in October?');
    expect(questionOfRequest('What was the stated objective of the summit?')).toBe('What was the purpose of the summit?');
    expect(questionOfRequest('Where does Taiwan stand on the claim?')).toBe('Where does Taiwan stand on the claim?');
    expect(questionOfRequest('Precisely which tariffs did the United States reduce?')).toBe('which tariffs did the United States reduce?');
  });

  it('reads idioms and "make the comments" as the words news uses', () => {
    expect(questionOfRequest('when did the japanese pm make the taiwan comments')).toBe('when did the japanese prime minister say that about taiwan');
    expect(questionOfRequest('where did xi make the comments')).toBe('where did xi make the comments');
    expect(questionOfRequest('Who got on the horn with Xi on Monday?')).toBe('Who held a phone call with Xi on Monday?');
    expect(questionOfRequest('Did the White House spill any beans about the call?')).toBe('Did the White House reveal details about the call?');
    expect(questionOfRequest('who blew up over the arms sale')).toBe('who protested the arms sale');
    expect(questionOfRequest('Who let the public know Taiwan had been notified?')).toBe('Who announced Taiwan had been notified?');
    expect(questionOfRequest('Which ministry put out the fullest readout of the call?')).toBe('Which ministry released the most detailed readout of the call?');
  });

  it('reads a leader described by place as that place\'s leader', () => {
    expect(questionOfRequest('when did the American president and the leader in Beijing talk')).toBe("when did the American president and Beijing's leader talk");
    expect(questionOfRequest('what did the chief of the Chinese government tell Trump')).toBe('what did the Chinese leader tell Trump');
    expect(questionOfRequest('who did the meeting in Busan involve')).toBe('who did the meeting in Busan involve');
  });

  it('reads "on the menu for" as on the agenda and a play-by-play as an account', () => {
    expect(questionOfRequest('What was on the menu for the call?')).toBe('What was on the agenda for the call?');
    expect(questionOfRequest('Who dropped the most detailed play-by-play of the call?')).toBe('Who released the most detailed play-by-play of the call?');
  });

  it('reads country codes and a terse amount asked for', () => {
    expect(questionOfRequest('US-CN call: date?')).toBe('what was the date of US-China call?');
    expect(questionOfRequest('TW govt response to JP?')).toBe('Taiwan government response to Japan?');
    expect(questionOfRequest('CN soybean purchase volume since Busan?')).toBe('what is the volume of the China soybean purchase since Busan?');
  });

  it('reads "does the article say how…" and "what do we learn about…" as the question they wrap', () => {
    expect(questionOfRequest('Does the article say how many people live on Taiwan?')).toBe('how many people live on Taiwan?');
    expect(questionOfRequest('does it say who initiated the call')).toBe('who initiated the call');
    expect(questionOfRequest('is there a figure for how many soybeans china has bought?')).toBe('how many soybeans china has bought?');
    // "Does the article give a figure for X" asks what it is: the reply gives it, or says the article does not.
    expect(questionOfRequest('does the article give a dollar figure for the weapons package?')).toBe('what is the dollar figure for the weapons package?');
    expect(questionOfRequest('does it matter who called')).toBe('does it matter who called');
  });

  it('reads "taiwan presidents name" as the president\'s name typed without its apostrophe', () => {
    expect(questionOfRequest('taiwan presidents name')).toBe('what is the name of the taiwan president');
    expect(questionOfRequest('chinese spokespersons name')).toBe('what is the name of the chinese spokesperson');
    expect(questionOfRequest('does the story mention who confirmed the call')).toBe('who confirmed the call');
    expect(questionOfRequest("What do we learn about Xi's remarks on the war?")).toBe("what about Xi's remarks on the war?");
  });

  it('drops a restating phrase after a comma and reads "acc to" as according to', () => {
    expect(questionOfRequest('what stuff did they cover on the call, like main topics')).toBe('what stuff did they cover on the call');
    expect(questionOfRequest('how many ppl live in taiwan acc to this')).toBe('how many people live in taiwan');
  });

  it('reads talking in person as meeting', () => {
    expect(questionOfRequest('In which city did the two leaders confer in person before the call?')).toBe('In which city did the two leaders meet before the call?');
    expect(questionOfRequest('where did trump and xi get together face to face')).toBe('where did trump and xi meet');
  });

  it('drops "as reported" after the question and reads "who alone is entitled to" as may', () => {
    expect(questionOfRequest('How much is the weapons sale worth as reported?')).toBe('How much is the weapons sale worth?');
    expect(questionOfRequest('who alone is entitled to decide')).toBe('who may decide');
  });

  it('turns an imperative that asks for a thing into a question', () => {
    expect(questionOfRequest('give me the value of the weapons package')).toBe('what is the value of the weapons package');
    expect(questionOfRequest("summarize Xi's view on Taiwan")).toBe("Xi's view on Taiwan");
  });

  it('reads the article as where the answer is, not as someone who speaks', () => {
    expect(questionOfRequest('What population figure does the article give for Taiwan?')).toBe('What population figure for Taiwan?');
    expect(questionOfRequest("How does the story characterize Japan's importance?")).toBe("Japan's importance?");
    expect(questionOfRequest('how did Xi characterize the relationship')).toBe('how did Xi characterize the relationship');
  });

  it('drops interjections and a restatement after the question, and reads "inside" as "in"', () => {
    expect(questionOfRequest('wow how many people live in Taiwan??')).toBe('how many people live in Taiwan??');
    expect(questionOfRequest('when was the Busan meeting?? like what date')).toBe('when was the Busan meeting??');
    expect(questionOfRequest('what is inside of the arms package?')).toBe('what is in the arms package?');
    // (The kind of hardware asked for is the answer, which the text names: what the package includes.)
    expect(questionOfRequest('What kind of military hardware is in the arms sale to Taiwan?')).toBe('what is included in the arms sale to Taiwan?');
    // ("The two of them" is a pronoun, not a number the answer must hold.)
    expect(questionOfRequest('so what did the two of them actually talk about on the call')).toBe('what did they actually talk about on the call');
    expect(questionOfRequest('is there tension between the two of them')).toBe('is there tension between them');
    expect(questionOfRequest('what categories of equipment are part of the deal')).toBe('what is included in the deal');
    // (Not a kind the question names itself: "missiles" must be in the answer.)
    expect(questionOfRequest('what kind of missiles are in the package')).toBe('what kind of missiles are in the package');
    expect(questionOfRequest('what would you like to know')).toBe('what would you like to know');
  });

  it('reads keywords that end in what is asked for as the question they stand for', () => {
    expect(questionOfRequest('taiwan president name')).toBe('what is the name of the taiwan president');
    expect(questionOfRequest('call topics')).toBe('what topics came up in the call');
    expect(questionOfRequest('taiwan government reply')).toBe('how did the taiwan government respond');
    expect(questionOfRequest('busan meeting date')).toBe('when was the busan meeting');
    expect(questionOfRequest('what is his name')).toBe('what is his name');
    const index = buildQuestionIndex(knowledgeBase(ARMS));
    expect(index.ask('taiwan president name').status).toBe('not_found');
    expect(index.ask('chinese president name').answers[0]?.why[0]).toContain('Xi Jinping');
  });

  it('drops a sentence of chat before the question, unless the question points back to it', () => {
    expect(questionOfRequest('Now the weapons piece. What was the dollar value of the arms sale?')).toBe('What was the dollar value of the arms sale?');
    expect(questionOfRequest('Quick history angle here. According to Xi, what did China and the U.S. fight against?')).toBe('According to Xi, what did China and the U.S. fight against?');
    expect(questionOfRequest('Xi spoke of the war. What did he say about it?')).toBe('Xi spoke of the war. What did he say about it?');
  });

  it('reads the state of relations as how they are, and "alone has the right" as may', () => {
    expect(questionOfRequest('What is the present condition of diplomatic relations between Beijing and Tokyo?')).toBe('how are relations between Beijing and Tokyo?');
    expect(questionOfRequest('who alone has the right to decide')).toBe('who may decide');
  });

  it('finds the question inside chat: after a lead-in, before an afterthought', () => {
    expect(questionOfRequest("I was reading about the call and I'm curious — which government gave the fullest account?")).toBe('which government gave the most detailed account?');
    expect(questionOfRequest('sorry if this is basic, but who is Japan\'s prime minister right now?')).toBe("who is Japan's prime minister right now?");
    expect(questionOfRequest('hey, quick one, do you happen to know how many people live in Taiwan?')).toBe('how many people live in Taiwan?');
    expect(questionOfRequest('how are things between China and Japan these days? sounds pretty tense')).toBe('how are things between China and Japan?');
    expect(questionOfRequest('did China spell out its role, or was it vague?')).toBe('did China specify its role?');
    expect(questionOfRequest('who was it that announced the approval')).toBe('who announced the approval');
    // Not when the question points back into the lead-in, opens the text, or has no topic of its own.
    expect(questionOfRequest('I saw a quote about the war — what did Xi say about that?')).toBe('I saw a quote about the war — what did Xi say about that?');
    expect(questionOfRequest('how did Xi describe it — was he positive?')).toBe('how did Xi describe it — was he positive?');
    expect(questionOfRequest('more positive progress - who said and why')).toBe('more positive progress - who said and why');
    // (Nor when it only asks for the words: "what was the quote" has no topic of its own.)
    expect(questionOfRequest('Xi line about the two fighting fascism together - what was the wording?')).toBe('Xi line about the two fighting fascism together - what was the wording?');
    // Nor when it names a person only as "he" or "his", whom the lead-in names.
    expect(questionOfRequest('xi brought up fighting fascism together in ww2 - what was his point')).toBe('xi brought up fighting fascism together in World War II - what was his point');
    // Nor a phrase quoted from the article, which the question asks about: it stands where the
    // question points back to it, or after the question.
    expect(questionOfRequest('"23 million residents" - is that the population of taiwan?')).toBe('is "23 million residents" the population of taiwan?');
    expect(questionOfRequest('"A White House official confirmed the call" - who was that official?')).toBe('who was that official "A White House official confirmed the call"?');
  });

  it('drops a greeting and a few words of chat before the question, but not its source', () => {
    expect(questionOfRequest('morning bot :) what did trump and xi talk about? trying to catch up')).toBe('what did trump and xi talk about?');
    expect(questionOfRequest('lurker here, what did xi say about taiwan?')).toBe('what did xi say about taiwan?');
    // (Not a few words the question points back to: they say whose name is asked.)
    expect(questionOfRequest('norwegian health ministry spokesman, what is his name?')).toBe('norwegian health ministry spokesman, what is his name?');
    expect(questionOfRequest("hi! random but who's the prime minister of japan?")).toBe("who's the prime minister of japan?");
    expect(questionOfRequest('According to Xi, how should the crisis be resolved?')).toBe('According to Xi, how should the crisis be resolved?');
    expect(questionOfRequest('who did trump get on the phone with')).toBe('who did trump call');
    expect(questionOfRequest('who signed off on the arms deal')).toBe('who approved the arms deal');
    expect(questionOfRequest('did trump sign off on the sale')).toBe('did trump approve the sale');
  });

  it('drops small talk and courtesy around the question: "hope your day is going great.", "if it\'s not too much trouble", "would you mind explaining", "Thank you kindly!"', () => {
    expect(questionOfRequest('Hi bot, hope your day is going great. Could you please remind me which Japanese leader made comments that annoyed Beijing, and what exactly she said? Thanks!')).toBe(
      'which Japanese leader made comments that annoyed Beijing, and what exactly she said?',
    );
    // (A pronoun in the question — "this call" — does not point back into small talk.)
    expect(questionOfRequest('Hey bot, good to see you. Could you kindly remind me where Trump and Xi last met before this call? Cheers!')).toBe('where Trump and Xi last met before this call?');
    expect(questionOfRequest('again, hope you don\'t mind: when are the jet parts to be delivered?')).toBe('when are the jet parts to be delivered?');
    expect(questionOfRequest("Good morning bot! If it's not too much trouble, could you run me through which subjects the two presidents covered?")).toBe('which subjects the two presidents covered?');
    expect(questionOfRequest('Hello bot, would you mind explaining why Japan matters to Xi? Thanks kindly!')).toBe('why Japan matters to Xi?');
    expect(questionOfRequest('sorry to bother you, but I was wondering if you could kindly let me know how long the call lasted?')).toBe('how long the call lasted?');
    expect(questionOfRequest("I'd love to know how Beijing reacted to the arms package. Thank you kindly!")).toBe('how Beijing reacted to the arms package.');
    expect(questionOfRequest("I'd be really grateful if you could tell me how Xi described Taiwan")).toBe('how Xi described Taiwan');
    expect(questionOfRequest("if you don't mind me asking, how many soybeans has China bought?")).toBe('how many soybeans has China bought?');
    expect(questionOfRequest('if it says, how many people live on Taiwan?')).toBe('how many people live on Taiwan?');
    // (Not a hope that is the question's topic, nor thanks that are.)
    expect(questionOfRequest('does Xi hope the relationship stays positive?')).toBe('does Xi hope the relationship stays positive?');
  });

  it('reads "what does X say it will do" as what X will do only when "it" is X', () => {
    expect(questionOfRequest('what kind of efforts does Beijing say it will back')).toBe('what kind of efforts will Beijing back');
    expect(questionOfRequest('what does the ministry say it will do')).toBe('what will the ministry do');
    expect(questionOfRequest('what does xi say he will do')).toBe('what will xi do');
    // ("It" is the war, not Xi.)
    expect(questionOfRequest('how does xi say it should be solved?')).toBe('how does xi say it should be solved?');
  });

  it('reads "the 2 leaders" as the two, "the fuller account" as the most detailed, and drops "…, since the US didn\'t"', () => {
    expect(questionOfRequest('where did the 2 leaders meet face to face before this')).toBe('where did the two leaders meet before this');
    expect(questionOfRequest('when did the 2 million residents decide')).toBe('when did the 2 million residents decide');
    expect(questionOfRequest("which side gave the fuller account of the call, since the US didn't?")).toBe('which side gave the most detailed account of the call');
  });

  it('reads a statement with a tag ("…, right?", "…, didn\'t he?") as asked yes or no', () => {
    expect(questionOfRequest("Trump agreed with Xi's point about Taiwan, right?")).toBe("does Trump agreed with Xi's point about Taiwan");
    expect(questionOfRequest("Xi called Trump, didn't he?")).toBe('does Xi called Trump');
    // (Not a question that asks already.)
    expect(questionOfRequest('who called, right?')).toBe('who called, right?');
  });

  it('drops a closing call for someone to list or explain ("…, can somebody list?")', () => {
    expect(questionOfRequest('what topics did trump and xi talk about in the call, can someone list them?')).toBe('what topics did trump and xi talk about in the call');
    expect(questionOfRequest('who called, can anyone explain?')).toBe('who called');
  });

  it('reads "what is the exact quote from X about Y" as what X said about Y', () => {
    expect(questionOfRequest("What is the exact quote from Xi about Taiwan's return to China?")).toBe("what did Xi say about Taiwan's return to China?");
    expect(questionOfRequest('what was the statement by the chinese spokesperson on the arms sale')).toBe('what did the chinese spokesperson say on the arms sale');
    expect(questionOfRequest("what's the exact quote from lin jian?")).toBe('what did lin jian say?');
    // (Not a quote of something: "what is the quote about…".)
    expect(questionOfRequest('what is the quote about taiwan')).toBe('what is the quote about taiwan');
  });

  it('reads a statement typed with a question mark as asked yes or no ("trump is going to visit beijing?")', () => {
    expect(questionOfRequest('trump is going to visit beijing after this phone call?')).toBe('does trump is going to visit beijing after this phone call?');
    expect(questionOfRequest('the us will send troops if china attacks?')).toBe('does the us will send troops if china attacks?');
    // (Not a question word mistyped, a question already, a search without a verb, or the asker's own account.)
    expect(questionOfRequest('Wht is the vaule of the arms package?')).toBe('Wht is the vaule of the arms package?');
    expect(questionOfRequest('the arms package was approved by whom?')).toBe('the arms package was approved by whom?');
    expect(questionOfRequest('arms package value?')).not.toMatch(/^does/);
    // ("Is it true that…" asks yes or no of its claim, which a text that says otherwise answers: "…on a Friday?" — Monday.)
    expect(questionOfRequest('Is it true that the ferry strike began on a Friday?')).toBe('does the ferry strike began on a Friday?');
    expect(questionOfRequest('I heard China is buying wheat again?')).not.toMatch(/^does/);
  });

  it('drops a second question that only asks for the wording, and reads "how is X described" as what the article tells of X', () => {
    expect(questionOfRequest("how did xi describe taiwan's return to china - what phrase did he use")).toBe("how did xi describe taiwan's return to china");
    expect(questionOfRequest('how did xi describe the relationship? what words did he use?')).toBe('how did xi describe the relationship?');
    expect(questionOfRequest('how is the white house response to the call described')).toBe('the white house response to the call');
    // (Not "how are ties described", whose "how" asks how they are.)
    expect(questionOfRequest('how are ties between china and japan described')).not.toBe('ties between china and japan');
  });

  it('reads a figure guessed as a bound ("more or less than $300 million") as asking for the figure, "how long ago" as when, and "10 percent" as "10%"', () => {
    expect(questionOfRequest('was the arms package for taiwan worth more or less than $300 million?')).toBe('how much was the arms package for taiwan worth?');
    expect(questionOfRequest('were US tariffs cut by more or less than 15%?')).toBe('how much were US tariffs cut?');
    expect(questionOfRequest('does taiwan have more or fewer than 20 million people?')).toBe('how many people does taiwan have?');
    expect(questionOfRequest('how long ago did the leaders meet in busan')).toBe('when did the leaders meet in busan');
    expect(questionOfRequest('did the us cut tariffs by 10 percent')).toBe('did the us cut tariffs by 10%');
    // (Not a comparison of two things, which the text must make: "was the call longer than the meeting".)
    expect(questionOfRequest('was the call longer than the meeting')).toBe('was the call longer than the meeting');
  });

  it('reads a formal or dated wording: "the name of the lady who is…", "which matters did they take up", "a good deal of", "at the time the two men spoke"', () => {
    expect(questionOfRequest('What is the name of the lady who is Prime Minister of Japan?')).toBe('who is Prime Minister of Japan?');
    expect(questionOfRequest('which woman is Prime Minister of Japan?')).toBe('who is Prime Minister of Japan?');
    expect(questionOfRequest('Which matters did Mr. Trump and Mr. Xi take up?')).toBe('Which matters did Trump and Xi discuss?');
    expect(questionOfRequest('Was there a good deal of tension in the Orient at the time the two men spoke?')).toBe('Was there much tension in the Orient when the two men spoke?');
    // (Not "which woman's remarks", nor a time asked about.)
    expect(questionOfRequest("which woman's remarks upset beijing")).toBe("which woman's remarks upset beijing");
    expect(questionOfRequest('what was happening at the time')).toBe('what was happening at the time');
  });

  it('reads "part of the conversation" as discussed in it, and "what part of the world" as what region', () => {
    expect(questionOfRequest('was the russia ukraine war part of the conversation')).toBe('was the russia ukraine war discussed in the conversation');
    expect(questionOfRequest('what part of the world was tense when they spoke')).toBe('what region was tense when they spoke');
    // (Not a part the question asks of something else.)
    expect(questionOfRequest('what part of the package was for fighter jets')).toBe('what part of the package was for fighter jets');
  });

  it('drops a long story told in the question\'s own sentence, and the asker\'s own reasons after it, but not a question after an aside', () => {
    expect(
      questionOfRequest("There was a weapons sale to Taiwan that got approved recently, and I'm trying to get the numbers right for an article I'm writing on defense exports, so what is the dollar value of that arms package?"),
    ).toBe('what is the dollar value of that arms package?');
    expect(questionOfRequest('Who announced the arms approval, because I assumed it would be the Pentagon?')).toBe('Who announced the arms approval');
    // ("I think…" is an aside only when no question follows it.)
    expect(questionOfRequest("This wasn't the first time they met if I'm not mistaken, I think they met in Asia a few weeks back, so where did that earlier meeting take place?")).toBe('where did that earlier meeting happen?');
    expect(questionOfRequest('when did they meet, I think it was in busan')).toBe('when did they meet');
    // (A hedge or the article as source, between commas inside the question.)
    expect(questionOfRequest('Which ministry, if I am not mistaken, released the account?')).toBe('Which ministry released the account?');
    expect(questionOfRequest("In what state, by the reporter's account, are ties between Beijing and Tokyo?")).toBe('how are ties between Beijing and Tokyo?');
    expect(questionOfRequest('who, according to the article, protested the sale')).toBe('who protested the sale');
    expect(questionOfRequest('who, along with Xi, spoke')).toBe('who, along with Xi, spoke');
    // (A short lead-in the question points back into stays: "it" is the war.)
    expect(questionOfRequest('Xi spoke of the war, so what did he say about it?')).toBe('Xi spoke of the war, so what did he say about it?');
  });

  it('drops an aside after the question ("i lost track", "asking for a friend")', () => {
    expect(questionOfRequest("who's japan's pm now, i lost track")).toBe("who's japan's prime minister now");
    expect(questionOfRequest('did china buy soybeans again, asking for a friend')).toBe('did china buy soybeans again');
    expect(questionOfRequest("what is china's position on ending the war, if I understood it right")).toBe("what is china's position on ending the war");
    // (The answer quotes the text anyway.)
    expect(questionOfRequest('what did xi say about ending the war, any direct quote?')).toBe('what did xi say about ending the war');
    expect(questionOfRequest('what did lin jian say, with a quote please')).toBe('what did lin jian say');
    expect(questionOfRequest('when did they meet in busan, iirc')).toBe('when did they meet in busan');
  });

  it('reads a quote asked "from" someone, or their exact words "on" something, as what they said about it', () => {
    expect(questionOfRequest('is there a quote from xi about taiwan returning to china')).toBe('what did xi say about taiwan returning to china');
    expect(questionOfRequest("I need Xi's exact words about Taiwan's return to China.")).toBe("what did Xi say about Taiwan's return to China.");
    expect(questionOfRequest("what were lin jian's exact words on the arms sale")).toBe('what did lin jian say about the arms sale');
    expect(questionOfRequest("whats xi's exact line on taiwan")).toBe('what did xi say about taiwan');
    expect(questionOfRequest("trump's own remarks on taiwan")).toBe('what did trump say about taiwan');
    // (As is what someone was talking or going on about with a topic.)
    expect(questionOfRequest('what was xi going on about with ww2 in the call')).toBe('what did xi say about World War II in the call');
    expect(questionOfRequest('what was xi going on about')).toBe('what did xi say');
    expect(questionOfRequest('what were they talking about')).toBe('what were they talking about');
  });

  it("drops Discord's markup and thanks around a question", () => {
    expect(questionOfRequest('@NewsBot what did they talk about on the call?? thx')).toBe('what did they talk about on the call??');
    expect(questionOfRequest('<@123456789> who is **Japan\'s** prime minister?')).toBe("who is Japan's prime minister?");
    expect(questionOfRequest('> who protested the `arms sale` :thinking:')).toBe('who protested the arms sale');
    expect(questionOfRequest('lowkey why does Japan matter pls')).toBe('why does Japan matter');
  });

  it('drops an intensifier after the question word ("who tf", "what on earth")', () => {
    expect(questionOfRequest('who tf is lin jian')).toBe('who is lin jian');
    expect(questionOfRequest('what on earth did xi mean by "at its root"')).toBe('what did xi mean by "at its root"');
    expect(questionOfRequest('why the hell did beijing protest')).toBe('why did beijing protest');
    expect(questionOfRequest('where in the world is busan')).toBe('where is busan');
  });

  it('asks a question said again more plainly after "like" or "I mean"', () => {
    expect(questionOfRequest("so what's the basic gist of the article, like what happened on monday")).toBe('what happened on monday');
    expect(questionOfRequest('what did xi say, like, about taiwan')).toBe('what did xi say, like, about taiwan');
  });

  it('reads "who used the phrase…" as who said it, but not the article\'s own use of a term', () => {
    expect(questionOfRequest('who used the phrase "jointly safeguard the victory"')).toBe('who said "jointly safeguard the victory"');
    expect(questionOfRequest('did xi use the term fascism')).toBe('did xi say fascism');
    expect(questionOfRequest('what is strategic ambiguity as the article uses the term?')).toBe('what is strategic ambiguity as the article uses the term?');
  });

  it('reads "patch things up" and "mend fences" as steadying relations, as news says it', () => {
    expect(questionOfRequest('why were they trying to patch things up in busan')).toBe('why were they trying to stabilize relations in busan');
    expect(questionOfRequest('did they mend fences')).toBe('did they stabilize relations');
  });

  it('reads "in the context of" as about', () => {
    expect(questionOfRequest('why does japan matter to xi in the context of the us')).toBe('why does japan matter to xi about the us');
  });

  it('reads "what was X supposed to achieve" as its purpose', () => {
    expect(questionOfRequest('what was that earlier summit supposed to achieve?')).toBe('what was the purpose of that earlier summit?');
  });

  it('reads "who is the current prime minister" as the office\'s holder the article names, but keeps "current" before a detail', () => {
    expect(questionOfRequest('Who is the current head of government in Tokyo?')).toBe("Who is Tokyo's leader?");
    expect(questionOfRequest('who is japan\'s sitting prime minister')).toBe("who is japan's prime minister");
    expect(questionOfRequest('what is taiwan\'s current defense budget')).toBe("what is taiwan's current defense budget");
  });

  it('drops "a long stretch of" before what ran that long ("after a long stretch of escalating duties")', () => {
    expect(questionOfRequest('what did they want after a long stretch of escalating duties')).toBe('what did they want after escalating duties');
    expect(questionOfRequest('which stretch of the river flooded')).toBe('which stretch of the river flooded');
  });

  it('reads "what was the aim (goal, objective) of X" as its purpose, not "aim" as a word to find', () => {
    expect(questionOfRequest('What was the aim of that earlier summit?')).toBe('What was the purpose of that earlier summit?');
    expect(questionOfRequest('what was the stated objective of the October meeting')).toBe('what was the purpose of the October meeting');
    expect(questionOfRequest('what is the goal of the new law')).toBe('what is the purpose of the new law');
    expect(questionOfRequest('who took aim at the plan')).toBe('who took aim at the plan');
  });

  it('reads a learner\'s "how much bad" as how bad, and "X agree with Y or what they say" as what X says about Y', () => {
    expect(questionOfRequest('how much bad is the relation of beijing and tokyo now?')).toBe('how bad is the relation of beijing and tokyo now?');
    expect(questionOfRequest('taiwan government agree with beijing claim or what they says?')).toBe('what does taiwan government say about beijing claim?');
    expect(questionOfRequest('does taiwan agree with beijing, or what do they say?')).toBe('what does taiwan say about beijing?');
    // (A plain yes/no stays one.)
    expect(questionOfRequest('does taiwan agree with beijing')).toBe('does taiwan agree with beijing');
  });

  it('reads a country\'s capital as the country, which the text may name by its capital city', () => {
    expect(questionOfRequest('how poor have ties between the chinese and japanese capitals become')).toBe('how poor have ties between chinese and japanese become');
    expect(questionOfRequest("what was the japanese capital's response")).toBe("what was japanese's response");
    // (Not money, nor a capital city asked for.)
    expect(questionOfRequest('did the chinese capital flows fall')).toBe('did the chinese capital flows fall');
    expect(questionOfRequest('what is the capital of japan')).toBe('what is the capital of japan');
  });

  it('reads "what X exactly is…" and "what particular X" as asking which one by name', () => {
    expect(questionOfRequest('what ukraine peace plan exactly is china backing')).toBe('which specific ukraine peace plan is china backing');
    expect(questionOfRequest('what particular proposal did xi endorse')).toBe('which specific proposal did xi endorse');
    // (Not a time or a number, asked precisely.)
    expect(questionOfRequest('what time exactly did they talk')).not.toContain('which specific');
  });

  it('drops "or nah" and "or smth" after a question', () => {
    expect(questionOfRequest('did china say what it would do or nah?')).toBe('did china say what it would do ?');
    expect(questionOfRequest('is japan a big us ally or smth?')).toBe('is japan a big us ally ?');
  });

  it('reads "the person that speaks on behalf of X" as its spokesperson, and two governments by their places', () => {
    expect(questionOfRequest("who's the person that speaks on behalf of the ministry")).toBe('who is the spokesperson for the ministry');
    expect(questionOfRequest('how is the mood between the governments of Tokyo and Beijing')).toBe('how is the mood between Tokyo and Beijing');
    expect(questionOfRequest('how are relations between the Chinese and Japanese governments')).toBe('how are relations between Chinese and Japanese');
    expect(questionOfRequest('what did the governments of several countries say')).toContain('governments');
    expect(questionOfRequest('who was the man that speak for the chinese foreign office')).toBe('who is the spokesperson for the chinese foreign ministry');
    expect(questionOfRequest('who is talking for the ministry')).toBe('who is the spokesperson for the ministry');
  });

  it('reads the question after "according to the article," as it reads it typed alone', () => {
    for (const question of ['did they discuss the ukraine war', 'who took part in the phone call', 'is it true that taiwan has about 23 million residents']) {
      expect(questionOfRequest(`according to the article, ${question}`)).toBe(questionOfRequest(question));
      expect(questionOfRequest(`in the story: ${question}`)).toBe(questionOfRequest(question));
    }
    // (A lead-in before "is it true that…" is no claim being checked.)
    expect(questionOfRequest('hey bot, Is it true that Taiwan has about 23 million residents?')).toBe(questionOfRequest('Is it true that Taiwan has about 23 million residents?'));
    // (A guess after a question still goes: "…, was it 10 percent?")
    expect(questionOfRequest('By how much did the US cut tariffs, was it 10 percent?')).toBe('By how much did the US cut tariffs?');
  });

  it('drops "or nah" before a second question joined by a comma', () => {
    expect(questionOfRequest('did the us share anything or nah, how much did they say')).not.toContain('nah');
  });

  it('reads "world war two" and "ww 2" as World War II', () => {
    expect(questionOfRequest('whats the world war 2 angle')).toBe('whats the World War II angle');
    expect(questionOfRequest('why did xi bring up world war two')).toBe('why did xi bring up World War II');
  });

  it('reads agreeing with someone that something is so as agreeing with their claim', () => {
    expect(questionOfRequest('does the union agree with the mayor that rents are too high')).toBe("does the union agree with the mayor's claim that rents are too high");
    expect(questionOfRequest('did Ottawa agree with Washington that tariffs help')).toBe("did Ottawa agree with Washington's claim that tariffs help");
    expect(questionOfRequest('do they agree with them that it works')).toBe('do they agree with them that it works');
  });

  it('reads recognizing or accepting who owns a place as its sovereignty', () => {
    expect(questionOfRequest('does tokyo formally recognize who rules the islands')).toBe("does tokyo have a position on the islands' sovereignty");
    expect(questionOfRequest('has seoul accepted who governs the strait')).toBe('has seoul accepted sovereignty over the strait');
    // (Recognizing a place as sovereign, as a country or as part of another is a position on its sovereignty.)
    expect(questionOfRequest('Does the US officially recognize Taiwan as sovereign?')).toBe("Does the US have a position on Taiwan's sovereignty?");
    expect(questionOfRequest('does washington recognize taiwan as an independent country')).toBe("does washington have a position on taiwan's sovereignty");
    expect(questionOfRequest('does the us recognize taiwan as part of china or not')).toBe("does the us have a position on taiwan's sovereignty");
    // (So does a government's saying it is its own country; a person's saying so asks their words.)
    expect(questionOfRequest('does the us say taiwan is its own country or not')).toBe("does the us have a position on taiwan's sovereignty");
    expect(questionOfRequest('did xi say taiwan is part of china')).toBe('did xi say taiwan is part of china');
    // (And recognizing a party's sovereignty over it, or whose territory it is; not a claim, which a rival may reject.)
    expect(questionOfRequest('does the us recognize chinese sovereignty over taiwan')).toBe("does the us have a position on taiwan's sovereignty");
    expect(questionOfRequest('does america officially recognise whose territory taiwan is')).toBe("does america have a position on taiwan's sovereignty");
    expect(questionOfRequest("does taiwan recognize beijing's claim")).toBe("does taiwan recognize beijing's claim");
    expect(questionOfRequest('do they recognize who is coming')).toBe('do they recognize who is coming');
  });

  it('reads "take a side / a stance on" as having a position on', () => {
    expect(questionOfRequest('does the us take a side on who owns taiwan')).toBe('does the us have a position on sovereignty over taiwan');
    // (So is a side on whether it is part of another, or its own country.)
    expect(questionOfRequest('does the us take a side on whether taiwan is part of china')).toBe('does the us have a position on sovereignty over taiwan');
    expect(questionOfRequest("what is tokyo's view on whether the island is sovereign or not")).toBe("what is tokyo's view on sovereignty over the island");
    expect(questionOfRequest('which side of the street')).toBe('which side of the street');
    // A quality of the side is the position's.
    expect(questionOfRequest('Does the US take an official side on who Taiwan belongs to?')).toBe('Does the US have an official position on sovereignty over Taiwan?');
    expect(questionOfRequest('does japan take sides in the dispute')).toBe('does japan have position in the dispute');
    // So is taking a stance: "take" is no act of its own.
    expect(questionOfRequest('has washington taken a stance on who is sovereign over the island')).toBe('has washington had a position on who is sovereign over the island');
  });

  it('reads "ring up" as a phone call', () => {
    expect(questionOfRequest('who did trump ring up')).toBe('who did trump call');
    expect(questionOfRequest('who joined the ring of protesters')).toBe('who joined the ring of protesters');
  });

  it('leaves plain questions and bare requests as typed', () => {
    expect(questionOfRequest('who is the president')).toBe('who is the president');
    expect(questionOfRequest('tell me')).toBe('tell me');
  });

  it('answers a command the way it answers the question', () => {
    const index = buildQuestionIndex(knowledgeBase(ARMS));
    expect(index.ask('give me the value of the arms package').answers[0]?.why[0]).toBe('answers "what value": US$330 million');
  });
});

describe('"the number of" things', () => {
  it('asks for a count of them, as "how many" does', () => {
    const plan = analyzeQuestion('what is the number of fighter jets in the package');
    expect(plan.needsMeasure).toBe('count');
    expect(plan.terms[plan.counted!]!.norm).toBe('jets');
  });
});

describe('chat shorthand and interjections', () => {
  it('spells out shorthand and drops interjections', () => {
    expect(questionOfRequest('how many ppl in taiwan')).toBe('how many people in taiwan');
    expect(questionOfRequest('how many ppl liv in taiwan')).toBe('how many people live in taiwan');
    expect(questionOfRequest('is japan on good terms with china')).toBe('is japan having good relations with china');
    expect(questionOfRequest('who kicked up a fuss about the jet parts sale')).toBe('who protested about the jet parts sale');
    expect(questionOfRequest('Which leader did Trump speak with by telephone on Monday?')).toBe('Which leader did Trump hold a phone call with on Monday?');
    expect(questionOfRequest('what did taiwans president say about the call')).toBe("what did taiwan's president say about the call");
    expect(questionOfRequest('PRC MOFA spox name?')).toBe('what is the name of the PRC foreign ministry spokesperson ?');
    expect(questionOfRequest('Which body gave the most blow-by-blow account of the exchange?')).toBe('Which body gave the most detailed account of the exchange?');
    expect(questionOfRequest('How deep does the bad blood between China and Japan run?')).toBe('how serious is the bad relations between China and Japan?');
    expect(questionOfRequest('Who currently holds the presidency of Taiwan?')).toBe('who is the president of Taiwan?');
    expect(questionOfRequest('Was Ukraine raised on the call?')).toBe('Was Ukraine discussed on the call?');
    expect(questionOfRequest('Which part of the Chinese government gave the report?')).toBe('which body of the Chinese government gave the report?');
    expect(questionOfRequest('which part of the package was delayed')).toBe('which part of the package was delayed');
    expect(questionOfRequest('How did Xi describe the way things have gone between the two countries?')).toBe('How did Xi describe relations between the two countries?');
    expect(questionOfRequest('How does Xi feel things have gone between the two countries?')).toBe('How does Xi feel relations have been between the two countries?');
    expect(questionOfRequest('when is trump going to beijing')).toBe('when is trump visiting beijing');
    expect(questionOfRequest('when is trump going to meet xi')).toBe('when is trump going to meet xi');
    expect(questionOfRequest('In whose words were China and the U.S. described as having fought side by side?')).toBe('who said China and the U.S. having fought shoulder to shoulder?');
    expect(questionOfRequest('in whose words did china deplore the sale')).toBe('who said did china deplore the sale');
    expect(questionOfRequest('What did Xi say both sides should make more of, quoting him directly?')).toBe('What did Xi say both sides should make more of ?');
    expect(questionOfRequest('what did lin jian say, word for word')).toBe('what did lin jian say');
    expect(questionOfRequest('According to which body did Xi call on the US to defend the results?')).toBe('which body said that Xi urge the US to defend the results?');
    expect(questionOfRequest('Which principle Beijing said was violated?')).toBe('Which principle did Beijing say was violated?');
    expect(questionOfRequest('how does xi describe the state of us china ties')).toBe('how does xi describe us china ties');
    expect(questionOfRequest('In which city did the two leaders convene prior to the call?')).toBe('In which city did the two leaders meet before the call?');
    expect(questionOfRequest('When was the summit convened?')).toBe('When was the summit convened?');
    expect(questionOfRequest('What is the aggregate dollar value of the sale?')).toBe('What is the total dollar value of the sale?');
    // A second question that offers the two parties is the choice of "who called who, Trump or Xi".
    expect(questionOfRequest('who called who, did trump or xi initiate it?')).toBe('who initiated the call, trump or xi?');
    expect(questionOfRequest('who rang who, did trump call xi or the other way round')).toBe('who initiated the call, trump or xi');
    expect(questionOfRequest('who called who?? did Trump initiate it or Xi?!')).toBe('who initiated the call, Trump or Xi?!');
    expect(questionOfRequest('who protested, did china or japan object')).toBe('who protested, china or japan');
    expect(questionOfRequest('who called who, did trump reach out first or xi')).toBe('who initiated the call, trump or xi');
    expect(questionOfRequest('who called who? did trump initiate the call or was it xi?')).toBe('who initiated the call, trump or xi?');
    expect(questionOfRequest('who called who, did trump call xi or the other way')).toBe('who initiated the call, trump or xi');
    expect(questionOfRequest('did trump call xi or was it the other way round')).toBe('who initiated the call, trump or xi');
    expect(questionOfRequest('Did Xi phone Trump, or vice versa?')).toBe('who initiated the call, Xi or Trump?');
    // (An abbreviation's possessive typed without its apostrophe.)
    expect(questionOfRequest('what does xi want done about ww2s legacy')).toBe("what does xi want done about World War II's legacy");
    expect(questionOfRequest("lol what did japan's pm say")).toBe("what did japan's prime minister say");
    expect(questionOfRequest('wait, who called who')).toBe('who initiated the call');
    expect(questionOfRequest('quick q: what did xi say')).toBe('what did xi say');
    expect(questionOfRequest('Name the spokesperson who commented')).toBe('what is the name of the spokesperson who commented');
    expect(questionOfRequest('does america have to give taiwan weapons')).toBe('is america required to give taiwan weapons');
    expect(questionOfRequest('why does the us have to give taiwan weapons')).toBe('why is the us required to give taiwan weapons');
    expect(questionOfRequest('did china have to say anything')).toBe('did china have to say anything');
    expect(questionOfRequest('Remind me, who is the spokesperson')).toBe('who is the spokesperson');
    expect(questionOfRequest('which subjects came up during the leaders convo')).toBe('which subjects discussed during the leaders conversation');
    expect(questionOfRequest('how many people are we talking about living in taiwan')).toBe('how many people living in taiwan');
    expect(questionOfRequest('whats the deal w the soybeans rn')).toBe('whats the deal with the soybeans');
    expect(questionOfRequest('what did trump n xi talk abt bc idk')).toBe('what did trump and xi talk about because');
    expect(questionOfRequest("how much was the deal the us ok'd")).toBe('how much was the deal the us approved');
    expect(questionOfRequest('what changed trade wise after the meetup')).toBe('what changed trade after the meeting');
    expect(questionOfRequest("is japan like on the us's side")).toBe("is japan on the us's side");
    expect(questionOfRequest("what must the us do with regard to the island's defence")).toBe("what must the us do about the island's defence");
    expect(questionOfRequest('what changed in terms of trade')).toBe('what changed about trade');
    expect(questionOfRequest('is it true that trump promised to send troops')).toBe('does trump promised to send troops');
    expect(questionOfRequest('what did the mofa readout say')).toBe('what did the foreign ministry readout say');
    expect(questionOfRequest('whats the name of the chinese mfa spokesman')).toBe('whats the name of the chinese foreign ministry spokesman');
    expect(questionOfRequest('where did they meet in person before this')).toBe('where did they meet before this');
    expect(questionOfRequest('what did xi say about the second world war')).toBe('what did xi say about World War II');
    // (The world after 1945 is the post-war one; the war of the 1940s is the Second World War.)
    expect(questionOfRequest('how does xi see taiwan fitting into the world order after 1945')).toBe('how does xi see taiwan fitting into the world order after the war');
    expect(questionOfRequest('how does beijing link the island to the post-1945 settlement')).toBe('how does beijing link the island to the post-war settlement');
    expect(questionOfRequest('did xi bring up the two being allies back in the 1940s')).toBe('did xi bring up the two being allies in World War II');
    expect(questionOfRequest('what did xi want them to defend regarding the 1945 outcome')).toBe('what did xi want them to defend regarding the post-war outcome');
    // The world wars by their years or decade, however written.
    expect(questionOfRequest('What legacy of the 1940s global conflict did Xi want defended?')).toBe('What legacy of World War II did Xi want defended?');
    expect(questionOfRequest('what did xi say about the 1939-45 war')).toBe('what did xi say about World War II');
    expect(questionOfRequest('the outcome of the conflict of 1939–1945')).toBe('the outcome of World War II');
    expect(questionOfRequest('the victory in the war that ended in 1945')).toBe('the victory in World War II');
    expect(questionOfRequest('who fought in the 1914-1918 war')).toBe('who fought in World War I');
    // (Not any year: "before 1945" is a date asked about.)
    expect(questionOfRequest('who controlled taiwan before 1945')).toBe('who controlled taiwan before 1945');
    expect(questionOfRequest('where did they sit down with each other')).toBe('where did they meet each other');
    expect(questionOfRequest('where did trump and xi get together before this call')).toBe('where did trump and xi meet before this call');
    expect(questionOfRequest('who did they fight side by side against')).toBe('who did they fight shoulder to shoulder against');
    // (What someone tried or hoped to achieve is what news says they sought.)
    expect(questionOfRequest('what were they trying to achieve at the earlier summit')).toBe('what were they seeking at the earlier summit');
    expect(questionOfRequest('what did trump and xi hope to accomplish in busan')).toBe('what did trump and xi seek in busan');
    expect(questionOfRequest('were the two on the same side against anyone')).toBe('were the two shoulder to shoulder against anyone');
    // (Agreeing on a question is not fighting together.)
    expect(questionOfRequest('are japan and the us on the same side about taiwan')).toBe('are japan and the us on the same side about taiwan');
    expect(questionOfRequest('wait whats the deal w taiwan weapons')).toBe('whats the deal with taiwan weapons');
    expect(questionOfRequest('how many persons live in Taiwan')).toBe('how many people live in Taiwan');
    expect(questionOfRequest('who is the spokesman of the ministry of foreign affairs')).toBe('who is the spokesman of the foreign ministry');
    expect(questionOfRequest('who is the foreign affairs minister')).toBe('who is the foreign minister');
  });

  it('reads a learner\'s word order: "which is the" as "what is the", "what said X" as "what did X say"', () => {
    expect(questionOfRequest('which is the posture of USA about Taiwan')).toBe('what is the posture of USA about Taiwan');
    expect(questionOfRequest('which is bigger, the tariff cut or the arms sale')).toBe('which is bigger, the tariff cut or the arms sale');
    expect(questionOfRequest('what said Trump about Ukraine in the call')).toBe('what did Trump say about Ukraine in the call');
    expect(questionOfRequest('what said Lin Jian')).toBe('what did Lin Jian say');
  });

  it('reads a head of government as a leader, and "the American side" as the country', () => {
    expect(questionOfRequest("who is japan's head of government")).toBe("who is japan's leader");
    expect(questionOfRequest('name the two heads of state')).toBe('what is the name of the two leaders');
    expect(questionOfRequest('what did the American side confirm')).toBe('what did American confirm');
    expect(questionOfRequest('who confirmed the call on the U.S. side')).toBe('who confirmed the call on U.S.');
    expect(questionOfRequest("is japan on the us's side")).toBe("is japan on the us's side");
    expect(questionOfRequest('which side asked for the call')).toBe('which side asked for the call');
    expect(questionOfRequest('has china resumed buying a crop, and which one?')).toBe('has china resumed buying a crop, and which?');
  });

  it('reads "what did X say back" as how X responded, but keeps "what did X say in response to Y" asking for words', () => {
    expect(questionOfRequest('what did japan say back after china denounced them')).toBe('how did japan respond after china denounced them');
    expect(questionOfRequest("So what's Taiwan's government saying back to Beijing's claim?")).toBe("how is Taiwan's government responding to Beijing's claim?");
    expect(questionOfRequest('did japan say anything back')).toBe('did japan respond');
    expect(questionOfRequest('did the premier say anything in response to the call')).toBe('did the premier respond to the call');
    expect(questionOfRequest('what did the spokesman say in response to the sale')).toBe('what did the spokesman say in response to the sale');
  });

  it('drops the asker\'s own story before the question, asides after it and courtesy titles', () => {
    expect(questionOfRequest('As someone from a farming family I am keen to know, has China started buying soybeans again?')).toBe('has China resumed buying soybeans again?');
    expect(questionOfRequest('I have always been confused about this, does the US have a position on Taiwan?')).toBe('does the US have a position on Taiwan?');
    expect(questionOfRequest('I am trying to understand this business, what exactly did Mr Xi say about Taiwan, if you would be so kind?')).toBe('what exactly did Xi say about Taiwan');
    expect(questionOfRequest('What is in the arms package, could you tell me please, I am not very familiar with military matters.')).toBe('What is in the arms package');
    expect(questionOfRequest('Can you tell me what the the purpose of the meeting was')).toBe('what the purpose of the meeting was');
    // (Kept when the question points back into the story.)
    expect(questionOfRequest('I read that Trump and Xi had a call on Monday, could you tell me what they talked about?')).toBe('I read that Trump and Xi had a call on Monday, could you tell me what they talked about?');
  });

  it('reads "<claim>, is that true?" as the claim asked yes or no, without who made it', () => {
    expect(questionOfRequest('My neighbour insists the U.S. is required by law to help Taiwan, is that true according to this article, could you explain?')).toBe('does the U.S. is required by law to help Taiwan');
    expect(questionOfRequest('I heard that Xi visited Japan, is that right?')).toBe('does Xi visited Japan');
    // (Whoever said it, and however the asker doubts them: "is he right", "are they right".)
    expect(questionOfRequest('Somebody at church said the mayor cut fares by 20 percent, is that right?')).toBe('does the mayor cut fares by 20%');
    expect(questionOfRequest('people online say the mayor resigned, are they right?')).toBe('does the mayor resigned');
    // (The claim is read as any question is: its figures in words are the text's digits.)
    expect(questionOfRequest('My uncle says the city spent three point two million dollars on it, is he right?')).toBe('does the city spent $3.2 million on it');
  });

  it('reads the name of a policy as the policy, but keeps asking for the name of a person or a law', () => {
    expect(questionOfRequest('What is the name of the policy Trump has kept?')).toBe('What is the policy Trump has kept?');
    expect(questionOfRequest("what is trump's plan for taiwan called")).toBe("what is trump's plan for taiwan");
    expect(questionOfRequest('what is the name of the spokesperson')).toBe('what is the name of the spokesperson');
    expect(questionOfRequest('what is the name of the law')).toBe('what is the name of the law');
    // (So is the name "for" a policy, and one a possessive names.)
    expect(questionOfRequest("What's the name for the mayor's housing plan?")).toBe("What's the mayor's housing plan?");
    expect(questionOfRequest('what is the name of councils policy on rent')).toBe('what is councils policy on rent');
    expect(questionOfRequest('whats the name for the councils rent policy')).toBe('whats the councils rent policy');
  });

  it('drops a trailing "quoted" that only says which one the article quotes', () => {
    expect(questionOfRequest('what was the name of the spokesperson quoted')).toBe('what was the name of the spokesperson');
    expect(questionOfRequest('who was quoted')).toBe('who was quoted');
    expect(questionOfRequest('which spokesperson is quoted')).toBe('which spokesperson is quoted');
  });

  it('spells out "mtg" and "pkg", and drops "back" before "in October"', () => {
    expect(questionOfRequest('whats in the arms pkg')).toBe('whats in the arms package');
    expect(questionOfRequest('where did they meet back in October')).toBe('where did they meet in October');
    expect(questionOfRequest('did japan fight back')).toBe('did japan fight back');
  });

  it('drops "play" that only goes with a role or part, and reads the part played as a role', () => {
    expect(questionOfRequest('did xi say what role china would play?')).toBe('did xi say what role china would?');
    expect(questionOfRequest('what part does japan play for the us')).toBe('what role does japan for the us');
    expect(questionOfRequest('who played the piano')).toBe('who played the piano');
  });

  it('drops a guess after the question, and a hint "something about…", but keeps a choice', () => {
    expect(questionOfRequest('By how much did the US cut tariffs, was it 10 percent?')).toBe('By how much did the US cut tariffs?');
    expect(questionOfRequest("Who decides Taiwan's future, something about residents?")).toBe("Who decides Taiwan's future");
    expect(questionOfRequest('who called who, was it trump or xi that reached out first')).toBe('who initiated the call, trump or xi');
  });

  it('reads "what state are relations in" as how they are, not "what state is the plant in"', () => {
    expect(questionOfRequest('What state are relations between Beijing and Tokyo in right now?')).toBe('how are relations between Beijing and Tokyo right now?');
    expect(questionOfRequest('what state is the plant in')).toBe('what state is the plant in');
  });

  it('reads slang for releasing and calling', () => {
    expect(questionOfRequest('who dropped the most detailed readout of the call')).toBe('who released the most detailed readout of the call');
    expect(questionOfRequest('who dropped the charges')).toBe('who dropped the charges');
    expect(questionOfRequest('when did trump and xi hop on the phone')).toBe('when did trump and xi call');
    expect(questionOfRequest('yo who did trump even hop on a call with monday')).toBe('who did trump even call monday');
  });

  it('reads idioms of cutting, learning and approving as the words news uses', () => {
    expect(questionOfRequest('ok so how much did the us knock the tariffs down by')).toBe('how much did the us cut the tariffs by');
    expect(questionOfRequest('how did taiwan find out the arms package got the green light')).toBe('how did taiwan learn the arms package got approval');
    expect(questionOfRequest('who found the documents')).toBe('who found the documents');
  });

  it('reads "in the fall" as the season, but not "the fall of" something', () => {
    expect(questionOfRequest('where did they meet in the fall')).toBe('where did they meet in the autumn');
    expect(questionOfRequest('what happened this fall')).toBe('what happened this autumn');
    expect(questionOfRequest('what caused the fall of the government')).toBe('what caused the fall of the government');
    expect(questionOfRequest('did stocks fall')).toBe('did stocks fall');
  });

  it('reads "when\'s the last time X" as when X last happened: the time is what "when" asks', () => {
    expect(questionOfRequest("when's the last time the town was threatened")).toBe("when's last the town was threatened");
    expect(questionOfRequest('when was the first time they met')).toBe('when was first they met');
    expect(questionOfRequest('what time was the last meeting')).toBe('what time was the last meeting');
  });

  it('reads "wrap up" as end and "what becomes of X" as the future of X', () => {
    expect(questionOfRequest('how did xi say the war should be wrapped up')).toBe('how did xi say the war should be ended');
    expect(questionOfRequest('when will they wrap it up')).toBe('when will they end');
    expect(questionOfRequest('who decides what becomes of the island')).toBe('who decides the future of the island');
    expect(questionOfRequest('who will wrap the gifts')).toBe('who will wrap the gifts');
  });

  it('reads "begin buying again" as resumed buying and "who speaks for X" as X\'s spokesperson', () => {
    expect(questionOfRequest('what crop did beijing begin buying again')).toBe('what crop did beijing resume buying again');
    expect(questionOfRequest('china started importing soybeans again')).toBe('china resumed importing soybeans again');
    expect(questionOfRequest("who speaks on behalf of china's foreign ministry")).toBe("who is the spokesperson for china's foreign ministry");
    expect(questionOfRequest('when did the talks begin')).toBe('when did the talks begin');
  });

  it('reads "a side / stance on who rightfully governs X" as a position on its sovereignty', () => {
    expect(questionOfRequest('does america take a side on who rightfully governs taiwan')).toBe('does america have a position on sovereignty over taiwan');
    expect(questionOfRequest('does washington hold a view about who owns the island')).toBe('does washington hold a view about sovereignty over the island');
    expect(questionOfRequest('who governs taiwan')).toBe('who governs taiwan');
  });

  it('reads "what enemies did X battle" as whom X fought against', () => {
    expect(questionOfRequest('what enemies did the two nations battle together')).toBe('who did the two nations fight together against');
    expect(questionOfRequest('what enemies did they fight against')).toBe('what enemies did they fight against');
    expect(questionOfRequest('which enemies did xi say they fought together')).toBe('who did xi say they fought together against');
    expect(questionOfRequest('who did beijing and washington battle together')).toBe('who did beijing and washington fight together against');
    expect(questionOfRequest('who did they battle with')).toBe('who did they battle with');
  });

  it('reads "import taxes / levies" as tariffs', () => {
    expect(questionOfRequest('by how much did washington cut some import taxes')).toBe('by how much did washington cut some tariffs');
    expect(questionOfRequest('what is the import levy on soybeans')).toBe('what is the tariff on soybeans');
    expect(questionOfRequest('by how much did america trim those import charges')).toBe('by how much did america trim those tariffs');
  });

  it('reads "the head of Japan\'s government" as Japan\'s leader', () => {
    expect(questionOfRequest("who is the head of japan's government")).toBe("who is japan's leader");
    expect(questionOfRequest("who is the current head of japan's government")).toBe("who is japan's leader");
    expect(questionOfRequest("who is japan's current premier")).toBe("who is japan's premier");
  });

  it('reads "did A or B V…" between two names or countries as a choice', () => {
    expect(questionOfRequest('Did Trump or Xi initiate the phone call?')).toBe('who initiate the phone call, Trump or Xi?');
    expect(questionOfRequest('did china or the us cut tariffs')).toBe('who cut tariffs, china or the us');
    expect(questionOfRequest('did trump call or text xi about taiwan')).toBe('did trump call or text xi about taiwan');
  });

  it('reads "in what manner" and "in what way" as how', () => {
    expect(questionOfRequest('In what manner did Xi say the crisis should end?')).toBe('how did Xi say the crisis should end?');
    expect(questionOfRequest('in what way was his position vague')).toBe('how was his position vague');
  });

  it('reads "made public" as announced and "got word of" as learned of', () => {
    expect(questionOfRequest('Who made public that Taiwan had been notified?')).toBe('Who announced that Taiwan had been notified?');
    expect(questionOfRequest('who went public about getting official notice?')).toBe('who announced getting official notice?');
    expect(questionOfRequest('is the ministry going public with the figures')).toBe('is the ministry announcing the figures');
    expect(questionOfRequest('when did taipei get word of the approval')).toBe('when did taipei learn of the approval');
    expect(questionOfRequest('which office said it got official word of the approval')).toBe('which office said it learned of the approval');
    expect(questionOfRequest('who said taiwan had gotten official word of it')).toBe('who said taiwan had learned of it');
    expect(questionOfRequest('how did taiwan learn the deal had been green-lit')).toBe('how did taiwan learn the deal had been approved');
    expect(questionOfRequest('what did they discuss in their telephone exchange')).toBe('what did they discuss in their phone call');
    expect(questionOfRequest('which word did xi use')).toBe('which word did xi use');
  });

  it('reads "serves as", "come up", "moved back to" and "get-together" as news says them', () => {
    expect(questionOfRequest("Who currently serves as Japan's prime minister?")).toBe("who is Japan's prime minister?");
    expect(questionOfRequest('did trade come up in the conversation')).toBe('did trade discussed in the conversation');
    expect(questionOfRequest('who came up with the idea')).toBe('who came up with the idea');
    expect(questionOfRequest('which issue moved back to the center of world diplomacy')).toBe('which issue returned to the center of world diplomacy');
    expect(questionOfRequest('what was the aim of their get-together')).toBe('what was the purpose of their meeting');
  });

  it('reads "told the public" as announced and "dialed" as called', () => {
    expect(questionOfRequest('who told the public taipei had been notified')).toBe('who announced taipei had been notified');
    expect(questionOfRequest('who did trump dial in monday')).toBe('who did trump call monday');
  });

  it('reads more idioms as the words news uses ("knock off", "gone back to buying", "the States", "rang", "folks", "dollar-wise")', () => {
    expect(questionOfRequest('how much did the US knock off some tariffs')).toBe('how much did the US cut some tariffs');
    expect(questionOfRequest('what has china gone back to buying from the states')).toBe('what has china resumed buying from the US');
    expect(questionOfRequest('what subjects came up when trump rang xi')).toBe('what subjects discussed when trump called xi');
    expect(questionOfRequest('that rang true')).toBe('that rang true');
    expect(questionOfRequest('about how many folks live on taiwan')).toBe('about how many people live on taiwan');
    expect(questionOfRequest('how big was the weapons deal, dollar wise')).toBe('how big was the weapons deal');
    expect(questionOfRequest('trade wise what happened')).toBe('trade what happened');
  });

  it('keeps the topic of a trailing "like X wise", and reads "A vs B" as A and B', () => {
    expect(questionOfRequest('how bad is it between the unions and the city, like contract wise')).toBe('how bad is it between the unions and the city, contract');
    expect(questionOfRequest('how tense is boeing vs airbus')).toBe('how tense is boeing and airbus');
    // (A restatement that names no topic still goes.)
    expect(questionOfRequest('what did they cover on the call, like main topics')).toBe('what did they cover on the call');
  });

  it('reads "who leads X\'s government" as who X\'s leader is, and a sit-down as a meeting', () => {
    expect(questionOfRequest("Who currently leads Japan's government?")).toBe("who is Japan's leader?");
    expect(questionOfRequest('who leads the japanese government')).toBe('who is the japanese leader');
    expect(questionOfRequest("who leads japan's military")).toBe("who leads japan's military");
    expect(questionOfRequest("Who leads Japan's cabinet?")).toBe("who is Japan's leader?");
    expect(questionOfRequest('what did they want from that october sit-down')).toBe('what did they want from that october meeting');
  });

  it('reads "how far have relations fallen" as how bad they are, but not a fall of prices', () => {
    expect(questionOfRequest('How far have relations between Beijing and Tokyo fallen?')).toBe('how bad are relations between Beijing and Tokyo?');
    expect(questionOfRequest('how far have prices fallen')).toBe('how far have prices fallen');
  });

  it('reads "call X home" as living there and "how would one characterize the state of ties" as how they are', () => {
    expect(questionOfRequest('Roughly how many people call Taiwan home?')).toBe('Roughly how many people live in Taiwan?');
    expect(questionOfRequest('How would one characterize the current state of ties between China and Japan?')).toBe('how are ties between China and Japan?');
    expect(questionOfRequest('how would you describe the arms package')).toBe('how would you describe the arms package');
  });

  it('drops "yeah"/"well" openers and "atm", and reads "link up" as meeting', () => {
    expect(questionOfRequest('yeah, so what day did trump and xi actually get on the phone?')).toBe('what day did trump and xi actually call?');
    expect(questionOfRequest('how bad is china-japan beef atm')).toBe('how bad is china-japan beef');
    expect(questionOfRequest('where did trump and xi link up before this')).toBe('where did trump and xi meet before this');
  });

  it('reads "Quiz time: roughly how…", "name the three topics…" and "tel" as the questions they are', () => {
    expect(questionOfRequest('Quiz time: roughly how many people call Taiwan home?')).toBe('roughly how many people live in Taiwan?');
    expect(questionOfRequest('Name the three topics covered on the call.')).toBe('what are the three topics covered on the call.');
    expect(questionOfRequest('name the spokesperson')).toBe('what is the name of the spokesperson');
    expect(questionOfRequest('wat did xi tel trump')).toBe('what did xi tell trump');
  });

  it('reads "catch up", "on the blower", "take the news of" and a filler "like" as news says them', () => {
    expect(questionOfRequest('Where did Trump and Xi catch up face to face before the call?')).toBe('Where did Trump and Xi meet before the call?');
    expect(questionOfRequest('what did the two leaders discuss on the blower')).toBe('what did the two leaders discuss by phone');
    expect(questionOfRequest('How did Beijing take the news of the authorization?')).toBe('How did Beijing react to the authorization?');
    expect(questionOfRequest('is japan like a big ally of the us')).toBe('is japan a big ally of the us');
    expect(questionOfRequest('does xi like the deal')).toBe('does xi like the deal');
  });

  it('drops hedges around the question ("if I read it right, …", "…, I think it was 10 percent?")', () => {
    expect(questionOfRequest('if I read it right, Xi claimed the US and China battled fascism together?')).toBe('Xi claimed the US and China battled fascism together?');
    expect(questionOfRequest('by how much did washington cut some tariffs, I think it was 10 percent?')).toBe('by how much did washington cut some tariffs');
  });

  it('reads "in what state are relations", "see each other" and "how far have Sino-Japanese relations deteriorated"', () => {
    expect(questionOfRequest('In what state are the relations between China and Japan now?')).toBe('how are the relations between China and Japan now?');
    expect(questionOfRequest('In which city did Trump and Xi see each other in October?')).toBe('In which city did Trump and Xi meet in October?');
    expect(questionOfRequest('How far have Sino-Japanese relations deteriorated?')).toBe('how bad are Sino-Japanese relations?');
  });

  it('drops "in dollars" after a question that already asks for a sum', () => {
    expect(questionOfRequest('how big was the weapons sale to taiwan in dollars')).toBe('how big was the weapons sale to taiwan');
    expect(questionOfRequest('were the parts paid in dollars or yuan')).toBe('were the parts paid in dollars or yuan');
  });

  it('reads "bring down" as cut and "let it be known" as announced, and drops "ah" and "if that\'s ok to ask"', () => {
    expect(questionOfRequest('By what percentage did US bring down some of its tariffs?')).toBe('By what percentage did US cut some of its tariffs?');
    expect(questionOfRequest('Who let it be known that Taiwan had been notified?')).toBe('Who announced that Taiwan had been notified?');
    expect(questionOfRequest('What topics they discuss during the call ah?')).toBe('What topics they discuss during the call');
    expect(questionOfRequest('why would xi be worried about japan, if thats ok to ask')).toBe('why would xi be worried about japan');
  });

  it('tells asking how to do something oneself from asking about the article', () => {
    expect(asksHowTo('how do I renew a us passport')).toBe(true);
    expect(asksHowTo('how can we apply for a visa')).toBe(true);
    expect(asksHowTo('how would I describe relations between china and japan')).toBe(false);
    expect(asksHowTo('how did xi describe relations')).toBe(false);
  });

  it('drops chat fillers and a vague "back in the day"', () => {
    expect(questionOfRequest('bruh what was xi saying about the two fighting together back in the day')).toBe('what was xi saying about the two fighting together');
    expect(questionOfRequest('what topics did the call cover trade taiwan etc')).toBe('what topics did the call cover trade taiwan');
  });

  it('drops a clause of context before the question, but not a time it asks about', () => {
    expect(questionOfRequest('Given that Xi addressed the Ukraine crisis during the call, how did he say the crisis ought to be resolved?')).toBe('how did he say the crisis ought to be resolved?');
    expect(questionOfRequest('Considering the developments since the Busan summit, how did Xi characterize the trajectory?')).toBe('how did Xi characterize the trajectory?');
    expect(questionOfRequest('Since Xi leaned heavily on history, what did he say about fascism?')).toBe('what did he say about fascism?');
    expect(questionOfRequest('Since the Busan summit, what has China done?')).toBe('Since the Busan summit, what has China done?');
  });

  it('reads the American president\'s office by any description as the White House, but not any presidential office', () => {
    expect(questionOfRequest('How much did the American executive office disclose?')).toBe('How much did the White House disclose?');
    expect(questionOfRequest('did anyone at the US presidential residence confirm it')).toBe('did anyone at the White House confirm it');
    expect(questionOfRequest('what did the Oval Office say')).toBe('what did the White House say');
    expect(questionOfRequest('what did the presidential office in Taipei say')).toBe('what did the presidential office in Taipei say');
    expect(questionOfRequest('How did the executive mansion at 1600 Pennsylvania Avenue respond?')).toBe('How did the White House respond?');
    // (Its occupant is the president.)
    expect(questionOfRequest('when did the occupant of the Oval Office call Xi')).toBe('when did the American president call Xi');
    // (So are his staff: "the US president's aides".)
    expect(questionOfRequest("Did the US president's aides share any details?")).toBe('Did the White House share any details?');
    expect(questionOfRequest('what did American presidential staff confirm')).toBe('what did the White House confirm');
    // (And America's executive branch; not another country's.)
    expect(questionOfRequest("how much did Washington's executive branch reveal")).toBe('how much did the White House reveal');
    expect(questionOfRequest("what did taiwan's executive branch say")).toBe("what did taiwan's executive branch say");
  });

  it('reads two peoples\' forces as their countries, and "what did X answer" as how X responded', () => {
    expect(questionOfRequest('What did the king say British and French troops fought together against?')).toBe('What did the king say uk and france fought together against?');
    expect(questionOfRequest('did red and blue forces clash')).toBe('did red and blue forces clash');
    // ("Answer" is no "return", as the dictionary has it: the text's "relations returned" is no reply.)
    expect(questionOfRequest('What did the mayor answer when the union raised wages?')).toBe('how did the mayor respond when the union raised wages?');
    expect(questionOfRequest('what the mayor replied to the union')).toBe('how did the mayor respond to the union');
    expect(questionOfRequest('mayor comments after union vote')).toBe('what did mayor say after union vote');
  });

  it('reads "what is the approach called under which…" as which approach, whose name the text gives as it calls it', () => {
    expect(questionOfRequest('What is the approach called under which Washington stays vague about the islands?')).toBe('What is the approach under which Washington stays vague about the islands?');
    expect(questionOfRequest('what is the strategy called that keeps the rebels guessing')).toBe('what is the strategy that keeps the rebels guessing');
    // (A name with dots before the policy: "the U.K. policy".)
    expect(questionOfRequest('What is the name of the U.K. policy of not saying whether troops would go?')).toBe('What is the U.K. policy of not saying whether troops would go?');
    // ("Include discussion of" is what a call touched on.)
    expect(questionOfRequest('Did the meeting include any discussion of wages?')).toBe('Did the meeting touch on wages?');
    // ("Who called who" offering the two parties without its comma.)
    expect(questionOfRequest('who beat who did the reds or the blues win')).toBe('who beat who, the reds or the blues');
  });

  it('reads countries by their official names', () => {
    expect(questionOfRequest("Who is the spokesman for the People's Republic's diplomats?")).toBe("Who is the spokesman for China's diplomats?");
    expect(questionOfRequest('In which port city of the Republic of Korea did they meet?')).toBe('In which port city of South Korea did they meet?');
    expect(questionOfRequest("what did the Republic of China's government say")).toBe("what did Taiwan's government say");
  });

  it('drops what only tells which one: a president\'s number, a place\'s epithet', () => {
    expect(questionOfRequest('what did the 47th American president say')).toBe('what did the American president say');
    expect(questionOfRequest('How many people live on the self-ruled island?')).toBe('How many people live on the island?');
    expect(questionOfRequest('who governs the self-governing territory')).toBe('who governs the territory');
  });

  it('reads "what was said by X" as what X said', () => {
    expect(questionOfRequest('What was said by Trump about Taiwan during the call?')).toBe('what did Trump say about Taiwan during the call?');
    expect(questionOfRequest('what has been said by the foreign ministry')).toBe('what has the foreign ministry said');
  });

  it('reads "what role does X hold" as who X is, but not a view held on something', () => {
    expect(questionOfRequest('What role does Xi Jinping hold?')).toBe('who is Xi Jinping?');
    expect(questionOfRequest('what position does China hold on Taiwan')).toBe('what position does China hold on Taiwan');
    expect(questionOfRequest('what role does China play')).toBe('what role does China');
    // (Where the title is held only says which: "…hold in the Chinese government".)
    expect(questionOfRequest('What role does Lin Jian hold in the Chinese government?')).toBe('who is Lin Jian?');
  });

  it('reads "was it X who…" as whether X did it', () => {
    expect(questionOfRequest('Was it Trump who initiated the phone call?')).toBe('did Trump initiated the phone call?');
    expect(questionOfRequest('who was it that called')).toBe('who called');
  });

  it('reads a statement ending "or not" as a yes/no question', () => {
    expect(questionOfRequest('taiwan government agree with china claim or not?')).toBe('does taiwan government agree with china claim ?');
    expect(questionOfRequest('is taiwan rich or not')).toBe('is taiwan rich');
    expect(questionOfRequest('what said the article about the call')).toBe('what said the article about the call');
    expect(questionOfRequest('who is the spokesman quoted in the article')).toBe('who is the spokesman');
    expect(questionOfRequest("what's taiwan's take on the claim")).toBe("what's taiwan's view on the claim");
    expect(questionOfRequest('whats the status of the arms sale')).toBe('what happened to the arms sale');
    expect(questionOfRequest('why is china upset with takaichi or whatever her name was')).toBe('why is china upset with takaichi');
    expect(questionOfRequest('how bad are ties according to this?')).toBe('how bad are ties?');
    expect(questionOfRequest('how many people live in taiwan per the article')).toBe('how many people live in taiwan');
    // How the article writes of the answer is not what the answer must say.
    expect(questionOfRequest("Who is named as Japan's prime minister in the piece?")).toBe("Who is Japan's prime minister?");
    expect(questionOfRequest('which country is described as a close partner')).toBe('which country is a close partner');
    expect(questionOfRequest('who was referred to as the spokesperson')).toBe('who was the spokesperson');
    expect(questionOfRequest('what population figure is given for Taiwan?')).toBe('what population figure for Taiwan?');
    expect(questionOfRequest('what reason was given for the call')).toBe('what reason for the call');
    expect(questionOfRequest('what was reported about the call')).toBe('what was reported about the call');
    expect(questionOfRequest('where did they meet prior to this call')).toBe('where did they meet before this call');
    expect(questionOfRequest('who put out the most detailed account')).toBe('who released the most detailed account');
    expect(questionOfRequest('what did they put out')).toBe('what did they put out');
    expect(questionOfRequest('wats in the arms deal')).toBe("what's in the arms deal");
    expect(questionOfRequest('wat did xi say')).toBe('what did xi say');
    expect(questionOfRequest('taiwan pop')).toBe('taiwan population');
    // "Could you tell me the name of…": what is the name of.
    expect(questionOfRequest('Could you tell me the name of the spokesperson who was quoted?')).toBe('what is the name of the spokesperson who was quoted?');
    expect(questionOfRequest('the arms sale')).toBe('the arms sale');
    // Short amounts and ordinal dates as news writes them.
    expect(questionOfRequest('whats in the US$330m arms deal')).toBe('whats in the US$330 million arms deal');
    expect(questionOfRequest('a 1.5bn deal')).toBe('a 1.5 billion deal');
    expect(questionOfRequest('a 5 m wall')).toBe('a 5 m wall');
    expect(questionOfRequest('which leaders met on October 30th')).toBe('which leaders met on October 30');
    expect(questionOfRequest('did they meet on the 30th of october')).toBe('did they meet on the 30 october');
    expect(questionOfRequest('the 2nd meeting')).toBe('the 2nd meeting');
    expect(questionOfRequest('what has the administration told taipei to do')).toBe('what has the administration urged taipei to do');
    expect(questionOfRequest('what has the administration told taipei')).toBe('what has the administration told taipei');
    // (A description by someone, not of how the text writes: asked of who said it.)
    expect(questionOfRequest('who described the call as productive')).toBe('who said the call is productive');
  });

  it('reads "scale back" and "call on X to" as the verbs news uses, but not a call on a day', () => {
    expect(questionOfRequest('by what margin did washington scale back its tariffs')).toBe('by what margin did washington cut its tariffs');
    expect(questionOfRequest('did they roll back tariffs')).toBe('did they cut tariffs');
    expect(questionOfRequest('what did xi call on both parties to pursue')).toBe('what did xi urge both parties to pursue');
    expect(questionOfRequest('xi called on monday to discuss taiwan')).toBe('xi called on monday to discuss taiwan');
  });

  it('drops "in the first place" and "going forward", and reads "sino-japanese bilateral relations" as relations', () => {
    expect(questionOfRequest('who asked for the call in the first place')).toBe('who asked for the call');
    expect(questionOfRequest('what did xi want going forward')).toBe('what did xi want');
    expect(questionOfRequest('how would one characterize the current state of sino-japanese bilateral relations')).toBe('how are sino-japanese bilateral relations');
  });

  it('reads "after the call ended" as after the call, and drops "after it ended"', () => {
    expect(questionOfRequest('what did the white house say after the call ended')).toBe('what did the white house say after the call');
    expect(questionOfRequest('did the us share much after it was over')).toBe('did the us share much');
  });

  it('reads "was it A or B who…" as a choice, and "is there anything about when…" and "can you find which…" as the question inside', () => {
    expect(questionOfRequest('Was it Trump or Xi who requested the phone call?')).toBe('who requested the phone call, Trump or Xi?');
    expect(questionOfRequest('Is there anything about when Takaichi became prime minister?')).toBe('when Takaichi became prime minister?');
    expect(questionOfRequest('Can you find which fighter jet model the components are for?')).toBe('which fighter jet model the components are for?');
    expect(questionOfRequest('was it trump who called')).toBe('did trump called');
  });

  it('reads "react to what X said" as to X\'s remarks, "take place" as happen, "get to the bottom of" as the root of', () => {
    expect(questionOfRequest('how did china react to what takaichi said')).toBe("how did china react to takaichi's remarks");
    expect(questionOfRequest('did the white house share anything about what was said')).toBe('did the white house share anything about what was said');
    expect(questionOfRequest('when did the call take place')).toBe('when did the call happen');
    expect(questionOfRequest('did it take place on monday')).toBe('did it happen on monday');
    expect(questionOfRequest('what did xi say about getting to the bottom of the war')).toBe('what did xi say about the root of the war');
  });

  it('drops a reporting body given as the source ("according to Taiwan\'s foreign ministry, …"), but keeps a party\'s view', () => {
    expect(questionOfRequest("According to Taiwan's foreign ministry, who approved the arms package?")).toBe('who approved the arms package?');
    expect(questionOfRequest('According to Taipei, who may decide the island\'s future?')).toBe("According to Taipei, who may decide the island's future?");
    expect(questionOfRequest('according to whom, did xi say that')).toBe('according to whom, did xi say that');
  });

  it('drops a clause of context that says what the article says, before a question opened by a preposition', () => {
    expect(questionOfRequest('Since the article says the call came amid tensions, on what day did they talk?')).toBe('on what day did they talk?');
    expect(questionOfRequest('Since the article mentions an arms package, what does it include?')).toBe('what does it include?');
  });

  it('reads "what Xi said about…" without its "did" as what did Xi say, but leaves "what was said about…"', () => {
    expect(questionOfRequest('What Xi Jinping said about Taiwan in the call?')).toBe('what did Xi Jinping say about Taiwan in the call?');
    expect(questionOfRequest('what was said about taiwan')).toBe('what was said about taiwan');
  });

  it('reads "who was on the other end of X\'s call" as whom X called, and drops "is quoted" before what was done', () => {
    expect(questionOfRequest("Who was on the other end of Trump's Monday phone call?")).toBe('who did Trump call Monday?');
    expect(questionOfRequest('Which spokesperson is quoted reacting to the sale?')).toBe('Which spokesperson reacting to the sale?');
    expect(questionOfRequest('Who is the Chinese spokesman quoted objecting to the deal?')).toBe('Who is the Chinese spokesman objecting to the deal?');
  });

  it('reads "who was on the call" and "who took part in the talks" as who held them', () => {
    expect(questionOfRequest('who was on the call')).toBe('who held the call');
    expect(questionOfRequest('Who took part in the phone call?')).toBe('who held the phone call?');
    expect(questionOfRequest('who participated in the Busan summit')).toBe('who held the Busan summit');
    // (Not someone on a list or in a party: "who was on the committee".)
    expect(questionOfRequest('who was on the committee')).toBe('who was on the committee');
  });

  it('reads "it\'ll" as "it will", so a saying before it reports what will be done', () => {
    expect(questionOfRequest("what kind of peace efforts does china say it'll back")).toBe('what kind of peace efforts will china back');
    expect(questionOfRequest("who'll decide taiwan's future")).toBe("who will decide taiwan's future");
  });

  it('reads "does the lead say" and "does the opening paragraph give" as the article saying', () => {
    expect(questionOfRequest('What three topics does the lead say the leaders discussed on the call?')).toBe('What three topics the leaders discussed on the call?');
    expect(questionOfRequest('who does the article say protested the sale')).toBe('who protested the sale');
  });

  it('reads "I need the…" and "explain which…" as the question, drops "beyond confirming X," and spells out "teh"', () => {
    expect(questionOfRequest('I need the number of people living on Taiwan.')).toBe('what is the number of people living on Taiwan.');
    expect(questionOfRequest('Explain which history Xi invoked')).toBe('which history Xi invoked');
    expect(questionOfRequest('Beyond confirming the call, did the White House share anything?')).toBe('did the White House share anything?');
    expect(questionOfRequest('Besides Taiwan, what else was discussed?')).toBe('Besides Taiwan, what else was discussed?');
    expect(questionOfRequest('wat did they talk abt on teh call')).toBe('what did they talk about on the call');
  });

  it('reads "late October" as October, which the text dates to the day', () => {
    expect(questionOfRequest('Where were Trump and Xi in late October?')).toBe('Where were Trump and Xi in October?');
    expect(questionOfRequest('what happened in mid-november')).toBe('what happened in november');
  });

  it('reads "X\'s remarks on Y" as what X said about Y', () => {
    expect(questionOfRequest("Xi's remark on Taiwan's return to China?")).toBe("what did Xi say about Taiwan's return to China?");
    expect(questionOfRequest("what were Xi's remarks on Taiwan")).toBe("what were Xi's remarks on Taiwan");
  });

  it('reads "in Xi\'s view, …" as according to Xi, and "by whom were X denounced" as who denounced X', () => {
    expect(questionOfRequest("In Xi's view, how should the war be resolved?")).toBe('according to Xi, how should the war be resolved?');
    expect(questionOfRequest("By whom were the prime minister's remarks denounced?")).toBe("who denounced the prime minister's remarks?");
  });

  it('reads "what was X told by Y" and "what was posted by Y" as asked of the one who speaks or acts, but not "reduced by 10%"', () => {
    expect(questionOfRequest('What was the mayor told by the union that the city should protect?')).toBe('What had the union told the mayor that the city should protect?');
    expect(questionOfRequest('What was posted by the senator after the vote?')).toBe('What had the senator posted after the vote?');
    expect(questionOfRequest('which fees were cut by 10%')).toBe('which fees were cut by 10%');
  });

  it('reads "who is the source for X" and "according to whom did X say Y" as who said it, but not "the source for what X said"', () => {
    expect(questionOfRequest("who's the source for the mayor backing the levy?")).toBe('who said the mayor backing the levy?');
    expect(questionOfRequest('According to whom did the mayor say the levy would pass?')).toBe('who said the mayor said the levy would pass?');
    expect(questionOfRequest('who is the source for what the mayor said')).toBe('who is the source for what the mayor said');
  });

  it('reads "summarize X\'s comments on Y" as what X said about Y, and "name the city where…" as which city', () => {
    expect(questionOfRequest("summarize the mayor's comments on the levy")).toBe('what did the mayor say about the levy');
    expect(questionOfRequest('name the city where the two teams played')).toBe('which city where the two teams played');
    expect(questionOfRequest("what's the name of the town where the plant closed?")).toBe('which town where the plant closed?');
  });

  it('reads "what is being called X" as what is X, "who reported that…" as who said it, and "X\'s line on Y" as what X said about Y', () => {
    expect(questionOfRequest('what is being called "the heart of the plan"?')).toBe('what is "the heart of the plan"?');
    expect(questionOfRequest('what was called for')).toBe('what was called for');
    expect(questionOfRequest('who reported that the mayor wants a new levy?')).toBe('who said the mayor wants a new levy?');
    expect(questionOfRequest("the mayor's line on the levy")).toBe('what did the mayor say about the levy');
  });

  it('reads a request for the line that says X as X: every answer is a quoted sentence', () => {
    expect(questionOfRequest('quote where it says the council cut fees by 10 percent')).toBe('the council cut fees by 10%');
    expect(questionOfRequest('give me the line where the mayor says the levy must pass')).toBe('the mayor says the levy must pass');
    expect(questionOfRequest("what's the exact sentence mentioning the city's 2 million residents")).toBe("the city's 2 million residents");
    expect(questionOfRequest('when did the vote happen, quote me the line')).toBe('when did the vote happen');
    expect(questionOfRequest('quote what the article says about the levy')).toBe('what about the levy');
    // (Not "find the quote in which the mayor…": the words are what is asked.)
    expect(questionOfRequest('Find the quote in which the mayor ties the levy to the budget.')).not.toBe('the mayor ties the levy to the budget.');
  });

  it('drops how precisely a name or figure is asked for, but not of a date ("the exact date" asks for a day)', () => {
    expect(questionOfRequest('What is the exact name of the finance chair?')).toBe('What is the name of the finance chair?');
    expect(questionOfRequest('What exactly is the name of the policy the mayor kept?')).toBe('What is the policy the mayor kept?');
    expect(questionOfRequest('what was the exact date of the vote')).toBe('what was the exact date of the vote');
    expect(questionOfRequest('when exactly did the vote happen')).toBe('when exactly did the vote happen');
  });

  it('reads "who called who, was it A that reached out" as who started the call, with one party offered', () => {
    expect(questionOfRequest('who called who, was it the mayor that reached out?')).toBe('who initiated the call?');
    // (Two parties offered are read as the choice they are.)
    expect(questionOfRequest('Who rang who, did the mayor call the governor or did the governor call the mayor?')).toBe('who initiated the call, the mayor or the governor?');
    // (A guess that the answer settles still goes: "…, was it 10 percent?".)
    expect(questionOfRequest('By how much did the council cut fees, was it 10 percent?')).toBe('By how much did the council cut fees?');
  });

  it('reads "the figure given for X" as the figure for X', () => {
    expect(questionOfRequest('What is the exact population figure given for the city?')).toBe('What is the population figure for the city?');
  });

  it('reads "who described X as Y" as who said X is Y', () => {
    expect(questionOfRequest('who described the levy as unfair?')).toBe('who said the levy is unfair?');
  });

  it('reads a question after "so" or "wait" as from its start: "so who called who, did A or B…"', () => {
    expect(questionOfRequest('so who called who, did the mayor or the governor initiate it?')).toBe('who initiated the call, the mayor or the governor?');
  });

  it('reads "does X say it will V" as will X V, "is entitled to" and "has the sole right to" as may, "is currently serving as" as is', () => {
    expect(questionOfRequest('What kind of peace efforts does Beijing say it will back?')).toBe('What kind of peace efforts will Beijing back?');
    expect(questionOfRequest("Who alone is entitled to determine the island's future?")).toBe("Who may determine the island's future?");
    expect(questionOfRequest("who's entitled to decide taiwan's future")).toBe("who may decide taiwan's future");
    expect(questionOfRequest("Who holds the sole right to determine the island's future?")).toBe("Who may determine the island's future?");
    expect(questionOfRequest("who holds the exclusive prerogative to determine the island's future")).toBe("who may determine the island's future");
    expect(questionOfRequest('who has the power to decide')).toBe('who may decide');
    expect(questionOfRequest("Who is currently serving as Japan's prime minister?")).toBe("who is Japan's prime minister?");
  });

  it('spells out "FM" and short weekdays', () => {
    expect(questionOfRequest('china FM spokesman name')).toBe('what is the name of the china foreign ministry spokesman');
    expect(questionOfRequest('who did trump call mon')).toBe('who did trump call Monday');
  });

  it('reads "current ties" as the ties the article tells of', () => {
    expect(questionOfRequest('how would you describe current ties between china and japan')).toBe('how are ties between china and japan');
  });

  it('leaves words that only look like shorthand or interjections', () => {
    expect(questionOfRequest('what is the u.s. position')).toBe('what is the u.s. position');
    expect(questionOfRequest('wait times at the er')).toBe('wait times at the er');
    expect(questionOfRequest('does china like the deal')).toBe('does china like the deal');
    expect(questionOfRequest('what happened otherwise')).toBe('what happened otherwise');
    expect(questionOfRequest('who is in the report')).toBe('who is in the report');
    expect(questionOfRequest('what did the ministry say according to the spokesperson')).toBe('what did the ministry say according to the spokesperson');
  });
});

describe('sums written out in words', () => {
  it('writes "330 million dollars" with its sign, as news writes a sum', () => {
    expect(questionOfRequest('what is the 330 million dollar deal')).toBe('what is the $330 million deal');
    expect(questionOfRequest('was the package worth 330 million US dollars')).toBe('was the package worth $330 million');
    expect(questionOfRequest('how many dollars was the package')).toBe('how many dollars was the package');
  });

  it('then finds the sum without counting "dollar" as a word the text lacks', () => {
    const arms = buildQuestionIndex(knowledgeBase(ARMS));
    const result = arms.ask('what is in the 330 million dollar weapons deal', { article: 'arms-sale' });
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.why.join('; ')).not.toContain('"dollar"');
  });
});

describe('"where does X fit in"', () => {
  it('asks how a thing relates, not for a place', () => {
    expect(questionOfRequest('where does taiwan fit in the postwar order')).toBe('how does taiwan fit in the postwar order');
    expect(analyzeQuestion(questionOfRequest('where does japan fit into all this')).kind).not.toBe('place');
    expect(questionOfRequest('where did they meet')).toBe('where did they meet');
  });
});

describe('a story told before the question', () => {
  it('asks only the question in the last sentence after a story of its own', () => {
    expect(questionOfRequest("Someone in another channel was throwing around numbers about how many people live in Taiwan and it turned into a whole argument, so I'd like to settle it. How many residents does the island have?"))
      .toBe('How many residents does the island have?');
    // Even when the question points back into the story ("that package"): the story's words would outweigh it.
    expect(questionOfRequest('Related to the arms sale, I am a bit of a military aviation nerd so this part interests me most. What kind of equipment is included in that package?'))
      .toBe('What kind of equipment is included in that package?');
    // The last sentence may open with a preposition: "By how much…".
    expect(questionOfRequest('There was all that back-and-forth with tariffs earlier in the year, which hurt a lot of small businesses I know. By how much did Washington lower its tariffs?'))
      .toBe('By how much did Washington lower its tariffs?');
    // Or with where its answer is, or how exact it need be: "According to the report, …", "Roughly…".
    expect(questionOfRequest('It saddens me a little to see neighbors quarrel, and I remember warmer days. According to the report, how have ties between China and Japan fared?'))
      .toBe('how have ties between China and Japan fared?');
    expect(questionOfRequest('I have always thought of the town as small, though my neighbor insists it is quite big. Roughly how many people live there?'))
      .toBe('Roughly how many people live there?');
    // An aside at the end of the story is no aside after the question: "…, if I understood the article. What…?"
    expect(questionOfRequest('China seems to have taken the arms sale rather badly, if I understood the article. What did Beijing say the sale violated?'))
      .toBe('What did Beijing say the sale violated?');
    // The story ends at its sentence's end, not at a comma inside the question after it.
    expect(questionOfRequest("My brother-in-law the farmer would want the figures, and I promised to ask. How many tons, or how many dollars' worth, has China bought?"))
      .toBe("How many tons, or how many dollars' worth, has China bought?");
  });

  it('drops the asker\'s own story before a semicolon, but not a statement of the topic', () => {
    expect(questionOfRequest('My memory is not what it was and I keep mixing up the names; who chairs the water board?'))
      .toBe('who chairs the water board?');
    expect(questionOfRequest('The council approved a new stadium; how much will it cost?'))
      .toBe('The council approved a new stadium; how much will it cost?');
    // ("US" is the country, not the asker: "the US okayed a sale; how much…".)
    expect(questionOfRequest('The US okayed a weapons sale; how much is it worth?')).toContain('weapons sale;');
  });

  it('finds the question after "but" when it opens with a preposition, and after a polite request in a long story', () => {
    expect(questionOfRequest('My late husband always kept track of these things, so forgive me, but on which day did the storm reach the coast?'))
      .toBe('on which day did the storm reach the coast?');
    expect(questionOfRequest('I read about the storm on the radio and then again in the paper over my morning tea in the garden, and I would be most grateful if you could remind me which towns were flooded that night?'))
      .toBe('which towns were flooded that night?');
  });

  it('reads a long, polite question from its own question word, past the asker\'s musings', () => {
    expect(questionOfRequest('My late husband always said the weather matters in politics, silly as that sounds, so I am curious, on what day did the storm reach the coast?'))
      .toBe('on what day did the storm reach the coast?');
    expect(questionOfRequest('Having spent thirty years on the council I know how these things go, so I wonder, did the mayor say anything about the budget?'))
      .toBe('did the mayor say anything about the budget?');
    expect(questionOfRequest('I am not good with names these days, so would you be so kind as to tell me the name of the harbour master?'))
      .toBe('what is the name of the harbour master?');
    expect(questionOfRequest('I used to sail there years ago, and I would like to ask how bad the flooding has become according to the report?'))
      .toBe('how bad the flooding has become?');
    expect(questionOfRequest('Just to help me understand the bigger picture, as I am no expert, how many homes were flooded?'))
      .toBe('how many homes were flooded?');
    expect(questionOfRequest('Out of interest, and pardon my rambling, how did the council pay for the repairs?'))
      .toBe('how did the council pay for the repairs?');
    // (An aside after a comma is no afterthought when the question still follows: "…, as I am slow with
    // such language, so in what manner did…".)
    expect(questionOfRequest('I found one phrase puzzling and would appreciate your help, as I am a bit slow with legal language, so in what manner did the court rule?'))
      .toBe('how did the court rule?');
  });

  it('finds the question after a polite request that follows the story ("…, so could you tell me what…")', () => {
    expect(questionOfRequest('My late husband followed the council closely and I try to keep up in his memory, so I would be grateful if you could tell me which streets the council closed?'))
      .toBe('which streets the council closed?');
    expect(questionOfRequest('My nephew asked me about the flood defences, so might you tell me what kind of barrier the town built?'))
      .toBe('what kind of barrier the town built?');
    // ("…but did not have my glasses": a statement goes on after "but", no question.)
    expect(questionOfRequest('I saw a headline about the flood but did not have my glasses, so could you tell me the cost of the new barrier?'))
      .toBe('what is the cost of the new barrier?');
    // ("…according to this piece": the article itself, which the question does not point back to.)
    expect(questionOfRequest('Just out of interest, as I like to have my facts straight when I write to the paper, roughly how many people live in the town according to this piece?'))
      .toBe('roughly how many people live in the town?');
  });

  it('drops "according to the report" and "the article about …" as where the answer is, not what it holds', () => {
    expect(questionOfRequest('how many people live in the town according to the article about the flood?')).toBe('how many people live in the town?');
    expect(questionOfRequest('how does the news report describe the mayor?')).toBe('the mayor?');
  });

  it('drops a lead-in when the "he" of the question stands for someone the question itself names', () => {
    expect(questionOfRequest('I found one remark a bit puzzling: how did Mayor Petrov say the plan would be paid for, and did he name a date?'))
      .toBe('how did Mayor Petrov say the plan would be paid for, and did he name a date?');
    expect(questionOfRequest('Petrov brought up the budget - what was his point?')).toBe('Petrov brought up the budget - what was his point?');
  });

  it('does not split at the full stop of an abbreviation, nor drop a short sentence the question leans on', () => {
    expect(questionOfRequest('Since the Busan summit, what has China resumed buying from the United States, and what did the U.S. do on tariffs in return?'))
      .toBe('Since the Busan summit, what has China resumed buying from the United States, and what did the U.S. do on tariffs in return?');
    expect(questionOfRequest('Xi spoke of the war. What did he say about it?')).toBe('Xi spoke of the war. What did he say about it?');
  });

  it('finds the answer the story would have drowned', () => {
    const arms = buildQuestionIndex(knowledgeBase(ARMS));
    const result = arms.ask('I saw a headline about weapons sales to Taiwan but did not click through because of a paywall, and my whole group chat has been guessing ever since. How much was the arms package worth?', { article: 'arms-sale' });
    expect(result.answers[0]?.why[0]).toContain('$330 million');
  });
});

describe('terse commands', () => {
  it('reads "give date of busan summit" as asking for the date, though the command drops its article', () => {
    expect(questionOfRequest('give date of busan summit')).toBe('what is date of busan summit');
    expect(questionOfRequest('give the date of the call')).toBe('what is the date of the call');
  });
});

describe('a clause of context after the question', () => {
  it('reads ", given its ties to Washington" as context, not "given" as an event the answer must tell', () => {
    expect(questionOfRequest("Why would Xi be worried about Japan's position given its ties to Washington?")).toBe("Why would Xi be worried about Japan's position, with its ties to Washington?");
    expect(questionOfRequest('what was given to taiwan')).toBe('what was given to taiwan');
  });
});

describe('where something told came from, and its sum in dollars', () => {
  it('reads "where did the account come from" as asking for its source, but not "where did the leaders come from"', () => {
    expect(questionOfRequest('where did the most detailed account of the call come from')).toBe('who is the source of the most detailed account of the call');
    expect(questionOfRequest('where did the leaders come from')).toBe('where did the leaders come from');
  });

  it('drops ", in dollars," inside the question as well as at its end', () => {
    expect(questionOfRequest('How big, in dollars, was the weapons sale?')).toBe('How big was the weapons sale?');
  });
});

describe('making something public', () => {
  it('reads "who made the arms deal public" as who announced it', () => {
    expect(questionOfRequest('Who made the arms deal public?')).toBe('Who announced the arms deal?');
    expect(questionOfRequest('who is making the news public')).toBe('who is announcing the news');
  });
});

describe('a message of two questions', () => {
  it('splits two questions after a comma, each opening with its interrogative', () => {
    expect(twoQuestions("whats the point of the busan meeting, why'd they meet")).toEqual(['whats the point of the busan meeting', "why'd they meet"]);
    expect(twoQuestions('How did Taiwan learn of it, and who announced it?')).toEqual(['How did Taiwan learn of it', 'who announced it?']);
    // (A source told first is both questions'; "roughly" only says how the second is asked.)
    expect(twoQuestions("According to Taiwan's government, who may decide its future, and roughly how many live there?")).toEqual([
      "According to Taiwan's government, who may decide its future",
      "According to Taiwan's government, how many live there?",
    ]);
    // (Or after "and" alone, where a question word opens the second.)
    expect(twoQuestions('Who is the harbour master and what did she say about the flood?')).toEqual(['Who is the harbour master', 'what did she say about the flood?']);
  });

  it('leaves one question whole: a lead-in, a yes/no restatement, or a single question', () => {
    expect(twoQuestions('According to Xi, what did the two nations do?')).toBeNull();
    expect(twoQuestions('who called who, did trump or xi start it')).toBeNull();
    expect(twoQuestions('what did xi say about taiwan')).toBeNull();
    expect(twoQuestions('what did the mayor and the council agree')).toBeNull();
  });
});

describe('yes/no questions asked in the negative', () => {
  it('reads "wasn\'t it…", "isn\'t…", "didn\'t…" as the positive question they expect yes to', () => {
    expect(questionOfRequest("Wasn't it the mayor who proposed the levy?")).toBe('did the mayor proposed the levy?');
    expect(questionOfRequest("Isn't Ana Ruiz the spokesperson?")).toBe('Is Ana Ruiz the spokesperson?');
    expect(questionOfRequest('didnt the council vote on tuesday')).toBe('did the council vote on tuesday');
    expect(questionOfRequest("won't the port reopen")).toBe('will the port reopen');
    expect(questionOfRequest("so, can't the union strike again?")).toBe('can the union strike again?');
  });

  it('leaves a negative inside the question alone', () => {
    expect(questionOfRequest("why didn't the mayor sign the bill")).toBe("why didn't the mayor sign the bill");
  });
});

describe('casual words for a person', () => {
  it('drops "guy", "lady" after what describes the person', () => {
    expect(questionOfRequest("what's the name of that union spokesperson guy?")).toBe("what's the name of that union spokesperson?");
    expect(questionOfRequest('whats the name of the prime minister lady')).toBe('whats the name of the prime minister');
  });

  it('keeps them where they are the only word for the person', () => {
    expect(questionOfRequest('who is that guy')).toBe('who is that guy');
    expect(questionOfRequest('what did the guy from the union say')).toBe('what did the guy from the union say');
  });
});

describe('the word the article uses', () => {
  it('reads "what word does the article use for X", "which adverb describes X" as how the article describes X', () => {
    expect(questionOfRequest('What word does the article use to describe the union\'s protest?')).toBe("the union's protest?");
    expect(questionOfRequest('Which adverb describes how the council voted?')).toBe('how the council voted?');
  });
});

describe('"anything of substance"', () => {
  it('reads the idiom as anything that matters, not as the details the text may say were not given', () => {
    expect(questionOfRequest('did the mayor say anything of substance about the budget')).toBe('did the mayor say anything about the budget');
    expect(questionOfRequest('what did the mayor reveal about the substance of the talks')).toBe('what did the mayor reveal about the substance of the talks');
  });
});

describe('a word typed as it sounds', () => {
  it('reads "day of the weak" as the day of the week, the one thing the phrase can mean', () => {
    expect(questionOfRequest('what day of the weak did the council meet')).toBe('what day of the week did the council meet');
    expect(questionOfRequest('is the council weak')).toBe('is the council weak');
  });
});

describe('chat shorthand', () => {
  it('spells out "imp" as important', () => {
    expect(questionOfRequest('is the port an imp trade partner')).toBe('is the port an important trade partner');
  });
});

describe('prepositions of time in other words', () => {
  it('reads "following", "in the wake of", "prior to" as after and before', () => {
    expect(questionOfRequest("how much did fares rise following the council's vote")).toBe("how much did fares rise after the council's vote");
    expect(questionOfRequest('what happened in the wake of the strike')).toBe('what happened after the strike');
    expect(questionOfRequest('what did the union do prior to the vote')).toBe('what did the union do before the vote');
    expect(questionOfRequest('when was the strike preceding the vote')).toBe('when was the strike before the vote');
    // (Not "the preceding day", which has no event after it.)
    expect(questionOfRequest('what happened on the preceding day')).toBe('what happened on the preceding day');
    // A clause saying which came first: "the strike that preceded the vote" is the strike before it.
    expect(questionOfRequest('when was the strike that preceded the vote')).toBe('when was the strike before the vote');
    expect(questionOfRequest('what did the deal which followed the strike cover')).toBe('what did the deal after the strike cover');
  });

  it('leaves the verb "following" alone', () => {
    expect(questionOfRequest('who is following the talks')).toBe('who is following the talks');
    expect(questionOfRequest('they kept following the news')).toBe('they kept following the news');
  });
});

describe('which of two came first', () => {
  it('reads "which came first, X or Y" as whether X happened before Y (and "which came later" as after)', () => {
    expect(questionOfRequest('Which came first, the council vote or the strike?')).toBe('did the council vote happen before the strike?');
    expect(questionOfRequest('which happened later: the strike or the vote')).toBe('did the strike happen after the vote');
  });

  it('leaves "which … first" that asks for something else alone', () => {
    expect(questionOfRequest('which team scored first')).toBe('which team scored first');
  });
});

describe('how the article writes of the answer', () => {
  it('reads "which <adjective> <kind> is described as" as which one it is', () => {
    expect(questionOfRequest('which european country is described as a key ally')).toBe('which european country is a key ally');
    expect(questionOfRequest('which city is named as the host')).toBe('which city is the host');
  });
});

describe('numbers written in words', () => {
  it('writes a number of ten or more, or one before a scale, in the digits news uses', () => {
    expect(questionOfRequest('was the contract worth three hundred thirty million dollars')).toBe('was the contract worth $330 million');
    expect(questionOfRequest('do twenty-three thousand people live there')).toBe('do 23000 people live there');
    expect(questionOfRequest('did the fund reach three point five billion')).toBe('did the fund reach 3.5 billion');
    expect(questionOfRequest('what did the three-hundred-million-dollar deal include')).toBe('what did the $300 million deal include');
  });

  it('leaves one to nine standing alone, and a scale with no number, as words, as news writes them', () => {
    expect(questionOfRequest('what did the two leaders discuss')).toBe('what did the two leaders discuss');
    expect(questionOfRequest('what is the one-China principle')).toBe('what is the one-China principle');
    expect(questionOfRequest('did it take a hundred days')).toBe('did it take a hundred days');
  });
});

describe('headline-style keywords', () => {
  it('reads "X day of week", "X stance on Y" as the question they stand for', () => {
    expect(questionOfRequest('Trump-Xi call day of week?')).toBe('what day of the week was the Trump-Xi call?');
    expect(questionOfRequest('Taipei stance on Beijing sovereignty claim')).toBe("what is Taipei's position on Beijing sovereignty claim");
    expect(questionOfRequest('Beijing line on the arms sale')).toBe("what is Beijing's position on the arms sale");
    expect(questionOfRequest('trump remarks on taiwan during call')).toBe('what did trump say about taiwan during call');
    expect(questionOfRequest("Takaichi's comments about Taiwan")).toBe('what did Takaichi say about Taiwan');
    // (Not a question that has its own form: "what is the US stance on…" stays.)
    expect(questionOfRequest('what is the US stance on Taiwan')).toBe('what is the US stance on Taiwan');
  });

  it('reads "what name does the article give to X" as the name of X', () => {
    expect(questionOfRequest('What name does the article give to the rule the board adopted?')).toBe('what is the name of the rule the board adopted?');
  });
});

describe('what is asked put last, after a comma', () => {
  it('puts "how big", "when", "who" back in front of what they ask about', () => {
    expect(questionOfRequest('the fare increase, how big?')).toBe('how big is the fare increase?');
    expect(questionOfRequest("the mayor's veto, when?")).toBe("when the mayor's veto?");
    expect(questionOfRequest('approved the new budget, who?')).toBe('who approved the new budget?');
  });

  it('reads ", exact date?" as asking for the date, as exactly as it was asked', () => {
    expect(questionOfRequest("the governor's remarks, exact date?")).toBe("what was the exact date of the governor's remarks?");
  });

  it('leaves a question asked in place, without a comma, as it stands', () => {
    expect(questionOfRequest('The mayor said what?')).toBe('The mayor said what?');
    expect(questionOfRequest('how big was it, really?')).toBe('how big was it, really?');
  });
});

describe('readings of session 39: filler, dictation, word order of other languages, idioms', () => {
  it('drops a lead-in of filler words alone, though the question ends pointing back ("so like, … between them?")', () => {
    expect(questionOfRequest('so like, who put out the most thorough rundown of what got said between them?')).toBe('who released the most detailed rundown of what got said between them?');
    expect(questionOfRequest("like what was Xi's take on the war?")).toBe("what was Xi's view on the war?");
    // (Names before the comma are what the pronoun points back to: they stay.)
    expect(questionOfRequest('Xi and Trump, what did they say about it?')).toBe('Xi and Trump, what did they say about it?');
  });

  it('reads "the folks running things in X" as its government, "DC" as Washington, "the 2 of them" as they', () => {
    expect(questionOfRequest('according to the folks running things in taipei who decides')).toBe('according to the government of taipei who decides');
    expect(questionOfRequest("what's DC pushing taipei to do")).toBe("what's Washington pushing taipei to do");
    expect(questionOfRequest('when did the 2 of them last meet')).toBe('when did they last meet');
  });

  it('drops "is there any indication of" before the question it asks, and reads a figure "cited" as given', () => {
    expect(questionOfRequest('Is there any indication of how Tokyo responded?')).toBe('how Tokyo responded?');
    expect(questionOfRequest('what headcount does Taipei cite for the residents')).toBe('what headcount does Taipei give for the residents');
    expect(questionOfRequest('what figure did the ministry quote for the sale')).toBe('what figure did the ministry give for the sale');
    // (Not an event that is citing: "who did the court cite".)
    expect(questionOfRequest('which ruling did the court cite')).toBe('which ruling did the court cite');
  });

  it('reads a German-order passive ("Became Ukraine … discussed?") as English "was … discussed"', () => {
    expect(questionOfRequest('Became Ukraine also in the call discussed?')).toBe('was Ukraine in the call discussed?');
    expect(questionOfRequest('when became Xi president')).toBe('when became Xi president');
  });

  it('reads idioms as news tells them: keeping secret, the final call, on the horn together, the fullest play-by-play', () => {
    expect(questionOfRequest('what does trump keep quiet about')).toBe('what does trump decline to say');
    expect(questionOfRequest("who gets to make the final call on the island's future")).toBe("who may decide the island's future");
    expect(questionOfRequest('which two leaders got on the horn together')).toBe('which two leaders held a phone call together');
    expect(questionOfRequest('whose side put out the fullest play-by-play')).toBe('whose side released the most detailed play-by-play');
  });

  it('reads "go back to buying" as resuming it, but "going back to Beijing" as returning there', () => {
    expect(questionOfRequest('what crop did china go back to buying')).toBe('what crop did china resumed buying');
    expect(questionOfRequest('what did xi say about the island going back to beijing')).toBe('what did xi say about the island returning to beijing');
  });
});

describe('readings of session 39: a story before the question, endearments, Indian, French and jargon wordings', () => {
  it('drops a short story sentence before the question when the question does not point back into it', () => {
    expect(questionOfRequest('I keep a little calendar on the fridge for everything. When did Trump and Xi meet in Busan, dear?')).toBe('When did Trump and Xi meet in Busan?');
    expect(questionOfRequest("I always thought America had decided who Taiwan belongs to, but maybe I'm wrong. Does the U.S. have an official stance?")).toBe('Does the U.S. have an official stance?');
    // (A question that points back keeps the sentence it points to.)
    expect(questionOfRequest('Xi spoke of the war. What did he say about it?')).toBe('Xi spoke of the war. What did he say about it?');
  });

  it('drops a word of endearment and "if you please" around the question', () => {
    expect(questionOfRequest('Anyway, dear, what subjects did they discuss?')).toBe('what subjects did they discuss?');
    expect(questionOfRequest('By how much did America cut tariffs, if you please?')).toBe('By how much did America cut tariffs');
  });

  it('reads Indian English "kindly tell", "good name", and the French cleft "since when is it that"', () => {
    expect(questionOfRequest('Kindly tell me who protested the sale')).toBe('who protested the sale');
    expect(questionOfRequest('Why is Beijing upset, kindly explain?')).toBe('Why is Beijing upset');
    expect(questionOfRequest('What is the good name of the spokesperson?')).toBe('What is the name of the spokesperson?');
    expect(questionOfRequest('Since when is it that China buys soybeans')).toBe('Since when China buys soybeans');
    expect(questionOfRequest('who is it who protested the sale')).toBe('who protested the sale');
    expect(questionOfRequest("Correct that Tokyo's premier hinted at a response?")).toBe("does Tokyo's premier hinted at a response?");
  });

  it('reads "where X goes from here" as its future, "chiefs of state" as leaders, "kinetic" as military, "wound down" as ended, "tight-lipped" as declining to say', () => {
    expect(questionOfRequest('who gets to choose where the island goes from here')).toBe('who may choose the future of the island');
    expect(questionOfRequest('Which matters had the two chiefs of state discussed?')).toBe('Which matters had the two leaders discussed?');
    expect(questionOfRequest('Which Japanese leader floated a kinetic response?')).toBe('Which Japanese leader floated a military response?');
    expect(questionOfRequest('How does Xi want the fighting wound down?')).toBe('How does Xi want the fighting ended?');
    expect(questionOfRequest('did the ministry stay tight-lipped about it')).toBe('did the ministry decline to say it');
    expect(questionOfRequest('what has to be respected')).toBe('what must be respected');
  });
});

describe('readings of session 39, third round: the start of the week, "ok\'ing", "ought to have the final say", "in practice"', () => {
  it('reads them as news words', () => {
    expect(questionOfRequest('Which two leaders spoke at the start of the week?')).toBe('Which two leaders spoke on Monday?');
    expect(questionOfRequest("how did beijing react to the us ok'ing weapons for taiwan")).toBe('how did beijing react to the us approving weapons for taiwan');
    expect(questionOfRequest("Who does Taipei reckon ought to have the final say over the island's fate?")).toBe("Who does Taipei reckon ought to decide the island's fate?");
    expect(questionOfRequest('What does strategic ambiguity mean in practice?')).toBe('What does strategic ambiguity mean?');
    expect(questionOfRequest('Weapon deal cost how many dollar?')).toBe('Weapon deal cost how many dollars?');
  });
});

describe('readings of session 39, fourth round: Australian and British slang', () => {
  it('reads "let on" as reveal, "went on record" as said, "splash more cash on" as spend more on, "goes pear-shaped" as a conflict', () => {
    expect(questionOfRequest('How much did Washington let on about the call?')).toBe('How much did Washington reveal about the call?');
    expect(questionOfRequest('Which spokesman went on record about the deal?')).toBe('Which spokesman said about the deal?');
    expect(questionOfRequest('Has Washington pushed Taipei to splash more cash on defence?')).toBe('Has Washington pushed Taipei to spend more on defence?');
    expect(questionOfRequest('would he send troops if it all goes pear-shaped')).toBe('would he send troops if a conflict breaks out');
  });
});

describe('a saying reported by another', () => {
  it('reads "what did the ministry say Xi emphasized" as what Xi emphasized, according to the ministry', () => {
    expect(questionOfRequest('What did the ministry say Xi emphasized about Taiwan?')).toBe('what did Xi emphasize about Taiwan?');
    expect(questionOfRequest('what did officials say he stressed')).toBe('what did he stress');
    // (Not a question about the saying alone.)
    expect(questionOfRequest('what did the ministry say about Taiwan')).toBe('what did the ministry say about Taiwan');
  });
});

describe('a person\'s age asked in keywords', () => {
  it('reads "kessler age" and "age of the neurologist" as how old the person is, not a question that asks otherwise', () => {
    expect(questionOfRequest('kessler age')).toBe('how old is kessler');
    expect(questionOfRequest('age of the neurologist')).toBe('how old is the neurologist');
    expect(questionOfRequest("what is kessler's age")).toBe("what is kessler's age");
  });
});

describe('readings of session 39, fifth round: a clause of time first, "lately", "ratcheting up"', () => {
  it('puts the question before a clause of time that opens it, so that it is no "when" question', () => {
    expect(questionOfRequest('When Trump and Xi spoke by phone on Monday, what topics did the call cover?')).toBe('what topics did the call cover, when Trump and Xi held a phone call on Monday?');
    expect(questionOfRequest('When did they meet, and where?')).toBe('When did they meet, and where?');
  });

  it('drops "lately" or "at the moment" at the end, and reads "ratcheting up" as escalating', () => {
    expect(questionOfRequest('Why has Beijing been fuming at Tokyo lately?')).toBe('Why has Beijing been fuming at Tokyo?');
    expect(questionOfRequest('why is China cross with Tokyo at the moment')).toBe('why is China cross with Tokyo');
    expect(questionOfRequest('how long had they been ratcheting up tariffs')).toBe('how long had they been escalating tariffs');
  });
});

describe('"quote X on Y"', () => {
  it('asks what X said about Y, but not "quote the line about…"', () => {
    expect(questionOfRequest('quote Lin Jian on the arms sale')).toBe('what did Lin Jian say about the arms sale');
    expect(questionOfRequest('quote the line about tariffs')).toBe('quote the line about tariffs');
  });
});

describe('readings of session 40, first round: formal passives, quiz labels, Spanish order', () => {
  it('reads "in the course of" as during, and "as given in the report" as the article itself', () => {
    expect(questionOfRequest('Which subjects were addressed in the course of the conversation?')).toBe('Which subjects were addressed during the conversation?');
    expect(questionOfRequest('What is the population of Taiwan as given in the report?')).toBe('What is the population of Taiwan?');
  });

  it('tells a statement named by its noun with its verb: "who made the suggestion that…" asks who suggested it', () => {
    expect(questionOfRequest('By whom was the suggestion made that an attack could prompt a response?')).toBe('who suggested that an attack could prompt a response?');
    expect(questionOfRequest('Who made the claim that the deal was illegal?')).toBe('who said the deal was illegal?');
  });

  it('puts "which" first in a question that opens with what it asks about ("the resumption of which purchases…")', () => {
    expect(questionOfRequest('The resumption of which purchases has been reported since the summit?')).toBe('which purchases has been reported since the summit, the resumption?');
    expect(questionOfRequest('Of the violation of which principle was the sale accused by China?')).toBe('which principle was the sale accused by China, of the violation?');
  });

  it('asks how a party responded for "what was the reaction of X to…", so the response must be X\'s', () => {
    expect(questionOfRequest('what was the reaction of Beijing to the arms sale')).toBe('how did Beijing respond to the arms sale');
    expect(questionOfRequest("What response was issued by the Japanese government to Xi's remarks?")).toBe("how did the Japanese government respond to Xi's remarks?");
    expect(questionOfRequest('what reply did Japan give to the remarks')).toBe('how did Japan respond to the remarks');
  });

  it('reads "true or false:" as a yes/no claim, and drops a reflexive that only stresses the subject', () => {
    expect(questionOfRequest('True or false: the ministry shared details')).toBe('does the ministry shared details');
    expect(questionOfRequest('did trump himself say anything about the call')).toBe('did trump say anything about the call');
    expect(questionOfRequest('Did Xi describe himself as a friend')).toBe('Did Xi describe himself as a friend');
  });

  it('reads "what is what said Xi", "where\'s China at on…", "what was the X line about", "what were X\'s remarks about"', () => {
    expect(questionOfRequest('what is what said Xi about Taiwan')).toBe('what did Xi say about Taiwan');
    expect(questionOfRequest('wheres china at on ending the war')).toBe('where does china stand on ending the war');
    expect(questionOfRequest("what was the 'shoulder to shoulder' line about")).toBe("what is meant by 'shoulder to shoulder'");
    expect(questionOfRequest("what were Takaichi's remarks about")).toBe('what did Takaichi say');
    // (Remarks of no one named: what they were about is asked.)
    expect(questionOfRequest('what were the remarks about')).toBe('what were the remarks about');
  });
});

describe('readings of session 40, second round: Italian order, titles, headlines, "one"', () => {
  it('reads Italian and Romance word order as English asks it', () => {
    expect(questionOfRequest('is true that china has started again to buy soybeans?')).toBe('does china has started again to buy soybeans?');
    expect(questionOfRequest('the japanese prime minister, how is called?')).toBe('what is the name of the japanese prime minister?');
    expect(questionOfRequest('how is called the president of taiwan now?')).toBe('what is the name of the president of taiwan now?');
    expect(questionOfRequest('what has said Trump to Xi about ukraine?')).toBe('what has Trump said to Xi about ukraine?');
    expect(questionOfRequest('what there is inside the weapons package, are only missiles?')).toBe('what is in the weapons package?');
  });

  it('asks who a person is for their title or job, but not for a place\'s role', () => {
    expect(questionOfRequest('whats xi jinpings official title in this')).toBe('who is xi jinping');
    expect(questionOfRequest("what's takaichi's job title")).toBe('who is takaichi');
    expect(questionOfRequest("what is China's role")).toBe("what is China's role");
    expect(questionOfRequest('what is in this')).toBe('what is in this');
  });

  it('reads a headline\'s question after a dash: "Trump-Xi call — what day?", "— how many?", "— exact wording?"', () => {
    expect(questionOfRequest('Trump-Xi phone call — what day?')).toBe('what was the date of Trump-Xi phone call?');
    expect(questionOfRequest('Taiwan population per Taipei — how many?')).toBe('how many is Taiwan population per Taipei?');
    expect(questionOfRequest('Xi on state of ties since Busan — exact wording?')).toBe('Xi on state of ties since Busan?');
    expect(questionOfRequest('Ukraine on the agenda too?')).toBe('was Ukraine discussed too?');
    expect(questionOfRequest('what was on the agenda')).toBe('what was on the agenda');
  });

  it('drops "one" standing for a noun, and "described as" after "whose"', () => {
    expect(questionOfRequest('whose account of the call is described as the "most detailed" one?')).toBe('whose account of the call is the "most detailed" ?');
    expect(questionOfRequest("what is one of Washington's partners")).toBe("what is one of Washington's partners");
  });
});

describe('readings of session 40, third round: quiz labels, a kind after the question, a clause in the present', () => {
  it('drops a quiz label and asks for the things counted in "… covered three topics — name all three"', () => {
    expect(questionOfRequest('Trivia round: the call covered three topics — name all three')).toBe('what are the three topics the call covered');
    expect(questionOfRequest('Question 3: who protested the arms sale')).toBe('who protested the arms sale');
    // (Not a headline's subject before a colon.)
    expect(questionOfRequest('Taiwan population: how many?')).toBe('how many is Taiwan population?');
  });

  it('drops a closing ", dollar amount" after a whole question, but reads "arms sale, date?" as asking the date', () => {
    expect(questionOfRequest('how big was the arms deal for taiwan, dollar amount')).toBe('how big was the arms deal for taiwan');
    expect(questionOfRequest('when did they meet, exact date?')).toBe('when did they meet?');
    expect(questionOfRequest('arms sale, date?')).toBe('what was the date of arms sale?');
  });

  it('puts the question first after a clause of time in the present ("when they make the call, which day?")', () => {
    expect(questionOfRequest('when they make the call, which day?')).toBe('which day, when they make the call?');
  });
});

describe('readings of session 40, fourth round: a rambling reader\'s asides, stories and guesses', () => {
  it('drops an aside after a whole question: a guess asked again, the asker\'s own story, "roughly"', () => {
    expect(questionOfRequest('How many folks live on Taiwan, roughly, I always thought it was a little island?')).toBe('How many people live on Taiwan?');
    expect(questionOfRequest("What's actually in that arms package for Taiwan, is it tanks or ships or what, my grandson is into airplanes?")).toBe("What's actually in that arms package for Taiwan?");
    // (A second question is no aside.)
    expect(questionOfRequest('Did Washington acknowledge that the leaders had spoken, and did it share any specifics?')).toBe('Did Washington acknowledge that the leaders had spoken, and did it share any specifics?');
  });

  it('drops a guess set off inside the question, and the asker\'s story before it unless the question points back into it', () => {
    expect(questionOfRequest("Which side, and I'm guessing it wasn't ours, put out the most thorough write-up?")).toBe('Which side released the most thorough write-up?');
    expect(questionOfRequest("I was at my granddaughter's recital so I missed it, what day of the week did the call happen?")).toBe('what day of the week did the call happen?');
    expect(questionOfRequest('I heard Xi said something about the two nations battling fascism together, what was that?')).toBe('I heard Xi said something about the two nations battling fascism together, what was that?');
  });

  it('asks the name of the one described before "what\'s her name", and reads "these two" before a verb as they', () => {
    expect(questionOfRequest("That Japanese prime minister who's got Beijing all riled up, the lady, what's her name again?")).toBe("what is the name of That Japanese prime minister who's upset Beijing?");
    expect(questionOfRequest('what subjects did these two cover on that call?')).toBe('what subjects did they cover on that call?');
    expect(questionOfRequest('did these two leaders meet')).toBe('did these two leaders meet');
    expect(questionOfRequest('who actually called who')).toBe('who initiated the call');
  });

  it('reads "make" with a made thing as manufacture, not as a light verb ("make a call", "made it public")', () => {
    expect(questionOfRequest('who makes the fighter jet parts')).toBe('who manufactures the fighter jet parts');
    expect(questionOfRequest('who made the phone call')).toBe('who made the phone call');
    expect(questionOfRequest('Who made the arms deal public?')).toBe('Who announced the arms deal?');
  });
});

describe('readings of session 40, fifth round: Portuguese order, the owner of a place', () => {
  it('reads "how much is the value of X" as what its value is, and "who is the owner of X" as who owns it', () => {
    expect(questionOfRequest('how much is the value of the arms package?')).toBe('what is the value of the arms package?');
    expect(questionOfRequest('who is the owner of taiwan')).toBe('who owns taiwan');
    expect(questionOfRequest('what is the position of the US about who is the owner of taiwan?')).toBe('what is the position of the US about sovereignty over taiwan?');
  });
});

describe('readings of session 40, sixth round: Korean and Chinese English', () => {
  it('puts in the article before a role, and the auxiliary before a named subject, that English needs', () => {
    expect(questionOfRequest('who is white house official that confirm call')).toBe('who is the white house official that confirm call');
    expect(questionOfRequest('who is xi')).toBe('who is xi');
    expect(questionOfRequest('how much tarif US cut')).toBe('how much tarif did US cut');
    expect(questionOfRequest('how many board members wanted a cut')).toBe('how many board members wanted a cut');
  });
});

describe('readings of session 40, seventh round', () => {
  it('reads "is China back to buying…" as resumed, and drops a closing "for our notes"', () => {
    expect(questionOfRequest('is china back to buying american soy')).toBe('has china resumed buying american soy');
    expect(questionOfRequest('is china back to normal')).toBe('is china back to normal');
    expect(questionOfRequest('what were the main topics in the trump xi call, for our notes')).toBe('what were the main topics in the trump xi call');
  });
});

describe('readings of session 40, eighth round', () => {
  it('drops a closing "if I may ask" and a guess tagged "…, it was Seoul, wasn\'t it?"', () => {
    expect(questionOfRequest('Who is Lin Jian, if I may ask?')).toBe('Who is Lin Jian?');
    expect(questionOfRequest('where did trump and xi meet before this call, it was seoul wasnt it?')).toBe('where did trump and xi meet before this call?');
  });
});

describe('readings of session 40, ninth round', () => {
  it('reads "sed" as said, and "what\'s that official\'s name" as the name of the one described', () => {
    expect(questionOfRequest('who sed "deplores and opposes"?')).toBe('who said "deplores and opposes"?');
    expect(questionOfRequest("what's the spokesperson's name")).toBe('what is the name of the spokesperson');
    expect(questionOfRequest("what's xi's name")).toBe("what's xi's name");
  });
});
