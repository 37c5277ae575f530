import { type EpochMs, MS_PER_DAY } from '../time/day.js';
import { normalizeDegrees, RAD } from './angles.js';
import { deltaTMs } from './fast-moon.js';

/**
 * The Sun's apparent longitude by J. Meeus, Astronomical Algorithms (2nd ed. 1998), ch. 25 "low accuracy" (the
 * equation of the centre on a mean orbit, aberration and the main nutation term). Against astronomy-engine's
 * SunPosition (VSOP87) it is off by at most 0.011° over 1897–2103 (fast-sun.test.ts measures it); callers allow
 * SUN_LONGITUDE_ERROR_DEG and fall back to the precise position inside that margin.
 */
export const SUN_LONGITUDE_ERROR_DEG = 0.04;

const J2000_MS = Date.UTC(2000, 0, 1, 12);
const DAYS_PER_CENTURY = 36_525;
const MEAN_DEGREES_PER_DAY = 360 / 365.2422;

/** Apparent geocentric ecliptic longitude of the Sun (true equinox of date), degrees in [0, 360). */
export function estimateSunLongitude(instant: EpochMs): number {
  const t = (instant + deltaTMs(instant) - J2000_MS) / MS_PER_DAY / DAYS_PER_CENTURY;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const anomaly = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * RAD;
  const centre =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(anomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * anomaly) +
    0.000289 * Math.sin(3 * anomaly);
  const omega = (125.04 - 1934.136 * t) * RAD;
  const apparent = meanLongitude + centre - 0.00569 - 0.00478 * Math.sin(omega);
  return normalizeDegrees(apparent);
}

/** Degrees from `from` forward to `to`, in (−180, 180]. */
const ahead = (to: number, from: number): number => {
  const d = (((to - from) % 360) + 360) % 360;
  return d > 180 ? d - 360 : d;
};

/**
 * When the Sun's apparent longitude reaches `longitude`, starting from a guess within a few weeks: Newton steps on
 * the estimated longitude. Off by at most the time the Sun needs for SUN_LONGITUDE_ERROR_DEG (measured: 12 minutes).
 */
export function estimateSunLongitudeInstant(longitude: number, guess: EpochMs): EpochMs {
  let instant = guess;
  for (let step = 0; step < 4; step++) {
    instant += (ahead(longitude, estimateSunLongitude(instant)) / MEAN_DEGREES_PER_DAY) * MS_PER_DAY;
  }
  return instant;
}

/** The Sun's motion is at least 0.95°/day, so a longitude error of ε degrees is at most ε/0.95 days of time. */
export const SUN_INSTANT_ERROR_MS = (SUN_LONGITUDE_ERROR_DEG / 0.95) * MS_PER_DAY;
