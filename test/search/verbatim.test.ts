import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/types.ts';
import { buildQuestionIndex } from '../../src/search/index.ts';
import type { AskResult } from '../../src/search/types.ts';
import { ARMS, LIBRARY, article, knowledgeBase } from './fixtures.ts';

function expectVerbatim(kb: KnowledgeBase, result: AskResult): void {
  for (const passage of [...result.answers, ...result.nearest]) {
    const paragraph = kb.bySlug.get(passage.citation.article)?.paragraphs.find((p) => p.number === passage.citation.paragraph);
    expect(paragraph, JSON.stringify(passage.citation)).toBeDefined();
    expect(paragraph!.text.includes(passage.text), passage.text).toBe(true);
    expect(passage.text.trim()).toBe(passage.text);
  }
}

/** A tiny seeded generator for random questions (repeatable failures). */
function randomStrings(count: number, seed: number): string[] {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789.,;:!?\'"“”’()[]{}*+?^$|\\/-_%$€\u0000\u0007\u200b\n\t🙂é';
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * 80);
    return Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  });
}

const HOSTILE = [
  '',
  '   ',
  'x'.repeat(10_000),
  'who '.repeat(3_000),
  'Taiwan '.repeat(2_000),
  '\u0000\u0001\u0002who\u0007 protested\u001b[31m the arms sale',
  '.*+?^${}()|[]\\ who protested (the) [arms] sale?*',
  '((((((((((a+)+)+)+)+)+)+)+)+)+)$',
  '"""""""""', '🙂🙂🙂 who protested 🙂', 'ＷＨＯ　ＰＲＯＴＥＳＴＥＤ', 'who\u200bprotested\u2028the\u2029sale',
  '<script>alert(1)</script>', '@everyone who protested', 'DROP TABLE articles; --',
];

describe('verbatim guarantee', () => {
  const kb = knowledgeBase(ARMS, LIBRARY);
  const index = buildQuestionIndex(kb);

  it('cites every answer and nearest passage verbatim from its paragraph', () => {
    for (const question of ['who protested the arms sale', 'how much was the package worth', 'what did Lin Jian say', 'Beijing Taiwan', 'how long did the call last']) {
      expectVerbatim(kb, index.ask(question, { limit: 10 }));
    }
  });

  it('never throws and stays verbatim on hostile input', () => {
    for (const question of HOSTILE) {
      const result = index.ask(question);
      expect(['answered', 'not_found']).toContain(result.status);
      expectVerbatim(kb, result);
    }
  });

  it('never throws on input that is not a string or options that make no sense', () => {
    const weird: unknown[] = [undefined, null, 42, {}, ['who'], Symbol.iterator.toString()];
    for (const question of weird) expect(() => index.ask(question as string)).not.toThrow();
    expect(() => index.ask('who protested', { limit: -5 })).not.toThrow();
    expect(() => index.ask('who protested', { limit: Number.NaN, article: '../../etc/passwd' })).not.toThrow();
    expect(index.ask('who protested the arms sale', { limit: 1e9 }).answers.length).toBeLessThanOrEqual(10);
  });

  it('stays verbatim for random questions', () => {
    for (const question of randomStrings(300, 7)) expectVerbatim(kb, index.ask(question));
  });

  it('stays verbatim when the sentence splitter gives wrong offsets or drops text', () => {
    const broken = article('broken', 'Broken sentences', ['Beijing sharply protested the arms package. The ministry called it a violation.']);
    const paragraph = broken.paragraphs[0]!;
    paragraph.sentences = [
      { text: 'Beijing sharply protested the arms package.', paragraph: 1, index: 0, start: 5, end: 20 },
      { text: 'not in the paragraph at all', paragraph: 1, index: 1, start: 0, end: 27 },
    ];
    const brokenKb = knowledgeBase(broken);
    const brokenIndex = buildQuestionIndex(brokenKb);
    const result = brokenIndex.ask('who protested the arms package');
    expect(result.status).toBe('answered');
    expectVerbatim(brokenKb, result);
    // The dropped second sentence is still findable.
    expect(brokenIndex.ask('what did the ministry call it').answers[0]?.text).toContain('violation');
  });
});
