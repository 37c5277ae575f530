import { describe, expect, it } from 'vitest';
import {
  occurrenceOf as find,
  listedIds,
  occurrencesOf,
  parsiNewYears,
  sortedIds,
} from '../../test/support.js';
import { fixedFromIso, isoFromFixed } from '../calendars/gregorian.js';
import type { Occurrence } from '../types.js';
import { zoroastrianism } from './zoroastrianism.js';

/*
 * References:
 * - Parsi New Year 2014–2029: test/fixtures/zoroastrian-parsi-new-year.csv (RBI Mumbai 2014, Government of
 *   Maharashtra lists 2021 and 2024, Free Press Journal 2022, HolidayAPI India 2020–2029).
 * - Zarthost No Diso 2016: Parsi Times ("This year the day falls on Tuesday, the 24th of May, 2016").
 * - Jamshedi Navroz (Fasli) 2024 on 21 March, the equinox having been on 20 March: Parsi Khabar,
 *   "Jamshedi Navroze Mubarak 2024".
 */

const query = (year: number): Occurrence[] => occurrencesOf('zoroastrianism', year);

const PARSI_NEW_YEARS = parsiNewYears();

describe('zoroastrianism tradition table', () => {
  it('has the catalogue rows', () => {
    expect(
      zoroastrianism.holidays.map((h) => [h.id, h.importance, h.days, h.uncertainty?.kind ?? null]),
    ).toEqual([
      ['jamshedi-navroz', 'major', 1, 'region'],
      ['parsi-new-year', 'minor', 1, 'region'],
      ['khordad-sal', 'minor', 1, 'region'],
      ['zartosht-no-diso', 'minor', 1, 'region'],
      ['sadeh', 'minor', 1, null],
    ]);
    expect(zoroastrianism.holidays.find((h) => h.id === 'parsi-new-year')!.uncertainty!.note.en).toMatch(
      /30 days earlier/,
    );
  });

  it('gives every published Parsi New Year (11/11) and Khordad Sal five days later', () => {
    for (const iso of PARSI_NEW_YEARS) {
      const occurrences = query(Number(iso.slice(0, 4)));
      expect(find(occurrences, 'parsi-new-year')).toMatchObject({ date: iso, startsEvening: false });
      expect(find(occurrences, 'khordad-sal').date).toBe(isoFromFixed(fixedFromIso(iso)! + 5));
    }
  });

  it('puts Zarthost No Diso 2016 on Tuesday 24 May', () => {
    expect(find(query(2016), 'zartosht-no-diso')).toMatchObject({ date: '2016-05-24' });
  });

  it('keeps Jamshedi Navroz on 21 March even when the equinox is on the 20th (2024)', () => {
    expect(find(query(2024), 'jamshedi-navroz').date).toBe('2024-03-21');
  });

  it('lists every row exactly once in each year 1900–2100', () => {
    for (let year = 1900; year <= 2100; year++) {
      expect(listedIds(zoroastrianism, year)).toEqual(sortedIds(zoroastrianism));
    }
  });
});
