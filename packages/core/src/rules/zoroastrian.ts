import { fixedFromZoroastrian, type ZoroastrianReckoning } from '../calendars/zoroastrian.js';
import type { Rule } from '../types.js';
import { IRANIAN } from './phrases/iranian.js';
import { say } from './phrases/phrasebook.js';
import { nativeYearsRule } from './rule.js';

/** Y.Z. year n begins (Kadmi July, Shahenshahi August) in Gregorian year n + 630 for 1900–2100. */
const GREGORIAN_OFFSET = 630;

/** A day of the 365-day Shahenshahi (default) or Kadmi year. */
export function zoroastrianDate(
  month: number,
  day: number,
  reckoning: ZoroastrianReckoning = 'shahenshahi',
): Rule {
  return nativeYearsRule(
    say(IRANIAN, (p) => p.zoroastrianDate(day, month, reckoning)),
    (gregorianYear) => [gregorianYear - GREGORIAN_OFFSET - 1, gregorianYear - GREGORIAN_OFFSET],
    (year) => ({
      start: fixedFromZoroastrian({ year, month, day }, reckoning),
      nativeDate: say(IRANIAN, (p) => p.zoroastrianNative(day, month, year)),
    }),
  );
}
