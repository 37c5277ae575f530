import { Body, MakeTime, Observer, SearchRiseSet } from 'astronomy-engine';
import type { Fixed, Place } from '../types.js';
import { startOfCivilDay } from './civil-date.js';
import { seasonInstant } from './seasons.js';

/**
 * Tehran, the reference point of the Badíʿ calendar since 172 BE (Universal House of Justice, 10 July 2014).
 * The Bahá'í World Centre took it "from the World Geodetic System 1984" without publishing the coordinates;
 * these are the usual ones of the city centre (Wikipedia, GeoNames 112931).
 */
export const TEHRAN: Place = { latitude: 35.6892, longitude: 51.389, timeZone: 'Asia/Tehran' };

/** The March equinox of a Gregorian year (astronomy-engine's Seasons(), via astronomy/seasons.ts). */
export function marchEquinox(year: number): Date {
  return new Date(seasonInstant(year, 'marchEquinox'));
}

function riseOrSet(direction: 1 | -1, date: Fixed, place: Place): Date | undefined {
  const observer = new Observer(place.latitude, place.longitude, 0);
  const from = MakeTime(startOfCivilDay(date, place.timeZone));
  const event = SearchRiseSet(Body.Sun, observer, direction, from, 1);
  return event === null ? undefined : event.date;
}

/**
 * Sunset on a civil day at a place (upper limb touching the horizon with standard refraction, sea level), or
 * undefined where the sun does not set that day (polar summer).
 */
export function sunset(date: Fixed, place: Place): Date | undefined {
  return riseOrSet(-1, date, place);
}

/** Sunrise on a civil day at a place, or undefined where the sun does not rise that day (polar night). */
export function sunrise(date: Fixed, place: Place): Date | undefined {
  return riseOrSet(1, date, place);
}
