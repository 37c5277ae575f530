import { gregorianEaster, julianEaster } from '../calendars/computus.js';
import { fixedFromGregorian, WEEKDAYS, type Weekday, weekdayBefore } from '../calendars/gregorian.js';
import type { Rule } from '../types.js';
import { say } from './phrases/phrasebook.js';
import { WESTERN } from './phrases/western.js';
import { rule } from './rule.js';

/** A fixed day of the Gregorian year. */
export function gregorianDate(month: number, day: number): Rule {
  return rule(
    say(WESTERN, (p) => p.gregorianDate(day, month)),
    (year) => ({
      start: fixedFromGregorian(year, month, day),
    }),
  );
}

/** Days after (or before, if negative) Western Easter Sunday. */
export function easterOffset(offset: number): Rule {
  return rule(
    say(WESTERN, (p) => p.easterOffset(offset)),
    (year) => ({
      start: gregorianEaster(year) + offset,
    }),
  );
}

/** Days after (or before) Orthodox Easter Sunday, computed with the Julian computus. */
export function orthodoxEasterOffset(offset: number): Rule {
  return rule(
    say(WESTERN, (p) => p.orthodoxEasterOffset(offset)),
    (year) => ({
      start: julianEaster(year) + offset,
    }),
  );
}

/** The last given weekday strictly before a Gregorian day (e.g. Wednesday before 23 Nov), shifted by weeks. */
export function weekdayBeforeDate(weekday: Weekday, month: number, day: number, weeksEarlier = 0): Rule {
  const summary = say(WESTERN, (p) => p.weekdayBeforeDate(weekday, day, month, weeksEarlier));
  return rule(summary, (year) => ({
    start: weekdayBefore(WEEKDAYS[weekday], fixedFromGregorian(year, month, day)) - 7 * weeksEarlier,
  }));
}
