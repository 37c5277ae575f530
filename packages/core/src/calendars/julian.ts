import type { Fixed } from '../types.js';
import type { YMD } from './gregorian.js';

const floorDiv = (a: number, b: number): number => Math.floor(a / b);

/** Fixed day of 1 January 1 (Julian), i.e. 30 December 0 (Gregorian). */
const JULIAN_EPOCH: Fixed = -1;

export function isJulianLeapYear(year: number): boolean {
  return ((year % 4) + 4) % 4 === (year > 0 ? 0 : 3);
}

export function fixedFromJulian(year: number, month: number, day: number): Fixed {
  const y = year < 0 ? year + 1 : year;
  let monthDays = floorDiv(367 * month - 362, 12);
  if (month > 2) monthDays -= isJulianLeapYear(year) ? 1 : 2;
  return JULIAN_EPOCH - 1 + 365 * (y - 1) + floorDiv(y - 1, 4) + monthDays + day;
}

export function julianFromFixed(date: Fixed): YMD {
  const approx = floorDiv(4 * (date - JULIAN_EPOCH) + 1464, 1461);
  const year = approx <= 0 ? approx - 1 : approx;
  const priorDays = date - fixedFromJulian(year, 1, 1);
  const correction = date < fixedFromJulian(year, 3, 1) ? 0 : isJulianLeapYear(year) ? 1 : 2;
  const month = floorDiv(12 * (priorDays + correction) + 373, 367);
  return { year, month, day: date - fixedFromJulian(year, month, 1) + 1 };
}
