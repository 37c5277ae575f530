import { describe, expect, it } from 'vitest';
import { runCalendarContract } from '../../test/calendar-contract.js';
import { intlDate } from '../../test/support.js';
import { fixedFromGregorian, utcDateFromFixed } from './gregorian.js';
import { fixedFromTabular, isTabularLeapYear, tabularFromFixed } from './islamic-tabular.js';

// Independent reference: ICU's `islamic-civil` calendar (the arithmetic calendar with the Friday epoch) as
// exposed by ECMAScript Intl in Node 20 (ICU 7x).
const intlCivil = (date: number) => intlDate('islamic-civil', date);

describe('tabular Islamic calendar', () => {
  runCalendarContract({
    toFixed: ({ year, month, day }) => fixedFromTabular(year, month, day),
    fromFixed: tabularFromFixed,
  });

  it('agrees with Intl islamic-civil on every day 1900–2100', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (let day = fixedFromGregorian(1900, 1, 1); day <= fixedFromGregorian(2100, 12, 31); day++) {
      checked++;
      const ours = tabularFromFixed(day);
      const icu = intlCivil(day);
      if (ours.year !== icu.year || ours.month !== icu.month || ours.day !== icu.day) {
        mismatches.push(`${utcDateFromFixed(day).toISOString().slice(0, 10)}: ${JSON.stringify(ours)}`);
      }
    }
    expect(checked).toBe(73_414);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('has leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each 30-year cycle', () => {
    const leap = Array.from({ length: 30 }, (_, i) => i + 1).filter(isTabularLeapYear);
    expect(leap).toEqual([2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29]);
    expect(isTabularLeapYear(1442 + 30)).toBe(isTabularLeapYear(1442));
  });

  // Calendrical Calculations: the Islamic epoch is Friday, 16 July 622 (Julian) = R.D. 227015.
  it('starts 1 Muharram 1 AH on R.D. 227015, a Friday', () => {
    expect(fixedFromTabular(1, 1, 1)).toBe(227015);
    expect(((227015 % 7) + 7) % 7).toBe(5);
  });
});
