import { describe, expect, it } from 'vitest';
import { buildQuestionIndex } from '../../src/search/index.ts';
import { precise } from '../../src/search/ranking/answer-checks.ts';
import { isKnownPlace, regionMembers } from '../../src/search/lexicon/places.ts';
import { article, knowledgeBase } from './fixtures.ts';

// A merger story: the vote's date is told with the meeting it is held at; a quoted official's
// title carries the name of a state that is also where the plant stands.
const MERGER = article('grocer-merger', 'Harvest Pantry to buy FreshWay', [
  'Harvest Pantry agreed on Monday to buy rival grocer FreshWay for $1.9 billion.',
  'FreshWay shareholders will vote on the deal at a special meeting on Feb. 26.',
  'The deal followed talks between the two chains in Columbus on Oct. 30, people familiar with the matter said.',
  'Harvest Pantry will close a distribution plant in Ohio next year.',
  '"We will hold them to every promise," said Ohio Lt. Gov. Ellen Marsh.',
]);
const SPEAKERS = { speakers: [{ id: 'ellen-marsh', name: 'Ellen Marsh', kind: 'person' as const, aliases: ['Ohio Lt. Gov. Ellen Marsh', 'Marsh'] }] };

describe('dates of events told at an occasion, and places named in a title', () => {
  const index = buildQuestionIndex(knowledgeBase({ ...MERGER, ...SPEAKERS }));

  it('dates an event by the meeting it is held at: "will vote … at a special meeting on Feb. 26"', () => {
    const result = index.ask('when will freshway shareholders vote on the deal');
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
    expect(result.answers[0]?.why.join('; ')).toContain('Feb. 26');
  });

  it('still does not date an event by another one it followed', () => {
    expect(index.ask('when was the deal agreed').answers[0]?.why.join('; ') ?? '').not.toContain('Oct. 30');
  });

  it('keeps a place written before a quoted official\'s title a place: "a plant in Ohio", "Ohio Lt. Gov. Ellen Marsh"', () => {
    const result = index.ask('where is the distribution plant');
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(4);
    expect(result.answers[0]?.why.join('; ')).toContain('Ohio');
  });
});

// A launch failure: what is to come is told as a time from now; a count is followed by its year.
const LAUNCH = article('launch-failure', 'Rocket explodes after liftoff', [
  'A Kestrel rocket exploded two minutes after liftoff on Monday, Brightwater Launch said.',
  'Brightwater said it would publish a preliminary report within 30 days.',
  'The company\'s reading program drew more than 1,400 children last year.',
]);

describe('answers told around the event', () => {
  const index = buildQuestionIndex(knowledgeBase(LAUNCH));

  it('answers "when will…" with a time from now: "within 30 days"', () => {
    const result = index.ask('when will brightwater publish its preliminary report');
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.why.join('; ')).toContain('within 30 days'.replace('within ', ''));
  });

  it('does not answer "when did…" with a time from now', () => {
    expect(index.ask('when did brightwater publish its report').answers[0]?.why.join('; ') ?? '').not.toContain('30 days');
  });

  it('counts what a number stands before, though a time follows it: "1,400 children last year"', () => {
    const result = index.ask('how many children took part in the reading program');
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.why.join('; ')).toContain('1,400');
  });
});


describe('"which" with a noun that may also be a verb', () => {
  const SEARCH = article('boat-search', 'Search widens for missing fishermen', [
    'Rescue crews on Tuesday widened the search for three fishermen still missing after the trawler Northern Grace capsized.',
    'The search now involves four lifeboats, two aircraft and the navy patrol ship Hollins, which joined the operation on Monday.',
  ]);
  const index = buildQuestionIndex(knowledgeBase(SEARCH));

  it('reads "which navy ship joined…" as asking which ship, answered by a name beside it', () => {
    const result = index.ask('which navy ship joined the search');
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
  });

  it('still wants the text to say which: "a navy ship joined" does not', () => {
    const vague = buildQuestionIndex(knowledgeBase(article('vague', 'Search widens', ['A navy ship joined the search on Monday, officials said.', 'Crews searched through the night.'])));
    expect(vague.ask('which navy ship joined the search').status).toBe('not_found');
  });
});

describe('a day asked for', () => {
  const ACT = article('social-media-law', 'Judge blocks social media law', [
    'A federal judge on Tuesday blocked a state law that would have limited teenagers’ use of social media.',
    'The act, signed by Governor Dale Whitcomb in March, would have barred platforms from sending notifications to minors between 10 p.m. and 6 a.m.',
    'Two technology trade groups sued the state in April, arguing that the law violated the First Amendment.',
    'The state attorney general said her office was reviewing the ruling and had not decided whether to appeal.',
  ]);
  const index = buildQuestionIndex(knowledgeBase(ACT));

  it('is not an hour of the day: "on what exact day did Whitcomb sign the act" is not answered by "10 p.m."', () => {
    expect(index.ask('on what exact day in March did Whitcomb sign the act').status).toBe('not_found');
    expect(precise('10 p.m.', 'day')).toBe(false);
    expect(precise('Monday', 'day')).toBe(true);
  });

  it('while "when did Whitcomb sign the act" is answered by the month', () => {
    const result = index.ask('when did whitcomb sign the act');
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.why.join('; ')).toContain('March');
  });
});

