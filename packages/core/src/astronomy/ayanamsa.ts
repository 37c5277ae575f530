import { type EpochMs, MS_PER_DAY } from '../time/day.js';
import { nutationInLongitudeArcsec } from './fast-sky.js';

// A formula, not a search: both the sidereal estimates (fast-sidereal.ts) and the precise sidereal positions
// (sidereal.ts) subtract it, so it sits with the estimates, below both.

const J2000_MS = Date.UTC(2000, 0, 1, 12);

/** General precession in longitude since J2000, arcseconds (IAU 2006, Capitaine et al. 2003, eq. 39). */
function precessionArcsec(centuries: number): number {
  const t = centuries;
  return 5028.796195 * t + 1.1054348 * t * t + 0.00007964 * t ** 3;
}

// Lahiri (Chitrapaksha) as the Indian Calendar Reform Committee fixed it and Swiss Ephemeris encodes it
// (SE_SIDM_LAHIRI): 23°15′00.658″ less 16.8″ nutation = 23.245522556° mean at JD 2435553.5 (1956-03-21 0h),
// carried by precession since.
const LAHIRI_EPOCH_CENTURIES = (2435553.5 - 2451545.0) / 36525;
const LAHIRI_AT_EPOCH = 23.245522556;

/** Nutation in longitude, degrees. */
const nutationInLongitude = (centuries: number): number => nutationInLongitudeArcsec(centuries) / 3600;

const centuriesSinceJ2000 = (instant: EpochMs): number => (instant - J2000_MS) / MS_PER_DAY / 36525;

/**
 * The Lahiri ayanamsa at an instant, degrees, including nutation ("true" ayanamsa), so that subtracting it from
 * an apparent longitude of date gives the sidereal longitude panchangas print (≈ 23.857° at J2000; 24.2° in 2026).
 */
export function lahiriAyanamsa(instant: EpochMs): number {
  const t = centuriesSinceJ2000(instant);
  const mean = LAHIRI_AT_EPOCH + (precessionArcsec(t) - precessionArcsec(LAHIRI_EPOCH_CENTURIES)) / 3600;
  return mean + nutationInLongitude(t);
}
