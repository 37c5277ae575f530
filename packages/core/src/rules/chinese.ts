import { solarLongitudeInstant } from '../astronomy/solar-terms.js';
import { fixedFromChinese, formatChineseDate, type LunisolarZone, localDay } from '../calendars/chinese.js';
import { gregorianFromFixed } from '../calendars/gregorian.js';
import type { Rule } from '../types.js';
import { nativeYearsRule, rule } from './rule.js';

const ZONE_NAMES: Record<LunisolarZone, string> = {
  china: 'Chinese (UTC+8)',
  korea: 'Korean (UTC+9)',
  vietnam: 'Vietnamese (UTC+7)',
};

const zoneName = (zone: LunisolarZone | number): string =>
  typeof zone === 'number' ? `UTC+${zone}` : ZONE_NAMES[zone];

/**
 * Month/day of the Chinese lunisolar calendar, in China's, Korea's or Vietnam's reckoning. The Chinese year that
 * begins in Gregorian year Y ends in Y + 1, so a date late in the year may fall in January of Y + 1.
 */
export function chineseDate(month: number, day: number, zone: LunisolarZone = 'china'): Rule {
  return nativeYearsRule(
    `${zoneName(zone)} lunisolar ${month}/${day}`,
    (year) => [year - 1, year],
    (chineseYear) => {
      const date = { year: chineseYear, month, leap: false, day };
      return { start: fixedFromChinese(date, zone), nativeDate: formatChineseDate(date) };
    },
  );
}

/**
 * The day a solar term begins (the Sun's apparent longitude reaches `longitude`°) in the zone's standard time,
 * shifted by `offsetDays` (e.g. −1 for Setsubun, the eve of Risshun). Japan Standard Time is UTC+9 like Korea.
 */
export function solarTermDay(
  longitude: number,
  name: string,
  zone: LunisolarZone | number = 'china',
  offsetDays = 0,
): Rule {
  const shift = offsetDays === 0 ? '' : offsetDays < 0 ? ` − ${-offsetDays} day` : ` + ${offsetDays} day`;
  return rule(`Solar term ${name} (Sun at ${longitude}°) in ${zoneName(zone)}${shift}`, (year) => {
    const instant = solarLongitudeInstant(longitude, year);
    const start = localDay(instant, zone) + offsetDays;
    if (gregorianFromFixed(start).year !== year) return undefined;
    const observance = { start, instant: new Date(instant).toISOString() };
    return offsetDays === 0 ? { ...observance, nativeDate: name } : observance;
  });
}
