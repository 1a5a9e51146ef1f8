import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/knowledge/quotes/index.ts';
import { para } from './quotes-fixtures.ts';

const statementsOf = (...texts: string[]) => extractQuotes(para(...texts)).statements.map((s) => [s.speakerId, s.text, s.via ?? []]);

describe('reported speech', () => {
  it('keeps `X said (that) …` as a statement with the verbatim sentence', () => {
    expect(statementsOf('Delgado was there. Maria Delgado said she expected the wells to be drilled by summer.')).toEqual([
      ['maria-delgado', 'Maria Delgado said she expected the wells to be drilled by summer.', []],
    ]);
  });

  it('gives a relative clause `who said` to the person before it', () => {
    const sentence = 'Tokyo was alarmed by Japanese Prime Minister Sanae Takaichi, who said this month that an attack could prompt a response.';
    expect(statementsOf(sentence)).toEqual([['sanae-takaichi', sentence, []]]);
  });

  it('keeps the reporter of a report as its channel: `officials said Xi reiterated …`', () => {
    expect(statementsOf('Chinese President Xi Jinping spoke first.', 'Chinese officials said Xi reiterated his support for a settlement.')).toEqual([
      ['xi-jinping', 'Chinese officials said Xi reiterated his support for a settlement.', ['Chinese officials']],
    ]);
  });

  it('reads an attribution that closes the sentence: `…, Okafor said.`', () => {
    expect(statementsOf('Paul Okafor runs the library.', 'The reading club will move downtown, Okafor said.')).toEqual([
      ['paul-okafor', 'The reading club will move downtown, Okafor said.', []],
    ]);
  });

  it('keeps `according to X, …` as a statement by X', () => {
    expect(statementsOf('The roof supports are corroded, according to the city engineering department.').map((s) => s[0])).toEqual([
      'city-engineering-department',
    ]);
  });

  it('makes no statement of a verb that only frames a quotation', () => {
    expect(statementsOf('"We are ready," Ana Ruiz said at the ceremony.', 'Lin Jian said, "China opposes that."', 'Hadley called the plan "reckless."')).toEqual([]);
  });

  it('makes no statement of a judgement verb or a bare object', () => {
    expect(statementsOf('China denounced the remarks.', 'A White House official confirmed the call but gave no details.')).toEqual([]);
  });

  it('makes no statement of a hypothetical or infinitive `say`', () => {
    expect(statementsOf('Trump declined to say whether he would send troops.', 'Lawmakers would say anything to win.')).toEqual([]);
  });

  it('gives a participle the subject of its sentence: `…, asserting that …`', () => {
    const sentence = "Taiwan's government rejects the claim, asserting that only the island's residents may decide.";
    expect(statementsOf(sentence)).toEqual([['taiwans-government', sentence, []]]);
  });
});

describe('reported speech from groups and conditions', () => {
  it('takes a plural noun before a speech verb as a group speaking', () => {
    expect(statementsOf('Retailers said they had lost about $40 million in sales.').map((s) => s[0])).toEqual(['retailers']);
  });

  it('makes no statement of a speech verb in a condition', () => {
    expect(statementsOf('If the full court agrees to hear the case, arguments would take place in spring.')).toEqual([]);
  });

  it('reads `according to the county clerk, Harold Benn` as Harold Benn', () => {
    expect(statementsOf('The count will take two weeks, according to the county clerk, Harold Benn.').map((s) => s[0])).toEqual(['harold-benn']);
  });

  it('does not read `Others asked …` as a speaker called Others', () => {
    expect(statementsOf('Others asked why the work could not be done in phases.')).toEqual([]);
  });
});

describe('channels', () => {
  it('records `according to two people familiar with …` as the channel of a statement', () => {
    expect(statementsOf('Officials have said they hope to finish by December, according to two people familiar with the talks.')).toEqual([
      ['officials', 'Officials have said they hope to finish by December, according to two people familiar with the talks.', ['two people familiar with the talks']],
    ]);
  });
});
