import { SearchSunLongitude, SunPosition } from 'astronomy-engine';
import { type EpochMs, MS_PER_DAY } from '../time/day.js';
import { normalizeDegrees } from './angles.js';

const MEAN_TROPICAL_YEAR_DAYS = 365.2422;
// The Sun stands at 0° (March equinox) around 20 March, day 79 of a common year.
const MARCH_EQUINOX_DAY_OF_YEAR = 79;

/** The Sun's apparent geocentric ecliptic longitude (true equinox of date) in degrees, [0, 360). */
export function sunLongitudeAt(instant: EpochMs): number {
  return SunPosition(new Date(instant)).elon;
}

// Bounded without a limit: keyed by year and a longitude the tradition tables fix (a solar term), and the years
// by the query's range (MIN_YEAR–MAX_YEAR, a year either side).
const termCache = new Map<string, EpochMs>();

/**
 * The instant in the given Gregorian year (UTC) when the Sun's apparent longitude reaches `longitude` degrees
 * (a multiple of 15° for a solar term, e.g. 15° = Qingming, 315° = Lichun).
 */
export function solarLongitudeInstant(longitude: number, year: number): EpochMs {
  const key = `${year}:${longitude}`;
  const cached = termCache.get(key);
  if (cached !== undefined) return cached;
  // Start a few weeks before the expected date so one short search suffices.
  const expectedDay =
    (MARCH_EQUINOX_DAY_OF_YEAR + (normalizeDegrees(longitude) / 360) * MEAN_TROPICAL_YEAR_DAYS) %
    MEAN_TROPICAL_YEAR_DAYS;
  const start = Date.UTC(year, 0, 1) + Math.max(0, expectedDay - 20) * MS_PER_DAY;
  let found = SearchSunLongitude(longitude, new Date(start), 45);
  if (!found || new Date(found.date).getUTCFullYear() !== year) {
    found = SearchSunLongitude(longitude, new Date(Date.UTC(year, 0, 1)), 366);
  }
  if (!found) throw new Error(`the Sun does not reach ${longitude}° in ${year}`);
  const instant = found.date.getTime();
  termCache.set(key, instant);
  return instant;
}
