import { describe, expect, it } from 'vitest';
import { runCalendarContract } from '../../test/calendar-contract.js';
import { fixedFromGregorian, isoFromFixed } from './gregorian.js';
import { fixedFromJulian, isJulianLeapYear, julianFromFixed } from './julian.js';

// Calendrical Calculations (Reingold & Dershowitz, 3rd ed.), Appendix C sample data, Julian column (R.D. → Julian,
// no year 0); obtained from the machine-readable copy in github.com/dzucconi/calendrical, test/spec/data/data1.js.
const CC_SAMPLE_JULIAN: [number, number, number, number][] = [
  [-214193, -587, 7, 30],
  [-61387, -169, 12, 8],
  [25469, 70, 9, 26],
  [171307, 470, 1, 7],
  [544676, 1492, 3, 31],
  [664224, 1819, 7, 21],
  [694799, 1903, 4, 6],
  [704424, 1929, 8, 12],
  [708842, 1941, 9, 16],
  [709580, 1943, 9, 24],
  [727274, 1992, 3, 4],
  [728714, 1996, 2, 12],
  [744313, 2038, 10, 28],
  [764652, 2094, 7, 5],
];

describe('julian calendar', () => {
  runCalendarContract({
    toFixed: ({ year, month, day }) => fixedFromJulian(year, month, day),
    fromFixed: julianFromFixed,
  });

  it('matches the Calendrical Calculations sample dates', () => {
    for (const [rd, year, month, day] of CC_SAMPLE_JULIAN) {
      expect(julianFromFixed(rd)).toEqual({ year, month, day });
      expect(fixedFromJulian(year, month, day)).toBe(rd);
    }
  });

  it('keeps every fourth year a leap year, centuries included (1900, 2100)', () => {
    expect([1900, 2000, 2100, 2024, 2026].map(isJulianLeapYear)).toEqual([true, true, true, true, false]);
    expect(julianFromFixed(fixedFromJulian(2100, 2, 29))).toEqual({ year: 2100, month: 2, day: 29 });
  });

  // "The Julian Calendar is now 13 days behind the Gregorian, and will be until March 1, 2100 when it will be
  // 14 days behind" (Marcos Montes, "Calculation of the Ecclesiastical Calendar", smart.net/~mmontes/ortheast.html).
  it('puts a Julian date 12 days later up to Feb 1900, 13 days from Julian 1 Mar 1900, 14 from Julian 1 Mar 2100', () => {
    const lag = (y: number, m: number, d: number): number =>
      fixedFromJulian(y, m, d) - fixedFromGregorian(y, m, d);
    expect(lag(1900, 2, 28)).toBe(12);
    expect(lag(1900, 3, 1)).toBe(13);
    expect(lag(2026, 1, 7)).toBe(13);
    expect(lag(2100, 2, 28)).toBe(13);
    expect(lag(2100, 3, 1)).toBe(14);
    // Julian 29 Feb 2100 is the day the Gregorian calendar skips.
    expect(isoFromFixed(fixedFromJulian(2100, 2, 15))).toBe('2100-02-28');
    expect(isoFromFixed(fixedFromJulian(2100, 2, 16))).toBe('2100-03-01');
    expect(isoFromFixed(fixedFromJulian(2100, 2, 29))).toBe('2100-03-14');
  });

  // Orthodox Christmas (Julian 25 December) is 7 January through January 2100 and 8 January from 2101.
  it('moves Julian 25 December from 7 January (2100) to 8 January (2101)', () => {
    expect(isoFromFixed(fixedFromJulian(2099, 12, 25))).toBe('2100-01-07');
    expect(isoFromFixed(fixedFromJulian(2100, 12, 25))).toBe('2101-01-08');
    expect(isoFromFixed(fixedFromJulian(1900, 12, 25))).toBe('1901-01-07');
    expect(isoFromFixed(fixedFromJulian(1899, 12, 25))).toBe('1900-01-06');
  });
});
