import {
  Body,
  EclipticGeoMoon,
  MakeTime,
  MoonPhase,
  Observer,
  SearchMoonPhase,
  SearchRiseSet,
  SunPosition,
} from 'astronomy-engine';
import type { Place } from '../types.js';
import { estimateMoonLongitude, nutationInLongitudeArcsec, secantCrossing } from './fast-sky.js';
import { estimateSunLongitude, SUN_LONGITUDE_ERROR_DEG } from './fast-sun.js';
import type { EpochMs } from './moon.js';

const MS_PER_DAY = 86_400_000;
const J2000_MS = Date.UTC(2000, 0, 1, 12);

const normalize = (degrees: number): number => ((degrees % 360) + 360) % 360;

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

/** The Sun's apparent geocentric longitude of date, tropical, degrees. */
export function tropicalSunLongitude(instant: EpochMs): number {
  return SunPosition(new Date(instant)).elon;
}

/** The Sun's sidereal (nirayana) longitude with the Lahiri ayanamsa, 0–360°; 0° = start of Mesha (Aries). */
export function siderealSunLongitude(instant: EpochMs): number {
  return normalize(tropicalSunLongitude(instant) - lahiriAyanamsa(instant));
}

/** The Moon's sidereal (nirayana) geocentric longitude with the Lahiri ayanamsa, 0–360°. */
export function siderealMoonLongitude(instant: EpochMs): number {
  return normalize(EclipticGeoMoon(new Date(instant)).lon - lahiriAyanamsa(instant));
}

/** Moon − Sun in ecliptic longitude, 0–360° (no ayanamsa needed: it cancels). 12° make one tithi. */
export function elongation(instant: EpochMs): number {
  return MoonPhase(new Date(instant));
}

/** The tithi (1–30; 1–15 Shukla, 16–30 Krishna, 30 = Amavasya) prevailing at an instant. */
export function tithiAt(instant: EpochMs): number {
  return Math.floor(elongation(instant) / 12) + 1;
}

/** The nakshatra (1–27; 1 = Ashvini, 22 = Shravana/Thiruvonam) the Moon is in at an instant. */
export function nakshatraAt(instant: EpochMs): number {
  return Math.floor(siderealMoonLongitude(instant) / (360 / 27)) + 1;
}

const MEAN_ELONGATION_RATE = 12.190749 / MS_PER_DAY;

/**
 * The first instant after `from` at which Moon − Sun reaches `degrees` (a multiple of 12° starts a tithi, of 6° a
 * karana). Secant steps from a mean-motion guess: the elongation grows monotonically at 10–15°/day, so five
 * MoonPhase evaluations reach 0.1 s where astronomy-engine's SearchMoonPhase (the fallback) needs about thirteen.
 */
export function nextElongation(degrees: number, from: EpochMs): EpochMs {
  const guess = from + normalize(degrees - elongation(from)) / MEAN_ELONGATION_RATE;
  return elongationNear(degrees, guess, from);
}

/**
 * The instant Moon − Sun reaches `degrees` nearest to `guess` (which must be within a few hours of it), by the
 * secant steps of nextElongation; SearchMoonPhase from `searchFrom` if they do not settle.
 */
export function elongationNear(degrees: number, guess: EpochMs, searchFrom = guess - MS_PER_DAY): EpochMs {
  const target = normalize(degrees);
  const offset = (instant: EpochMs): number => ((elongation(instant) - target + 540) % 360) - 180;
  let instant = guess;
  let previous = Number.NaN;
  let previousOffset = 0;
  let rate = MEAN_ELONGATION_RATE;
  for (let step = 0; step < 12; step++) {
    const current = offset(instant);
    const secant = (current - previousOffset) / (instant - previous);
    if (secant > 0 && Number.isFinite(secant)) rate = secant;
    const correction = -current / rate;
    previous = instant;
    previousOffset = current;
    instant += correction;
    if (Math.abs(correction) < 100) return instant;
  }
  const found = SearchMoonPhase(target, new Date(searchFrom), 32);
  if (!found)
    throw new Error(`no elongation ${degrees}° within 32 days of ${new Date(searchFrom).toISOString()}`);
  return found.date.getTime();
}

/** The Sun's sidereal longitude from the Meeus Sun of fast-sun.ts (within SUN_LONGITUDE_ERROR_DEG), 0–360°. */
const estimateSiderealSunLongitude = (instant: EpochMs): number =>
  normalize(estimateSunLongitude(instant) - lahiriAyanamsa(instant));

const HOUR_MS = 3_600_000;

/**
 * The instant the Sun's sidereal longitude next reaches `degrees` after `from` (a multiple of 30° is a
 * sankranti): located on the Meeus Sun, then Newton steps on astronomy-engine's position with the Sun's speed
 * from the Meeus Sun, to well under a millisecond in two or three steps (each precise position is costly the
 * first time). Where `from` lies within the estimate's error of a crossing, mean-speed steps from `from` decide
 * which crossing is next.
 */
