import { normalizeDegrees } from '../astronomy/angles.js';
import { atSeason } from '../astronomy/estimate-then-verify.js';
import { estimatePhase, PHASE_ESTIMATE_ERROR_MS } from '../astronomy/fast-moon.js';
import { estimateSunLongitude, SUN_LONGITUDE_ERROR_DEG } from '../astronomy/fast-sun.js';
import { lunationsAround, newMoonOfLunation, newMoonsBetween } from '../astronomy/moon.js';
import { seasonInstant } from '../astronomy/seasons.js';
import { settle } from '../astronomy/settle.js';
import { sunLongitudeAt } from '../astronomy/solar-terms.js';
import { boundedCache } from '../bounded-cache.js';
import { InterkalError } from '../errors.js';
import { fixedAt, MS_PER_HOUR, utcMidnightOf } from '../time/day.js';
import type { Fixed } from '../types.js';
import { gregorianFromFixed } from './gregorian.js';

/**
 * The Chinese lunisolar calendar (农历) by the rules of the 1645 Shixian reform as used today (GB/T 33661-2017):
 * a month begins on the civil day of the new moon; the month holding the December solstice is month 11; a sui
 * (solstice to solstice) with 13 months makes the first month without a principal term (zhongqi) a leap month.
 * Korea (dangi) and Vietnam (âm lịch) use the same rules for their own meridian.
 */
export interface ChineseDate {
  /** The Gregorian year in which this Chinese year's month 1 begins (ICU's "related year"). */
  year: number;
  month: number;
  leap: boolean;
  day: number;
}

/** Whose calendar: each computes new moons and solar terms in its own standard time (see `utcOffsetHours`). */
export type LunisolarZone = 'china' | 'korea' | 'vietnam';

/** A zone's history of standard time: [first instant (epoch ms) it applies from, UTC offset in hours]. */
type OffsetHistory = readonly (readonly [number, number])[];

/**
 * The standard time whose civil days each calendar uses. China: UTC+8 (120° E) throughout, as the Hong Kong
 * Observatory tables do (the calendars printed before 1929 used Beijing mean time, UTC+7:45:40; see
 * docs/accuracy.md).
 * Korea: UTC+8 until 1911 and UTC+9 (135° E) from 1912, as ICU's DangiCalendar reckons from Kye's table of the
 * Korean calendars (www.math.snu.ac.kr/~kye/others/lunar.html, quoted in ICU's dangical.cpp): the government did
 * not apply the UTC+8:30 of 1908–1911 to the calendar, and that of 1954–1961 changes no lunar date. Intl dangi
 * agrees on every month 1900–1911; UTC+9 (python-holidays) would move 8 of them (chinese.test.ts).
 * Vietnam: the Chinese calendar, Beijing's UTC+8, until North Vietnam's decree of 8 August 1967 introduced a
 * calendar for UTC+7 (105° E), first used for Tết 1968, 29 Jan in the North and 30 Jan in the South, which kept
 * UTC+8 until 1975 (H. Aslaksen, "The Mathematics of the Chinese Calendar", 2010, §Vietnam). date-holidays'
 * Vietnamese calendar (date-chinese) agrees on every Tết 1900–2100. python-holidays and Hồ Ngọc Đức's tables
 * apply UTC+7 to every year (a modern convention, not the calendar Vietnam printed); Time4J applies the meridian of
 * Huế to 1841–1954 and calls the rules before 1954 debatable.
 */
const OFFSET_HISTORIES: Record<LunisolarZone, OffsetHistory> = {
  china: [[Number.NEGATIVE_INFINITY, 8]],
  korea: [
    [Number.NEGATIVE_INFINITY, 8],
    [Date.UTC(1912, 0, 1), 9],
  ],
  vietnam: [
    [Number.NEGATIVE_INFINITY, 8],
    [Date.UTC(1967, 7, 8), 7],
  ],
};

/** The UTC offset in hours of a zone's calendar at an instant; a number is a fixed offset for every instant. */
export function utcOffsetHours(zone: LunisolarZone | number, instant: number): number {
  if (typeof zone === 'number') return zone;
  let offset = 8;
  for (const [from, hours] of OFFSET_HISTORIES[zone]) if (instant >= from) offset = hours;
  return offset;
}

/** A month of the Chinese calendar and its first day. */
export interface MonthStart {
  start: Fixed;
  month: number;
  leap: boolean;
}

export type Zone = LunisolarZone | number;

/** The civil day, in a lunisolar zone's standard time (or at a fixed UTC offset in hours), of an instant. */
export const localDay = (instant: number, zone: Zone): Fixed =>
  fixedAt(instant, utcOffsetHours(zone, instant) * MS_PER_HOUR);

/**
 * New moons within a minute after midnight UTC+8, where the Hong Kong Observatory's published tables put the
 * month start on the day before (their ΔT for these future years is larger; the extrapolated ΔT is uncertain by
 * more than the margin). We follow the published tables: instant (UTC, ms, ±5 min) → days earlier.
 */
