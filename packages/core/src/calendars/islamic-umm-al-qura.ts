import type { Fixed } from '../types.js';
import type { IslamicMonthStarts } from './islamic.js';
import { fixedFromTabular } from './islamic-tabular.js';
import {
  LONG_MONTHS,
  ODD_MONTHS,
  TABLE_FIRST_YEAR,
  TABLE_LAST_YEAR,
  TABLE_START,
} from './umm-al-qura-table.js';

/**
 * Saudi Arabia's Umm al-Qura month lengths for 1356–1500 AH (14 Mar 1937 – 16 Nov 2077), as moment-hijri carries
 * them (umm-al-qura-table.ts is generated from it). Outside that table there is no published Umm al-Qura
 * calendar, so we fall back to the tabular calendar (at most a day or two off); both seams happen to leave
 * Dhu al-Hijjah 1355 and 1500 at 30 days.
 */
export const UMM_AL_QURA_FIRST_YEAR = TABLE_FIRST_YEAR;
export const UMM_AL_QURA_LAST_YEAR = TABLE_LAST_YEAR;

export function hasUmmAlQuraTable(year: number): boolean {
  return year >= UMM_AL_QURA_FIRST_YEAR && year <= UMM_AL_QURA_LAST_YEAR;
}

const MONTHS = 12 * (TABLE_LAST_YEAR - TABLE_FIRST_YEAR + 1);
let monthStarts: Int32Array | undefined;

/** The first day of every table month and of the month after it (1741 days), unpacked on first use. */
function unpackedMonthStarts(): Int32Array {
  if (monthStarts) return monthStarts;
  const lengths = new Int32Array(MONTHS);
  for (let year = 0; year < MONTHS / 12; year++) {
    const longMonths = Number.parseInt(LONG_MONTHS.slice(3 * year, 3 * year + 3), 16);
    for (let month = 0; month < 12; month++) lengths[12 * year + month] = longMonths & (1 << month) ? 30 : 29;
  }
  for (const [year, month, days] of ODD_MONTHS) lengths[12 * (year - TABLE_FIRST_YEAR) + month - 1] = days;
  const starts = new Int32Array(MONTHS + 1);
  starts[0] = TABLE_START;
  for (let index = 0; index < MONTHS; index++) starts[index + 1] = starts[index]! + lengths[index]!;
  monthStarts = starts;
  return starts;
}

/** 1 `month` `year` AH; month 13 is Muharram of the next year, as in the month arithmetic of islamic.ts. */
export function ummAlQuraMonthStart(year: number, month: number): Fixed {
  if (!hasUmmAlQuraTable(year)) return fixedFromTabular(year, month, 1);
  return unpackedMonthStarts()[12 * (year - TABLE_FIRST_YEAR) + month - 1]!;
}

export const ummAlQuraCalendar: IslamicMonthStarts = { monthStart: ummAlQuraMonthStart };
