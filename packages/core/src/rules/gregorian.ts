import { gregorianEaster, julianEaster } from '../calendars/computus.js';
import { fixedFromGregorian, WEEKDAYS, type Weekday, weekdayBefore } from '../calendars/gregorian.js';
import type { Rule } from '../types.js';
import { rule } from './rule.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const signed = (offset: number): string =>
  offset === 0 ? '' : offset > 0 ? ` + ${offset}` : ` − ${-offset}`;

/** A fixed day of the Gregorian year. */
export function gregorianDate(month: number, day: number): Rule {
  return rule(`${day} ${MONTHS[month - 1]} (Gregorian)`, (year) => ({
    start: fixedFromGregorian(year, month, day),
  }));
}

/** Days after (or before, if negative) Western Easter Sunday. */
export function easterOffset(offset: number): Rule {
  return rule(`Easter Sunday${signed(offset)} days (Gregorian computus)`, (year) => ({
    start: gregorianEaster(year) + offset,
  }));
}

/** Days after (or before) Orthodox Easter Sunday, computed with the Julian computus. */
export function orthodoxEasterOffset(offset: number): Rule {
  return rule(`Orthodox Easter Sunday${signed(offset)} days (Julian computus)`, (year) => ({
    start: julianEaster(year) + offset,
  }));
}

/** The last given weekday strictly before a Gregorian day (e.g. Wednesday before 23 Nov), shifted by weeks. */
export function weekdayBeforeDate(weekday: Weekday, month: number, day: number, weeksEarlier = 0): Rule {
  const summary =
    weeksEarlier === 0
      ? `${weekday} before ${day} ${MONTHS[month - 1]}`
      : `${weeksEarlier + 1} ${weekday}s before ${day} ${MONTHS[month - 1]}`;
  return rule(summary, (year) => ({
    start: weekdayBefore(WEEKDAYS[weekday], fixedFromGregorian(year, month, day)) - 7 * weeksEarlier,
  }));
}
