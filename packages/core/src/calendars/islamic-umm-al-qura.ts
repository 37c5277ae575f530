import momentHijri from 'moment-hijri';
import type { Fixed } from '../types.js';
import { fixedFromGregorian } from './gregorian.js';
import type { IslamicMonthStarts } from './islamic.js';
import { fixedFromTabular } from './islamic-tabular.js';

/**
 * moment-hijri carries Saudi Arabia's Umm al-Qura month lengths for 1356–1500 AH (14 Mar 1937 – 16 Nov 2077).
 * Outside that table there is no published Umm al-Qura calendar, so we fall back to the tabular calendar
 * (at most a day or two off); both seams happen to leave Dhu al-Hijjah 1355 and 1500 at 30 days.
 */
export const UMM_AL_QURA_FIRST_YEAR = 1356;
export const UMM_AL_QURA_LAST_YEAR = 1500;

export function hasUmmAlQuraTable(year: number): boolean {
  return year >= UMM_AL_QURA_FIRST_YEAR && year <= UMM_AL_QURA_LAST_YEAR;
}

export function ummAlQuraMonthStart(year: number, month: number): Fixed {
  if (!hasUmmAlQuraTable(year)) return fixedFromTabular(year, month, 1);
  const { gy, gm, gd } = momentHijri.iConvert.toGregorian(year, month - 1, 1);
  return fixedFromGregorian(gy, gm + 1, gd);
}

export const ummAlQuraCalendar: IslamicMonthStarts = { monthStart: ummAlQuraMonthStart };
