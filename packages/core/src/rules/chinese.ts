import { solarLongitudeInstant } from '../astronomy/solar-terms.js';
import { fixedFromChinese, type LunisolarZone, localDay } from '../calendars/chinese.js';
import { gregorianFromFixed } from '../calendars/gregorian.js';
import type { Rule } from '../types.js';
import { EAST_ASIAN } from './phrases/east-asian.js';
import { say } from './phrases/phrasebook.js';
import { nativeYearsRule, rule } from './rule.js';

/**
 * Month/day of the Chinese lunisolar calendar, in China's, Korea's or Vietnam's reckoning. The Chinese year that
 * begins in Gregorian year Y ends in Y + 1, so a date late in the year may fall in January of Y + 1.
 */
export function chineseDate(month: number, day: number, zone: LunisolarZone = 'china'): Rule {
  return nativeYearsRule(
    say(EAST_ASIAN, (p) => p.lunisolarDate(zone, month, day)),
    (year) => [year - 1, year],
    (chineseYear) => {
      const date = { year: chineseYear, month, leap: false, day };
      return {
        start: fixedFromChinese(date, zone),
        nativeDate: say(EAST_ASIAN, (p) => p.chineseNative(date)),
      };
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
  return rule(
    say(EAST_ASIAN, (p) => p.solarTerm(name, longitude, zone, offsetDays)),
    (year) => {
      const instant = solarLongitudeInstant(longitude, year);
      const start = localDay(instant, zone) + offsetDays;
      if (gregorianFromFixed(start).year !== year) return undefined;
      const observance = { start, instant: new Date(instant).toISOString() };
      return offsetDays === 0 ? { ...observance, nativeDate: { en: name, de: name } } : observance;
    },
  );
}
