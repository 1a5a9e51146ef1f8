import { describe, expect, it } from 'vitest';
import { eventText, MAX_EVENT_TEXT, sentenceSpan } from '../../src/knowledge/timeline/clause.ts';
import { paragraphsOf } from './timeline-support.ts';

/** The event text for the first occurrence of `date` in a one-paragraph `text`. */
function textFor(text: string, date: string): string {
  const [paragraph] = paragraphsOf(text);
  if (!paragraph) throw new Error('no paragraph');
  const start = text.indexOf(date);
  const mention = { start, end: start + date.length };
  return eventText(text, sentenceSpan(paragraph, mention.start, mention.end), mention);
}

describe('event text', () => {
  it('is the whole sentence when the sentence is short', () => {
    const text = 'Prices rose sharply. Since then, China has resumed purchasing U.S. soybeans, and tariffs fell by 10%. Talks continue.';
    expect(textFor(text, 'Since then')).toBe('Since then, China has resumed purchasing U.S. soybeans, and tariffs fell by 10%.');
  });

  it('cuts a long sentence at the comma after the date', () => {
    const text =
      'The conversation also followed a meeting between Trump and Xi in Busan on Oct. 30, where the two leaders sought to stabilize relations after months of tariff escalations and trade disputes.';
    expect(textFor(text, 'Oct. 30')).toBe('The conversation also followed a meeting between Trump and Xi in Busan on Oct. 30');
  });

  it('takes the clause that holds the date from the middle of a long sentence', () => {
    const text =
      "Xi's comments come as Beijing grows increasingly uneasy over statements from Japanese Prime Minister Sanae Takaichi, who said this month that a hypothetical Chinese attack on Taiwan could prompt a military response from Tokyo.";
    expect(textFor(text, 'this month')).toBe('who said this month that a hypothetical Chinese attack on Taiwan could prompt a military response from Tokyo.');
  });

  it('widens an opening date phrase with the clause it introduces, then cuts at a conjunction', () => {
    const text =
      "Earlier this month, Taiwan's foreign ministry announced it had received formal notification that the Trump administration approved a US$330 million arms package that includes fighter jet components.";
    const result = textFor(text, 'Earlier this month');
    expect(result.startsWith("Earlier this month, Taiwan's foreign ministry announced")).toBe(true);
    expect(result.length).toBeLessThanOrEqual(MAX_EVENT_TEXT);
  });

  it('never splits a date that holds a comma', () => {
    const text =
      'A judge declined to block the law on Oct. 3, 2024, and retailers appealed two weeks later, arguing in a lengthy filing that the state had exceeded its authority under the commerce clause of the Constitution.';
    expect(textFor(text, 'Oct. 3, 2024')).toContain('Oct. 3, 2024');
  });

  it('is always verbatim and within the length limit, even without punctuation to cut at', () => {
    const text = `${'word '.repeat(60)}met on Monday ${'more '.repeat(60)}end.`;
    const result = textFor(text, 'Monday');
    expect(text.includes(result)).toBe(true);
    expect(result).toContain('Monday');
    expect(result.length).toBeLessThanOrEqual(MAX_EVENT_TEXT);
  });

  it('merges sentences a splitter broke inside the date', () => {
    const text = 'They met on Oct. 30 in Busan. Nothing else happened.';
    const paragraph = { number: 1, text, line: 0, sentences: [
      { text: 'They met on Oct.', paragraph: 1, index: 0, start: 0, end: 16 },
      { text: '30 in Busan.', paragraph: 1, index: 1, start: 17, end: 29 },
      { text: 'Nothing else happened.', paragraph: 1, index: 2, start: 30, end: 52 },
    ] };
    const start = text.indexOf('Oct. 30');
    expect(sentenceSpan(paragraph, start, start + 7)).toEqual({ start: 0, end: 29 });
  });

  it('falls back to the whole paragraph when the sentences are not verbatim', () => {
    const paragraph = { number: 1, text: 'They met Monday.', line: 0, sentences: [{ text: 'Something else.', paragraph: 1, index: 0, start: 0, end: 15 }] };
    expect(sentenceSpan(paragraph, 9, 15)).toEqual({ start: 0, end: 16 });
  });
});
