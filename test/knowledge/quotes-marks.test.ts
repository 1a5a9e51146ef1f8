import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/knowledge/quotes/index.ts';
import { findQuoteSpans } from '../../src/knowledge/quotes/quote-marks.ts';
import { looksLikeTitle } from '../../src/knowledge/quotes/scare-quotes.ts';
import { para } from './quotes-fixtures.ts';

const texts = (...paragraphs: string[]) => extractQuotes(para(...paragraphs)).quotes.map((q) => q.text);

describe('quotation marks', () => {
  it('finds straight and curly marks and keeps the words between them verbatim', () => {
    const text = 'He said, “It’s over.” She said, "Not yet."';
    expect(findQuoteSpans(text).map((s) => s.text)).toEqual(['It’s over.', 'Not yet.']);
  });

  it('reports the offset of the quoted words in the paragraph', () => {
    const text = 'Ana Ruiz said, "We are ready."';
    const [span] = findQuoteSpans(text);
    expect(span && text.slice(span.start, span.end)).toBe('We are ready.');
  });

  it('takes apostrophes for what they are, not for quotation marks', () => {
    expect(findQuoteSpans("The Farmers' Union said it's time.")).toEqual([]);
  });

  it('reads British single marks, but not apostrophes, plurals or decades', () => {
    expect(findQuoteSpans("'We will win,' Coach Jim Hart said. 'The lads are ready.'").map((s) => s.text)).toEqual(['We will win,', 'The lads are ready.']);
    expect(findQuoteSpans('‘It’s over,’ said Mary O’Neill.').map((s) => s.text)).toEqual(['It’s over,']);
    expect(findQuoteSpans("The farmers' union met in the '90s, and it's over.")).toEqual([]);
  });

  it('leaves single marks inside double marks to the double quotation', () => {
    expect(findQuoteSpans(`"He told me, 'Don't worry,'" she said.`).map((s) => s.text)).toEqual(["He told me, 'Don't worry,'"]);
  });

  it('runs an unclosed quotation to the end of the paragraph', () => {
    expect(findQuoteSpans('He said: "We will appeal.')).toMatchObject([{ text: 'We will appeal.', closed: false }]);
  });

  it('keeps every extracted quote verbatim at its offset', () => {
    const paragraphs = para('"A," said Jo Lee. "B."', 'Lee called it “a mess” and said, "C."');
    const { quotes } = extractQuotes(paragraphs);
    expect(quotes.length).toBe(4);
    for (const q of quotes) expect(paragraphs[q.paragraph - 1]?.text.slice(q.start, q.start + q.text.length)).toBe(q.text);
  });
});

describe('marks that hold no speech', () => {
  it('recognises titles in title case', () => {
    expect(looksLikeTitle('Office of Water Resilience')).toBe(true);
    expect(looksLikeTitle('Every Drop Counts,')).toBe(true);
    expect(looksLikeTitle('We are not retreating,')).toBe(false);
    expect(looksLikeTitle('Where are they supposed to go?')).toBe(false);
  });

  it('skips a campaign or programme name even in a sentence with a speech verb', () => {
    expect(texts('The library\'s "Summer Reading Challenge," which drew 1,400 children, will move downtown, Paul Okafor said.')).toEqual([]);
  });

  it('skips a name introduced by `known as` or `titled`', () => {
    expect(texts('Jane Liu said the company would build a pickup known internally as "Project Kestrel."')).toEqual([]);
    expect(texts('A petition, titled "Keep the Branch Open," has 600 names.')).toEqual([]);
  });

  it('skips a scare quote around a single word with no speech verb near it', () => {
    expect(texts('The so-called "reform" passed on Monday.', 'The "temporary" closure has lasted six years.')).toEqual([]);
  });

  it('keeps a single word when a speech verb frames it', () => {
    expect(texts('Governor Ana Ruiz called the vote "shameful."')).toEqual(['shameful.']);
  });

  it('skips a lowercase phrase in marks when nobody is said to have said it', () => {
    expect(texts('Officials have promoted the idea of a "green corridor" along the river for years.')).toEqual([]);
  });
});
