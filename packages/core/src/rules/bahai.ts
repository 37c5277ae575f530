import { civilDateOf } from '../astronomy/civil-date.js';
import { newMoonsBetween } from '../astronomy/moon.js';
import { marchEquinox, sunset, TEHRAN } from '../astronomy/sun.js';
import {
  badiFromFixed,
  FIRST_UNIFIED_YEAR,
  fixedFromBadi,
  LAST_PUBLISHED_YEAR,
  nawRuz,
} from '../calendars/bahai.js';
import { fixedFromGregorian, gregorianFromFixed } from '../calendars/gregorian.js';
import { type Fixed, MS_PER_DAY } from '../time/day.js';
import type { LocalizedText, Observance, Rule } from '../types.js';
import { IRANIAN } from './phrases/iranian.js';
import { say } from './phrases/phrasebook.js';
import { nativeYearsRule } from './rule.js';

const GREGORIAN_OFFSET = 1843;

/**
 * Birth of the Báb, 172–221 BE, as the day of the Badíʿ year (1 = Naw-Rúz), from the Bahá'í World Centre's
 * "Bahá'í Dates 172 to 221 B.E." (table A). The Birth of Bahá'u'lláh is the next day.
 */
const PUBLISHED_BIRTH_OF_THE_BAB = [
  238, 227, 216, 234, 223, 213, 232, 220, 210, 228, 217, 235, 224, 214, 233, 223, 211, 230, 219, 238, 226,
  215, 234, 224, 213, 232, 221, 210, 228, 217, 236, 225, 214, 233, 223, 212, 230, 219, 237, 227, 215, 234,
  224, 213, 232, 220, 209, 228, 218, 236,
];

// Bounded without a limit: keyed by year alone, which the query's year range (MIN_YEAR–MAX_YEAR, a year either
// side) bounds.
const lunarBirthdays = new Map<number, Fixed>();

/** The Badíʿ day (sunset to sunset in Tehran) that contains an instant, named by its civil day. */
function badiDayInTehran(instant: Date): Fixed {
  const civilDay = civilDateOf(instant, TEHRAN.timeZone);
  const setting = sunset(civilDay, TEHRAN);
  return setting !== undefined && instant.getTime() < setting.getTime() ? civilDay : civilDay + 1;
}

/**
 * The Birth of the Báb by the rule of the Universal House of Justice (10 July 2014): "the first … day following
 * the occurrence of the eighth new moon after Naw-Rúz, as determined in advance by astronomical tables using
 * Ṭihrán as the point of reference". New moons count from the end of Naw-Rúz (its sunset): neither the one of
 * 20 March 2015, the day before Naw-Rúz 172 (Department of the Secretariat, 24 November 2014), nor those that
 * fall on Naw-Rúz itself (20 March 2034 and 2053, the World Centre's table counts from the next one).
 */
export function birthOfTheBabByNewMoon(year: number): Fixed {
  let day = lunarBirthdays.get(year);
  if (day === undefined) {
    const endOfNawRuz = (sunset(nawRuz(year), TEHRAN) ?? marchEquinox(year + GREGORIAN_OFFSET)).getTime();
    // Eight lunations are at most 8 × 29.9 days; 250 days always hold the eighth new moon.
    const eighth = newMoonsBetween(endOfNawRuz, endOfNawRuz + 250 * MS_PER_DAY)[7];
    if (eighth === undefined) throw new Error(`no eighth new moon after Naw-Rúz ${year} BE`);
    day = badiDayInTehran(new Date(eighth)) + 1;
    lunarBirthdays.set(year, day);
  }
  return day;
}

/** The Birth of the Báb from 172 BE: the World Centre's table for 172–221 BE, the new-moon rule after. */
export function birthOfTheBab(year: number): Fixed {
  if (year >= FIRST_UNIFIED_YEAR && year <= LAST_PUBLISHED_YEAR) {
    return nawRuz(year) + PUBLISHED_BIRTH_OF_THE_BAB[year - FIRST_UNIFIED_YEAR]! - 1;
  }
  return birthOfTheBabByNewMoon(year);
}

const nativeDate = (start: Fixed): Observance => {
  const { day, month, year } = badiFromFixed(start);
  return { start, nativeDate: say(IRANIAN, (p) => p.badiNative(day, month, year)) };
};

function badiYearsRule(summary: LocalizedText, observance: (year: number) => Observance): Rule {
  return nativeYearsRule(
    summary,
    (gregorianYear) => [gregorianYear - GREGORIAN_OFFSET - 1, gregorianYear - GREGORIAN_OFFSET],
    observance,
  );
}

/**
 * A holy day fixed in the Badíʿ calendar. Before 172 BE the West kept most of them on Gregorian dates that the
 * 21-March Badíʿ arithmetic reproduces; `western` gives the Gregorian date where it did not (the Declaration of
 * the Báb on 23 May, the Martyrdom of the Báb on 9 July).
 */
export function badiDate(month: number, day: number, western?: readonly [month: number, day: number]): Rule {
  return badiYearsRule(
    say(IRANIAN, (p) => p.badiDate(day, month, western)),
    (year) => {
      const start = fixedFromBadi({ year, month, day });
      if (western === undefined || year >= FIRST_UNIFIED_YEAR) return nativeDate(start);
      return nativeDate(fixedFromGregorian(gregorianFromFixed(start).year, western[0], western[1]));
    },
  );
}

/** Naw-Rúz (1 Bahá), with the March equinox behind it from 172 BE. */
export function nawRuzRule(): Rule {
  return badiYearsRule(
    say(IRANIAN, (p) => p.nawRuz),
    (year) => {
      const observance = nativeDate(nawRuz(year));
      if (year < FIRST_UNIFIED_YEAR) return observance;
      return { ...observance, instant: marchEquinox(year + GREGORIAN_OFFSET).toISOString() };
    },
  );
}

/**
 * One of the Twin Holy Birthdays: `daysAfter` 0 for the Birth of the Báb, 1 for the Birth of Bahá'u'lláh; before
 * 172 BE the Western dates 20 October and 12 November.
 */
export function twinBirthday(daysAfter: 0 | 1): Rule {
  const western = daysAfter === 0 ? ([10, 20] as const) : ([11, 12] as const);
  return badiYearsRule(
    say(IRANIAN, (p) => p.twinBirthday(daysAfter, western)),
    (year) =>
      nativeDate(
        year < FIRST_UNIFIED_YEAR
          ? fixedFromGregorian(year + GREGORIAN_OFFSET, western[0], western[1])
          : birthOfTheBab(year) + daysAfter,
      ),
  );
}
