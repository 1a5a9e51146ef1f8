/**
 * Attribution styles found while annotating new wire-style articles: phrasal and participle
 * verbs, documents that speak for their owner, who `the company` can be, names with `of` and
 * generational suffixes, and quotations that follow a speaker set up without a speech verb.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/knowledge/quotes/index.ts';
import { para } from './quotes-fixtures.ts';

/** `[speakerId, text, partial]` for every quote, in order. */
const quotesOf = (...texts: string[]) => extractQuotes(para(...texts)).quotes.map((q) => [q.speakerId, q.text, q.partial]);
const speakersOf = (...texts: string[]) => extractQuotes(para(...texts)).quotes.map((q) => q.speakerId);

describe('verbs that report speech in more than one word', () => {
  it('reads `pointed out that` as speech, but not `pointed to`', () => {
    expect(quotesOf('Maggie Baldwin, the state veterinarian, pointed out that "every farm is a family business."')).toEqual([
      ['maggie-baldwin', 'every farm is a family business.', true],
    ]);
    expect(quotesOf('Maggie Baldwin pointed to the "quarantine zone" on a map.')).toEqual([]);
  });

  it('gives `went on to say` the subject of the sentence', () => {
    expect(speakersOf('"We want this gone," said Chris Galen, a spokesman.', 'He went on to say that farmers needed "faster compensation" for their losses.')).toEqual([
      'chris-galen',
      'chris-galen',
    ]);
  });

  it('reads an -ing verb without a comma when content or a document comes with it', () => {
    expect(speakersOf('The Department of Agriculture issued a bulletin warning that "milk from sick animals must not be sold."')).toEqual(['department-of-agriculture']);
    expect(speakersOf('Acme Corp. released a statement saying "we regret the error."')).toEqual(['acme-corp']);
  });

  it('takes `X was quoted as saying` after the quotation', () => {
    expect(speakersOf('"We will win," John Smith was quoted as saying by Reuters.')).toEqual(['john-smith']);
  });

  it('accepts manner-of-speaking verbs that only frame a quotation', () => {
    expect(speakersOf('John Smith lost.', '"It is a disgrace," Smith fumed.', '"We were robbed," he continued.')).toEqual(['john-smith', 'john-smith']);
    expect(extractQuotes(para('Maria Lopez laughed at the idea that prices would fall.')).statements).toEqual([]);
  });
});

describe('documents and bodies', () => {
  it('lets a body’s statement speak for the body', () => {
    expect(speakersOf('The Reserve Bank of Norland held rates.', 'The bank’s statement said the board had decided that "the risks of moving too early still outweigh the risks of waiting."')).toEqual([
      'reserve-bank-of-norland',
    ]);
  });

  it('resolves `the union` to the body that spoke, not one named in passing since', () => {
    expect(
      speakersOf(
        'The Communications Workers of America, which represents 300 Orbitline technicians, said it had not been consulted. "Workers read about this on the news," the union said.',
      ),
    ).toEqual(['communications-workers-of-america']);
  });

  it('never resolves `the company` to a union or a public agency', () => {
    const paragraphs = para(
      'Workers walked out after talks with the operator Island Link failed. "We gave them every chance," said Maria Santos of the Maritime Workers Union.',
      'In a statement, the company said: "We remain ready to return to talks."',
    );
    expect(extractQuotes(paragraphs).quotes.map((q) => q.speakerId)).toEqual(['maria-santos', 'island-link']);
  });

  it('lets a named spokesperson speak for a body named with a possessive', () => {
    expect(speakersOf('Senator John Smith was not available.', '"He has no comment," said Smith’s spokesman, Tom Lee.')).toEqual(['tom-lee']);
  });
});

