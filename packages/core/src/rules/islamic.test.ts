import { describe, expect, it } from 'vitest';
import { diyanetMonthStart } from '../calendars/islamic-diyanet.js';
import {
  MABIMS_INDONESIA,
  MAX_SIGHTING_LATITUDE,
  NEW_DELHI,
  type SightingMethod,
  sightingMonthStart,
} from '../calendars/islamic-sighting.js';
import { fixedFromTabular } from '../calendars/islamic-tabular.js';
import { ummAlQuraMonthStart } from '../calendars/islamic-umm-al-qura.js';
import { MAX_DAYS_FROM_TABULAR } from './islamic.js';

// Hijri rules skip observances whose tabular date lies more than MAX_DAYS_FROM_TABULAR outside the Gregorian year
// asked for. That is only safe while every method stays that close to the tabular calendar: checked here for
// every month of 1316–1527 AH (Gregorian 1898–2102) with two days to spare.
describe('Hijri rules: the tabular screen', () => {
  it('every Diyanet and Umm al-Qura month start lies within the bound minus two days of the tabular one', () => {
    let worst = 0;
    for (let year = 1316; year <= 1527; year++) {
      for (let month = 1; month <= 12; month++) {
        const tabular = fixedFromTabular(year, month, 1);
        worst = Math.max(
          worst,
          Math.abs(diyanetMonthStart(year, month) - tabular),
          Math.abs(ummAlQuraMonthStart(year, month) - tabular),
        );
      }
    }
    expect(worst).toBeLessThanOrEqual(MAX_DAYS_FROM_TABULAR - 2);
  });
});

describe('Hijri rules: the tabular screen for sighting methods', () => {
  // A sighting waits longest for the crescent far from the equator: the places the query lets `crescent` and
  // `mabims` look at reach ±MAX_SIGHTING_LATITUDE, so those two evenings are checked with the default countries.
  const methods: [string, SightingMethod][] = [
    ['Odeh at New Delhi', { criterion: 'odeh', places: [NEW_DELHI] }],
    ['MABIMS in Indonesia', MABIMS_INDONESIA],
    ...[MAX_SIGHTING_LATITUDE, -MAX_SIGHTING_LATITUDE].map((latitude): [string, SightingMethod] => [
      `Yallop at ${latitude}°`,
      { criterion: 'yallop', places: [{ latitude, longitude: 10, timeZone: 'Europe/Oslo' }] },
    ]),
  ];
  it.each(methods)('%s: every month start 1316–1527 AH within the bound of the tabular one', (_, method) => {
    let worst = 0;
    for (let year = 1316; year <= 1527; year++) {
      for (let month = 1; month <= 12; month++) {
        worst = Math.max(
          worst,
          Math.abs(sightingMonthStart(year, month, method) - fixedFromTabular(year, month, 1)),
        );
      }
    }
    expect(worst).toBeLessThanOrEqual(MAX_DAYS_FROM_TABULAR);
  });
});