export function nextSiderealSunLongitude(degrees: number, from: EpochMs): EpochMs {
  const ahead = normalize(degrees - estimateSiderealSunLongitude(from));
  if (ahead < 2 * SUN_LONGITUDE_ERROR_DEG || ahead > 360 - 2 * SUN_LONGITUDE_ERROR_DEG) {
    return nextLongitude(siderealSunLongitude, 360 / 365.25636, degrees, from, 8, 1e-6);
  }
  // Signed difference of two longitudes, degrees in [−180, 180).
  const difference = (a: number, b: number): number => ((a - b + 540) % 360) - 180;
  const speed = (instant: EpochMs): number =>
    difference(
      estimateSiderealSunLongitude(instant + HOUR_MS),
      estimateSiderealSunLongitude(instant - HOUR_MS),
    ) /
    (2 * HOUR_MS);
  let instant = from + (ahead / (360 / 365.25636)) * MS_PER_DAY;
  for (let step = 0; step < 3; step++) {
    instant -= difference(estimateSiderealSunLongitude(instant), degrees) / speed(instant);
  }
  for (let step = 0; step < 8; step++) {
    const error = difference(siderealSunLongitude(instant), degrees);
    instant -= error / speed(instant);
    if (Math.abs(error) < 1e-6) break;
  }
  return instant;
}

/**
 * The instant the Moon's sidereal longitude next reaches `degrees` after `from` (a multiple of 13°20′ starts a
 * nakshatra). Newton steps on the Moon's mean speed (11.8–15.4°/day actual) converge in a few steps.
 */
export function nextSiderealMoonLongitude(degrees: number, from: EpochMs): EpochMs {
  return nextLongitude(siderealMoonLongitude, 360 / 27.321662, degrees, from, 12, 1e-5);
}

/** Newton steps on a body's mean daily motion until its longitude is within `tolerance` degrees of the target. */
function nextLongitude(
  longitudeAt: (instant: EpochMs) => number,
  meanSpeed: number,
  degrees: number,
  from: EpochMs,
  steps: number,
  tolerance: number,
): EpochMs {
  let instant = from + (normalize(degrees - longitudeAt(from)) / meanSpeed) * MS_PER_DAY;
  for (let step = 0; step < steps; step++) {
    const error = ((longitudeAt(instant) - degrees + 540) % 360) - 180;
    instant -= (error / meanSpeed) * MS_PER_DAY;
    if (Math.abs(error) < tolerance) break;
  }
  return instant;
}

/** The Moon's sidereal longitude from the Meeus Moon of fast-sky.ts (within 0.015° of astronomy-engine's), 0–360°. */
export const estimateSiderealMoonLongitude = (instant: EpochMs): number =>
  normalize(estimateMoonLongitude(instant) - lahiriAyanamsa(instant));

/** Bound on the gap between estimateSiderealMoonLongitudeInstant and nextSiderealMoonLongitude (measured: 25 s). */
export const MOON_LONGITUDE_INSTANT_ERROR_MS = 60_000;

/**
 * nextSiderealMoonLongitude from the Meeus Moon of fast-sky.ts (secant steps to within 10 s): for decisions that
 * keep a margin of MOON_LONGITUDE_INSTANT_ERROR_MS (hindu-fast-path.test.ts measures the gap over 1897–2103)
 * and do not start the search next to a crossing (the two could then find crossings a month apart).
 */
export function estimateSiderealMoonLongitudeInstant(degrees: number, from: EpochMs): EpochMs {
  const meanSpeed = 360 / 27.321662 / MS_PER_DAY;
  const offset = (at: EpochMs) => ((estimateSiderealMoonLongitude(at) - degrees + 540) % 360) - 180;
  return secantCrossing(offset, from + normalize(-offset(from)) / meanSpeed, meanSpeed);
}

/** The sidereal sign (0 = Mesha/Aries … 9 = Makara/Capricorn … 11 = Meena/Pisces) the Sun is in. */
export function siderealSunSign(instant: EpochMs): number {
  return Math.floor(siderealSunLongitude(instant) / 30);
}

/**
 * Moonrise after an instant at a place (upper limb, standard refraction), or undefined if the Moon does not rise
 * within `withinDays`. Lives here because sun.ts only covers the Sun; Karva Chauth needs the Moon.
 */
export function moonriseAfter(from: EpochMs, place: Place, withinDays = 1.2): EpochMs | undefined {
  const observer = new Observer(place.latitude, place.longitude, 0);
  const event = SearchRiseSet(Body.Moon, observer, 1, MakeTime(new Date(from)), withinDays);
  return event === null ? undefined : event.date.getTime();
}