const HKO_UTC8_NEW_MOON_CORRECTIONS: readonly (readonly [number, number])[] = [
  [Date.UTC(2057, 8, 28, 16, 0, 40), 1], // HKO 2057 table: 9th month begins 28 Sep 2057
  [Date.UTC(2097, 7, 7, 16, 0, 15), 1], // HKO 2097 table: 7th month begins 7 Aug 2097
];

const CORRECTION_WINDOW_MS = 5 * 60_000;

function newMoonDay(instant: number, zone: Zone): Fixed {
  const day = localDay(instant, zone);
  if (utcOffsetHours(zone, instant) !== 8) return day;
  const correction = HKO_UTC8_NEW_MOON_CORRECTIONS.find(
    ([at]) => Math.abs(at - instant) < CORRECTION_WINDOW_MS,
  );
  return correction ? day - correction[1] : day;
}

/**
 * The local days of the new moons with `from <= instant < to`. Each comes from the cheap estimate
 * (astronomy/fast-moon.ts) unless a day boundary, a range end or a published correction lies within the
 * estimate's error margin; only those lunations need astronomy-engine's search (about 1 in 300).
 */
function fastNewMoonDays(from: number, to: number, zone: Zone): Fixed[] {
  const { first, last } = lunationsAround(0, from, to);
  const days: Fixed[] = [];
  for (let k = first; k <= last; k++) {
    const estimate = estimatePhase(k, 0);
    const precise = () => newMoonOfLunation(k);
    const margin = PHASE_ESTIMATE_ERROR_MS;
    if (!settle(estimate, margin, (t) => t >= from, precise)) continue;
    if (!settle(estimate, margin, (t) => t < to, precise)) continue;
    const nearCorrection = HKO_UTC8_NEW_MOON_CORRECTIONS.some(
      ([at]) => Math.abs(at - estimate) < CORRECTION_WINDOW_MS + margin,
    );
    days.push(
      nearCorrection
        ? newMoonDay(precise(), zone)
        : settle(estimate, margin, (t) => localDay(t, zone), precise),
    );
  }
  return days;
}

const localMidnight = (day: Fixed, zone: Zone): number => {
  const utcMidnight = utcMidnightOf(day);
  return utcMidnight - utcOffsetHours(zone, utcMidnight) * MS_PER_HOUR;
};

const termIndex = (longitude: number): number => Math.floor(normalizeDegrees(longitude) / 30);

/**
 * Index 0–11 of the principal term the Sun last passed (0 = 0° Chunfen) at the start of a civil day: from the
 * cheap solar longitude unless it lies within its error margin of a multiple of 30°.
 */
function fastPrincipalTermAt(day: Fixed, zone: Zone): number {
  const instant = localMidnight(day, zone);
  return settle(estimateSunLongitude(instant), SUN_LONGITUDE_ERROR_DEG, termIndex, () =>
    sunLongitudeAt(instant),
  );
}

function lastIndexAtOrBefore(sortedDays: readonly Fixed[], day: Fixed): number {
  let index = -1;
  while (index + 1 < sortedDays.length && sortedDays[index + 1]! <= day) index++;
  return index;
}

/** The three astronomical facts a sui needs, each in a zone's civil days. */
export interface LunisolarAstronomy {
  newMoonDays(from: number, to: number, zone: Zone): Fixed[];
  principalTermAt(day: Fixed, zone: Zone): number;
  decemberSolsticeDay(year: number, zone: Zone): Fixed;
}

/** Everything from astronomy-engine's searches: the reference the fast path is tested against (chinese.test.ts). */
export const PRECISE_ASTRONOMY: LunisolarAstronomy = {
  newMoonDays: (from, to, zone) => newMoonsBetween(from, to).map((moon) => newMoonDay(moon, zone)),
  principalTermAt: (day, zone) => termIndex(sunLongitudeAt(localMidnight(day, zone))),
  decemberSolsticeDay: (year, zone) => localDay(seasonInstant(year, 'decemberSolstice'), zone),
};

const FAST_ASTRONOMY: LunisolarAstronomy = {
  newMoonDays: fastNewMoonDays,
  principalTermAt: fastPrincipalTermAt,
  decemberSolsticeDay: (year, zone) => atSeason(year, 'decemberSolstice', (t) => localDay(t, zone)),
};

// Keyed by zone and year. The zones are the tables' (China, Korea, Vietnam, Japan's UTC+9) but Zone admits any
// offset, so the caches hold at most ZONE_CACHE_ENTRIES (a few zones' whole year range) and drop the least used.
const ZONE_CACHE_ENTRIES = 1024;
const suiCache = boundedCache<readonly MonthStart[]>('chinese sui months', ZONE_CACHE_ENTRIES);

function suiMonths(suiYear: number, zone: Zone): readonly MonthStart[] {
  const key = `${zone}:${suiYear}`;
  const cached = suiCache.get(key);
  if (cached) return cached;
  const months = computeSuiMonths(suiYear, zone, FAST_ASTRONOMY);
  suiCache.set(key, months);
  return months;
}

