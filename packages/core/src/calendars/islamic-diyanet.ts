import { estimatePhase, PHASE_ESTIMATE_ERROR_MS } from '../astronomy/fast-moon.js';
import {
  criterionMetInAmericas,
  criterionMetOnSunsetLine,
  newMoonNear,
  newZealandFajr,
  SCREEN_FAJR_MARGIN_MS,
  screenAmericas,
  screenNewZealandFajr,
  screenSunsetLine,
} from '../astronomy/islamic-crescent.js';
import { lunationsAround } from '../astronomy/moon.js';
import { type Fixed, MS_PER_DAY } from '../time/day.js';
import { fixedFromUtcDate, utcDateFromFixed } from './gregorian.js';
import { type IslamicMonthStarts, monthIndex } from './islamic.js';
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

/**
 * First days of Hijri months by month index (monthIndex), each computed on first use. Bounded without a limit: the
 * query's year range holds about 2,500 Hijri months.
 */
const monthStarts = new Map<number, Fixed>();

// The tabular month start is within two days of the astronomical one: its nearest new moon is ours.
const conjunctionSearchFrom = (year: number, month: number): Date =>
  utcDateFromFixed(fixedFromTabular(year, month, 1) - 1);

/** The month start from astronomy-engine's positions throughout: the reference for the screened path. */
export function preciseMonthStart(year: number, month: number): Fixed {
  const conjunction = newMoonNear(conjunctionSearchFrom(year, month));
  const unified = monthIndex(year, month) >= UNIFIED_FROM_INDEX;
  for (let evening = fixedFromUtcDate(conjunction); ; evening++) {
    const dayStart = utcDateFromFixed(evening);
    if (criterionMetOnSunsetLine(new Date(dayStart.getTime() + MS_PER_DAY))) return evening + 1;
    if (unified && conjunction < newZealandFajr(dayStart) && criterionMetInAmericas(dayStart))
      return evening + 1;
  }
}

/**
 * The same decision from cheap positions (astronomy/fast-moon.ts, fast-sky.ts), or undefined as soon as any step
 * falls within its error margin: the conjunction's UTC day or its order with New Zealand's dawn, the criterion
 * on the sunset line or in the Americas. The result equals preciseMonthStart's whenever it is defined
 * (islamic-diyanet-fast.test.ts checks every month 1316–1527 AH).
 */
export function screenedMonthStart(year: number, month: number): Fixed | undefined {
  const near = conjunctionSearchFrom(year, month).getTime() - 14.77 * MS_PER_DAY;
  const { first, last } = lunationsAround(0, near, near + 30 * MS_PER_DAY);
  let conjunction: number | undefined;
  for (let k = first; k <= last && conjunction === undefined; k++) {
    const estimate = estimatePhase(k, 0);
    if (Math.abs(estimate - near) < PHASE_ESTIMATE_ERROR_MS) return undefined;
    if (estimate > near) conjunction = estimate;
  }
  if (conjunction === undefined) return undefined;
  const margin = PHASE_ESTIMATE_ERROR_MS;
  const firstEvening = fixedFromUtcDate(new Date(conjunction - margin));
  if (firstEvening !== fixedFromUtcDate(new Date(conjunction + margin))) return undefined;
  const unified = monthIndex(year, month) >= UNIFIED_FROM_INDEX;
  for (let evening = firstEvening; evening < firstEvening + 5; evening++) {
    const dayStart = utcDateFromFixed(evening);
    const onLine = screenSunsetLine(new Date(dayStart.getTime() + MS_PER_DAY));
    if (onLine === undefined) return undefined;
    if (onLine) return evening + 1;
    if (!unified) continue;
    const dawn = screenNewZealandFajr(dayStart).getTime();
    if (Math.abs(conjunction - dawn) < margin + SCREEN_FAJR_MARGIN_MS) return undefined;
    if (conjunction < dawn) {
      const inAmericas = screenAmericas(dayStart);
      if (inAmericas === undefined) return undefined;
      if (inAmericas) return evening + 1;
    }
  }
  return undefined;
}

const computeMonthStart = (year: number, month: number): Fixed =>
  screenedMonthStart(year, month) ?? preciseMonthStart(year, month);

export function diyanetMonthStart(year: number, month: number): Fixed {
  const index = monthIndex(year, month);
  let start = monthStarts.get(index);
  if (start === undefined) {
    start = computeMonthStart(year, month);
    monthStarts.set(index, start);
  }
  return start;
}

export const diyanetCalendar: IslamicMonthStarts = { monthStart: diyanetMonthStart };
