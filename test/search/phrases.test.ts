import { describe, expect, it } from 'vitest';
import { applyPhraseIntegrity } from '../../src/search/ranking/phrases.ts';
import { buildQuestionIndex } from '../../src/search/index.ts';
import { ARMS, knowledgeBase } from './fixtures.ts';

const word = (norm: string | undefined) => (norm === undefined ? undefined : { norm: norm.toLowerCase(), capitalized: /^[A-Z]/.test(norm) });

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
    const objective = [0, 1];
    applyPhraseIntegrity([phrase], objective, [[], [4]], () => undefined, () => 'objective');
    expect(objective[1]).toBe(1);
    // ("Lin Jian's title" is his; "Lin Jian's age" asks a fact the text must give.)
    const title = [0, 1];
    applyPhraseIntegrity([phrase], title, [[], [4]], () => undefined, () => 'title');
    expect(title[1]).toBe(1);
    const age = [0, 1];
    applyPhraseIntegrity([phrase], age, [[], [4]], () => undefined, () => 'age');
    expect(age[1]).toBeLessThan(1);
  });

  it('keeps a head with "the" whose missing qualifier its paragraph names ("the conflict" after "Russia\'s invasion of Ukraine")', () => {
    // "ukraine war": 0 = ukraine, 1 = war, matched by "conflict" at 4, after "the" at 3.
    const compound = { members: [0, 1], head: 1 };
    const words = ['', '', 'bring', 'the', 'conflict'];
    const wordAt = (p: number) => word(words[p]);
    const named = [0, 0.75];
    applyPhraseIntegrity([compound], named, [[], [4]], wordAt, (t) => ['ukraine', 'war'][t]!, () => true);
    expect(named[1]).toBe(0.75);
    // (Not when the paragraph does not name it, nor for a head without "the".)
    const unnamed = [0, 0.75];
    applyPhraseIntegrity([compound], unnamed, [[], [4]], wordAt, (t) => ['ukraine', 'war'][t]!, () => false);
    expect(unnamed[1]).toBeLessThan(0.75);
    const bare = [0, 0.75];
    applyPhraseIntegrity([compound], bare, [[], [4]], (p) => word(['', '', 'bring', 'a', 'conflict'][p]), (t) => ['ukraine', 'war'][t]!, () => true);
    expect(bare[1]).toBeLessThan(0.75);
  });

  it('keeps the head of a phrase whose only missing word dates it ("Monday\'s call" told as "the exchange")', () => {
    const dated = { members: [0, 1], head: 1 };
    const credit = [0, 0.75];
    applyPhraseIntegrity([dated], credit, [[], [4]], () => undefined, (t) => ['monday', 'call'][t]!);
    expect(credit[1]).toBe(0.75);
    const other = [0, 0.75];
    applyPhraseIntegrity([dated], other, [[], [4]], () => undefined, (t) => ['phone', 'call'][t]!);
    expect(other[1]).toBeLessThan(0.75);
  });

  it('takes "his lawyer" after the owner for the owner\'s lawyer, but not "his lawyer" before the owner', () => {
    const possessive = { members: [0, 1], head: 1, pair: [[0], [1]] as [number[], number[]] };
    const words = ['delaney', 'spoke', 'today', 'and', 'then', 'his', 'lawyer'];
    const after = [1, 1];
    applyPhraseIntegrity([possessive], after, [[0], [6]], (p) => word(words[p]));
    expect(after).toEqual([1, 1]);
    const before = [1, 1];
    applyPhraseIntegrity([possessive], before, [[6], [1]], (p) => word(['his', 'lawyer', 'a', 'b', 'c', 'd', 'delaney'][p]));
    expect(before[1]).toBeLessThan(1);
  });

  it('takes "statements from Japanese Prime Minister Sanae Takaichi" for Takaichi\'s statements', () => {
    const possessive = { members: [0, 1], head: 1, pair: [[0], [1]] as [number[], number[]] };
    const words = ['statements', 'from', 'Japanese', 'Prime', 'Minister', 'Sanae', 'Takaichi'];
    const credit = [1, 1];
    applyPhraseIntegrity([possessive], credit, [[6], [0]], (p) => word(words[p]));
    expect(credit).toEqual([1, 1]);
    const other = ['statements', 'about', 'a', 'long', 'list', 'of', 'Takaichi'];
    const apart = [1, 1];
    applyPhraseIntegrity([possessive], apart, [[6], [0]], (p) => word(other[p]));
    expect(apart[1]).toBeLessThan(1);
  });
});

