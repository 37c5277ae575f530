import { type Fixed, MS_PER_DAY, UNIX_EPOCH } from '../time/day.js';

export { UNIX_EPOCH };

export interface YMD {
  year: number;
  month: number;
  day: number;
}

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

const floorDiv = (a: number, b: number): number => Math.floor(a / b);

export function isGregorianLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function fixedFromGregorian(year: number, month: number, day: number): Fixed {
  const y = year - 1;
  let monthDays = floorDiv(367 * month - 362, 12);
  if (month > 2) monthDays -= isGregorianLeapYear(year) ? 1 : 2;
  return 365 * y + floorDiv(y, 4) - floorDiv(y, 100) + floorDiv(y, 400) + monthDays + day;
}

function gregorianYearFromFixed(date: Fixed): number {
  const d0 = date - 1;
  const n400 = floorDiv(d0, 146097);
  const d1 = d0 - 146097 * n400;
  const n100 = floorDiv(d1, 36524);
  const d2 = d1 - 36524 * n100;
  const n4 = floorDiv(d2, 1461);
  const d3 = d2 - 1461 * n4;
  const n1 = floorDiv(d3, 365);
  const year = 400 * n400 + 100 * n100 + 4 * n4 + n1;
  // The last day of a leap cycle is day 366 of the year before.
  return n100 === 4 || n1 === 4 ? year : year + 1;
}

export function gregorianFromFixed(date: Fixed): YMD {
  const year = gregorianYearFromFixed(date);
  const priorDays = date - fixedFromGregorian(year, 1, 1);
  const correction = date < fixedFromGregorian(year, 3, 1) ? 0 : isGregorianLeapYear(year) ? 1 : 2;
  const month = floorDiv(12 * (priorDays + correction) + 373, 367);
  return { year, month, day: date - fixedFromGregorian(year, month, 1) + 1 };
}

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
