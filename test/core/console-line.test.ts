import { describe, expect, it } from 'vitest';
import { parseConsoleLine } from '../../src/transports/console-line.ts';

describe('parseConsoleLine', () => {
  it('gives the free text to the command’s first text option', () => {
    expect(parseConsoleLine('/ask who protested the arms sale')).toEqual({ ok: true, name: 'ask', options: { question: 'who protested the arms sale' } });
    expect(parseConsoleLine('/quote lin-jian')).toEqual({ ok: true, name: 'quote', options: { speaker: 'lin-jian' } });
  });

  it('reads name:value options as Discord shows them', () => {
    expect(parseConsoleLine('/ask who protested article:trump-xi-call private:true')).toEqual({
      ok: true,
      name: 'ask',
      options: { question: 'who protested', article: 'trump-xi-call', private: 'true' },
    });
    expect(parseConsoleLine('/ask question:what time: noon?')).toEqual({ ok: true, name: 'ask', options: { question: 'what time: noon?' } });
  });

  it('keeps an option name typed as prose in the question', () => {
    // The question is already given as text, so "question:" inside it is prose, not a second question.
    expect(parseConsoleLine('/ask Quick question: who protested?')).toEqual({ ok: true, name: 'ask', options: { question: 'Quick question: who protested?' } });
    expect(parseConsoleLine('Quick question: who protested? private:true')).toEqual({ ok: true, name: 'ask', options: { question: 'Quick question: who protested?', private: 'true' } });
    // "private: …" followed by words, not true or false, is prose; "private:maybe" is a bad option value.
    expect(parseConsoleLine('/ask private: who protested')).toEqual({ ok: true, name: 'ask', options: { question: 'private: who protested' } });
    expect(parseConsoleLine('/ask who protested private:maybe')).toEqual({ ok: true, name: 'ask', options: { question: 'who protested', private: 'maybe' } });
  });

  it('treats a line without a slash as a question', () => {
    expect(parseConsoleLine('who protested')).toEqual({ ok: true, name: 'ask', options: { question: 'who protested' } });
  });

  it('rejects an empty or blank line with a hint', () => {
    const parsed = parseConsoleLine('   ');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/\/help/);
  });

  it('rejects text for a command that takes none', () => {
    const parsed = parseConsoleLine('/help me please');
    expect(parsed.ok).toBe(false);
  });

  it('passes unknown commands through for dispatch to answer', () => {
    expect(parseConsoleLine('/frobnicate now')).toEqual({ ok: true, name: 'frobnicate', options: {} });
  });
});
