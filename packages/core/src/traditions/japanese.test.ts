import { describe, expect, it } from 'vitest';
import { isoFromFixed } from '../calendars/gregorian.js';
import { DEFAULT_OPTIONS } from '../query.js';
import { japanese } from './japanese.js';

const datesIn = (id: string, year: number) =>
  japanese.holidays
    .find((h) => h.id === id)!
    .rule.observancesIn(year, DEFAULT_OPTIONS)
    .map((o) => isoFromFixed(o.start));

// National Astronomical Observatory of Japan (NAOJ, "暦要項" and its 2021 notice "節分が2月2日になるのは124年ぶり"):
// Setsubun was on 4 Feb in 1984, on 3 Feb every year 1985–2020, on 2 Feb in 2021 (first time since 1897) and 2025.
describe('japanese tradition', () => {
  it('puts Setsubun on the day before Risshun in JST as NAOJ publishes it', () => {
    expect(datesIn('setsubun', 1984)).toEqual(['1984-02-04']);
    for (let year = 1985; year <= 2020; year++) expect(datesIn('setsubun', year)).toEqual([`${year}-02-03`]);
    expect(datesIn('setsubun', 2021)).toEqual(['2021-02-02']);
    expect(datesIn('setsubun', 2025)).toEqual(['2025-02-02']);
    expect(datesIn('setsubun', 2026)).toEqual(['2026-02-03']);
  });

  it('keeps Shichi-Go-San on 15 November', () => {
    expect(datesIn('shichi-go-san', 2026)).toEqual(['2026-11-15']);
  });
});
