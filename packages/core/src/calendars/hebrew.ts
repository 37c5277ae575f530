import { HDate } from '@hebcal/hdate';
import { InterkalError } from '../errors.js';
import type { Fixed } from '../types.js';

/** A date of the Hebrew calendar; `month` is numbered from Nisan as in @hebcal/core (see HEBREW_MONTH). */
export interface HebrewDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Months numbered from Nisan, the first month of the festival year, although the year number changes at 1 Tishri.
 * ADAR is the only Adar of a common year and Adar I of a leap year; ADAR_II exists in leap years only.
 */
export const HEBREW_MONTH = {
  NISAN: 1,
  IYAR: 2,
  SIVAN: 3,
  TAMMUZ: 4,
  AV: 5,
  ELUL: 6,
  TISHRI: 7,
  CHESHVAN: 8,
  KISLEV: 9,
  TEVET: 10,
  SHEVAT: 11,
  ADAR: 12,
  ADAR_II: 13,
} as const;

const MONTH_NAMES = [
  'Nisan',
  'Iyar',
  'Sivan',
  'Tammuz',
  'Av',
  'Elul',
  'Tishri',
  'Cheshvan',
  'Kislev',
  'Tevet',
  'Shevat',
  'Adar',
  'Adar II',
];

/** Seven leap years (13 months) in every 19-year cycle. */
export function isHebrewLeapYear(year: number): boolean {
  return HDate.isLeapYear(year);
}

export function monthsInHebrewYear(year: number): number {
  return HDate.monthsInYear(year);
}

export function daysInHebrewMonth(month: number, year: number): number {
  return HDate.daysInMonth(month, year);
}

/** English month name; Adar is "Adar I" in a leap year. */
export function hebrewMonthName(month: number, year: number): string {
  if (month === HEBREW_MONTH.ADAR && isHebrewLeapYear(year)) return 'Adar I';
  return MONTH_NAMES[month - 1]!;
}

/** @throws InterkalError for a month or day the year does not have (e.g. Adar II in a common year). */
export function fixedFromHebrew(year: number, month: number, day: number): Fixed {
  if (!Number.isInteger(year) || year < 1) {
    throw new InterkalError('invalid-date', 'year', year, 'a Hebrew year ≥ 1');
  }
  const months = monthsInHebrewYear(year);
  if (!Number.isInteger(month) || month < 1 || month > months) {
    throw new InterkalError('invalid-date', 'month', month, `1–${months} in Hebrew year ${year}`);
  }
  const days = daysInHebrewMonth(month, year);
  if (!Number.isInteger(day) || day < 1 || day > days) {
    throw new InterkalError(
      'invalid-date',
      'day',
      day,
      `1–${days} in ${hebrewMonthName(month, year)} ${year}`,
    );
  }
  // hebcal's `abs()` is the Rata Die day number, the same scale as Fixed.
  return HDate.hebrew2abs(year, month, day);
}

export function hebrewFromFixed(date: Fixed): HebrewDate {
  const hdate = new HDate(date);
  return { year: hdate.getFullYear(), month: hdate.getMonth(), day: hdate.getDate() };
}

/** 1 Tishri, the first day of a Hebrew year. */
export function hebrewNewYear(year: number): Fixed {
  return fixedFromHebrew(year, HEBREW_MONTH.TISHRI, 1);
}

/**
 * The Hebrew years with days in a Gregorian year: Anno Mundi Y + 3760 runs until Rosh Hashanah in September or
 * October of Y, then Y + 3761 begins.
 */
export function hebrewYearsOverlapping(gregorianYear: number): [number, number] {
  return [gregorianYear + 3760, gregorianYear + 3761];
}
