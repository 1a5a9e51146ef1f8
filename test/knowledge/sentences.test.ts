import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/knowledge/sentences.ts';

const texts = (paragraph: string): string[] => splitSentences(paragraph, 1).map((s) => s.text);

describe('splitSentences on the seed article', () => {
  // The body of the seed article: the paragraphs after the front matter, one per block.
  const paragraphs = readFileSync(new URL('../../knowledge/trump-xi-call.md', import.meta.url), 'utf8')
    .split(/^---$/m)[2]!
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

  it('finds the expected number of sentences in every paragraph', () => {
    expect(paragraphs.map((p, i) => splitSentences(p, i + 1).length)).toEqual([2, 3, 3, 3, 3, 4, 3, 3]);
  });

  it('keeps U.S.-China and "U.S. and Chinese officials" inside the first sentence of paragraph 1', () => {
    expect(texts(paragraphs[0] ?? '')).toEqual([
      'U.S.-China relations returned to the forefront of global diplomacy after President Donald Trump and Chinese President Xi Jinping held a phone call Monday that touched on Taiwan, trade policy and the Ukraine conflict, according to U.S. and Chinese officials.',
      "The call came amid heightened tensions in East Asia and renewed debate over Beijing's view that Taiwan's political future is inseparable from the post-World War II order.",
    ]);
  });

  it('splits paragraph 6 after a closing quote and keeps US$330 whole', () => {
    expect(texts(paragraphs[5] ?? '')).toEqual([
      'Taiwan remains a central pressure point.',
      "Earlier this month, Taiwan's foreign ministry announced it had received formal notification that the Trump administration approved a US$330 million arms package that includes fighter jet components.",
      'Beijing sharply protested the authorization, saying it "grossly violated" the one-China principle.',
      'Chinese foreign ministry spokesperson Lin Jian said, "China deplores and opposes that."',
    ]);
  });

  it('splits after a quotation that ends with a period and is followed by a new sentence', () => {
    expect(texts(paragraphs[1] ?? '')[1]).toBe(
      'He added that "China and the U.S. fought shoulder to shoulder against fascism and militarism," urging the two countries to protect the historical outcomes of World War II.',
    );
    expect(texts(paragraphs[3] ?? '')[0]).toMatch(/"jointly safeguard the victory of World War II\."$/);
  });

  it('keeps "Oct. 30" inside its sentence', () => {
    expect(texts(paragraphs[4] ?? '')[0]).toContain('in Busan on Oct. 30, where the two leaders');
  });

  it('returns verbatim sentences whose offsets slice the paragraph, numbered in order', () => {
    paragraphs.forEach((p, i) => {
      const sentences = splitSentences(p, i + 1);
      sentences.forEach((s, k) => {
        expect(p.slice(s.start, s.end)).toBe(s.text);
        expect(s).toMatchObject({ paragraph: i + 1, index: k });
      });
      expect(sentences.map((s) => s.text).join(' ')).toBe(p.trim());
    });
  });
});

