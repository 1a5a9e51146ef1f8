/**
 * Weak patterns found after the held-out fixtures were scored: dates restated in apposition,
 * years counted from an earlier date (`the following year`, `that spring`), a `today` that is not a
 * day, and forecasts reported in the past tense.
 */
import { describe, expect, it } from 'vitest';
import { eventsIn } from './timeline-support.ts';

const writtenAndDate = (events: { written: string; date: string }[]): string[][] => events.map((e) => [e.written, e.date]);

describe('a date restated in apposition', () => {
  it('gives one event for `on Dec. 18, a week before Christmas,`', () => {
    const events = eventsIn('2026-01-10', 'The walkout began on Dec. 18, a week before Christmas, when talks collapsed.');
    expect(writtenAndDate(events)).toEqual([['Dec. 18', '2025-12-18']]);
  });

  it('gives one event for a weekday restating the day: `on Nov. 24, a Monday.`', () => {
    expect(writtenAndDate(eventsIn('2025-11-30', 'The vote was held on Nov. 24, a Monday.'))).toEqual([['Nov. 24', '2025-11-24']]);
  });

  it('keeps every date of a list of one kind: `on Dec. 18, Dec. 20, and Dec. 22`', () => {
    expect(eventsIn('2026-01-10', 'Talks met on Dec. 18, Dec. 20, and Dec. 22.')).toHaveLength(3);
    expect(eventsIn('2025-11-30', 'Offices closed on Monday, Tuesday, and Wednesday.')).toHaveLength(3);
  });

  it('keeps an offset date that is not set off after another: `a week before Christmas` alone', () => {
    expect(writtenAndDate(eventsIn('2026-01-10', 'The walkout began a week before Christmas.'))).toEqual([['a week before Christmas', '2025-12']]);
  });
});

describe('a year counted from the date before it', () => {
  it('reads `February of the following year` as February of the year after the earlier date, as one event', () => {
    const events = eventsIn('2026-05-10', 'The mill closed in December 2023. Its owner filed for bankruptcy in February of the following year.');
    expect(writtenAndDate(events)).toEqual([['December 2023', '2023-12'], ['February of the following year', '2024-02']]);
  });

  it('reads a day with `of the following year` the same way: `Feb. 3 of the following year`', () => {
    const events = eventsIn('2026-05-10', 'The mill closed in December 2023. Its owner filed for bankruptcy on Feb. 3 of the following year.');
    expect(events.map((e) => e.date)).toEqual(['2023-12', '2024-02-03']);
  });

  it('counts back for `of the previous year`, across a paragraph break', () => {
    const events = eventsIn('2026-05-10', 'The mill closed in March 2021.', 'Talks had begun in October of the previous year.');
    expect(writtenAndDate(events)).toContainEqual(['October of the previous year', '2020-10']);
  });

  it('reads `the following year` alone as the next year, at year precision', () => {
    const events = eventsIn('2026-05-10', 'The mill closed in 2021. It reopened the following year.');
    expect(events.map((e) => [e.written, e.date, e.precision])).toEqual([['2021', '2021', 'year'], ['the following year', '2022', 'year']]);
  });
});

describe('a season of the year before it: `that spring`', () => {
  it('dates `that spring` to the year of the date before it, at year precision', () => {
    const events = eventsIn('2026-06-23', 'An ice storm in February 2025 left customers in the dark. The commission opened a review that spring.');
    expect(events.map((e) => [e.written, e.date, e.precision])).toContainEqual(['that spring', '2025', 'year']);
  });

  it('reaches into the paragraph before and keeps `Later` in what is written', () => {
    const events = eventsIn('2026-06-23', 'The plant opened on Oct. 3, 2023.', 'Later that summer, the board resigned.');
    expect(writtenAndDate(events)).toContainEqual(['Later that summer', '2023']);
  });

  it('does not date a season two paragraphs after the last date', () => {
    expect(eventsIn('2026-06-23', 'The board met in 2019.', 'Nothing happened.', 'The review ended that winter.')).toHaveLength(1);
  });

  it('leaves `that` before a season used as a noun undated: `said that spring rains would`', () => {
    expect(writtenAndDate(eventsIn('2026-06-23', 'Officials said in 2024 that spring rains would swell the river.'))).toEqual([['2024', '2024']]);
  });

  it('leaves a fall that is a tumble or a drop undated', () => {
    expect(eventsIn('2026-06-23', 'She fell on Oct. 3, 2023. She never recovered from that fall.')).toHaveLength(1);
    expect(eventsIn('2026-06-23', 'Prices fell in May 2023. That fall in prices hurt farmers.')).toHaveLength(1);
  });
});

describe('a `today` that means now, not a day', () => {
  it('does not date `today` as a short quoted reply: `replied: "Not today."`', () => {
    expect(eventsIn('2026-06-30', 'Asked whether the company would hire replacement crews, Hollis replied: "Not today."')).toEqual([]);
    expect(eventsIn('2026-06-30', 'Asked about hiring, Hollis replied: “Not today.”')).toEqual([]);
    expect(eventsIn('2026-06-30', '"Not today," Hollis said.')).toEqual([]);
  });

  it("does not date `today's` before a noun that is not an event: `today's prices`, `today's teenagers`", () => {
    expect(eventsIn('2026-06-30', "Buyers balked at today's prices.")).toEqual([]);
    expect(eventsIn('2026-06-30', "Today's teenagers spend more time online.")).toEqual([]);
  });

  it("still dates `today's` before an event, even after an adjective: `today's unanimous ruling`", () => {
    expect(eventsIn('2026-06-30', "Critics condemned today's unanimous ruling by the court.")[0]?.date).toBe('2026-06-30');
  });

  it('still dates `today` in a longer quote, or a short quote split by its attribution', () => {
    expect(eventsIn('2026-06-30', '"We will vote on the budget today," Benn said.')[0]?.date).toBe('2026-06-30');
    expect(eventsIn('2026-06-30', '"Today," she said, "the council will vote on the budget."')[0]?.date).toBe('2026-06-30');
  });

  it('still dates `today` outside quotes', () => {
    expect(eventsIn('2026-06-30', 'The council votes today.')[0]?.date).toBe('2026-06-30');
  });
});

describe('a forecast in reported speech', () => {
  // 2026-06-23 is a Tuesday.
  const TUESDAY = '2026-06-23';

  it('dates a weekday after `said … were possible` to the coming one: the past tense is the report, not the storm', () => {
    const events = eventsIn(TUESDAY, 'Forecasters said another round of storms was possible Wednesday.');
    expect(events[0]).toMatchObject({ date: '2026-06-24', expected: true });
  });

  it('reads `forecast that rain would arrive Thursday` and `said … was expected to reopen Thursday` as ahead', () => {
    expect(eventsIn(TUESDAY, 'The weather service forecast that rain would arrive Thursday.')[0]?.date).toBe('2026-06-25');
    expect(eventsIn(TUESDAY, 'Officials said the bridge was expected to reopen Thursday.')[0]?.date).toBe('2026-06-25');
  });

  it('keeps reported facts in the past: `Police said the suspect was arrested Thursday`', () => {
    expect(eventsIn(TUESDAY, 'Police said the suspect was arrested Thursday.')[0]?.date).toBe('2026-06-18');
  });

  it('does not look ahead from publication when the sentence dates the report weeks earlier', () => {
    const events = eventsIn(TUESDAY, 'On June 2, officials said storms were possible Thursday.');
    expect(events.map((e) => e.date)).toEqual(['2026-06-02', '2026-06-18']);
  });
});
