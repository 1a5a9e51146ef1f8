import { describe, expect, it } from 'vitest';
import { runAutocomplete, runCommand } from '../../src/dispatch.ts';
import type { AskReply, QuoteReply, TimelineReply } from '../../src/reply/types.ts';
import { article, library, quotedArticle } from './fixtures.ts';

const lib = library([quotedArticle, article('other')]);

describe('runCommand: bad input becomes an error reply, never a throw', () => {
  it.each([
    ['an empty question', 'ask', { question: '' }, /question is empty/],
    ['a question of only spaces', 'ask', { question: '    ' }, /question is empty/],
    ['a missing question', 'ask', {}, /needs question/],
    ['a 10,000-character question', 'ask', { question: 'why '.repeat(2500) }, /too long \(9999 characters\)/],
    ['control characters', 'ask', { question: 'who\u0007 said' }, /control character \(U\+0007\)/],
    ['an unknown option', 'ask', { question: 'x', colour: 'red' }, /no option "colour"/],
    ['a non-boolean private flag', 'ask', { question: 'x', private: 'maybe' }, /true or false/],
    ['an unknown article', 'timeline', { article: 'zzzzzzzz' }, /no article "zzzzzzzz"/],
    ['a paragraph that is not a number', 'paragraph', { number: 'six', article: 'budget' }, /not a paragraph number/],
  ])('%s', (_label, name, options, message) => {
    const reply = runCommand(lib, name, options);
    expect(reply.status).toBe('error');
    expect(reply.message).toMatch(message);
  });

  it('takes a long, wordy question of up to 500 characters, story and all', () => {
    const story = 'My late husband always followed foreign affairs and I have taken up the habit in my retirement, so I was reading this piece. ';
    const question = `${story.repeat(3)}Who proposed the budget?`;
    expect(question.length).toBeGreaterThan(300);
    expect(runCommand(lib, 'ask', { question }).status).not.toBe('error');
    expect(runCommand(lib, 'ask', { question: 'why '.repeat(126) }).message).toMatch(/too long \(503 characters\); keep it under 500/);
  });

  it('answers an unknown command with the list of commands', () => {
    const reply = runCommand(lib, 'frobnicate', {});
    expect(reply).toMatchObject({ command: 'frobnicate', status: 'error' });
    expect(reply.message).toMatch(/\/ask, \/quote, \/timeline/);
  });

  it('turns an unexpected failure into a generic error and logs only the command', () => {
    const logged: string[] = [];
    const logger = { debug() {}, info() {}, warn() {}, error: (event: string, fields?: object) => logged.push(JSON.stringify({ event, ...fields })) };
    const broken = library([quotedArticle], { ask: () => { throw new Error('index exploded'); } });
    const reply = runCommand(broken, 'ask', { question: 'secret question text' }, logger);
    expect(reply).toMatchObject({ status: 'error', message: expect.stringMatching(/went wrong/) });
    expect(logged.join()).toMatch(/command_failed/);
    expect(logged.join()).not.toMatch(/secret question text/);
  });

  it('marks the reply private when asked', () => {
    expect(runCommand(lib, 'timeline', { private: true }).private).toBe(true);
    expect(runCommand(lib, 'timeline', {}).private).toBeUndefined();
  });
});

describe('/ask', () => {
  it('says the article does not say, with nearest passages apart from answers', () => {
    const near = { text: 'First paragraph.', citation: { article: 'budget', paragraph: 1 }, score: 0.1, why: [] };
    const lib1 = library([quotedArticle], { ask: () => ({ status: 'not_found', answers: [], nearest: [near] }) });
    const reply = runCommand(lib1, 'ask', { question: 'how tall is the tower' }) as AskReply;
    expect(reply).toMatchObject({ status: 'not_found', answers: [], message: 'The article does not say.' });
    expect(reply.nearest[0]?.citation).toEqual({ article: 'budget', paragraph: 1 });
  });

  it('passes the article option to the index as a slug', () => {
    let seen: unknown;
    const lib1 = library([quotedArticle, article('other')], { ask: (_q, o) => { seen = o; return { status: 'not_found', answers: [], nearest: [] }; } });
    runCommand(lib1, 'ask', { question: 'x', article: 'budget' });
    expect(seen).toEqual({ article: 'budget' });
  });
});

