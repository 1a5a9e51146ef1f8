import { describe, expect, it } from 'vitest';
import { buildQuestionIndex } from '../../src/search/index.ts';
import { analyzeQuestion } from '../../src/search/analysis/question.ts';
import { buildUnits } from '../../src/search/passages.ts';
import { tellsOfEarlierYear } from '../../src/search/ranking/background.ts';
import { article, knowledgeBase } from './fixtures.ts';

// A story and, further down, an earlier event of the same kind told for background.
const FIRE = article(
  'ridge-fire',
  'Wildfire forces hundreds from homes in Pine County',
  [
    'A fast-moving wildfire, the Ridge Fire, has forced about 900 people from their homes in Pine County and scorched more than 4,200 acres of brush since Sunday, officials said.',
    'Crews from three counties were working through the night to protect the town of Alder Flat.',
    'The last comparable fire, the Cold Creek Fire in August 2019, burned about 12,000 acres and destroyed 40 homes.',
    'The county has not seen rain for 60 days.',
  ],
  { published: '2025-08-12' },
);
const RUNOFF = article(
  'new-year-runoff',
  'Recount sends mayoral race to a runoff',
  [
    'A recount completed on Wednesday sent the mayoral election to a runoff.',
    'Voters cast about 48,000 ballots in the election on Dec. 9, 2025, the county clerk said.',
    'The runoff will be held on Jan. 27.',
  ],
  { published: '2026-01-02' },
);

const VACCINE = article(
  'flu-shots',
  'Flu vaccine rollout delayed three weeks',
  [
    'The flu vaccine rollout will be delayed by about three weeks after the supplier failed an inspection.',
    'The first 1.2 million doses, which had been due on Oct. 20, will now arrive around Nov. 10.',
    'The delay is the first major disruption to the programme since 2019, when a labelling error forced the recall of 300,000 doses.',
  ],
  { published: '2025-10-14' },
);

const STRIKE = article(
  'strike-vote',
  'Teachers to vote on strike',
  [
    'Teachers in the district will vote Wednesday on whether to authorize a strike, less than two weeks before classes are scheduled to begin.',
    'Teachers last walked out in the fall of 2019, a strike that lasted nine days.',
  ],
  { published: '2025-08-10' },
);

const index = buildQuestionIndex(knowledgeBase(FIRE, RUNOFF, VACCINE, STRIKE));
const cited = (question: string, slug: string) => index.ask(question, { article: slug }).answers[0]?.citation.paragraph;

describe('background events', () => {
  it("answers about the story's own event, not an earlier one of the same kind told for background", () => {
    expect(cited('how many acres has the fire burned', 'ridge-fire')).toBe(1);
    expect(cited('how many homes were destroyed', 'ridge-fire')).toBe(3);
  });

  it('answers from the background when the question reaches back to it', () => {
    expect(cited('how many acres did the 2019 fire burn', 'ridge-fire')).toBe(3);
    expect(cited('how many acres did the last big fire burn', 'ridge-fire')).toBe(3);
    expect(cited('how long did the last strike last', 'strike-vote')).toBe(2);
  });

  it('takes "since 2019, when …" as telling of 2019, and "the first batch" as no question about the past', () => {
    expect(cited('how many doses are in the first batch', 'flu-shots')).toBe(2);
  });

  it('takes a year that ended just before publication as part of the story', () => {
    expect(cited('how many ballots were cast in the election', 'new-year-runoff')).toBe(2);
  });

  it('dates a sentence by a year it names, not by one it counts from ("since 2019"), unless it tells what happened then', () => {
    const story = article('strike-deal', 'Dockworkers ratify contract', [
      '"We have waited since 2019 for a fair contract," the union president said.',
      'It is the first strike since 2019, when dockworkers walked out for nine days.',
      'The last strike, in 2011, lasted two weeks.',
      'Talks began in December 2024.',
      'The governor ordered evacuations on Monday, the first such order since Hurricane Marisol in October 2020.',
    ], { published: '2025-03-02' });
    const { units } = buildUnits([story]);
    expect(units.map(tellsOfEarlierYear)).toEqual([false, true, true, false, false]);
  });

  it('reads which questions reach back in time', () => {
    expect(analyzeQuestion('how many acres has the fire burned').reachesBack).toBe(false);
    expect(analyzeQuestion('how long did the 2011 strike last').reachesBack).toBe(true);
    expect(analyzeQuestion('when did the previous strike end').reachesBack).toBe(true);
    expect(analyzeQuestion('when did the bridge first open').reachesBack).toBe(true);
    expect(analyzeQuestion('how many doses are in the first batch').reachesBack).toBe(false);
    // ("Earlier this year", "last month" keep to the story's own time; "last year" does reach back.)
    expect(analyzeQuestion('how much was the firm fined earlier this year').reachesBack).toBe(false);
    expect(analyzeQuestion('what did the union warn about last month').reachesBack).toBe(false);
    expect(analyzeQuestion('how much did the firm earn last year').reachesBack).toBe(true);
    expect(analyzeQuestion('when was the last strike').reachesBack).toBe(true);
  });
});
