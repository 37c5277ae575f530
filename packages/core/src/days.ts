import {
  dayOfWeek,
  fixedFromGregorian,
  fixedFromIso,
  gregorianFromFixed,
  isoFromFixed,
} from './calendars/gregorian.js';
import { InterkalError } from './errors.js';
import type { Fixed } from './types.js';

/*
 * Day arithmetic on ISO dates (YYYY-MM-DD) for renderers: whole civil days, no clock and no time zone
 * involved, so nobody multiplies by 86 400 000 and meets a DST edge.
 */

/** A calendar date YYYY-MM-DD as a day number, or an InterkalError naming `parameter`. */
export function dayNumber(date: unknown, parameter = 'date'): Fixed {
  const day = typeof date === 'string' ? fixedFromIso(date) : undefined;
  if (day === undefined)
    throw new InterkalError('invalid-date', parameter, date, 'a calendar date YYYY-MM-DD');
  return day;
}

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  if (!Number.isSafeInteger(days)) throw new InterkalError('invalid-option', 'days', days, 'a whole number');
  return isoFromFixed(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to, 'to') - dayNumber(from, 'from');
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  return dayOfWeek(dayNumber(date)) || 7;
}

/** Days in a Gregorian month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  const next = month === 12 ? fixedFromGregorian(year + 1, 1, 1) : fixedFromGregorian(year, month + 1, 1);
  return next - fixedFromGregorian(year, month, 1);
}

/** Years after a date, on the same month and day (29 February → 28 February in a common year). */
export function addYears(date: Fixed, years: number): Fixed {
  const { year, month, day } = gregorianFromFixed(date);
  return fixedFromGregorian(year + years, month, Math.min(day, daysInMonth(year + years, month)));
}

/** A month's days in rows of seven starting on ISO weekday `firstDay`; null pads the first and last row. */
export function monthWeeks(year: number, month: number, firstDay = 1): (string | null)[][] {
  const first = fixedFromGregorian(year, month, 1);
  const lead = ((dayOfWeek(first) || 7) - firstDay + 7) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  const length = daysInMonth(year, month);
  for (let day = 0; day < length; day++) cells.push(isoFromFixed(first + day));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
