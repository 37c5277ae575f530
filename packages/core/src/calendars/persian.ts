import { civilDateOf, IRAN_STANDARD_TIME, localHourOf } from '../astronomy/civil-date.js';
import { marchEquinox } from '../astronomy/sun.js';
import type { Fixed } from '../types.js';
import { gregorianFromFixed } from './gregorian.js';

/** A Solar Hijri (Iranian) date; month 1 = Farvardin … 12 = Esfand. */
export interface PersianDate {
  year: number;
  month: number;
  day: number;
}

export const PERSIAN_MONTHS = [
  'Farvardin',
  'Ordibehesht',
  'Khordad',
  'Tir',
  'Mordad',
  'Shahrivar',
  'Mehr',
  'Aban',
  'Azar',
  'Dey',
  'Bahman',
  'Esfand',
] as const;

/** Solar Hijri year n begins in March of Gregorian year n + 621. */
const GREGORIAN_OFFSET = 621;

// Bounded without a limit: keyed by year alone, which the query's year range (MIN_YEAR–MAX_YEAR, a year either
// side) bounds.
const nowruzDays = new Map<number, Fixed>();

/** The March equinox that opens Solar Hijri year `year` (its instant, for display). */
export function persianYearEquinox(year: number): Date {
  return marchEquinox(year + GREGORIAN_OFFSET);
}

/**
 * 1 Farvardin: the day of the March equinox if it falls before noon Iran Standard Time, else the next day
 * (calendar law of 11 Farvardin 1304 / 31 March 1925; the Calendar Center of the University of Tehran's
 * Institute of Geophysics computes it for the 52.5° E meridian). Mean noon of UTC+3:30 is used; the Center's
 * table 1206–1498 agrees with this for every year 1900–2100 (see persian.test.ts).
 */
export function nowruz(year: number): Fixed {
  let day = nowruzDays.get(year);
  if (day === undefined) {
    const equinox = persianYearEquinox(year);
    const equinoxDay = civilDateOf(equinox, IRAN_STANDARD_TIME);
    day = localHourOf(equinox, IRAN_STANDARD_TIME) < 12 ? equinoxDay : equinoxDay + 1;
    nowruzDays.set(year, day);
  }
  return day;
}

/** Days before the first of a month: six months of 31 days, then 30 (Esfand 29 or 30). */
const daysBeforeMonth = (month: number): number => (month <= 7 ? 31 * (month - 1) : 30 * (month - 1) + 6);

export function fixedFromPersian({ year, month, day }: PersianDate): Fixed {
  return nowruz(year) + daysBeforeMonth(month) + day - 1;
}

export function persianFromFixed(date: Fixed): PersianDate {
  const gregorianYear = gregorianFromFixed(date).year;
  const year =
    date >= nowruz(gregorianYear - GREGORIAN_OFFSET)
      ? gregorianYear - GREGORIAN_OFFSET
      : gregorianYear - GREGORIAN_OFFSET - 1;
  const dayOfYear = date - nowruz(year);
  const month =
    dayOfYear < 186 ? Math.floor(dayOfYear / 31) + 1 : Math.min(Math.floor((dayOfYear - 6) / 30) + 1, 12);
  return { year, month, day: dayOfYear - daysBeforeMonth(month) + 1 };
}

export function isPersianLeapYear(year: number): boolean {
  return nowruz(year + 1) - nowruz(year) === 366;
}

export function formatPersian({ year, month, day }: PersianDate): string {
  return `${day} ${PERSIAN_MONTHS[month - 1]} ${year}`;
}