describe('an age set off after a name', () => {
  const SACKED = article('manager-sacked', 'Ashcombe sack manager Farrow', [
    'Ashcombe United sacked manager Neil Farrow on Monday after a run of seven defeats.',
    'Farrow, 47, was dismissed along with his assistant Tomas Reyes less than a day after a 3-0 home loss.',
    'The club said a replacement would be named within two weeks.',
  ]);
  const index = buildQuestionIndex(knowledgeBase(SACKED));

  it('is that person\'s: "how old is Farrow" → 47', () => {
    const result = index.ask('how old is farrow');
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.why.join('; ')).toContain('47');
  });

  it('is not the age of another person in the sentence: "how old is Tomas Reyes"', () => {
    expect(index.ask('how old is tomas reyes').status).toBe('not_found');
  });
});

describe('a size asked for', () => {
  const ROCKET = article('rocket-history', 'Rocket explodes after liftoff', [
    'The Kestrel 2 rocket, which stands 41 meters tall, exploded about 94 seconds after liftoff on Monday.',
    'Its predecessor, the smaller Kestrel 1, failed twice in 11 launches before the company retired it in 2022 to focus on the larger vehicle.',
  ]);
  const index = buildQuestionIndex(knowledgeBase(ROCKET));

  it('is told with its unit: "41 meters" answers "how tall", "11 launches" does not', () => {
    expect(index.ask('how tall is the kestrel 2 rocket').answers[0]?.why.join('; ')).toContain('41 meters');
    expect(index.ask('how tall was the kestrel 1 rocket').status).toBe('not_found');
  });
});

describe('a US state', () => {
  it('is a place, never the name of a person asked for', () => {
    expect(isKnownPlace('idaho')).toBe(true);
    expect(isKnownPlace('newjersey')).toBe(true);
    expect(regionMembers('usa')).toContain('texas');
    const LAW = article('idaho-law', 'Judge blocks Idaho age-check law', [
      'BOISE — A federal judge on Tuesday blocked Idaho from enforcing a new law that would have required social media companies to verify the ages of users.',
      'The law was due to take effect on July 1.',
    ]);
    const index = buildQuestionIndex(knowledgeBase(LAW));
    expect(index.ask('what is the name of the judge who blocked the law').answers[0]?.why.join('; ') ?? '').not.toContain('Idaho');
  });
});

describe('a degree of change', () => {
  it('answers "how far have relations slipped" with the degree the text tells in words', () => {
    const TIES = article('border-towns', 'Border towns fall out over water', [
      'The towns of Arlen and Dess share a river and, until this year, a water board.',
      'Relations between Arlen and Dess have sunk to their lowest point in decades after Arlen quit the board in March.',
    ]);
    const index = buildQuestionIndex(knowledgeBase(TIES));
    const result = index.ask('how far have relations between arlen and dess slipped');
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
  });
});

describe('what was talked about', () => {
  it('is no opposite of the question when the text tells it in other words ("speaking about defending Taiwan" → remarks about an attack on it)', () => {
    const REMARKS = article('strait-remarks', 'Beijing angered by Tokyo remarks', [
      'China and Japan traded words on Monday over Taiwan.',
      'Beijing grows increasingly uneasy over statements from Japanese Prime Minister Aiko Mori, who said this month that a hypothetical Chinese attack on Taiwan could prompt a military response from Tokyo. China denounced the remarks.',
      'Taiwan has its own government.',
    ]);
    const index = buildQuestionIndex(knowledgeBase(REMARKS));
    const result = index.ask('which leader of japan angered china by speaking about defending taiwan');
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
    expect(result.answers[0]?.why.join('; ')).toContain('Aiko Mori');
  });
});

describe('whose figure it is', () => {
  const MERGER = article('airline-merger', 'Two regional airlines agree to merge', [
    'Two regional airlines, Coastline Air and Pinewood Airways, agreed on Monday to merge.',
    'Coastline carried 4.1 million passengers last year and flies to 22 cities.',
    'Pinewood, founded in 1988, is based in Duluth. Its chief executive, Mara Olsen, will lead the merged airline.',
  ]);
  const index = buildQuestionIndex(knowledgeBase(MERGER));

  it('answers with a figure given in the paragraph that names whom the question asks about', () => {
    const result = index.ask('how many passengers did coastline carry last year');
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(2);
  });

  it('does not give one airline\'s figure for another ("how many passengers did Pinewood carry")', () => {
    expect(index.ask('how many passengers did pinewood carry last year').status).toBe('not_found');
  });
});
