import type { Fixed } from '../types.js';
import { fixedFromJulian } from './julian.js';

/**
 * A date of the 365-day Zoroastrian calendars (Shahenshahi, Kadmi): twelve months of 30 days, then the five
 * Gatha days, which this module numbers as month 13, days 1–5. No leap day, so the year drifts one day earlier
 * against the Gregorian calendar every four years.
 */
export interface ZoroastrianDate {
  /** Yazdegerdi year (Y.Z.). */
  year: number;
  month: number;
  day: number;
}

export const ZOROASTRIAN_MONTHS = [
  'Farvardin',
  'Ardibehesht',
  'Khordad',
  'Tir',
  'Amardad',
  'Shehrevar',
  'Meher',
  'Avan',
  'Adar',
  'Dae',
  'Bahman',
  'Aspandard',
  'Gatha',
] as const;

export type ZoroastrianReckoning = 'shahenshahi' | 'kadmi';

/**
 * 1 Farvardin Y.Z. 1 of the Kadmi reckoning: 16 June 632 (Julian), the accession of Yazdegerd III. The
 * Shahenshahi reckoning of most Indian Parsis runs one month (30 days) behind it, after the intercalary month the
 * Kadmis say Iran kept and India did not. Check: Shahenshahi 1 Farvardin 1394 = 15 August 2024, the Parsi New
 * Year of the Government of Maharashtra's 2024 holiday list; Kadmi 1 Farvardin 1394 = 16 July 2024.
 */
const KADMI_EPOCH: Fixed = fixedFromJulian(632, 6, 16);
const EPOCHS: Record<ZoroastrianReckoning, Fixed> = {
  kadmi: KADMI_EPOCH,
  shahenshahi: KADMI_EPOCH + 30,
};

export function fixedFromZoroastrian(
  { year, month, day }: ZoroastrianDate,
  reckoning: ZoroastrianReckoning = 'shahenshahi',
): Fixed {
  return EPOCHS[reckoning] + 365 * (year - 1) + 30 * (month - 1) + day - 1;
}

export function zoroastrianFromFixed(
  date: Fixed,
  reckoning: ZoroastrianReckoning = 'shahenshahi',
): ZoroastrianDate {
  const elapsed = date - EPOCHS[reckoning];
  const year = Math.floor(elapsed / 365) + 1;
  const dayOfYear = elapsed - 365 * (year - 1);
  return { year, month: Math.floor(dayOfYear / 30) + 1, day: (dayOfYear % 30) + 1 };
}

export function formatZoroastrian({ year, month, day }: ZoroastrianDate): string {
  return month === 13
    ? `Gatha day ${day}, ${year} Y.Z.`
    : `${day} ${ZOROASTRIAN_MONTHS[month - 1]} ${year} Y.Z.`;
}
