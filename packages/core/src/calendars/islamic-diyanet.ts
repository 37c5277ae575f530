import type { Fixed } from '../types.js';
import { fixedFromUtcDate, utcDateFromFixed } from './gregorian.js';
import { type IslamicMonthStarts, monthIndex } from './islamic.js';
import {
  criterionMetInAmericas,
  criterionMetOnSunsetLine,
  newMoonNear,
  newZealandFajr,
} from './islamic-crescent.js';
import { fixedFromTabular } from './islamic-tabular.js';

/**
 * Turkey's Presidency of Religious Affairs (Diyanet) computes month starts; no sighting is awaited.
 * - Istanbul 1978 (Kameri Aybaşları Tespit Konferansı, 27–30 Nov 1978): the month begins on the day after the
 *   first evening on which, somewhere on Earth, the Moon is ≥ 5° above the horizon at sunset and ≥ 8° from the
 *   Sun. Diyanet's announced bayrams before June 2016 fit "somewhere, by 24:00 UTC": 77 of 78 (not Kurban
 *   Bayramı 2012); with the 2016 exception below applied to them too, only 70 (docs/islamic-methods.md).
 * - Istanbul 2016 (Uluslararası Hicri Takvim Birliği Kongresi, 28–30 May 2016), used from Ramadan 1437: the same
 *   test by 24:00 UTC; if it is met only later, the month still begins next day when it is met on land in the
 *   Americas and the conjunction falls before dawn in New Zealand. All 34 bayrams since agree; without the
 *   exception, 6 of them would be a day late.
 * We apply the 1978 rule to earlier years too (Diyanet published nothing else); those dates are a reconstruction.
 */
export const UNIFIED_CALENDAR_FROM = { year: 1437, month: 9 } as const;
const UNIFIED_FROM_INDEX = monthIndex(UNIFIED_CALENDAR_FROM.year, UNIFIED_CALENDAR_FROM.month);

const DAY_MS = 86_400_000;

/** Days 1 Muharram … 1 Dhu al-Hijjah of each Hijri year, computed on first use (~1 ms per month). */
const yearStarts = new Map<number, Fixed[]>();

function computeMonthStart(year: number, month: number): Fixed {
  // The tabular month start is within two days of the astronomical one: its nearest new moon is ours.
  const conjunction = newMoonNear(utcDateFromFixed(fixedFromTabular(year, month, 1) - 1));
  const unified = monthIndex(year, month) >= UNIFIED_FROM_INDEX;
  for (let evening = fixedFromUtcDate(conjunction); ; evening++) {
    const dayStart = utcDateFromFixed(evening);
    if (criterionMetOnSunsetLine(new Date(dayStart.getTime() + DAY_MS))) return evening + 1;
    if (unified && conjunction < newZealandFajr(dayStart) && criterionMetInAmericas(dayStart))
      return evening + 1;
  }
}

export function diyanetMonthStart(year: number, month: number): Fixed {
  let starts = yearStarts.get(year);
  if (!starts) {
    starts = Array.from({ length: 12 }, (_, i) => computeMonthStart(year, i + 1));
    yearStarts.set(year, starts);
  }
  return starts[month - 1]!;
}

export const diyanetCalendar: IslamicMonthStarts = { monthStart: diyanetMonthStart };
