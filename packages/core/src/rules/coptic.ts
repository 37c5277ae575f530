import {
  COPTIC_MONTHS,
  copticYearsOverlapping,
  ETHIOPIC_MONTHS,
  ethiopicYearsOverlapping,
  fixedFromCoptic,
  fixedFromEthiopic,
  isCopticLeapYear,
} from '../calendars/coptic.js';
import type { Rule } from '../types.js';
import { say } from './phrases/phrasebook.js';
import { WESTERN } from './phrases/western.js';
import { nativeYearsRule } from './rule.js';

/** A fixed day of the Ethiopic calendar, every Ethiopic year. */
export function ethiopicDate(month: number, day: number): Rule {
  return nativeYearsRule(
    say(WESTERN, (p) => p.ethiopicDate(day, ETHIOPIC_MONTHS[month - 1]!)),
    ethiopicYearsOverlapping,
    (year) => ({
      start: fixedFromEthiopic(year, month, day),
      nativeDate: say(WESTERN, (p) => p.nileNative(day, ETHIOPIC_MONTHS[month - 1]!, year)),
    }),
  );
}

/** A fixed day of the Coptic calendar, every Coptic year. */
export function copticDate(month: number, day: number): Rule {
  return nativeYearsRule(
    say(WESTERN, (p) => p.copticDate(day, COPTIC_MONTHS[month - 1]!)),
    copticYearsOverlapping,
    (year) => ({
      start: fixedFromCoptic(year, month, day),
      nativeDate: say(WESTERN, (p) => p.nileNative(day, COPTIC_MONTHS[month - 1]!, year)),
    }),
  );
}

/*
 * Christmas is 29 Koiak / 29 Tahsas, nine months after the Annunciation on 29 Paremhat / Megabit. In the year
 * after a leap year (New Year on 12 September) that day is 8 January and the churches keep Christmas a day
 * earlier, on 7 January (= Julian 25 December):
 * - Ethiopian Orthodox: "January 7 … corresponds to Tahsas 29, 28 when it is a leap year" (borkena.blogspot.com,
 *   "Ethiopian Christmas", 6 Jan 2014); Lalibela keeps 29 Tahsas (tesfatours.com, 2016).
 * - Coptic Orthodox: in such a year Christmas is celebrated on both 28 and 29 Koiak, 7 and 8 January (church
 *   statement reported by albawabhnews, 2016, via masress.com/albawabh/1664818).
 */
const followsLeapYear = (year: number): boolean => isCopticLeapYear(year - 1);

/** Ethiopian Christmas (Genna): 29 Tahsas, 28 Tahsas in the Ethiopic year after a leap year. */
export function ethiopicChristmas(): Rule {
  return nativeYearsRule(
    say(WESTERN, (p) => p.ethiopicChristmas),
    ethiopicYearsOverlapping,
    (year) => {
      const day = followsLeapYear(year) ? 28 : 29;
      return {
        start: fixedFromEthiopic(year, 4, day),
        nativeDate: say(WESTERN, (p) => p.nileNative(day, ETHIOPIC_MONTHS[3], year)),
      };
    },
  );
}

/** Coptic Christmas: 29 Koiak; in the Coptic year after a leap year both 28 and 29 Koiak. */
export function copticChristmas(): Rule {
  return nativeYearsRule(
    say(WESTERN, (p) => p.copticChristmas),
    copticYearsOverlapping,
    (year) => {
      if (!followsLeapYear(year)) {
        return {
          start: fixedFromCoptic(year, 4, 29),
          nativeDate: say(WESTERN, (p) => p.nileNative(29, COPTIC_MONTHS[3], year)),
        };
      }
      return {
        start: fixedFromCoptic(year, 4, 28),
        days: 2,
        nativeDate: say(WESTERN, (p) => p.nileNative(28, COPTIC_MONTHS[3], year, 2)),
      };
    },
    2,
  );
}
