import { describe, expect, it } from 'vitest';
import { buildQuestionIndex } from '../../src/search/index.ts';
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