describe('a thing its owner puts out', () => {
  it('takes "the ministry released the most detailed account" for the ministry\'s account, but not an account someone else released', () => {
    const possessive = { members: [0, 1], head: 1, pair: [[0], [1]] as [number[], number[]], joinedBy: 'possessive' as const };
    const words = ['Ministry', 'of', 'Foreign', 'Affairs', 'released', 'the', 'most', 'detailed', 'account'];
    const credit = [1, 1];
    applyPhraseIntegrity([possessive], credit, [[2], [8]], (p) => word(words[p]));
    expect(credit).toEqual([1, 1]);
    const other = ['Ministry', 'of', 'Foreign', 'Affairs', 'said', 'officials', 'released', 'an', 'account'];
    const apart = [1, 1];
    applyPhraseIntegrity([possessive], apart, [[2], [8]], (p) => word(other[p]));
    expect(apart[1]).toBeLessThan(1);
  });

  it('takes "President Xi Jinping held a phone call" for the leader\'s call: a title\'s name may stand before the verb', () => {
    const possessive = { members: [0, 1], head: 1, pair: [[0], [1]] as [number[], number[]], joinedBy: 'possessive' as const };
    const words = ['Chinese', 'President', 'Xi', 'Jinping', 'held', 'a', 'phone', 'call'];
    const credit = [1, 1];
    applyPhraseIntegrity([possessive], credit, [[1], [7]], (p) => word(words[p]));
    expect(credit).toEqual([1, 1]);
    const other = ['Chinese', 'President', 'Xi', 'Jinping', 'said', 'officials', 'held', 'a', 'call'];
    const apart = [1, 1];
    applyPhraseIntegrity([possessive], apart, [[1], [8]], (p) => word(other[p]));
    expect(apart[1]).toBeLessThan(1);
  });

  it('takes "the relationship has generally maintained a steady trajectory" for the trajectory of the relationship', () => {
    // Terms: 0 = "trajectory" (the head), 1 = "relationship", as in "the trajectory of the relationship".
    const of = { members: [0, 1], head: 0, pair: [[0], [1]] as [number[], number[]], joinedBy: 'of' as const };
    const words = ['the', 'relationship', 'has', 'generally', 'maintained', 'a', 'steady', 'and', 'positive', 'trajectory'];
    const credit = [1, 1];
    applyPhraseIntegrity([of], credit, [[9], [1]], (p) => word(words[p]));
    expect(credit).toEqual([1, 1]);
    // Not when another clause stands between: "the relationship soured, and officials said the trajectory…".
    const other = ['the', 'relationship', 'soured', 'and', 'officials', 'said', 'the', 'trade', 'trajectory'];
    const apart = [1, 1];
    applyPhraseIntegrity([of], apart, [[8], [1]], (p) => word(other[p]));
    expect(apart[0]).toBeLessThan(1);
  });
});

describe('a thing named again with "the"', () => {
  it('takes "Takaichi … the remarks" for Takaichi\'s remarks, but not a related word nor a "the" before the owner', () => {
    const possessive = { members: [0, 1], head: 1, pair: [[0], [1]] as [number[], number[]] };
    const stemmed = (norm: string | undefined) => (norm === undefined ? undefined : { ...word(norm)!, stem: norm.toLowerCase().replace(/s$/, '') });
    const text = ['statements', 'from', 'Takaichi', 'who', 'spoke', 'of', 'Taiwan', 'China', 'denounced', 'the', 'remarks'];
    const credit = [1, 1];
    applyPhraseIntegrity([possessive], credit, [[2], [10]], (p) => stemmed(text[p]), () => 'remarks');
    expect(credit).toEqual([1, 1]);
    const related = [1, 0.7];
    applyPhraseIntegrity([possessive], related, [[2], [10]], (p) => stemmed(text[p]), () => 'comments');
    expect(related[1]).toBeLessThan(0.7);
    const ownerAfter = ['the', 'remarks', 'came', 'as', 'china', 'spoke', 'of', 'Taiwan', 'and', 'of', 'Takaichi'];
    const before = [1, 1];
    applyPhraseIntegrity([possessive], before, [[10], [1]], (p) => stemmed(ownerAfter[p]), () => 'remarks');
    expect(before[1]).toBeLessThan(1);
  });
});

describe('a thing whose clause says what it is of', () => {
  it('takes "notification that the administration approved a US$330 million arms package" for notice of the sale', () => {
    const of = { members: [0, 1], head: 0, pair: [[0], [1]] as [number[], number[]], joinedBy: 'of' as const };
    const clause = ['notification', 'that', 'the', 'trump', 'administration', 'approved', 'a', 'us', '330', 'million', 'arms', 'package'];
    const whole = [1, 1];
    applyPhraseIntegrity([of], whole, [[0], [11]], (p) => word(clause[p]), () => 'notice');
    expect(whole).toEqual([1, 1]);
    const noClause = ['notification', 'came', 'as', 'the', 'trump', 'administration', 'approved', 'a', 'new', 'arms', 'package'];
    const apart = [1, 1];
    applyPhraseIntegrity([of], apart, [[0], [10]], (p) => word(noClause[p]), () => 'notice');
    expect(apart[0]).toBeLessThan(1);
  });
});

