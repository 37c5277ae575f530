import { SearchMoonPhase } from 'astronomy-engine';
import { civilDateOf, startOfCivilDay } from '../astronomy/civil-date.js';
import {
  crescentGeometry,
  crescentSeen,
  type VisibilityCriterion,
} from '../astronomy/crescent-visibility.js';
import { boundedCache, placeKey } from '../bounded-cache.js';
import type { CrescentCriterion, Fixed, IslamicCountry, Place } from '../types.js';
import { utcDateFromFixed } from './gregorian.js';
import { type IslamicMonthStarts, monthIndex } from './islamic.js';
import { fixedFromTabular } from './islamic-tabular.js';

/**
 * Islamic months begun where the crescent is sighted locally, predicted by a published criterion at a place
 * (astronomy/crescent-visibility.ts): a month begins on the day after the first evening, on or after the day of the
 * conjunction, on which the conjunction precedes sunset and the crescent counts as seen at one of the places.
 *
 * This is a prediction. In India, Pakistan, Morocco and Indonesia a committee or ministry announces each month
 * after the evening's observation (Pakistan's Central Ruet-e-Hilal Committee, Morocco's Ministry of Habous, the
 * Indonesian Ministry of Religious Affairs' sidang isbat under the MABIMS criterion), and the announcement decides.
 */
export interface SightingMethod {
  criterion: VisibilityCriterion;
  /** The month begins if the crescent counts as seen at any of these; civil days are those of the first. */
  places: readonly Place[];
}

export const NEW_DELHI: Place = { latitude: 28.6139, longitude: 77.209, timeZone: 'Asia/Kolkata' };
export const KARACHI: Place = { latitude: 24.8607, longitude: 67.0011, timeZone: 'Asia/Karachi' };
export const JAKARTA: Place = { latitude: -6.2088, longitude: 106.8456, timeZone: 'Asia/Jakarta' };
export const RABAT: Place = { latitude: 34.0209, longitude: -6.8416, timeZone: 'Africa/Casablanca' };
/**
 * Banda Aceh, near Indonesia's western end, where the Moon stands highest at an Indonesian sunset: the isbat of
 * 28 Feb 2025 began Ramadan 1446 on sightings in Aceh when the rest of the country was below the MABIMS limits.
 */
export const BANDA_ACEH: Place = { latitude: 5.5483, longitude: 95.3238, timeZone: 'Asia/Jakarta' };

/** The reference place of each country whose months begin by local sighting. */
export const SIGHTING_COUNTRY_PLACES = {
  india: NEW_DELHI,
  pakistan: KARACHI,
  indonesia: JAKARTA,
  morocco: RABAT,
} as const satisfies Record<string, Place>;

/**
 * Where `crescent` and `mabims` look for the crescent of each ISLAMIC_COUNTRIES entry. Indonesia's isbat accepts a
 * sighting anywhere from Aceh to Java (BANDA_ACEH); each of the other three is represented by one city.
 */
export const ISLAMIC_COUNTRY_PLACES: Readonly<Record<IslamicCountry, readonly Place[]>> = {
  IN: [NEW_DELHI],
  PK: [KARACHI],
  ID: [JAKARTA, BANDA_ACEH],
  MA: [RABAT],
};

/**
 * The criterion `crescent` applies for each ISLAMIC_COUNTRIES entry unless crescentCriterion names one: the
 * country's own. Indonesia decides by its published MABIMS limits (the era-dependent ones of MABIMS_INDONESIA),
 * not by waiting for a naked-eye crescent; India, Pakistan and Morocco wait for one, which Odeh 2006 predicts.
 */
export const ISLAMIC_COUNTRY_CRITERIA: Readonly<Record<IslamicCountry, VisibilityCriterion>> = {
  IN: 'odeh',
  PK: 'odeh',
  ID: 'mabims',
  MA: 'odeh',
};

/** `crescent` at the caller's place, with no country's criterion to follow: a naked-eye prediction. */
export const PLACE_CRESCENT_CRITERION: CrescentCriterion = 'odeh';

/** Sighting in the Arctic or Antarctic means nothing (no sunset for weeks): `crescent` and `mabims` stop here. */
export const MAX_SIGHTING_LATITUDE = 60;

/**
 * MABIMS as Indonesia applies it: met anywhere from Aceh to Java is enough. The criterion `mabims` is MABIMS 2021
 * from Ramadan 1443 (April 2022), the first month Indonesia's isbat decided by it, and the 1992 limits ("2-3-8")
 * before: Indonesia's official dates 1990–2021 follow those (62 of 66; traditions/islam-local-sighting.test.ts).
 * Before 1992 they are a reconstruction, as Diyanet's 1978 rule is before 1978.
 */
export const MABIMS_INDONESIA: SightingMethod = { criterion: 'mabims', places: [JAKARTA, BANDA_ACEH] };

/** Days after the conjunction's day beyond which no criterion has to wait (the crescent is then 2–3 days old). */
const MAX_WAIT_DAYS = 3;
const HALF_LUNATION_MS = 14.77 * 86_400_000;
const MABIMS_2021_FROM = monthIndex(1443, 9);

// Month starts by method and month; 24 methods × 200 years of months would be 57,600, far more than a query needs.
// A method's ten years are 124 entries; at about 170 bytes each (cache-budget.test.ts) this is 1.7 MB.
const monthStarts = boundedCache<Fixed>('sighted month starts', 10_000);

function seenOnEvening(
  day: Fixed,
  places: readonly Place[],
  criterion: VisibilityCriterion,
  conjunction: Date,
): boolean {
  return places.some((place) => {
    const geometry = crescentGeometry(startOfCivilDay(day, place.timeZone), place);
    return (
      geometry !== undefined &&
      geometry.sunset > conjunction &&
      crescentSeen(geometry, criterion, conjunction)
    );
  });
}

/** The first day of a Hijri month under a sighting method. */
export function sightingMonthStart(year: number, month: number, method: SightingMethod): Fixed {
  const key = `${method.criterion}|${method.places.map(placeKey).join(';')}|${monthIndex(year, month)}`;
  const cached = monthStarts.get(key);
  if (cached !== undefined) return cached;
  // The tabular month start is within two days of the astronomical one: the new moon nearest it is the month's.
  const tabularEve = utcDateFromFixed(fixedFromTabular(year, month, 1) - 1).getTime();
  const conjunction = SearchMoonPhase(0, new Date(tabularEve - HALF_LUNATION_MS), 30)!.date;
  const first = civilDateOf(conjunction, method.places[0]!.timeZone);
  const criterion =
    method.criterion === 'mabims' && monthIndex(year, month) < MABIMS_2021_FROM
      ? 'mabims-1992'
      : method.criterion;
  let evening = first;
  while (evening < first + MAX_WAIT_DAYS && !seenOnEvening(evening, method.places, criterion, conjunction))
    evening++;
  const start = evening + 1;
  monthStarts.set(key, start);
  return start;
}

export function sightingCalendar(method: SightingMethod): IslamicMonthStarts {
  return { monthStart: (year, month) => sightingMonthStart(year, month, method) };
}
