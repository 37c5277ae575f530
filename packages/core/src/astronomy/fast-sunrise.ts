import { type EpochMs, type Fixed, MS_PER_DAY, MS_PER_HOUR, utcMidnightOf } from '../time/day.js';
import type { Place } from '../types.js';
import { RAD } from './angles.js';
import { civilDateOf } from './civil-date.js';
import { fastSkyAt, fastSunAt } from './fast-sky.js';

/**
 * Sunrise and sunset from the low-precision Sun of fast-sky.ts (Meeus ch. 25) by the classical hour-angle
 * iteration (Meeus ch. 15), for the same event astronomy-engine's SearchRiseSet finds: the Sun's upper limb on a
 * sea-level horizon with 34′ of refraction. Over 1897–2103 at latitudes up to 60° it stays within
 * RISE_SET_ERROR_MS of SearchRiseSet (measured: 9 s) (fast-sunrise.test.ts measures the gap); callers decide with it only when
 * every comparison clears a margin built on that bound, and ask astronomy-engine otherwise.
 */
export const RISE_SET_ERROR_MS = 20_000;

/** Beyond this latitude callers use astronomy-engine only (midnight sun, polar night, grazing sunrises). */
export const MAX_ESTIMATE_LATITUDE = 60;

// 34′ refraction plus the Sun's mean semidiameter (16.0′); the yearly ±0.27′ change of the semidiameter is part
// of the measured error.
const ALTITUDE = -(34 / 60 + 16 / 60) * RAD;
// Solar day in radians of hour angle per millisecond.
const HOUR_ANGLE_RATE = (2 * Math.PI) / MS_PER_DAY;
// Beyond this the Sun grazes the horizon (|cos H0| near 1): the event moves fast with small errors, or vanishes.
const MAX_COS_HOUR_ANGLE = 0.95;

const wrap = (radians: number): number => radians - 2 * Math.PI * Math.round(radians / (2 * Math.PI));

/** A body's apparent place for the hour-angle iteration, with the altitude of its centre at rise and set. */
interface HorizonPlace {
  ra: number;
  dec: number;
  gast: number;
  /** Altitude of the centre when the upper limb touches the horizon, radians. */
  altitude: number;
}

/**
 * The estimated rise (direction 1) or set (−1) of a body nearest to `guess` (in hour angle), or undefined where it
 * grazes the horizon that day. `rate` is the body's mean hour-angle speed, radians per millisecond.
 */
function estimateHorizonCrossing(
  direction: 1 | -1,
  guess: EpochMs,
  latitude: number,
  longitude: number,
  placeAt: (instant: EpochMs) => HorizonPlace,
  rate: number,
): EpochMs | undefined {
  if (Math.abs(latitude) > MAX_ESTIMATE_LATITUDE) return undefined;
  const phi = latitude * RAD;
  let instant = guess;
  for (let step = 0; step < 6; step++) {
    const { ra, dec, gast, altitude } = placeAt(instant);
    const cosH0 = (Math.sin(altitude) - Math.sin(phi) * Math.sin(dec)) / (Math.cos(phi) * Math.cos(dec));
    if (!(Math.abs(cosH0) <= MAX_COS_HOUR_ANGLE)) return undefined;
    const target = -direction * Math.acos(cosH0);
    const hourAngle = gast + longitude * RAD - ra;
    const correction = wrap(target - hourAngle) / rate;
    instant += correction;
    if (Math.abs(correction) < 500) return instant;
  }
  return undefined;
}

function sunPlace(instant: EpochMs): HorizonPlace {
  const { sunRa, sunDec, gast } = fastSunAt(instant);
  return { ra: sunRa, dec: sunDec, gast, altitude: ALTITUDE };
}

/**
 * The estimated rise (direction 1) or set (−1) of the Sun nearest to `guess`, or undefined where the Sun grazes
 * the horizon that day (the caller then uses astronomy-engine).
 */
export const estimateRiseSet = (
  direction: 1 | -1,
  guess: EpochMs,
  latitude: number,
  longitude: number,
): EpochMs | undefined =>
  estimateHorizonCrossing(direction, guess, latitude, longitude, sunPlace, HOUR_ANGLE_RATE);

// The Moon's upper limb on the horizon as astronomy-engine's SearchRiseSet defines it: the topocentric centre
// plus the semidiameter (its equatorial radius) at −34′, from the geocentric place less the horizontal parallax.
const MOON_RADIUS_AU = 1738.1 / 149_597_870.7;
const EARTH_RADIUS_AU = 6378.1366 / 149_597_870.7;
// The Moon returns to the meridian every 24 h 50 min on average.
const MOON_HOUR_ANGLE_RATE = (2 * Math.PI) / (1.03505 * MS_PER_DAY);

function moonPlace(instant: EpochMs): HorizonPlace {
  const sky = fastSkyAt(instant);
  const distance = sky.moonDistanceAu;
  const altitude =
    -(34 / 60) * RAD - Math.asin(MOON_RADIUS_AU / distance) + Math.asin(EARTH_RADIUS_AU / distance);
  return { ra: sky.moonRa, dec: sky.moonDec, gast: sky.gast, altitude };
}

/**
 * Bound on the gap between estimateMoonrise and astronomy-engine's SearchRiseSet for the same moonrise at
 * latitudes up to MAX_ESTIMATE_LATITUDE (fast-sunrise.test.ts measures it over 1897–2103).
 */
export const MOONRISE_ERROR_MS = 60_000;

/** The estimated moonrise nearest to `guess` (within about 12 hours), or undefined where the Moon grazes the horizon. */
export const estimateMoonrise = (guess: EpochMs, latitude: number, longitude: number): EpochMs | undefined =>
  estimateHorizonCrossing(1, guess, latitude, longitude, moonPlace, MOON_HOUR_ANGLE_RATE);

/**
 * The estimated rise or set of the Sun on a civil day at a place, or undefined unless it lies an hour or more
 * inside that day (it is then the day's only one, the one SearchRiseSet finds from local midnight, and so is the
 * precise event RISE_SET_ERROR_MS away) and the Sun clears the horizon well.
 */
export function estimateRiseSetInDay(direction: 1 | -1, date: Fixed, place: Place): EpochMs | undefined {
  // From local mean solar 06:00 or 18:00 of the date the iteration moves to the nearest event.
  const guess = utcMidnightOf(date) + (12 - direction * 6 - place.longitude / 15) * MS_PER_HOUR;
  const found = estimateRiseSet(direction, guess, place.latitude, place.longitude);
  if (found === undefined) return undefined;
  const inside =
    civilDateOf(new Date(found - MS_PER_HOUR), place.timeZone) === date &&
    civilDateOf(new Date(found + MS_PER_HOUR), place.timeZone) === date;
  return inside ? found : undefined;
}
