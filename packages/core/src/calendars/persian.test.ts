import { describe, expect, it } from 'vitest';
import { runCalendarContract } from '../../test/calendar-contract.js';
import { intlDate, tehranNowruzTable } from '../../test/support.js';
import { fixedFromGregorian, fixedFromIso, isoFromFixed } from './gregorian.js';
import {
  fixedFromPersian,
  isPersianLeapYear,
  nowruz,
  type PersianDate,
  persianFromFixed,
  persianYearEquinox,
} from './persian.js';

/**
 * Reference: Calendar Center, Institute of Geophysics, University of Tehran, "Kabise Shamsi 1206–1498"
 * (calendar.ut.ac.ir/Fa/News/Data/Doc/KabiseShamsi1206-1498-new.pdf): 1 Farvardin and leap marks of every
 * year 1206–1498 AP, in the plain-text copy of Roozbeh Pournader (github.com/roozbehp/persiancalendar,
 * kabise.txt). See test/fixtures/README.md.
 */
const UT_TABLE = tehranNowruzTable();

const intlPersianDate = (date: number): PersianDate => intlDate('persian', date);

describe('persian (Solar Hijri, astronomical)', () => {
  runCalendarContract<PersianDate>({ toFixed: fixedFromPersian, fromFixed: persianFromFixed });

  it('matches the University of Tehran table for every Nowruz 1899–2101 (1278–1480 AP)', () => {
    const rows = UT_TABLE.filter((row) => row.year >= 1278 && row.year <= 1480);
    const mismatches = rows.filter((row) => isoFromFixed(nowruz(row.year)) !== row.nowruz);
    expect(rows).toHaveLength(203);
    expect(mismatches).toEqual([]);
  });

  it('marks the same leap years as the University of Tehran table', () => {
    // The table's leap mark sits on the year whose Esfand has 30 days.
    const rows = UT_TABLE.filter((row) => row.year >= 1278 && row.year <= 1479);
    const mismatches = rows.filter((row) => isPersianLeapYear(row.year) !== row.leap);
    expect(mismatches).toEqual([]);
  });

  // ICU (Node 20: ICU 78) corrects its 33-year arithmetic with the same Tehran table, so no day of 1900–2100
  // differs. Older ICU releases used the bare 33-year rule; if a runtime disagrees, list and explain the years
  // here instead of loosening the check.
  it('agrees with Intl persian on every day 1900–2100', () => {
    const mismatchedYears = new Set<number>();
    for (let day = fixedFromGregorian(1900, 1, 1); day <= fixedFromGregorian(2100, 12, 31); day++) {
      const ours = persianFromFixed(day);
      const intl = intlPersianDate(day);
      if (ours.year !== intl.year || ours.month !== intl.month || ours.day !== intl.day) {
        mismatchedYears.add(ours.year);
      }
    }
    expect([...mismatchedYears]).toEqual([]);
  });

  it('has months of 31 × 6, 30 × 5 and Esfand of 29 or 30 days', () => {
    const year = 1403; // leap: Esfand 30 = 20 March 2025 (Tehran table)
    expect(persianFromFixed(fixedFromPersian({ year, month: 6, day: 31 }) + 1)).toEqual({
      year,
      month: 7,
      day: 1,
    });
    expect(persianFromFixed(fixedFromPersian({ year, month: 7, day: 30 }) + 1)).toEqual({
      year,
      month: 8,
      day: 1,
    });
    expect(isoFromFixed(fixedFromPersian({ year, month: 12, day: 30 }))).toBe('2025-03-20');
    expect(persianFromFixed(fixedFromIso('2025-03-21')!)).toEqual({ year: 1404, month: 1, day: 1 });
  });

  // 1930 (1309 AP) is the closest call of 1900–2100: the equinox came 22 s before noon UTC+3:30, and the Tehran
  // table agrees that the year began that day (21 March 1930).
  it('decides the 1930 near-noon equinox as the Tehran table does', () => {
    const equinox = persianYearEquinox(1309);
    expect(Math.abs(equinox.getTime() - Date.UTC(1930, 2, 21, 8, 30))).toBeLessThan(60_000);
    expect(isoFromFixed(nowruz(1309))).toBe('1930-03-21');
  });
});
