import { describe, expect, it } from 'vitest';
import {
  calendarDay,
  dayNumber,
  daysInMonth,
  formatDate,
  InvalidPublishedDateError,
  mondayOf,
  parsePublished,
  shiftMonth,
  weekdayOf,
} from '../../src/knowledge/timeline/calendar.ts';
import { chooseOccurrence, dayPeriod, monthPeriod } from '../../src/knowledge/timeline/period.ts';

describe('calendar arithmetic', () => {
  it('round-trips a day number to the same calendar day', () => {
    expect(calendarDay(dayNumber(2025, 11, 24))).toEqual({ year: 2025, month: 11, day: 24 });
    expect(calendarDay(dayNumber(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('knows the weekday of a date (0 = Sunday)', () => {
    expect(weekdayOf(dayNumber(2025, 11, 24))).toBe(1); // the seed's Monday
    expect(weekdayOf(dayNumber(2026, 1, 1))).toBe(4);
  });

  it('finds the Monday of a week, across a month and a year end', () => {
    expect(calendarDay(mondayOf(dayNumber(2026, 1, 1)))).toEqual({ year: 2025, month: 12, day: 29 });
    expect(calendarDay(mondayOf(dayNumber(2025, 11, 30)))).toEqual({ year: 2025, month: 11, day: 24 });
  });

  it('counts leap-year Februaries', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('shifts months across year ends both ways', () => {
    expect(shiftMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
    expect(shiftMonth(2025, 11, 3)).toEqual({ year: 2026, month: 2 });
  });

  it('formats a date at each precision', () => {
    expect(formatDate(2025, 3, 7, 'day')).toBe('2025-03-07');
    expect(formatDate(2025, 3, 7, 'month')).toBe('2025-03');
    expect(formatDate(2025, 3, 7, 'year')).toBe('2025');
  });
});

describe('publication dates', () => {
  it('accepts a real YYYY-MM-DD date', () => {
    expect(parsePublished('2025-11-24')).toBe(dayNumber(2025, 11, 24));
  });

  it.each(['2025-02-30', '2025-13-01', '2025-2-3', '24 November 2025', ''])('rejects %j with a message that shows the expected form', (value) => {
    expect(() => parsePublished(value)).toThrow(InvalidPublishedDateError);
    expect(() => parsePublished(value)).toThrow(/YYYY-MM-DD/);
  });
});

describe('choosing among yearly occurrences', () => {
  const published = dayNumber(2026, 1, 5);
  const decembers = [monthPeriod(2024, 12), monthPeriod(2025, 12), monthPeriod(2026, 12)];

  it('past picks the latest occurrence that has started by publication', () => {
    expect(chooseOccurrence(decembers, published, 'past')?.date).toBe('2025-12');
  });

  it('future picks the first occurrence that has not ended', () => {
    expect(chooseOccurrence(decembers, published, 'future')?.date).toBe('2026-12');
  });

  it('nearest picks the closest, the past winning a tie', () => {
    expect(chooseOccurrence(decembers, published, 'nearest')?.date).toBe('2025-12');
    const tie = [dayPeriod(published - 3), dayPeriod(published + 3)];
    expect(chooseOccurrence(tie, published, 'nearest')).toBe(tie[0]);
  });

  it('strict choices exclude the occurrence that contains publication', () => {
    const januaries = [monthPeriod(2025, 1), monthPeriod(2026, 1), monthPeriod(2027, 1)];
    expect(chooseOccurrence(januaries, published, 'strictPast')?.date).toBe('2025-01');
    expect(chooseOccurrence(januaries, published, 'strictFuture')?.date).toBe('2027-01');
  });
});
