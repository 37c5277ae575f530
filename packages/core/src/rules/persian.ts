import { WEEKDAYS, weekdayBefore } from '../calendars/gregorian.js';
import { fixedFromPersian, nowruz, persianYearEquinox } from '../calendars/persian.js';
import type { LocalizedText, Observance, Rule } from '../types.js';
import { IRANIAN } from './phrases/iranian.js';
import { say } from './phrases/phrasebook.js';
import { nativeYearsRule } from './rule.js';

const GREGORIAN_OFFSET = 621;

function persianYearsRule(summary: LocalizedText, observance: (year: number) => Observance): Rule {
  return nativeYearsRule(
    summary,
    (gregorianYear) => [gregorianYear - GREGORIAN_OFFSET - 1, gregorianYear - GREGORIAN_OFFSET],
    observance,
  );
}

/** A day of the Solar Hijri year (astronomical calendar of Iran). */
export function persianDate(month: number, day: number): Rule {
  return persianYearsRule(
    say(IRANIAN, (p) => p.persianDate(day, month)),
    (year) => ({
      start: fixedFromPersian({ year, month, day }),
      nativeDate: say(IRANIAN, (p) => p.persianNative(day, month, year)),
    }),
  );
}

/** 1 Farvardin, with the March equinox instant behind it. */
export function nowruzRule(): Rule {
  return persianYearsRule(
    say(IRANIAN, (p) => p.nowruz),
    (year) => ({
      start: nowruz(year),
      nativeDate: say(IRANIAN, (p) => p.persianNative(1, 1, year)),
      instant: persianYearEquinox(year).toISOString(),
    }),
  );
}

/**
 * The Tuesday evening before the last Wednesday of the Solar Hijri year. When Nowruz is itself a Wednesday the
 * last Wednesday of the old year is a week earlier, so the fire festival is eight days before Nowruz (2018:
 * 13 March), not on the eve of Nowruz.
 */
export function eveOfLastWednesday(): Rule {
  return persianYearsRule(
    say(IRANIAN, (p) => p.eveOfLastWednesday),
    (year) => {
      const start = weekdayBefore(WEEKDAYS.wednesday, nowruz(year + 1)) - 1;
      return {
        start,
        nativeDate: say(IRANIAN, (p) =>
          p.persianNative(start - fixedFromPersian({ year, month: 12, day: 1 }) + 1, 12, year),
        ),
      };
    },
  );
}
