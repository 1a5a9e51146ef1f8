import { describe, expect, it } from 'vitest';
import { buildQuestionIndex } from '../../src/search/index.ts';
import { article, knowledgeBase, seedKnowledge } from './fixtures.ts';

// A story about a company, which its sentences call "the company" once they have named it.
const LAUNCH = article('fold-launch', 'Lumen Devices unveils its first foldable phone', [
  'Lumen Devices unveiled its first foldable phone on Monday, saying it would go on sale on Sept. 25.',
  'The Lumen Fold will cost $1,499, and a cheaper model is due this fall, the company said.',
  'The launch comes a year after Lumen delayed the phone, which it first showed at a trade show in March.',
  '"We could have shipped it last year. We chose to wait," chief executive Rafael Ortiz said at the event in San Francisco.',
  'Analysts expect Lumen to sell about two million of the phones next year.',
]);
const index = buildQuestionIndex(knowledgeBase(LAUNCH));

describe("the story's own subject", () => {
  it('finds "Lumen\'s CEO" where the story about Lumen names its chief executive without the company', () => {
    const result = index.ask("who is lumen's ceo", { article: 'fold-launch' });
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(4);
  });

  it('finds "the CEO of Lumen" too: a title of the story\'s subject, though "of" joins them', () => {
    const result = index.ask('who is the ceo of lumen', { article: 'fold-launch' });
    expect(result.status).toBe('answered');
    expect(result.answers[0]?.citation.paragraph).toBe(4);
  });

  it("still asks a person's possessive of that person: the seed's Trump, whom it titles President, is no company", async () => {
    const seed = buildQuestionIndex(await seedKnowledge());
    expect(seed.ask("What was Trump's own position on Ukraine during the call?", { article: 'trump-xi-call' }).status).toBe('not_found');
  });
});
