import { describe, expect, it } from 'vitest';
import { runCalendarContract } from '../../test/calendar-contract.js';
import { intlHebrewDate } from '../../test/support.js';
import { fixedFromGregorian, isoFromFixed, utcDateFromFixed } from './gregorian.js';
import {
  daysInHebrewMonth,
  fixedFromHebrew,
  HEBREW_MONTH,
  type HebrewDate,
  hebrewFromFixed,
  hebrewMonthName,
  hebrewNewYear,
  hebrewYearsOverlapping,
  isHebrewLeapYear,
  monthsInHebrewYear,
} from './hebrew.js';

// Independent implementation: ICU's Hebrew calendar through ECMAScript Intl, months renumbered from Nisan.
const icuHebrew = (date: number): HebrewDate => {
  const { year, month, day } = intlHebrewDate(date);
  return { year, month, day };
};

describe('hebrew', () => {
  runCalendarContract({
    toFixed: ({ year, month, day }: HebrewDate) => fixedFromHebrew(year, month, day),
    fromFixed: hebrewFromFixed,
  });

  it('agrees with ICU (Intl hebrew) on every day 1900-01-01 … 2100-12-31', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (let day = fixedFromGregorian(1900, 1, 1); day <= fixedFromGregorian(2100, 12, 31); day++) {
      const ours = hebrewFromFixed(day);
      const theirs = icuHebrew(day);
      checked++;
      if (ours.year !== theirs.year || ours.month !== theirs.month || ours.day !== theirs.day) {
        mismatches.push(`${isoFromFixed(day)}: ${JSON.stringify(ours)} vs ICU ${JSON.stringify(theirs)}`);
      }
    }
    expect(checked).toBe(73_414);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  // Leap years are years 3, 6, 8, 11, 14, 17 and 19 of the 19-year cycle (year 1 of cycle 1 = AM 1).
  it('follows the 19-year leap cycle and agrees with ICU on which years have Adar II', () => {
    for (let year = 5659; year <= 5862; year++) {
      const inCycle = ((year - 1) % 19) + 1;
      expect(isHebrewLeapYear(year), `AM ${year}`).toBe([3, 6, 8, 11, 14, 17, 19].includes(inCycle));
      expect(monthsInHebrewYear(year)).toBe(isHebrewLeapYear(year) ? 13 : 12);
    }
    // 5784 (2023/24) was a leap year, 5785 and 5786 are common years (ICU: 10 Adar II 5784 = 2024-03-20).
    expect(icuHebrew(fixedFromGregorian(2024, 3, 20))).toEqual({ year: 5784, month: 13, day: 10 });
    expect([5784, 5785, 5786, 5787].map(isHebrewLeapYear)).toEqual([true, false, false, true]);
  });

  it('has years of 353–355 or 383–385 days and months of 29 or 30 days', () => {
    for (let year = 5659; year <= 5862; year++) {
      const length = hebrewNewYear(year + 1) - hebrewNewYear(year);
      expect(isHebrewLeapYear(year) ? [383, 384, 385] : [353, 354, 355], `AM ${year}`).toContain(length);
      let sum = 0;
      for (let month = 1; month <= monthsInHebrewYear(year); month++) sum += daysInHebrewMonth(month, year);
      expect(sum).toBe(length);
    }
  });

  // Rosh Hashanah never falls on Sunday, Wednesday or Friday (lo ADU rosh).
  it('never starts a year on Sunday, Wednesday or Friday', () => {
    for (let year = 5659; year <= 5862; year++) {
      expect([0, 3, 5], `AM ${year}`).not.toContain(utcDateFromFixed(hebrewNewYear(year)).getUTCDay());
    }
  });

  it('names the Hebrew years that overlap a Gregorian year', () => {
    for (const gregorianYear of [1899, 1900, 2026, 2100, 2101]) {
      const [before, after] = hebrewYearsOverlapping(gregorianYear);
      expect(hebrewFromFixed(fixedFromGregorian(gregorianYear, 1, 1)).year).toBe(before);
      expect(hebrewFromFixed(fixedFromGregorian(gregorianYear, 12, 31)).year).toBe(after);
    }
  });

  it('names months and rejects days a year does not have', () => {
    expect(hebrewMonthName(HEBREW_MONTH.NISAN, 5786)).toBe('Nisan');
    expect(hebrewMonthName(HEBREW_MONTH.ADAR, 5784)).toBe('Adar I');
    expect(hebrewMonthName(HEBREW_MONTH.ADAR_II, 5784)).toBe('Adar II');
    expect(() => fixedFromHebrew(5786, HEBREW_MONTH.ADAR_II, 1)).toThrow(/Invalid month: 13/);
    expect(() => fixedFromHebrew(5786, HEBREW_MONTH.IYAR, 30)).toThrow(/Allowed: 1–29/);
    expect(() => fixedFromHebrew(0, 1, 1)).toThrow(/Hebrew year/);
  });
});
