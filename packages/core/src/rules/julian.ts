import { WEEKDAYS, type Weekday, weekdayOnOrBefore } from '../calendars/gregorian.js';
import { fixedFromJulian } from '../calendars/julian.js';
import type { Rule } from '../types.js';
import { say } from './phrases/phrasebook.js';
import { WESTERN } from './phrases/western.js';
import { nativeYearsRule } from './rule.js';

// A Julian date lies 12–14 days after the same Gregorian date in 1899–2101, so a Gregorian year can hold a
// day of the previous Julian year (Julian 25 Dec 2025 = 7 Jan 2026) but never one of the next.
const julianYearsOverlapping = (gregorianYear: number): number[] => [gregorianYear - 1, gregorianYear];

const nativeDate = (year: number, month: number, day: number) =>
  say(WESTERN, (p) => p.julianNative(day, month, year));

/**
 * A fixed day of the Julian calendar, converted to the Gregorian one: 13 days later from 1 Mar 1900 to
 * 28 Feb 2100 (Gregorian), 14 days from 1 Mar 2100, because 1900 and 2100 are Julian but not Gregorian leap years.
 */
export function julianDate(month: number, day: number): Rule {
  return nativeYearsRule(
    say(WESTERN, (p) => p.julianDate(day, month)),
    julianYearsOverlapping,
    (year) => ({
      start: fixedFromJulian(year, month, day),
      nativeDate: nativeDate(year, month, day),
    }),
  );
}

/** The n-th (1-based) weekday of a Julian month, e.g. the first Wednesday of Julian April. */
export function julianNthWeekday(n: number, weekday: Weekday, month: number): Rule {
  return nativeYearsRule(
    say(WESTERN, (p) => p.julianNthWeekday(n, weekday, month)),
    julianYearsOverlapping,
    (year) => {
      const start = weekdayOnOrBefore(WEEKDAYS[weekday], fixedFromJulian(year, month, 1) + 6) + 7 * (n - 1);
      const day = start - fixedFromJulian(year, month, 1) + 1;
      return { start, nativeDate: nativeDate(year, month, day) };
    },
  );
}