/** The months of a sui, from month 11 after the December solstice of suiYear − 1 to the one before next month 11. */
export function computeSuiMonths(
  suiYear: number,
  zone: Zone,
  astronomy: LunisolarAstronomy = FAST_ASTRONOMY,
): MonthStart[] {
  const solstice = astronomy.decemberSolsticeDay(suiYear - 1, zone);
  const nextSolstice = astronomy.decemberSolsticeDay(suiYear, zone);
  const moonDays = astronomy.newMoonDays(Date.UTC(suiYear - 1, 10, 1), Date.UTC(suiYear, 11, 31), zone);
  const first = lastIndexAtOrBefore(moonDays, solstice);
  const next = lastIndexAtOrBefore(moonDays, nextSolstice);
  const starts = moonDays.slice(first, next + 1);
  const isLeapSui = starts.length === 14; // 13 months plus the start of the next month 11
  const months: MonthStart[] = [];
  let number = 11;
  let leapFound = false;
  for (let i = 0; i < starts.length - 1; i++) {
    const start = starts[i]!;
    if (i === 0) {
      months.push({ start, month: 11, leap: false });
      continue;
    }
    const hasPrincipalTerm =
      astronomy.principalTermAt(start, zone) !== astronomy.principalTermAt(starts[i + 1]!, zone);
    if (isLeapSui && !leapFound && !hasPrincipalTerm) {
      leapFound = true;
      months.push({ start, month: number, leap: true });
      continue;
    }
    number = (number % 12) + 1;
    months.push({ start, month: number, leap: false });
  }
  return months;
}

const yearCache = boundedCache<{ months: readonly MonthStart[]; end: Fixed }>(
  'chinese years',
  ZONE_CACHE_ENTRIES,
);

/** The months of the Chinese year whose month 1 begins in `year`, and the day after its last day. */
function yearMonths(year: number, zone: Zone) {
  const key = `${zone}:${year}`;
  const cached = yearCache.get(key);
  if (cached) return cached;
  const current = suiMonths(year, zone);
  const following = suiMonths(year + 1, zone);
  const firstOf = (months: readonly MonthStart[]) => months.findIndex((m) => m.month === 1 && !m.leap);
  const nextNewYear = firstOf(following);
  const result = {
    months: [...current.slice(firstOf(current)), ...following.slice(0, nextNewYear)],
    end: following[nextNewYear]!.start,
  };
  yearCache.set(key, result);
  return result;
}

/** The first day (1/1) of the Chinese year that begins in the given Gregorian year. */
export function chineseNewYear(gregorianYear: number, zone: Zone = 'china'): Fixed {
  return yearMonths(gregorianYear, zone).months[0]!.start;
}

/** The months of the Chinese year beginning in `year`, each with its first day, in order. */
export function chineseMonths(year: number, zone: Zone = 'china'): readonly MonthStart[] {
  return yearMonths(year, zone).months;
}

export function fixedFromChinese(date: ChineseDate, zone: Zone = 'china'): Fixed {
  const { months, end } = yearMonths(date.year, zone);
  const index = months.findIndex((m) => m.month === date.month && m.leap === date.leap);
  const start = months[index]?.start;
  const length = (months[index + 1]?.start ?? end) - (start ?? 0);
  if (start === undefined || !Number.isInteger(date.day) || date.day < 1 || date.day > length) {
    throw new InterkalError('invalid-date', 'chinese date', date, 'a month and day that exist in that year');
  }
  return start + date.day - 1;
}

export function chineseFromFixed(day: Fixed, zone: Zone = 'china'): ChineseDate {
  const gregorianYear = gregorianFromFixed(day).year;
  const year = day >= chineseNewYear(gregorianYear, zone) ? gregorianYear : gregorianYear - 1;
  const { months } = yearMonths(year, zone);
  const month =
    months[
      lastIndexAtOrBefore(
        months.map((m) => m.start),
        day,
      )
    ]!;
  return { year, month: month.month, leap: month.leap, day: day - month.start + 1 };
}

const ANIMALS = [
  'Rat',
  'Ox',
  'Tiger',
  'Rabbit',
  'Dragon',
  'Snake',
  'Horse',
  'Goat',
  'Monkey',
  'Rooster',
  'Dog',
  'Pig',
];

/** The zodiac animal of a Chinese year (by its related Gregorian year); 2020 was a Rat year. */
export function zodiacAnimal(year: number): string {
  return ANIMALS[(((year - 2020) % 12) + 12) % 12]!;
}

/** "Month 8 Day 15", "Leap Month 6 Day 1": the English form used in occurrences' native dates. */
export function formatChineseDate(date: ChineseDate): string {
  return `${date.leap ? 'Leap ' : ''}Month ${date.month} Day ${date.day} (Year of the ${zodiacAnimal(date.year)})`;
}
