import { describe, expect, it } from 'vitest';
import { ELLIPSIS, clampEmbeds, codePoints, joinWithin, shareRoom, truncate } from '../../src/reply/limits.ts';

const PARAGRAPH =
  'Taiwan remains a central pressure point. Earlier this month, Taiwan\'s foreign ministry announced it had received formal notification. Beijing sharply protested the authorization, saying it "grossly violated" the one-China principle.';

describe('codePoints', () => {
  it('counts an emoji outside the BMP as one, as Discord does', () => {
    expect('😀'.length).toBe(2);
    expect(codePoints('😀')).toBe(1);
  });
});

describe('truncate', () => {
  it('returns text that fits unchanged', () => {
    expect(truncate('short', 5)).toBe('short');
  });

  it('cuts at the last sentence end and shows an ellipsis', () => {
    const cut = truncate(PARAGRAPH, 150);
    expect(cut).toBe(`Taiwan remains a central pressure point. Earlier this month, Taiwan's foreign ministry announced it had received formal notification. ${ELLIPSIS}`);
    expect(codePoints(cut)).toBeLessThanOrEqual(150);
  });

  it('cuts at a word end when no sentence end keeps half the room', () => {
    const cut = truncate('Beijing sharply protested the authorization yesterday', 30);
    expect(cut).toBe(`Beijing sharply protested the${ELLIPSIS}`);
  });

  it('keeps a word that ends exactly at the cut', () => {
    expect(truncate('alpha beta gamma', 11)).toBe(`alpha beta${ELLIPSIS}`);
  });

  it('never splits a surrogate pair or a joined emoji', () => {
    expect(truncate('😀'.repeat(10), 4)).toBe(`😀😀😀${ELLIPSIS}`);
    const family = '👩‍👩‍👧'; // five code points, one picture
    expect(truncate(family.repeat(3), 12)).toBe(`${family.repeat(2)}${ELLIPSIS}`);
  });

  it('stays within any limit, however small, without throwing', () => {
    for (let max = 0; max < 60; max++) {
      const cut = truncate(PARAGRAPH, max);
      expect(codePoints(cut)).toBeLessThanOrEqual(max);
      if (max > 0) expect(cut.endsWith(ELLIPSIS)).toBe(true);
    }
  });
});

describe('joinWithin', () => {
  const more = (n: number) => `+${n} more`;

  it('keeps whole items and counts the ones left out', () => {
    expect(joinWithin(['one', 'two', 'three', 'four'], 16, more)).toBe('one\ntwo\n+2 more');
  });

  it('truncates the first item when not even it fits', () => {
    const out = joinWithin(['a very long first item indeed', 'b'], 20, more);
    expect(codePoints(out)).toBeLessThanOrEqual(20);
    expect(out).toMatch(/…\n\+1 more$/);
  });

  it('returns everything when it all fits', () => {
    expect(joinWithin(['a', 'b'], 3, more)).toBe('a\nb');
  });
});

describe('shareRoom', () => {
  it('gives every part what it needs when all fits', () => {
    expect(shareRoom(100, [10, 20])).toEqual([10, 20]);
  });

  it('keeps a long part from crowding out a short one', () => {
    expect(shareRoom(100, [500, 30])).toEqual([70, 30]);
    expect(shareRoom(100, [500, 500])).toEqual([50, 50]);
  });
});

describe('clampEmbeds', () => {
  it('brings every part and the 6,000 total within the limits', () => {
    const [embed] = clampEmbeds([
      {
        title: 't'.repeat(300),
        description: 'word '.repeat(1000),
        fields: Array.from({ length: 30 }, (_, i) => ({ name: `n${i}`.repeat(200), value: 'v '.repeat(600) })),
        footer: { text: 'f'.repeat(3000) },
      },
    ]);
    const total = codePoints(embed!.title!) + codePoints(embed!.description!) + codePoints(embed!.footer!.text) + embed!.fields!.reduce((n, f) => n + codePoints(f.name) + codePoints(f.value), 0);
    expect(codePoints(embed!.title!)).toBeLessThanOrEqual(256);
    expect(codePoints(embed!.description!)).toBeLessThanOrEqual(4096);
    expect(embed!.fields!.length).toBeLessThanOrEqual(25);
    expect(codePoints(embed!.footer!.text)).toBeLessThanOrEqual(2048);
    expect(total).toBeLessThanOrEqual(6000);
  });
});
