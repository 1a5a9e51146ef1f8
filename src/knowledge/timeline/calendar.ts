/**
 * Calendar arithmetic on plain day numbers (days since 1970-01-01, UTC), so nothing here ever
 * depends on the machine's time zone or on the time of day.
 */
import type { DatePrecision } from '../types.ts';

/** Days since 1970-01-01. */
export type DayNumber = number;

export interface CalendarDay {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function calendarDay(n: DayNumber): CalendarDay {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(n: DayNumber): number {
  return (((n + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayNumber(year, month, 1);
}

/** Adds whole months, returning the year and month (day-free, so no end-of-month clamping question arises). */
export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Monday of the ISO week holding `n`: news weeks run Monday to Sunday. */
export function mondayOf(n: DayNumber): DayNumber {
  return n - ((weekdayOf(n) + 6) % 7);
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export function formatDate(year: number, month: number, day: number, precision: DatePrecision): string {
  if (precision === 'year') return pad(year, 4);
  if (precision === 'month') return `${pad(year, 4)}-${pad(month, 2)}`;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Thrown when a publication date is not a real `YYYY-MM-DD` calendar date. */
export class InvalidPublishedDateError extends Error {
  constructor(value: unknown) {
    super(
      `Invalid publication date ${JSON.stringify(value)}: expected a real calendar date written YYYY-MM-DD (for example 2025-11-24).`,
    );
    this.name = 'InvalidPublishedDateError';
  }
}

/** Parses `YYYY-MM-DD` strictly: `2025-02-30` and `2025-2-3` are rejected, with a message that says why. */
export function parsePublished(value: string): DayNumber {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) throw new InvalidPublishedDateError(value);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new InvalidPublishedDateError(value);
  return dayNumber(year, month, day);
}