describe('splitSentences on news conventions', () => {
  it.each([
    ['does not split inside "U.S.-China"', 'U.S.-China relations improved. Talks resumed.', 2],
    ['does not split "U.S." before a lowercase word', 'He met U.S. officials. They agreed.', 2],
    ['does not split "U.S." before a proper-noun continuation', 'U.S. President Donald Trump spoke to U.S. Treasury officials.', 1],
    ['splits after "U.S." when a sentence-opening word follows', 'The deal was signed in the U.S. The talks ended there.', 2],
    ['never splits after titles before names', 'Mr. Smith, Mrs. Jones and Ms. Park met Dr. Lee. Sen. Warren, Rep. Cole and Gov. Newsom spoke.', 2],
    ['never splits inside military ranks', 'Gen. Milley and Lt. Col. Vindman listened. St. Louis was next.', 2],
    ['keeps month abbreviations before a day', 'They met on Oct. 30 and again on Jan. 5. Then they stopped.', 2],
    ['keeps a.m. and p.m. before a lowercase word or a weekday', 'It starts at 9 a.m. and ends at 5 p.m. Monday. Nobody came.', 2],
    ['splits after p.m. before a new sentence', 'They met at 5 p.m. The talks lasted an hour.', 2],
    ['keeps initials with the name', 'J. K. Rowling wrote it. Donald J. Trump read it.', 2],
    ['keeps a run of initials even when one spells a word', 'The author J. A. Baker wrote it. E. I. Lee agreed.', 2],
    ['keeps decimals, percentages and money whole', 'Prices rose 3.5% to US$330.75 million. Shares fell 0.2 points.', 2],
    ['splits after "Corp." before a sentence opener', 'He works for Acme Corp. The company makes tools.', 2],
    ['keeps "Corp." before a title that continues the name', 'Acme Corp. Chief Executive Jane Doe resigned.', 1],
    ['splits after "Jr." ending a sentence', 'The award went to Martin Luther King Jr. He accepted it in Oslo.', 2],
    ['keeps "No." before a number and "St." before a lowercase word', 'No. 10 Downing St. is the address. It is in London.', 2],
    ['never splits after e.g. or i.e.', 'We sell fruit, e.g. Apples and Pears, i.e. Produce. It is fresh.', 2],
    ['splits after a final "etc."', 'Bring pens, paper, etc. The store opens at nine.', 2],
    ['keeps a non-final "etc."', 'Pens, paper, etc. are sold here.', 1],
    ['never splits after "vs."', 'Trump vs. Biden was the headline.', 1],
    ['splits after Washington, D.C. before a sentence opener', 'He flew to Washington, D.C. The meeting began. Washington, D.C. is large.', 3],
    ['splits after a state abbreviation before a sentence opener', 'She lives in Portland, Ore. The city is rainy.', 2],
    ['splits after an exclamation and a question', 'Really? Yes! It happened.', 3],
    ['splits before a sentence that starts with a digit', 'The vote was held. 52 senators agreed.', 2],
    ['splits before an accented capital', 'Il a parlé. Élysée a répondu.', 2],
    ['keeps text without final punctuation as one sentence', 'A headline without a period', 1],
  ])('%s', (_name, text, count) => {
    expect(texts(text)).toHaveLength(count);
  });

  it('splits after a period followed by a closing quote', () => {
    expect(texts('He called the plan "a disaster." Officials disagreed.')).toEqual(['He called the plan "a disaster."', 'Officials disagreed.']);
    expect(texts('“It works.” The team agreed.')).toEqual(['“It works.”', 'The team agreed.']);
  });

  it('splits after a period inside closing brackets', () => {
    expect(texts('(The company declined to comment.) Shares fell.')).toEqual(['(The company declined to comment.)', 'Shares fell.']);
  });

  it('keeps a quotation that continues to its attribution as one sentence', () => {
    expect(texts('"We will win. We will fight," he said. Nobody cheered.')).toEqual(['"We will win. We will fight," he said.', 'Nobody cheered.']);
  });

  it('does not split after a question mark or exclamation before a lowercase attribution', () => {
    expect(texts('"Why?" he asked. "Because!" she replied.')).toEqual(['"Why?" he asked.', '"Because!" she replied.']);
  });

  it('does not split a quoted question from a capitalised attribution', () => {
    expect(texts('"Why not?" Lin Jian said. The talks ended.')).toEqual(['"Why not?" Lin Jian said.', 'The talks ended.']);
  });

  it('splits before a new sentence that opens with a speech verb', () => {
    expect(texts('She said "no." He added that it was late.')).toEqual(['She said "no."', 'He added that it was late.']);
  });

  it('treats an ellipsis before a capital as an end and before a lowercase word as a pause', () => {
    expect(texts('He paused... and then continued. It was late.')).toEqual(['He paused... and then continued.', 'It was late.']);
    expect(texts('Wait… What happened?')).toEqual(['Wait…', 'What happened?']);
  });

  it('excludes surrounding whitespace from offsets', () => {
    const text = '  First one.   Second one.  ';
    const sentences = splitSentences(text, 3);
    expect(sentences.map((s) => [s.text, s.start, s.end, s.paragraph])).toEqual([
      ['First one.', 2, 12, 3],
      ['Second one.', 15, 26, 3],
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('', 1)).toEqual([]);
    expect(splitSentences('   ', 1)).toEqual([]);
  });
});
