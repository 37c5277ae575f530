import { estimatePhase, PHASE_ESTIMATE_ERROR_MS } from '../../astronomy/fast-moon.js';
import { estimateSiderealSunLongitude } from '../../astronomy/fast-sidereal.js';
import { SUN_LONGITUDE_ERROR_DEG } from '../../astronomy/fast-sun.js';
import { lunationsAround as lunationNumbers, newMoonOfLunation } from '../../astronomy/moon.js';
import { settle } from '../../astronomy/settle.js';
import { siderealSunSign } from '../../astronomy/sidereal.js';
import { boundedCache, cachedIn } from '../../bounded-cache.js';
import { type EpochMs, MS_PER_DAY } from '../../time/day.js';
import { YEARS_REACHED } from './years-reached.js';

// Amanta lunar months (new moon to new moon) and their names, from the Sun's sidereal sign at each new moon.

/** One amanta lunar month: from the end of one Amavasya tithi (new moon) to the next. */
export interface Lunation {
  start: EpochMs;
  end: EpochMs;
  /** 1 = Chaitra … 12 = Phalguna. */
  month: number;
  /** Adhika (intercalary) month: no sankranti falls within it; it takes the name of the month after it. */
  leap: boolean;
  /**
   * Kshaya month (two sankrantis, as in 1982–83): the name skipped, whose festivals are kept in this lunation too,
   * the practice of panchangas for a kshaya masa.
   */
  alsoMonth?: number;
  /** Vikram Samvat year (amanta: begins with Chaitra Shukla Pratipada). */
  vikramYear: number;
  /** Lunation number of its starting new moon (astronomy/moon.ts: k = 0 in January 2000). */
  k: number;
}

export const MEAN_LUNATION_DAYS = 29.530588;

// Keyed by Gregorian year: bounded by the years the engine reaches.
const lunationCache = boundedCache<readonly Lunation[]>('lunations', YEARS_REACHED);
const namedLunationCache = boundedCache<readonly Lunation[]>('named lunations', YEARS_REACHED);

/**
 * Every lunation that starts between mid-October of the year before and the end of February after
 * `gregorianYear`, so rules can find a month's festival whichever Gregorian year it lands in.
 *
 * Naming (the rule of modern panchangas): the month in which the Sun enters sign s is the month after s's
 * index, i.e. the month is named from the sign at its starting new moon + 1 (Sun in Meena → Chaitra). If the
 * Sun stays in one sign for the whole lunation, the month is adhika and borrows the next name; if it crosses two
 * signs (kshaya, last in 1983 and next in 2124), one name is skipped.
 */
export function lunationsAround(gregorianYear: number): readonly Lunation[] {
  return cachedIn(lunationCache, gregorianYear, () => {
    const [from, to] = lunationRange(gregorianYear);
    const inRange = (k: number) => newMoonOfLunation(k) >= from && newMoonOfLunation(k) < to;
    return lunationsFrom([from, to], newMoonOfLunation, inRange, (k) =>
      siderealSunSign(newMoonOfLunation(k)),
    );
  });
}

const lunationRange = (gregorianYear: number): [EpochMs, EpochMs] => [
  Date.UTC(gregorianYear - 1, 9, 15),
  Date.UTC(gregorianYear + 1, 2, 1),
];

function lunationsFrom(
  [from, to]: [EpochMs, EpochMs],
  newMoon: (k: number) => EpochMs,
  inRange: (k: number) => boolean,
  signAt: (k: number) => number,
  vikramYearOf: (k: number, month: number) => number = (k, month) => vikramYearAt(newMoon(k), month),
): Lunation[] {
  const { first, last } = lunationNumbers(0, from, to);
  const lunations: Lunation[] = [];
  for (let k = first; k <= last; k++) {
    if (!inRange(k)) continue;
    const start = newMoon(k);
    const signAtStart = signAt(k);
    const signAtEnd = signAt(k + 1);
    const month = ((signAtStart + 1) % 12) + 1;
    const lunation: Lunation = {
      start,
      end: newMoon(k + 1),
      month,
      leap: signAtStart === signAtEnd,
      vikramYear: vikramYearOf(k, month),
      k,
    };
    if ((signAtEnd - signAtStart + 12) % 12 === 2) lunation.alsoMonth = (month % 12) + 1;
    lunations.push(lunation);
  }
  return lunations;
}

function vikramYearAt(start: EpochMs, month: number): number {
  const approximateChaitra = start - (month - 1) * MEAN_LUNATION_DAYS * MS_PER_DAY;
  return new Date(approximateChaitra).getUTCFullYear() + 57;
}

/** The Sun's greatest motion in longitude, degrees a day (near perihelion; the mean is 0.9856). */
const SUN_MAX_DEG_PER_DAY = 1.02;

// Named lunations take the Meeus new moons (fast-moon.ts) and each precise new moon only where the estimate's
// error could change a name or the lunation's membership in the range: the Sun's sidereal sign at a new moon is
// read from the Meeus Sun (fast-sun.ts) unless within its error (plus the Sun's motion during the new moon's
// error) of a sign boundary.
const SIGN_MARGIN_DEG =
  SUN_LONGITUDE_ERROR_DEG + (SUN_MAX_DEG_PER_DAY * PHASE_ESTIMATE_ERROR_MS) / MS_PER_DAY;

function estimatedSign(k: number): number {
  const instant = estimatePhase(k, 0);
  const longitude = estimateSiderealSunLongitude(instant);
  const fromBoundary = longitude % 30;
  if (fromBoundary <= SIGN_MARGIN_DEG || fromBoundary >= 30 - SIGN_MARGIN_DEG) {
    return siderealSunSign(newMoonOfLunation(k));
  }
  return Math.floor(longitude / 30);
}

/**
 * lunationsAround with the same lunations, names and lunation numbers, but start and end from the Meeus estimate
 * (within PHASE_ESTIMATE_ERROR_MS): festival decisions read a lunation's tithis by its number `k` from whichever
 * astronomy their strategy uses (decision.ts), so only the names must be exact.
 */
export function namedLunationsAround(gregorianYear: number): readonly Lunation[] {
  return cachedIn(namedLunationCache, gregorianYear, () => {
    const [from, to] = lunationRange(gregorianYear);
    const newMoon = (k: number): EpochMs => estimatePhase(k, 0);
    const settled = <T>(k: number, step: (instant: EpochMs) => T): T =>
      settle(estimatePhase(k, 0), PHASE_ESTIMATE_ERROR_MS, step, () => newMoonOfLunation(k));
    const inRange = (k: number): boolean => settled(k, (t) => t >= from && t < to);
    const vikramYearOf = (k: number, month: number): number => settled(k, (t) => vikramYearAt(t, month));
    return lunationsFrom([from, to], newMoon, inRange, estimatedSign, vikramYearOf);
  });
}

/** The lunation in progress at an instant. */
export function lunationAt(instant: EpochMs): Lunation {
  const year = new Date(instant).getUTCFullYear();
  const found = lunationsAround(year).find((lunation) => lunation.start <= instant && instant < lunation.end);
  if (!found) throw new Error(`no lunation at ${new Date(instant).toISOString()}`);
  return found;
}
