import type { Fixed } from '../types.js';
import type { YMD } from './gregorian.js';
import { fixedFromJulian } from './julian.js';

/**
 * The Coptic (Alexandrian) calendar and the Ethiopic calendar built on it: twelve months of 30 days and a 13th
 * month of 5 days, 6 in a leap year. Every fourth year is a leap year with no century exception, so both stay in
 * step with the Julian calendar. Arithmetic after Dershowitz & Reingold, Calendrical Calculations, ch. 4.
 */

const floorDiv = (a: number, b: number): number => Math.floor(a / b);
const mod = (a: number, b: number): number => ((a % b) + b) % b;

/** 1 Thout 1 A.M. (Era of the Martyrs) = 29 August 284 (Julian), the accession of Diocletian. */
export const COPTIC_EPOCH: Fixed = fixedFromJulian(284, 8, 29);
/** 1 Meskerem 1 (Amete Mihret, Era of Mercy) = 29 August 8 (Julian): 276 Coptic years before 1 Thout 1. */
export const ETHIOPIC_EPOCH: Fixed = fixedFromJulian(8, 8, 29);

export const COPTIC_MONTHS = [
  'Thout',
  'Paopi',
  'Hathor',
  'Koiak',
  'Tobi',
  'Meshir',
  'Paremhat',
  'Parmouti',
  'Pashons',
  'Paoni',
  'Epip',
  'Mesori',
  'Pi Kogi Enavot',
] as const;

export const ETHIOPIC_MONTHS = [
  'Meskerem',
  'Tikimt',
  'Hidar',
  'Tahsas',
  'Tir',
  'Yekatit',
  'Megabit',
  'Miyazya',
  'Ginbot',
  'Sene',
  'Hamle',
  'Nehase',
  'Pagume',
] as const;

/**
 * The leap day is the 6th day of the 13th month, at the END of the year, so it comes in the year before a
 * Julian leap year: Coptic 1739 ended on 11 September 2023 (Gregorian) with 6 epagomenal days.
 */
export function isCopticLeapYear(year: number): boolean {
  return mod(year, 4) === 3;
}

/** Ethiopic years are Coptic years + 276, a multiple of 4, so the leap rule is the same. */
export const isEthiopicLeapYear = isCopticLeapYear;

export function daysInCopticMonth(year: number, month: number): number {
  if (month < 13) return 30;
  return isCopticLeapYear(year) ? 6 : 5;
}

function fixedFromEra(epoch: Fixed, year: number, month: number, day: number): Fixed {
  return epoch - 1 + 365 * (year - 1) + floorDiv(year, 4) + 30 * (month - 1) + day;
}

function eraFromFixed(epoch: Fixed, date: Fixed): YMD {
  const year = floorDiv(4 * (date - epoch) + 1463, 1461);
  const month = floorDiv(date - fixedFromEra(epoch, year, 1, 1), 30) + 1;
  const day = date + 1 - fixedFromEra(epoch, year, month, 1);
  return { year, month, day };
}

export function fixedFromCoptic(year: number, month: number, day: number): Fixed {
  return fixedFromEra(COPTIC_EPOCH, year, month, day);
}

export function copticFromFixed(date: Fixed): YMD {
  return eraFromFixed(COPTIC_EPOCH, date);
}

export function fixedFromEthiopic(year: number, month: number, day: number): Fixed {
  return fixedFromEra(ETHIOPIC_EPOCH, year, month, day);
}

export function ethiopicFromFixed(date: Fixed): YMD {
  return eraFromFixed(ETHIOPIC_EPOCH, date);
}

/** "29 Koiak 1742" */
export function formatCopticDate({ year, month, day }: YMD): string {
  return `${day} ${COPTIC_MONTHS[month - 1]} ${year}`;
}

/** "1 Meskerem 2019" */
export function formatEthiopicDate({ year, month, day }: YMD): string {
  return `${day} ${ETHIOPIC_MONTHS[month - 1]} ${year}`;
}

/** Coptic years overlapping a Gregorian year: the one running since September before, and the one from September. */
export function copticYearsOverlapping(gregorianYear: number): number[] {
  return [gregorianYear - 284, gregorianYear - 283];
}

/** Ethiopic years overlapping a Gregorian year (the Ethiopic year begins in September, 7–8 years behind). */
export function ethiopicYearsOverlapping(gregorianYear: number): number[] {
  return [gregorianYear - 8, gregorianYear - 7];
}
