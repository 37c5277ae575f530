import { SearchSunLongitude } from 'astronomy-engine';
import type { EpochMs } from '../time/day.js';

/** The four astronomical seasons of a Gregorian year as UTC instants (Sun at 0°, 90°, 180°, 270°). */
export interface SeasonInstants {
  marchEquinox: EpochMs;
  juneSolstice: EpochMs;
  septemberEquinox: EpochMs;
  decemberSolstice: EpochMs;
}

export type SeasonName = keyof SeasonInstants;

/**
 * The Sun's longitude at each season and the month in which astronomy-engine's Seasons() starts its 20-day
 * search on the 10th: searching exactly as it does gives the same instant to the millisecond, for one season
 * at a quarter of the price.
 */
export const SEASON_SEARCH: Record<SeasonName, readonly [number, number]> = {
  marchEquinox: [0, 2],
  juneSolstice: [90, 5],
  septemberEquinox: [180, 8],
  decemberSolstice: [270, 11],
};

// Bounded without a limit: keyed by year and season alone, which the query's year range (MIN_YEAR–MAX_YEAR, a year either
// side) bounds.
const cache = new Map<string, EpochMs>();

/** One season of a Gregorian year (the instant astronomy-engine's Seasons(year) gives for it), memoized. */
export function seasonInstant(year: number, season: SeasonName): EpochMs {
  const key = `${year}:${season}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const [longitude, month] = SEASON_SEARCH[season];
  const found = SearchSunLongitude(longitude, new Date(Date.UTC(year, month, 10)), 20);
  if (!found) throw new Error(`no ${season} found in ${year}`);
  const instant = found.date.getTime();
  cache.set(key, instant);
  return instant;
}

export function seasonInstants(year: number): SeasonInstants {
  return {
    marchEquinox: seasonInstant(year, 'marchEquinox'),
    juneSolstice: seasonInstant(year, 'juneSolstice'),
    septemberEquinox: seasonInstant(year, 'septemberEquinox'),
    decemberSolstice: seasonInstant(year, 'decemberSolstice'),
  };
}
