import { describe, expect, it } from 'vitest';
import { eventsIn, eventWritten } from './timeline-support.ts';

/** The date, precision and expected flag of the event written `written` in `text`. */
function resolved(published: string, text: string, written: string): { date: string; precision: string; expected: boolean } {
  const { date, precision, expected } = eventWritten(eventsIn(published, text), written);
  return { date, precision, expected };
}

const MONDAY = '2025-11-24'; // the seed's publication day

describe('weekdays', () => {
  it('a bare weekday is the most recent such day before publication', () => {
    expect(resolved(MONDAY, 'The two leaders met on Thursday.', 'Thursday')).toEqual({ date: '2025-11-20', precision: 'day', expected: false });
  });

  it('a weekday that is the publication day is the publication day itself', () => {
    expect(resolved(MONDAY, 'Trump and Xi held a phone call Monday.', 'Monday').date).toBe('2025-11-24');
  });

  it('a weekday with a future verb is the next such day, and expected', () => {
    expect(resolved(MONDAY, 'The board will vote on Thursday.', 'Thursday')).toEqual({ date: '2025-11-27', precision: 'day', expected: true });
    expect(resolved(MONDAY, 'A ratification vote is scheduled for Friday.', 'Friday').date).toBe('2025-11-28');
  });

  it('`last` is strictly before publication and `next` strictly after', () => {
    expect(resolved(MONDAY, 'The report came out last Monday.', 'last Monday').date).toBe('2025-11-17');
    expect(resolved(MONDAY, 'They meet again next Monday.', 'next Monday').date).toBe('2025-12-01');
  });

  it('a weekday early in January can fall in the previous year', () => {
    expect(resolved('2026-01-02', 'Talks collapsed on Monday.', 'Monday').date).toBe('2025-12-29');
  });

  it('keeps the part of day in what is written: `late Monday`, `Tuesday night`', () => {
    const events = eventsIn(MONDAY, 'The panel ruled late Monday after a hearing Sunday night.');
    expect(events.map((e) => e.written)).toEqual(['Sunday night', 'late Monday']);
  });
});

describe('a month and day without a year', () => {
  it('takes the occurrence nearest publication when the tense says nothing', () => {
    expect(resolved(MONDAY, 'The summit is on Dec. 3.', 'Dec. 3').date).toBe('2025-12-03');
    expect(resolved(MONDAY, 'The meeting in Busan on Oct. 30 set the tone.', 'Oct. 30').date).toBe('2025-10-30');
  });

  it('past tense takes the past occurrence across New Year', () => {
    expect(resolved('2026-01-05', 'The strike began on Dec. 18.', 'Dec. 18').date).toBe('2025-12-18');
    expect(resolved('2025-12-29', 'The ban took effect on Jan. 1.', 'Jan. 1').date).toBe('2025-01-01');
  });

  it('future tense takes the future occurrence across New Year', () => {
    expect(resolved('2025-12-29', 'The ban will take effect on Jan. 1.', 'Jan. 1')).toEqual({ date: '2026-01-01', precision: 'day', expected: true });
    expect(resolved('2025-12-29', 'The company plans to cut prices on Jan. 5.', 'Jan. 5').date).toBe('2026-01-05');
  });

  it('reads day-first dates and ordinals', () => {
    expect(resolved(MONDAY, 'Voters went to the polls on 30 October.', '30 October').date).toBe('2025-10-30');
    expect(resolved(MONDAY, 'It was signed on the 3rd of November.', '3rd of November').date).toBe('2025-11-03');
  });

  it('keeps an explicit year as written', () => {
    expect(resolved(MONDAY, 'They met on Jan. 15, 2024, in Paris.', 'Jan. 15, 2024').date).toBe('2024-01-15');
  });

  it('puts Feb. 29 only in a leap year', () => {
    expect(resolved('2025-03-01', 'The deal was signed on Feb. 29.', 'Feb. 29').date).toBe('2024-02-29');
  });

  it('drops a time of day from what is written', () => {
    expect(resolved(MONDAY, 'The hearing is set for Nov. 28 at 3 p.m. in Rome.', 'Nov. 28').date).toBe('2025-11-28');
  });
});

