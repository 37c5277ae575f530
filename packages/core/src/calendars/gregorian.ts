import { type Fixed, MS_PER_DAY, UNIX_EPOCH } from '../time/day.js';
import { fixedFromGregorian, gregorianFromFixed } from '../time/gregorian.js';

// The date arithmetic itself lives in the time leaf; re-exported so that calendars and rules find the whole
// Gregorian calendar here.
export { fixedFromGregorian, gregorianFromFixed, isGregorianLeapYear, type YMD } from '../time/gregorian.js';
export { UNIX_EPOCH };

export const WEEKDAYS = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
export type Weekday = keyof typeof WEEKDAYS;

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: Fixed): number {
  return ((date % 7) + 7) % 7;
}

/** The given weekday on or before `date`. */
export function weekdayOnOrBefore(weekday: number, date: Fixed): Fixed {
  return date - dayOfWeek(date - weekday);
}

export function weekdayAfter(weekday: number, date: Fixed): Fixed {
  return weekdayOnOrBefore(weekday, date + 7);
}

export function weekdayBefore(weekday: number, date: Fixed): Fixed {
  return weekdayOnOrBefore(weekday, date - 1);
}

/** The n-th (1-based; negative counts from the end) weekday of a Gregorian month. */
export function nthWeekdayOfMonth(n: number, weekday: number, year: number, month: number): Fixed {
  if (n > 0) return weekdayBefore(weekday, fixedFromGregorian(year, month, 1)) + 7 * n;
  const lastDay = fixedFromGregorian(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
  return weekdayAfter(weekday, lastDay) + 7 * n;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function isoFromFixed(date: Fixed): string {
  const { year, month, day } = gregorianFromFixed(date);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD; returns undefined unless it names a real calendar day. */
export function fixedFromIso(text: string): Fixed | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return undefined;
  const date = fixedFromGregorian(year, month, day);
  return gregorianFromFixed(date).month === month ? date : undefined;
}

export function fixedFromUtcDate(date: Date): Fixed {
  return UNIX_EPOCH + Math.floor(date.getTime() / MS_PER_DAY);
}

export function utcDateFromFixed(date: Fixed): Date {
  return new Date((date - UNIX_EPOCH) * MS_PER_DAY);
}
