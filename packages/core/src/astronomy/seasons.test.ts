import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type SeasonName, seasonInstants } from './seasons.js';

// U.S. Naval Observatory, "Earth's Seasons" 2000–2020 (UT, to the minute); see test/fixtures/README.md.
const usno = readFileSync(new URL('../../test/fixtures/usno-seasons-2000-2020.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [season, iso] = line.split(' ');
    return { season: season as SeasonName, instant: Date.parse(iso!) };
  });

// The table is rounded to the minute. Measured (Nov 2026): worst 1.06 min, mean 0.37 min.
const TOLERANCE_MINUTES = 2;

describe('seasons', () => {
  it(`matches the USNO equinoxes and solstices 2000–2020 within ${TOLERANCE_MINUTES} minutes`, () => {
    expect(usno).toHaveLength(84);
    const errors = usno.map(
      ({ season, instant }) =>
        Math.abs(seasonInstants(new Date(instant).getUTCFullYear())[season] - instant) / 60_000,
    );
    const worst = Math.max(...errors);
    expect(worst).toBeLessThanOrEqual(TOLERANCE_MINUTES);
  });

  it('orders the four seasons within each year 1899–2101', () => {
    for (let year = 1899; year <= 2101; year++) {
      const s = seasonInstants(year);
      expect(s.marchEquinox < s.juneSolstice && s.juneSolstice < s.septemberEquinox).toBe(true);
      expect(s.septemberEquinox < s.decemberSolstice).toBe(true);
      expect(new Date(s.decemberSolstice).getUTCMonth()).toBe(11);
    }
  });
});