describe('names', () => {
  it('ends a person’s name before `of` and the body they work for', () => {
    const { quotes, speakers } = extractQuotes(para('"They were losing money," said Kevin O’Brien of Lakeshore Securities.'));
    expect(quotes.map((q) => q.speakerId)).toEqual(['kevin-obrien']);
    expect(speakers.find((s) => s.id === 'kevin-obrien')?.kind).toBe('person');
  });

  it('finds a person by surname when the full name carries `Jr.`', () => {
    expect(speakersOf('President Ferdinand Marcos Jr. spoke in Manila.', '"We will not give up a square inch," Marcos said.')).toEqual(['ferdinand-marcos-jr']);
  });

  it('keeps military ranks out of the name', () => {
    expect(speakersOf('"Our crew showed restraint," wrote Commodore Jay Tarriela.')).toEqual(['jay-tarriela']);
  });

  it('reads a given name with a place-word surname as a person, for pronouns', () => {
    expect(speakersOf('"We lost," said Tom Lee.', 'His coach, Jim Park, disagreed. "We drew," he said.')).toEqual(['tom-lee', 'jim-park']);
  });

  it('keeps a relative clause between a description and its verb with the speaker', () => {
    const { quotes } = extractQuotes(para('An official who was briefed on the talks said Beijing had told diplomats it did not want the dispute "to become a crisis."'));
    expect(quotes.map((q) => [q.speakerId, q.via])).toEqual([['beijing', ['official who was briefed on the talks']]]);
  });

  it('offers an organisation under its name with `the`, as articles write it', () => {
    const { speakers } = extractQuotes(para('The Federal Trade Commission said the deal was "anticompetitive."'));
    expect(speakers[0]?.aliases).toContain('the Federal Trade Commission');
  });
});

describe('quotations standing alone', () => {
  it('continues the speaker of reported speech in the paragraph before', () => {
    expect(speakersOf('John Smith said the plan would fail.', '"It will never work. Never."')).toEqual(['john-smith']);
  });

  it('continues a named person who opens the sentence before, with no speech verb', () => {
    expect(speakersOf('Officials said the road would reopen.', 'Jane Doe, a resident, was unconvinced.', '"I will believe it when I see it."')).toEqual(['jane-doe']);
  });

  it('does not hand a quotation to a body that opens the sentence before', () => {
    expect(speakersOf('"We are ready," said Jane Doe. The council voted 5-2. "It is a good day."')).toEqual(['jane-doe', 'jane-doe']);
  });

  it('does not mark a quotation after a sentence ending in an abbreviation as partial', () => {
    expect(quotesOf('Dana Nessel wrote on X. "They should not pay more."')).toEqual([['dana-nessel', 'They should not pay more.', false]]);
  });
});

describe('people found in the latest held-out articles', () => {
  it('gives `she` to the person a sentence of the paragraph is about, not one named in passing since', () => {
    expect(
      speakersOf(
        '"You will kill Main Street," said Frank Russo.',
        'Linda Park, who owns a bakery near Russo’s store, disagreed. "The meters will help," she said.',
      ),
    ).toEqual(['frank-russo', 'linda-park']);
  });

  it('reads a newspaper’s name as a body, never as someone `he` can be', () => {
    expect(speakersOf('Frank Russo left early. He later told the Millbrook Courier he would fight. "They will listen," he said.')).toEqual(['frank-russo']);
  });

  it('keeps a noun for a person before a name out of the name', () => {
    const { quotes, speakers } = extractQuotes(para('Teenager Maya Collins, 16, drew applause. "Not everybody has a car," she said.'));
    expect(quotes.map((q) => q.speakerId)).toEqual(['maya-collins']);
    expect(speakers[0]?.role).toBe('Teenager');
  });
});

describe('who heads a subject with `of`', () => {
  it('gives `PERSON of BODY said` to the person, with the body as their role', () => {
    const { quotes, speakers } = extractQuotes(para('Jenna Ortiz of Crestline Capital wrote in a note to clients that the delay "raises real questions."'));
    expect(quotes.map((q) => q.speakerId)).toEqual(['jenna-ortiz']);
    expect(speakers.find((s) => s.id === 'jenna-ortiz')?.role).toBe('Crestline Capital');
  });

  it('keeps a body named with `of` whole: `the Ridgeport Chamber of Commerce said`', () => {
    expect(speakersOf('The Ridgeport Chamber of Commerce said in a statement that it "reluctantly supports" the increase.')).toEqual(['ridgeport-chamber-of-commerce']);
  });

  it('reads a title with its `of` phrase at the start of a sentence as a role: `Secretary of State Marco Rubio`', () => {
    expect(speakersOf('Secretary of State Marco Rubio said "we are ready."')).toEqual(['marco-rubio']);
  });
});

