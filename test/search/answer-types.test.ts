import { describe, expect, it } from 'vitest';
import { findAnswerSpans, type AnswerKind } from '../../src/search/analysis/answer-types.ts';
import { tokenize } from '../../src/search/text/tokenize.ts';

const spans = (text: string, kind: AnswerKind) =>
  findAnswerSpans(text, tokenize(text), { properNouns: new Set(['beijing', 'busan']) })
    .filter((s) => s.kind === kind)
    .map((s) => s.text);

describe('answer kinds in sentences', () => {
  it('reads a sum in any currency written after its number as money ("4.2 million crowns"), not a crown alone', () => {
    const text = 'The government paid 4.2 million crowns (about $410,000) for the transport, and 300 rupees for a crown.';
    const money = findAnswerSpans(text, tokenize(text), { properNouns: new Set() }).filter((s) => s.measure === 'money').map((s) => s.text);
    expect(money).toEqual(expect.arrayContaining(['4.2 million crowns', '$410,000', '300 rupees']));
    expect(money).not.toContain('a crown');
  });

  it('finds dates as news writes them', () => {
    expect(spans('The leaders met in Busan on Oct. 30.', 'date')).toContain('Oct. 30');
    expect(spans('They held a call Monday.', 'date')).toContain('Monday');
    expect(spans('Earlier this month, the ministry said so.', 'date')).toContain('Earlier this month');
    expect(spans('Residents have fought the mine since 2017.', 'date')).toContain('2017');
  });

  it('finds a span of time told as "in years" ("their lowest point in years"), not "in" a date', () => {
    expect(spans('Relations have deteriorated to their lowest point in years.', 'duration')).toEqual(['years']);
    expect(spans('Exports rose to the highest level in decades.', 'duration')).toEqual(['decades']);
    expect(spans('The talks resume in March.', 'duration')).toEqual([]);
  });

  it('reads what an inquiry is "into whether" as its reason', () => {
    expect(spans("The attorney general's office opened an inquiry into whether Riverbend waited too long.", 'reason')).toContain('into whether');
  });

  it('reads a cause told first, then its effect after ", and", as the reason', () => {
    expect(spans('China denounced the remarks, and relations between Beijing and Tokyo have deteriorated.', 'reason')).toContain('and');
    // (Not an "and" that joins two nouns.)
    expect(spans('Relations between Beijing and Tokyo have deteriorated.', 'reason')).not.toContain('and');
  });

  it('ends a name at a comma: a person and the body after the comma are two names', () => {
    const text = '"We would not pay," said Denise Caldwell, Riverbend\'s chief executive.';
    const names = findAnswerSpans(text, tokenize(text), { properNouns: new Set(['denise', 'caldwell', 'riverbend']) }).filter((s) => s.kind === 'person' && s.named).map((s) => s.text);
    expect(names).toEqual(['Denise Caldwell', "Riverbend's"]);
  });

  it('finds amounts and tells measures from bare counts', () => {
    const text = 'It approved a US$330 million package and cut tariffs by 10% for two countries.';
    const found = findAnswerSpans(text, tokenize(text), { properNouns: new Set() }).filter((s) => s.kind === 'amount');
    expect(found.find((s) => s.text === 'US$330 million')?.measure).toBe('money');
    expect(found.find((s) => s.text === '10%')?.measure).toBe('percent');
    expect(found.find((s) => s.text === 'two')?.measure).toBeUndefined();
    // The digits inside "10%" and "US$330 million" are not counts of their own.
    expect(found.map((s) => s.text)).not.toContain('10');
    expect(found.map((s) => s.text)).not.toContain('330');
    // (A sum before what it buys is money too, its currency in the singular.)
    const plan = 'The council approved a 40 million euro harbour plan.';
    expect(findAnswerSpans(plan, tokenize(plan), { properNouns: new Set() }).find((s) => s.kind === 'amount')?.measure).toBe('money');
  });

  it('finds dates relative to a period, and times', () => {
    expect(spans('They hope to finish the talks by the end of the year.', 'date')).toEqual(['by the end of the year']);
    expect(spans('The aircraft landed at 4:12 p.m. local time.', 'time')).toEqual(['4:12 p.m.']);
  });

  it('does not count the digits of a time or of a sum of money', () => {
    expect(spans('The aircraft landed at 4:12 p.m. after a fine of 1.2 billion euros.', 'amount')).toEqual(['1.2 billion euros']);
  });

  it('takes a titled name for a person, never a place: "emails in which Mr. Okoro…"', () => {
    expect(spans('Prosecutors presented emails in which Mr. Okoro referred to the data.', 'place')).toEqual([]);
    expect(spans('A jury in Boston convicted him.', 'place')).toEqual(['Boston']);
  });

  it('takes a name a direction points from as a place: "35 kilometers northeast of Doralik", "off the coast of Sicily"', () => {
    expect(spans('Its epicenter was 35 kilometers northeast of Doralik.', 'place')).toEqual(['Doralik']);
    expect(spans('The ship sank off the coast of Sicily.', 'place')).toEqual(['Sicily']);
    expect(spans('Its chief executive, Anna North of Lumen, spoke.', 'place')).toEqual([]);
  });

  it('takes a name that ends in a kind of place for a place, wherever it stands: "including the Lakeview Community Center"', () => {
    expect(spans('It handed out water at three sites, including the Lakeview Community Center.', 'place')).toContain('Lakeview Community Center');
    expect(spans('Crews are repairing the Mill Road Bridge.', 'place')).toEqual(['Mill Road Bridge']);
    expect(spans('Harbor Point Properties built the tower.', 'place')).toEqual([]);
  });

  it('takes where a journey starts or ends for a place: "departed Seattle", "routed north to the Mill Road Bridge"', () => {
    expect(spans('Flight 3317 departed Seattle at 6:12 p.m.', 'place')).toEqual(['Seattle']);
    expect(spans('Drivers are being routed north to the Pell Street crossing.', 'place')).toContain('Pell Street');
    expect(spans('Regulators asked Seattle for records.', 'place')).toEqual([]);
  });

  it('takes a person the quote table knows for a person, never a place, after "from"', () => {
    const text = 'Harbour Town led after goals from Liam Doherty.';
    const places = (people: Set<string>) =>
      findAnswerSpans(text, tokenize(text), { properNouns: new Set(), people }).filter((s) => s.kind === 'place').map((s) => s.text);
    expect(places(new Set())).toEqual(['Liam Doherty']);
    expect(places(new Set(['liam', 'doherty']))).toEqual([]);
  });

  it('reads a score or a vote as a tally', () => {
    const text = 'The council voted 5-2 after Accra beat Harbour Town 3-2.';
    const found = findAnswerSpans(text, tokenize(text), { properNouns: new Set() }).filter((s) => s.kind === 'amount');
    expect(found.filter((s) => s.measure === 'tally').map((s) => s.text)).toEqual(['5-2', '3-2']);
  });

  it('reads "by a vote of 9 to 2" as a tally, not "rose from 5 to 10"', () => {
    const tallies = (text: string) => findAnswerSpans(text, tokenize(text), { properNouns: new Set() }).filter((s) => s.measure === 'tally').map((s) => s.text);
    expect(tallies('The trustees accepted the resignation by a vote of 9 to 2.')).toEqual(['9 to 2']);
    expect(tallies('The rate rose from 5 to 10 percent.')).toEqual([]);
  });

  it('finds a purpose in "as part of maintaining…", not in "as part of the package"', () => {
    expect(spans('The settlement must be respected as part of maintaining global stability.', 'reason')).toContain('as part of');
    expect(spans('Jet parts were sold as part of the package.', 'reason')).toEqual([]);
  });

  it('finds a reason in a clause opened by ", as", not in "as well as"', () => {
    expect(spans('Profit fell 18%, as higher tariffs ate into margins.', 'reason')).toContain('as');
    expect(spans('It sells snacks, as well as frozen meals.', 'reason')).toEqual([]);
  });

  it('finds reasons given as what a fact adds to', () => {
    expect(spans("Japan is a close partner, adding weight to Beijing's concern.", 'reason')).toContain('adding weight to');
  });

  it('finds durations', () => {
    expect(spans('The last strike lasted nine days.', 'duration')).toEqual(['nine days']);
    expect(spans('It will close for at least eight months.', 'duration')).toEqual(['eight months']);
  });

  it('finds people and bodies, named or not', () => {
    expect(spans('Beijing sharply protested the authorization.', 'person')).toContain('Beijing');
    expect(spans('A White House official confirmed the call.', 'person')).toEqual(expect.arrayContaining(['official']));
  });

  it('finds places only where the text puts something in them, and countries for "which country"', () => {
    expect(spans('The two leaders met in Busan.', 'place')).toContain('Busan');
    const text = 'Beijing sharply protested the authorization.';
    const found = findAnswerSpans(text, tokenize(text), { properNouns: new Set(['beijing']) }).filter((s) => s.kind === 'place');
    // Only as a country, which answers "which country" but not "where".
    expect(found.map((s) => [s.text, s.country])).toEqual([['Beijing', true]]);
  });
});

describe('obligations as reasons', () => {
  it('finds "required to" as the reason for what it requires', () => {
    const text = 'The United States is legally required to provide defense equipment.';
    const spans = findAnswerSpans(text, tokenize(text), { properNouns: new Set() }, ['reason']);
    expect(spans.map((s) => s.text)).toContain('required to');
  });
});
