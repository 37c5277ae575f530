import { WEEKDAYS, weekdayBefore } from '../calendars/gregorian.js';
import {
  fixedFromPersian,
  formatPersian,
  nowruz,
  PERSIAN_MONTHS,
  persianYearEquinox,
} from '../calendars/persian.js';
import type { Observance, Rule } from '../types.js';
import { nativeYearsRule } from './rule.js';

const GREGORIAN_OFFSET = 621;

function persianYearsRule(summary: string, observance: (year: number) => Observance): Rule {
  return nativeYearsRule(
    summary,
    (gregorianYear) => [gregorianYear - GREGORIAN_OFFSET - 1, gregorianYear - GREGORIAN_OFFSET],
    observance,
  );
}

/** A day of the Solar Hijri year (astronomical calendar of Iran). */
export function persianDate(month: number, day: number): Rule {
  return persianYearsRule(`${day} ${PERSIAN_MONTHS[month - 1]} (Solar Hijri calendar)`, (year) => ({
    start: fixedFromPersian({ year, month, day }),
    nativeDate: formatPersian({ year, month, day }),
  }));
}

/** 1 Farvardin, with the March equinox instant behind it. */
export function nowruzRule(): Rule {
  return persianYearsRule(
    '1 Farvardin: the day of the March equinox if before noon Iran Standard Time (UTC+3:30), else the next day',
    (year) => ({
      start: nowruz(year),
      nativeDate: formatPersian({ year, month: 1, day: 1 }),
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
  return persianYearsRule('Tuesday evening before the last Wednesday before Nowruz', (year) => {
    const start = weekdayBefore(WEEKDAYS.wednesday, nowruz(year + 1)) - 1;
    return {
      start,
      nativeDate: formatPersian({
        year,
        month: 12,
        day: start - fixedFromPersian({ year, month: 12, day: 1 }) + 1,
      }),
    };
  });
}
