/**
 * Rules added after the quote articles and four new date-rich fixtures were scored: a year phrase
 * written after a day, plan participles in a past sentence, conditions, subject-led timetables,
 * recurring fiscal-year boundaries, holidays before a clause and `into the weekend`.
 */
import { describe, expect, it } from 'vitest';
import { eventsIn, eventWritten } from './timeline-support.ts';

const THURSDAY = '2026-02-26';
const TUESDAY = '2026-09-15';

describe('a year phrase written after the day', () => {
  it('reads `Nov. 3 of last year` as one dated day, not a day and a year', () => {
    const events = eventsIn(THURSDAY, 'The previous agreement expired on Nov. 3 of last year.');
    expect(events.map((e) => [e.written, e.date])).toEqual([['Nov. 3 of last year', '2025-11-03']]);
  });

  it('takes the year of the date before it for `Oct. 4 of that year`', () => {
    const events = eventsIn(THURSDAY, 'The company was founded in 2019 and listed its shares on Oct. 4 of that year.');
    expect(eventWritten(events, 'Oct. 4 of that year').date).toBe('2019-10-04');
    expect(events).toHaveLength(2);
  });

  it('chains `since then` to the day it follows', () => {
    const events = eventsIn(THURSDAY, 'The deal expired on Nov. 3 of last year. Fishing groups have lost money since then.');
    expect(eventWritten(events, 'since then').date).toBe('2025-11-03');
  });
});

describe('tense of plans and conditions', () => {
  it('dates a plan set off by commas in a past sentence to the past: `A previous date, set for Feb. 1, was cancelled`', () => {
    expect(eventsIn('2026-11-18', 'A previous reopening date, set for Feb. 1, was cancelled.')[0]?.date).toBe('2026-02-01');
  });

  it('still reads a plan as future when the sentence goes on in the future', () => {
    expect(eventsIn('2026-11-18', 'The hearing, set for Feb. 1, will be held in Boston.')[0]?.date).toBe('2027-02-01');
  });

  it('reads an untensed condition as future: `If the strike continues into the weekend`', () => {
    const events = eventsIn('2026-07-01', 'If the strike continues into the weekend, the authority will add buses.');
    expect(eventWritten(events, 'the weekend')).toMatchObject({ date: '2026-07', expected: true });
  });

  it('reads `open`/`close` right after a clause-opening subject as a timetable: `Preorders open Wednesday`', () => {
    expect(eventsIn(TUESDAY, 'Preorders open Wednesday.')[0]?.date).toBe('2026-09-16');
    expect(eventsIn(TUESDAY, 'The polls close Thursday.')[0]?.date).toBe('2026-09-17');
  });

  it('keeps `open` after a verb or determiner out of the timetable: `The shop stayed open Wednesday`', () => {
    expect(eventsIn(TUESDAY, 'The shop stayed open Wednesday.')[0]?.date).toBe('2026-09-09');
  });
});

describe('words that are or are not dates', () => {
  it('does not date a fiscal year boundary, which recurs every year', () => {
    expect(eventsIn(TUESDAY, "The hospital's fiscal year ends in June.")).toEqual([]);
  });

  it('dates a holiday after a lead preposition even when a clause follows: `By Christmas the wing will be staffed`', () => {
    expect(eventsIn('2026-11-18', '"By Christmas the wing will be fully staffed," she said.')[0]?.date).toBe('2026-12-25');
  });

  it('still leaves a holiday used as an adjective undated: `before Christmas shopping`', () => {
    expect(eventsIn('2026-11-18', 'Stores hired staff before Christmas shopping began.')).toEqual([]);
  });
});

describe('a day next to a holiday', () => {
  it('dates `the day after Labor Day` to the Tuesday, as one event', () => {
    const events = eventsIn('2025-08-20', 'Classes will start the day after Labor Day.');
    expect(events.map((e) => [e.written, e.date])).toEqual([['the day after Labor Day', '2025-09-02']]);
  });

  it('dates `the day before Thanksgiving` to the Wednesday', () => {
    expect(eventsIn('2025-11-10', 'Shoppers will crowd stores the day before Thanksgiving.')[0]?.date).toBe('2025-11-26');
  });
});
