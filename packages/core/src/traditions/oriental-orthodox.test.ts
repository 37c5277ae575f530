import { describe, expect, it } from 'vitest';
import { fixtureRows, intlDate, tableLookup, yearsWithoutOneObservance } from '../../test/support.js';
import { fixedFromGregorian, isoFromFixed } from '../calendars/gregorian.js';
import { fixedFromJulian } from '../calendars/julian.js';
import { getHolidays } from '../query.js';
import type { Fixed } from '../types.js';
import { orientalOrthodox } from './oriental-orthodox.js';

const YEARS = Array.from({ length: 201 }, (_, i) => 1900 + i);

const { holiday, observancesIn, datesIn } = tableLookup(orientalOrthodox);

// Independent reference: ICU's ethiopic and coptic calendars behind ECMAScript Intl.
const ethiopic = (date: Fixed) => intlDate('ethiopic', date);
const coptic = (date: Fixed) => intlDate('coptic', date);

/** The one day in a Gregorian window that Intl gives the wanted native month and day. */
function intlFind(
  native: (day: Fixed) => { month: number; day: number },
  month: number,
  day: number,
  from: Fixed,
  to: Fixed,
): string {
  const hits: string[] = [];
  for (let date = from; date <= to; date++) {
    const d = native(date);
    if (d.month === month && d.day === day) hits.push(isoFromFixed(date));
  }
  return hits.join(',');
}

/** Intl says the native year before `date` ended with a 6th epagomenal day (a leap year). */
const followsLeapYear = (native: typeof ethiopic, newYear: Fixed): boolean => native(newYear - 1).day === 6;

function mismatchesOverYears(check: (year: number) => string | undefined): string[] {
  return YEARS.map(check).filter((m): m is string => m !== undefined);
}

