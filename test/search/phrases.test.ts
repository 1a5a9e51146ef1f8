import { describe, expect, it } from 'vitest';
import { applyPhraseIntegrity } from '../../src/search/ranking/phrases.ts';

// Terms: 0 = the head ("mayor" / "goal"), 1 = its qualifier ("X"), as in "the mayor of X".
const phrase = { members: [0, 1], head: 0, pair: [[0], [1]] as [number[], number[]] };

describe('phrase integrity', () => {
  it('discounts a qualifier matched without its head: "mayor of X" in a passage about something else of X', () => {
    const credit = [0, 1];
    applyPhraseIntegrity([phrase], credit, [[], [4]], () => undefined, () => 'mayor');
    expect(credit[1]).toBeLessThan(1);
  });

  it('keeps a qualifier whose head only names an aspect of it: "the goal of the meeting"', () => {
    const credit = [0, 1];
    applyPhraseIntegrity([phrase], credit, [[], [4]], () => undefined, () => 'goal');
    expect(credit[1]).toBe(1);
  });

  it('takes "his lawyer" after the owner for the owner\'s lawyer, but not "his lawyer" before the owner', () => {
    const possessive = { members: [0, 1], head: 1, pair: [[0], [1]] as [number[], number[]] };
    const words = ['delaney', 'spoke', 'today', 'and', 'then', 'his', 'lawyer'];
    const after = [1, 1];
    applyPhraseIntegrity([possessive], after, [[0], [6]], (p) => words[p]);
    expect(after).toEqual([1, 1]);
    const before = [1, 1];
    applyPhraseIntegrity([possessive], before, [[6], [1]], (p) => ['his', 'lawyer', 'a', 'b', 'c', 'd', 'delaney'][p]);
    expect(before[1]).toBeLessThan(1);
  });
});
