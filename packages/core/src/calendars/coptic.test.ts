import { describe, expect, it } from 'vitest';
import { runCalendarContract } from '../../test/calendar-contract.js';
import { intlParts } from '../../test/support.js';
import {
  COPTIC_MONTHS,
  copticFromFixed,
  daysInCopticMonth,
  ETHIOPIC_MONTHS,
  ethiopicFromFixed,
  fixedFromCoptic,
  fixedFromEthiopic,
  formatEthiopicDate,
  isCopticLeapYear,
} from './coptic.js';
import { fixedFromGregorian, isoFromFixed } from './gregorian.js';

// Independent implementation: ICU's coptic and ethiopic calendars behind ECMAScript Intl (Node 20).
function intlYmd(calendar: 'coptic' | 'ethiopic', day: number): string {
  const { year, month, day: d } = intlParts(calendar, day);
  return `${year}-${month}-${d}`;
}

const FIRST = fixedFromGregorian(1900, 1, 1);
const LAST = fixedFromGregorian(2100, 12, 31);

function disagreementsWithIntl(calendar: 'coptic' | 'ethiopic'): { checked: number; mismatches: string[] } {
  const ours = calendar === 'coptic' ? copticFromFixed : ethiopicFromFixed;
  const mismatches: string[] = [];
  let checked = 0;
  for (let day = FIRST; day <= LAST; day++) {
    const { year, month, day: d } = ours(day);
    const expected = intlYmd(calendar, day);
    checked++;
    if (`${year}-${month}-${d}` !== expected)
      mismatches.push(`${isoFromFixed(day)}: ${year}-${month}-${d} vs ${expected}`);
  }
  return { checked, mismatches };
}

// Calendrical Calculations (Reingold & Dershowitz, 3rd ed.), Appendix C sample data, Coptic column; obtained from
// the machine-readable copy in github.com/dzucconi/calendrical, test/spec/data/data1.js (R.D. → Coptic).
const CC_SAMPLE_COPTIC: [number, number, number, number][] = [
  [-214193, -870, 12, 6],
  [25469, -213, 1, 29],
  [171307, 186, 5, 12],
  [470160, 1004, 7, 30],
  [601716, 1364, 10, 6],
  [694799, 1619, 8, 11],
  [704424, 1645, 12, 19],
  [708842, 1658, 1, 19],
  [727274, 1708, 7, 8],
  [728714, 1712, 6, 17],
  [744313, 1755, 3, 1],
  [764652, 1810, 11, 11],
];

describe('coptic calendar', () => {
  runCalendarContract({
    toFixed: ({ year, month, day }) => fixedFromCoptic(year, month, day),
    fromFixed: copticFromFixed,
  });

  it('agrees with Intl coptic on every day 1900–2100', () => {
    const { checked, mismatches } = disagreementsWithIntl('coptic');
    expect(checked).toBe(73_414);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('matches the Calendrical Calculations sample dates, including before our range', () => {
    for (const [rd, year, month, day] of CC_SAMPLE_COPTIC) {
      expect(copticFromFixed(rd)).toEqual({ year, month, day });
      expect(fixedFromCoptic(year, month, day)).toBe(rd);
    }
  });

  it('has a 13th month of 5 days, 6 in the year before a Julian leap year', () => {
    expect(COPTIC_MONTHS).toHaveLength(13);
    expect([1738, 1739, 1740, 1741].map(isCopticLeapYear)).toEqual([false, true, false, false]);
    expect(daysInCopticMonth(1739, 13)).toBe(6);
    expect(daysInCopticMonth(1740, 13)).toBe(5);
    // The leap day pushes the next New Year (1 Thout) from 11 to 12 September (Gregorian, 1900–2099).
    expect(isoFromFixed(fixedFromCoptic(1739, 13, 6))).toBe('2023-09-11');
    expect(isoFromFixed(fixedFromCoptic(1740, 1, 1))).toBe('2023-09-12');
    expect(isoFromFixed(fixedFromCoptic(1741, 1, 1))).toBe('2024-09-11');
  });
});

describe('ethiopic calendar', () => {
  runCalendarContract({
    toFixed: ({ year, month, day }) => fixedFromEthiopic(year, month, day),
    fromFixed: ethiopicFromFixed,
  });

  it('agrees with Intl ethiopic on every day 1900–2100', () => {
    const { checked, mismatches } = disagreementsWithIntl('ethiopic');
    expect(checked).toBe(73_414);
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('is the Coptic calendar 276 years on (Amete Mihret epoch)', () => {
    for (const [rd, year, month, day] of CC_SAMPLE_COPTIC) {
      expect(ethiopicFromFixed(rd)).toEqual({ year: year + 276, month, day });
    }
  });

  // Ethiopian New Year falls on 11 September, 12 September after a leap year (shibbolethtourservices.com,
  // "Ethiopian holidays"); 2026 is not such a year.
  it('starts Ethiopic 2019 on 11 September 2026 and names it "1 Meskerem 2019"', () => {
    expect(isoFromFixed(fixedFromEthiopic(2019, 1, 1))).toBe('2026-09-11');
    expect(formatEthiopicDate(ethiopicFromFixed(fixedFromGregorian(2026, 9, 11)))).toBe('1 Meskerem 2019');
    expect(ETHIOPIC_MONTHS[12]).toBe('Pagume');
  });
});
