import { describe, expect, it } from 'vitest';
import { fixtureRows, tableLookup } from '../../test/support.js';
import { dayOfWeek, fixedFromGregorian, isoFromFixed } from '../calendars/gregorian.js';
import { yazidism } from './yazidism.js';

const { holiday, observancesIn, datesIn } = tableLookup(yazidism);

describe('yazidism table', () => {
  // test/fixtures/yazidi-observed.txt: days reported by ezipedia.de, ezidis.org, SBS, afterisis.com, KirkukNow,
  // jugend-und-religion.de, guetsel.de and ezidi.news (2009–2023); sources in the fixture README.
  it('matches every observed date of Çarşema Sor and Êda Êzî', () => {
    const rows = fixtureRows('yazidi-observed.txt');
    expect(rows).toHaveLength(12);
    const mismatches = rows.flatMap(([id, date, source]) => {
      const ours = datesIn(id!, Number(date!.slice(0, 4)));
      return ours.join() === date ? [] : [`${source} ${id}: ${ours} vs ${date}`];
    });
    expect(mismatches).toEqual([]);
  });

  // Acceptance fact: Çarşema Sor 2026 on Wednesday 15 April (first Wednesday on or after 14 April, ezipedia.de),
  // beginning the evening before.
  it('puts Çarşema Sor 2026 on 15 April, from the evening of 14 April', () => {
    const [newYear] = observancesIn('carsema-sor', 2026);
    expect(isoFromFixed(newYear!.start)).toBe('2026-04-15');
    expect(newYear!.nativeDate?.en).toBe('2 Apr 2026 (Julian)');
    expect(holiday('carsema-sor').startsEvening).toBe(true);
  });

  // "Das Neujahrsfest [wird] am ersten Mittwoch im Monat April gefeiert, der zum oder nach dem 14. April im
  // gregorianischen Kalender anfällt" (ezipedia.de); Êzî: the first Friday of (Julian) December (Syriac Press 2020,
  // Iraqi decree 2024); Cejna Cemaayê from 6 October (Ezidische Jugend). One day later from March 2100.
  it('keeps the weekday rules on their Gregorian windows in every year 1900–2100', () => {
    const failures: string[] = [];
    for (let year = 1900; year <= 2100; year++) {
      const shift = year === 2100 ? 1 : 0;
      const check = (id: string, weekday: number | undefined, month: number, first: number, last: number) => {
        const starts = observancesIn(id, year).map((o) => o.start);
        const from = fixedFromGregorian(year, month, first + shift);
        const to = fixedFromGregorian(year, month, last + shift);
        const ok =
          starts.length === 1 &&
          starts[0]! >= from &&
          starts[0]! <= to &&
          (weekday === undefined || dayOfWeek(starts[0]!) === weekday);
        if (!ok) failures.push(`${id} ${year}: ${starts.map(isoFromFixed)}`);
      };
      check('carsema-sor', 3, 4, 14, 20);
      check('eda-ezi', 5, 12, 14, 20);
      check('cejna-cemaye', undefined, 10, 6, 6);
    }
    expect(failures).toEqual([]);
    expect(holiday('cejna-cemaye').days).toBe(7);
  });

  it('gives exactly one observance of every row in 1899 and 2101 too', () => {
    for (const row of yazidism.holidays) {
      for (const year of [1899, 2101]) expect(datesIn(row.id, year), `${row.id} ${year}`).toHaveLength(1);
    }
  });

  it('follows the catalogue ids, importance and uncertainty', () => {
    expect(yazidism.holidays.map((h) => [h.id, h.importance, h.uncertainty?.kind ?? null])).toEqual([
      ['carsema-sor', 'major', null],
      ['cejna-cemaye', 'major', 'region'],
      ['eda-ezi', 'major', 'region'],
    ]);
  });
});