describe('months', () => {
  it('`in January` follows the tense: past, future, or nearest', () => {
    expect(resolved(MONDAY, 'Sales rose in January.', 'January').date).toBe('2025-01');
    expect(resolved(MONDAY, 'Sales will rise in January.', 'January').date).toBe('2026-01');
    expect(resolved(MONDAY, 'The vote is in January.', 'January').date).toBe('2026-01');
  });

  it('a month with a year is month precision', () => {
    expect(resolved(MONDAY, 'The law passed in March 2024.', 'March 2024')).toEqual({ date: '2024-03', precision: 'month', expected: false });
  });

  it('`this month` and `earlier this month` are the publication month', () => {
    expect(resolved(MONDAY, 'Takaichi said this month that Japan could respond.', 'this month')).toEqual({ date: '2025-11', precision: 'month', expected: false });
    expect(resolved(MONDAY, 'Earlier this month, the ministry announced the sale.', 'Earlier this month').date).toBe('2025-11');
  });

  it('`later this month` is the publication month, expected', () => {
    expect(resolved(MONDAY, 'A vote is due later this month.', 'later this month')).toEqual({ date: '2025-11', precision: 'month', expected: true });
  });

  it('`last month` and `next month` cross year ends', () => {
    expect(resolved('2026-01-05', 'Prices fell last month.', 'last month').date).toBe('2025-12');
    expect(resolved(MONDAY, 'A deal is due next month.', 'next month')).toEqual({ date: '2025-12', precision: 'month', expected: true });
  });

  it('`mid-October` and `the end of March` are month precision', () => {
    expect(resolved(MONDAY, 'Talks stalled in mid-October.', 'mid-October').date).toBe('2025-10');
    expect(resolved(MONDAY, 'The plant will close by the end of March.', 'the end of March').date).toBe('2026-03');
  });
});

describe('weeks, reported at month precision', () => {
  it('`last week` is the month of last week', () => {
    expect(resolved(MONDAY, 'They met last week.', 'last week')).toEqual({ date: '2025-11', precision: 'month', expected: false });
  });

  it('a week straddling two months takes the month of its Thursday', () => {
    expect(resolved('2025-11-05', 'They met last week.', 'last week').date).toBe('2025-10'); // Oct 27 – Nov 2
    expect(resolved('2026-01-06', 'They met last week.', 'last week').date).toBe('2026-01'); // Dec 29 – Jan 4
  });

  it('`next week` is expected', () => {
    expect(resolved('2025-03-14', 'Ruiz is expected to sign it next week.', 'next week')).toEqual({ date: '2025-03', precision: 'month', expected: true });
  });

  it('`two weeks ago` is the month of the day fourteen days back', () => {
    expect(resolved('2025-12-05', 'They met two weeks ago.', 'two weeks ago').date).toBe('2025-11');
  });
});

describe('weekends, at month precision', () => {
  it('`over the weekend` is the weekend just past; a future verb takes the coming one', () => {
    expect(resolved('2025-12-01', 'Fans gathered over the weekend.', 'the weekend').date).toBe('2025-11');
    expect(resolved('2025-01-29', 'Roads could remain closed through the weekend.', 'the weekend')).toEqual({ date: '2025-02', precision: 'month', expected: true });
  });
});

describe('days', () => {
  it('`yesterday`, `today` and `tomorrow` are day precision around publication', () => {
    const events = eventsIn(MONDAY, 'He arrived yesterday.', 'The talks end today.', 'A vote comes tomorrow.');
    expect(events.map((e) => [e.written, e.date, e.precision, e.expected])).toEqual([
      ['yesterday', '2025-11-23', 'day', false],
      ['today', '2025-11-24', 'day', false],
      ['tomorrow', '2025-11-25', 'day', true],
    ]);
  });

  it('`three days ago` counts back from publication', () => {
    expect(resolved(MONDAY, 'Three days ago, he quit.', 'Three days ago').date).toBe('2025-11-21');
  });
});