describe('a quality said as a predicate', () => {
  it('takes "Japan remains one of the most important partners" for Japan\'s importance, but not an adjective of another clause', () => {
    const possessive = { members: [0, 1], head: 1, pair: [[0], [1]] as [number[], number[]], joinedBy: 'possessive' as const };
    const predicate = ['japan', 'remains', 'one', 'of', 'washington\'s', 'most', 'important', 'strategic', 'partners'];
    const whole = [1, 1];
    applyPhraseIntegrity([possessive], whole, [[0], [6]], (p) => word(predicate[p]));
    expect(whole).toEqual([1, 1]);
    const other = ['japan', 'signed', 'one', 'of', 'the', 'trade', 'deals', 'important', 'to', 'china'];
    const apart = [1, 1];
    applyPhraseIntegrity([possessive], apart, [[0], [7]], (p) => word(other[p]));
    expect(apart[1]).toBeLessThan(1);
  });

  it('takes a noun after the linking verb too: "Japan\'s closeness to the US" ~ "Japan remains one of … partners"', () => {
    const possessive = { members: [0, 1], head: 1, pair: [[0], [1]] as [number[], number[]], joinedBy: 'possessive' as const };
    const predicate = ['japan', 'remains', 'one', 'of', 'washington\'s', 'most', 'important', 'strategic', 'partners'];
    const whole = [1, 0.75];
    applyPhraseIntegrity([possessive], whole, [[0], [8]], (p) => word(predicate[p]));
    expect(whole).toEqual([1, 0.75]);
    const other = ['japan', 'signed', 'one', 'of', 'the', 'trade', 'deals', 'with', 'partners'];
    const apart = [1, 0.75];
    applyPhraseIntegrity([possessive], apart, [[0], [8]], (p) => word(other[p]));
    expect(apart[1]).toBeLessThan(0.75);
  });
});

describe('describing words inside a phrase', () => {
  it('keeps "Washington\'s partners" whole across "most important strategic", but not across other nouns', () => {
    const possessive = { members: [0, 1], head: 1, pair: [[0], [1]] as [number[], number[]] };
    const described = ['washington\'s', 'most', 'important', 'strategic', 'partners'];
    const whole = [1, 1];
    applyPhraseIntegrity([possessive], whole, [[0], [4]], (p) => word(described[p]));
    expect(whole).toEqual([1, 1]);
    const apart = ['washington\'s', 'trade', 'policy', 'angered', 'beijing', 'partners'];
    const split = [1, 1];
    applyPhraseIntegrity([possessive], split, [[0], [5]], (p) => word(apart[p]));
    expect(split[1]).toBeLessThan(1);
  });
});

describe('quantities inside a phrase', () => {
  it('reads "learn of" and "find out about" by the news they are about ("when did taiwan learn of the approval")', () => {
    const arms = buildQuestionIndex(knowledgeBase(ARMS));
    expect(arms.ask('when did taiwan learn of the approval of the arms sale').answers[0]?.why[0]).toBe('answers "when": Earlier this month');
    expect(arms.ask('when did taiwan find out about the approval of the arms sale').answers[0]?.why[0]).toBe('answers "when": Earlier this month');
  });

  it('does not part "arms package" from "approval" across a sum ("approved a US$330 million arms package")', () => {
    const result = buildQuestionIndex(knowledgeBase(ARMS)).ask('when did taiwan hear about the approval of the arms package');
    expect(result.answers[0]?.why.join(' ')).not.toContain('only far apart');
  });
});

describe("a country's title", () => {
  it('reads "the Taiwan president" as a pair, which a text naming another president and Taiwan apart does not match', () => {
    const arms = buildQuestionIndex(knowledgeBase(ARMS));
    expect(arms.ask('how did the taiwan president react to the call').status).toBe('not_found');
    expect(arms.ask('who is the japanese prime minister').answers[0]?.citation.paragraph).toBe(2);
  });
});

describe('how far apart the two sides of a pair may stand', () => {
  // Terms 0 = "notice", 1 = "approval": "notice of the approval"; the text tells it with a clause.
  const sentence = 'formal notification that the Trump administration approved'.split(' ');
  const at = (p: number) => word(sentence[p]);
  const split = (joinedBy: 'of' | 'possessive') => {
    const credit = [1, 1];
    applyPhraseIntegrity([{ members: [0, 1], head: 0, pair: [[0], [1]], joinedBy }], credit, [[1], [5]], at, () => 'notice');
    return credit[0]! < 1;
  };

  it('lets "X of Y" stand a short clause apart ("notification that the administration approved")', () => {
    expect(split('of')).toBe(false);
  });

  it('keeps "Y\'s X" close: a possessive is written next to what it owns', () => {
    expect(split('possessive')).toBe(true);
  });
});

describe('a policy its owner holds', () => {
  it('takes "Trump has continued the policy of strategic ambiguity" for Trump\'s strategic ambiguity, but not another verb', () => {
    const possessive = { members: [0, 1], head: 1, pair: [[0], [1]] as [number[], number[]], joinedBy: 'possessive' as const };
    const held = ['trump', 'has', 'continued', 'the', 'policy', 'of', 'strategic', 'ambiguity'];
    const whole = [1, 1];
    applyPhraseIntegrity([possessive], whole, [[0], [7]], (p) => word(held[p]));
    expect(whole).toEqual([1, 1]);
    const other = ['trump', 'has', 'criticised', 'the', 'policy', 'of', 'strategic', 'ambiguity'];
    const apart = [1, 1];
    applyPhraseIntegrity([possessive], apart, [[0], [7]], (p) => word(other[p]));
    expect(apart[1]).toBeLessThan(1);
  });
});
