import { civilDateOf } from '../astronomy/civil-date.js';
import { marchEquinox, sunset, TEHRAN } from '../astronomy/sun.js';
import type { Fixed } from '../types.js';
import { fixedFromGregorian, gregorianFromFixed } from './gregorian.js';

/**
 * A date of the Badíʿ calendar: 19 months of 19 days; Ayyám-i-Há (4 or 5 intercalary days) is month 0 and
 * falls between month 18 (Mulk) and month 19 (ʿAláʾ, the month of fasting). Days begin at sunset; this module
 * names each Badíʿ day by the civil (daytime) day it ends on, as the Bahá'í World Centre's tables do.
 */
export interface BadiDate {
  /** Bahá'í Era year; 1 BE began on 21 March 1844. */
  year: number;
  month: number;
  day: number;
}

export const BADI_MONTHS = [
  'Bahá',
  'Jalál',
  'Jamál',
  'ʿAẓamat',
  'Núr',
  'Raḥmat',
  'Kalimát',
  'Kamál',
  'Asmáʾ',
  'ʿIzzat',
  'Mashíyyat',
  'ʿIlm',
  'Qudrat',
  'Qawl',
  'Masáʾil',
  'Sharaf',
  'Sulṭán',
  'Mulk',
  'ʿAláʾ',
] as const;

export const AYYAM_I_HA = 0;

/** BE year n begins in March of Gregorian year n + 1843. */
const GREGORIAN_OFFSET = 1843;

/** The first year of the calendar as unified by the Universal House of Justice (letter of 10 July 2014). */
export const FIRST_UNIFIED_YEAR = 172;

/**
 * Naw-Rúz 172–221 BE (2015–2064) as the Bahá'í World Centre published it ("Bahá'í Dates 172 to 221 B.E.",
 * table A, prepared with data from HM Nautical Almanac Office): "1" = 21 March, "0" = 20 March. The authority's
 * table defines these dates; it differs from our own equinox/sunset computation only in 183 BE (2026), where the
 * equinox and Tehran sunset are about 20 seconds apart.
 */
const PUBLISHED_NAW_RUZ = '10011001100110001000100010001000100010001000000000';
export const LAST_PUBLISHED_YEAR = FIRST_UNIFIED_YEAR + PUBLISHED_NAW_RUZ.length - 1;

// Bounded without a limit: keyed by year alone, which the query's year range (MIN_YEAR–MAX_YEAR, a year either
// side) bounds.
const equinoxNawRuz = new Map<number, Fixed>();

/**
 * Naw-Rúz by the rule of 10 July 2014: the Badíʿ day (sunset to sunset in Tehran) in which the March equinox
 * falls. If the equinox comes before sunset in Tehran, Naw-Rúz is that civil day (begun the evening before);
 * otherwise the next one.
 */
export function nawRuzByEquinox(gregorianYear: number): Fixed {
  let day = equinoxNawRuz.get(gregorianYear);
  if (day === undefined) {
    const equinox = marchEquinox(gregorianYear);
    const civilDay = civilDateOf(equinox, TEHRAN.timeZone);
    const setting = sunset(civilDay, TEHRAN);
    day = setting !== undefined && equinox.getTime() < setting.getTime() ? civilDay : civilDay + 1;
    equinoxNawRuz.set(gregorianYear, day);
  }
  return day;
}

/**
 * 1 Bahá of a BE year. Before 172 BE the Western practice kept Naw-Rúz on 21 March (Bahá'í World, vol. 18,
 * "Bahá'í Calendar, Festivals and Dates of Historical Significance"); 172–221 BE from the World Centre's table;
 * later years by the equinox rule.
 */
export function nawRuz(year: number): Fixed {
  const gregorianYear = year + GREGORIAN_OFFSET;
  if (year < FIRST_UNIFIED_YEAR) return fixedFromGregorian(gregorianYear, 3, 21);
  if (year <= LAST_PUBLISHED_YEAR) {
    return fixedFromGregorian(
      gregorianYear,
      3,
      PUBLISHED_NAW_RUZ[year - FIRST_UNIFIED_YEAR] === '1' ? 21 : 20,
    );
  }
  return nawRuzByEquinox(gregorianYear);
}

export function ayyamIHaLength(year: number): number {
  return nawRuz(year + 1) - nawRuz(year) - 361;
}

export function fixedFromBadi({ year, month, day }: BadiDate): Fixed {
  if (month === AYYAM_I_HA) return nawRuz(year) + 18 * 19 + day - 1;
  if (month === 19) return nawRuz(year + 1) - 19 + day - 1;
  return nawRuz(year) + (month - 1) * 19 + day - 1;
}

export function badiFromFixed(date: Fixed): BadiDate {
  const gregorianYear = gregorianFromFixed(date).year;
  const year =
    date >= nawRuz(gregorianYear - GREGORIAN_OFFSET)
      ? gregorianYear - GREGORIAN_OFFSET
      : gregorianYear - GREGORIAN_OFFSET - 1;
  const dayOfYear = date - nawRuz(year);
  if (dayOfYear < 18 * 19) return { year, month: Math.floor(dayOfYear / 19) + 1, day: (dayOfYear % 19) + 1 };
  const alaStart = nawRuz(year + 1) - 19;
  if (date >= alaStart) return { year, month: 19, day: date - alaStart + 1 };
  return { year, month: AYYAM_I_HA, day: dayOfYear - 18 * 19 + 1 };
}

export function formatBadi({ year, month, day }: BadiDate): string {
  const monthName = month === AYYAM_I_HA ? 'Ayyám-i-Há' : BADI_MONTHS[month - 1];
  return `${day} ${monthName} ${year} BE`;
}
