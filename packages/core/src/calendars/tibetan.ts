import { InterkalError } from '../errors.js';
import type { Fixed } from '../types.js';

/**
 * The Tibetan calendar, Phugpa version, by Svante Janson, "Tibetan Calendar Mathematics" (Uppsala 2007, revised
 * arXiv:1401.6285, 2014), written from the paper's formulas with its epoch E806 (§§5–7):
 *
 * - Months are counted by the true month count n. Twelve solar months correspond to 12·67/65 lunar ones, so a
 *   month number (Y, M) maps to n = ⌊(67x − 67α − 2ℓ)/65⌋ with x = 12(Y − 806) + M, α = 1 + 827/1005 and ℓ = 1
 *   for the leap (first) month of a doubled number. A month number is doubled when that formula skips a count.
 * - The lunar day (tithi) d of month n ends at the true date = mean date + moon equation − sun equation, where
 *   mean date = m0 + m1·n + m2·d (m1 = 167025/5656 days, m2 = m1/30), the equations come from the Kālacakra's
 *   step tables interpolated linearly, and the anomalies grow linearly in n and d.
 * - A civil day (daybreak to daybreak) takes the number of the lunar day that ends in it. Two lunar days ending
 *   in one civil day skip a number; a civil day in which none ends repeats the next number, the first of the two
 *   being the leap day.
 *
 * Years are numbered here by the Gregorian year in which they begin (Janson's Y); the Tibetan year number is
 * Y + 127 (2026 = 2153).
 */
export interface TibetanDate {
  year: number;
  month: number;
  leapMonth: boolean;
  day: number;
  leapDay: boolean;
}

const EPOCH_YEAR = 806;
/** 67α = 67·(1 + 827/1005), as a fraction over 1005. */
const SIXTY_SEVEN_ALPHA_1005 = 122744;
/** Julian Day Number minus fixed day (R.D.). */
const JD_OFFSET = 1721425;

/** Every time quantity below is an integer count of 1/DENOMINATOR day: exact, and below 2^53 for JD ≈ 2.4e6. */
const DENOMINATOR = 511_585_200;
const MEAN_SCALE = DENOMINATOR / 169_680; // m1, m2 and m0's fraction share the denominator 5656 · 30
const MOON_SCALE = DENOMINATOR / (126 * 60); // moon anomaly in 1/126 of a step, equation in 1/60 day
const SUN_SCALE = DENOMINATOR / (2010 * 60); // sun anomaly in 1/2010 of a step, equation in 1/60 day
const M0_DAYS = 2015501;
const M0_FRACTION = 4783 * 30; // 4783/5656 in units of 1/169680

// Kālacakra step tables (Janson §6): the equations at whole steps, in 1/60 day, for a quarter turn.
const MOON_STEPS = [0, 5, 10, 15, 19, 22, 24, 25];
const SUN_STEPS = [0, 6, 10, 11];

const mod = (a: number, b: number): number => ((a % b) + b) % b;

function moonTable(step: number): number {
  const i = mod(step, 28);
  if (i <= 7) return MOON_STEPS[i]!;
  if (i <= 14) return MOON_STEPS[14 - i]!;
  if (i <= 21) return -MOON_STEPS[i - 14]!;
  return -MOON_STEPS[28 - i]!;
}

function sunTable(step: number): number {
  const i = mod(step, 12);
  if (i <= 3) return SUN_STEPS[i]!;
  if (i <= 6) return SUN_STEPS[6 - i]!;
  if (i <= 9) return -SUN_STEPS[i - 6]!;
  return -SUN_STEPS[12 - i]!;
}

/** Linear interpolation in a step table, the argument being numerator/denominator steps; in table units × denominator. */
function interpolate(table: (step: number) => number, numerator: number, denominator: number): number {
  const step = Math.floor(numerator / denominator);
  const rest = numerator - step * denominator;
  return table(step) * denominator + rest * (table(step + 1) - table(step));
}

/**
 * The Julian Day Number of the civil day in which lunar day d (1–30) of true month n ends (Janson's true date,
 * rounded down). Moon anomaly: 28(253n/3528 + d/28 + 475/3528) steps; sun anomaly: 12(65n/804 + 65d/24120 +
 * 743/804 − 1/4) steps.
 */
export function trueDateJd(day: number, n: number): number {
  const mean = (n * 167025 * 30 + day * 167025 + M0_FRACTION) * MEAN_SCALE;
  const moon = interpolate(moonTable, 253 * n + 475 + 126 * day, 126) * MOON_SCALE;
  const sun = interpolate(sunTable, (65 * n + 743) * 30 + 65 * day - 3 * 2010, 2010) * SUN_SCALE;
  return M0_DAYS + Math.floor((mean + moon - sun) / DENOMINATOR);
}

