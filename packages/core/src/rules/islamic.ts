import { boundedCache } from '../bounded-cache.js';
import { dayOfWeek, fixedFromGregorian, WEEKDAYS, type Weekday } from '../calendars/gregorian.js';
import {
  daysInMonth,
  type HijriDate,
  hijriFromFixed,
  type IslamicMonthStarts,
} from '../calendars/islamic.js';
import { diyanetCalendar } from '../calendars/islamic-diyanet.js';
import {
  ISLAMIC_COUNTRY_CRITERIA,
  ISLAMIC_COUNTRY_PLACES,
  PLACE_CRESCENT_CRITERION,
  type SightingMethod,
  sightingCalendar,
} from '../calendars/islamic-sighting.js';
import { fixedFromTabular, tabularCalendar, tabularFromFixed } from '../calendars/islamic-tabular.js';
import { hasUmmAlQuraTable, ummAlQuraCalendar } from '../calendars/islamic-umm-al-qura.js';
import { MAX_YEAR, MIN_YEAR } from '../errors.js';
import type { Fixed, IslamicCountry, IslamicMethod, Observance, Rule, RuleOptions } from '../types.js';
import { ISLAMIC, type IslamicPhrases } from './phrases/islamic.js';
import { say } from './phrases/phrasebook.js';
import { rule, startsIn } from './rule.js';

type SightingMethodName = 'crescent' | 'mabims';

const CALENDARS: Record<Exclude<IslamicMethod, SightingMethodName>, IslamicMonthStarts> = {
  'umm-al-qura': ummAlQuraCalendar,
  diyanet: diyanetCalendar,
  tabular: tabularCalendar,
};

/** Whose sighting a method predicts when neither islamicCountry nor place says. */
const METHOD_COUNTRY: Record<SightingMethodName, IslamicCountry> = { crescent: 'IN', mabims: 'ID' };

const isSighting = (method: IslamicMethod): method is SightingMethodName =>
  method === 'crescent' || method === 'mabims';

/**
 * The criterion and places of `crescent` or `mabims` under these options: the country's reference place if
 * islamicCountry is given, else the caller's place, else the method's own country. `crescent` applies
 * crescentCriterion if given, else the country's own criterion (MABIMS for Indonesia), else at a place Odeh's.
 */
function sightingMethodOf(options: RuleOptions & { islamicMethod: SightingMethodName }): SightingMethod {
  const country =
    options.islamicCountry ?? (options.place ? undefined : METHOD_COUNTRY[options.islamicMethod]);
  const criterion =
    options.islamicMethod === 'mabims'
      ? 'mabims'
      : (options.crescentCriterion ??
        (country ? ISLAMIC_COUNTRY_CRITERIA[country] : PLACE_CRESCENT_CRITERION));
  return { criterion, places: country ? ISLAMIC_COUNTRY_PLACES[country] : [options.place!] };
}

function calendarOf(options: RuleOptions): IslamicMonthStarts {
  const method = options.islamicMethod;
  return isSighting(method)
    ? sightingCalendar(sightingMethodOf({ ...options, islamicMethod: method }))
    : CALENDARS[method];
}

/** What decides the month starts under these options: the method, and for sighting its criterion and places. */
function calendarKey(options: RuleOptions): string {
  const method = options.islamicMethod;
  if (!isSighting(method)) return method;
  const { criterion, places } = sightingMethodOf({ ...options, islamicMethod: method });
  return `${method}:${criterion}:${places.map((p) => `${p.latitude},${p.longitude},${p.timeZone}`).join(';')}`;
}

/** The method that really produced a Hijri year's dates: Umm al-Qura falls back to tabular beyond its table. */
export function methodUsed(method: IslamicMethod, hijriYear: number): IslamicMethod {
  return method === 'umm-al-qura' && !hasUmmAlQuraTable(hijriYear) ? 'tabular' : method;
}

function hijriDateOf(date: Fixed, calendar: IslamicMonthStarts): HijriDate {
  return hijriFromFixed(calendar, date, tabularFromFixed);
}

/**
 * Hijri years that can hold a first day in `gregorianYear`; one spare year each side because an observed
 * calendar may run a day or two off the tabular one near a year boundary.
 */
function hijriYearsOverlapping(gregorianYear: number): number[] {
  const first = tabularFromFixed(fixedFromGregorian(gregorianYear, 1, 1)).year - 1;
  const last = tabularFromFixed(fixedFromGregorian(gregorianYear, 12, 31)).year + 1;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Every method's month starts lie within this many days of the tabular ones (measured over 1316–1527 AH: −2 to
 * +1 days; rules/islamic.test.ts keeps the bound checked). An observance whose tabular first day is farther than
 * that outside a Gregorian year cannot start in it, so it is not computed at all: most of the astronomy a year's
 * query would otherwise do is for Hijri months that end up filtered out.
 */
