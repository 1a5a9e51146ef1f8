import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/knowledge/quotes/index.ts';
import type { Paragraph } from '../../src/knowledge/types.ts';
import { para } from './quotes-fixtures.ts';

describe('bad input', () => {
  it('returns nothing rather than throwing for input that is not a list of paragraphs', () => {
    for (const bad of [undefined, null, 42, 'text', {}, [null], [{ text: 5 }]]) {
      expect(extractQuotes(bad as unknown as Paragraph[])).toEqual({ speakers: [], quotes: [], statements: [] });
    }
  });

  it('reads a paragraph whose sentence offsets are missing or out of range as one sentence', () => {
    const paragraph: Paragraph = { number: 1, text: '"We won," said Ana Ruiz.', line: 1, sentences: [{ text: 'x', paragraph: 1, index: 0, start: 40, end: 90 }] };
    expect(extractQuotes([paragraph]).quotes.map((q) => q.speakerId)).toEqual(['ana-ruiz']);
    const noSentences = { number: 1, text: '"We won," said Ana Ruiz.', line: 1 } as unknown as Paragraph;
    expect(extractQuotes([noSentences]).quotes).toHaveLength(1);
  });

  it('copes with stray and unbalanced marks, empty quotes and punctuation-only paragraphs', () => {
    const odd = para('""', '" "', '"', '— … —', 'He said "', '“Unclosed curly', 'Closing only” here', '"A" "B" "C"');
    expect(() => extractQuotes(odd)).not.toThrow();
  });

  it('keeps every quote verbatim and every speaker id listed, whatever the text', () => {
    const words = ['said', 'Ana', 'Ruiz', 'the', 'union', '"', '“', '”', ',', '.', 'he', 'she', 'told', 'that', 'according', 'to', 'Beijing', 'which'];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let round = 0; round < 200; round++) {
      const texts = Array.from({ length: 3 }, () => Array.from({ length: 25 }, () => words[next() % words.length]).join(' '));
      const paragraphs = para(...texts);
      const got = extractQuotes(paragraphs);
      const ids = new Set(got.speakers.map((s) => s.id));
      for (const q of got.quotes) {
        expect(paragraphs[q.paragraph - 1]?.text.slice(q.start, q.start + q.text.length)).toBe(q.text);
        expect(ids.has(q.speakerId)).toBe(true);
      }
      for (const s of got.statements) {
        expect(paragraphs[s.paragraph - 1]?.text.includes(s.text)).toBe(true);
        expect(ids.has(s.speakerId)).toBe(true);
      }
    }
  });
});