/** True month count of (year, month); the leap month of a doubled number is the one before. */
export function trueMonthCount(year: number, month: number, leapMonth: boolean): number {
  const x = 12 * (year - EPOCH_YEAR) + month;
  return Math.floor((1005 * (67 * x - (leapMonth ? 2 : 0)) - SIXTY_SEVEN_ALPHA_1005) / (65 * 1005));
}

/** Inverse of trueMonthCount: x = ⌈65n/67 + α⌉; the month is leap if n + 1 has the same number. */
function monthOfCount(n: number): { year: number; month: number; leapMonth: boolean } {
  const numberOf = (count: number) => Math.ceil((65 * 1005 * count + SIXTY_SEVEN_ALPHA_1005) / (67 * 1005));
  const x = numberOf(n);
  const month = mod(x - 1, 12) + 1;
  return { year: EPOCH_YEAR + (x - month) / 12, month, leapMonth: numberOf(n + 1) === x };
}

/** Whether the month number is doubled in that year (the first of the two being the leap month). */
export function hasLeapMonth(year: number, month: number): boolean {
  const previous = month === 1 ? trueMonthCount(year - 1, 12, false) : trueMonthCount(year, month - 1, false);
  return trueMonthCount(year, month, false) - previous === 2;
}

const fixedFromJd = (jd: number): Fixed => jd - JD_OFFSET;

/** First civil day of true month n: the day after lunar day 30 of month n − 1 ends. */
const monthStartJd = (n: number): number => trueDateJd(30, n - 1) + 1;

export function fixedFromTibetan(date: TibetanDate): Fixed {
  const { year, month, leapMonth, day, leapDay } = date;
  const valid =
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= 30 &&
    (!leapMonth || hasLeapMonth(year, month));
  const n = valid ? trueMonthCount(year, month, leapMonth) : 0;
  const jd = valid ? trueDateJd(day, n) : 0;
  // A leap day is the civil day before the one in which its lunar day ends, when no lunar day ends in it.
  const doubled = valid && jd - 1 > (day === 1 ? trueDateJd(30, n - 1) : trueDateJd(day - 1, n));
  const skipped = valid && jd === (day === 1 ? trueDateJd(30, n - 1) : trueDateJd(day - 1, n));
  if (!valid || (leapDay && !doubled) || skipped) {
    throw new InterkalError('invalid-date', 'tibetan date', date, 'a month and day that exist in that year');
  }
  return fixedFromJd(leapDay ? jd - 1 : jd);
}

const MEAN_MONTH_DAYS = 167025 / 5656;

export function tibetanFromFixed(date: Fixed): TibetanDate {
  const jd = date + JD_OFFSET;
  let n = Math.floor((jd - M0_DAYS) / MEAN_MONTH_DAYS);
  while (monthStartJd(n) > jd) n--;
  while (monthStartJd(n + 1) <= jd) n++;
  let day = 1;
  while (trueDateJd(day, n) < jd) day++;
  return { ...monthOfCount(n), day, leapDay: trueDateJd(day, n) > jd };
}

/** Losar: the first day of the year that begins in Gregorian `year` (of its leap month 1, if doubled). */
export function losar(year: number): Fixed {
  return fixedFromJd(monthStartJd(trueMonthCount(year - 1, 12, false) + 1));
}

const ELEMENTS = ['Fire', 'Earth', 'Iron', 'Water', 'Wood'];
const ANIMALS = [
  'Rabbit',
  'Dragon',
  'Snake',
  'Horse',
  'Sheep',
  'Monkey',
  'Bird',
  'Dog',
  'Pig',
  'Mouse',
  'Ox',
  'Tiger',
];

/** "Fire-Horse": the rabjung cycle began in 1027, a Fire-Rabbit year; elements change every two years. */
export function tibetanYearName(year: number): string {
  const index = mod(year - 1027, 60);
  return `${ELEMENTS[Math.floor((index + 1) / 2) % 5]}-${ANIMALS[index % 12]}`;
}

/** "Month 1 Day 1, Tibetan year 2153 (Fire-Horse)". */
export function formatTibetanDate(date: TibetanDate): string {
  const month = `${date.leapMonth ? 'Leap month' : 'Month'} ${date.month}`;
  const day = `${date.leapDay ? 'Leap day' : 'Day'} ${date.day}`;
  return `${month} ${day}, Tibetan year ${date.year + 127} (${tibetanYearName(date.year)})`;
}
