import { describe, expect, it } from 'vitest';
import { lookupLemma, readLemmas, readSynset } from '../../src/search/lexicon/wordnet-files.ts';

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
});
