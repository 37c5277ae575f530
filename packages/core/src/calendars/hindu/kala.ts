import type { EpochMs, Fixed } from '../../time/day.js';
import type { Place } from '../../types.js';
import type { DecisionSky } from './decision.js';

/**
 * Parts of a day that festival rules look at (Dharmasindhu / Nirnayasindhu as drikpanchang.com applies them):
 * the daytime from sunrise to sunset in five equal parts (pratah, sangava, madhyahna, aparahna, sayahna),
 * purvahna = its first half, pradosh = the first three of the night's fifteen muhurtas after sunset, nishita =
 * the eighth night muhurta (around local midnight).
 */
export type Kala = 'purvahna' | 'madhyahna' | 'aparahna' | 'pradosh' | 'nishita';

/** The window [start, end) of a kala on a civil day at a place, from the sky's sunrises and sunset. */
export function kalaWindow(sky: DecisionSky, day: Fixed, kala: Kala, place: Place): [EpochMs, EpochMs] {
  const [rise, set] = [sky.sunrise(day, place), sky.sunset(day, place)];
  const daytime = set - rise;
  switch (kala) {
    case 'purvahna':
      return [rise, rise + daytime / 2];
    case 'madhyahna':
      return [rise + (2 * daytime) / 5, rise + (3 * daytime) / 5];
    case 'aparahna':
      return [rise + (3 * daytime) / 5, rise + (4 * daytime) / 5];
    case 'pradosh':
    case 'nishita': {
      const muhurta = (sky.sunrise(day + 1, place) - set) / 15;
      return kala === 'pradosh' ? [set, set + 3 * muhurta] : [set + 7 * muhurta, set + 8 * muhurta];
    }
  }
}

/** The first civil day whose sunrise falls in [start, end); for a tithi no sunrise sees (kshaya), its day. */
export function udayaDay(sky: DecisionSky, start: EpochMs, end: EpochMs, place: Place): Fixed {
  let day = sky.civilDate(start, place);
  if (sky.earlier(sky.sunrise(day, place), start)) day++;
  return sky.earlier(sky.sunrise(day, place), end) ? day : day - 1;
}

/** The panchanga day (sunrise to sunrise) an instant falls in. */
export function panchangaDayOf(sky: DecisionSky, instant: EpochMs, place: Place): Fixed {
  const day = sky.civilDate(instant, place);
  return sky.earlier(instant, sky.sunrise(day, place)) ? day - 1 : day;
}
