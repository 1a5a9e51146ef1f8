import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/knowledge/quotes/index.ts';
import { paragraphsOf, readArticleBody } from './quotes-fixtures.ts';

const paragraphs = paragraphsOf(readArticleBody('knowledge/trump-xi-call.md'));
const { quotes, speakers, statements } = extractQuotes(paragraphs);
const quotesBy = (id: string) => quotes.filter((q) => q.speakerId === id).map((q) => [q.paragraph, q.text]);

describe('the seed article (trump-xi-call)', () => {
  it('gives Lin Jian exactly one quote, in paragraph 6', () => {
    expect(quotesBy('lin-jian')).toEqual([[6, 'China deplores and opposes that.']]);
    expect(speakers.find((s) => s.id === 'lin-jian')).toMatchObject({ name: 'Lin Jian', role: 'Chinese foreign ministry spokesperson', kind: 'person' });
  });

  it('gives Xi Jinping his six quotations, verbatim', () => {
    expect(quotesBy('xi-jinping')).toEqual([
      [2, "Taiwan's return to China is an integral part of the post-war international order."],
      [2, 'China and the U.S. fought shoulder to shoulder against fascism and militarism,'],
      [4, 'jointly safeguard the victory of World War II.'],
      [5, 'generally maintained a steady and positive trajectory'],
      [5, 'more positive progress.'],
      [8, 'at its root,'],
    ]);
  });

  it('knows President Xi and Xi as Chinese President Xi Jinping', () => {
    const xi = speakers.find((s) => s.id === 'xi-jinping');
    expect(xi).toMatchObject({ name: 'Xi Jinping', role: 'Chinese President', kind: 'person' });
    expect(xi?.aliases).toEqual(expect.arrayContaining(['Xi', 'President Xi']));
  });

  it('records the foreign ministry as the channel of the quotes it relayed', () => {
    const via = quotes.filter((q) => q.speakerId === 'xi-jinping').map((q) => [q.paragraph, q.via ?? []]);
    expect(via).toEqual([
      [2, ["China's Ministry of Foreign Affairs"]],
      [2, ["China's Ministry of Foreign Affairs"]],
      [4, ['Chinese foreign ministry']],
      [5, []],
      [5, []],
      [8, []],
    ]);
  });

  it('gives "grossly violated" to Beijing, a place, as a partial quote', () => {
    expect(quotes.find((q) => q.text === 'grossly violated')).toMatchObject({ speakerId: 'beijing', paragraph: 6, partial: true });
    expect(speakers.find((s) => s.id === 'beijing')?.kind).toBe('place');
  });

  it('keeps Takaichi as a statement in paragraph 3, not a quote', () => {
    expect(statements.filter((s) => s.speakerId === 'sanae-takaichi').map((s) => s.paragraph)).toEqual([3]);
    expect(quotesBy('sanae-takaichi')).toEqual([]);
    expect(speakers.find((s) => s.id === 'sanae-takaichi')).toMatchObject({ name: 'Sanae Takaichi', role: 'Japanese Prime Minister' });
  });

  it('keeps `Chinese officials said Xi reiterated …` as a statement of Xi through the officials', () => {
    const s = statements.find((st) => st.text.startsWith('Chinese officials said'));
    expect(s).toMatchObject({ speakerId: 'xi-jinping', paragraph: 8, via: ['Chinese officials'] });
  });

  it('finds nothing else in marks: exactly eight quotes', () => {
    expect(quotes).toHaveLength(8);
  });
});