describe('/quote', () => {
  it('finds a speaker by slug, full name, lowercase name or surname', () => {
    for (const typed of ['lin-jian', 'Lin Jian', 'lin jian', 'jian', 'LIN_JIAN']) {
      const reply = runCommand(lib, 'quote', { speaker: typed }) as QuoteReply;
      expect(reply.speaker?.id, typed).toBe('lin-jian');
    }
  });

  it('returns every quote of the speaker verbatim with its paragraph', () => {
    const reply = runCommand(lib, 'quote', { speaker: 'ana ruiz' }) as QuoteReply;
    expect(reply.status).toBe('answered');
    expect(reply.speaker).toEqual({ id: 'ana-ruiz', name: 'Ana Ruiz', role: 'Governor' });
    expect(reply.quotes.map((q) => [q.text, q.citation.paragraph])).toEqual([
      ['We will not cut the schools,', 1],
      ['the books must balance.', 2],
    ]);
  });

  it('asks which one when a surname fits two speakers', () => {
    const reply = runCommand(lib, 'quote', { speaker: 'ruiz' }) as QuoteReply;
    expect(reply.status).toBe('not_found');
    expect(reply.suggestions.map((s) => s.id).sort()).toEqual(['ana-ruiz', 'mark-ruiz']);
  });

  it('suggests near misses for an unknown speaker instead of guessing', () => {
    const reply = runCommand(lib, 'quote', { speaker: 'lin jain' }) as QuoteReply;
    expect(reply.status).toBe('not_found');
    expect(reply.speaker).toBeNull();
    expect(reply.suggestions[0]?.id).toBe('lin-jian');
  });

  it('autocompletes with readable labels and ids as values, exact matches first', () => {
    const choices = runAutocomplete(lib, 'quote', 'speaker', 'ana', {});
    expect(choices[0]).toEqual({ name: 'Ana Ruiz — 2 quotes', value: 'ana-ruiz' });
    expect(runAutocomplete(lib, 'quote', 'speaker', '\u0000'.repeat(5000), {})).toBeInstanceOf(Array);
  });
});

describe('/timeline', () => {
  it('orders events by date, months before the days within them, anchored events after their anchor', () => {
    const a = article('t', {
      events: [
        { date: '2025-11-24', precision: 'day', written: 'Monday', text: 'call', paragraph: 1, expected: false },
        { date: '2025-10-30', precision: 'day', written: 'since then', text: 'soybeans', paragraph: 5, expected: false, after: { written: 'Oct. 30', paragraph: 5 } },
        { date: '2025-11', precision: 'month', written: 'this month', text: 'remarks', paragraph: 3, expected: false },
        { date: '2025-10-30', precision: 'day', written: 'Oct. 30', text: 'meeting', paragraph: 5, expected: false },
      ],
    });
    const reply = runCommand(library([a]), 'timeline', {}) as TimelineReply;
    expect(reply.events.map((e) => e.text)).toEqual(['meeting', 'soybeans', 'remarks', 'call']);
  });
});

describe('/ask scope', () => {
  const spy = () => {
    const seen: (string | number | undefined)[] = [];
    return { seen, index: { ask: (_q: string, options: { article?: string | number } = {}) => (seen.push(options.article), { status: 'not_found' as const, answers: [], nearest: [] }) } };
  };

  it('asks about the only article of a knowledge base as if it were named (its title is the subject)', () => {
    const { seen, index } = spy();
    runCommand(library([quotedArticle], index), 'ask', { question: 'who said it' });
    expect(seen).toEqual(['budget']);
  });

  it('searches every article when there are several and none is named', () => {
    const { seen, index } = spy();
    runCommand(library([quotedArticle, article('other')], index), 'ask', { question: 'who said it' });
    expect(seen).toEqual([undefined]);
  });
});
