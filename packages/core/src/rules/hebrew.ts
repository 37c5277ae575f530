// Deep imports on purpose: @hebcal/core's index pulls in its zmanim code, which installs temporal-polyfill's
// globals (replacing Intl.DateTimeFormat for the whole process); holidays.js needs none of that.
import type { HolidayEvent } from '@hebcal/core/dist/esm/HolidayEvent';
import { getHolidaysForYear_ } from '@hebcal/core/dist/esm/holidays';
import { holidayDesc } from '@hebcal/core/dist/esm/staticHolidays';
import { gregorianFromFixed } from '../calendars/gregorian.js';
import {
  fixedFromHebrew,
  formatHebrewDate,
  HEBREW_MONTH,
  hebrewFromFixed,
  hebrewMonthName,
  hebrewYearsOverlapping,
  isHebrewLeapYear,
} from '../calendars/hebrew.js';
import type { Observance, Rule } from '../types.js';
import { nativeYearsRule } from './rule.js';

/** How Israel keeps a holiday where it differs from the Diaspora (one festival day instead of two). */
export interface HebrewDateOptions {
  israel?: { day?: number; days?: number };
}

// Month names in rule summaries are those of a common year (only "Adar", no "Adar I").
const COMMON_YEAR = 5785;

const startsIn = (observance: Observance, gregorianYear: number): boolean =>
  gregorianFromFixed(observance.start).year === gregorianYear;

function describeIsrael({ israel }: HebrewDateOptions): string {
  if (!israel) return '';
  const parts = [
    israel.day && `on day ${israel.day}`,
    israel.days && `${israel.days} day${israel.days === 1 ? '' : 's'}`,
  ].filter(Boolean);
  return `; Israel: ${parts.join(', ')}`;
}

/**
 * A fixed day of the Hebrew calendar, for every Hebrew year. HEBREW_MONTH.ADAR means Adar II in a leap year,
 * where Purim and the other Adar festivals are kept (Shulchan Aruch, Orach Chaim 697).
 */
export function hebrewDate(month: number, day: number, options: HebrewDateOptions = {}): Rule {
  const adarNote = month === HEBREW_MONTH.ADAR ? ' (Adar II in leap years)' : '';
  return nativeYearsRule(
    `${day} ${hebrewMonthName(month, COMMON_YEAR)}${adarNote} (Hebrew calendar)${describeIsrael(options)}`,
    hebrewYearsOverlapping,
    (year, { jewish }) => {
      const israel = jewish === 'israel' ? options.israel : undefined;
      const actualMonth =
        month === HEBREW_MONTH.ADAR && isHebrewLeapYear(year) ? HEBREW_MONTH.ADAR_II : month;
      const actualDay = israel?.day ?? day;
      const observance: Observance = {
        start: fixedFromHebrew(year, actualMonth, actualDay),
        nativeDate: formatHebrewDate({ year, month: actualMonth, day: actualDay }),
      };
      if (israel?.days !== undefined) observance.days = israel.days;
      if (israel) observance.variant = 'israel';
      return observance;
    },
    startsIn,
  );
}

type HebcalHoliday = 'YOM_HASHOAH' | 'YOM_HAATZMA_UT' | 'TISHA_BAV';

const hebcalYears = new Map<number, HolidayEvent[]>();

function hebcalEvents(year: number): HolidayEvent[] {
  let events = hebcalYears.get(year);
  if (!events) {
    events = [...getHolidaysForYear_(year).values()].flat();
    hebcalYears.set(year, events);
  }
  return events;
}

/**
 * A holiday whose date @hebcal/core moves by weekday (Yom HaShoah off Friday/Sunday, Yom HaAtzma'ut off
 * Friday/Saturday/Monday, Tisha B'Av off Shabbat): we take hebcal's own date rather than re-deriving its rules.
 * hebcal lists the modern days only from their first year (Yom HaShoah 1951, Yom HaAtzma'ut 1948).
 */
export function hebcalHoliday(holiday: HebcalHoliday, summary: string): Rule {
  const title = holidayDesc[holiday];
  return nativeYearsRule(
    `${summary} (as @hebcal/core computes it)`,
    hebrewYearsOverlapping,
    (year) => {
      const event = hebcalEvents(year).find(
        (candidate) => candidate.getDesc() === title || candidate.getDesc() === `${title} (observed)`,
      );
      if (!event) return undefined;
      const start = event.getDate().abs();
      return { start, nativeDate: formatHebrewDate(hebrewFromFixed(start)) };
    },
    startsIn,
  );
}
