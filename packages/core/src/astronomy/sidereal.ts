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
import { type EpochMs, MS_PER_DAY, MS_PER_HOUR } from '../time/day.js';
import type { Place } from '../types.js';
import { normalizeDegrees, secantCrossing, signedDegrees } from './angles.js';
import { lahiriAyanamsa } from './ayanamsa.js';
import { estimateSiderealSunLongitude } from './fast-sidereal.js';
import { SUN_LONGITUDE_ERROR_DEG } from './fast-sun.js';

// Re-exported for importers that predate ayanamsa.ts and fast-sidereal.ts (the estimates moved there so that they
// sit below this file); new code imports them from there.
export { lahiriAyanamsa } from './ayanamsa.js';
export {
  estimateSiderealMoonLongitude,
  estimateSiderealMoonLongitudeInstant,
  MOON_LONGITUDE_INSTANT_ERROR_MS,
} from './fast-sidereal.js';

/** The Sun's apparent geocentric longitude of date, tropical, degrees. */
export function tropicalSunLongitude(instant: EpochMs): number {
  return SunPosition(new Date(instant)).elon;
}

/** The Sun's sidereal (nirayana) longitude with the Lahiri ayanamsa, 0–360°; 0° = start of Mesha (Aries). */
export function siderealSunLongitude(instant: EpochMs): number {
  return normalizeDegrees(tropicalSunLongitude(instant) - lahiriAyanamsa(instant));
}

/** The Moon's sidereal (nirayana) geocentric longitude with the Lahiri ayanamsa, 0–360°. */
export function siderealMoonLongitude(instant: EpochMs): number {
  return normalizeDegrees(EclipticGeoMoon(new Date(instant)).lon - lahiriAyanamsa(instant));
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
  const guess = from + normalizeDegrees(degrees - elongation(from)) / MEAN_ELONGATION_RATE;
  return elongationNear(degrees, guess, from);
}

/**
 * The instant Moon − Sun reaches `degrees` nearest to `guess` (which must be within a few hours of it), by the
 * secant steps of nextElongation; SearchMoonPhase from `searchFrom` if they do not settle.
 */
export function elongationNear(degrees: number, guess: EpochMs, searchFrom = guess - MS_PER_DAY): EpochMs {
  const target = normalizeDegrees(degrees);
  const offset = (instant: EpochMs): number => signedDegrees(elongation(instant) - target);
  const crossing = secantCrossing(offset, guess, MEAN_ELONGATION_RATE, 100, 12);
  if (crossing.converged) return crossing.instant;
  const found = SearchMoonPhase(target, new Date(searchFrom), 32);
  if (!found)
    throw new Error(`no elongation ${degrees}° within 32 days of ${new Date(searchFrom).toISOString()}`);
  return found.date.getTime();
}

/**
 * The instant the Sun's sidereal longitude next reaches `degrees` after `from` (a multiple of 30° is a
 * sankranti): located on the Meeus Sun, then Newton steps on astronomy-engine's position with the Sun's speed
 * from the Meeus Sun, to well under a millisecond in two or three steps (each precise position is costly the
 * first time). Where `from` lies within the estimate's error of a crossing, mean-speed steps from `from` decide
 * which crossing is next.
 */
export function nextSiderealSunLongitude(degrees: number, from: EpochMs): EpochMs {
  const ahead = normalizeDegrees(degrees - estimateSiderealSunLongitude(from));
  if (ahead < 2 * SUN_LONGITUDE_ERROR_DEG || ahead > 360 - 2 * SUN_LONGITUDE_ERROR_DEG) {
    return nextLongitude(siderealSunLongitude, 360 / 365.25636, degrees, from, 8, 1e-6);
  }
  const speed = (instant: EpochMs): number =>
    signedDegrees(
      estimateSiderealSunLongitude(instant + MS_PER_HOUR) -
        estimateSiderealSunLongitude(instant - MS_PER_HOUR),
    ) /
    (2 * MS_PER_HOUR);
  let instant = from + (ahead / (360 / 365.25636)) * MS_PER_DAY;
  for (let step = 0; step < 3; step++) {
    instant -= signedDegrees(estimateSiderealSunLongitude(instant) - degrees) / speed(instant);
  }
  for (let step = 0; step < 8; step++) {
    const error = signedDegrees(siderealSunLongitude(instant) - degrees);
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
  let instant = from + (normalizeDegrees(degrees - longitudeAt(from)) / meanSpeed) * MS_PER_DAY;
  for (let step = 0; step < steps; step++) {
    const error = signedDegrees(longitudeAt(instant) - degrees);
    instant -= (error / meanSpeed) * MS_PER_DAY;
    if (Math.abs(error) < tolerance) break;
  }
  return instant;
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