export const MAX_DAYS_FROM_TABULAR = 5;

/**
 * @param tabularSpan The earliest and latest first day the observance could have in the tabular calendar
 *   (e.g. a first Friday lies 0–6 days after the month's first day).
 */
// Every year a query can ask for (MIN_YEAR–MAX_YEAR and a year either side) under the three table methods; a
// sighting method's place is the caller's, so places share that room and the least recent go. Fifteen rules keep
// one memo each, about 550 bytes an entry (cache-budget.test.ts): 4.8 MB in all, where 15 × 203 years a rule
// (room for a dozen places) came to 24 MB.
const MEMO_ENTRIES = 3 * (MAX_YEAR - MIN_YEAR + 3);

function hijriRule(
  summary: (phrases: IslamicPhrases) => string,
  tabularSpan: (hijriYear: number) => readonly [Fixed, Fixed],
  observance: (hijriYear: number, calendar: IslamicMonthStarts) => Observance,
  maxDays?: number,
): Rule {
  // Per Gregorian year and method: queries ask again for the same years, and the answer never changes. The method
  // and a sighting method's place are the caller's options, so the memo is bounded.
  const memo = boundedCache<Observance[]>('hijri observances', MEMO_ENTRIES);
  return rule(
    say(ISLAMIC, (p) => p.hijriRule(summary(p))),
    (gregorianYear, options) => {
      const key = `${gregorianYear}:${calendarKey(options)}`;
      const cached = memo.get(key);
      if (cached) return cached.map((observance) => ({ ...observance }));
      const found = observancesIn(gregorianYear, options);
      memo.set(key, found);
      return found.map((observance) => ({ ...observance }));
    },
    maxDays,
  );

  function observancesIn(gregorianYear: number, options: RuleOptions): Observance[] {
    const yearStart = fixedFromGregorian(gregorianYear, 1, 1);
    const yearEnd = fixedFromGregorian(gregorianYear, 12, 31);
    const calendar = calendarOf(options);
    return hijriYearsOverlapping(gregorianYear).flatMap((hijriYear) => {
      const [earliest, latest] = tabularSpan(hijriYear);
      if (latest + MAX_DAYS_FROM_TABULAR < yearStart || earliest - MAX_DAYS_FROM_TABULAR > yearEnd) return [];
      const found = {
        ...observance(hijriYear, calendar),
        variant: methodUsed(options.islamicMethod, hijriYear),
      };
      return startsIn(found, gregorianYear) ? [found] : [];
    });
  }
}

const tabularDay =
  (month: number, day: number, extraDays = 0) =>
  (year: number): readonly [Fixed, Fixed] => {
    const first = fixedFromTabular(year, month, day);
    return [first, first + extraDays];
  };

/** A fixed day of a Hijri month, e.g. 1 Shawwal. */
export function islamicDate(month: number, day: number): Rule {
  return hijriRule(
    (p) => p.date(day, month),
    tabularDay(month, day),
    (year, calendar) => ({
      start: calendar.monthStart(year, month) + day - 1,
      nativeDate: say(ISLAMIC, (p) => p.native(day, month, year)),
    }),
  );
}

/** A whole Hijri month (29 or 30 days), e.g. Ramadan. */
export function islamicMonth(month: number): Rule {
  return hijriRule(
    (p) => p.wholeMonth(month),
    tabularDay(month, 1),
    (year, calendar) => ({
      start: calendar.monthStart(year, month),
      days: daysInMonth(calendar, year, month),
      nativeDate: say(ISLAMIC, (p) => p.native(1, month, year)),
    }),
    30,
  );
}

/** The first given weekday on or after the 1st of a Hijri month (Regaib Kandili: first Friday of Rajab). */
export function firstWeekdayOfIslamicMonth(weekday: Weekday, month: number): Rule {
  return hijriRule(
    (p) => p.firstWeekday(weekday, month),
    tabularDay(month, 1, 6),
    (year, calendar) => {
      const first = calendar.monthStart(year, month);
      const offset = (WEEKDAYS[weekday] - dayOfWeek(first) + 7) % 7;
      return { start: first + offset, nativeDate: say(ISLAMIC, (p) => p.native(1 + offset, month, year)) };
    },
  );
}

/** Days after a Hijri date, counted in civil days (Alevi Muharrem fast: 20 days after Eid al-Adha). */
export function daysAfterIslamicDate(month: number, day: number, offset: number): Rule {
  return hijriRule(
    (p) => p.daysAfter(offset, day, month),
    tabularDay(month, day + offset),
    (year, calendar) => {
      const start = calendar.monthStart(year, month) + day - 1 + offset;
      const hijri = hijriDateOf(start, calendar);
      return { start, nativeDate: say(ISLAMIC, (p) => p.native(hijri.day, hijri.month, hijri.year)) };
    },
  );
}
