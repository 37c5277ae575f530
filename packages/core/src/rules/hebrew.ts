// A deep import on purpose: @hebcal/core's index pulls in its zmanim code, which installs temporal-polyfill's
// globals (replacing Intl.DateTimeFormat for the whole process); modern.js needs none of that.
import { dateYomHaShoah, dateYomHaZikaron } from '@hebcal/core/dist/esm/modern';
import { HDate } from '@hebcal/hdate';
import {
  fixedFromHebrew,
  HEBREW_MONTH,
  hebrewFromFixed,
  hebrewYearsOverlapping,
  isHebrewLeapYear,
} from '../calendars/hebrew.js';
import type { Observance, Rule } from '../types.js';
import { HEBREW, type HebcalHoliday } from './phrases/hebrew.js';
import { say } from './phrases/phrasebook.js';
import { nativeYearsRule } from './rule.js';

/** How Israel keeps a holiday where it differs from the Diaspora (one festival day instead of two). */
export interface HebrewDateOptions {
  israel?: { day?: number; days?: number };
}

/**
 * A fixed day of the Hebrew calendar, for every Hebrew year. HEBREW_MONTH.ADAR means Adar II in a leap year,
 * where Purim and the other Adar festivals are kept (Shulchan Aruch, Orach Chaim 697).
 */
export function hebrewDate(month: number, day: number, options: HebrewDateOptions = {}): Rule {
  return nativeYearsRule(
    say(HEBREW, (p) => p.date(day, month, options.israel)),
    hebrewYearsOverlapping,
    (year, { jewish }) => {
      const israel = jewish === 'israel' ? options.israel : undefined;
      const actualMonth =
        month === HEBREW_MONTH.ADAR && isHebrewLeapYear(year) ? HEBREW_MONTH.ADAR_II : month;
      const actualDay = israel?.day ?? day;
      const observance: Observance = {
        start: fixedFromHebrew(year, actualMonth, actualDay),
        nativeDate: say(HEBREW, (p) => p.native(actualDay, actualMonth, year)),
      };
      if (israel?.days !== undefined) observance.days = israel.days;
      if (israel) observance.variant = 'israel';
      return observance;
    },
  );
}

const SATURDAY = 6;

/**
 * The day of each holiday in a Hebrew year as @hebcal/core's holiday list gives it: its own functions for the
 * modern days, and its Tisha B'Av rule (10 Av when 9 Av is Shabbat). Not the whole list (getHolidaysForYear_),
 * which costs a cold query ~6 ms for these three days; judaism.test.ts compares with that list 1900–2100.
 */
const HEBCAL_DAYS: Record<HebcalHoliday, (year: number) => HDate | null> = {
  YOM_HASHOAH: dateYomHaShoah,
  YOM_HAATZMA_UT: (year) => dateYomHaZikaron(year)?.next() ?? null,
  TISHA_BAV: (year) => {
    const av9 = new HDate(9, HEBREW_MONTH.AV, year);
    return av9.getDay() === SATURDAY ? av9.next() : av9;
  },
};

/**
 * A holiday whose date @hebcal/core moves by weekday (Yom HaShoah off Friday/Sunday, Yom HaAtzma'ut off
 * Friday/Saturday/Monday, Tisha B'Av off Shabbat): we take hebcal's own date rather than re-deriving its rules.
 * hebcal has the modern days only from their first year (Yom HaShoah 1951, Yom HaAtzma'ut 1948).
 */
export function hebcalHoliday(holiday: HebcalHoliday): Rule {
  return nativeYearsRule(
    say(HEBREW, (p) => p.hebcal(holiday)),
    hebrewYearsOverlapping,
    (year) => {
      const day = HEBCAL_DAYS[holiday](year);
      if (!day) return undefined;
      const start = day.abs();
      const { day: nativeDay, month, year: nativeYear } = hebrewFromFixed(start);
      return { start, nativeDate: say(HEBREW, (p) => p.native(nativeDay, month, nativeYear)) };
    },
  );
}
