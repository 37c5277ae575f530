import { CalculationMethod, Coordinates, HighLatitudeRule, PrayerTimes } from 'adhan';
import { assertYearInRange, InterkalError } from '../errors.js';
import { createHolidays } from '../holidays.js';
import { islam } from '../traditions/islam.js';
import type { CrescentCriterion, IslamicCountry, IslamicMethod, Place } from '../types.js';
import { findCity, placeOf } from './cities.js';
import { dayNumber, isoOfDay, isoWithOffset } from './local-time.js';

/**
 * Ramadan day by day for a place: when the fast begins (imsak) and ends (iftar) on each day, by the method of
 * Diyanet, which publishes the prayer times for most Turkish mosques in Germany and computes dawn there at 18°
 * (gebetszeiten.de, "Diyanet Fastenzeiten": https://www.bonetider.nu/prayerTimes/diyanet_fastenzeiten).
 *
 * Parameters (adhan's `CalculationMethod.Turkey()`): dawn at the Sun 18° below the horizon, nightfall at 17°, and
 * Diyanet's safety margins (temkin): sunrise −7 min, dhuhr +5, asr +4, maghrib +7. So iftar is 7 minutes after
 * astronomical sunset and imsak is the 18° dawn, as in Diyanet's imsakiye. Checked against Diyanet's 2026
 * imsakiye for İstanbul and Ankara and a Berlin day (ramadan.test.ts). North of 48°, where in summer the Sun
 * does not reach 18° below the horizon, adhan's "seventh of the night" rule stands in; Diyanet itself then uses
 * a fixed interval before sunrise, so summer imsak in Germany can differ from its tables.
 */

export const RAMADAN_METHOD = {
  name: 'Diyanet (adhan CalculationMethod.Turkey)',
  fajrAngle: 18,
  ishaAngle: 17,
  adjustmentsMinutes: { sunrise: -7, dhuhr: 5, asr: 4, maghrib: 7 },
} as const;

export interface RamadanDay {
  /** Civil day of the fast, YYYY-MM-DD. */
  date: string;
  /** 1 = first day of Ramadan. */
  day: number;
  /** The fast begins: imsak, the 18° dawn (ISO 8601 with the place's offset). */
  imsak: string;
  sunrise: string;
  /** The fast ends: iftar, the evening prayer (maghrib) time. */
  iftar: string;
  /** Length of the fast in minutes. */
  fastMinutes: number;
}

export interface RamadanOptions {
  year: number;
  place?: Place;
  /** A city of cities.ts; alternative to place. */
  city?: string;
  /** How the month's first and last day are found (default diyanet). */
  islamicMethod?: IslamicMethod;
  /** For `crescent`: odeh or yallop; left out, the country's own criterion (as getHolidays). */
  crescentCriterion?: CrescentCriterion;
  /**
   * For `crescent` and `mabims`: whose sighting decides (IN, PK, ID, MA). A family in Duisburg following
   * Pakistan's Ruet-e-Hilal fasts from Pakistan's first day; left out, the sighting is predicted at the place.
   */
  islamicCountry?: IslamicCountry;
}

function placeFrom(options: RamadanOptions): Place {
  if (options.city !== undefined) {
    const city = findCity(options.city);
    if (!city)
      throw new InterkalError('invalid-option', 'city', options.city, 'a German city slug such as duisburg');
    return placeOf(city);
  }
  if (options.place === undefined)
    throw new InterkalError('invalid-option', 'place', undefined, 'a place or a city');
  return options.place;
}

/** Prayer times for one civil day at a place, by Diyanet's parameters. */
export function diyanetTimes(iso: string, place: Place): PrayerTimes {
  const parameters = CalculationMethod.Turkey();
  if (Math.abs(place.latitude) > 48) parameters.highLatitudeRule = HighLatitudeRule.SeventhOfTheNight;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  // adhan reads the calendar day from the Date's local fields, so build it from local fields.
  return new PrayerTimes(
    new Coordinates(place.latitude, place.longitude),
    new Date(year, month - 1, day),
    parameters,
  );
}

// Ramadan's dates only: a page with the timetable need not bundle the other traditions.
const islamOnly = createHolidays({ traditions: [islam] });

/**
 * Every fasting day of the Ramadan(s) beginning in `year` (two in 2030), with imsak and iftar at the place.
 * @throws InterkalError for a year outside 1900–2100, an unknown city, a bad place, or an unknown method,
 *   crescentCriterion or islamicCountry.
 */
export function ramadanTimetable(options: RamadanOptions): {
  method: typeof RAMADAN_METHOD;
  days: RamadanDay[];
} {
  assertYearInRange(options.year);
  const place = placeFrom(options);
  // getHolidays validates the place, the method, the criterion and the country.
  const { islamicMethod, crescentCriterion, islamicCountry } = options;
  const months = islamOnly
    .getHolidays({
      year: options.year,
      ids: ['ramadan'],
      place,
      ...(islamicMethod === undefined ? {} : { islamicMethod }),
      ...(crescentCriterion === undefined ? {} : { crescentCriterion }),
      ...(islamicCountry === undefined ? {} : { islamicCountry }),
    })
    .filter((month) => Number(month.date.slice(0, 4)) === options.year);
  const days: RamadanDay[] = [];
  for (const month of months) {
    const first = dayNumber(month.date);
    for (let day = first; day <= dayNumber(month.endDate); day++) {
      const iso = isoOfDay(day);
      const times = diyanetTimes(iso, place);
      days.push({
        date: iso,
        day: day - first + 1,
        imsak: isoWithOffset(times.fajr, place.timeZone),
        sunrise: isoWithOffset(times.sunrise, place.timeZone),
        iftar: isoWithOffset(times.maghrib, place.timeZone),
        fastMinutes: Math.round((times.maghrib.getTime() - times.fajr.getTime()) / 60_000),
      });
    }
  }
  return { method: RAMADAN_METHOD, days };
}
