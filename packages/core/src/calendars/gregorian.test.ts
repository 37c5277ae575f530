import { describe, expect, it } from 'vitest';
import { runCalendarContract } from '../../test/calendar-contract.js';
import {
  dayOfWeek,
  fixedFromGregorian,
  fixedFromIso,
  fixedFromUtcDate,
  gregorianFromFixed,
  isGregorianLeapYear,
  isoFromFixed,
  nthWeekdayOfMonth,
  utcDateFromFixed,
} from './gregorian.js';

describe('gregorian', () => {
  runCalendarContract({
    toFixed: ({ year, month, day }) => fixedFromGregorian(year, month, day),
    fromFixed: gregorianFromFixed,
  });

  // Independent implementation: ECMAScript's Date (proleptic Gregorian, UTC).
  it('agrees with JavaScript Date for every day 1800–2200', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(1800, 0, 1); t <= Date.UTC(2200, 11, 31); t += 86_400_000) {
      const js = new Date(t);
      const fixed = fixedFromUtcDate(js);
      const ymd = gregorianFromFixed(fixed);
      if (
        ymd.year !== js.getUTCFullYear() ||
        ymd.month !== js.getUTCMonth() + 1 ||
        ymd.day !== js.getUTCDate() ||
        dayOfWeek(fixed) !== js.getUTCDay()
      ) {
        mismatches.push(js.toISOString());
      }
      if (utcDateFromFixed(fixed).getTime() !== t) mismatches.push(`back ${js.toISOString()}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('knows the century leap rule (1900 no, 2000 yes, 2100 no)', () => {
    expect([1900, 2000, 2100, 2024, 2026].map(isGregorianLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it('fixes R.D. 1 on Monday, 1 January of year 1 (Calendrical Calculations)', () => {
    expect(fixedFromGregorian(1, 1, 1)).toBe(1);
    expect(dayOfWeek(1)).toBe(1);
  });

  it('parses only real calendar days', () => {
    expect(isoFromFixed(fixedFromIso('2024-02-29')!)).toBe('2024-02-29');
    expect(fixedFromIso('2023-02-29')).toBeUndefined();
    expect(fixedFromIso('2023-13-01')).toBeUndefined();
    expect(fixedFromIso('2023-1-01')).toBeUndefined();
    expect(fixedFromIso('2023-01-00')).toBeUndefined();
  });

  // timeanddate.com calendars: Mother's Day (2nd Sunday of May) 2026 is 10 May; last Monday of May 2026 is 25 May.
  it('finds nth and last weekdays of a month', () => {
    expect(isoFromFixed(nthWeekdayOfMonth(2, 0, 2026, 5))).toBe('2026-05-10');
    expect(isoFromFixed(nthWeekdayOfMonth(-1, 1, 2026, 5))).toBe('2026-05-25');
    expect(isoFromFixed(nthWeekdayOfMonth(-1, 4, 2026, 12))).toBe('2026-12-31');
  });
});
