import { startOfCivilDay } from '../../astronomy/civil-date.js';
import { estimateRiseSetInDay } from '../../astronomy/fast-sunrise.js';
import { sunrise, sunset } from '../../astronomy/sun.js';
import { boundedCache, cachedIn, placeKey } from '../../bounded-cache.js';
import { type EpochMs, type Fixed, MS_PER_DAY } from '../../time/day.js';
import type { Place } from '../../types.js';

// Sunrise and sunset of a civil day at a place: precise (astronomy-engine) and estimated (fast-sunrise.ts, within
// RISE_SET_ERROR_MS). A panchanga day runs from sunrise to sunrise.

/**
 * Days held per cache, over all places: a place's ten years of festivals read about 600 days, and the festival
 * cache (panchanga-rule.ts) keeps their outcome, so this holds the days of the places being computed now. At about
 * 175 bytes a day (cache-budget.test.ts) the four caches hold 3.4 MB; at 20,000 days each they held 13 MB.
 */
export const SUN_TIMES_CACHED = 5_000;

// Sunrise and sunset are cached apart: most rules need only sunrise.
const sunriseCache = boundedCache<EpochMs>('sunrises', SUN_TIMES_CACHED);
const sunsetCache = boundedCache<EpochMs>('sunsets', SUN_TIMES_CACHED);
const estimatedSunriseCache = boundedCache<EpochMs>('estimated sunrises', SUN_TIMES_CACHED);
const estimatedSunsetCache = boundedCache<EpochMs>('estimated sunsets', SUN_TIMES_CACHED);

const dayAt = (day: Fixed, place: Place): string => `${placeKey(place)}|${day}`;

/**
 * Sunrise of a civil day at a place. Near the poles, where the Sun may not rise, falls back to 06:00 local time
 * so that every day still has a (nominal) panchanga day.
 */
export const sunriseOf = (day: Fixed, place: Place): EpochMs =>
  cachedIn(
    sunriseCache,
    dayAt(day, place),
    () => sunrise(day, place)?.getTime() ?? startOfCivilDay(day, place.timeZone).getTime() + MS_PER_DAY / 4,
  );

/** Sunset of a civil day at a place (18:00 local time where the Sun does not set). */
export const sunsetOf = (day: Fixed, place: Place): EpochMs =>
  cachedIn(
    sunsetCache,
    dayAt(day, place),
    () =>
      sunset(day, place)?.getTime() ?? startOfCivilDay(day, place.timeZone).getTime() + (3 * MS_PER_DAY) / 4,
  );

/** Sunrise and sunset of a civil day at a place (see sunriseOf and sunsetOf). */
export const sunriseSunset = (day: Fixed, place: Place): [EpochMs, EpochMs] => [
  sunriseOf(day, place),
  sunsetOf(day, place),
];

/** The estimated sunrise (fast-sunrise.ts), or the precise one where the estimate does not serve the place. */
export const estimatedSunriseOf = (day: Fixed, place: Place): EpochMs =>
  cachedIn(
    estimatedSunriseCache,
    dayAt(day, place),
    () => estimateRiseSetInDay(1, day, place) ?? sunriseOf(day, place),
  );

/** The estimated sunset (fast-sunrise.ts), or the precise one where the estimate does not serve the place. */
export const estimatedSunsetOf = (day: Fixed, place: Place): EpochMs =>
  cachedIn(
    estimatedSunsetCache,
    dayAt(day, place),
    () => estimateRiseSetInDay(-1, day, place) ?? sunsetOf(day, place),
  );
