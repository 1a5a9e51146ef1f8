import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/knowledge/quotes/index.ts';
import { para } from './quotes-fixtures.ts';

/** `[speakerId, text, partial]` for every quote, in order. */
const quotesOf = (...texts: string[]) => extractQuotes(para(...texts)).quotes.map((q) => [q.speakerId, q.text, q.partial]);

describe('attribution after the quotation', () => {
  it('gives a quote to the name before the verb that follows it', () => {
    expect(quotesOf('"We will rebuild," Mayor Jane Porter said on Tuesday.')).toEqual([['jane-porter', 'We will rebuild,', false]]);
  });

  it('gives a quote to the name after an inverted verb, with its appositive role', () => {
    const { quotes, speakers } = extractQuotes(para('"It was a long night," said Omar Haddad, a volunteer firefighter.'));
    expect(quotes.map((q) => q.speakerId)).toEqual(['omar-haddad']);
    expect(speakers[0]?.role).toBe('volunteer firefighter');
  });

  it('reads a question mark inside the quotation and a pronoun after it', () => {
    expect(quotesOf('Lena Ortiz runs the shelter.', '"Where will they sleep?" she asked.')).toEqual([['lena-ortiz', 'Where will they sleep?', false]]);
  });

  it('accepts told, added, conceded and other verbs, with time words around them', () => {
    expect(quotesOf('"Not yet," Victor Chen told reporters Monday.', '"Soon," Chen added later.', '"It was a mistake," Chen conceded.').map((q) => q[0])).toEqual([
      'victor-chen',
      'victor-chen',
      'victor-chen',
    ]);
  });
});

describe('attribution before the quotation', () => {
  it('reads `X said, "…"` with a role before the name', () => {
    expect(quotesOf('Foreign ministry spokesperson Anna Weiss said, "We reject the claim."')).toEqual([['anna-weiss', 'We reject the claim.', false]]);
  });

  it('reads a colon after the verb', () => {
    expect(quotesOf('The coach, Dana Riley, put it simply. Riley said: "We lost."')).toEqual([['dana-riley', 'We lost.', false]]);
  });

  it('marks a fragment inside the sentence as partial', () => {
    expect(quotesOf('Senator Mark Olsen called the plan "a reckless gamble" on Friday.')).toEqual([['mark-olsen', 'a reckless gamble', true]]);
  });

  it('reads `emphasized that "…"` and `added that "…"` through a pronoun', () => {
    const got = quotesOf('President Ines Moreau emphasized that "the border is closed." She added that "nobody will cross it."');
    expect(got).toEqual([
      ['ines-moreau', 'the border is closed.', true],
      ['ines-moreau', 'nobody will cross it.', true],
    ]);
  });

  it('keeps an appositive between the name and the verb out of the way', () => {
    expect(quotesOf('Ruth Kamau, a nurse at the county hospital, said the wards were "full to the ceiling."')).toEqual([
      ['ruth-kamau', 'full to the ceiling.', true],
    ]);
  });

  it('gives a second fragment of the same sentence to the same speaker', () => {
    expect(quotesOf('Tariq Mansour said the deal was "fair" and accused rivals of "spreading fear."').map((q) => q[0])).toEqual(['tariq-mansour', 'tariq-mansour']);
  });

  it('gives a fragment framed by an infinitive to the subject: `refused to call the win a "…"`', () => {
    expect(quotesOf('Elena Vasquez, whose future had been questioned, refused to call the win a "turning point."')).toEqual([
      ['elena-vasquez', 'turning point.', true],
    ]);
  });

  it('gives a fragment after `, saying` to the subject of the sentence', () => {
    expect(quotesOf('Beijing sharply protested the sale, saying it "grossly violated" the agreement.')).toEqual([['beijing', 'grossly violated', true]]);
  });
});

describe('split quotes and continuations', () => {
  it('gives both halves of a split quote to the speaker between them', () => {
    expect(quotesOf('"The roof is failing," said Paul Grant. "We have to act now."').map((q) => q[0])).toEqual(['paul-grant', 'paul-grant']);
  });

  it('drops a quotation whose pronoun has nobody to refer to', () => {
    expect(quotesOf('"Recharge helps," he said, "but it is not enough."')).toEqual([]);
  });

  it('gives both halves of a quote split mid-sentence to the speaker', () => {
    expect(quotesOf('Jonas Berg spoke first.', '"Recharge helps," he said, "but it is not enough."')).toEqual([
      ['jonas-berg', 'Recharge helps,', false],
      ['jonas-berg', 'but it is not enough.', false],
    ]);
  });

  it('gives a paragraph that is only a quotation to the speaker of the paragraph before', () => {
    const got = quotesOf('"We are not leaving," Karen Liu said.', '"This town built us."');
    expect(got.map((q) => q[0])).toEqual(['karen-liu', 'karen-liu']);
  });

  it('carries a quotation that runs on into the next paragraph', () => {
    const got = extractQuotes(para('Her lawyer, Victor Hale, spoke briefly. He said: "We will appeal.', '"This case is far from over."')).quotes;
    expect(got.map((q) => [q.speakerId, q.text, q.paragraph])).toEqual([
      ['victor-hale', 'We will appeal.', 1],
      ['victor-hale', 'This case is far from over.', 2],
    ]);
  });

  it('does not carry a lone quotation across a paragraph without quotes', () => {
    expect(quotesOf('"Fine," Ana Ruiz said.', 'The vote is on Monday.', '"We will see."').map((q) => q[1])).toEqual(['Fine,']);
  });
});

describe('organisations, places and relays', () => {
  it('resolves `the union` to the union named earlier', () => {
    expect(quotesOf("The Farmers' Union met on Monday. In a statement, the union called it \"a lifeline.\"")).toEqual([['farmers-union', 'a lifeline.', true]]);
  });

  it('gives the quote to the body when analysts at it are quoted', () => {
    const { quotes, speakers } = extractQuotes(para('Analysts at Morgan Stanley wrote that the closure was "overdue."'));
    expect(quotes[0]?.speakerId).toBe('morgan-stanley');
    expect(speakers.find((s) => s.id === 'morgan-stanley')?.kind).toBe('organization');
  });

  it('gives a quote after `which said` to the body before it', () => {
    expect(quotesOf('The plan was welcomed by the Eastgate Neighborhood Association, which said it was "grateful."')).toEqual([
      ['eastgate-neighborhood-association', 'grateful.', true],
    ]);
  });

  it('records `according to X` as the channel when someone else is quoted through it', () => {
    const { quotes } = extractQuotes(para('According to the Chinese foreign ministry, Xi told Trump the two sides should "work together."'));
    expect(quotes[0]).toMatchObject({ speakerId: 'xi', via: ['Chinese foreign ministry'] });
  });

  it('records a reporting body as the channel: `X released an account, saying Y emphasized that "…"`', () => {
    const { quotes } = extractQuotes(para('The Ministry of Defense released a summary, saying General Tomas Ruiz emphasized that "the line will hold."'));
    expect(quotes[0]).toMatchObject({ speakerId: 'tomas-ruiz', via: ['Ministry of Defense'] });
  });

  it('gives a quote to `according to X` when no one else speaks in the sentence', () => {
    expect(quotesOf('According to Okafor, the roof is "beyond repair."')).toEqual([['okafor', 'beyond repair.', true]]);
  });

  it('lets a spokesman speak for the body he represents', () => {
    expect(quotesOf('"We are reviewing the order," said a spokesman for the Interior Ministry.')).toEqual([['interior-ministry', 'We are reviewing the order,', false]]);
  });
});