describe('oriental-orthodox table', () => {
  it('puts Enkutatash (1 Meskerem) and Meskel (17 Meskerem) where Intl ethiopic does, 1900–2100', () => {
    const mismatches = mismatchesOverYears((year) => {
      const window = (from: number, to: number): [Fixed, Fixed] => [
        fixedFromGregorian(year, 9, from),
        fixedFromGregorian(year, 9, to),
      ];
      const newYear = intlFind(ethiopic, 1, 1, ...window(10, 13));
      const meskel = intlFind(ethiopic, 1, 17, ...window(26, 29));
      const ours = [datesIn('enkutatash', year).join(), datesIn('meskel', year).join()];
      return ours[0] === newYear && ours[1] === meskel
        ? undefined
        : `${year}: ${ours} vs ${newYear},${meskel}`;
    });
    expect(mismatches).toEqual([]);
  });

  it('keeps Timkat on 11 Tir (19 January, 20 after an Ethiopic leap year) as Intl ethiopic does', () => {
    let shifted = 0;
    const mismatches = mismatchesOverYears((year) => {
      const timkat = intlFind(
        ethiopic,
        5,
        11,
        fixedFromGregorian(year, 1, 17),
        fixedFromGregorian(year, 1, 22),
      );
      if (timkat.endsWith('-20')) shifted++;
      return datesIn('timkat', year).join() === timkat
        ? undefined
        : `${year}: ${datesIn('timkat', year)} vs ${timkat}`;
    });
    expect(mismatches).toEqual([]);
    expect(shifted).toBe(50);
  });

  // Genna is 29 Tahsas, 28 Tahsas after a leap year (borkena 2014), i.e. always Julian 25 December.
  it('keeps Genna on Julian 25 December: 29 Tahsas, or 28 Tahsas after a leap year by Intl ethiopic', () => {
    const mismatches = mismatchesOverYears((year) => {
      const [genna] = observancesIn('genna', year);
      const expected = fixedFromJulian(year - 1, 12, 25);
      const native = ethiopic(genna!.start);
      const newYear =
        fixedFromGregorian(year - 1, 9, 13) - ethiopic(fixedFromGregorian(year - 1, 9, 13)).day + 1;
      const wantedDay = followsLeapYear(ethiopic, newYear) ? 28 : 29;
      return genna!.start === expected && native.month === 4 && native.day === wantedDay
        ? undefined
        : `${year}: ${isoFromFixed(genna!.start)} (${native.day}/${native.month})`;
    });
    expect(mismatches).toEqual([]);
    expect(observancesIn('genna', 2024)[0]!.nativeDate?.en).toBe('28 Tahsas 2016');
    expect(observancesIn('genna', 2026)[0]!.nativeDate?.en).toBe('29 Tahsas 2018');
    expect(datesIn('genna', 2101)).toEqual(['2101-01-08']);
  });

  // Coptic Christmas: 29 Koiak; after a leap year 28 and 29 Koiak, 7–8 January (albawabh 2016).
  it('keeps Coptic Christmas on 29 Koiak, and on 28–29 Koiak after a leap year by Intl coptic', () => {
    let twoDay = 0;
    const mismatches = mismatchesOverYears((year) => {
      const [christmas] = observancesIn('coptic-christmas', year);
      const days = christmas!.days ?? 1;
      const last = christmas!.start + days - 1;
      const newYear =
        fixedFromGregorian(year - 1, 9, 13) - coptic(fixedFromGregorian(year - 1, 9, 13)).day + 1;
      const afterLeap = followsLeapYear(coptic, newYear);
      if (days === 2) twoDay++;
      const ok =
        coptic(last).month === 4 &&
        coptic(last).day === 29 &&
        days === (afterLeap ? 2 : 1) &&
        christmas!.start === fixedFromJulian(year - 1, 12, 25);
      return ok ? undefined : `${year}: ${isoFromFixed(christmas!.start)} ×${days}`;
    });
    expect(mismatches).toEqual([]);
    // Every Gregorian year divisible by 4, 1900 and 2100 included.
    expect(twoDay).toBe(51);
    expect(observancesIn('coptic-christmas', 2024)[0]!.nativeDate?.en).toBe('28–29 Koiak 1740');
  });

  it('puts Nayrouz (1 Thout) where Intl coptic does, 1900–2100', () => {
    const mismatches = mismatchesOverYears((year) => {
      const nayrouz = intlFind(
        coptic,
        1,
        1,
        fixedFromGregorian(year, 9, 10),
        fixedFromGregorian(year, 9, 13),
      );
      return datesIn('nayrouz', year).join() === nayrouz ? undefined : `${year}: ${datesIn('nayrouz', year)}`;
    });
    expect(mismatches).toEqual([]);
  });

  // Fasika = Orthodox Easter: FreeBSD ncal -o, every year (test/fixtures/easter-1900-2100.txt).
  it('puts Fasika on Orthodox Easter for all 201 years (ncal -o)', () => {
    const rows = fixtureRows('easter-1900-2100.txt');
    expect(rows).toHaveLength(201);
    const mismatches = rows.filter(
      ([year, , orthodox]) => datesIn('fasika', Number(year)).join() !== orthodox,
    );
    expect(mismatches).toEqual([]);
  });

  // allaboutcuisines.com event pages: Genna "Tuesday, January 7, 2020", Coptic Christmas "Thursday, January 7,
  // 2021"; ethnomed.org: Timkat "Jan 19 2022"; shibbolethtourservices.com: Meskel 27 September, 28 in a leap year.
  it('matches published feast days', () => {
    expect(datesIn('genna', 2020)).toEqual(['2020-01-07']);
    expect(datesIn('coptic-christmas', 2021)).toEqual(['2021-01-07']);
    expect(datesIn('timkat', 2022)).toEqual(['2022-01-19']);
    expect(datesIn('meskel', 2026)).toEqual(['2026-09-27']);
  });

  it('keeps Armenian Christmas on 6 January with the Jerusalem note', () => {
    expect(datesIn('armenian-christmas', 2026)).toEqual(['2026-01-06']);
    expect(holiday('armenian-christmas').uncertainty?.kind).toBe('region');
    expect(holiday('armenian-christmas').uncertainty?.note.en).toContain('19 January');
  });

  // Acceptance fact: Äthiopisches Neujahr 11 September 2026 (shibbolethtourservices.com: 11 September, 12 in a
  // leap year); 2023 followed an Ethiopic leap year.
  it('lists Äthiopisches Neujahr on 11 September 2026 through the query', () => {
    const [newYear] = getHolidays({ year: 2026, ids: ['enkutatash'], locale: 'de' });
    expect(newYear).toMatchObject({
      date: '2026-09-11',
      name: 'Äthiopisches Neujahr',
      nativeDate: '1. Meskerem 2019',
      tradition: 'oriental-orthodox',
    });
    expect(datesIn('enkutatash', 2023)).toEqual(['2023-09-12']);
    expect(datesIn('meskel', 2023)).toEqual(['2023-09-28']);
  });

  it('gives exactly one observance of every row in every year 1899–2101', () => {
    expect(yearsWithoutOneObservance(orientalOrthodox)).toEqual([]);
  });

  it('follows the catalogue ids and importance', () => {
    expect(orientalOrthodox.holidays.map((h) => h.id)).toEqual([
      'armenian-christmas',
      'enkutatash',
      'meskel',
      'genna',
      'timkat',
      'fasika',
      'coptic-christmas',
      'nayrouz',
    ]);
    const minor = orientalOrthodox.holidays.filter((h) => h.importance === 'minor').map((h) => h.id);
    expect(minor).toEqual(['meskel', 'nayrouz']);
  });
});
