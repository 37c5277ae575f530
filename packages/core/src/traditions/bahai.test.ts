import { describe, expect, it } from 'vitest';
import {
  bahaiWorldCentreTable,
  occurrenceOf as find,
  listedIds,
  occurrencesOf,
  sortedIds,
} from '../../test/support.js';
import { fixedFromIso, isoFromFixed } from '../calendars/gregorian.js';
import type { Occurrence } from '../types.js';
import { bahai } from './bahai.js';

/*
 * References:
 * - 2015–2064: Bahá'í World Centre, "Bahá'í Dates 172 to 221 B.E." (2014), table A (Naw-Rúz, Twin Holy
 *   Birthdays, Ayyám-i-Há) and table B (the other holy days: e.g. Declaration of the Báb 23 May when Naw-Rúz is
 *   20 March, 24 May when it is 21 March) — test/fixtures/bahai-bwc-172-221.csv.
 * - Before 2015: the Western fixed dates in Bahá'í World vol. 18 (Bahá'í World Centre, 1986), "Bahá'í Calendar,
 *   Festivals and Dates of Historical Significance", and Mark Towfiq's list in Esslemont, "Bahá'u'lláh and the
 *   New Era" (ibiblio.org/Bahai/Texts/EN/BNE/BNE-143.html): Naw-Rúz 21 Mar, Riḍván 21 Apr–2 May, Declaration of
 *   the Báb 23 May, Ascension of Bahá'u'lláh 29 May, Martyrdom of the Báb 9 Jul, Birth of the Báb 20 Oct, Birth
 *   of Bahá'u'lláh 12 Nov, Day of the Covenant 26 Nov, Ascension of ʿAbdu'l-Bahá 28 Nov, Fast from 2 Mar.
 */

const query = (year: number): Occurrence[] => occurrencesOf('bahai', year);

const BWC = bahaiWorldCentreTable().map(({ nawRuz, birthOfTheBab }) => ({ nawRuz, bab: birthOfTheBab }));

/** Table B of the World Centre: [id, date when Naw-Rúz is 20 March, date when it is 21 March]. */
const TABLE_B: [string, string, string][] = [
  ['ridvan', '04-20', '04-21'],
  ['ridvan-ninth', '04-28', '04-29'],
  ['ridvan-twelfth', '05-01', '05-02'],
  ['declaration-of-the-bab', '05-23', '05-24'],
  ['ascension-of-bahaullah', '05-28', '05-29'],
  ['martyrdom-of-the-bab', '07-09', '07-10'],
  ['day-of-the-covenant', '11-25', '11-26'],
  ['ascension-of-abdul-baha', '11-27', '11-28'],
];

const WESTERN: [string, string][] = [
  ['naw-ruz-bahai', '03-21'],
  ['ridvan', '04-21'],
  ['ridvan-ninth', '04-29'],
  ['ridvan-twelfth', '05-02'],
  ['declaration-of-the-bab', '05-23'],
  ['ascension-of-bahaullah', '05-29'],
  ['martyrdom-of-the-bab', '07-09'],
  ['birth-of-the-bab', '10-20'],
  ['birth-of-bahaullah', '11-12'],
  ['day-of-the-covenant', '11-26'],
  ['ascension-of-abdul-baha', '11-28'],
  ['nineteen-day-fast', '03-02'],
];

describe('bahai tradition table', () => {
  it('has the catalogue rows, all beginning at sunset', () => {
    expect(bahai.holidays.map((h) => [h.id, h.importance, h.days])).toEqual([
      ['nineteen-day-fast', 'minor', 19],
      ['naw-ruz-bahai', 'major', 1],
      ['ridvan', 'major', 1],
      ['ridvan-ninth', 'minor', 1],
      ['ridvan-twelfth', 'minor', 1],
      ['declaration-of-the-bab', 'minor', 1],
      ['ascension-of-bahaullah', 'minor', 1],
      ['martyrdom-of-the-bab', 'minor', 1],
      ['birth-of-the-bab', 'major', 1],
      ['birth-of-bahaullah', 'major', 1],
      ['day-of-the-covenant', 'minor', 1],
      ['ascension-of-abdul-baha', 'minor', 1],
    ]);
    expect(bahai.holidays.every((h) => h.startsEvening && h.uncertainty === null)).toBe(true);
  });

  it('matches the World Centre tables A and B for every year 2015–2064 (50/50 years, 12 rows each)', () => {
    const mismatches: string[] = [];
    BWC.forEach(({ nawRuz, bab }, index) => {
      const year = 2015 + index;
      const occurrences = query(year);
      const late = nawRuz.endsWith('21');
      const expected: [string, string][] = [
        ['naw-ruz-bahai', nawRuz],
        ['birth-of-the-bab', bab],
        ['birth-of-bahaullah', isoFromFixed(fixedFromIso(bab)! + 1)],
        ...TABLE_B.map(([id, early, lateDate]): [string, string] => [
          id,
          `${year}-${late ? lateDate : early}`,
        ]),
      ];
      for (const [id, date] of expected) {
        if (find(occurrences, id)?.date !== date)
          mismatches.push(`${year} ${id}: ${find(occurrences, id)?.date} ≠ ${date}`);
      }
    });
    expect(mismatches).toEqual([]);
  });

  it('begins the Fast 19 days before the next Naw-Rúz, after Ayyám-i-Há (2016–2065)', () => {
    BWC.slice(1).forEach(({ nawRuz }, index) => {
      const fast = find(query(2016 + index), 'nineteen-day-fast');
      expect(fast.date).toBe(isoFromFixed(fixedFromIso(nawRuz)! - 19));
      expect(fast.endDate).toBe(isoFromFixed(fixedFromIso(nawRuz)! - 1));
    });
  });

  it('keeps the Western fixed dates before 2015', () => {
    for (const year of [1900, 1950, 1999, 2014]) {
      const occurrences = query(year);
      for (const [id, monthDay] of WESTERN)
        expect(`${id} ${find(occurrences, id).date}`).toBe(`${id} ${year}-${monthDay}`);
    }
    // The Fast of 171 BE (2–20 March 2015) still followed the Western calendar.
    expect(find(query(2015), 'nineteen-day-fast').date).toBe('2015-03-02');
  });

  it('gives Naw-Rúz 2026 as 21 March, as the World Centre decided the 20-second case', () => {
    const nawRuz = find(query(2026), 'naw-ruz-bahai');
    expect(nawRuz).toMatchObject({ date: '2026-03-21', nativeDate: '1 Bahá 183 BE', startsEvening: true });
    expect(nawRuz.instant?.slice(0, 16)).toBe('2026-03-20T14:45');
  });

  it('lists every row exactly once in each year 1900–2100', () => {
    for (let year = 1900; year <= 2100; year++) {
      expect(listedIds(bahai, year)).toEqual(sortedIds(bahai));
    }
  });
});
