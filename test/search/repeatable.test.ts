import { describe, expect, it } from 'vitest';
import { buildQuestionIndex } from '../../src/search/index.ts';
import { seedKnowledge } from './fixtures.ts';

/**
 * A member's answer must not depend on what others asked before: the index caches per sentence
 * (answer spans, clauses), and a question that added to a cached list once changed later answers.
 */
describe('answers do not depend on earlier questions', () => {
  it('gives the same answers after a "since when" question as on a fresh index', async () => {
    const kb = await seedKnowledge();
    const questions = ['On what exact date did China resume buying U.S. soybeans?', 'what month did the tariff escalations start', 'when was the summit in south korea'];
    const fresh = buildQuestionIndex(kb);
    const expected = questions.map((q) => JSON.stringify(fresh.ask(q)));
    const used = buildQuestionIndex(kb);
    used.ask('Since when has China been buying US soybeans again?');
    expect(questions.map((q) => JSON.stringify(used.ask(q)))).toEqual(expected);
  });
});
