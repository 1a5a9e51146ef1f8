import { describe, expect, it } from 'vitest';
import { tenseAt } from '../../src/knowledge/timeline/tense.ts';

/** Tense around the first occurrence of `date` in `sentence`. */
function tense(sentence: string, date: string): string | undefined {
  const start = sentence.indexOf(date);
  if (start < 0) throw new Error(`"${date}" is not in "${sentence}"`);
  return tenseAt(sentence, start, start + date.length);
}

describe('the tense a date belongs to', () => {
  it.each([
    ['Trump and Xi held a phone call Monday.', 'Monday', 'past'],
    ['The company has resumed purchases since Oct. 30.', 'Oct. 30', 'past'],
    ['Retailers had sued in August.', 'August', 'past'],
    ['The board will vote on Thursday.', 'Thursday', 'future'],
    ["It'll open on Friday.", 'Friday', 'future'],
    ['A ratification vote is scheduled for Thursday.', 'Thursday', 'future'],
    ['The company plans to launch the model in January.', 'January', 'future'],
    ['The committee is meeting Monday.', 'Monday', 'future'],
    ['She expected the wells to be drilled by June.', 'June', 'future'],
    ['The law would have banned sales starting Jan. 1.', 'Jan. 1', 'future'],
    ['The vote was scheduled for Dec. 3 but was postponed.', 'Dec. 3', 'past'],
    ['The Fed signaled that it could cut rates as soon as March.', 'March', 'future'],
    ['Many roads could remain closed through the weekend.', 'the weekend', 'future'],
    ['Schools remained closed on Monday.', 'Monday', 'past'],
    ['The law takes effect July 1.', 'July 1', 'future'],
    ['Manchester City travel to Anfield on Sunday.', 'Sunday', 'future'],
  ])('%j: %s is %s', (sentence, date, expected) => {
    expect(tense(sentence, date)).toBe(expected);
  });

  it('reads the verb of the date’s own clause, not the reporting verb', () => {
    const sentence = 'Ruiz told Democratic leaders on Monday that she would veto the bill in March.';
    expect(tense(sentence, 'Monday')).toBe('past');
    expect(tense(sentence, 'March')).toBe('future');
  });

  it('looks right of an introductory date: `On Monday, the company said …`', () => {
    expect(tense('On Monday, the company said it had closed the plant.', 'Monday')).toBe('past');
  });

  it('does not borrow a verb from across a semicolon or from another full clause', () => {
    expect(tense('The debut sold 10 million copies; the band performs in London on May 3.', 'May 3')).toBeUndefined();
  });

  it('says nothing for the present tense', () => {
    expect(tense('Whitfield has until Jan. 13 to file.', 'Jan. 13')).toBeUndefined();
    expect(tense('The vote is on Dec. 3.', 'Dec. 3')).toBeUndefined();
  });

  it('does not take adjectives in -ed for past verbs', () => {
    expect(tense('The court will publish the revised opinion Wednesday.', 'Wednesday')).toBe('future');
    expect(tense('It banned the sale of flavored products from Jan. 1.', 'Jan. 1')).toBe('past');
  });

  it('does not take May the month for the modal may', () => {
    expect(tense('Sales rose between March and May.', 'March')).toBe('past');
  });
});