describe('gender of people the article names', () => {
  it('knows common first names the lexicon lacks, so `he` skips a woman named since', () => {
    expect(speakersOf('Frank Russo owns a shop.', 'Linda Park, a neighbour, was there too. "I will fight," he said.')).toEqual(['frank-russo']);
  });

  it('learns a person’s gender from the first `he` or `she` that refers to them', () => {
    expect(speakersOf('Raj Mehta founded the clinic. He sold it in 2019.', 'Priya Raman runs it now. Mehta visits often. "It is in good hands," she said.')).toEqual([
      'priya-raman',
    ]);
  });
});

describe('a pronoun before the name it stands for', () => {
  it('gives `she` with nobody before to the first woman named in the next sentence', () => {
    expect(speakersOf('"We will appeal," she said. Maria Lopez, the tenants’ lawyer, called the ruling unfair.')).toEqual(['maria-lopez']);
  });

  it('skips a person of the other gender named after the pronoun', () => {
    expect(speakersOf('"We will appeal," she said after John Smith left. Maria Lopez, the lawyer, was firm.')).toEqual(['maria-lopez']);
  });

  it('looks no further ahead than the next sentence', () => {
    expect(speakersOf('"We will appeal," she said. The ruling came late. Maria Lopez, the lawyer, was firm.')).toEqual([]);
  });

  it('still prefers someone named before the pronoun', () => {
    expect(speakersOf('Ana Ruiz spoke first. "We will appeal," she said. Maria Lopez, the lawyer, agreed.')).toEqual(['ana-ruiz']);
  });
});

describe('attribution through a copula after the quotation', () => {
  it('gives a quotation to the person the next sentence says it came from', () => {
    expect(speakersOf('"We lost." That was the verdict of coach Jim Park after the game.')).toEqual(['jim-park']);
  });

  it('prefers that person over the speaker before, whom the quotation would otherwise continue', () => {
    expect(speakersOf('"We won," said Tom Lee.', '"We lost." That was the blunt assessment of coach Jim Park.')).toEqual(['tom-lee', 'jim-park']);
  });

  it('reads `was how X put it` right after the quotation', () => {
    expect(speakersOf('"It is a mess," was how Ana Ruiz put it.')).toEqual(['ana-ruiz']);
  });

  it('reads `according to` after the quotation as its source', () => {
    expect(speakersOf('"We will strike on Monday," according to a statement from the Teachers Union.')).toEqual(['teachers-union']);
  });

  it('does not take a sentence that merely follows with `That was` as an attribution', () => {
    expect(speakersOf('"We lost." That was the third defeat of the season.')).toEqual([]);
  });
});

describe('joint statements', () => {
  it('lists the quotation of a joint statement once under each body, as two quotes with the same text', () => {
    const { quotes, speakers } = extractQuotes(
      para('Lakeside Health and Mercy Valley Medical said in a joint statement that "patients will not notice any change."'),
    );
    expect(quotes.map((q) => [q.speakerId, q.text])).toEqual([
      ['lakeside-health', 'patients will not notice any change.'],
      ['mercy-valley-medical', 'patients will not notice any change.'],
    ]);
    expect(speakers.map((s) => s.id).sort()).toEqual(['lakeside-health', 'mercy-valley-medical']);
  });

  it('lists a joint statement reported without quotation marks under each body too', () => {
    const { statements } = extractQuotes(para('Lakeside Health and Mercy Valley Medical said in a joint statement that they would merge.'));
    expect(statements.map((s) => s.speakerId)).toEqual(['lakeside-health', 'mercy-valley-medical']);
  });

  it('keeps a body whose name contains `and` whole when nothing says the statement is joint', () => {
    expect(speakersOf('Lakeside Health and Mercy Valley Medical said "patients come first."')).toEqual(['lakeside-health-and-mercy-valley-medical']);
  });
});
