// Proleptic Gregorian dates and fixed day numbers (E. M. Reingold & N. Dershowitz, Calendrical Calculations,
// 4th ed. 2018, ch. 2): the civil calendar every layer reads and writes dates in, so it lives in a leaf that
// astronomy (civil dates in a zone) and the calendars can both import.
import type { Fixed } from './day.js';

export interface YMD {
  year: number;
  month: number;
  day: number;
}

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
