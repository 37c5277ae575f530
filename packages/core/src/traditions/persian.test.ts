import { describe, expect, it } from 'vitest';
import {
  occurrenceOf as find,
  intlDate,
  occurrencesOf,
  sortedIds,
  tehranNowruzTable,
} from '../../test/support.js';
import { dayOfWeek, fixedFromIso } from '../calendars/gregorian.js';
import type { Occurrence } from '../types.js';
import { persian } from './persian.js';

/*
 * References:
 * - Nowruz 1900–2100: Calendar Center, Institute of Geophysics, University of Tehran, "Kabise Shamsi 1206–1498"
 *   (test/fixtures/persian-ut-nowruz-1206-1498.txt).
 * - March equinox 2026 at 14:46 UTC on 20 March: USNO "Earth's Seasons" / timeanddate.com.
 * - Chaharshanbe Suri: LaPresse, 13 Mar 2024 ("nella serata di martedì 12 marzo"; Nowruz 2024 was Wednesday
 *   20 March); Sputnik, 16 Mar 2021 (celebrated "tonight", Tuesday 16 March); Middle East Monitor, 16 Mar 2022
 *   ("starts on Tuesday evening", 15 March); Iran This Way, 16 Mar 2016 (Tuesday 15 March).
 * - The Solar Hijri day of every other row: Intl `persian` calendar (ICU), an independent implementation.
 */

const query = (year: number): Occurrence[] => occurrencesOf('persian', year);

// Gregorian year → Nowruz (ISO) by the Tehran table.
const UT_NOWRUZ = new Map(tehranNowruzTable().map(({ nowruz }) => [nowruz.slice(0, 4), nowruz]));

const intlMonthDay = (iso: string): string => {
  const { month, day } = intlDate('persian', fixedFromIso(iso)!);
  return `${month}/${day}`;
};

describe('persian tradition table', () => {
  it('has the catalogue rows', () => {
    expect(persian.holidays.map((h) => [h.id, h.importance, h.days, h.startsEvening])).toEqual([
      ['chaharshanbe-suri', 'minor', 1, false],
      ['nowruz', 'major', 1, false],
      ['newroz', 'major', 1, true],
      ['sizdah-bedar', 'minor', 1, false],
      ['tirgan', 'minor', 1, false],
      ['mehregan', 'minor', 1, false],
      ['yalda', 'minor', 1, true],
    ]);
  });

  it('puts Nowruz 2026 on 21 March with the equinox of 20 March 14:46 UTC behind it', () => {
    const nowruz = find(query(2026), 'nowruz');
    expect(nowruz.date).toBe('2026-03-21');
    expect(nowruz.nativeDate).toBe('1 Farvardin 1405');
    expect(Math.abs(Date.parse(nowruz.instant!) - Date.UTC(2026, 2, 20, 14, 46))).toBeLessThan(60_000);
  });

  it('gives every Nowruz 1900–2100 as the Tehran Calendar Center does (201/201)', () => {
    const mismatches: string[] = [];
    for (let year = 1900; year <= 2100; year++) {
      const date = find(query(year), 'nowruz').date;
      if (date !== UT_NOWRUZ.get(String(year))) mismatches.push(`${year}: ${date}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('puts Chaharshanbe Suri on the published Tuesdays, also when Nowruz is a Wednesday (2024)', () => {
    const dates = [2016, 2021, 2022, 2024].map((year) => find(query(year), 'chaharshanbe-suri').date);
    expect(dates).toEqual(['2016-03-15', '2021-03-16', '2022-03-15', '2024-03-12']);
  });

  it('always puts Chaharshanbe Suri on a Tuesday 2 to 8 days before Nowruz', () => {
    for (let year = 1900; year <= 2100; year++) {
      const occurrences = query(year);
      const suri = fixedFromIso(find(occurrences, 'chaharshanbe-suri').date)!;
      const nowruz = fixedFromIso(find(occurrences, 'nowruz').date)!;
      expect(dayOfWeek(suri)).toBe(2);
      expect(nowruz - suri).toBeGreaterThanOrEqual(2);
      expect(nowruz - suri).toBeLessThanOrEqual(8);
    }
  });

  it('agrees with Intl persian on the Solar Hijri day of every dated row 1900–2100', () => {
    const expected: Record<string, string> = {
      nowruz: '1/1',
      'sizdah-bedar': '1/13',
      tirgan: '4/13',
      mehregan: '7/16',
      yalda: '10/1',
    };
    const mismatches: string[] = [];
    for (let year = 1900; year <= 2100; year++) {
      for (const occurrence of query(year)) {
        const want = expected[occurrence.id];
        if (want !== undefined && intlMonthDay(occurrence.date) !== want)
          mismatches.push(`${occurrence.id} ${occurrence.date}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('lists each row once a year, Yalda and Newroz beginning the evening before', () => {
    const occurrences = query(2025);
    expect(occurrences.map((o) => o.id).sort()).toEqual(sortedIds(persian));
    expect(find(occurrences, 'yalda')).toMatchObject({ date: '2025-12-22', startsEvening: true });
    expect(find(occurrences, 'newroz')).toMatchObject({ date: '2025-03-21', startsEvening: true });
  });
});
