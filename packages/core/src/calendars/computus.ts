import type { Fixed } from '../types.js';
import { fixedFromGregorian } from './gregorian.js';
import { fixedFromJulian } from './julian.js';

const mod = (a: number, b: number): number => ((a % b) + b) % b;

/**
 * Western Easter Sunday: the Sunday after the ecclesiastical full moon on or after 21 March (Gregorian tables,
 * 1582 reform). Epact form of the Gregorian computus; see Dershowitz & Reingold, Calendrical Calculations, ch. 9.
 */
export function gregorianEaster(year: number): Fixed {
  const century = Math.floor(year / 100) + 1;
  const shiftedEpact = mod(
    14 + 11 * mod(year, 19) - Math.floor((3 * century) / 4) + Math.floor((5 + 8 * century) / 25),
    30,
  );
  const adjustedEpact =
    shiftedEpact === 0 || (shiftedEpact === 1 && 10 < mod(year, 19)) ? shiftedEpact + 1 : shiftedEpact;
  const paschalMoon = fixedFromGregorian(year, 4, 19) - adjustedEpact;
  return sundayAfter(paschalMoon);
}

/**
 * Orthodox Easter (Pascha): the same rule on the Julian calendar with the 19-year Metonic table of the
 * Alexandrian computus, returned as a fixed day (i.e. already converted to the Gregorian calendar).
 */
export function julianEaster(year: number): Fixed {
  const shiftedEpact = mod(14 + 11 * mod(year, 19), 30);
  const paschalMoon = fixedFromJulian(year, 4, 19) - shiftedEpact;
  return sundayAfter(paschalMoon);
}

function sundayAfter(date: Fixed): Fixed {
  return date + 7 - mod(date, 7);
}
