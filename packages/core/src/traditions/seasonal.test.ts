import { describe, expect, it } from 'vitest';
import { isoFromFixed } from '../calendars/gregorian.js';
import { DEFAULT_OPTIONS } from '../query.js';
import { seasonal } from './seasonal.js';

const observance = (id: string, year: number, timeZone?: string) => {
  const place = timeZone ? { latitude: 0, longitude: 0, timeZone } : undefined;
  const [first] = seasonal.holidays
    .find((h) => h.id === id)!
    .rule.observancesIn(year, { ...DEFAULT_OPTIONS, place });
  return first!;
};

// USNO "Earth's Seasons" 2020: March equinox 20 Mar 03:49 UT, December solstice 21 Dec 10:02 UT; 2026 (USNO):
// December solstice 21 Dec 20:50 UT, so 21 Dec in Berlin but 22 Dec in Tokyo.
describe('seasonal tradition', () => {
  it('has the four moments as observances', () => {
    expect(seasonal.holidays.map((h) => [h.id, h.importance])).toEqual([
      ['march-equinox', 'observance'],
      ['june-solstice', 'observance'],
      ['september-equinox', 'observance'],
      ['december-solstice', 'observance'],
    ]);
  });

  it('gives the UTC instant and the civil date in Berlin by default', () => {
    const equinox = observance('march-equinox', 2020);
    expect(equinox.instant).toMatch(/^2020-03-20T03:49/);
    expect(isoFromFixed(equinox.start)).toBe('2020-03-20');
    expect(isoFromFixed(observance('december-solstice', 2026).start)).toBe('2026-12-21');
  });

  it('takes the civil date in the place’s time zone', () => {
    expect(isoFromFixed(observance('december-solstice', 2026, 'Asia/Tokyo').start)).toBe('2026-12-22');
    expect(isoFromFixed(observance('december-solstice', 2026, 'America/New_York').start)).toBe('2026-12-21');
  });
});
