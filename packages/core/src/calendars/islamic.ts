import type { Fixed } from '../types.js';

/** A date of the Islamic (Hijri) calendar; months 1 (Muharram) … 12 (Dhu al-Hijjah). */
export interface HijriDate {
  year: number;
  month: number;
  day: number;
}

/** Transliterations as the catalogue and most English references write them. */
export const ISLAMIC_MONTHS = [
  'Muharram',
  'Safar',
  "Rabi' al-Awwal",
  "Rabi' al-Thani",
  'Jumada al-Ula',
  'Jumada al-Akhirah',
  'Rajab',
  "Sha'ban",
  'Ramadan',
  'Shawwal',
  "Dhu al-Qa'dah",
  'Dhu al-Hijjah',
] as const;

/** A lunar Hijri calendar known by the first day of each month. */
export interface IslamicMonthStarts {
  monthStart(year: number, month: number): Fixed;
}

/** Months counted from 1 Muharram 1 AH, so that month arithmetic can cross year ends. */
export const monthIndex = (year: number, month: number): number => 12 * (year - 1) + month - 1;
export const yearMonthOfIndex = (index: number): { year: number; month: number } => ({
  year: Math.floor(index / 12) + 1,
  month: (((index % 12) + 12) % 12) + 1,
});

export function daysInMonth(calendar: IslamicMonthStarts, year: number, month: number): number {
  const next = yearMonthOfIndex(monthIndex(year, month) + 1);
  return calendar.monthStart(next.year, next.month) - calendar.monthStart(year, month);
}

/**
 * The Hijri date of a fixed day, found from month starts alone. `estimate` (the tabular calendar) is never more
 * than a few days off an observed or computed calendar, so a short walk from its month finds the right one.
 */
export function hijriFromFixed(
  calendar: IslamicMonthStarts,
  date: Fixed,
  estimate: (date: Fixed) => HijriDate,
): HijriDate {
  const guess = estimate(date);
  let index = monthIndex(guess.year, guess.month);
  const start = (i: number): Fixed => {
    const { year, month } = yearMonthOfIndex(i);
    return calendar.monthStart(year, month);
  };
  while (start(index) > date) index--;
  while (start(index + 1) <= date) index++;
  const { year, month } = yearMonthOfIndex(index);
  return { year, month, day: date - start(index) + 1 };
}
