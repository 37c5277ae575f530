import type { Fixed } from '../types.js';
import type { HijriDate, IslamicMonthStarts } from './islamic.js';

/**
 * The arithmetic ("civil", "tabular") Islamic calendar: 30-year cycle with leap years 2, 5, 7, 10, 13, 16, 18,
 * 21, 24, 26, 29 (Dhu al-Hijjah gets a 30th day) and the Friday epoch 16 July 622 (Julian). Formulas after
 * Reingold & Dershowitz, Calendrical Calculations; the same calendar as ICU's `islamic-civil`.
 */
export const ISLAMIC_EPOCH: Fixed = 227015;

const floorDiv = (a: number, b: number): number => Math.floor(a / b);

export function isTabularLeapYear(year: number): boolean {
  return (((14 + 11 * year) % 30) + 30) % 30 < 11;
}

export function fixedFromTabular(year: number, month: number, day: number): Fixed {
  return (
    day +
    29 * (month - 1) +
    floorDiv(6 * month - 1, 11) +
    (year - 1) * 354 +
    floorDiv(3 + 11 * year, 30) +
    ISLAMIC_EPOCH -
    1
  );
}

export function tabularFromFixed(date: Fixed): HijriDate {
  const year = floorDiv(30 * (date - ISLAMIC_EPOCH) + 10646, 10631);
  const priorDays = date - fixedFromTabular(year, 1, 1);
  const month = floorDiv(11 * priorDays + 330, 325);
  return { year, month, day: date - fixedFromTabular(year, month, 1) + 1 };
}

export const tabularCalendar: IslamicMonthStarts = {
  monthStart: (year, month) => fixedFromTabular(year, month, 1),
};
