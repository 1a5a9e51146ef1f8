import { describe, expect, it } from 'vitest';
import { isDictionaryWord } from '../../src/search/lexicon/wordnet.ts';
import { hasLemma, lookupLemma, readLemmas, readSynset } from '../../src/search/lexicon/wordnet-files.ts';

describe('WordNet files', () => {
  it('finds lemmas at both ends of the sorted index and in between', () => {
    for (const lemma of ['100', 'zyrian', 'protest', 'phone_call']) expect(lookupLemma(lemma, 'n'), lemma).not.toEqual([]);
  });

  it('finds nothing for words WordNet lacks, or a prefix of a lemma', () => {
    expect(lookupLemma('protestd', 'n')).toEqual([]);
    expect(lookupLemma('protes', 'v')).toEqual([]);
    expect(lookupLemma('', 'n')).toEqual([]);
  });

  it('reads the same words from a synset whether parsed whole or by its head only', () => {
    for (const offset of lookupLemma('aircraft', 'n')) {
      const whole = readSynset('n', offset);
      expect(whole?.lemmas).toContain('aircraft');
      expect(readLemmas('n', offset)).toEqual(whole?.lemmas);
    }
  });

  it('reads nothing at an offset outside the file', () => {
    expect(readSynset('n', -1)).toBeNull();
    expect(readLemmas('v', 1e12)).toEqual([]);
  });

  it('tells whether a lemma is there as the full look-up does, without reading its senses', () => {
    const words = ['100', 'zyrian', 'protest', 'protestd', 'protes', '', 'phone_call', 'café', 'naïve', 'x\u0101'];
    for (const pos of ['n', 'v', 'a', 'r'] as const) for (const word of words) expect(hasLemma(word, pos), `${pos} ${word}`).toBe(lookupLemma(word, pos).length > 0);
  });

  it('knows inflected and irregular forms as words, whether or not it remembers the answer', () => {
    for (const remember of [false, true]) {
      for (const word of ['protested', 'crises', 'caught', 'planned', 'notified', 'happier']) expect(isDictionaryWord(word, remember), word).toBe(true);
      for (const word of ['protestd', 'bitcoinq', 'plannned']) expect(isDictionaryWord(word, remember), word).toBe(false);
    }
  });
});
