import { Seasons, SunPosition } from 'astronomy-engine';
import { describe, expect, it } from 'vitest';
import { atSeason } from './estimate-then-verify.js';
import { estimateSunLongitude, SUN_LONGITUDE_ERROR_DEG } from './fast-sun.js';
import { type SeasonName, seasonInstant } from './seasons.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const SEASONS: SeasonName[] = ['marchEquinox', 'juneSolstice', 'septemberEquinox', 'decemberSolstice'];

// The cheap solar longitude stands in for VSOP87 only where its error bound keeps a decision away from a step;
// these checks measure that bound over the library's range against astronomy-engine (the precise path).
describe('low-precision Sun (fast path)', () => {
  it('stays within a third of the margin of astronomy-engine 1897–2103 (sampled every 1.3 days)', () => {
    let worst = 0;
    for (let t = Date.UTC(1897, 0, 1); t < Date.UTC(2104, 0, 1); t += 1.3 * DAY) {
      const difference = estimateSunLongitude(t) - SunPosition(new Date(t)).elon;
      worst = Math.max(worst, Math.abs((((difference % 360) + 540) % 360) - 180));
    }
    expect(worst).toBeLessThan(SUN_LONGITUDE_ERROR_DEG / 3);
  });

  it('finds each season as astronomy-engine Seasons() does, to the millisecond', () => {
    for (const year of [1897, 1950, 2026, 2103]) {
      const seasons = Seasons(year);
      expect(seasonInstant(year, 'marchEquinox')).toBe(seasons.mar_equinox.date.getTime());
      expect(seasonInstant(year, 'juneSolstice')).toBe(seasons.jun_solstice.date.getTime());
      expect(seasonInstant(year, 'septemberEquinox')).toBe(seasons.sep_equinox.date.getTime());
      expect(seasonInstant(year, 'decemberSolstice')).toBe(seasons.dec_solstice.date.getTime());
    }
  });

  it('dates every season 1897–2103 to the same civil day and half-day as the precise instant', () => {
    for (let year = 1897; year <= 2103; year++) {
      for (const season of SEASONS) {
        const precise = seasonInstant(year, season);
        for (const offset of [0, 3.5, 7, 8, 9]) {
          const halfDay = (instant: number) => Math.floor((instant + offset * HOUR) / (DAY / 2));
          expect(atSeason(year, season, halfDay), `${year} ${season} +${offset}`).toBe(halfDay(precise));
        }
      }
    }
  });
});
