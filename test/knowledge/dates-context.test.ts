/**
 * Rules that read a date's surroundings: a time of day glued in front, the anchor a `that night` needs,
 * present-tense timetables, months and holidays used as adjectives, `the end of the month` in a past
 * story, spans counted ahead, and dates famous enough to go without a year.
 */
import { describe, expect, it } from 'vitest';
import { eventsIn, eventWritten } from './timeline-support.ts';

describe('reading a date from its surroundings', () => {
  it('reads a calendar date that follows a time of day: `election night, Jan. 27`', () => {
    const events = eventsIn('2026-01-02', 'Officials expect results on election night, Jan. 27, unless the margin is thin.');
    expect(eventWritten(events, 'Jan. 27')).toMatchObject({ date: '2026-01-27', precision: 'day' });
  });

  it('gives `that night` the nearest earlier date that names a day, not a week', () => {
    const events = eventsIn(
      '2025-06-11',
      'He was arrested about five months after the Oct. 3, 2023, blaze.',
      'Prosecutors said in a filing last week that two workers escaped the building that night.',
    );
    expect(eventWritten(events, 'that night')).toMatchObject({ date: '2023-10-03', precision: 'day' });
    expect(eventWritten(events, 'last week').date).toBe('2025-06');
  });

  it('reads a plural present-tense timetable verb as looking ahead: `Tickets go on sale Monday`', () => {
    const sunday = '2025-03-09';
    expect(eventWritten(eventsIn(sunday, 'Tickets go on sale Monday, the club said.'), 'Monday').date).toBe('2025-03-10');
    expect(eventWritten(eventsIn(sunday, 'Talks resume Tuesday in Geneva.'), 'Tuesday').date).toBe('2025-03-11');
    expect(eventWritten(eventsIn(sunday, 'The fans did not go Monday.'), 'Monday').date).toBe('2025-03-03');
  });

  it('reads a forecast as looking ahead: `More rain is forecast for Wednesday`', () => {
    const events = eventsIn('2025-09-30', 'More rain is forecast for Wednesday and Thursday.');
    expect(eventWritten(events, 'Wednesday').date).toBe('2025-10-01');
    expect(eventWritten(events, 'Thursday').date).toBe('2025-10-02');
  });

  it('reads a month used as an adjective as the nearest such month, whatever the tense', () => {
    const events = eventsIn('2025-09-02', 'The committee returns from its August recess on Sept. 17.', 'It followed the wettest July on record.');
    expect(eventWritten(events, 'August')).toMatchObject({ date: '2025-08', precision: 'month' });
    expect(eventWritten(events, 'July').date).toBe('2025-07');
  });

  it('does not date a month that starts a name: `the March for Our Lives`', () => {
    expect(eventsIn('2025-09-02', 'Thousands joined the March for Our Lives.')).toEqual([]);
  });

  it('dates an event held on a one-day holiday (`at a New Year’s Day rally`), not one held around it', () => {
    const events = eventsIn('2026-01-02', "She told supporters at a New Year's Day rally that she would win.");
    expect(eventWritten(events, "New Year's Day").date).toBe('2026-01-01');
    expect(eventsIn('2026-01-02', 'She told supporters at a Christmas party that she would win.')).toEqual([]);
  });

  it('puts `the end of the month` of a past narrative in the month the story was telling', () => {
    const past = eventsIn('2025-09-02', 'The airline grounded its jets on Aug. 11 and returned them to service by the end of the month.');
    expect(eventWritten(past, 'the end of the month').date).toBe('2025-08');
    const future = eventsIn('2025-09-02', 'The airline grounded its jets on Aug. 11 and will return them to service by the end of the month.');
    expect(eventWritten(future, 'the end of the month').date).toBe('2025-09');
  });

  it('dates a span counted ahead with a future verb (`will close in 18 months`), never a span looked back on', () => {
    const ahead = eventsIn('2025-11-24', 'The plant will close in 18 months, the company said.');
    expect(eventWritten(ahead, 'in 18 months')).toMatchObject({ date: '2027-05', precision: 'month', expected: true });
    expect(eventsIn('2025-11-24', 'Prices rose 9% in 18 months.')).toEqual([]);
    expect(eventsIn('2025-11-24', 'The bank will make its first cut in 18 months.')).toEqual([]);
  });

  it('reads `cut` after an ordinal as a noun, leaving the tense to the modal', () => {
    const events = eventsIn('2025-11-24', 'The Fed will make its first cut in two years on Wednesday.');
    expect(eventWritten(events, 'Wednesday').date).toBe('2025-11-26');
  });

  it('gives famous dates written without a year their own year: `the Sept. 11 attacks`', () => {
    expect(eventWritten(eventsIn('2025-11-24', 'Security has tightened since the Sept. 11 attacks.'), 'Sept. 11').date).toBe('2001-09-11');
    expect(eventWritten(eventsIn('2025-11-24', 'A hearing is set for Sept. 11.'), 'Sept. 11').date).toBe('2026-09-11');
  });

  it('reads `that` before a past verb as a relative pronoun: `sensors that began operating in March`', () => {
    const events = eventsIn('2025-09-23', 'The team plans to publish an analysis next year, with data from sensors that began operating in March.');
    expect(eventWritten(events, 'March').date).toBe('2025-03');
  });
});
