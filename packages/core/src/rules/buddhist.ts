import { estimatePhase, PHASE_ESTIMATE_ERROR_MS } from '../astronomy/fast-moon.js';
import {
  fullMoonOfLunation,
  fullMoonsBetween,
  lunationsAround as lunationNumbers,
} from '../astronomy/moon.js';
import { settle } from '../astronomy/settle.js';
import { nextElongation } from '../astronomy/sidereal.js';
import { fixedFromChinese } from '../calendars/chinese.js';
import { fixedFromGregorian, gregorianFromFixed } from '../calendars/gregorian.js';
import { lunationsAround } from '../calendars/hindu.js';
import { fixedFromThaiLunar, type ThaiLunarDate, thaiLunarYear } from '../calendars/thai-lunar.js';
import { losar, tibetanFromFixed } from '../calendars/tibetan.js';
import { type Fixed, fixedAt, MS_PER_HOUR, utcMidnightOf } from '../time/day.js';
import type { Observance, Rule, VesakVariant } from '../types.js';
import { EAST_ASIAN, type ThaiFullMoon } from './phrases/east-asian.js';
import { say } from './phrases/phrasebook.js';
import { rule } from './rule.js';

const SRI_LANKA_OFFSET_HOURS = 5.5;

const civilDay = (instant: number, offsetHours: number): Fixed => fixedAt(instant, offsetHours * MS_PER_HOUR);
const iso = (instant: number): string => new Date(instant).toISOString();

/** Losar: the first day of month 1 of the Phugpa calendar (Janson's algorithms), i.e. of the year. */
export function tibetanNewYear(): Rule {
  return rule(
    say(EAST_ASIAN, (p) => p.tibetanNewYear),
    (year) => {
      const start = losar(year);
      const date = tibetanFromFixed(start);
      return { start, nativeDate: say(EAST_ASIAN, (p) => p.tibetanNative(date)) };
    },
  );
}

/** Which month of the Thai lunar year a holy day falls in, by year kind (Adhikamasa moves some a month). */
type ThaiMonthChoice = (adhikamasa: boolean) => Pick<ThaiLunarDate, 'month' | 'second'>;

/** The full-moon day (waxing 15) of a Thai lunar month, in the lunar year whose months 3–12 fall in `year`. */
export function thaiFullMoon(which: ThaiFullMoon, choose: ThaiMonthChoice): Rule {
  return rule(
    say(EAST_ASIAN, (p) => p.thaiFullMoon(which)),
    (year) => thaiFullMoonIn(year, choose),
  );
}

function thaiFullMoonIn(year: number, choose: ThaiMonthChoice): Observance {
  const date = { year, ...choose(thaiLunarYear(year).kind === 'adhikamasa'), day: 15 };
  return { start: fixedFromThaiLunar(date), nativeDate: say(EAST_ASIAN, (p) => p.thaiNative(date)) };
}

// Thai rule (e.g. Thai Wikipedia "วันมาฆบูชา", "วันวิสาขบูชา", "วันอาสาฬหบูชา"; python-holidays' _ThaiLunisolar):
// in a year with a second month 8, Magha and Visakha Puja move to the full moon of the following month, Asalha
// Puja to that of the second month 8.
export const MAGHA_MONTH: ThaiMonthChoice = (adhikamasa) => ({ month: adhikamasa ? 4 : 3, second: false });
export const VISAKHA_MONTH: ThaiMonthChoice = (adhikamasa) => ({ month: adhikamasa ? 7 : 6, second: false });
export const ASALHA_MONTH: ThaiMonthChoice = (adhikamasa) => ({ month: 8, second: adhikamasa });

/**
 * UN Day of Vesak: the first full moon of May, dated by its instant in UTC: fullMoonsBetween(1 May, 1 June)[0],
 * but with the Meeus estimates choosing the lunation (its precise full moon only where one is within the
 * estimate's error of a month end), so that only the full moon reported is searched for precisely.
 */
function unVesak(year: number): Observance {
  const [from, to] = [Date.UTC(year, 4, 1), Date.UTC(year, 5, 1)];
  const { first, last } = lunationNumbers(180, from, to);
  for (let k = first; k <= last; k++) {
    const inMay = (instant: number) => instant >= from && instant < to;
    if (!settle(estimatePhase(k, 180), PHASE_ESTIMATE_ERROR_MS, inMay, () => fullMoonOfLunation(k))) continue;
    const instant = fullMoonOfLunation(k);
    return { start: civilDay(instant, 0), instant: iso(instant) };
  }
  throw new Error(`no full moon in May ${year}`);
}

/**
 * Sri Lankan Vesak Poya: the full moon (Purnima tithi) of Vesak, the amanta lunar month in which the Sun enters
 * sidereal Taurus (Vaisakha; an adhika Vaisakha is skipped). The Poya is the civil day in Sri Lanka (UTC+5:30)
 * that holds the greater part of the Purnima tithi, which ends at the full moon.
 */
function sriLankanVesak(year: number): Observance | undefined {
  const vaisakha = lunationsAround(year).find(
    (lunation) => lunation.month === 2 && !lunation.leap && new Date(lunation.end).getUTCFullYear() === year,
  );
  if (!vaisakha) return undefined;
  const fullMoon = fullMoonsBetween(vaisakha.start, vaisakha.end)[0]!;
  const purnimaStart = nextElongation(168, vaisakha.start);
  const firstDay = civilDay(purnimaStart, SRI_LANKA_OFFSET_HOURS);
  const lastDay = civilDay(fullMoon, SRI_LANKA_OFFSET_HOURS);
  const midnight = utcMidnightOf(lastDay) - SRI_LANKA_OFFSET_HOURS * MS_PER_HOUR;
  const start = midnight - purnimaStart >= fullMoon - midnight ? firstDay : lastDay;
  return { start, instant: iso(fullMoon), nativeDate: say(EAST_ASIAN, (p) => p.sriLankanVesakNative) };
}

function chineseEighthOfFourth(year: number, zone: 'china' | 'korea'): Observance {
  const date = { year, month: 4, leap: false, day: 8 };
  return { start: fixedFromChinese(date, zone), nativeDate: say(EAST_ASIAN, (p) => p.chineseNative(date)) };
}

const VESAK_RULES: Record<VesakVariant, (year: number) => Observance | undefined> = {
  un: unVesak,
  'sri-lanka': sriLankanVesak,
  thai: (year) => thaiFullMoonIn(year, VISAKHA_MONTH),
  chinese: (year) => chineseEighthOfFourth(year, 'china'),
  korean: (year) => chineseEighthOfFourth(year, 'korea'),
  japanese: (year) => ({ start: fixedFromGregorian(year, 4, 8) }),
};

/** Vesak by the `vesak` option; every observance names its variant. */
export function vesak(): Rule {
  return rule(
    say(EAST_ASIAN, (p) => p.vesak),
    (year, options) => {
      const observance = VESAK_RULES[options.vesak](year);
      if (!observance || gregorianFromFixed(observance.start).year !== year) return undefined;
      return { ...observance, variant: options.vesak };
    },
  );
}
