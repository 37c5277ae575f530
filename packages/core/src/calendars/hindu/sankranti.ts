import { civilDateOf } from '../../astronomy/civil-date.js';
import { nextSiderealSunLongitude } from '../../astronomy/sidereal.js';
import { boundedCache, cachedIn } from '../../bounded-cache.js';
import type { EpochMs, Fixed } from '../../time/day.js';
import type { Place } from '../../types.js';
import type { DecisionSky } from './decision.js';
import { YEARS_REACHED } from './years-reached.js';

// Solar months: a sankranti is the instant the Sun enters a sidereal sign (Lahiri ayanamsa); the solar month
// named by the sign begins on the civil day a regional rule assigns to it.

/**
 * Which civil day a sankranti is kept on: the regional rules drikpanchang.com documents. `sunrise`: the panchanga
 * day (sunrise to sunrise) in which it falls (the SGPC's jantri: its sangrands, Vaisakhi and Maghi); `midnight`:
 * the civil day of the instant (drikpanchang's Mesha Sankranti and Baisakhi, Odisha); `sunset`: the next day if it
 * falls after sunset (Tamil Nadu, and drikpanchang's Makar Sankranti punya kaal); `aparahna`: the next day if after
 * the first three fifths of the daytime (Kerala).
 */
export type SankrantiDayRule = 'sunrise' | 'midnight' | 'sunset' | 'aparahna';

/** The civil day a sankranti instant (precise) is kept on at a place, by a regional rule. */
export function sankrantiDay(
  sky: DecisionSky,
  instant: EpochMs,
  dayRule: SankrantiDayRule,
  place: Place,
): Fixed {
  const day = civilDateOf(new Date(instant), place.timeZone);
  if (dayRule === 'midnight') return day;
  if (dayRule === 'sunrise') return sky.earlier(instant, sky.sunrise(day, place)) ? day - 1 : day;
  const [rise, set] = [sky.sunrise(day, place), sky.sunset(day, place)];
  const limit = dayRule === 'sunset' ? set : rise + (3 * (set - rise)) / 5;
  return sky.earlier(instant, limit) ? day : day + 1;
}

// Keyed by sign and Gregorian year: bounded by the years the engine reaches.
const sankrantiCache = boundedCache<EpochMs>('sankrantis', 12 * YEARS_REACHED);

/**
 * The instant the Sun enters sidereal sign 0–11 in (or in the last week before) a Gregorian year (memoized:
 * several festivals share one).
 */
export const sankrantiNear = (sign: number, year: number): EpochMs =>
  cachedIn(sankrantiCache, year * 12 + sign, () =>
    nextSiderealSunLongitude(sign * 30, Date.UTC(year - 1, 11, 25)),
  );
