import { type EpochMs, MS_PER_DAY } from '../time/day.js';
import { normalizeDegrees, secantCrossing, signedDegrees } from './angles.js';
import { lahiriAyanamsa } from './ayanamsa.js';
import { estimateMoonLongitude } from './fast-sky.js';
import { estimateSunLongitude } from './fast-sun.js';

/** The Sun's sidereal longitude from the Meeus Sun of fast-sun.ts (within SUN_LONGITUDE_ERROR_DEG), 0–360°. */
export const estimateSiderealSunLongitude = (instant: EpochMs): number =>
  normalizeDegrees(estimateSunLongitude(instant) - lahiriAyanamsa(instant));

/** The Moon's sidereal longitude from the Meeus Moon of fast-sky.ts (within 0.015° of astronomy-engine's), 0–360°. */
export const estimateSiderealMoonLongitude = (instant: EpochMs): number =>
  normalizeDegrees(estimateMoonLongitude(instant) - lahiriAyanamsa(instant));

/** Bound on the gap between estimateSiderealMoonLongitudeInstant and nextSiderealMoonLongitude (measured: 25 s). */
export const MOON_LONGITUDE_INSTANT_ERROR_MS = 60_000;

/**
 * sidereal.ts's nextSiderealMoonLongitude from the Meeus Moon of fast-sky.ts (secant steps to within 10 s): for
 * decisions that keep a margin of MOON_LONGITUDE_INSTANT_ERROR_MS (hindu-fast-path.test.ts measures the gap over
 * 1897–2103) and do not start the search next to a crossing (the two could then find crossings a month apart).
 */
export function estimateSiderealMoonLongitudeInstant(degrees: number, from: EpochMs): EpochMs {
  const meanSpeed = 360 / 27.321662 / MS_PER_DAY;
  const offset = (at: EpochMs) => signedDegrees(estimateSiderealMoonLongitude(at) - degrees);
  return secantCrossing(offset, from + normalizeDegrees(-offset(from)) / meanSpeed, meanSpeed).instant;
}