describe('years', () => {
  it('`last year` and `early next year` are year precision', () => {
    expect(resolved(MONDAY, 'Prices rose last year.', 'last year')).toEqual({ date: '2024', precision: 'year', expected: false });
    expect(resolved(MONDAY, 'Sales should recover early next year.', 'early next year')).toEqual({ date: '2026', precision: 'year', expected: true });
  });

  it('a year after a preposition is a year-precision date; a future one is expected', () => {
    expect(resolved(MONDAY, 'The probe will conclude in 2031.', '2031')).toEqual({ date: '2031', precision: 'year', expected: true });
  });

  it('`since 2019` keeps `since` in what is written', () => {
    expect(resolved(MONDAY, 'Exports have grown since 2019.', 'since 2019').date).toBe('2019');
  });

  it('`the end of 2028` is the year 2028', () => {
    expect(resolved(MONDAY, 'The contract runs until the end of 2028.', 'the end of 2028').date).toBe('2028');
  });

  it('does not date decades: `the 1990s` would be false precision', () => {
    expect(eventsIn(MONDAY, 'It was the busiest year since the 1990s.', 'In the 1990s, trade grew.')).toEqual([]);
  });
});

describe('seasons and quarters, at year precision', () => {
  it('`this summer` is the summer of the publication year', () => {
    expect(resolved('2025-06-12', 'The project was delayed until this summer.', 'this summer')).toEqual({ date: '2025', precision: 'year', expected: false });
  });

  it('a future season is the coming one', () => {
    expect(resolved('2025-03-14', 'She expected the wells to be drilled by early summer.', 'early summer')).toEqual({ date: '2025', precision: 'year', expected: true });
    expect(resolved('2025-12-30', 'Arguments would take place in the spring.', 'the spring').date).toBe('2026');
  });

  it('a winter is dated by the year it begins in', () => {
    expect(resolved(MONDAY, 'Heating bills soared last winter.', 'last winter').date).toBe('2024');
  });

  it('a quarter without a year is the one nearest publication in the tense of its verb', () => {
    expect(resolved('2025-10-29', 'The company reported a third-quarter net loss.', 'third-quarter')).toEqual({ date: '2025', precision: 'year', expected: false });
  });
});

describe('named days', () => {
  it('dates fixed and floating holidays in the year the tense points to', () => {
    expect(resolved('2024-11-15', 'Scanners jammed for hours on Election Day.', 'Election Day').date).toBe('2024-11-05');
    expect(resolved('2024-11-15', 'She said she would rule before the Thanksgiving holiday.', 'Thanksgiving')).toEqual({ date: '2024-11-28', precision: 'day', expected: true });
    expect(resolved('2026-01-06', 'Sales slumped after Christmas.', 'Christmas').date).toBe('2025-12-25');
    expect(resolved('2025-03-01', 'The shop will reopen after Easter.', 'Easter').date).toBe('2025-04-20');
  });

  it('moves a date by a counted offset written in front of it: `a week before Christmas`', () => {
    expect(resolved('2026-01-06', 'The walkout began a week before Christmas.', 'a week before Christmas')).toEqual({ date: '2025-12', precision: 'month', expected: false });
    expect(resolved('2024-11-15', 'Ballots arrived three days after Nov. 5.', 'three days after Nov. 5').date).toBe('2024-11-08');
  });

  it('leaves a date that names an event alone: `three weeks after the Aug. 9 crash`', () => {
    expect(resolved('2025-09-02', 'The report came three weeks after the Aug. 9 crash.', 'Aug. 9').date).toBe('2025-08-09');
  });

  it('does not date a holiday used as an adjective', () => {
    expect(eventsIn('2025-11-24', 'Christmas shopping started early.', 'Retailers expect strong Black Friday sales.')).toEqual([]);
  });
});
