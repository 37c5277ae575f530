import { UNIX_EPOCH } from '../calendars/gregorian.js';
import type { Fixed, Place } from '../types.js';
import { civilDateOf } from './civil-date.js';
import { fastSunAt } from './fast-sky.js';
import type { EpochMs } from './moon.js';

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

const RAD = Math.PI / 180;
const MS_PER_DAY = 86_400_000;
const HOUR = 3_600_000;
// 34′ refraction plus the Sun's mean semidiameter (16.0′); the yearly ±0.27′ change of the semidiameter is part
// of the measured error.
const ALTITUDE = -(34 / 60 + 16 / 60) * RAD;
// Solar day in radians of hour angle per millisecond.
const HOUR_ANGLE_RATE = (2 * Math.PI) / MS_PER_DAY;
// Beyond this the Sun grazes the horizon (|cos H0| near 1): the event moves fast with small errors, or vanishes.
const MAX_COS_HOUR_ANGLE = 0.95;

const wrap = (radians: number): number => radians - 2 * Math.PI * Math.round(radians / (2 * Math.PI));

/**
 * The estimated rise (direction 1) or set (−1) of the Sun nearest to `guess` at a place, or undefined where the
 * Sun grazes the horizon that day (the caller then uses astronomy-engine).
 */
export function estimateRiseSet(
  direction: 1 | -1,
  guess: EpochMs,
  latitude: number,
  longitude: number,
): EpochMs | undefined {
  if (Math.abs(latitude) > MAX_ESTIMATE_LATITUDE) return undefined;
  const phi = latitude * RAD;
  let instant = guess;
  for (let step = 0; step < 6; step++) {
    const { sunRa, sunDec, gast } = fastSunAt(instant);
    const cosH0 =
      (Math.sin(ALTITUDE) - Math.sin(phi) * Math.sin(sunDec)) / (Math.cos(phi) * Math.cos(sunDec));
    if (!(Math.abs(cosH0) <= MAX_COS_HOUR_ANGLE)) return undefined;
    const target = -direction * Math.acos(cosH0);
    const hourAngle = gast + longitude * RAD - sunRa;
    const correction = wrap(target - hourAngle) / HOUR_ANGLE_RATE;
    instant += correction;
    if (Math.abs(correction) < 500) return instant;
  }
  return undefined;
}

/**
 * The estimated rise or set of the Sun on a civil day at a place, or undefined unless it lies an hour or more
 * inside that day (it is then the day's only one, the one SearchRiseSet finds from local midnight, and so is the
 * precise event RISE_SET_ERROR_MS away) and the Sun clears the horizon well.
 */
export function estimateRiseSetInDay(direction: 1 | -1, date: Fixed, place: Place): EpochMs | undefined {
  // From local mean solar 06:00 or 18:00 of the date the iteration moves to the nearest event.
  const guess = (date - UNIX_EPOCH) * MS_PER_DAY + (12 - direction * 6 - place.longitude / 15) * HOUR;
  const found = estimateRiseSet(direction, guess, place.latitude, place.longitude);
  if (found === undefined) return undefined;
  const inside =
    civilDateOf(new Date(found - HOUR), place.timeZone) === date &&
    civilDateOf(new Date(found + HOUR), place.timeZone) === date;
  return inside ? found : undefined;
}
