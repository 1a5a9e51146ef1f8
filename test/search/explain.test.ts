import { describe, expect, it } from 'vitest';
import { buildQuestionIndex } from '../../src/search/index.ts';
import { ARMS, article, knowledgeBase } from './fixtures.ts';

const index = buildQuestionIndex(knowledgeBase(ARMS));
const why = (question: string) => index.ask(question).answers[0]?.why ?? [];

describe('explanations', () => {
  it('names the answer to the question word first', () => {
    expect(why('who protested the arms sale')[0]).toBe('answers "who": Beijing');
    expect(why('how much was the arms package worth')[0]).toBe('answers "how much": US$330 million');
  });

  it('shows words matched as written and by another form', () => {
    expect(why('who protested the arms sale')).toContain('matched "protested"');
    expect(why('what did the administration approve')).toContain('matched "approved" for "approve"');
  });

  it('shows synonyms and other names of a country', () => {
    expect(why('who objected to the weapons deal')).toEqual(expect.arrayContaining(['synonym "weapons" ~ "arms"', 'synonym "deal" ~ "package"']));
    expect(why('by how much did Washington lower tariffs')).toContain('"Washington" ~ "U.S." (same country)');
  });

  it('says a word the sentence lacks is elsewhere in the cited paragraph, not missing', () => {
    const reasons = why('who protested the arms sale');
    expect(reasons).toContain('"arms", "sale" elsewhere in the paragraph');
    expect(reasons.join(' ')).not.toMatch(/no match for "arms"/);
  });

  it('shows what was said, not the speech verb, for speech the quote table does not attribute', () => {
    const said = buildQuestionIndex(
      knowledgeBase(ARMS, article('readout', 'Readout of the call', ['Officials met on Monday.', 'According to the foreign ministry, Xi told Trump the two countries should "jointly safeguard the victory."', 'A White House official confirmed the call but did not provide details.'])),
    );
    expect(said.ask('what did the foreign ministry say', { article: 'readout' }).answers[0]?.why[0]).toBe('answers "what … say": jointly safeguard the victory.');
    expect(said.ask('what did the white house official say', { article: 'readout' }).answers[0]?.why[0]).toBe('answers "what … say": confirmed the call but did not provide details.');
  });

  it('keeps explanations short', () => {
    for (const question of ['who protested the arms sale', 'Beijing Taiwan Trump Xi arms package tariffs soybeans residents']) {
      expect(why(question).length).toBeLessThanOrEqual(6);
    }
  });
});
